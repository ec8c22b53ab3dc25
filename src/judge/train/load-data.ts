/**
 * Reads the training corpora from ../shared/data (I/O; the rest of the trainer is pure). Each file is hashed so
 * the model records exactly which data it was trained on.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { PlauditError } from '../../domain/errors.ts';
import { decodeWordVectors } from '../model/word-vectors.ts';
import type { Corpora, ImdbReview, PolaritySnippet, RtReview } from './corpora.ts';

/**
 * The distilled word vectors, committed beside the model (scripts/distil-word-vectors.ts builds them): a training
 * input like the corpora, but part of the repository, since their 110 MB source is not.
 */
export const DEFAULT_WORD_VECTORS_FILE = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', 'models', 'word-vectors.bin');

export const CORPUS_FILES = {
  rt: join('rt-critic-reviews', 'reviews.jsonl.gz'),
  imdb: 'imdb-reviews.jsonl.gz',
  polarity: 'sentence-polarity.jsonl',
} as const;

function readJsonl(path: string): { rows: Record<string, unknown>[]; sha256: string } {
  if (!existsSync(path)) throw new PlauditError('not-found', `${path} not found: training needs ../shared/data (or --data DIR).`);
  const bytes = readFileSync(path);
  const text = (path.endsWith('.gz') ? gunzipSync(bytes) : bytes).toString('utf8');
  const rows: Record<string, unknown>[] = [];
  for (const line of text.split('\n')) {
    if (line.trim() !== '') rows.push(JSON.parse(line) as Record<string, unknown>);
  }
  return { rows, sha256: createHash('sha256').update(bytes).digest('hex') };
}

const str = (value: unknown): string => (typeof value === 'string' ? value : value == null ? '' : String(value));

/**
 * Loads the three corpora from a data directory laid out like ../shared/data, and the word vectors (null: without
 * them, as when they are being distilled from these corpora).
 */
export function loadCorpora(dataDir: string, wordVectorsFile: string | null = DEFAULT_WORD_VECTORS_FILE): Corpora {
  if (wordVectorsFile !== null && !existsSync(wordVectorsFile)) {
    throw new PlauditError('not-found', `${wordVectorsFile} not found: rebuild it with scripts/distil-word-vectors.ts (see its first lines).`);
  }
  const vectorBytes = wordVectorsFile === null ? null : readFileSync(wordVectorsFile);
  const rt = readJsonl(join(dataDir, CORPUS_FILES.rt));
  const imdb = readJsonl(join(dataDir, CORPUS_FILES.imdb));
  const polarity = readJsonl(join(dataDir, CORPUS_FILES.polarity));
  return {
    rt: rt.rows.map(
      (r): RtReview => ({
        movie: str(r.id), text: str(r.review).trim(), rating: str(r.rating).trim(), fresh: str(r.fresh) === 'fresh',
        critic: str(r.critic).trim(), outlet: str(r.publisher).trim(),
      }),
    ),
    imdb: imdb.rows.map((r): ImdbReview => ({ split: str(r.split) === 'test' ? 'test' : 'train', text: str(r.text).replace(/<br\s*\/?>/g, '\n'), positive: str(r.label) === 'pos' })),
    polarity: polarity.rows.map((r): PolaritySnippet => ({ text: str(r.text), positive: str(r.label) === 'pos' })),
    ...(vectorBytes ? { wordVectors: decodeWordVectors(vectorBytes) } : {}),
    hashes: {
      rt: rt.sha256,
      imdb: imdb.sha256,
      polarity: polarity.sha256,
      ...(vectorBytes ? { wordVectors: createHash('sha256').update(vectorBytes).digest('hex') } : {}),
    },
  };
}
