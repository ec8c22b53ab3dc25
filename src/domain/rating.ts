/** An explicit rating as the critic wrote it, and its normalised 0-100 value (Metacritic's conventions). */
export type RatingScale = 'letter' | 'fraction' | 'stars' | 'words' | 'hundred';

export interface Rating {
  /** As written: "3.5/4", "B+", "★★★½". */
  raw: string;
  /** 0-100, rounded to an integer. */
  score: number;
  scale: RatingScale;
}
