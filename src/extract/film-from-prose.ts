/**
 * The reviewed film's title read from the review's own prose, when nothing better names it. A credit line
 * ("Her Smell. Directed by Alex Ross Perry.") settles it outright. Otherwise capitalised runs are scored by the
 * ways reviews refer to the film they review: mid-sentence, in quotes, after the director's possessive
 * ("Alex Ross Perry's Her Smell"), as the subject of "X is / X tells / X follows". People are left out first
 * (see people-in-prose.ts). A weak winner is no winner: below the threshold the answer is null.
 */
import { capitalisedRuns, type CapitalisedRun } from '../text/capitalised-runs.ts';
import { splitSentences } from '../text/sentences.ts';
import type { FieldSource } from '../domain/document.ts';
import { findPeople, FUNCTION_WORDS, type AnalysedSentence, type People } from './people-in-prose.ts';

export interface FoundFilm {
  title: string;
  year?: number;
  source: FieldSource;
  evidence: string;
}

export interface TitleScore {
  title: string;
  score: number;
  hits: number;
  strong: boolean;
  quoted: boolean;
  bestPoints: number;
  evidence: string;
  order: number;
}

const CREDIT_LINE =
  /^[“"‘']?(\p{Lu}[^.!?()“”"]{0,80}?)[”"’']?(?:\s*\(((?:19|20)\d\d)\))?\.\s+(?:Directed|Written and directed) by\s/u;
const SUBJECT_VERB =
  /^\s+(?:is|was|isn[’']t|tells|follows|feels|boasts|engages|centers|centres|opens|unfolds|begins|ends|works|succeeds|fails|depicts|explores|chronicles|captures|functions|strives|remains|marks|stars|delivers|offers|takes|sets|manages|exists|will)\b/;
const PRONOUNS = new Set([
  'i', 'you', 'he', 'she', 'it', 'we', 'they', 'me', 'him', 'us', 'them', 'nothing', 'everything', 'something',
  'someone', 'everyone', 'anyone', 'nobody', 'there', 'here', 'what', 'who', 'which', 'one',
]);
const OPEN_QUOTES = new Set(['“', '"', '‘', "'"]);
const CLOSE_AFTER = /^[,.!?;:]?[”"’']/;
const MIN_SCORE = 4;
const MAX_TITLE_WORDS = 8;
const EVIDENCE_CHARS = 200;

const SMALL_WORDS = new Set(['of', 'a', 'an', 'the', 'and', 'or', 'on', 'in', 'to', 'for', 'at', 'by', 'with', 'from', 'vs']);

/** Every word capitalised, a number, or a small word: "Portrait of a Lady on Fire", not "It was the best". */
function isTitleCase(title: string): boolean {
  const words = title.split(/\s+/);
  return words.length <= MAX_TITLE_WORDS && words.every((w) => /^[\p{Lu}\d]/u.test(w) || SMALL_WORDS.has(w));
}

/** "Her Smell. Directed by Alex Ross Perry. With …", as printed under newspaper reviews. */
export function filmFromCreditLine(paragraphs: readonly string[]): FoundFilm | null {
  for (const paragraph of paragraphs) {
    const m = CREDIT_LINE.exec(paragraph.trim());
    const title = m?.[1]?.trim();
    if (!m || !title || !isTitleCase(title)) continue;
    const year = m[2] === undefined ? undefined : Number(m[2]);
    return { title, ...(year === undefined ? {} : { year }), source: 'credit-line', evidence: clip(paragraph) };
  }
  return null;
}

export function filmFromProse(paragraphs: readonly string[]): FoundFilm | null {
  const credit = filmFromCreditLine(paragraphs);
  if (credit) return credit;
  const best = rankTallies(paragraphs).find(isConvincing);
  return best ? { title: best.title, source: 'text', evidence: clip(best.bestSentence) } : null;
}

/** Every candidate title in the prose with its score, best first (exported for tests and diagnostics). */
export function rankProseTitles(paragraphs: readonly string[]): TitleScore[] {
  return rankTallies(paragraphs).map(({ bestSentence, ...score }) => ({ ...score, evidence: clip(bestSentence) }));
}

/**
 * The candidates best first, each with the sentence of its best occurrence. Evidence is clipped only for the
 * titles asked about: clipping a long sentence for every candidate made long unpunctuated pages slow.
 */
function rankTallies(paragraphs: readonly string[]): Tally[] {
  const analysed: AnalysedSentence[] = paragraphs
    .flatMap((p) => splitSentences(p))
    .map((sentence) => ({ sentence, runs: capitalisedRuns(sentence) }));
  const people = findPeople(analysed);
  const tallies = new Map<string, Tally>();
  for (const { sentence, runs } of analysed) {
    runs.forEach((run, i) => {
      for (const candidate of candidatesFor(sentence, run)) {
        if (!isTitleShaped(candidate) || people.isPerson(candidate)) continue;
        record(tallies, sentence, pointsFor({ sentence, run: candidate, previous: runs[i - 1], people }));
      }
    });
  }
  return [...tallies.values()].sort((a, b) => b.score - a.score || b.hits - a.hits || a.order - b.order);
}

/** Pronouns, contractions and lone function words are capitalised for grammar, not because they are titles. */
function isTitleShaped(run: CapitalisedRun): boolean {
  if (run.words.length > MAX_TITLE_WORDS) return false;
  if (run.words.length > 1) return true;
  const word = (run.words[0] ?? '').toLowerCase();
  return !PRONOUNS.has(word) && !FUNCTION_WORDS.has(word) && !/['’](?:re|d|ll|ve|m|t|s)$/.test(word);
}

function isConvincing(t: Omit<TitleScore, 'evidence'>): boolean {
  if (!t.title.includes(' ') && !t.strong) return false; // a lone capitalised word is usually a name or a place
  return t.score >= MIN_SCORE || (t.quoted && t.score >= MIN_SCORE - 1);
}

/**
 * A sentence-initial run may have swallowed the sentence's first word ("Much of Her Smell", "But Her Smell"),
 * so the run without its first word is a candidate too, scored as mid-sentence. A run that opens with a function
 * word ("Her Smell is…") is already a title's shape and is not cut.
 */
function candidatesFor(sentence: string, run: CapitalisedRun): CapitalisedRun[] {
  if (!run.sentenceInitial || run.words.length < 2) return [run];
  if (FUNCTION_WORDS.has((run.words[0] ?? '').toLowerCase())) return [run];
  let k = 1;
  while (k < run.words.length && !/^\p{Lu}/u.test(run.words[k] ?? '')) k += 1;
  const words = run.words.slice(k);
  if (words.length === 0) return [run];
  const start = sentence.indexOf(words[0] ?? '', run.start + 1);
  return [run, { ...run, words, text: words.join(' '), start, sentenceInitial: false }];
}

interface Occurrence {
  title: string;
  points: number;
  strong: boolean;
  quoted: boolean;
}

function pointsFor(input: { sentence: string; run: CapitalisedRun; previous: CapitalisedRun | undefined; people: People }): Occurrence {
  const { sentence, run, previous, people } = input;
  const quoted = OPEN_QUOTES.has(sentence[run.start - 1] ?? '') &&
    (/[”’']$/.test(sentence.slice(run.start, run.end)) || CLOSE_AFTER.test(sentence.slice(run.end)));
  const subject = !run.possessive && SUBJECT_VERB.test(sentence.slice(run.end));
  const afterPossessive = previous !== undefined && previous.possessive && people.isPerson(previous) &&
    /^\s+$/.test(sentence.slice(previous.end, run.start));
  const initial = run.sentenceInitial;
  let points = initial ? 0 : 1;
  if (quoted) points += 2;
  if (subject) points += 2;
  if (afterPossessive) points += 2;
  // "her" is lower-case mid-sentence unless it begins a title.
  if (!initial && FUNCTION_WORDS.has((run.words[0] ?? '').toLowerCase())) points += 1;
  return { title: run.text, points, strong: quoted || subject || afterPossessive, quoted };
}

/** A title's score while sentences are read; the sentence with its best occurrence becomes the evidence. */
interface Tally extends Omit<TitleScore, 'evidence'> {
  bestSentence: string;
}

function record(tallies: Map<string, Tally>, sentence: string, o: Occurrence): void {
  const t = tallies.get(o.title) ?? {
    title: o.title, score: 0, hits: 0, strong: false, quoted: false, bestPoints: -1, bestSentence: '', order: tallies.size,
  };
  t.score += o.points;
  t.hits += 1;
  t.strong ||= o.strong;
  t.quoted ||= o.quoted;
  if (o.points > t.bestPoints) {
    t.bestPoints = o.points;
    t.bestSentence = sentence;
  }
  tallies.set(o.title, t);
}

/** The year stated right after the title, "Her Smell (2018)", and nowhere else. */
export function statedYear(title: string, texts: readonly string[]): number | undefined {
  const escaped = title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const pattern = new RegExp(`${escaped}[”"’']?\\s*\\(((?:19|20)\\d\\d)\\)`);
  for (const text of texts) {
    const m = pattern.exec(text);
    if (m) return Number(m[1]);
  }
  return undefined;
}

function clip(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > EVIDENCE_CHARS ? `${flat.slice(0, EVIDENCE_CHARS - 1)}…` : flat;
}
