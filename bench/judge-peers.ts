/**
 * The sentiment libraries a user would otherwise reach for, behind one shape: text in, positive or not out. Each
 * says "positive" when its score is 0 or more (VADER's compound, AFINN's sum, wink-nlp's sentiment), the one rule
 * that needs no tuning on the data it is measured on.
 */
import vader from 'vader-sentiment';
import Sentiment from 'sentiment';
import winkNLP from 'wink-nlp';
import winkModel from 'wink-eng-lite-web-model';

export interface Peer {
  name: string;
  positive(text: string): boolean;
}

export function peers(): Peer[] {
  const afinn = new Sentiment();
  const nlp = winkNLP(winkModel);
  return [
    { name: 'vader-sentiment', positive: (text) => vader.SentimentIntensityAnalyzer.polarity_scores(text).compound >= 0 },
    { name: 'sentiment (AFINN)', positive: (text) => afinn.analyze(text).score >= 0 },
    { name: 'wink-nlp sentiment', positive: (text) => (nlp.readDoc(text).out(nlp.its.sentiment) as number) >= 0 },
  ];
}

/** Items per second for `run` over `texts`, repeated until at least `minSeconds` have passed (after one warm-up pass). */
export function throughput(texts: readonly string[], run: (text: string) => unknown, minSeconds = 2): number {
  for (const t of texts.slice(0, 200)) run(t);
  let done = 0;
  const started = performance.now();
  while ((performance.now() - started) / 1000 < minSeconds) {
    for (const t of texts) run(t);
    done += texts.length;
  }
  return done / ((performance.now() - started) / 1000);
}
