/**
 * What the benches that read the RT data as text only share: the seed of the shipped model's train/test split by
 * movie (so a bench measures the films the model never saw), and a review as the pipeline would judge it with no
 * rating and no label.
 */
import { readFileSync } from 'node:fs';
import { DEFAULT_MODEL_FILE } from '../src/app.ts';
import type { ReviewDraft } from '../src/domain/document.ts';
import { decodeModel } from '../src/judge/model/model-file.ts';

/** The seed `plaudit train` split the data with, from the shipped model file's header. */
export function shippedSplitSeed(): number {
  return (decodeModel(readFileSync(DEFAULT_MODEL_FILE)).training as { seed: number }).seed;
}

/** A draft with only the text and, when known, its critic and outlet (which place the text score on their scale). */
export function textOnlyDraft(text: string, critic: string | null, outlet: string | null): ReviewDraft {
  return {
    film: null, critic: critic ? { value: critic, source: 'record' } : null, outlet: outlet ? { value: outlet, source: 'record' } : null,
    publishedAt: null, rating: null, label: null, topCritic: false, url: null, text, firstSentence: '', headline: null, version: 'bench',
  };
}
