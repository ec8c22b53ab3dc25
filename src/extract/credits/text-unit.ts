/** What every credit pattern reads (one sentence or line, with the source it counts as) and what it returns. */
import type { FactKind, FactSource, FilmFact } from '../../domain/credits.ts';

export interface TextUnit {
  text: string;
  source: FactSource;
}

export interface CreditContext {
  /** The reviewed film's title, so that it is never taken for a character, a person or another film. */
  filmTitle: string | null;
}

const EVIDENCE_CHARS = 400;

export function makeFact(kind: FactKind, value: string, unit: TextUnit, character?: string): FilmFact {
  const evidence = unit.text.length > EVIDENCE_CHARS ? `${unit.text.slice(0, EVIDENCE_CHARS - 1)}…` : unit.text;
  return character === undefined
    ? { kind, value, source: unit.source, evidence }
    : { kind, value, character, source: unit.source, evidence };
}
