/**
 * The words under a film's percent positive, one text for the CLI and the web, so both explain the figure the same
 * way: when verdicts were read from the text the figure is the expected share (expected-positive.ts), which need not
 * equal the count of positive verdicts, and the reader must be told why before they see two numbers disagree.
 */
import type { FilmProfile, TextReading } from '../film-profile.ts';

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/**
 * @example positiveCountWords(profile) // "6 of 8 verdicts positive; the 3 read from the text count by how likely each is positive"
 */
export function positiveCountWords(profile: Pick<FilmProfile, 'positiveCount' | 'reviewCount' | 'textReading'>): string {
  const reading = profile.textReading;
  if (!reading) return `${profile.positiveCount} of ${plural(profile.reviewCount, 'review')} positive`;
  const t = reading.textJudged;
  const read = t === profile.reviewCount
    ? (t === 1 ? 'read from the text, it counts by how likely it is positive' : 'all were read from the text, so each counts by how likely it is positive')
    : (t === 1 ? 'the 1 read from the text counts by how likely it is positive' : `the ${t} read from the text count by how likely each is positive`);
  return `${profile.positiveCount} of ${plural(profile.reviewCount, 'verdict')} positive; ${read}`;
}

/**
 * @example textReadingWords(reading) // "3 verdicts from the text alone, read beside one another (1 verdict changed by that)"
 */
export function textReadingWords(reading: TextReading): string {
  const verdicts = plural(reading.textJudged, 'verdict');
  if (reading.pooled === 0) return `${verdicts} from the text alone, too few to read beside one another`;
  const changed = reading.verdictsChanged === 0 ? 'no verdict changed' : `${plural(reading.verdictsChanged, 'verdict')} changed`;
  return `${verdicts} from the text alone, read beside one another (${changed} by that)`;
}
