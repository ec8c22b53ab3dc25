/**
 * The honesty rules: each asks whether the words around a blurb turn its praise around. They read polarity from
 * the profile's text model and the sentence's structure (clauses, "of" phrases, ellipses, negators), never a list
 * of the film's own words, so they work for any review and any model behind the TextModel interface.
 */
import { splitClauses } from '../clauses.ts';
import { NEGATIVE_AT, POSITIVE_AT, type Polarity } from '../types.ts';
import { gapsBetween, type LocatedQuote } from './locate-quote.ts';

export type HonestyCode =
  | 'praise-undercut'
  | 'contrast-in-sentence'
  | 'cut-before-the-turn'
  | 'ellipsis-joins-opposites'
  | 'negated-praise'
  | 'ironic-praise'
  | 'hypothetical-praise'
  | 'not-the-critics-words'
  | 'next-sentence-turns';

export interface HonestyFlag {
  code: HonestyCode;
  message: string;
  /** The words that turn the quote around. */
  evidence: string;
}

export type HonestyRule = (quote: LocatedQuote, polarity: Polarity) => HonestyFlag | null;

/** A single word leans to praise from here (single words read less decidedly than sentences). */
const PRAISE_WORD_AT = 0.6;

/** "a masterpiece of tedium", "the best of a bad bunch": praise whose "of" phrase turns it into a put-down. */
export const praiseUndercut: HonestyRule = (q, polarity) => {
  const within = quoteRange(q);
  for (const m of q.sentence.matchAll(/([\p{L}’'-]+)\s+of\s+((?:[\p{L}’'-]+\s*){1,5})/gu)) {
    if (m.index < within.start || m.index >= within.end) continue;
    const tail = `of ${m[2]!.trim()}`;
    if (polarity(m[1]!) >= PRAISE_WORD_AT && polarity(tail) <= NEGATIVE_AT) {
      return { code: 'praise-undercut', message: `"${m[1]}" is followed by "${tail}", which turns it into criticism.`, evidence: `${m[1]} ${tail}` };
    }
  }
  return null;
};

/** Praise in a sentence that goes on "…, but it fails" (or whose main clause, after "Although …,", is negative). */
export const contrastInSentence: HonestyRule = (q, polarity) => {
  const within = quoteRange(q);
  const clauses = splitClauses(q.sentence);
  const praised = clauses.some((c) => c.end > within.start && c.start < within.end && polarity(c.text) >= POSITIVE_AT);
  if (!praised && polarity(q.quote) < POSITIVE_AT) return null;
  const turn = clauses.find((c) => c.contrast && c.start >= within.start && polarity(c.text) <= NEGATIVE_AT);
  if (!turn) return null;
  return { code: 'contrast-in-sentence', message: `The sentence turns against the praise: "${turn.text}".`, evidence: turn.text };
};

/** A quote cut off just before the sentence turns negative ("A masterpiece" from "A masterpiece of tedium"). */
export const cutBeforeTheTurn: HonestyRule = (q, polarity) => {
  const last = q.spans[q.spans.length - 1];
  if (!last) return null;
  const rest = q.sentence.slice(last.end).replace(/^[\s,.;:!?—–-]+/, '');
  const nextClause = (splitClauses(rest)[0]?.text ?? '').trim();
  if (!/[\p{L}]/u.test(nextClause) || polarity(nextClause) > NEGATIVE_AT) return null;
  return { code: 'cut-before-the-turn', message: `The quote stops just before "${nextClause}".`, evidence: nextClause };
};

/** An ellipsis that joins (or hides) words of opposite verdicts: "Brilliant … a waste of time". */
export const ellipsisJoinsOpposites: HonestyRule = (q, polarity) => {
  if (q.parts.length < 2) return null;
  const scores = q.parts.map((p) => polarity(p));
  const positive = scores.some((p) => p >= POSITIVE_AT);
  const negativePart = q.parts.find((_, i) => scores[i]! <= NEGATIVE_AT);
  if (positive && negativePart) {
    return { code: 'ellipsis-joins-opposites', message: `The ellipsis joins praise to "${negativePart}".`, evidence: negativePart };
  }
  const hidden = gapsBetween(q).find((gap) => polarity(gap) <= NEGATIVE_AT);
  if (positive && hidden) return { code: 'ellipsis-joins-opposites', message: `The ellipsis hides "${hidden}".`, evidence: hidden };
  return null;
};

const NEGATOR = /\b(?:not|never|no|hardly|scarcely|far from|anything but|less than|nowhere near|isn['’]t|wasn['’]t|aren['’]t|ain['’]t)\s+((?:(?:a|an|the|very|quite|so|exactly|particularly|really|all that|that|easily|ever|entirely|completely|always)\s+)*)([\p{L}-]+)/giu;
/** Negations that strengthen praise rather than deny it. */
const AFFIRMING =
  /\b(?:not only|not just|no less|never less than|nothing short of|nothing less than|can['’]t recommend|cannot recommend|never fails to|can['’]t help but|not since|no wonder|never lets (?:you|up|go)|never loses|never lets go)\b/i;
/** The words after a verb negated by "never" ("never turns | sour and"): they, not the verb, carry the praise. */
const AFTER_THE_VERB = /^\s*((?:[\p{L}'’-]+\s*){0,3})/u;

/**
 * "not a masterpiece", "far from brilliant", also just before the quote starts ("It is not | a triumph"). Negated
 * criticism is praise, not its denial: "not easily dismissed", "never turns sour", "never lets you go" pass.
 */
export const negatedPraise: HonestyRule = (q, polarity) => {
  const within = quoteRange(q);
  const from = Math.max(0, within.start - 25);
  const region = q.sentence.slice(from, within.end);
  for (const m of region.matchAll(NEGATOR)) {
    const praised = m[2]!;
    const negatorEnd = from + m.index + m[0].length;
    if (negatorEnd <= within.start) continue;
    if (AFFIRMING.test(region.slice(m.index, m.index + m[0].length + 12))) continue;
    // "never turns sour", "never lets you go": after "never" a verb carries no praise of its own; what follows it
    // does, and only praise that follows is denied ("never turns sour" is litotes, praise itself).
    const after = AFTER_THE_VERB.exec(q.sentence.slice(from + m.index + m[0].length))?.[1]?.trim() ?? '';
    const verb = /^never\b/i.test(m[0]) && /^\p{L}+s$/u.test(praised) && after !== '';
    if (verb ? polarity(after) >= POSITIVE_AT && !after.split(/\s+/).some((w) => polarity(w) <= NEGATIVE_AT) : polarity(praised) >= PRAISE_WORD_AT) {
      return { code: 'negated-praise', message: `The praise is negated: "${m[0].trim()}".`, evidence: m[0].trim() };
    }
  }
  return null;
};

/** "so-called masterpiece", "a “genius”": praise held at arm's length. */
export const ironicPraise: HonestyRule = (q, polarity) => {
  const region = q.sentence.slice(Math.max(0, quoteRange(q).start - 20), quoteRange(q).end);
  const hedged = /\b(?:so-called|supposed|supposedly|would-be|purported|purportedly|self-proclaimed)\s+([\p{L}-]+)/iu.exec(region);
  if (hedged && polarity(hedged[1]!) >= PRAISE_WORD_AT) return flag('ironic-praise', `The praise is hedged: "${hedged[0]}".`, hedged[0]);
  const scare = /(?:^|[^\p{L}])[“"‘']([\p{L}-]+)[”"’'](?![\p{L}])/u.exec(region);
  if (scare && polarity(scare[1]!) >= PRAISE_WORD_AT) return flag('ironic-praise', `The praise word is in scare quotes: ${scare[0].trim()}.`, scare[0].trim());
  return null;
};

const HYPOTHETICAL = /\b(?:could|should|would|might|may) have been\b|\b(?:wants?|wanted|tries|tried|aspires?|strains?|hopes?) to be\b|\bif only\b|\bin a (?:better|different) (?:movie|film|world)\b|\bon paper\b/i;

/** "It could have been a masterpiece": praise of a film that was not made (unless the film not made is the worse). */
export const hypotheticalPraise: HonestyRule = (q, polarity) => {
  const region = q.sentence.slice(Math.max(0, quoteRange(q).start - 30), quoteRange(q).end);
  const m = HYPOTHETICAL.exec(region);
  if (!m) return null;
  // "turns what could have been a dull lecture into a thriller": the film that was not made is the
  // worse one, so the praise stands.
  const imagined = /^\s*((?:[\p{L}'’-]+\s*){1,5})/u.exec(region.slice(m.index + m[0].length))?.[1] ?? '';
  if (imagined !== '' && polarity(imagined) < 0.5) return null;
  return flag('hypothetical-praise', `The praise is hypothetical: "${m[0]}".`, m[0]);
};

const SPEECH_AFTER_QUOTE = /[”"],?\s+(?:\p{Lu}[\p{L}-]*\s+|(?:the|a|his|her|their)\s+[\p{L}-]+\s+){0,2}(?:says|said|insists|writes|wrote|observes|notes|asks|tells|claims|declares|adds)\b/u;

/**
 * A quote that is largely someone else's words in quotation marks (a character, another writer), or a quotation
 * attributed to someone in the quote itself ("… ," Jamison observes). A quoted title is short, so it stays well
 * under the share.
 */
export const notTheCriticsWords: HonestyRule = (q) => {
  const quoted = [...q.quote.matchAll(/[“"]([^”"]*)[”"]/g)].reduce((n, m) => n + m[1]!.length, 0);
  if (quoted < 0.4 * q.quote.length && !SPEECH_AFTER_QUOTE.test(q.quote)) return null;
  return flag('not-the-critics-words', 'The quote is largely someone else’s words in quotation marks.', q.quote);
};

const TURN_OPENER = /^(?:but|however|yet|still|unfortunately|sadly|alas|then again|that said|too bad|the problem|trouble is)\b/i;

/** The next sentence takes it back: "A dazzling first hour. But the rest is a slog." */
export const nextSentenceTurns: HonestyRule = (q, polarity) => {
  const next = q.next?.trim();
  if (!next || !TURN_OPENER.test(next) || polarity(next) > NEGATIVE_AT) return null;
  return flag('next-sentence-turns', `The next sentence takes it back: "${next}".`, next);
};

function flag(code: HonestyCode, message: string, evidence: string): HonestyFlag {
  return { code, message, evidence };
}

/** The part of the sentence the quote covers (the whole sentence when its words are not found in it). */
function quoteRange(q: LocatedQuote): { start: number; end: number } {
  if (q.spans.length === 0) return { start: 0, end: q.sentence.length };
  return { start: q.spans[0]!.start, end: q.spans[q.spans.length - 1]!.end };
}
