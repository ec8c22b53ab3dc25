/**
 * The vocabulary signal: how many of the text's words are film criticism's, against those of every other
 * subject (domain-words.ts), and how many judge. Counts are read in one pass over the words and normalised by
 * the text's length, so a long news page that says "film" twice is not taken for a short review that says it
 * twice.
 */
import { DOMAIN_LABELS, DOMAIN_OF_PHRASE, DOMAIN_OF_WORD, JUDGEMENT_WORDS, type Domain } from './domain-words.ts';
import { examples, type Evidence } from './evidence.ts';

/** Enough to know what a page is about; the rest of a very long page would only cost time. */
const MAX_WORDS = 20_000;

export interface WordCounts {
  words: number;
  /** Per domain: each word seen and how often, most frequent first once read through `topWords`. */
  domains: Map<Domain, Map<string, number>>;
  judgement: Map<string, number>;
}

export function countWords(text: string): WordCounts {
  const counts: WordCounts = { words: 0, domains: new Map(), judgement: new Map() };
  const tokens = text.toLowerCase().match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu) ?? [];
  let previous = '';
  for (const token of tokens.slice(0, MAX_WORDS)) {
    const word = token.replace(/['’]s$/, '');
    counts.words += 1;
    const phrase = `${previous} ${word}`;
    const phraseDomain = DOMAIN_OF_PHRASE.get(phrase);
    const domain = phraseDomain ?? DOMAIN_OF_WORD.get(word);
    if (domain) bump(counts.domains, domain, phraseDomain ? phrase : word);
    if (JUDGEMENT_WORDS.has(word)) counts.judgement.set(word, (counts.judgement.get(word) ?? 0) + 1);
    previous = word;
  }
  return counts;
}

function bump(domains: Map<Domain, Map<string, number>>, domain: Domain, word: string): void {
  const seen = domains.get(domain) ?? new Map<string, number>();
  seen.set(word, (seen.get(word) ?? 0) + 1);
  domains.set(domain, seen);
}

export function total(seen: Map<string, number> | undefined): number {
  let sum = 0;
  for (const n of seen?.values() ?? []) sum += n;
  return sum;
}

export function topWords(seen: Map<string, number> | undefined): string[] {
  return [...(seen ?? new Map<string, number>()).entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([w]) => w);
}

/** Per 100 words, one decimal. */
function rate(n: number, words: number): number {
  return words === 0 ? 0 : Math.round((n / words) * 1000) / 10;
}

// The balance is a log ratio so that 20 film words against 10 weighs like 2 against 1, smoothed by one so a
// short text with no subject words at all says nothing either way; capped so vocabulary alone cannot outvote
// what the page's own markup says it is.
const BALANCE_SCALE = 1.5;
const BALANCE_CAP = 4;
// Reviews measured here carry about 2 to 6 film words per 100; under 0.5 on a page of some length, the page is
// about something else even if no other list recognises its subject (most pages in other languages).
const SPARSE_FILM_RATE = 0.5;
const DENSE_FILM_RATE = 2;
const MIN_WORDS_FOR_RATES = 150;

export function vocabularyEvidence(counts: WordCounts): Evidence[] {
  const film = counts.domains.get('film');
  const filmCount = total(film);
  const others = ([...counts.domains.entries()] as Array<[Domain, Map<string, number>]>)
    .filter(([domain]) => domain !== 'film')
    .map(([domain, seen]) => ({ domain, seen, n: total(seen) }))
    .sort((a, b) => b.n - a.n);
  const otherCount = others.reduce((sum, o) => sum + o.n, 0);
  const evidence: Evidence[] = [];
  if (filmCount + otherCount > 0) {
    const weight = clamp(BALANCE_SCALE * Math.log((filmCount + 1) / (otherCount + 1)), BALANCE_CAP);
    evidence.push({ weight, reason: balanceReason(filmCount, topWords(film), others) });
  }
  const filmRate = rate(filmCount, counts.words);
  if (counts.words >= MIN_WORDS_FOR_RATES && filmRate < SPARSE_FILM_RATE) {
    evidence.push({ weight: -1.5, reason: `only ${filmCount} film word${filmCount === 1 ? '' : 's'} in ${counts.words} words` });
  } else if (counts.words >= MIN_WORDS_FOR_RATES && filmRate >= DENSE_FILM_RATE) {
    evidence.push({ weight: 1, reason: `film words are dense: ${filmRate} per 100 words` });
  }
  return evidence;
}

function balanceReason(filmCount: number, filmWords: string[], others: Array<{ domain: Domain; seen: Map<string, number>; n: number }>): string {
  const filmPart = `${filmCount} film word${filmCount === 1 ? '' : 's'}${filmCount > 0 ? ` (${examples(filmWords)})` : ''}`;
  const [top, ...rest] = others;
  if (!top || top.n === 0) return `${filmPart} against none of any other subject`;
  const restCount = rest.reduce((sum, o) => sum + o.n, 0);
  const topPart = `${top.n} ${DOMAIN_LABELS[top.domain]} word${top.n === 1 ? '' : 's'} (${examples(topWords(top.seen))})`;
  return `${filmPart} against ${topPart}${restCount > 0 ? ` and ${restCount} of other subjects` : ''}`;
}

// A review judges what it describes; news, lists and listings mostly report. Judgement alone does not say the
// subject is a film (game reviews judge too), and one real review in ten uses none of these words (the pull
// quotes' full reviews; seed 004), so silence weighs least of all.
const JUDGING_RATE = 0.8;
const SILENT_RATE = 0.15;
const MIN_WORDS_FOR_SILENCE = 200;

export function judgementEvidence(counts: WordCounts): Evidence[] {
  const n = total(counts.judgement);
  const words = topWords(counts.judgement);
  const judgingRate = rate(n, counts.words);
  if (n >= 2 && judgingRate >= JUDGING_RATE) {
    return [{ weight: 1, reason: `judges: ${n} evaluative words (${examples(words)})` }];
  }
  if (counts.words >= MIN_WORDS_FOR_SILENCE && judgingRate < SILENT_RATE) {
    return [{ weight: -0.5, reason: `hardly judges: ${n} evaluative word${n === 1 ? '' : 's'} in ${counts.words} words` }];
  }
  return [];
}

function clamp(value: number, cap: number): number {
  return Math.round(Math.max(-cap, Math.min(cap, value)) * 100) / 100;
}
