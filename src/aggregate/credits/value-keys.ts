/**
 * When two facts state the same value, kind by kind: people by name (after surname resolution), companies with
 * "&" read as "and" and without "Inc."/"LLC", titles without a leading article, places to watch without "now".
 * And which of the spellings to show.
 */
import { PERSON_KINDS, type FactKind } from '../../domain/credits.ts';
import { nameKey } from '../../extract/person-names.ts';

const COMPANY_SUFFIX = / (?:inc|llc|ltd|corp|co|company|corporation)$/;

export function companyKey(name: string): string {
  return nameKey(name.replace(/&/g, ' and ')).replace(COMPANY_SUFFIX, '');
}

export function valueKey(kind: FactKind, value: string): string {
  if (PERSON_KINDS.has(kind)) return nameKey(value);
  switch (kind) {
    case 'distributor':
      return companyKey(value);
    case 'mpaa':
      return value.toUpperCase();
    case 'referenced-film':
      return nameKey(value).replace(/^(?:the|a|an) /, '');
    case 'availability':
      return nameKey(value.replace(/^now\s+/i, ''));
    default:
      return nameKey(value);
  }
}

/**
 * The spelling to show among those of one value: the most used; on a tie, for a company the one with "&"
 * (prose spells a company's ampersand out, a credit block keeps it, so "&" is likelier the company's own), then
 * the one seen first.
 */
export function displaySpelling(kind: FactKind, spellings: readonly string[]): string {
  const counts = new Map<string, number>();
  for (const spelling of spellings) counts.set(spelling, (counts.get(spelling) ?? 0) + 1);
  let best = spellings[0] ?? '';
  for (const [spelling, count] of counts) {
    const bestCount = counts.get(best) ?? 0;
    const ampersandWins = kind === 'distributor' && count === bestCount && spelling.includes('&') && !best.includes('&');
    if (count > bestCount || ampersandWins) best = spelling;
  }
  return best;
}
