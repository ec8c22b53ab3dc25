/** How a review is named in text output: "Emily Yoshida, New York Magazine", "The Spool", or "review 4". */
export function attribution(review: { id?: number; critic?: string | null; outlet?: string | null } | undefined, id?: number): string {
  const parts = [review?.critic, review?.outlet].filter((p): p is string => !!p);
  return parts.length > 0 ? parts.join(', ') : `review ${review?.id ?? id ?? '?'} (critic and outlet unknown)`;
}

export function quoted(text: string, max = 160): string {
  const t = text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`;
  return `“${t}”`;
}
