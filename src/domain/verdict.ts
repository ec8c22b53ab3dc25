/** What Plaudit concludes about one review. */
export type Verdict = 'positive' | 'negative';

/**
 * Which signal decided the verdict and score: a label given by the source, the explicit rating, the text, or an
 * editor's correction (domain/correction.ts), which outranks the other three and outlasts new versions of the text.
 * 'none': nothing did. The review is in a language the text model does not read and has no label or rating
 * (domain/language.ts); its verdict and score columns hold placeholders that no count, list or figure reads.
 */
export type JudgementSource = 'label' | 'rating' | 'text' | 'editor' | 'none';

export interface Judgement {
  verdict: Verdict;
  /** Probability that the critic's verdict is positive, 0..1. */
  probability: number;
  /** 0-100. */
  score: number;
  verdictSource: JudgementSource;
  scoreSource: JudgementSource;
  /** The sentences that drove the text model, most influential first. */
  evidence: string[];
  version: string;
}

/**
 * A judgement a review arrives with: one Plaudit gave it before, carried in a Plaudit export
 * (ingest/plaudit-export.ts). The judge takes it as it is instead of judging again, so a review moved from one store
 * to another keeps its verdict, probability, score and how they were reached. For a text-judged review it is the
 * reading alone; the store reads it beside the film's other reviews again. `version` is the judge that gave it.
 */
export type RecordedJudgement = Omit<Judgement, 'evidence' | 'version'> & { version?: string };

/** The narrow interface every text model implements, so the judge can swap one for another. */
export interface TextModel {
  readonly version: string;
  predict(text: string): TextPrediction;
}

export interface TextPrediction {
  probability: number;
  score: number;
  evidence: string[];
}
