/**
 * The character encoding an HTML page declares for itself (`<meta charset>` or the http-equiv Content-Type), read
 * from its first bytes the way browsers do, so a windows-1252 or Shift_JIS page is decoded as its author meant.
 */
const PRESCAN_BYTES = 2048;
const META_CHARSET = /<meta[^>]+charset\s*=\s*["']?\s*([a-z0-9_:.-]+)/i;

/** The declared encoding's label when the runtime can decode it, or null when there is none or it is unknown. */
export function declaredHtmlCharset(bytes: Uint8Array): string | null {
  const head = Buffer.from(bytes.subarray(0, PRESCAN_BYTES)).toString('latin1');
  const label = META_CHARSET.exec(head)?.[1]?.toLowerCase();
  if (!label) return null;
  try {
    return new TextDecoder(label).encoding;
  } catch {
    return null;
  }
}
