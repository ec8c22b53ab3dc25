import { describe, expect, it } from 'vitest';
import type { RawDocument } from '../domain/document.ts';
import { CLEAN_VERSION, cleanDocument } from './clean-document.ts';

function raw(overrides: Partial<RawDocument>): RawDocument {
  return {
    sourceName: 'test',
    sourceKey: 'test',
    format: 'text',
    content: '',
    contentHash: '0'.repeat(64),
    byteLength: 0,
    ...overrides,
  };
}

const SENTENCE = 'Greta Lee gives the performance of the year, holding whole decades in a single glance across a bar.';

describe('cleanDocument', () => {
  it("dispatches 'text' to the text cleaner with its boilerplate rules", () => {
    const clean = cleanDocument(raw({ content: `${SENTENCE}\n\nComments are closed.` }));
    expect(clean.paragraphs).toEqual([SENTENCE]);
    expect(clean.dropped).toEqual([{ text: 'Comments are closed.', reason: 'comments' }]);
    expect(clean.version).toBe(CLEAN_VERSION);
  });

  it("strips markdown markup before cleaning 'markdown'", () => {
    const content = `# Past Lives review\n\n**Greta Lee** gives the performance of the year, holding whole decades in a single\nglance across a [bar](https://x.test).\n\n*Share this:*`;
    const clean = cleanDocument(raw({ format: 'markdown', content }));
    expect(clean.headings).toEqual(['Past Lives review']);
    expect(clean.paragraphs).toEqual([SENTENCE]);
    expect(clean.dropped).toEqual([{ text: 'Share this:', reason: 'site-navigation' }]);
  });

  it("cleans 'html' and reads its metadata", () => {
    const content = `<html lang="en"><head><title>Past Lives</title></head><body><article><p>${SENTENCE}</p><p>${SENTENCE.replace('Greta Lee', 'Teo Yoo')}</p></article></body></html>`;
    const clean = cleanDocument(raw({ format: 'html', content }));
    expect(clean.paragraphs).toHaveLength(2);
    expect(clean.meta).toMatchObject({ title: 'Past Lives', lang: 'en' });
  });

  it("splits a 'record' text into paragraphs (line breaks and <br />) with no boilerplate rules", () => {
    const clean = cleanDocument(
      raw({ format: 'record', content: '{}', record: { text: '  Share this: it is great.<br /><br />Comments are closed.\nSecond line. ', label: 'positive' } }),
    );
    expect(clean.paragraphs).toEqual(['Share this: it is great.', 'Comments are closed.', 'Second line.']);
    expect(clean.dropped).toEqual([]);
    expect(clean.headings).toEqual([]);
  });

  it("gives a 'record' without text no paragraphs", () => {
    expect(cleanDocument(raw({ format: 'record', content: '{"label":"fresh"}', record: { label: 'positive' } })).paragraphs).toEqual([]);
  });

  it('uses the film hint to recognise captions', () => {
    const content = `${SENTENCE}\n\nPast Lives\n\n${SENTENCE.replace('Greta Lee', 'Teo Yoo')}`;
    expect(cleanDocument(raw({ content, filmHint: 'Past Lives' })).dropped).toEqual([{ text: 'Past Lives', reason: 'caption' }]);
  });

  it('is pure: the same document gives the same result twice', () => {
    const doc = raw({ content: `Headline Here\n\n${SENTENCE}` });
    expect(cleanDocument(doc)).toEqual(cleanDocument(doc));
  });
});
