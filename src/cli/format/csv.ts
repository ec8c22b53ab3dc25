/**
 * RFC 4180 CSV cells: quoted when a value holds a comma, quote, or line break. A text cell that a spreadsheet
 * would run as a formula (it starts with =, +, -, @, a tab or a carriage return: `=HYPERLINK(…)` in a review's
 * title) is written with a leading apostrophe, as OWASP advises, so opening an export never runs what a page said.
 * A cell that already starts with apostrophes before such a character gets one more, so that reading an export
 * back (ingest/plaudit-export.ts) can take exactly one off and have the text as it was.
 */
export function csvRow(values: readonly (string | number | boolean | null | undefined)[]): string {
  return values.map(csvCell).join(',');
}

const FORMULA_START = /^'*[=+\-@\t\r]/;

function csvCell(value: string | number | boolean | null | undefined): string {
  if (value === null || value === undefined) return '';
  // Numbers are Plaudit's own figures (a negative one is a number, not a formula); only text is neutralised.
  const text = typeof value === 'string' && FORMULA_START.test(value) ? `'${value}` : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
