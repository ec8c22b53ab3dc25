/**
 * The credits stage of extraction: what one review states about the film itself (cast with their parts, crew,
 * runtime, MPAA rating, distributor, where it plays, other films it refers to). It coordinates the readers in
 * this folder over the review's sources, strongest first: the page's JSON-LD, the info box and photo credit the
 * clean stage set aside, labelled lines and credit lines, then the prose sentence by sentence. Then it tidies the
 * result: a surname becomes the full name the review gives ("Perry" -> "Alex Ross Perry"), a character's name is
 * never a person, a person the review ties to something else is not credited on a weak reading, and each fact
 * is kept once (from its strongest source). Pure: no I/O, no state between calls.
 */
import type { FilmFact, FilmFacts } from '../../domain/credits.ts';
import type { CleanDocument, DropReason, ReviewDraft } from '../../domain/document.ts';
import { splitSentences } from '../../text/sentences.ts';
import { availabilityInSentence } from './availability.ts';
import { castByVerb, castInBrackets, type PairContext } from './cast-pairs.ts';
import { byPhrases, castListSentence, labelledLine, photoCredit } from './credit-lines.ts';
import { jsonLdCredits } from './json-ld-credits.ts';
import { mpaaInSentence } from './mpaa.ts';
import { titleKey } from './names.ts';
import { outsiders } from './outsiders.ts';
import { referencedFilms } from './referenced-films.ts';
import { directorBeforeTitle, roleNounBefore, whoAlso, workAfterPossessive } from './role-patterns.ts';
import { runtimeInSentence } from './runtime.ts';
import type { TextUnit } from './text-unit.ts';
import { tidyFacts } from './tidy-facts.ts';

/** Bumped whenever a change here can change the facts read from a review. */
export const CREDITS_VERSION = 'credits-1';

export interface FilmFactsInput {
  clean: CleanDocument;
  draft: Pick<ReviewDraft, 'film'>;
}

const PROMO_REASONS: ReadonlySet<DropReason> = new Set<DropReason>(['page-chrome', 'advert']);

/** A sentence that is a credit line of its own: "Directed by Alex Ross Perry.", "With Elisabeth Moss, …". */
const CREDIT_SENTENCE =
  /^(?:(?:Written and directed|Directed|Written|Produced|Edited|Photographed|Shot|Distributed|Released|Music|Score|Cinematography|Screenplay) by|With|Starring|Featuring)\s/;

export function extractFilmFacts(input: FilmFactsInput): FilmFacts {
  const { clean } = input;
  const filmTitle = input.draft.film?.value.title ?? null;
  const found: FilmFact[] = [...jsonLdCredits(clean.meta.jsonLd)];
  const weak = new Set<FilmFact>();
  for (const line of clean.dropped) {
    if (line.reason === 'photo-credit') append(found, photoCredit(line.text));
  }
  const units = textUnits(clean);
  const films = units.flatMap((unit) => referencedFilms(unit, { filmTitle }));
  const ctx: PairContext = { filmTitle, otherTitles: new Set(films.map((fact) => titleKey(fact.value))) };
  for (const unit of units) append(found, unitFacts(unit, ctx, weak));
  append(found, films);
  for (const line of clean.dropped) {
    // "Paper Moons is now streaming on Netflix." may be set aside as a promo line; it still says where this film
    // plays when it names it (a promo for another film does not).
    if (PROMO_REASONS.has(line.reason) && filmTitle !== null && line.text.includes(filmTitle)) {
      append(found, availabilityInSentence({ text: line.text.trim(), source: 'prose' }));
    }
  }
  const sentences = units.map((unit) => unit.text);
  // Outsiders only veto weak readings: most short quotes have none, and then the search is skipped.
  const outside = weak.size === 0 ? new Set<string>() : outsiders(sentences, ctx);
  const facts = tidyFacts(found, { weak, sentences, outsiders: outside, filmTitle });
  return { facts, version: CREDITS_VERSION };
}

/** The facts of one line or sentence; those read from a possessive or a role noun are also noted as weak. */
function unitFacts(unit: TextUnit, ctx: PairContext, weak: Set<FilmFact>): FilmFact[] {
  const labelled = unit.source === 'prose' ? null : labelledLine(unit);
  if (labelled !== null) return labelled;
  const facts = [...castInBrackets(unit, ctx), ...castByVerb(unit, ctx), ...whoAlso(unit), ...byPhrases(unit)];
  if (unit.source !== 'prose') append(facts, castListSentence(unit));
  for (const more of [runtimeInSentence(unit), mpaaInSentence(unit), availabilityInSentence(unit)]) append(facts, more);
  for (const fact of [...roleNounBefore(unit, ctx), ...workAfterPossessive(unit, ctx), ...directorBeforeTitle(unit, ctx)]) {
    weak.add(fact);
    facts.push(fact);
  }
  return facts;
}

/**
 * Adds `items` to `target` one at a time: a line of a hostile page can yield a hundred thousand facts, too many to
 * pass as the arguments of one push.
 */
function append<T>(target: T[], items: readonly T[]): void {
  for (const item of items) target.push(item);
}

/**
 * The texts to read, each with the source it counts as: info-box lines, then headings and paragraphs. A short
 * paragraph that is a labelled line or a credit sentence counts as a credit line; the rest is prose, read a
 * sentence at a time so that each fact's evidence is its sentence.
 */
function textUnits(clean: CleanDocument): TextUnit[] {
  const units: TextUnit[] = [];
  for (const line of clean.dropped) {
    if (line.reason === 'info-box') units.push({ text: line.text.trim(), source: 'info-box' });
  }
  for (const block of [...clean.headings, ...clean.paragraphs]) {
    if (block.length < 120 && labelledLine({ text: block, source: 'credit-line' }) !== null) {
      units.push({ text: block.trim(), source: 'credit-line' });
      continue;
    }
    for (const sentence of splitSentences(block)) {
      units.push({ text: sentence, source: CREDIT_SENTENCE.test(sentence) ? 'credit-line' : 'prose' });
    }
  }
  return units;
}
