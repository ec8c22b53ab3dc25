/**
 * The headline signal: what the page's headline and title say the page is. "Her Smell review" says review;
 * "How to watch the 21 best films of 2017" says list; "'Parasite' scores historic upset at SAG awards" says
 * news. Headlines are written to be understood at a glance, which is what makes their wording reliable.
 */
import { quoted, type Evidence } from './evidence.ts';

const LIST = new RegExp(
  [
    String.raw`\b(?:best|worst|top|greatest)\s+(?:\d+\s+)?(?:films?|movies?|shows?|series|games?|books?|albums?|songs?|documentaries)\b`,
    String.raw`\b\d+\s+(?:best|worst|greatest|essential|must-see)\b`,
    String.raw`\branked\b`,
    String.raw`\bhow to (?:watch|stream)\b`,
    String.raw`\bwhere to (?:watch|stream)\b`,
    String.raw`\blist of\b`,
    String.raw`\bround-?up\b`,
    String.raw`\bwhat to watch\b`,
  ].join('|'),
  'i',
);

const NEWS = new RegExp(
  [
    String.raw`\bbox office\b`, String.raw`\btrailers?\b`, String.raw`\bfirst look\b`, String.raw`\binterview\b`,
    String.raw`\bdies\b`, String.raw`\bdead at\b`, String.raw`\bobituary\b`, String.raw`\bannounce[sd]?\b`,
    String.raw`\bcast as\b`, String.raw`\bjoins?\b.*\bcast\b`, String.raw`\bnominations?\b`, String.raw`\bawards?\b`,
    String.raw`\bwins\b`, String.raw`\bmight get\b`, String.raw`\brelease date\b`, String.raw`\bopening weekend\b`,
  ].join('|'),
  'i',
);

const REVIEW = /\breview(?:ed)?\b/i;

export function headlineEvidence(headlines: readonly string[]): Evidence[] {
  const evidence: Evidence[] = [];
  const list = headlines.find((h) => LIST.test(h));
  // A list headline is the page stating its form outright, as strong as its markup: many films, none reviewed.
  if (list) evidence.push({ weight: -4, reason: `the headline reads like a list: ${quoted(list)}` });
  const news = headlines.find((h) => NEWS.test(h));
  if (news && !list) evidence.push({ weight: -1.5, reason: `the headline reads like news: ${quoted(news)}` });
  const review = headlines.find((h) => REVIEW.test(h));
  if (review && !list) evidence.push({ weight: 1, reason: `the headline says review: ${quoted(review)}` });
  return evidence;
}
