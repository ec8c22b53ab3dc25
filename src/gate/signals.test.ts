import { describe, expect, it } from 'vitest';
import { addressEvidence } from './address.ts';
import { DOMAIN_OF_WORD } from './domain-words.ts';
import { headlineEvidence } from './headline-cues.ts';
import { jsonLdEvidence, openGraphEvidence, openGraphType } from './page-type.ts';
import { countWords, judgementEvidence, vocabularyEvidence } from './vocabulary.ts';

const sum = (evidence: Array<{ weight: number }>): number => evidence.reduce((s, e) => s + e.weight, 0);

describe('page type: JSON-LD', () => {
  it('a Review of a Movie is a strong yes that names the film', () => {
    const evidence = jsonLdEvidence([{ '@type': 'Review', itemReviewed: { '@type': 'Movie', name: 'Her Smell' } }]);
    expect(sum(evidence)).toBeGreaterThanOrEqual(5);
    expect(evidence[0]?.reason).toContain('Review of a Movie');
  });

  it('a Review of a VideoGame is a strong no', () => {
    const evidence = jsonLdEvidence([{ '@type': 'Review', itemReviewed: { '@type': 'VideoGame', name: 'Starfall' } }]);
    expect(sum(evidence)).toBeLessThanOrEqual(-5);
    expect(evidence[0]?.reason).toBe("the page's JSON-LD says it is a Review of a VideoGame");
  });

  it('reads a review nested inside the Product it reviews, as game sites publish it', () => {
    const evidence = jsonLdEvidence([{ '@type': 'Product', name: 'A game', review: { '@type': 'Review', reviewRating: { ratingValue: 87 } } }]);
    expect(evidence[0]?.reason).toContain('Review of a Product');
  });

  it('a NewsArticle that names no Movie counts a little against; a Recipe more', () => {
    expect(sum(jsonLdEvidence([{ '@type': 'NewsArticle', headline: 'x' }]))).toBe(-1);
    expect(sum(jsonLdEvidence([{ '@type': 'Recipe', name: 'Porridge' }]))).toBe(-3);
  });

  it('says nothing without JSON-LD', () => expect(jsonLdEvidence(undefined)).toEqual([]));
});

describe('page type: og:type', () => {
  it('reads og:type in either attribute order', () => {
    expect(openGraphType('<head><meta property="og:type" content="video.movie"></head>')).toBe('video.movie');
    expect(openGraphType("<meta content='article' property='og:type'>")).toBe('article');
  });

  it('video.movie is a yes, video.episode a no, article nothing', () => {
    expect(sum(openGraphEvidence('<meta property="og:type" content="video.movie">'))).toBeGreaterThan(0);
    expect(sum(openGraphEvidence('<meta property="og:type" content="video.episode">'))).toBeLessThan(0);
    expect(openGraphEvidence('<meta property="og:type" content="article">')).toEqual([]);
  });
});

describe('address', () => {
  it('a film section counts for, a games section and a gaming site against', () => {
    expect(addressEvidence('https://example.com/film/2019/apr/11/her-smell-review')).toEqual([
      { weight: 2, reason: 'the address says /film/' },
    ]);
    const game = addressEvidence('https://www.pcgamer.com/games/starfall-review/');
    expect(game.map((e) => e.reason)).toEqual(['the address says /games/', "the site's name (www.pcgamer.com) says game"]);
  });

  it('ignores what is not an http(s) address (a file path, a row key)', () => {
    expect(addressEvidence('/home/me/reviews/film/her-smell.txt')).toEqual([]);
    expect(addressEvidence(null)).toEqual([]);
  });
});

describe('headline', () => {
  it('a list headline is a strong no and outranks the word review', () => {
    const evidence = headlineEvidence(['The 10 best films of 2025, ranked']);
    expect(evidence).toHaveLength(1);
    expect(evidence[0]?.reason).toContain('reads like a list');
  });

  it('news headlines count against, review headlines for', () => {
    expect(headlineEvidence(["Box office: 'Ashfall' tops the weekend"])[0]?.reason).toContain('reads like news');
    expect(sum(headlineEvidence(['Her Smell Review: A Punk Rock Masterpiece']))).toBe(1);
  });
});

describe('vocabulary', () => {
  it('each word belongs to one domain only', () => {
    expect(DOMAIN_OF_WORD.get('gameplay')).toBe('game');
    expect(DOMAIN_OF_WORD.get('screenplay')).toBe('film');
  });

  it('weighs film words against game words and says so with counts and examples', () => {
    const text = 'The gameplay is fine, the console version runs well and players will like the levels. The multiplayer works.';
    const [balance] = vocabularyEvidence(countWords(text));
    expect(balance?.weight).toBeLessThan(0);
    expect(balance?.reason).toBe('0 film words against 5 game words (console, gameplay, levels…)');
  });

  it('a long page with hardly a film word is told so', () => {
    const text = `${'The council met on Tuesday to discuss the new bus routes. '.repeat(20)}A film was shown.`;
    expect(vocabularyEvidence(countWords(text)).map((e) => e.reason)).toContain('only 1 film word in 224 words');
  });

  it('counts "box office" as one film phrase, and evaluative words as judgement', () => {
    const counts = countWords('A gripping, beautifully made film that the box office ignored. Dull in places.');
    expect(counts.domains.get('film')?.get('box office')).toBe(1);
    expect(judgementEvidence(counts)[0]?.reason).toMatch(/^judges: 3 evaluative words/);
  });
});
