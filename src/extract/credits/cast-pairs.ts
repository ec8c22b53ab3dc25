/**
 * Cast, with the part each actor plays, as reviews write it: the character and the actor in brackets ("Becky
 * Something (Elisabeth Moss)", "bassist Marielle (Agyness Deyn)"), the actor's possessive in brackets ("(Agyness
 * Deyn's Mari)"), a part described in brackets ("her husband (Dan Stevens)", "her protégés (including Cara
 * Delevingne)"), and the verb ("Moss plays Becky", "Elisabeth Moss as Becky Something").
 */
import type { FilmFact } from '../../domain/credits.ts';
import { FULL_NAME, isFullPersonName, NAME, personName, splitList, titleKey } from './names.ts';
import { alternation, ROLE_NOUN_KINDS } from './role-words.ts';
import { makeFact, type CreditContext, type TextUnit } from './text-unit.ts';

export interface PairContext extends CreditContext {
  /** Title keys of other films the review names: "Georgia (Jennifer Jason Leigh)" is that film's star. */
  otherTitles: ReadonlySet<string>;
}

const PAREN = /\(([^()]{3,200})\)/g;
// How far before a bracket the character's name or a crew role is looked for: far more than a name and a role
// take, and a bound, because reading the whole sentence before each bracket was quadratic in its length.
const BEFORE_BRACKET_CHARS = 200;
const POSSESSIVE_PAIR = new RegExp(`^(${FULL_NAME})['’]s?\\s+(${NAME})$`, 'u');
const RUN_BEFORE = new RegExp(`(?<![\\p{L}'’])(${NAME})$`, 'u');
const PLAYS = new RegExp(
  `(${NAME})(?:,?\\s+who)?\\s+(?:plays|played|portrays|portrayed|stars as|starred as|is cast as|co-stars as)\\s+(${NAME})(?![\\p{L}'’])`,
  'gu',
);
const AS = new RegExp(`(${FULL_NAME})\\s+as\\s+(${NAME})(?![\\p{L}'’])`, 'gu');
const ACTING_CONTEXT =
  /\b(?:film|movie|performance|performances|plays?|played|playing|stars?|starring|starred|cast|role|roles|turn|character|acting|actor|actress|screen|scene|scenes|portray\w*)\b/i;
const CREW_BEFORE = new RegExp(`\\b(${alternation([...ROLE_NOUN_KINDS].filter(([, k]) => !k.includes('cast')).map(([w]) => w))})$`, 'i');

export function castInBrackets(unit: TextUnit, ctx: PairContext): FilmFact[] {
  if (!unit.text.includes('(')) return [];
  const out: FilmFact[] = [];
  for (const m of unit.text.matchAll(PAREN)) {
    const inner = (m[1] ?? '').trim();
    const before = unit.text.slice(Math.max(0, (m.index ?? 0) - BEFORE_BRACKET_CHARS), m.index).trimEnd();
    const pair = POSSESSIVE_PAIR.exec(inner);
    if (pair) {
      const character = characterName(pair[2] ?? '', ctx);
      const actor = personName(pair[1] ?? '');
      if (actor !== null && character !== null) out.push(makeFact('cast', actor, unit, character));
      continue;
    }
    for (const fact of bracketedActors(inner, before, unit, ctx)) out.push(fact);
  }
  return out;
}

/** "(Elisabeth Moss, who also produced …)", "(Agyness Deyn and Gayle Rankin)", "(including Cara Delevingne)". */
function bracketedActors(inner: string, before: string, unit: TextUnit, ctx: PairContext): FilmFact[] {
  const names = inner.replace(/^(?:including|played by|and|with)\s+/i, '').split(/,?\s+who\b/)[0] ?? '';
  const parts = splitList(names);
  const actors = parts.map((part) => (isFullPersonName(part) ? personName(part) : null));
  if (actors.length === 0 || actors.some((actor) => actor === null)) return [];
  const people = actors as string[];
  const crew = CREW_BEFORE.exec(before);
  if (crew) {
    const kinds = ROLE_NOUN_KINDS.get((crew[1] ?? '').toLowerCase().replace(/\s+/g, ' ')) ?? [];
    return kinds.flatMap((kind) => people.map((name) => makeFact(kind, name, unit)));
  }
  const run = RUN_BEFORE.exec(before);
  if (run === null) return people.map((actor) => makeFact('cast', actor, unit));
  const character = characterName(run[1] ?? '', ctx);
  // A capitalised run that is no character (a title, "Her Smell (2018)") means the brackets are about it.
  if (character === null) return [];
  if (people.length === 1) return [makeFact('cast', people[0] as string, unit, character)];
  return people.map((actor) => makeFact('cast', actor, unit));
}

/** "Moss plays Becky", "Elisabeth Moss, who plays Becky", "Elisabeth Moss as Becky Something". */
export function castByVerb(unit: TextUnit, ctx: PairContext): FilmFact[] {
  const { text } = unit;
  const out: FilmFact[] = [];
  if (/\b(?:plays|played|portrays|portrayed|stars as|starred as|cast as)\b/.test(text)) {
    for (const m of text.matchAll(PLAYS)) out.push(...pairFact(m[1], m[2], unit, ctx));
  }
  // "James Busby as British Resident" is a job; "Elisabeth Moss as Becky" is a part only where acting is the topic.
  if (text.includes(' as ') && ACTING_CONTEXT.test(text)) {
    for (const m of text.matchAll(AS)) out.push(...pairFact(m[1], m[2], unit, ctx));
  }
  return out;
}

function pairFact(rawActor: string | undefined, rawCharacter: string | undefined, unit: TextUnit, ctx: PairContext): FilmFact[] {
  const actor = trimToName(rawActor ?? '');
  const character = characterName(rawCharacter ?? '', ctx);
  return actor === null || character === null ? [] : [makeFact('cast', actor, unit, character)];
}

/** A character's name: name-shaped, at most three words, and neither the film nor another film the review names. */
export function characterName(raw: string, ctx: PairContext): string | null {
  const name = personName(raw);
  if (name === null || name.split(' ').length > 3) return null;
  const key = titleKey(name);
  if (ctx.otherTitles.has(key) || (ctx.filmTitle !== null && key === titleKey(ctx.filmTitle))) return null;
  return name;
}

/**
 * A capitalised run as a name, without the sentence opener it may have swallowed: "Then Moss" -> "Moss". Only
 * openers are dropped; a run that starts with an article or a possessive ("Her Smell") is a title, not a name.
 */
export function trimToName(raw: string): string | null {
  const words = raw.trim().split(/\s+/);
  let start = 0;
  while (start < words.length - 1 && SENTENCE_OPENERS.has((words[start] ?? '').toLowerCase())) start += 1;
  return personName(words.slice(start).join(' '));
}

const SENTENCE_OPENERS = new Set([
  'then', 'but', 'and', 'so', 'yet', 'still', 'here', 'there', 'now', 'also', 'even', 'meanwhile', 'instead', 'when',
  'while', 'as', 'if', 'though', 'although', 'because', 'since', 'after', 'before', 'later', 'finally',
  'ultimately', 'eventually', 'together', 'sure', 'plus', 'indeed', 'again', 'often', 'sometimes',
]);
