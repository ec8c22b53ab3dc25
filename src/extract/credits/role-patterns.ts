/**
 * Crew and cast named by the words around a name in prose: a role noun before it ("cinematographer Sean Price
 * Williams", "writer-director (and Bryn Mawr native) Alex Ross Perry"), the work after its possessive ("Robert
 * Greene's fluid editing", "Perry's esoteric dialogue", "Moss's performance"), the film after it ("Alex Ross
 * Perry's Her Smell", "Perry's film"), and "who also produced".
 *
 * A name tied to another work right after ("actress Virginia Madsen in Sideways", "director John Cassavetes'
 * A Woman Under the Influence") is about that work and gives nothing.
 */
import type { FilmFact } from '../../domain/credits.ts';
import { trimToName } from './cast-pairs.ts';
import { NAME, runEndingAt, titleKey } from './names.ts';
import { alternation, caseless, ROLE_NOUN_KINDS, WORK_NOUN_KINDS } from './role-words.ts';
import { makeFact, type CreditContext, type TextUnit } from './text-unit.ts';

const ROLE_BEFORE = new RegExp(
  `(?<![\\p{L}-])(${caseless(alternation(ROLE_NOUN_KINDS.keys()))})\\s+(?:\\([^()]{1,60}\\)\\s+)?(${NAME})(?![\\p{L}])`,
  'gu',
);
/** Words before a role noun that make it someone else's role: "casting director", "record producer". */
const NOT_FILM_ROLE_BEFORE =
  /\b(?:casting|art|music|musical|creative|artistic|festival|program|programming|managing|record|album|tv|television|magazine|newspaper|news|senior|features|copy|web|section|deputy|arts|opinion|contributing|associate|site's|rock|punk|pop|porn|stage|theater|theatre)\s+$/i;
/** The possessive and the work after it; the name before the possessive is found by looking back. */
const WORK_AFTER = new RegExp(
  `(?<=\\p{L})(?:['’]s|['’])\\s+(?:[\\p{Ll}\\-]+,?\\s+){0,3}?(${alternation(WORK_NOUN_KINDS.keys())})(?![\\p{L}-])`,
  'gu',
);
const FILM_AFTER = /(?<=\p{L})(?:['’]s|['’])\s+(?:(?:new|latest|newest)\s+)?(?:film|movie)(?![\p{L}-])/gu;
const AMBIGUOUS_ROLES = new Set(['editor', 'producer', 'co-producer', 'executive producer']);
const FILM_CONTEXT = /\b(?:film|films|movie|movies|picture|documentary|feature|cut|footage|scenes?|shots?|screen|cast)\b/i;
/** Stems of the role nouns, to skip the full pattern on sentences that have none. */
const ROLE_STEMS = /irect|writer|produc|cinematog|photog|\bdp\b|d\.p\.|editor|compos|designer|actor|actress|star|filmmaker/i;
const WHO_PRODUCED = new RegExp(
  `(${NAME}),?\\s+who\\s+(?:also\\s+)?(?:(produced|co-produced|executive produced|executive-produced)|(co-wrote|wrote|directed)\\s+the\\s+(?:film|movie|script|screenplay))\\b`,
  'gu',
);
/** What follows a name when the sentence is about another work of theirs. */
const OTHER_WORK_AFTER = /^\s*(?:['’]s?\s+)?(?:[\p{Ll}\-]+\s+){0,2}?(?:in|on|from)\s+[“"‘]?(\p{Lu}[^,.;:!?()“”"]{0,60})|^['’]s?\s+[“"‘]?(\p{Lu}[\p{L}\p{M}'’\-]*(?:\s+(?:of|the|a|an|in|on|and|\p{Lu}[\p{L}\p{M}'’\-]*))*)/u;

export function roleNounBefore(unit: TextUnit, ctx: CreditContext): FilmFact[] {
  const { text } = unit;
  if (!ROLE_STEMS.test(text)) return [];
  const out: FilmFact[] = [];
  for (const m of text.matchAll(ROLE_BEFORE)) {
    const at = m.index ?? 0;
    if (NOT_FILM_ROLE_BEFORE.test(text.slice(Math.max(0, at - 30), at))) continue;
    const name = trimToName(m[2] ?? '');
    if (name === null || aboutOtherWork(text.slice(at + m[0].length), ctx)) continue;
    const noun = (m[1] ?? '').toLowerCase().replace(/\s+/g, ' ');
    // "editor" and "producer" name jobs at newspapers and record labels too: only in a sentence about a film.
    if (AMBIGUOUS_ROLES.has(noun) && !FILM_CONTEXT.test(text)) continue;
    for (const kind of ROLE_NOUN_KINDS.get(noun) ?? []) out.push(makeFact(kind, name, unit));
  }
  return out;
}

export function workAfterPossessive(unit: TextUnit, ctx: CreditContext): FilmFact[] {
  const { text } = unit;
  if (!/['’]/.test(text)) return [];
  const out: FilmFact[] = [];
  for (const m of text.matchAll(WORK_AFTER)) {
    const kind = WORK_NOUN_KINDS.get((m[1] ?? '').toLowerCase().replace(/\s+/g, ' '));
    const name = trimToName(runEndingAt(text, m.index ?? 0) ?? '');
    const after = text.slice((m.index ?? 0) + m[0].length);
    if (kind === undefined || name === null || isFilmTitle(name, ctx) || aboutOtherWork(after, ctx)) continue;
    out.push(makeFact(kind, name, unit));
  }
  for (const m of text.matchAll(FILM_AFTER)) {
    const name = trimToName(runEndingAt(text, m.index ?? 0) ?? '');
    // "Cassavetes' film A Woman Under the Influence" credits him with that film, not this one.
    const after = text.slice((m.index ?? 0) + m[0].length);
    if (name === null || isFilmTitle(name, ctx) || (/^,?\s+[“"‘]?\p{Lu}/u.test(after) && !startsWithFilm(after, ctx))) continue;
    out.push(makeFact('director', name, unit));
  }
  return out;
}

/** "Alex Ross Perry's Her Smell": the possessive a film takes is its director's. */
export function directorBeforeTitle(unit: TextUnit, ctx: CreditContext): FilmFact[] {
  const title = ctx.filmTitle;
  if (title === null || !unit.text.includes(title)) return [];
  const escaped = title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const pattern = new RegExp(`(${NAME})(?:['’]s|['’])\\s+[“"‘]?${escaped}(?![\\p{L}])`, 'gu');
  const out: FilmFact[] = [];
  for (const m of unit.text.matchAll(pattern)) {
    const name = trimToName(m[1] ?? '');
    if (name !== null && !isFilmTitle(name, ctx)) out.push(makeFact('director', name, unit));
  }
  return out;
}

/** "(Elisabeth Moss, who also produced …)", "Perry, who wrote the script". */
export function whoAlso(unit: TextUnit): FilmFact[] {
  if (!unit.text.includes('who')) return [];
  const out: FilmFact[] = [];
  for (const m of unit.text.matchAll(WHO_PRODUCED)) {
    const name = trimToName(m[1] ?? '');
    if (name === null) continue;
    const verb = m[3]?.toLowerCase();
    const kind = m[2] !== undefined ? 'producer' : verb === 'directed' ? 'director' : 'writer';
    out.push(makeFact(kind, name, unit));
  }
  return out;
}

function aboutOtherWork(after: string, ctx: CreditContext): boolean {
  const m = OTHER_WORK_AFTER.exec(after);
  const work = (m?.[1] ?? m?.[2])?.trim();
  return work !== undefined && !startsWithFilm(work, ctx);
}

function startsWithFilm(text: string, ctx: CreditContext): boolean {
  if (ctx.filmTitle === null) return false;
  return titleKey(text.replace(/^[,\s“"‘]+/, '')).startsWith(titleKey(ctx.filmTitle));
}

function isFilmTitle(name: string, ctx: CreditContext): boolean {
  return ctx.filmTitle !== null && titleKey(name) === titleKey(ctx.filmTitle);
}
