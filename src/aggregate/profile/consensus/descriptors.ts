/**
 * The words critics use for the feel of a stretch of film (tense, quiet, cathartic…) and for the complaints they
 * share (hard to watch, overlong…), grouped into families: "tension" and "tense" are one descriptor, and a
 * descriptor reaches the consensus only when at least two reviews use a word of its family. The display word is the
 * family's name, so the consensus never uses a word no critic came near.
 */

export interface Family {
  /** The word the consensus uses. */
  word: string;
  pattern: RegExp;
}

/** Moods, in the order the consensus lists them ("an unrelenting, tense first half"). */
export const MOODS: readonly Family[] = [
  {
    word: 'unrelenting',
    // No \b before "n't": "don't" has no word boundary inside it.
    pattern: /(?:\b(?:relentless(?:ly)?|unrelenting|unremitting|non-?stop)\b|(?:\bnever|n['’]t|\bnot)\s+(?:ever\s+)?lets?\s+(?:up|you go|go)\b)/gi,
  },
  { word: 'quiet', pattern: /\b(?:quiet(?:er|ly|ude)?|silence|silent|calm(?:er|ing)?|stillness|hushed|restrained)\b/gi },
  { word: 'tense', pattern: /\b(?:tense|tension|taut|nerve-?wracking|suspenseful)\b/gi },
  { word: 'intense', pattern: /\b(?:intense|intensity|intensely|ferocious)\b/gi },
  { word: 'sober', pattern: /\b(?:sober|sobriety|post-rehab)\b/gi },
  { word: 'chaotic', pattern: /\b(?:chaos|chaotic|frenetic|frantic(?:ally)?|manic|havoc|maelstrom)\b/gi },
  { word: 'harrowing', pattern: /\b(?:harrowing|disturbing|shocking|upsetting|gutting|brutal)\b/gi },
  { word: 'anxious', pattern: /\b(?:anxious|anxiety|dread|unsettling)\b/gi },
  { word: 'exhausting', pattern: /\b(?:exhausting|taxing|punishing|gruell?ing|draining|wearying)\b/gi },
  { word: 'thrilling', pattern: /\b(?:thrilling|riveting|gripping|electric|propulsive|exhilarating)\b/gi },
  { word: 'cathartic', pattern: /\b(?:cathartic|catharsis|relief)\b/gi },
  { word: 'moving', pattern: /\b(?:moving|emotional|poignant|touching|tears|heartfelt|affecting)\b/gi },
  { word: 'humane', pattern: /\b(?:humane|humanity|warmth|tender|tenderness|compassion(?:ate)?)\b/gi },
  { word: 'funny', pattern: /\b(?:funny|hilarious|witty|humou?r)\b/gi },
  { word: 'slow', pattern: /\b(?:slow|sluggish|plodding|drags?|languid)\b/gi },
];

/** Complaints, as the consensus words them after "Some find it …". */
export const COMPLAINTS: readonly Family[] = [
  {
    word: 'hard to watch',
    pattern: /\b(?:(?:tough|hard|difficult|painful) to (?:watch|sit through|endure)|(?:not|n['’]t) have the stomach|unbearabl[ey]|assaults? the audience|punishing|gruell?ing)\b/gi,
  },
  { word: 'unlikeable', pattern: /\b(?:unlik(?:e)?able|unsympathetic|(?:hard|difficult|impossible) to (?:like|empathi[sz]e with|root for|care about))\b/gi },
  { word: 'hard to follow', pattern: /\b(?:unintelligible|incoherent|confusing|hard to follow|muddled|inscrutable)\b/gi },
  { word: 'overlong', pattern: /\b(?:overlong|too long|bloated|interminable|drags)\b/gi },
  { word: 'slow', pattern: /\b(?:slow|sluggish|plodding|glacial)\b/gi },
  { word: 'predictable', pattern: /\b(?:predictable|formulaic|clich[ée]d?|by-the-numbers)\b/gi },
  { word: 'self-indulgent', pattern: /\b(?:self-indulgent|indulgent|pretentious)\b/gi },
  { word: 'thin', pattern: /\b(?:underdeveloped|underwritten|half-baked|paper-thin|thinly)\b/gi },
  { word: 'repetitive', pattern: /\b(?:repetitive|monotonous|monotony|tedium|tedious)\b/gi },
];

const NEGATED_BEFORE = /\b(?:not|never|no|hardly|n['’]t|without)\s+(?:\S+\s+){0,2}$/i;

export interface FamilyHit {
  family: Family;
  /** Offset of the matched words in the sentence. */
  at: number;
  text: string;
}

/** Every family a sentence uses, once per family, skipping negated uses ("never dull" is not a complaint). */
export function familyHits(sentence: string, families: readonly Family[]): FamilyHit[] {
  const hits: FamilyHit[] = [];
  for (const family of families) {
    family.pattern.lastIndex = 0;
    for (const m of sentence.matchAll(family.pattern)) {
      const negatesItself = /(?:never|n['’]t|not)\s/i.test(m[0]);
      if (!negatesItself && NEGATED_BEFORE.test(sentence.slice(Math.max(0, m.index - 30), m.index))) continue;
      hits.push({ family, at: m.index, text: m[0] });
      break;
    }
  }
  return hits;
}
