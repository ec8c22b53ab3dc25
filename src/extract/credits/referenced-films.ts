/**
 * Other films a review refers to: listed as films ("films like The Rose, A Woman Under the Influence, and
 * Leaving Las Vegas"), quoted in a sentence about films ("From “Almost Famous” to “This is Spinal Tap,” even
 * those films…"), set off as one ("Georgia, a movie that…"), dated ("last year's Good Time"), or as where an
 * actor played someone else ("her character in Georgia"). Quoted songs and books are not films.
 */
import type { FilmFact } from '../../domain/credits.ts';
import { isTitleShaped, titleKey } from './names.ts';
import { makeFact, type CreditContext, type TextUnit } from './text-unit.ts';

const TITLE_WORD = "[\\p{Lu}\\d][\\p{L}\\p{M}\\d'’:\\-]*";
const TITLE_RUN = `${TITLE_WORD}(?:\\s+(?:(?:of|the|a|an|in|on|to|for|at|by|with|from|is|vs\\.?)\\s+)*${TITLE_WORD})*`;
const FILM_WORDS = /\b(?:film|films|movie|movies|picture|pictures|flick|flicks|documentary|biopic|cinema|classics?)\b/i;
const QUOTED = /[“"]([^“”"]{2,80}?)[,.!?]?[”"]/g;
/** Before a quotation that is a song, an album or a book rather than a film. */
const NOT_FILM_BEFORE =
  /\b(?:song|songs|track|tracks|single|album|record|cover of|covers|sings|singing|sang|book|novel|memoir|poem|essay|article|play|lyric|lyrics|refrain|chorus|titled|called)\b[^.;]{0,30}$/i;
const LIST_INTRO = /\b(?:films?|movies?|pictures?|classics?)\s+(?:like|such as|including|as varied as)\s+/g;
const LIST_ITEM = new RegExp(`^[“"]?(${TITLE_RUN})[”"]?(\\s*(?:,\\s*(?:and|or)?|\\s(?:and|or))\\s*)?`, 'u');
/**
 * ", a movie that…", ", an earlier film…": the title is the run right before it, found by looking back. Not ", the
 * film…", which follows openers as often as titles ("Inevitably, the film culminates…").
 */
const APPOSITIVE = /,\s+(?:a|an)\s+(?:[\p{Ll}\d\-]+\s+){0,3}?(?:film|movie|picture|documentary)(?![\p{L}'’])/gu;
const WITH_YEAR = /[”"]?\s+\((?:19|20)\d\d\)/g;
const TITLE_AT_END = new RegExp(`(?<![\\p{L}'’])[“"]?(${TITLE_RUN})$`, 'u');
const DATED = new RegExp(
  `\\b(?:last year['’]s|(?:19|20)\\d\\d['’]s|(?:his|her|their)\\s+(?:previous|last|earlier|debut|breakout)(?:\\s+(?:film|movie|feature))?,?)\\s+[“"]?(${TITLE_RUN})`,
  'gu',
);
const ROLE_IN = new RegExp(`\\b(?:character|role|performance|turn|part)\\s+in\\s+[“"]?(${TITLE_RUN})`, 'gu');
const NOT_TITLES = new Set(['i', 'it', 'he', 'she', 'they', 'we', 'you', 'but', 'and', 'so', 'the', 'a', 'an']);

export function referencedFilms(unit: TextUnit, ctx: CreditContext): FilmFact[] {
  const { text } = unit;
  // Without the reviewed film's title (an export keyed by id), its own title cannot be told from another film's.
  if (ctx.filmTitle === null) return [];
  const titles: string[] = [];
  if (/[“"]/.test(text) && FILM_WORDS.test(text)) {
    for (const m of text.matchAll(QUOTED)) {
      if (!NOT_FILM_BEFORE.test(text.slice(Math.max(0, (m.index ?? 0) - 40), m.index))) titles.push(m[1] ?? '');
    }
  }
  if (/like|such as|including|varied/.test(text)) {
    for (const m of text.matchAll(LIST_INTRO)) titles.push(...listedTitles(text.slice((m.index ?? 0) + m[0].length)));
  }
  if (/film|movie|picture|documentary/.test(text)) for (const m of text.matchAll(APPOSITIVE)) titles.push(appositive(text, m.index ?? 0));
  // "Title (1974)" in a sentence about films; "Zawinski, Jamie (1996)" in a reference list is an author.
  if (/\((?:19|20)\d\d\)/.test(text) && FILM_WORDS.test(text)) {
    for (const m of text.matchAll(WITH_YEAR)) titles.push(titleBefore(text, m.index ?? 0, { notAfterComma: true }));
  }
  if (/last year|\d\d['’]s|previous|earlier|debut|breakout/.test(text)) for (const m of text.matchAll(DATED)) titles.push(m[1] ?? '');
  if (/(?:character|role|performance|turn|part) in /.test(text)) for (const m of text.matchAll(ROLE_IN)) titles.push(m[1] ?? '');
  const seen = new Set<string>();
  const out: FilmFact[] = [];
  for (const raw of titles) {
    const title = acceptTitle(raw, ctx);
    if (title === null || seen.has(titleKey(title))) continue;
    seen.add(titleKey(title));
    out.push(makeFact('referenced-film', title, unit));
  }
  return out;
}

/** The title set off before ", a movie…"; a lone word opening the sentence is an opener ("Still, a film that…"). */
function appositive(text: string, end: number): string {
  const title = titleBefore(text, end);
  return !title.includes(' ') && text.startsWith(title) ? '' : title;
}

function titleBefore(text: string, end: number, options: { notAfterComma?: boolean } = {}): string {
  const before = text.slice(Math.max(0, end - 80), end);
  const m = TITLE_AT_END.exec(before);
  if (m === null || (options.notAfterComma === true && /[,;]\s*$/.test(before.slice(0, m.index)))) return '';
  return m[1] ?? '';
}

/** "The Rose, A Woman Under the Influence, and Leaving Las Vegas, it still…" -> the three titles. */
function listedTitles(rest: string): string[] {
  const titles: string[] = [];
  let remaining = rest;
  for (let i = 0; i < 12; i += 1) {
    const m = LIST_ITEM.exec(remaining);
    if (!m) break;
    titles.push(m[1] ?? '');
    if (m[2] === undefined) break;
    remaining = remaining.slice(m[0].length);
  }
  return titles;
}

function acceptTitle(raw: string, ctx: CreditContext): string | null {
  const title = raw.replace(/^[“"‘\s]+|[”"’,.;:!?\s]+$/g, '').replace(/\s+/g, ' ');
  if (title === '' || NOT_TITLES.has(title.toLowerCase()) || !isTitleShaped(title)) return null;
  if (title.split(' ').length > 8) return null;
  if (ctx.filmTitle !== null && titleKey(title) === titleKey(ctx.filmTitle)) return null;
  return title;
}
