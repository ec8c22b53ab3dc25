/**
 * Facts about the reviewed film that a review states (cast and crew, runtime, rating, distributor, where it plays,
 * other films it refers to), each with where it was read and the sentence it was read from, and their merge
 * across a film's reviews.
 */

export type FactKind =
  | 'director'
  | 'writer'
  | 'producer'
  | 'cast'
  | 'cinematography'
  | 'editing'
  | 'music'
  | 'production-design'
  | 'costume'
  | 'sound'
  | 'distributor'
  | 'runtime'
  | 'mpaa'
  | 'availability'
  | 'referenced-film';

/** The kinds whose value is a person (or a band, for music): the ones name resolution applies to. */
export const PERSON_KINDS: ReadonlySet<FactKind> = new Set<FactKind>([
  'director', 'writer', 'producer', 'cast', 'cinematography', 'editing', 'music', 'production-design', 'costume',
  'sound',
]);

/**
 * Where a fact was read, strongest first: the page's structured data, a labelled info box the clean stage set
 * aside, a credit line ("Directed by …", "Running time: …"), the prose, and a photo credit (which names the
 * company that supplied the stills, usually the distributor: a hint, never proof).
 */
export type FactSource = 'json-ld' | 'info-box' | 'credit-line' | 'prose' | 'photo-credit';

export const SOURCE_STRENGTH: Readonly<Record<FactSource, number>> = {
  'json-ld': 4,
  'info-box': 3,
  'credit-line': 3,
  prose: 2,
  'photo-credit': 1,
};

export interface FilmFact {
  kind: FactKind;
  /**
   * A person's or company's name; for 'runtime' the minutes as a decimal string ("135"); for 'mpaa' the rating
   * ("R", "PG-13", "NR"); for 'availability' the phrase ("now streaming on Amazon Prime"); for 'referenced-film'
   * the title.
   */
  value: string;
  /** For 'cast': the character the actor plays, when the review names one. */
  character?: string;
  source: FactSource;
  /** The sentence or line the fact was read from. */
  evidence: string;
}

export interface FilmFacts {
  facts: FilmFact[];
  version: string;
}

/** A fact as the store hands it back: with the review (and its critic and outlet) that stated it. */
export interface ReviewFilmFact extends FilmFact {
  reviewId: number;
  critic: string | null;
  outlet: string | null;
}

export interface CreditEvidence {
  reviewId: number;
  critic: string | null;
  outlet: string | null;
  source: FactSource;
  sentence: string;
}

export interface MergedCharacter {
  /** The fullest form seen ("Becky Something"). */
  name: string;
  /** Other forms merged into it ("Becky", "Rebecca"). */
  aliases: string[];
  /** Distinct reviews naming the actor in this part. */
  support: number;
}

export interface MergedCredit {
  kind: FactKind;
  value: string;
  /** Other spellings merged into `value` ("Moss", "Gunpowder and Sky"). */
  aliases: string[];
  /** For 'cast': the parts the actor is said to play, best supported first. Empty otherwise. */
  characters: MergedCharacter[];
  /** Distinct reviews stating it. */
  support: number;
  /** The strongest source any review gave. */
  source: FactSource;
  evidence: CreditEvidence[];
}

export interface MergedCredits {
  /** Distinct reviews that contributed facts. */
  reviewCount: number;
  /** By kind (in FACT_KINDS order), then by support, then by source strength. */
  credits: MergedCredit[];
  version: string;
}

export const FACT_KINDS: readonly FactKind[] = [
  'director', 'writer', 'producer', 'cast', 'cinematography', 'editing', 'music', 'production-design', 'costume',
  'sound', 'distributor', 'runtime', 'mpaa', 'availability', 'referenced-film',
];

/** How each kind of fact is labelled for people (CLI and web alike). */
export const FACT_LABELS: Readonly<Record<FactKind, string>> = {
  director: 'Director',
  writer: 'Writer',
  producer: 'Producer',
  cast: 'Cast',
  cinematography: 'Cinematography',
  editing: 'Editing',
  music: 'Music',
  'production-design': 'Production design',
  costume: 'Costumes',
  sound: 'Sound',
  distributor: 'Distributor',
  runtime: 'Runtime',
  mpaa: 'MPAA rating',
  availability: 'Playing / streaming',
  'referenced-film': 'Films referred to',
};
