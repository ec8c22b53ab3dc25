/**
 * The text side of a profile, from the reviews' words through the TextModel handed in: performers named, what
 * critics think of each craft, the consensus and the pull quotes. Sentences are split and judged once and shared by
 * all four, so the consensus and the aspects quote the very sentences the quotes come from.
 */
import type { TextModel } from '../../domain/verdict.ts';
import { analyseReviews, createPolarity } from './analyse-reviews.ts';
import { judgeAspects, type AspectsSummary } from './aspects/judge-aspects.ts';
import { buildConsensus, type Consensus } from './consensus/build-consensus.ts';
import { findPerformers, type Performer } from './people/performers.ts';
import { buildPullQuotes, type PullQuotes } from './pull-quotes/pull-quotes.ts';
import type { TextReview } from './types.ts';

export interface TextSections {
  performers: Performer[];
  aspects: AspectsSummary;
  consensus: Consensus | null;
  pullQuotes: PullQuotes;
}

export interface TextSectionOptions {
  model: TextModel;
  title: string | null;
  /** Cast names from merged credits, when there are any; otherwise performers are read from the reviews. */
  cast?: readonly string[];
}

export function textSections(reviews: readonly TextReview[], options: TextSectionOptions): TextSections {
  const analysed = analyseReviews(reviews);
  const polarity = createPolarity(options.model);
  const people = findPerformers(analysed, options.cast);
  const aspects = judgeAspects(analysed, polarity, { performerPattern: people.pattern, model: options.model.version });
  const consensus = buildConsensus({ reviews: analysed, polarity, aspects, people, model: options.model.version });
  const pullQuotes = buildPullQuotes(analysed, polarity, { subjects: subjectsPattern(options.title, people.pattern), model: options.model.version });
  return { performers: people.performers, aspects, consensus, pullQuotes };
}

/** The title and the performers: a quote naming either is about this film. */
function subjectsPattern(title: string | null, performers: RegExp | null): RegExp | null {
  const parts = [title ? title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&') : null, performers?.source ?? null].filter((p): p is string => !!p);
  return parts.length > 0 ? new RegExp(parts.map((p) => `(?:${p})`).join('|'), 'u') : null;
}
