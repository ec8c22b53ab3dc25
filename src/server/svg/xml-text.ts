/**
 * Text for XML output (the standalone SVG badge). XML 1.0 forbids some characters outright, escaped or not: C0
 * controls other than tab, newline and carriage return, lone UTF-16 surrogates, and U+FFFE/U+FFFF. One of them in
 * a film title makes the whole document unparsable, so they are dropped before the text is escaped.
 */

// Pairs are matched first so that only lone surrogates fall through to the second and third alternatives.
const FORBIDDEN = /([\uD800-\uDBFF][\uDC00-\uDFFF])|[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDFFF]/g;

/**
 * @example
 * xmlText('Bell\u0007 \uD800Jar')   // 'Bell Jar'
 */
export function xmlText(text: string): string {
  return text.replace(FORBIDDEN, (match, pair: string | undefined) => pair ?? '');
}
