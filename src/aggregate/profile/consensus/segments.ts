/**
 * What critics say about the stretches of a film: its opening and its ending. A sentence is about a stretch when it
 * names it ("the first half", "the final, sober act", "the end of the film"), refers back to one named in the
 * sentences just before ("these three acts"), or moves on from one ("the tension of the first scenes gives way to a
 * quiet humanity": what follows "gives way to" is the later stretch). Mood words then attach to the nearest stretch.
 */
import type { AnalysedReview, SentenceRef } from '../types.ts';
import { familyHits, MOODS } from './descriptors.ts';

export type Segment = 'opening' | 'ending';

export interface MoodSupport {
  word: string;
  evidence: SentenceRef[];
}

export interface SegmentClaim {
  segment: Segment;
  /** How critics name the stretch, the most common way: "first half", "final act", "ending". */
  noun: string;
  /** Sentences about the stretch. */
  evidence: SentenceRef[];
  moods: MoodSupport[];
}

interface Mention {
  segment: Segment;
  at: number;
  /** The naming words; empty when the stretch is only implied by a transition. */
  text: string;
}

const STRETCH = '(?:half|hour(?:\\s+and\\s+a\\s+half)?|hours|acts?|scenes?|sequences?|sections?|parts?|reels?|stretch|minutes|movements?|chapters?|third)';
const BETWEEN = "(?:,?\\s+(?:(?:few|two|three|four|\\d+)|[\\p{L}’'-]+,?)){0,2}";
const OPENING = new RegExp(
  `\\b(?:(?:first|opening|early|initial|introductory)${BETWEEN}\\s+${STRETCH}\\b|the first (?:two|three|four)\\b(?=\\s*\\(|\\s+(?:are|is|follow|acts))|the opening\\b(?!\\s+(?:night|weekend|credits|titles)))`,
  'giu',
);
const ENDING = new RegExp(
  `\\b(?:(?:final|last|closing|concluding|latter)${BETWEEN}\\s+${STRETCH}\\b|second half|third act|the ending|the end of the (?:film|movie|story)|the finale)`,
  'giu',
);
const ANAPHOR = /\b(?:these|those)\s+(?:[\p{L}-]+\s+){0,2}(?:acts|scenes|sequences|sections|parts)\b/giu;
/** Only transitions that move the film on in time; "leads to" is left out because it as often means "causes". */
const TRANSITION = /\b(?:gives? way to|giving way to|turns? into|ends? (?:up )?as|until)\b/gi;
/** How far back (in sentences) "these scenes" may refer. */
const ANAPHOR_REACH = 3;

export function findSegmentClaims(reviews: readonly AnalysedReview[]): SegmentClaim[] {
  const claims = new Map<Segment, { evidence: SentenceRef[]; nouns: Map<number, string[]>; moods: Map<string, SentenceRef[]> }>();
  for (const segment of ['opening', 'ending'] as const) claims.set(segment, { evidence: [], nouns: new Map(), moods: new Map() });
  for (const { review, sentences } of reviews) {
    let last: { segment: Segment; index: number } | null = null;
    sentences.forEach((sentence, sentenceIndex) => {
      const recent = last && sentenceIndex - last.index <= ANAPHOR_REACH ? last.segment : null;
      const mentions = mentionsIn(sentence, recent);
      if (mentions.length === 0) return;
      const ref: SentenceRef = { reviewId: review.id, sentenceIndex, sentence };
      for (const segment of new Set(mentions.map((m) => m.segment))) {
        const claim = claims.get(segment)!;
        claim.evidence.push(ref);
        const named = mentions.filter((m) => m.segment === segment && m.text).map((m) => m.text);
        claim.nouns.set(review.id, [...(claim.nouns.get(review.id) ?? []), ...named]);
      }
      for (const hit of familyHits(sentence, MOODS)) {
        const segment = nearest(mentions, hit.at);
        const moods = claims.get(segment)!.moods;
        moods.set(hit.family.word, [...(moods.get(hit.family.word) ?? []), ref]);
      }
      const explicit = mentions.filter((m) => m.text);
      if (explicit.length > 0) last = { segment: explicit[explicit.length - 1]!.segment, index: sentenceIndex };
    });
  }
  return [...claims.entries()].map(([segment, c]) => ({
    segment,
    noun: nounFor(segment, c.nouns),
    evidence: c.evidence,
    moods: MOODS.filter((m) => c.moods.has(m.word)).map((m) => ({ word: m.word, evidence: c.moods.get(m.word)! })),
  }));
}

function mentionsIn(sentence: string, recent: Segment | null): Mention[] {
  const mentions: Mention[] = [];
  for (const m of sentence.matchAll(OPENING)) mentions.push({ segment: 'opening', at: m.index, text: m[0] });
  for (const m of sentence.matchAll(ENDING)) mentions.push({ segment: 'ending', at: m.index, text: m[0] });
  if (recent) for (const m of sentence.matchAll(ANAPHOR)) mentions.push({ segment: recent, at: m.index, text: '' });
  TRANSITION.lastIndex = 0;
  const transition = TRANSITION.exec(sentence);
  if (transition && mentions.some((m) => m.segment === 'opening' && m.at < transition.index) && !mentions.some((m) => m.at > transition.index)) {
    // "The tension of the first scenes gives way to a quiet humanity": what follows is the later stretch.
    mentions.push({ segment: 'ending', at: transition.index + transition[0].length, text: '' });
  }
  return mentions.sort((a, b) => a.at - b.at);
}

/** The stretch a mood word describes: the nearest mention, looking back first (moods follow what they describe less often than they precede it, so ties go back). */
function nearest(mentions: readonly Mention[], at: number): Segment {
  let best = mentions[0]!;
  for (const m of mentions) if (Math.abs(m.at - at) < Math.abs(best.at - at) || (m.at <= at && best.at > at && Math.abs(m.at - at) === Math.abs(best.at - at))) best = m;
  // A transition splits the sentence: a mood after it belongs to the later stretch when nothing else is named there.
  const after = mentions.filter((m) => m.at <= at).pop();
  return after && after.text === '' && after.segment === 'ending' ? 'ending' : best.segment;
}

const OPENING_NOUNS: ReadonlyArray<[RegExp, string]> = [
  [/half|hours?\b|acts\b|\b(?:two|three|four)\b/i, 'first half'],
  [/scenes?|sequences?|the opening/i, 'opening'],
];
const ENDING_NOUNS: ReadonlyArray<[RegExp, string]> = [
  [/\bacts?\b|section|parts?\b|third|movement|chapter|stretch/i, 'final act'],
  [/half/i, 'second half'],
  [/end|finale/i, 'ending'],
  [/scenes?|sequences?|minutes/i, 'final scenes'],
];

/** The name most reviews use for the stretch (counted once per review); earlier entries win ties. */
function nounFor(segment: Segment, byReview: Map<number, string[]>): string {
  const table = segment === 'opening' ? OPENING_NOUNS : ENDING_NOUNS;
  const counts = table.map(([pattern, noun]) => ({
    noun,
    reviews: [...byReview.values()].filter((texts) => texts.some((t) => pattern.test(t))).length,
  }));
  const best = counts.reduce((a, b) => (b.reviews > a.reviews ? b : a));
  return best.reviews > 0 ? best.noun : table[0]![1];
}
