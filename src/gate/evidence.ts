/** What each of the gate's signals hands back: a signed weight (positive: a film review) and the reason in words. */
export interface Evidence {
  weight: number;
  reason: string;
  /** Set on "names no film": evidence about naming a film, not about what the document is. */
  naming?: true;
}

/** The first few items, quoted for a reason: "director, screenplay, cast…". */
export function examples(words: readonly string[], max = 3): string {
  const shown = words.slice(0, max).join(', ');
  return words.length > max ? `${shown}…` : shown;
}

/** A title or headline cut for a reason, so one long headline cannot swamp the list. */
export function quoted(text: string, max = 60): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return `'${flat.length > max ? `${flat.slice(0, max - 1)}…` : flat}'`;
}
