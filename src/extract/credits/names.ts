/**
 * People's names and film titles as the credit patterns see them: the regular-expression pieces the patterns
 * are built from, the checks a matched name must pass, and the resolution of a surname ("Perry") to the full
 * name the same texts give ("Alex Ross Perry").
 */
import { nameKey } from '../person-names.ts';

/**
 * One word of a name: a capital, then letters, dots and hyphens; an apostrophe only inside a word ("O'Neal"),
 * so a possessive ("Perry’s") is never part of the name.
 */
const NAME_WORD = "\\p{Lu}(?:[\\p{L}\\p{M}.\\-]|['’](?=\\p{L}{2}))*";
const PARTICLE = '(?:de|del|della|van|von|der|den|la|le|da|di|du)';

/** One to four capitalised words, particles allowed between them: "Alex Ross Perry", "Guillermo del Toro". */
export const NAME = `${NAME_WORD}(?:\\s+(?:${PARTICLE}\\s+)?${NAME_WORD}){0,3}`;
/** Two to four words: what a parenthesis or a list must hold before it is read as an actor. */
export const FULL_NAME = `${NAME_WORD}(?:\\s+(?:${PARTICLE}\\s+)?${NAME_WORD}){1,3}`;

/** Capitalised words that begin sentences, titles and organisations, never a person's name. */
const NOT_FIRST = new Set([
  'the', 'a', 'an', 'her', 'his', 'their', 'its', 'this', 'that', 'these', 'those', 'our', 'my', 'your', 'in', 'on',
  'at', 'by', 'with', 'and', 'but', 'or', 'if', 'when', 'while', 'as', 'for', 'from', 'to', 'of', 'it', 'he', 'she',
  'they', 'we', 'i', 'you', 'who', 'what', 'where', 'how', 'why', 'there', 'here', 'some', 'all', 'no', 'not',
  'director', 'writer', 'producer', 'actor', 'actress', 'star', 'stars', 'starring', 'cast', 'music', 'score',
  'editor', 'composer', 'cinematographer', 'january', 'february', 'march', 'april', 'may', 'june', 'july',
  'august', 'september', 'october', 'november', 'december', 'monday', 'tuesday', 'wednesday', 'thursday',
  'friday', 'saturday', 'sunday', 'photo', 'credit', 'running', 'rated', 'playing', 'distributed', 'directed',
  'written', 'produced', 'both', 'each', 'every', 'even', 'just', 'only', 'also', 'then', 'so', 'yet', 'like',
]);
/** Last words of organisations, places and things that are capitalised like names: "GreenPak Designer". */
const NOT_LAST = new Set([
  'designer', 'wing', 'passwords', 'standard', 'university', 'college', 'school', 'institute', 'company', 'group',
  'street', 'road', 'avenue', 'island', 'river', 'mountain', 'county', 'city', 'state', 'house', 'office',
  'department', 'ministry', 'party', 'committee', 'council', 'association', 'society', 'foundation', 'project',
  'program', 'programme', 'service', 'services', 'system', 'systems', 'network', 'news', 'times', 'magazine',
  'review', 'press', 'records', 'studios', 'pictures', 'films', 'entertainment', 'media', 'festival', 'awards',
  'centre', 'center', 'theatre', 'theater', 'cinema', 'museum', 'library', 'church', 'hospital', 'bank', 'club',
  'team', 'league', 'day', 'week', 'year', 'trailer', 'interface', 'edition', 'version', 'series', 'season',
]);
const WORD_SHAPE = new RegExp(`^(?:${NAME_WORD}|${PARTICLE})$`, 'u');
const ACRONYM = /^\p{Lu}{2,}$/u;

/**
 * The name cleaned of trailing punctuation, or null when it does not read as a person's: a function word first,
 * an all-capitals word (a company: "HBO"), a digit, or more than five words.
 */
export function personName(raw: string): string | null {
  const text = raw
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[\s,;:!?)\]”"’'…]+$/u, '')
    // A sentence's full stop or an ellipsis, but not an initial's dot ("Malcolm D.").
    .replace(/(\p{L}{2})[.…]+$/u, '$1');
  if (text === '' || /\d/.test(text)) return null;
  const words = text.split(' ');
  if (words.length > 5 || NOT_FIRST.has((words[0] ?? '').toLowerCase())) return null;
  if (words.length > 1 && NOT_LAST.has((words.at(-1) ?? '').toLowerCase())) return null;
  for (const word of words) {
    if (!WORD_SHAPE.test(word) || ACRONYM.test(word.replace(/[.\-]/g, ''))) return null;
  }
  return text;
}

export function isFullPersonName(raw: string): boolean {
  const name = personName(raw);
  return name !== null && name.includes(' ');
}

const NAME_AT_END = new RegExp(`(?<![\\p{L}'’\\-])(${NAME})$`, 'u');
const LOOK_BACK = 60;

/**
 * The capitalised run that ends exactly at `end` ("… Robert Greene" before "'s fluid editing"). Patterns find
 * their cue words first and look back for the name: a pattern that starts with a name is tried at every capital
 * of the text, which is most of the cost on a large export.
 */
export function runEndingAt(text: string, end: number): string | null {
  const m = NAME_AT_END.exec(text.slice(Math.max(0, end - LOOK_BACK), end));
  return m?.[1] ?? null;
}

/** "A, B, and C" / "A and B" / "A & B" -> the parts, trimmed, empty ones dropped. */
export function splitList(text: string): string[] {
  return text
    .split(/\s*[,;]\s*(?:and\s+|&\s+)?|\s+(?:and|&)\s+/)
    .map((part) => part.trim())
    .filter((part) => part !== '');
}

const TITLE_SMALL_WORDS = new Set([
  'a', 'an', 'the', 'of', 'in', 'on', 'to', 'for', 'and', 'or', 'at', 'by', 'with', 'from', 'is', 'vs', 'into',
  'under', 'over', 'up', 'out', 'as', 'but', 'nor', 'be', 'are', 'was', 'de', 'la', 'le',
]);

/** Title case: "A Woman Under the Influence", "This is Spinal Tap"; not "Just a bunch of junk". */
export function isTitleShaped(text: string): boolean {
  const words = text.trim().split(/\s+/);
  if (words.length === 0 || words.length > 10 || !/^[\p{Lu}\d]/u.test(words[0] ?? '')) return false;
  return words.every((word) => /^[\p{Lu}\d“"‘']/u.test(word) || TITLE_SMALL_WORDS.has(word.toLowerCase()));
}

/** Same title, ignoring case, accents, punctuation and a leading article. */
export function titleKey(title: string): string {
  return nameKey(title).replace(/^(?:the|a|an) /, '');
}

/**
 * A short form of a person's name -> the one full name (two or more words) it abbreviates: the full name that
 * ends with it ("Perry", "Ross Perry" -> "Alex Ross Perry"), else the one that starts with it ("Agyness"). Null
 * when none or several match, since then the short form could be anyone.
 */
export function expandShortName(short: string, fullNames: readonly string[]): string | null {
  const key = nameKey(short);
  if (key === '') return null;
  const longer = fullNames.filter((full) => {
    const fullKey = nameKey(full);
    return fullKey.length > key.length && fullKey.split(' ').length > key.split(' ').length;
  });
  const bySuffix = unique(longer.filter((full) => nameKey(full).endsWith(` ${key}`)));
  if (bySuffix.length === 1) return bySuffix[0] ?? null;
  if (bySuffix.length > 1) return null;
  const byPrefix = unique(longer.filter((full) => nameKey(full).startsWith(`${key} `)));
  return byPrefix.length === 1 ? (byPrefix[0] ?? null) : null;
}

function unique(names: readonly string[]): string[] {
  const byKey = new Map<string, string>();
  for (const name of names) if (!byKey.has(nameKey(name))) byKey.set(nameKey(name), name);
  return [...byKey.values()];
}

export { nameKey };
