/**
 * The five real seed reviews of Her Smell (all five positive) through the real pipeline (clean, extract, judge)
 * with the trained model shipped in models/: each must come out positive, judged from its text.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { expect, it } from 'vitest';
import { describeWithShared, sharedPath } from '../../test/shared-data.ts';
import { loadJudgeModel } from '../app.ts';
import type { RawDocument } from '../domain/document.ts';
import { processDocument } from '../pipeline/process-document.ts';

describeWithShared(['seeds'], 'the trained judge on the five seed reviews', () => {
  const model = loadJudgeModel();
  const dir = sharedPath('seeds');
  const files = readdirSync(dir).filter((f) => f.endsWith('.txt')).sort();

  it('has the five seeds', () => expect(files).toHaveLength(5));

  for (const file of files) {
    it(`${file} is positive, from its text, with evidence`, () => {
      const content = readFileSync(`${dir}/${file}`, 'utf8');
      const document: RawDocument = { sourceName: file, sourceKey: file, format: 'text', content, contentHash: file, byteLength: content.length, filmHint: 'Her Smell' };
      const outcome = processDocument(document, model);
      if (outcome.kind !== 'review') throw new Error(`${file} was held: ${outcome.hold.reason}`);
      const { judgement } = outcome.review;
      expect(judgement).toMatchObject({ verdict: 'positive', verdictSource: 'text', version: `judge-4+${model.version}` });
      expect(judgement.probability).toBeGreaterThan(0.5);
      expect(judgement.evidence.length).toBeGreaterThan(0);
    });
  }
});
