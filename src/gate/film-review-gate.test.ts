import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { cleanDocument } from '../clean/clean-document.ts';
import type { CleanDocument, RawDocument, ReviewDraft } from '../domain/document.ts';
import { extractReview } from '../extract/extract-review.ts';
import { describeWithShared } from '../../test/shared-data.ts';
import { seedDocuments, textDocument, WRITTEN_DIR, WRITTEN_EXPECTED, writtenDocuments } from '../../test/fixtures/gate/review-sets.ts';
import { gateDocument, GATE_VERSION, type GateDecision } from './film-review-gate.ts';

function decide(document: RawDocument): GateDecision {
  const clean = cleanDocument(document);
  return gateDocument({ document, clean, draft: extractReview(document, clean) });
}

/** Inputs whose every field throws when read: a vouched document must be decided without looking at them. */
function untouchable<T extends object>(): T {
  return new Proxy({} as T, { get: (_t, key) => { throw new Error(`read ${String(key)}`); } });
}

describe('gateDocument: vouched documents', () => {
  it('--film passes without reading the page, the cleaned text or the draft', () => {
    const document = { ...textDocument('x.txt', 'Quarterly earnings rose 4 percent.'), filmHint: 'Her Smell (2018)' };
    const decision = gateDocument({ document, clean: untouchable<CleanDocument>(), draft: untouchable<ReviewDraft>() });
    expect(decision).toEqual({
      verdict: 'film-review', vouched: true, score: 0, readsAsFilmReview: true, reasons: ["the user named the film (--film 'Her Smell (2018)')"], version: GATE_VERSION,
    });
  });

  it('a record whose mapped film column gives a title, key or IMDb id passes the same way', () => {
    const base = { ...textDocument('rows.csv#row 2', 'Tense and lean.'), format: 'record' as const };
    for (const record of [{ filmTitle: 'Night Shift', text: 'Tense and lean.' }, { filmKey: 'm-771', text: 'Tense.' }, { filmImdbId: 'tt0077651', text: 'Tense.' }]) {
      const decision = gateDocument({ document: { ...base, record }, clean: untouchable(), draft: untouchable() });
      expect(decision.vouched).toBe(true);
      expect(decision.verdict).toBe('film-review');
    }
  });

  it('a record with no film column is judged on its text like any document', () => {
    const document: RawDocument = { ...textDocument('rows.csv#row 3', 'x'), format: 'record', record: { text: 'The battery lasts two days.' } };
    expect(decide(document).vouched).toBe(false);
  });
});

describe('gateDocument: page markup', () => {
  const page = (jsonLd: object, body: string): RawDocument =>
    textDocument(
      'page.html',
      `<html><head><title>Starfall review</title><script type="application/ld+json">${JSON.stringify(jsonLd)}</script></head>` +
        `<body><article><h1>Starfall review</h1>${`<p>${body}</p>`.repeat(3)}</article></body></html>`,
      'html',
    );
  const prose = 'Starfall is a sweeping story of two sisters and a long war, told with patience, wit and a great deal of craft. ';

  it('refuses a page whose JSON-LD says it is a Review of a VideoGame, and says so first', () => {
    const decision = decide(page({ '@context': 'https://schema.org', '@type': 'Review', itemReviewed: { '@type': 'VideoGame', name: 'Starfall' } }, prose.repeat(3)));
    expect(decision.verdict).toBe('not-a-film-review');
    expect(decision.reasons[0]).toMatch(/^the page's JSON-LD says it is a Review of a VideoGame/);
  });

  it('accepts the same page when its JSON-LD says it reviews a Movie', () => {
    const decision = decide(page({ '@context': 'https://schema.org', '@type': 'Review', itemReviewed: { '@type': 'Movie', name: 'Starfall' } }, prose.repeat(3)));
    expect(decision.verdict).toBe('film-review');
    expect(decision.reasons[0]).toMatch(/^the page's JSON-LD says it is a Review of a Movie/);
  });
});

describe('gateDocument: reviews and look-alikes written for the gate', () => {
  for (const document of writtenDocuments()) {
    const expected = WRITTEN_EXPECTED[document.sourceName];
    it(`${document.sourceName}: ${expected?.verdict}, for a reason that mentions "${expected?.reason}"`, () => {
      const decision = decide(document);
      expect(decision.verdict, decision.reasons.join('\n')).toBe(expected?.verdict);
      expect(decision.reasons.some((r) => r.includes(expected?.reason ?? '?')), decision.reasons.join('\n')).toBe(true);
      expect(decision.score >= 0).toBe(expected?.verdict === 'film-review');
    });
  }

  it('reads every written fixture', () => {
    expect(writtenDocuments().map((d) => readFileSync(`${WRITTEN_DIR}${d.sourceName}`, 'utf8').length > 0)).not.toContain(false);
  });
});

// The seeds are read inside the test: a skipped block's body still runs to collect its tests.
describeWithShared(['seeds'], 'gateDocument: the five real seed reviews', () => {
  it('takes each of the five seeds for a film review, without being vouched for', () => {
    const decisions = seedDocuments().map((document) => ({ name: document.sourceName, ...decide(document) }));
    expect(decisions).toHaveLength(5);
    for (const decision of decisions) {
      expect(decision.verdict, `${decision.name}\n${decision.reasons.join('\n')}`).toBe('film-review');
      expect(decision.vouched).toBe(false);
    }
  });
});
