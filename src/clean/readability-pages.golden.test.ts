/**
 * Golden test against Mozilla Readability's own test pages (../shared/data/extraction): on ten real article pages,
 * our paragraphs must be non-empty and cover at least 90% of the words of Readability's expected output. Our
 * rules drop figure captions, bios and furniture that Readability keeps, so full coverage is not expected.
 * The archive is unpacked into a temporary folder for the run; nothing is copied into the repository.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeWithShared, sharedPath } from '../../test/shared-data.ts';
import { cleanHtml } from './clean-html.ts';

const ARCHIVE = ['data', 'extraction', 'readability-testpages.tar.gz'];
// Real article pages from several kinds of site and two languages (the synthetic test cases are left out).
const PAGES = ['ars-1', 'bbc-1', 'guardian-1', 'lemonde-1', 'medium-1', 'nytimes-2', 'salon-1', 'seattletimes-1', 'theverge', 'wapo-1'];
const MIN_RECALL = 0.9;

function words(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}

/** Share of the expected words (as a multiset) found in ours. */
function tokenRecall(expected: string[], ours: string[]): number {
  const available = new Map<string, number>();
  for (const word of ours) available.set(word, (available.get(word) ?? 0) + 1);
  let found = 0;
  for (const word of expected) {
    const count = available.get(word) ?? 0;
    if (count > 0) {
      found += 1;
      available.set(word, count - 1);
    }
  }
  return expected.length === 0 ? 1 : found / expected.length;
}

describeWithShared(ARCHIVE, 'clean: Readability test pages (golden)', () => {
  let root = '';

  beforeAll(() => {
    root = mkdtempSync(join(tmpdir(), 'plaudit-readability-pages-'));
    execFileSync('tar', ['-xzf', sharedPath(...ARCHIVE), '-C', root]);
  });

  afterAll(() => {
    if (root !== '') rmSync(root, { recursive: true, force: true });
  });

  it.each(PAGES)(`%s: non-empty paragraphs covering ≥ ${MIN_RECALL * 100}% of Readability's text`, (page) => {
    const folder = join(root, 'test', 'test-pages', page);
    const clean = cleanHtml(readFileSync(join(folder, 'source.html'), 'utf8'));
    expect(clean.paragraphs.length).toBeGreaterThan(0);
    const expectedHtml = readFileSync(join(folder, 'expected.html'), 'utf8');
    const expectedText = parseHTML(`<html><body>${expectedHtml}</body></html>`).document.body.textContent ?? '';
    const recall = tokenRecall(words(expectedText), words([...clean.headings, ...clean.paragraphs].join(' ')));
    expect(recall).toBeGreaterThanOrEqual(MIN_RECALL);
  });
});
