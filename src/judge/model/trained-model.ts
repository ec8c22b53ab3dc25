/**
 * The trained text model (`nbsvm-5`: `nbsvm-4`'s weights, its text score leaned wider within a side for issue 18):
 * NB-weighted logistic regressions over hashed word n-grams with negation and contrast marks and over character
 * n-grams, a naive Bayes part and a regression over pooled pre-trained word vectors, mixed in log-odds space. A
 * quote is scored by each part (the full-review model too) and the logits are mixed with weights fitted on dev. A
 * full review is scored twice, as one document (a model trained on full-length reviews) and sentence by sentence
 * with the main quote model, the closing sentences weighing more; the two are mixed by weights fitted on held-out
 * reviews. Pure: it is handed the model data.
 */
import type { TextPrediction } from '../../domain/verdict.ts';
import type { JudgeModel } from '../judge-model.ts';
import type { FilmReader } from '../film-context.ts';
import { splitSentences } from '../../text/sentences.ts';
import { applyScoreMap, sigmoid } from './calibration.ts';
import { judgedText } from '../judged-text.ts';
import { createRaterScorer, type RaterScorer } from '../rater-score.ts';
import { embeddingLogit } from './embedding-part.ts';
import type { FilmPooling, ModelData, RatingCombination } from './model-data.ts';
import { closingMean, closingWeights, documentTokens, featuresOf, linearLogit, wordCount } from './text-features.ts';
import { tokenize, type Token } from './tokenize.ts';

const EVIDENCE_SENTENCES = 3;

/**
 * A text model that also carries what was fitted with it: how it combines with a rating, how films pool, and
 * (models from `nbsvm-4` on) how a text score lands on the critic's own scale.
 */
export interface TrainedTextModel extends JudgeModel {
  readonly ratingCombination: RatingCombination;
  readonly filmPooling: FilmPooling;
  /** A trained model always knows how to read a film's reviews together. */
  readonly filmReader: FilmReader;
  /** The calibrated log-odds of a positive verdict, without evidence (for bulk evaluation). */
  logit(text: string): number;
}

export function createTrainedModel(data: ModelData): TrainedTextModel {
  const raterScore = data.raters ? createRaterScorer(data.raters) : null;
  return {
    version: data.version,
    ratingCombination: data.rating,
    filmPooling: data.film,
    raterScore,
    filmReader: { filmPooling: data.film, raterScore: raterScore ?? undefined },
    logit: (text) => judgeText(data, text, false).logit,
    predict: (text) => {
      const { logit, evidence } = judgeText(data, text, true);
      return toPrediction(data, logit, evidence);
    },
  };
}

function toPrediction(data: ModelData, logit: number, evidence: string[]): TextPrediction {
  const score = Math.round(Math.min(100, Math.max(0, applyScoreMap(data.score, logit))));
  return { probability: sigmoid(logit), score, evidence };
}

interface Judged {
  logit: number;
  evidence: string[];
}

function judgeText(data: ModelData, fullText: string, withEvidence: boolean): Judged {
  const text = judgedText(fullText);
  if (wordCount(text) < data.longTextWords) return judgeQuote(data, text, withEvidence);
  return judgeLong(data, text, withEvidence);
}

/** The ensemble's calibrated log-odds for a quote's tokens. */
export function quoteLogit(data: Pick<ModelData, 'quote' | 'document' | 'quoteMembers' | 'quoteMix' | 'embedding'>, tokens: readonly Token[]): number {
  const mix = data.quoteMix;
  let z = mix.intercept + mix.quote * linearLogit(data.quote, featuresOf(tokens, data.quote));
  if (mix.document !== 0) z += mix.document * linearLogit(data.document, featuresOf(tokens, data.document));
  data.quoteMembers.forEach((member, k) => {
    z += mix.members[k]! * linearLogit(member, featuresOf(tokens, member));
  });
  if (data.embedding && mix.embedding) z += mix.embedding * embeddingLogit(data.embedding, tokens);
  return z;
}

function judgeQuote(data: ModelData, text: string, withEvidence: boolean): Judged {
  const logit = quoteLogit(data, tokenize(text));
  if (!withEvidence) return { logit, evidence: [] };
  const sentences = splitSentences(text);
  if (sentences.length <= 1) return { logit, evidence: sentences };
  const scored = sentences.map((sentence) => ({ sentence, z: linearLogit(data.quote, featuresOf(tokenize(sentence), data.quote)) }));
  return { logit, evidence: pickEvidence(scored, logit) };
}

function judgeLong(data: ModelData, text: string, withEvidence: boolean): Judged {
  const sentences = splitSentences(text);
  const tokens = sentences.map((s) => tokenize(s));
  const sentenceLogits = tokens.map((t) => linearLogit(data.quote, featuresOf(t, data.quote)));
  const documentLogit = linearLogit(data.document, featuresOf(documentTokens(tokens), data.document));
  const mix = data.longText;
  const logit = mix.documentWeight * documentLogit + mix.closingWeight * closingMean(sentenceLogits) + mix.intercept;
  if (!withEvidence) return { logit, evidence: [] };
  // A sentence's pull on the verdict is its own logit times the weight of its place in the review.
  const weights = closingWeights(sentences.length);
  const scored = sentences.map((sentence, i) => ({ sentence, z: sentenceLogits[i]! * weights[i]! }));
  return { logit, evidence: pickEvidence(scored, logit) };
}

/** The sentences that pushed hardest towards the verdict reached, strongest first (in text order on ties). */
function pickEvidence(scored: { sentence: string; z: number }[], logit: number): string[] {
  const direction = logit >= 0 ? 1 : -1;
  return scored
    .map((s, index) => ({ ...s, index, pull: s.z * direction }))
    .filter((s) => s.pull > 0)
    .sort((a, b) => b.pull - a.pull || a.index - b.index)
    .slice(0, EVIDENCE_SENTENCES)
    .map((s) => s.sentence);
}
