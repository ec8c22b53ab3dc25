/**
 * Publication dates, from the record or the page's own metadata only. Prose is never read for a date: "Saturday,
 * April 27" in a review is a screening, not a publication. Dates become ISO yyyy-mm-dd when they can be read
 * without guessing; anything else (including "04/05/2019", which is April or May depending on the country) is
 * kept as written.
 */

const MONTHS: Record<string, number> = {
  jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10, nov: 11, dec: 12,
};
const ISO = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:$|[T\s])/;
const YMD_SLASH = /^(\d{4})[/.](\d{1,2})[/.](\d{1,2})$/;
const MONTH_NAME = '(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?';
const MONTH_DAY_YEAR = new RegExp(`^(?:[a-z]+,?\\s+)?${MONTH_NAME}\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b`, 'i');
const DAY_MONTH_YEAR = new RegExp(`^(?:[a-z]+,?\\s+)?(\\d{1,2})(?:st|nd|rd|th)?\\s+${MONTH_NAME},?\\s+(\\d{4})\\b`, 'i');

/**
 * "2019-04-12T10:00:00Z", "April 12, 2019", "12 Apr 2019", "2019/04/12" -> "2019-04-12". The date part is
 * taken as written, without converting time zones: the publisher's calendar day is the one to show.
 */
export function normaliseDate(raw: string): string {
  const text = raw.replace(/\s+/g, ' ').trim();
  const ymd = ISO.exec(text) ?? YMD_SLASH.exec(text);
  if (ymd) return isoOrRaw(text, Number(ymd[1]), Number(ymd[2]), Number(ymd[3]));
  const mdy = MONTH_DAY_YEAR.exec(text);
  if (mdy) return isoOrRaw(text, Number(mdy[3]), monthNumber(mdy[1]), Number(mdy[2]));
  const dmy = DAY_MONTH_YEAR.exec(text);
  if (dmy) return isoOrRaw(text, Number(dmy[3]), monthNumber(dmy[2]), Number(dmy[1]));
  return text;
}

function monthNumber(name: string | undefined): number {
  return MONTHS[(name ?? '').toLowerCase()] ?? 0;
}

function isoOrRaw(raw: string, year: number, month: number, day: number): string {
  if (month < 1 || month > 12 || day < 1) return raw;
  // Date.UTC rolls 31 April over into May; a date that changes on the round trip does not exist.
  const probe = new Date(Date.UTC(year, month - 1, day));
  if (probe.getUTCMonth() !== month - 1 || probe.getUTCDate() !== day) return raw;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}
