/**
 * The first text model: a critics' polarity lexicon with negation, intensifiers and contrast, where later
 * sentences weigh more (a review's closing paragraphs usually carry its verdict). Small, explainable and versioned;
 * it sits behind the TextModel interface so the trained model can replace it.
 */
import type { TextPrediction } from '../domain/verdict.ts';
import type { JudgeModel } from './judge-model.ts';
import { splitSentences } from '../text/sentences.ts';
import { CONTRASTS, CRITIC_LEXICON, INTENSIFIERS, NEGATORS } from './critic-lexicon.ts';
import { judgedText } from './judged-text.ts';

const NEGATION_SPAN = 3;
const NEGATION_FACTOR = -0.7;
/** Logistic link from the mean weighted sentence polarity to a probability; the slope is a first guess. */
const SLOPE = 1.1;
const BIAS = 0.15;
const EVIDENCE_SENTENCES = 3;

export interface LexiconModelOptions {
  lexicon?: Readonly<Record<string, number>>;
}

export function createLexiconModel(options: LexiconModelOptions = {}): JudgeModel {
  const lexicon = options.lexicon ?? CRITIC_LEXICON;
  return {
    version: 'lexicon-1',
    predict: (text) => predictWithLexicon(text, lexicon),
    // Hand-written: nothing fitted, so ratings combine by the default, scores are plain, and films are not pooled.
    ratingCombination: null,
    raterScore: null,
    filmReader: null,
  };
}

function predictWithLexicon(text: string, lexicon: Readonly<Record<string, number>>): TextPrediction {
  const sentences = splitSentences(judgedText(text));
  if (sentences.length === 0) return { probability: 0.5, score: 50, evidence: [] };
  const scored = sentences.map((sentence, index) => ({
    sentence,
    polarity: sentencePolarity(sentence, lexicon),
    // Weight grows from 1 to 2 across the review.
    weight: 1 + index / Math.max(1, sentences.length - 1),
  }));
  let total = 0;
  let weights = 0;
  for (const s of scored) {
    total += s.polarity * s.weight;
    weights += s.weight;
  }
  const mean = total / weights;
  const probability = 1 / (1 + Math.exp(-(BIAS + SLOPE * mean * Math.sqrt(Math.min(sentences.length, 9)))));
  const evidence = scored
    .filter((s) => s.polarity !== 0)
    .sort((a, b) => Math.abs(b.polarity * b.weight) - Math.abs(a.polarity * a.weight))
    .slice(0, EVIDENCE_SENTENCES)
    .map((s) => s.sentence);
  return { probability, score: Math.round(10 + 80 * probability), evidence };
}

/** Sum of word weights in one sentence, with negation, intensifiers and the contrast rule applied. */
export function sentencePolarity(sentence: string, lexicon: Readonly<Record<string, number>>): number {
  const tokens = sentence.toLowerCase().match(/[a-zé]+(?:[-'’][a-z]+)*|n't/g) ?? [];
  let before = 0;
  let after = 0;
  let seenContrast = false;
  let negateFor = 0;
  let boost = 1;
  for (const raw of tokens) {
    const token = raw.replace(/’/g, "'");
    if (CONTRASTS.has(token)) {
      seenContrast = true;
      negateFor = 0;
      continue;
    }
    if (NEGATORS.has(token) || token.endsWith("n't")) {
      negateFor = NEGATION_SPAN;
      continue;
    }
    const intensity = INTENSIFIERS[token];
    if (intensity !== undefined) {
      boost = intensity;
      continue;
    }
    let weight = lexicon[token] ?? 0;
    if (weight !== 0) {
      weight *= boost;
      if (negateFor > 0) weight *= NEGATION_FACTOR;
      if (seenContrast) after += weight;
      else before += weight;
    }
    boost = 1;
    if (negateFor > 0) negateFor--;
  }
  // "I wanted to like it, but..." — the clause after the contrast carries the verdict.
  return seenContrast && after !== 0 ? 0.4 * before + 1.3 * after : before + after;
}
