/**
 * Golden tests on Mozilla Readability's 130 test pages (../shared/data/extraction):
 * - every page's cleaned output matches its committed fingerprint (counts, drop reasons, short hashes, coverage of
 *   Readability's text; regenerate with `npx tsx test/fixtures/readability-pages/regenerate.ts`);
 * - on ten real article pages in two languages, our paragraphs are non-empty and cover at least 90% of the words
 *   of Readability's expected output. Our rules drop captions, bios and furniture Readability keeps, so full
 *   coverage is not expected.
 * The archive is unpacked into a temporary folder for the run; nothing is copied into the repository.
 */
import { readFileSync, rmSync } from 'node:fs';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeWithShared } from '../../test/shared-data.ts';
import {
  ARCHIVE,
  pageNames,
  readPage,
  summarizePage,
  tokenRecall,
  unpackTestPages,
  words,
  type PageSummary,
} from '../../test/fixtures/readability-pages/page-summary.ts';
import { cleanHtml } from './clean-html.ts';

const EXPECTED = JSON.parse(
  readFileSync(new URL('../../test/fixtures/readability-pages/expected.json', import.meta.url), 'utf8'),
) as Record<string, PageSummary>;
// Real article pages from several kinds of site and two languages (the synthetic test cases are left out).
const REAL_PAGES = ['ars-1', 'bbc-1', 'guardian-1', 'lemonde-1', 'medium-1', 'nytimes-2', 'salon-1', 'seattletimes-1', 'theverge', 'wapo-1'];
const MIN_RECALL = 0.9;

describeWithShared(ARCHIVE, 'clean: Readability test pages (golden)', () => {
  let root = '';
  let pagesDir = '';

  beforeAll(() => {
    ({ root, pagesDir } = unpackTestPages());
  });

  afterAll(() => {
    if (root !== '') rmSync(root, { recursive: true, force: true });
  });

  it('has a fingerprint for every page and a page for every fingerprint', () => {
    expect(pageNames(pagesDir)).toEqual(Object.keys(EXPECTED).sort());
  });

  it.each(Object.keys(EXPECTED))('%s: output matches its committed fingerprint', (name) => {
    const { source, expectedText } = readPage(pagesDir, name);
    expect(summarizePage(cleanHtml(source), expectedText)).toEqual(EXPECTED[name]);
  });

  it.each(REAL_PAGES)(`%s: non-empty paragraphs covering ≥ ${MIN_RECALL * 100}% of Readability's text`, (name) => {
    const { source, expectedText } = readPage(pagesDir, name);
    const clean = cleanHtml(source);
    expect(clean.paragraphs.length).toBeGreaterThan(0);
    expect(tokenRecall(words(expectedText), words([...clean.headings, ...clean.paragraphs].join(' ')))).toBeGreaterThanOrEqual(MIN_RECALL);
  });
});
