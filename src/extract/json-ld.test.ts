import { describe, expect, it } from 'vitest';
import { readJsonLd } from './json-ld.ts';

describe('readJsonLd', () => {
  it('reads a Review with its Movie, author, publisher, date and rating', () => {
    const facts = readJsonLd([
      {
        '@context': 'https://schema.org',
        '@type': 'Review',
        itemReviewed: { '@type': 'Movie', name: 'Her Smell', dateCreated: '2018-09-09', director: { name: 'Alex Ross Perry' } },
        author: { '@type': 'Person', name: 'Jane Critic' },
        publisher: { '@type': 'Organization', name: 'The Daily Reel' },
        datePublished: '2019-04-12T09:00:00-04:00',
        reviewRating: { '@type': 'Rating', ratingValue: 3.5, bestRating: '4', worstRating: 0 },
      },
    ]);
    expect(facts).toEqual({
      film: { title: 'Her Smell', year: 2018, evidence: 'itemReviewed.name: Her Smell' },
      author: 'Jane Critic',
      publisher: 'The Daily Reel',
      datePublished: '2019-04-12T09:00:00-04:00',
      rating: { value: '3.5', best: '4', worst: '0' },
      credited: ['Alex Ross Perry'],
    });
  });

  it('follows @graph containers and @id references', () => {
    const facts = readJsonLd([
      {
        '@graph': [
          { '@type': 'Organization', '@id': '#org', name: 'The Spool' },
          { '@type': 'Person', '@id': '#me', name: 'Sam Writer' },
          { '@type': ['NewsArticle'], author: { '@id': '#me' }, publisher: { '@id': '#org' }, datePublished: '2019-11-28' },
        ],
      },
    ]);
    expect(facts.author).toBe('Sam Writer');
    expect(facts.publisher).toBe('The Spool');
    expect(facts.datePublished).toBe('2019-11-28');
    expect(facts.film).toBeUndefined();
  });

  it('never takes an organisation for the author, and joins several people', () => {
    expect(readJsonLd([{ '@type': 'Article', author: { '@type': 'Organization', name: 'Staff' } }]).author).toBeUndefined();
    expect(readJsonLd([{ '@type': 'Article', author: [{ name: 'A Person' }, 'B Person'] }]).author).toBe('A Person and B Person');
  });

  it('prefers the Review over an Article on the same page', () => {
    const facts = readJsonLd([
      { '@type': 'WebPage', author: { name: 'Page Owner' } },
      { '@type': 'CriticReview', author: { name: 'Real Critic' } },
    ]);
    expect(facts.author).toBe('Real Critic');
  });

  it('ignores a reviewed item that is not a film, and takes no year without dateCreated', () => {
    expect(readJsonLd([{ '@type': 'Review', itemReviewed: { '@type': 'Book', name: 'A Novel' } }]).film).toBeUndefined();
    expect(readJsonLd([{ '@type': 'Movie', name: 'Her Smell', datePublished: '2019-04-12' }]).film).toEqual({
      title: 'Her Smell', evidence: 'Movie.name: Her Smell',
    });
  });

  it('finds a review nested in a Movie', () => {
    const facts = readJsonLd([{ '@type': 'Movie', name: 'Her Smell', review: { '@type': 'Review', author: 'Jo Critic' } }]);
    expect(facts.film?.title).toBe('Her Smell');
    expect(facts.author).toBe('Jo Critic');
  });

  it('survives junk', () => {
    expect(readJsonLd(undefined)).toEqual({ credited: [] });
    expect(readJsonLd([null, 3, 'x', [[]], { '@type': 7 }])).toEqual({ credited: [] });
  });

  it('reads a page whose JSON-LD holds an array of a hundred thousand entries', () => {
    const entries = Array.from({ length: 100_000 }, (_, i) => ({ '@type': 'Thing', name: `t${i}` }));
    const review = { '@type': 'Review', itemReviewed: { '@type': 'Movie', name: 'Her Smell' } };
    expect(readJsonLd([[review, ...entries]]).film?.title).toBe('Her Smell');
  });
});
