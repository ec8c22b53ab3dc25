/**
 * A small factory for ProcessedReview fixtures, so the store tests depend on the domain types only and not on
 * the clean/extract/judge stages. The content hash is derived from the content, as ingest does.
 */
import { createHash } from 'node:crypto';
import type { FilmFact } from '../../domain/credits.ts';
import type { DroppedLine, FilmRef } from '../../domain/document.ts';
import type { LanguageReading } from '../../domain/language.ts';
import type { Rating } from '../../domain/rating.ts';
import type { JudgementSource, Verdict } from '../../domain/verdict.ts';
import type { ProcessedReview } from '../port.ts';

export interface ReviewFixture {
  sourceKey: string;
  /** Defaults to a sentence naming the source key, so distinct keys get distinct hashes. */
  text?: string;
  film?: FilmRef | null;
  critic?: string | null;
  outlet?: string | null;
  publishedAt?: string | null;
  rating?: Rating | null;
  verdict?: Verdict;
  score?: number;
  probability?: number;
  /** Where the verdict and score came from (default: the text). */
  judgedBy?: JudgementSource;
  dropped?: DroppedLine[];
  topCritic?: boolean;
  url?: string | null;
  /** Facts the review states about the film; without them the item carries no facts at all. */
  facts?: FilmFact[];
  /** The API token that sent it (default: none, as from the CLI). */
  apiTokenId?: number;
  /** The language stage's reading of its text (default: none, as before languages were detected). */
  language?: LanguageReading;
  /** The critic's own headline (default: none). */
  headline?: string | null;
}

export function makeReview(fixture: ReviewFixture): ProcessedReview {
  const text = fixture.text ?? `A review kept under ${fixture.sourceKey}.`;
  const verdict = fixture.verdict ?? 'positive';
  const film = fixture.film === undefined ? { title: 'Test Film', year: 2001 } : fixture.film;
  return {
    document: {
      sourceName: `${fixture.sourceKey} (fixture)`,
      sourceKey: fixture.sourceKey,
      format: 'text',
      content: text,
      contentHash: createHash('sha256').update(text).digest('hex'),
      byteLength: Buffer.byteLength(text),
      ...(fixture.apiTokenId === undefined ? {} : { addedBy: { apiTokenId: fixture.apiTokenId } }),
    },
    clean: {
      paragraphs: [text],
      headings: [],
      dropped: fixture.dropped ?? [],
      meta: {},
      version: 'clean-test-1',
    },
    draft: {
      film: film === null ? null : { value: film, source: 'record' },
      critic: fixture.critic ? { value: fixture.critic, source: 'byline', evidence: `By ${fixture.critic}` } : null,
      outlet: fixture.outlet ? { value: fixture.outlet, source: 'meta-tag' } : null,
      publishedAt: fixture.publishedAt ? { value: fixture.publishedAt, source: 'record' } : null,
      rating: fixture.rating ? { value: fixture.rating, source: 'text', evidence: fixture.rating.raw } : null,
      label: null,
      topCritic: fixture.topCritic ?? false,
      url: fixture.url ?? null,
      text,
      firstSentence: text.split(/(?<=[.!?])\s/)[0] ?? text,
      headline: fixture.headline ?? null,
      version: 'extract-test-1',
    },
    judgement: {
      verdict,
      probability: fixture.probability ?? (verdict === 'positive' ? 0.9 : 0.1),
      score: fixture.score ?? (verdict === 'positive' ? 80 : 20),
      verdictSource: fixture.judgedBy ?? 'text',
      scoreSource: fixture.judgedBy ?? 'text',
      evidence: [text],
      version: 'judge-test-1',
    },
    ...(fixture.facts === undefined ? {} : { facts: { facts: fixture.facts, version: 'credits-test-1' } }),
    ...(fixture.language === undefined ? {} : { language: fixture.language }),
  };
}
