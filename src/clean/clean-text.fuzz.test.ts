/**
 * Fuzz tests of the flattened-text cleaner (fast-check): arbitrary text never throws, comes out as well-formed
 * lines made of the input's own words, and loses no word (every line is kept, kept apart as a heading, or dropped
 * with a reason). A failure prints fast-check's seed and path; FUZZ_SEED and FUZZ_PATH replay it (test/fuzz.ts).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fuzzParameters, hasLoneSurrogate } from '../../test/fuzz.ts';
import type { CleanDocument } from '../domain/document.ts';
import { cleanDocument } from './clean-document.ts';
import { cleanText } from './clean-text.ts';
import { comparisonKey, normalizeSpace } from './normalize-text.ts';

// Words and page furniture the rules look for, punctuation they read, and arbitrary text.
const piece = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom('the', 'film', 'Her', 'Smell', 'Moss', 'is', 'ferocious', 'and', 'a', 'review', 'Alex', 'Ross', 'Perry') },
  {
    weight: 3,
    arbitrary: fc.constantFrom(
      'Comments', '3 Comments', 'Share this', 'Photo:', 'Advertisement', 'By Jane Doe', 'Home > Movies >', 'Read more',
      'Director:', 'Starring', 'Rating: 4/5', 'Subscribe', '»', '>', '|', '—', '-', '~',
    ),
  },
  { weight: 4, arbitrary: fc.constantFrom(' ', ' ', ' ', '  ', '\t', '\u00a0', '\u200b', '\u00ad', '\u0007') },
  { weight: 3, arbitrary: fc.constantFrom('.', '!', '?', '…', ',', ':', ';', '"', '”', '’', "'", ')', ']', '*', '_', '(') },
  { weight: 2, arbitrary: fc.string({ unit: 'grapheme', maxLength: 6 }) },
  { weight: 1, arbitrary: fc.integer({ min: 0xd800, max: 0xdfff }).map((code) => String.fromCharCode(code)) },
);
const line = fc.array(piece, { maxLength: 30 }).map((pieces) => pieces.join(''));
const text = fc
  .array(fc.tuple(line, fc.constantFrom('\n', '\n\n', '\r\n', '\n \n')), { maxLength: 25 })
  .map((lines) => lines.map(([content, end]) => content + end).join(''));
// Long runs of one piece: the inputs that used to take quadratic time.
const longText = fc
  .tuple(fc.constantFrom('”', ')', '.', '. ', '|', 'Her Smell ', '**', '[', '\n', ' \n', 'of '), fc.integer({ min: 2_000, max: 40_000 }))
  .map(([unit, count]) => `Moss is ${unit.repeat(count)} ferocious.`);

function outputs(clean: CleanDocument): string[] {
  return [...clean.paragraphs, ...clean.headings, ...clean.dropped.map((line) => line.text)];
}

function words(value: string): Set<string> {
  return new Set(comparisonKey(value).split(' ').filter((word) => word !== ''));
}

function expectWellFormed(input: string, clean: CleanDocument): void {
  for (const output of outputs(clean)) {
    expect(output).not.toBe('');
    expect(output).toBe(output.trim());
    expect(output).not.toMatch(/\n/);
    if (!hasLoneSurrogate(input)) expect(hasLoneSurrogate(output)).toBe(false);
  }
}

describe('cleanText (fuzz)', () => {
  it('never throws and returns well-formed lines', () => {
    fc.assert(
      fc.property(text, (input) => expectWellFormed(input, cleanText(input))),
      fuzzParameters(2_500),
    );
  });

  it("keeps every word of the input, and makes up none: lines are the input's own words", () => {
    fc.assert(
      fc.property(text, (input) => {
        // Words as the cleaner sees them: zero-width and control characters (broken encodings) are not text.
        const given = words(normalizeSpace(input));
        const kept = words(outputs(cleanText(input)).join('\n'));
        expect([...given].filter((word) => !kept.has(word))).toEqual([]);
        expect([...kept].filter((word) => !given.has(word))).toEqual([]);
      }),
      fuzzParameters(2_500),
    );
  });

  it('reads long runs of one piece without throwing', () => {
    fc.assert(
      fc.property(longText, (input) => expectWellFormed(input, cleanText(input))),
      fuzzParameters(40),
    );
  });

  it('cleans long lines of Markdown marks without throwing', () => {
    const longMarkdown = fc
      .tuple(fc.constantFrom('# Title', '- item', '> quote', 'text'), fc.constantFrom(' ', ' #', '**', '[', '_a ', '`', '~~', '![', '<b '), fc.integer({ min: 2_000, max: 30_000 }))
      .map(([start, unit, count]) => `${start}${unit.repeat(count)}x`);
    fc.assert(
      fc.property(longMarkdown, (content) => {
        const clean = cleanDocument({ sourceName: 'fuzz', sourceKey: 'fuzz', format: 'markdown', content, contentHash: 'fuzz', byteLength: content.length });
        expectWellFormed(content, clean);
      }),
      fuzzParameters(40),
    );
  });

  it('cleans Markdown into well-formed lines', () => {
    const markdown = fc
      .array(fc.oneof(line, fc.constantFrom('# ', '## ', '- ', '1. ', '> ', '```', '---', '**', '*', '_', '`', '[', '](', ')', '![', '<b>', '~~')), { maxLength: 40 })
      .map((pieces) => pieces.join(''));
    fc.assert(
      fc.property(markdown, (content) => {
        const clean = cleanDocument({ sourceName: 'fuzz', sourceKey: 'fuzz', format: 'markdown', content, contentHash: 'fuzz', byteLength: content.length });
        expectWellFormed(content, clean);
      }),
      fuzzParameters(1_500),
    );
  });
});
