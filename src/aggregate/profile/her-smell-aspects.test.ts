/**
 * The aspects and the consensus on the five real seed reviews of Her Smell (issue 18), through the real clean,
 * extract and judge stages and the cast their merged credits give, as `plaudit film` builds them. Sentences are
 * named by review and index (the seeds' text stays in ../shared); each check first confirms the index still points
 * at the sentence meant.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, expect, it } from 'vitest';
import { describeWithShared, sharedPath } from '../../../test/shared-data.ts';
import { loadJudgeModel } from '../../app.ts';
import type { ReviewFilmFact } from '../../domain/credits.ts';
import { processDocument } from '../../pipeline/process-document.ts';
import { mergeCredits } from '../credits/merge-credits.ts';
import { analyseReviews, createPolarity } from './analyse-reviews.ts';
import { judgeAspects, type AspectsSummary } from './aspects/judge-aspects.ts';
import { buildConsensus, type Consensus } from './consensus/build-consensus.ts';
import { criticsPhrase } from './consensus/phrasing.ts';
import { findPerformers } from './people/performers.ts';
import type { AnalysedReview, SentenceRef, TextReview } from './types.ts';

describeWithShared(['seeds'], 'aspects and consensus of Her Smell from the five seeds', () => {
  let analysed: AnalysedReview[];
  let aspects: AspectsSummary;
  let consensus: Consensus;
  /** Review ids are the seeds' order (000 is review 1). */
  const sentence = (reviewId: number, index: number) => analysed.find((r) => r.review.id === reviewId)!.sentences[index]!;
  const judged = (name: string) => aspects.aspects.find((a) => a.aspect === name)!;
  const has = (refs: readonly SentenceRef[], reviewId: number, index: number) => refs.some((e) => e.reviewId === reviewId && e.sentenceIndex === index);

  beforeAll(() => {
    const model = loadJudgeModel();
    const dir = sharedPath('seeds');
    const reviews: TextReview[] = [];
    const facts: ReviewFilmFact[] = [];
    readdirSync(dir).filter((f) => f.endsWith('.txt')).sort().forEach((file, i) => {
      const content = readFileSync(join(dir, file), 'utf8');
      const outcome = processDocument({ sourceName: file, sourceKey: file, format: 'text', content, contentHash: file, byteLength: content.length, filmHint: 'Her Smell' }, model);
      if (outcome.kind !== 'review') throw new Error(`${file} was held`);
      reviews.push({ id: i + 1, text: outcome.review.draft.text, verdict: outcome.review.judgement.verdict });
      facts.push(...(outcome.review.facts?.facts ?? []).map((f) => ({ ...f, reviewId: i + 1, critic: null, outlet: null })));
    });
    const cast = mergeCredits(facts).credits.filter((c) => c.kind === 'cast').map((c) => c.value);
    analysed = analyseReviews(reviews);
    const polarity = createPolarity(model);
    const people = findPerformers(analysed, cast);
    aspects = judgeAspects(analysed, polarity, { performerPattern: people.pattern, model: model.version });
    consensus = buildConsensus({ reviews: analysed, polarity, aspects, people, model: model.version })!;
  });

  it('counts the Stoltz sentence (praise: he has been missed) for the acting, not against it', () => {
    expect(sentence(4, 23)).toMatch(/^Stoltz\b/);
    const stoltz = judged('acting').evidence.find((e) => e.reviewId === 4 && e.sentenceIndex === 23);
    expect(stoltz?.stance).toBe('positive');
    expect(judged('acting').reviews.negative).toBe(0);
  });

  it('does not count the sentence about Jamison’s book for the film’s writing', () => {
    expect(sentence(1, 43)).toMatch(/Jamison’s writing/);
    expect(has(judged('writing').evidence, 1, 43)).toBe(false);
  });

  it('does not quote the costume sentence as the sound’s example', () => {
    expect(sentence(3, 27)).toMatch(/^The costume design/);
    const sound = judged('sound');
    for (const best of [sound.best.positive, sound.best.negative]) expect(best?.sentence ?? '').not.toMatch(/costume/i);
  });

  it('shows no plain description as the music’s criticism (where review 5 says the songs come from)', () => {
    const where = judged('music').evidence.find((e) => e.reviewId === 5 && /^Elsewhere the songs/.test(e.sentence));
    expect(where).toBeDefined();
    expect(judged('music').best.negative?.sentence ?? '').not.toMatch(/^Elsewhere the songs/);
  });

  it('gives a craft claim of the consensus the craft’s own example first', () => {
    const music = consensus.sentences.flatMap((s) => s.clauses).find((c) => c.kind === 'craft' && c.text === 'the music');
    expect(music?.evidence[0]?.sentence).toMatch(/^The music is stunning/);
  });

  it('does not take the sentence about the critic’s monthly series as evidence for the direction', () => {
    expect(sentence(1, 0)).toMatch(/The Spool/);
    expect(has(judged('direction').evidence, 1, 0)).toBe(false);
  });

  it('says "many" or "most" only for claims held by more than half the reviews', () => {
    for (const s of consensus.sentences) {
      for (const c of s.clauses.filter((c) => c.kind === 'complaint')) {
        if (c.reviews * 2 <= analysed.length) expect(s.text).not.toMatch(/\b(?:[Mm]any|[Mm]ost)\b/);
      }
    }
    expect(consensus.text).not.toMatch(/\bMany\b/);
    const faults = consensus.sentences.find((s) => s.clauses.some((c) => c.kind === 'complaint'));
    for (const c of faults?.clauses.filter((c) => c.kind === 'complaint') ?? []) {
      expect(faults!.text.toLowerCase()).toContain(`${criticsPhrase(c.reviews, analysed.length)} find it`);
    }
  });

  it('does not take a description of a character (hard to empathize with) as a complaint about the film', () => {
    expect(sentence(3, 21)).toMatch(/difficult to empathize/);
    const complaints = consensus.sentences.flatMap((s) => s.clauses).filter((c) => c.kind === 'complaint');
    for (const c of complaints) expect(has(c.evidence, 3, 21), c.text).toBe(false);
    expect(complaints.map((c) => c.text)).not.toContain('unlikeable');
  });
});
