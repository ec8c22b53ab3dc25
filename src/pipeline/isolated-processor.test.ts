/**
 * The isolated processor with its real worker thread (started through the .mjs bootstrap under vitest too) and the
 * real judge model: what comes back equals what processDocument gives in-thread, errors keep their code, and a
 * document past the time or memory limit costs one thread, not the processor.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { loadJudgeModel } from '../app.ts';
import type { RawDocument } from '../domain/document.ts';
import { PlauditError } from '../domain/errors.ts';
import { documentFromBytes } from '../ingest/read-document-file.ts';
import { createIsolatedProcessor } from './isolated-processor.ts';
import { processDocument, type ProcessOutcome } from './process-document.ts';

function page(html: string, film?: string): RawDocument {
  const bytes = Buffer.from(html);
  return documentFromBytes(bytes, { display: 'test page', sourceKey: `test:${bytes.length}`, format: 'html' }, { maxDocumentBytes: 64 * 1024 * 1024, ...(film ? { filmHint: film } : {}) });
}

/** Megabytes of ordinary markup: any cleaner must at least parse it, which takes seconds at this size. */
function hugePage(megabytes: number): RawDocument {
  const block = (i: number) => `${'<div class="c">'.repeat(20)}<p>Paragraph ${i}: the film is <b>long</b> and <i>slow</i>, but the light is lovely.</p>${'</div>'.repeat(20)}`;
  const parts = ['<!doctype html><html><body>'];
  let length = 0;
  for (let i = 0; length < megabytes * 1024 * 1024; i++) {
    parts.push(block(i));
    length += parts.at(-1)!.length;
  }
  return page(`${parts.join('')}</body></html>`, 'Huge Page');
}

const review = page(`<!doctype html><html><head><title>Tidewater review</title></head><body><article>
  <h1>Tidewater review: a tender storm</h1><p>By Ada Quill</p>
  <p>Tidewater is a tender, funny and beautifully made film about two sisters who keep a lighthouse.</p>
  <p>The cast, led by a superb Nell Harlow, make every silence count. Rating: 4/5</p></article></body></html>`, 'Tidewater');

const record: RawDocument = {
  sourceName: 'row 1',
  sourceKey: 'test:row-1',
  format: 'record',
  content: 'Dull, shapeless and far too long.',
  contentHash: 'a'.repeat(64),
  byteLength: 33,
  record: { text: 'Dull, shapeless and far too long.', filmTitle: 'Grey Harbour', filmYear: 2023, critic: 'Bea Lamp', rating: '1/5' },
};

async function failure(promise: Promise<unknown>): Promise<PlauditError> {
  const error = await promise.then(() => null, (caught: unknown) => caught);
  expect(error).toBeInstanceOf(PlauditError);
  return error as PlauditError;
}

describe('isolated processor', () => {
  const processor = createIsolatedProcessor({ timeLimitMs: 1_000 });
  afterAll(() => processor.close());

  it('returns exactly what processDocument gives in-thread (the result survives structured clone)', async () => {
    const model = loadJudgeModel();
    for (const document of [review, record]) {
      expect(await processor.process(document)).toStrictEqual(processDocument(document, model));
    }
  });

  it("rejects with processDocument's own error and code", async () => {
    const error = await failure(processor.process(page('<html><body><p>The film is fine, I suppose: the director keeps it moving, the cast is likeable and the screenplay has a few good jokes.</p></body></html>')));
    expect(error.code).toBe('unknown-film');
  });

  it('stops a document past the time limit with too-complex, and processes the next one on a fresh thread', async () => {
    const error = await failure(processor.process(hugePage(4)));
    expect(error.code).toBe('too-complex');
    expect(error.message).toMatch(/longer than 1 s/);
    expect(filmTitleOf(await processor.process(review))).toBe('Tidewater');
  });
});

describe('isolated processor limits', () => {
  const processor = createIsolatedProcessor({ timeLimitMs: 120_000, memoryLimitMb: 64, maxWaiting: 0 });
  afterAll(() => processor.close());

  it('refuses a document when the thread is busy and none may wait', async () => {
    const first = processor.process(review);
    expect((await failure(processor.process(review))).code).toBe('busy');
    await first;
  });

  it('stops a document past the memory limit with too-complex, and processes the next one', async () => {
    const error = await failure(processor.process(hugePage(4)));
    expect(error.code).toBe('too-complex');
    expect(error.message).toMatch(/64 MB memory limit/);
    expect(filmTitleOf(await processor.process(review))).toBe('Tidewater');
  });

  it('fails waiting documents once closed', async () => {
    await processor.close();
    expect((await failure(processor.process(review))).code).toBe('busy');
  });
});

function filmTitleOf(outcome: ProcessOutcome): string | undefined {
  return outcome.kind === 'review' ? outcome.review.draft.film?.value.title : undefined;
}
