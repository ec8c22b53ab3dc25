/**
 * Whether a value may be shown as a link: only absolute http(s) URLs. Anything else from an export or a page
 * (`javascript:`, `data:`, a relative path) would run or mislead in a browser, so it is never stored as a link.
 *
 * @example
 * isHttpUrl('https://example.com/review'); // true
 * isHttpUrl('javascript:alert(1)'); // false
 */
export function isHttpUrl(value: string | null | undefined): value is string {
  if (!value) return false;
  try {
    const { protocol } = new URL(value);
    return protocol === 'http:' || protocol === 'https:';
  } catch {
    return false;
  }
}
