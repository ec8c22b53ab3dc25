/**
 * Where each figure on a profile is defined. Every figure in the profile JSON carries one of these links, so a
 * reader (or the web page) can go from a number to its formula and thresholds in docs/methodology.md.
 */
const DOC = 'docs/methodology.md';

export const METHOD = {
  minimumReviews: `${DOC}#minimum-reviews`,
  percentPositive: `${DOC}#percent-positive`,
  percentPositiveInterval: `${DOC}#percent-positive-interval`,
  textReading: `${DOC}#reviews-judged-by-their-text`,
  averageScore: `${DOC}#average-score`,
  averageScoreInterval: `${DOC}#average-score-interval`,
  bands: `${DOC}#score-bands`,
  histogram: `${DOC}#histogram`,
  topCritics: `${DOC}#top-critics`,
  weights: `${DOC}#weights`,
  divisiveness: `${DOC}#divisiveness`,
  badge: `${DOC}#badge`,
  timeline: `${DOC}#timeline`,
  consensus: `${DOC}#consensus`,
  pullQuotes: `${DOC}#pull-quotes`,
  honestyCheck: `${DOC}#honesty-check`,
  aspects: `${DOC}#aspects`,
} as const;

export type MethodLink = (typeof METHOD)[keyof typeof METHOD];
