/**
 * Names the page credits to the film itself (director, writer, cast, the actor in "Becky (Elisabeth Moss)").
 * They exist to veto a critic candidate: a byline or signature that names the director is a page error, and the
 * rule is that a director or actor never becomes the critic.
 */
import { isNameLike, nameKey } from './person-names.ts';

const NAME = "\\p{Lu}[\\p{L}\\p{M}'’.\\-]*(?:\\s+\\p{Lu}[\\p{L}\\p{M}'’.\\-]*){1,3}";
const CREDIT_LABEL =
  /(?:^|[.;!?]\s+)(?:Directed by|Written and directed by|Written by|Screenplay by|Directors?|Writers?|Stars|Starring|Cast|With)\s*:?\s+([^.;\n]+)/gu;
const ROLES = ['director', 'directors', 'actress', 'actor', 'star', 'co-star', 'filmmaker', 'writer-director', 'writer/director', 'screenwriter'];
// Capitalised or not ("Actress Gayle Rankin"), without the i flag, which would let \p{Lu} match lower case.
const ROLE_BEFORE_NAME = new RegExp(
  `\\b(?:${ROLES.map((r) => `[${r[0]?.toUpperCase()}${r[0]}]${r.slice(1)}`).join('|')})\\s+(${NAME})`,
  'gu',
);
const PARENTHESISED = /\(([^()]{2,160})\)/g;
const LIST_SEPARATOR = /\s*(?:,|;|\band\b|&)\s*/;

/** Name keys (see nameKey) of every person the texts credit as director, writer or cast. */
export function creditedNames(texts: readonly string[], extra: readonly string[] = []): Set<string> {
  const names = new Set<string>(extra.map(nameKey));
  const add = (candidate: string): void => {
    const trimmed = candidate.trim();
    if (trimmed !== '' && isNameLike(trimmed)) names.add(nameKey(trimmed));
  };
  for (const text of texts) {
    for (const m of text.matchAll(CREDIT_LABEL)) (m[1] ?? '').split(LIST_SEPARATOR).forEach(add);
    for (const m of text.matchAll(ROLE_BEFORE_NAME)) add(m[1] ?? '');
    for (const m of text.matchAll(PARENTHESISED)) (m[1] ?? '').split(LIST_SEPARATOR).forEach(add);
  }
  return names;
}
