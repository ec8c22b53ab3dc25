/**
 * Tokens for the trained judge, with the two pieces of structure a bag of words otherwise loses:
 * - negation scope: words after a negator, up to the next clause break, carry a `NEG_` mark, so "not funny" and
 *   "funny" are different features ("not bad" can learn to be praise);
 * - contrast: words after "but", "however", "yet"... carry a mark too, because the clause after a contrast is
 *   usually the critic's real point ("I wanted to like it, but ...").
 * Pure and cheap: it runs on every quote at inference time.
 */

/** Marks carried by a token, as bit flags. */
export const NEGATED = 1;
export const AFTER_CONTRAST = 2;

export interface Token {
  word: string;
  marks: number;
}

const NEGATORS = new Set([
  'not', 'no', 'never', 'nothing', 'nobody', 'none', 'nowhere', 'neither', 'nor', 'without', 'hardly', 'barely',
  'scarcely', 'cannot', 'lacks', 'lacking', 'lack', 'fails', 'fail', 'failed',
]);

const CONTRASTS = new Set(['but', 'however', 'yet', 'although', 'though', 'nevertheless', 'nonetheless', 'still', 'except']);

/** Punctuation that closes a negation scope (a clause break). */
const CLAUSE_BREAKS = new Set(['.', ',', ';', ':', '!', '?', '--']);

// Words, numbers, and the punctuation that carries clause structure. "n't" is expanded first so that "isn't",
// "is n't" (the pre-tokenised snippets) and "is not" all read alike.
const TOKEN = /[a-z]+|\d+(?:\.\d+)?|[.,;:!?]|--/g;
const NOT_CONTRACTION = /n[’']t\b/g;
const CURLY = /[’‘]/g;
const DASHES = /[—–]/g;

/**
 * @example tokenize("Not bad, but not great.") // not, NEG_bad, ",", but, C_not, C|NEG_great, "."
 */
export function tokenize(text: string): Token[] {
  const lower = text.toLowerCase().replace(CURLY, "'").replace(NOT_CONTRACTION, ' not').replace(DASHES, ' -- ');
  const out: Token[] = [];
  let negated = false;
  let contrast = false;
  for (const m of lower.matchAll(TOKEN)) {
    const word = m[0];
    if (CLAUSE_BREAKS.has(word)) {
      negated = false;
      // A sentence end closes the contrast too; a comma does not ("but, in the end, it works").
      if (word === '.' || word === '!' || word === '?') contrast = false;
      out.push({ word, marks: 0 });
      continue;
    }
    if (CONTRASTS.has(word)) {
      negated = false;
      contrast = true;
      out.push({ word, marks: 0 });
      continue;
    }
    out.push({ word, marks: (negated ? NEGATED : 0) | (contrast ? AFTER_CONTRAST : 0) });
    if (NEGATORS.has(word)) negated = true;
  }
  return out;
}

/** The token as a readable feature name, for tests and explanations. */
export function tokenLabel(token: Token): string {
  const prefix = (token.marks & AFTER_CONTRAST ? 'C_' : '') + (token.marks & NEGATED ? 'NEG_' : '');
  return prefix + token.word;
}
