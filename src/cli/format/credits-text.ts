/** Text form of a film's merged credits, for `plaudit film TITLE --credits`. */
import { FACT_LABELS, type FactKind, type MergedCredit, type MergedCredits } from '../../domain/credits.ts';

const LABELS = FACT_LABELS;
const SOURCE_NAMES = { 'json-ld': 'page data', 'info-box': 'info box', 'credit-line': 'credit line', prose: 'prose', 'photo-credit': 'photo credit' };
const LABEL_WIDTH = Math.max(...Object.values(LABELS).map((label) => label.length)) + 2;

/**
 * @example
 * formatCredits(mergeCredits(facts))
 * // Credits, from 5 reviews (a count is how many reviews state it)
 * //   Director             Alex Ross Perry  (5 reviews · info box)
 */
export function formatCredits(merged: MergedCredits): string {
  if (merged.credits.length === 0) return 'Credits: none stated in the reviews.';
  const lines = [`Credits, from ${plural(merged.reviewCount, 'review')} (a count is how many reviews state it)`];
  let previous: FactKind | null = null;
  for (const credit of merged.credits) {
    const label = credit.kind === previous ? '' : LABELS[credit.kind];
    previous = credit.kind;
    lines.push(`  ${label.padEnd(LABEL_WIDTH)}${describe(credit)}  (${support(credit)})`);
  }
  return lines.join('\n');
}

function describe(credit: MergedCredit): string {
  const value = credit.kind === 'runtime' ? `${credit.value} minutes` : credit.value;
  const parts = [value];
  const [part, ...otherParts] = credit.characters;
  if (part !== undefined) {
    parts.push(`as ${part.name}`);
    if (part.aliases.length > 0) parts.push(`(also ${part.aliases.map((alias) => `"${alias}"`).join(', ')})`);
    for (const other of otherParts) parts.push(`/ ${other.name}`);
  }
  if (credit.aliases.length > 0 && credit.kind === 'distributor') parts.push(`(also "${credit.aliases.join('", "')}")`);
  return parts.join(' ');
}

/** "5 reviews · info box": how many reviews state it, and the strongest place one of them did. */
function support(credit: MergedCredit): string {
  return `${plural(credit.support, 'review')} · ${SOURCE_NAMES[credit.source]}`;
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}
