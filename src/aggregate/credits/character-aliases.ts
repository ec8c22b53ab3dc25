/**
 * Which names of one actor's part are the same character: "Becky" and "Becky Something" (a first name of the
 * full name), "Mari" and "Marielle" (a short form that starts the name), "Becky" and "Rebecca" (a nickname).
 * Only names given for the same actor are compared, so two characters who share a first name in different
 * actors' hands stay apart.
 */
import { nameKey } from '../../extract/person-names.ts';

/** English nicknames and the names they shorten, both ways; short forms that are prefixes need no entry. */
const NICKNAMES: ReadonlyArray<readonly [string, string]> = [
  ['becky', 'rebecca'], ['becca', 'rebecca'], ['bob', 'robert'], ['bobby', 'robert'], ['rob', 'robert'],
  ['bill', 'william'], ['billy', 'william'], ['will', 'william'], ['liz', 'elizabeth'], ['beth', 'elizabeth'],
  ['betty', 'elizabeth'], ['lisa', 'elisabeth'], ['liz', 'elisabeth'], ['peggy', 'margaret'], ['maggie', 'margaret'],
  ['meg', 'margaret'], ['kate', 'katherine'], ['katie', 'katherine'], ['kathy', 'katherine'], ['jim', 'james'],
  ['jimmy', 'james'], ['jack', 'john'], ['johnny', 'john'], ['dick', 'richard'], ['rick', 'richard'],
  ['ricky', 'richard'], ['tony', 'anthony'], ['sandy', 'alexandra'], ['sasha', 'alexandra'], ['alex', 'alexander'],
  ['alex', 'alexandra'], ['ted', 'edward'], ['ned', 'edward'], ['eddie', 'edward'], ['chuck', 'charles'],
  ['charlie', 'charles'], ['hank', 'henry'], ['harry', 'henry'], ['molly', 'mary'], ['polly', 'mary'],
  ['sally', 'sarah'], ['patty', 'patricia'], ['trish', 'patricia'], ['nick', 'nicholas'], ['mike', 'michael'],
  ['mickey', 'michael'], ['jenny', 'jennifer'], ['jen', 'jennifer'], ['sue', 'susan'], ['suzy', 'susan'],
  ['abby', 'abigail'], ['ally', 'allison'], ['ali', 'alison'], ['ali', 'alice'], ['andy', 'andrew'],
  ['drew', 'andrew'], ['danny', 'daniel'], ['dan', 'daniel'], ['joe', 'joseph'], ['joey', 'joseph'],
  ['larry', 'lawrence'], ['lou', 'louis'], ['tom', 'thomas'], ['tommy', 'thomas'], ['sam', 'samuel'],
  ['sam', 'samantha'], ['vicky', 'victoria'], ['tori', 'victoria'], ['ginny', 'virginia'], ['bess', 'elizabeth'],
];
const NICKNAME_PAIRS = new Set(NICKNAMES.flatMap(([short, long]) => [`${short}|${long}`, `${long}|${short}`]));
const MIN_PREFIX = 3;

/** Whether two names given for one actor's part name the same character. */
export function sameCharacter(a: string, b: string): boolean {
  const left = nameKey(a);
  const right = nameKey(b);
  if (left === '' || right === '') return false;
  if (left === right) return true;
  const first = left.split(' ')[0] ?? '';
  const second = right.split(' ')[0] ?? '';
  if (first === second) return true;
  if (NICKNAME_PAIRS.has(`${first}|${second}`)) return true;
  const [shorter, longer] = first.length <= second.length ? [first, second] : [second, first];
  // Only a one-word short form: "Mari" for "Marielle", but "Mari Jones" is not "Marielle Smith".
  const shortIsAlone = (first.length <= second.length ? left : right) === shorter;
  return shortIsAlone && shorter.length >= MIN_PREFIX && longer.startsWith(shorter);
}

export interface CharacterGroup {
  names: string[];
}

/** Groups the names (in first-seen order) into characters; each group lists its names in first-seen order. */
export function groupCharacters(names: readonly string[]): CharacterGroup[] {
  const parent = names.map((_, i) => i);
  const find = (i: number): number => {
    let root = i;
    while (parent[root] !== root) root = parent[root] as number;
    return root;
  };
  for (let i = 0; i < names.length; i += 1) {
    for (let j = 0; j < i; j += 1) {
      if (sameCharacter(names[i] as string, names[j] as string)) parent[find(i)] = find(j);
    }
  }
  const groups = new Map<number, string[]>();
  names.forEach((name, i) => {
    const root = find(i);
    groups.set(root, [...(groups.get(root) ?? []), name]);
  });
  return [...groups.values()].map((group) => ({ names: group }));
}
