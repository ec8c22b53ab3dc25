/**
 * The gate: decides, before a document is stored, whether it is a review of a film, and says why. It coordinates
 * the signals, each in its own file and each hand-weighted (a weight's comment says why it is that size):
 *
 *   page-type.ts       what the page's markup says it is (JSON-LD Review of a Movie or of a VideoGame, og:type)
 *   address.ts         the words of its URL (/movies/ against /games/, /news/)
 *   headline-cues.ts   what its headline says it is (a review, a list, news)
 *   named-film.ts      whether it names a film, where the name was read, whether it rates it
 *   vocabulary.ts      film words against other subjects' words, and evaluative words, per length
 *
 * The weights add up to a score; the document is a film review when the score reaches ACCEPT_AT. A document the
 * user vouched for (--film, or a record whose mapped columns name the film) passes without any signal being
 * read: the user's word outranks any guess, and records by the ten thousand must cost nothing.
 * Pure: no I/O, no clock.
 */
import type { CleanDocument, RawDocument, ReviewDraft } from '../domain/document.ts';
import { addressEvidence } from './address.ts';
import { quoted, type Evidence } from './evidence.ts';
import { headlineEvidence } from './headline-cues.ts';
import { namedFilmEvidence } from './named-film.ts';
import { jsonLdEvidence, openGraphEvidence } from './page-type.ts';
import { countWords, judgementEvidence, vocabularyEvidence } from './vocabulary.ts';

/** Bumped whenever a change here can change a decision, so held documents know they need deciding again. */
export const GATE_VERSION = 'gate-1';

export interface GateInput {
  document: RawDocument;
  clean: CleanDocument;
  draft: ReviewDraft;
}

export interface GateDecision {
  verdict: 'film-review' | 'not-a-film-review';
  /**
   * True when the user vouched (document.filmHint from --film, or a record whose mapped columns give a film
   * title or key): then the verdict is always 'film-review' and the signals are not read.
   */
  vouched: boolean;
  /** The evidence balance the verdict came from (positive: a film review). */
  score: number;
  /**
   * Whether everything but the naming of a film says it is a film review. A text that reads like one but names
   * no film is a question of which film (the pipeline's "could not tell which film"), not of what it is.
   */
  readsAsFilmReview: boolean;
  /** Every reason, strongest first, in words an editor understands. */
  reasons: string[];
  version: string;
}

/**
 * A film review must show, on balance, some sign of being about a film: a document with no evidence either way
 * (a few lines naming something in passing) is not taken for one. Even a two-line blurb under its title shows
 * two (a titled headline, a rating), so the bar sits just above zero. Tuned on the development half of the
 * labelled pages (test/fixtures/gate/extraction-labels.tsv) and the film reviews we have.
 */
export const ACCEPT_AT = 0.5;

/** How many headings, from the top, can hold the headline (a kicker or section name often comes first). */
const HEADLINE_LINES = 3;

/**
 * @example
 * const decision = gateDocument({ document, clean, draft });
 * if (decision.verdict === 'not-a-film-review') {
 *   // the pipeline holds the document and shows decision.reasons
 * }
 */
export function gateDocument(input: GateInput): GateDecision {
  const vouchedFor = vouchedReason(input.document);
  if (vouchedFor) {
    return { verdict: 'film-review', vouched: true, score: 0, readsAsFilmReview: true, reasons: [vouchedFor], version: GATE_VERSION };
  }
  const evidence = gateEvidence(input);
  const sum = (list: readonly Evidence[]) => Math.round(list.reduce((total, e) => total + e.weight, 0) * 100) / 100;
  const score = sum(evidence);
  return {
    verdict: score >= ACCEPT_AT ? 'film-review' : 'not-a-film-review',
    vouched: false,
    score,
    readsAsFilmReview: sum(evidence.filter((e) => !e.naming)) >= ACCEPT_AT,
    // The weights stay out of the reasons, which an editor reads; the balance they came to closes the list.
    reasons: [...[...evidence].sort((a, b) => Math.abs(b.weight) - Math.abs(a.weight)).map((e) => e.reason), balance(score)],
    version: GATE_VERSION,
  };
}

/** Every signal's evidence, in the order the signals are listed above. */
export function gateEvidence({ document, clean, draft }: GateInput): Evidence[] {
  const headlines = [...clean.headings.slice(0, HEADLINE_LINES), ...(clean.meta.title ? [clean.meta.title] : [])];
  const counts = countWords([...clean.headings, ...clean.paragraphs].join('\n'));
  return [
    ...jsonLdEvidence(clean.meta.jsonLd),
    ...(document.format === 'html' ? openGraphEvidence(document.content) : []),
    ...addressEvidence(draft.url ?? clean.meta.url ?? document.sourceKey),
    ...headlineEvidence(headlines),
    ...namedFilmEvidence(draft),
    ...vocabularyEvidence(counts),
    ...judgementEvidence(counts),
  ];
}

function vouchedReason(document: RawDocument): string | null {
  const hint = document.filmHint?.trim();
  if (hint) return `the user named the film (--film ${quoted(hint)})`;
  const record = document.format === 'record' ? document.record : undefined;
  const title = record?.filmTitle?.trim();
  if (title) return `the record's film column names it: ${quoted(title)}`;
  const key = record?.filmKey?.trim();
  if (key) return `the record's film key column names it: ${quoted(key)}`;
  const imdbId = record?.filmImdbId;
  if (imdbId) return `the record's IMDb id column names it: ${imdbId}`;
  return null;
}

function balance(score: number): string {
  const side = score >= ACCEPT_AT ? 'at or above' : 'below';
  return `on balance ${score > 0 ? '+' : ''}${score}, ${side} the ${ACCEPT_AT} a film review needs`;
}
