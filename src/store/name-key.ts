/**
 * The identity form of a name or title: two spellings that a reader would call the same name get the same key
 * ("Amélie" and "AMELIE", "Schindler’s  List" and "schindler's list"). Adapters store it beside the name as
 * written, so lookups and searches are case- and accent-insensitive in any database, without collations.
 */
export function nameKey(text: string): string {
  return (
    text
      // NFKD splits accented letters into letter + combining mark, and folds ligatures and full-width forms.
      .normalize('NFKD')
      .replace(/\p{M}+/gu, '')
      // Typographic quotes and dashes vary between sources that mean the same title.
      .replace(/[\u2018\u2019\u201B\u2032`]/g, "'")
      .replace(/[\u201C\u201D\u201E\u2033]/g, '"')
      .replace(/[\u2010-\u2015]/g, '-')
      .toLowerCase()
      .replace(/\s+/g, ' ')
      .trim()
  );
}

/**
 * The address form of a title: "Her Smell" -> "her-smell"; empty for a title with no letters or digits. Page
 * addresses carry it and a film name may be one (use-cases/find-film.ts), so both read it from here.
 */
export function slugify(text: string): string {
  return nameKey(text)
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80);
}
