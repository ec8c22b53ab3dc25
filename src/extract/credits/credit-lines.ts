/**
 * Credits stated as credits: labelled lines ("Director: Alex Ross Perry", "Running time: 2 hours, 15 mins.",
 * "Parents guide: R (language)", "Playing at: PFS at the Roxy"), the newspaper credit block ("Directed by Alex
 * Ross Perry. With Elisabeth Moss, Dan Stevens. Distributed by Gunpowder and Sky."), "<verb> by <names>" in
 * prose, and a photo credit naming a company.
 */
import type { FilmFact } from '../../domain/credits.ts';
import { isKnownFirstName } from '../person-names.ts';
import { companyName, factsFromValue, peopleFacts } from './credit-values.ts';
import { FULL_NAME, NAME, personName, splitList } from './names.ts';
import { alternation, BY_KINDS, caseless, LABEL_KINDS } from './role-words.ts';
import { makeFact, type TextUnit } from './text-unit.ts';

const LABELLED = /^\s*([A-Za-z][A-Za-z '’/&.-]{0,40}?)\s*[:：]\s*(\S.*?)\s*$/;
const CAST_LIST = /^(?:With|Starring|Stars|Featuring|Cast)\s*:?\s+(.+?)\.?$/;
/** "<verb> by", case-insensitive on the first letter only, so the names after it must still be capitalised. */
const BY = new RegExp(`(?<![\\p{L}-])(${caseless(alternation(BY_KINDS.keys()))})\\s+by\\s+`, 'gu');
/** Works that are not the film: "a song written by …", "the novel by …". */
const OTHER_WORK_BEFORE =
  /\b(?:song|songs|track|tracks|album|single|novel|book|memoir|essay|poem|play|story|article|piece|column|record|tune|lyrics)\b[^.;,]{0,25}$/i;
/** A name that opens the part and is not a possessive ("Philadelphia's own …" opens with a place). */
const LEADING_NAME = new RegExp(`^(${NAME})(?![\\p{L}'’])`, 'u');
const TRAILING_NAME = new RegExp(`(?:\\b(band|group|duo|trio|singer|songwriter|musician|artist|own)\\s+)?(${NAME})$`, 'u');
const PERSON_ONLY = new RegExp(`^${FULL_NAME}$`, 'u');
const COMPANY_WORD = /\b(?:Pictures|Films|Film|Studios?|Entertainment|Media|Releasing|Distribution|Productions|Features|Classics|Group)$/;
const PHOTO_CREDIT = /^(?:photo|photos|image|images|still|stills)(?:\s+credit)?s?\s*[:：]?\s*(?:courtesy\s+(?:of\s+)?)?(.+)$/i;
/** Where the names of a "by" phrase end: a sentence end, a dash, or a bracket. */
const CLAUSE_END = /[.;!?](?:\s|$)|\s[—–-]\s|\s*\(/g;
// A credit block names a few dozen people at most: a line with more "by" phrases than this, or a clause longer
// than this, is no credit block, and reading every phrase's clause to its end made a long unpunctuated line take
// time quadratic in its length.
const MAX_BY_PHRASES = 50;
const MAX_CLAUSE_CHARS = 2_000;

/** The facts of a labelled line, or null when its label is not a credit's (so the line is read as prose). */
export function labelledLine(unit: TextUnit): FilmFact[] | null {
  const colon = unit.text.search(/[:：]/);
  if (colon === -1 || colon > 45) return null;
  const m = LABELLED.exec(unit.text);
  const label = (m?.[1] ?? '').toLowerCase().replace(/\s+/g, ' ');
  const kinds = LABEL_KINDS.get(label);
  if (!m || kinds === undefined) return null;
  return factsFromValue(kinds, m[2] ?? '', unit, { allowSingleWord: true, label: m[1] ?? '' });
}

/** "With Elisabeth Moss, Dan Stevens, and Cara Delevingne." as a sentence of its own: every part a name. */
export function castListSentence(unit: TextUnit): FilmFact[] {
  const m = CAST_LIST.exec(unit.text);
  if (!m) return [];
  const parts = splitList(m[1] ?? '');
  const facts = peopleFacts('cast', m[1] ?? '', unit, { allowSingleWord: false });
  return facts.length > 0 && facts.length === parts.length ? facts : [];
}

/** "Directed by Alex Ross Perry", "music by the Nashville band Bully", "Distributed by Gunpowder and Sky". */
export function byPhrases(unit: TextUnit): FilmFact[] {
  const { text } = unit;
  if (!text.includes(' by ')) return [];
  const out: FilmFact[] = [];
  const clauseEnd = clauseEnds(text);
  let phrases = 0;
  for (const m of text.matchAll(BY)) {
    if (++phrases > MAX_BY_PHRASES) break;
    const kinds = BY_KINDS.get((m[1] ?? '').toLowerCase().replace(/\s+/g, ' ')) ?? [];
    const start = (m.index ?? 0) + m[0].length;
    // "a song written by …" is another work's credit; "songs … taken from music by …" is the film's soundtrack.
    const otherWork = !kinds.includes('music') && OTHER_WORK_BEFORE.test(text.slice(Math.max(0, (m.index ?? 0) - 40), m.index));
    if (unit.source === 'prose' && otherWork) continue;
    const rest = clauseFrom(text, start, clauseEnd(start));
    for (const kind of kinds) {
      if (kind === 'distributor') {
        const company = companyName(rest);
        if (company !== null) out.push(makeFact(kind, company, unit));
      } else {
        for (const name of namesIn(rest, unit.source !== 'prose')) out.push(makeFact(kind, name, unit));
      }
    }
  }
  return out;
}

/** "Photo Credit: Gunpowder & Sky": a company (not a photographer's name) is the distributor's publicity still. */
export function photoCredit(line: string): FilmFact[] {
  const m = PHOTO_CREDIT.exec(line.trim());
  if (!m) return [];
  // "Jane Doe/A24": the part after the slash is the company; a lone person's name is the photographer.
  const credited = (m[1] ?? '').split(/\s*[/|]\s*/).at(-1) ?? '';
  const company = companyName(credited);
  if (company === null || looksLikePhotographer(company)) return [];
  return [makeFact('distributor', company, { text: line.trim(), source: 'photo-credit' })];
}

/**
 * "Jane Doe" is a photographer, "Northlight Pictures" and "Gunpowder & Sky" are companies: a name-shaped credit
 * is a person's only when it opens with a common first name and has no company word or ampersand.
 */
function looksLikePhotographer(credit: string): boolean {
  if (!PERSON_ONLY.test(credit) || /&| and /.test(credit) || COMPANY_WORD.test(credit)) return false;
  return isKnownFirstName(credit.split(' ')[0] ?? '');
}

/**
 * Where the clause starting at each position ends (the text's length when nothing ends it). The phrases of a line
 * come in order, so each search goes on from the last one's answer instead of reading the rest of the line again.
 */
function clauseEnds(text: string): (start: number) => number {
  let from = -1;
  let found = -1;
  return (start) => {
    if (start < from || start > found) {
      CLAUSE_END.lastIndex = start;
      const match = CLAUSE_END.exec(text);
      from = start;
      found = match === null ? text.length : match.index;
    }
    return Math.max(start, found);
  };
}

/**
 * The clause the names of a "by" phrase sit in, from `start` to `end`. A clause too long to be a credit list is
 * cut at its last list separator before MAX_CLAUSE_CHARS, so no name is read cut in half.
 */
function clauseFrom(text: string, start: number, end: number): string {
  let clause = text.slice(start, end);
  if (clause.length > MAX_CLAUSE_CHARS) {
    clause = clause.slice(0, MAX_CLAUSE_CHARS);
    const separator = Math.max(clause.lastIndexOf(','), clause.lastIndexOf(';'));
    if (separator > 0) clause = clause.slice(0, separator);
  }
  return clause.replace(/^(?:the\s+late\s+)/i, '');
}

/**
 * The people a clause lists: each part's leading name ("Alex Ross Perry from a script…"), or its trailing name
 * after a descriptor ("the Nashville band Bully", "Philadelphia's own Anika Pyle"). Prose wants full names,
 * except a band's; a credit line takes single names too. Listing stops at the first part that names no one.
 */
function namesIn(clause: string, allowSingleWord: boolean): string[] {
  const names: string[] = [];
  for (const rawPart of splitList(clause)) {
    const part = rawPart.replace(/^by\s+/, '');
    const leading = LEADING_NAME.exec(part);
    const trailing = leading ? null : TRAILING_NAME.exec(part);
    const name = personName(leading?.[1] ?? trailing?.[2] ?? '');
    const band = trailing?.[1] !== undefined && trailing[1] !== 'own';
    if (name === null) break;
    if (!name.includes(' ') && !allowSingleWord && !band) continue;
    names.push(name);
  }
  return names;
}
