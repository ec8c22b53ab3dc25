/** Small English helpers for the consensus templates. */

/** "A", "A and B", "A, B and C". */
export function listOf(items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

/** "a tense", "an unrelenting". */
export function withArticle(phrase: string): string {
  return `${/^[aeiou]/i.test(phrase) ? 'an' : 'a'} ${phrase}`;
}

/** "All 5 critics are positive", "Most critics (7 of 9) are positive", "Critics lean negative (3 of 8 positive)". */
export function overallPhrase(positive: number, total: number): string {
  const share = positive / total;
  const all = total === 2 ? 'Both critics' : `All ${total} critics`;
  if (positive === total) return `${all} are positive`;
  if (positive === 0) return `${all} are negative`;
  if (share >= 0.75) return `Most critics (${positive} of ${total}) are positive`;
  if (share >= 0.5) return `Critics lean positive (${positive} of ${total})`;
  if (share > 0.25) return `Critics lean negative (${positive} of ${total} positive)`;
  return `Most critics (${total - positive} of ${total}) are negative`;
}

const NUMBER_WORDS = ['no', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];

/**
 * Who holds a claim, sized by the reviews behind it: "most" only above half of them ("Most critics (4 of 7)"),
 * otherwise the count itself ("Two of five critics", "Some critics (3 of 12)"), never "many" for a minority.
 */
export function criticsPhrase(supporting: number, total: number): string {
  if (supporting >= total) return total === 2 ? 'both critics' : `all ${total} critics`;
  if (supporting * 2 > total) return `most critics (${supporting} of ${total})`;
  if (total < NUMBER_WORDS.length) return `${NUMBER_WORDS[supporting]} of ${NUMBER_WORDS[total]} critics`;
  return `some critics (${supporting} of ${total})`;
}

export function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
