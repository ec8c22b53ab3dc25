import { describe, expect, it } from 'vitest';
import type { CleanDocument, DroppedLine, RawDocument, RecordFields } from '../domain/document.ts';
import { EXTRACT_VERSION, extractReview } from './extract-review.ts';

function doc(extra: { record?: RecordFields; filmHint?: string } = {}): RawDocument {
  return { sourceName: 't', sourceKey: 't', format: extra.record ? 'record' : 'html', content: '', contentHash: 'h', byteLength: 0, ...extra };
}

function clean(extra: Partial<CleanDocument> = {}): CleanDocument {
  return { paragraphs: [], headings: [], dropped: [], meta: {}, version: 'test', ...extra };
}

const REVIEW_LD = {
  '@context': 'https://schema.org',
  '@type': 'Review',
  itemReviewed: { '@type': 'Movie', name: 'Her Smell', dateCreated: '2018-09-09', director: [{ '@type': 'Person', name: 'Alex Ross Perry' }] },
  author: { '@type': 'Person', name: 'Dana Stevens' },
  publisher: { '@type': 'Organization', name: 'The Daily Reel' },
  datePublished: '2019-04-12T09:00:00Z',
  reviewRating: { '@type': 'Rating', ratingValue: '4', bestRating: '5' },
};
const BODY = ['Alex Ross Perry’s Her Smell is a punk-rock nightmare. It is also a recovery story.', 'Her Smell is long.'];

describe('extractReview: a JSON-LD page', () => {
  const draft = extractReview(doc(), clean({
    headings: ['Review: Some Other Headline'],
    paragraphs: BODY,
    meta: { jsonLd: [REVIEW_LD], byline: 'By Someone Else', siteName: 'Reel Site', url: 'https://reel.example/her-smell' },
  }));

  it('takes every field the JSON-LD states, ahead of meta tags and headlines', () => {
    expect(draft.film).toEqual({ value: { title: 'Her Smell', year: 2018 }, source: 'json-ld', evidence: 'itemReviewed.name: Her Smell' });
    expect(draft.critic).toEqual({ value: 'Dana Stevens', source: 'json-ld', evidence: 'author: Dana Stevens' });
    expect(draft.outlet).toEqual({ value: 'The Daily Reel', source: 'json-ld', evidence: 'publisher: The Daily Reel' });
    expect(draft.publishedAt).toEqual({ value: '2019-04-12', source: 'json-ld', evidence: 'datePublished: 2019-04-12T09:00:00Z' });
    expect(draft.rating).toEqual({
      value: { raw: '4/5', score: 80, scale: 'fraction' }, source: 'json-ld', evidence: 'ratingValue: 4, bestRating: 5',
    });
    expect(draft.url).toBe('https://reel.example/her-smell');
  });

  it('joins paragraphs into the text and gives its first sentence and the version', () => {
    expect(draft.text).toBe(BODY.join('\n\n'));
    expect(draft.firstSentence).toBe('Alex Ross Perry’s Her Smell is a punk-rock nightmare.');
    expect(draft.version).toBe(EXTRACT_VERSION);
    expect(draft.label).toBeNull();
    expect(draft.topCritic).toBe(false);
  });
});

describe('extractReview: film', () => {
  const ld = { meta: { jsonLd: [REVIEW_LD] }, paragraphs: BODY };

  it('lets the user’s --film win, with a year when the hint states one', () => {
    const draft = extractReview(doc({ filmHint: 'Her Smell (2018)', record: { filmTitle: 'Other' } }), clean(ld));
    expect(draft.film).toEqual({ value: { title: 'Her Smell', year: 2018 }, source: 'user', evidence: 'Her Smell (2018)' });
  });

  it('takes the record’s title, year and key over the page', () => {
    const draft = extractReview(doc({ record: { filmTitle: 'Her Smell', filmYear: 2019, filmKey: 'm/her_smell' } }), clean(ld));
    expect(draft.film).toEqual({ value: { title: 'Her Smell', year: 2019, key: 'm/her_smell' }, source: 'record', evidence: 'Her Smell' });
  });

  it('accepts a record with only a film key', () => {
    const draft = extractReview(doc({ record: { filmKey: 'm/her_smell', text: 'A mess.' } }), clean({ paragraphs: ['A mess.'] }));
    expect(draft.film).toEqual({ value: { key: 'm/her_smell' }, source: 'record', evidence: 'm/her_smell' });
  });

  it('does not treat a year alone as a film', () => {
    const draft = extractReview(doc({ record: { filmYear: 2019 } }), clean({ paragraphs: ['I loved it.'] }));
    expect(draft.film).toBeNull();
  });

  it('reads a headline when there is no JSON-LD', () => {
    const draft = extractReview(doc(), clean({ headings: ['Her Smell Review: A Punk Rock Masterpiece'], paragraphs: BODY }));
    expect(draft.film).toMatchObject({ value: { title: 'Her Smell' }, source: 'headline' });
  });

  it('reads the page title, with a year stated next to the title in the body', () => {
    const draft = extractReview(doc(), clean({ meta: { title: '‘Her Smell’ review | The Daily Reel' }, paragraphs: [...BODY, 'Her Smell (2018) is out now.'] }));
    expect(draft.film).toMatchObject({ value: { title: 'Her Smell', year: 2018 }, source: 'headline' });
  });

  it('falls back to the prose', () => {
    expect(extractReview(doc(), clean({ paragraphs: BODY })).film).toMatchObject({ value: { title: 'Her Smell' }, source: 'text' });
  });

  it('never guesses a film or a year', () => {
    expect(extractReview(doc(), clean({ paragraphs: ['I loved it. It runs 2 hours and opened in 2019.'] })).film).toBeNull();
    expect(extractReview(doc(), clean({ paragraphs: BODY })).film?.value.year).toBeUndefined();
  });
});

describe('extractReview: critic and outlet', () => {
  const signature: DroppedLine = { text: '-Emily Yoshida, New York Magazine', reason: 'signature' };
  const bio: DroppedLine = { text: 'Matt Taylor is the TV editor at The Pop Break.', reason: 'author-bio' };
  const full = (): Partial<CleanDocument> => ({
    paragraphs: ['Every month, we at The Spool select a filmmaker.'],
    headings: ['The Spool / Filmmaker of the Month'],
    dropped: [signature, bio],
    meta: { byline: 'By Jane Doe | Staff writer | April 3, 2019', siteName: 'Site Name', jsonLd: [{ '@type': 'Article', author: { name: 'Ld Author' }, publisher: { name: 'Ld Publisher' } }] },
  });

  it('follows record > JSON-LD > byline > signature > author bio for the critic', () => {
    const c = full();
    expect(extractReview(doc({ record: { critic: 'Rec Critic' } }), clean(c)).critic).toEqual({ value: 'Rec Critic', source: 'record', evidence: 'Rec Critic' });
    expect(extractReview(doc(), clean(c)).critic).toMatchObject({ value: 'Ld Author', source: 'json-ld' });
    c.meta = { ...c.meta, jsonLd: [] };
    expect(extractReview(doc(), clean(c)).critic).toEqual({ value: 'Jane Doe', source: 'byline', evidence: 'By Jane Doe | Staff writer | April 3, 2019' });
    c.meta = { ...c.meta, byline: undefined };
    expect(extractReview(doc(), clean(c)).critic).toEqual({ value: 'Emily Yoshida', source: 'signature', evidence: signature.text });
    c.dropped = [bio];
    expect(extractReview(doc(), clean(c)).critic).toEqual({ value: 'Matt Taylor', source: 'author-bio', evidence: bio.text });
    c.dropped = [];
    expect(extractReview(doc(), clean(c)).critic).toBeNull();
  });

  it('follows record > JSON-LD > site name > signature > bio > the text > a section heading for the outlet', () => {
    const c = full();
    expect(extractReview(doc({ record: { outlet: 'Rec Outlet' } }), clean(c)).outlet).toMatchObject({ value: 'Rec Outlet', source: 'record' });
    expect(extractReview(doc(), clean(c)).outlet).toMatchObject({ value: 'Ld Publisher', source: 'json-ld' });
    c.meta = { siteName: 'Site Name' };
    expect(extractReview(doc(), clean(c)).outlet).toMatchObject({ value: 'Site Name', source: 'meta-tag' });
    c.meta = {};
    expect(extractReview(doc(), clean(c)).outlet).toMatchObject({ value: 'New York Magazine', source: 'signature' });
    c.dropped = [bio];
    expect(extractReview(doc(), clean(c)).outlet).toMatchObject({ value: 'The Pop Break', source: 'author-bio' });
    c.dropped = [];
    expect(extractReview(doc(), clean(c)).outlet).toEqual({ value: 'The Spool', source: 'text', evidence: 'we at The Spool' });
    c.paragraphs = ['The Spool liked it.'];
    expect(extractReview(doc(), clean(c)).outlet).toMatchObject({ value: 'The Spool', source: 'headline' });
    c.paragraphs = ['Nobody is named here.'];
    expect(extractReview(doc(), clean(c)).outlet).toBeNull();
  });

  it('never takes the director or the cast for the critic', () => {
    const credits = clean({
      paragraphs: ['Becky Something (Elisabeth Moss) rages through Her Smell.'],
      dropped: [{ text: 'Director: Alex Ross Perry', reason: 'info-box' }, { text: '-Elisabeth Moss', reason: 'signature' }],
      meta: { byline: 'By Alex Ross Perry' },
    });
    expect(extractReview(doc(), credits).critic).toBeNull();
    const ld = clean({ meta: { jsonLd: [{ ...REVIEW_LD, author: { '@type': 'Person', name: 'Alex Ross Perry' } }], byline: 'By Jane Doe' } });
    expect(extractReview(doc(), ld).critic).toMatchObject({ value: 'Jane Doe', source: 'byline' });
  });

  it('does not read a critic or outlet out of ordinary prose', () => {
    const draft = extractReview(doc(), clean({
      paragraphs: ['Pyle will appear with Perry for a Q&A at the Philadelphia Film Center.', 'Matt Taylor is the TV editor at The Pop Break.'],
    }));
    expect(draft.critic).toBeNull();
    expect(draft.outlet).toBeNull();
  });
});

describe('extractReview: publication date', () => {
  it('normalises the record’s date, then JSON-LD’s, then the meta tag’s', () => {
    expect(extractReview(doc({ record: { publishedAt: 'April 12, 2019' } }), clean()).publishedAt).toEqual({ value: '2019-04-12', source: 'record', evidence: 'April 12, 2019' });
    expect(extractReview(doc(), clean({ meta: { publishedAt: '2019-04-13T01:00:00+02:00' } })).publishedAt).toMatchObject({ value: '2019-04-13', source: 'meta-tag' });
    expect(extractReview(doc({ record: { publishedAt: 'spring' } }), clean()).publishedAt?.value).toBe('spring');
  });

  it('never takes a date from the prose', () => {
    const draft = extractReview(doc(), clean({ paragraphs: ['The Q&A follows the screening at 6:30 p.m. Saturday, April 27, 2019.'] }));
    expect(draft.publishedAt).toBeNull();
  });
});

describe('extractReview: rating', () => {
  it('parses the record’s rating as written', () => {
    expect(extractReview(doc({ record: { rating: '3.5/4' } }), clean()).rating).toEqual({
      value: { raw: '3.5/4', score: 88, scale: 'fraction' }, source: 'record', evidence: '3.5/4',
    });
  });

  it('lets a malformed record rating fall through instead of becoming a number', () => {
    expect(extractReview(doc({ record: { rating: '7/13' } }), clean()).rating).toBeNull();
    const draft = extractReview(doc({ record: { rating: 'N/A' } }), clean({ paragraphs: ['Rating: B+'] }));
    expect(draft.rating).toMatchObject({ value: { score: 83 }, source: 'text' });
  });

  it('reads JSON-LD reviewRating against bestRating, 5 by default, and letters as written', () => {
    const rated = (r: object) => extractReview(doc(), clean({ meta: { jsonLd: [{ '@type': 'Review', reviewRating: r }] } })).rating;
    expect(rated({ ratingValue: 3.5, bestRating: 4 })?.value.score).toBe(88);
    expect(rated({ ratingValue: '3' })?.value.score).toBe(60);
    expect(rated({ ratingValue: 'B+' })?.value).toEqual({ raw: 'B+', score: 83, scale: 'letter' });
    expect(rated({ ratingValue: 8 })).toBeNull();
    expect(rated({ ratingValue: 0, bestRating: 5, worstRating: 1 })).toBeNull();
  });

  it('finds a rating in headings, body and info box, but not in other set-aside lines', () => {
    expect(extractReview(doc(), clean({ headings: ['★★★½'] })).rating).toMatchObject({ value: { score: 88 }, source: 'text', evidence: '★★★½' });
    expect(extractReview(doc(), clean({ dropped: [{ text: 'Grade: B-', reason: 'info-box' }] })).rating?.value.score).toBe(67);
    expect(extractReview(doc(), clean({ dropped: [{ text: '5/5 stars, loved it', reason: 'comments' }] })).rating).toBeNull();
  });
});

describe('extractReview: record fields', () => {
  it('copies label, top critic and url from the record, and url from the page otherwise', () => {
    const draft = extractReview(doc({ record: { label: 'negative', topCritic: true, url: ' https://x.example/r ' } }), clean({ meta: { url: 'https://page' } }));
    expect([draft.label, draft.topCritic, draft.url]).toEqual(['negative', true, 'https://x.example/r']);
    expect(extractReview(doc(), clean({ meta: { url: 'https://page' } })).url).toBe('https://page');
    expect(extractReview(doc(), clean()).url).toBeNull();
  });

  it('gives empty text and first sentence for an empty document', () => {
    const draft = extractReview(doc(), clean());
    expect([draft.text, draft.firstSentence]).toEqual(['', '']);
  });
});

describe('extractReview: the critic\'s headline', () => {
  const page = { headings: ['Her Smell Review: A Punk Rock Masterpiece'], paragraphs: BODY, meta: { siteName: 'The Pop Break' } };

  it('takes the headline that names the film, without its label', () => {
    expect(extractReview(doc(), clean(page)).headline).toBe('A Punk Rock Masterpiece');
  });

  it('gives a record none, even with headings: an export has no headline field', () => {
    expect(extractReview(doc({ record: { filmTitle: 'Her Smell' } }), clean(page)).headline).toBeNull();
  });

  it('gives null when no heading names the film', () => {
    expect(extractReview(doc(), clean({ ...page, headings: ['Movies'] })).headline).toBeNull();
  });
});
