import { describe, expect, it } from 'vitest';
import { criticHeadline } from './critic-headline.ts';

const FILM = 'Her Smell';
const headline = (headings: string[], extra: { pageTitle?: string; filmTitle?: string | null; siteNames?: string[] } = {}) =>
  criticHeadline({ headings, filmTitle: FILM, ...extra });

describe('criticHeadline', () => {
  it('removes the "<Title> Review:" label', () => {
    expect(headline(['Her Smell Review: A Punk Rock Masterpiece'])).toBe('A Punk Rock Masterpiece');
  });

  it('removes a "Review: <Title> —" label, quoted or with a year', () => {
    expect(headline(['Review: Her Smell — Elisabeth Moss is ferocious'])).toBe('Elisabeth Moss is ferocious');
    expect(headline(['Film review: ‘Her Smell’ (2018): a blistering rock-star portrait'])).toBe('a blistering rock-star portrait');
  });

  it('removes a trailing "— <Title> review" label and the site name after a pipe or a dash', () => {
    expect(headline(['A howl of a film — Her Smell review'])).toBe('A howl of a film');
    expect(headline([], { pageTitle: 'Her Smell Review: A Punk Rock Masterpiece | The Pop Break' })).toBe('A Punk Rock Masterpiece');
    expect(headline([], { pageTitle: 'Her Smell review – a punk masterpiece - The Pop Break', siteNames: ['The Pop Break'] })).toBe('a punk masterpiece');
  });

  it('keeps a dash that is part of the critic\'s own words', () => {
    expect(headline(['Her Smell: loud, messy – and magnificent'])).toBe('loud, messy – and magnificent');
  });

  it('keeps a headline that names the film inside it', () => {
    expect(headline(['Site Banner / Series', 'Patterns of Grace in “Her Smell”'])).toBe('Patterns of Grace in “Her Smell”');
  });

  it('reads only the opening headings, then the page title', () => {
    expect(headline(['News', 'Features', 'Cinema', 'Her Smell review: not this one'])).toBeNull();
    expect(headline(['News'], { pageTitle: 'Her Smell review: a punk epic | Site' })).toBe('a punk epic');
  });

  it('gives null for the film title alone, a site or section name, and nothing film-related', () => {
    expect(headline(['Review: Her Smell'])).toBeNull();
    expect(headline(['Her Smell (2018)'])).toBeNull();
    expect(headline(['Her Smell Review: The Pop Break'], { siteNames: ['The Pop Break'] })).toBeNull();
    expect(headline(['Her Smell: Movies'])).toBeNull();
    expect(headline(['Her Smell review: Reviews'])).toBeNull();
    expect(headline(['The best films of the spring season'])).toBeNull();
    expect(headline([])).toBeNull();
  });

  it('gives null when what is left is under 2 or over 15 words', () => {
    expect(headline(['Her Smell review: Masterful'])).toBeNull();
    expect(
      headline(['Her Smell review: Elisabeth Moss gives a ferocious performance as a punk singer falling apart in a film that never lets her or us off easy']),
    ).toBeNull();
  });

  it('without a film title, takes only a line labelled as a review', () => {
    expect(headline(['Review: Her Smell — A Punk Rock Masterpiece'], { filmTitle: null })).toBe('A Punk Rock Masterpiece');
    expect(headline(['Ten things to stream this weekend'], { filmTitle: null })).toBeNull();
  });
});
