/**
 * The value forms of catalog cells: ids, years, runtimes, dates and lists, each read strictly. A value that is
 * there but malformed gives a reason a person can act on, never a silent guess.
 */

export type Read<T> = { value: T } | { reason: string };

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** "A|B" -> ["A", "B"], blanks and repeats left out. */
export function splitList(text: string): string[] {
  return [...new Set(text.split('|').map((part) => part.replace(/\s+/g, ' ').trim()).filter(Boolean))];
}

export function readImdbId(text: string): Read<string> {
  return /^tt\d{7,10}$/.test(text) ? { value: text } : { reason: `"${text}" is not an IMDb id (tt and 7 to 10 digits, e.g. tt0077651)` };
}

export function readTmdbId(text: string): Read<number> {
  const n = Number(text);
  return /^\d+$/.test(text) && Number.isSafeInteger(n) && n > 0 ? { value: n } : { reason: `"${text}" is not a TMDb id (a positive whole number)` };
}

export function readWikidataId(text: string): Read<string> {
  const id = text.toUpperCase();
  return /^Q[1-9]\d*$/.test(id) ? { value: id } : { reason: `"${text}" is not a Wikidata id (Q and digits, e.g. Q221103)` };
}

/** Films were first shown in the 1870s; more than ten years ahead is a typo, not an announced film. */
export function readYear(text: string, currentYear: number): Read<number> {
  const year = Number(text);
  if (!/^\d{4}$/.test(text)) return { reason: `year "${text}" is not a year` };
  if (year < 1870 || year > currentYear + 10) return { reason: `year ${year} is out of range (1870 to ${currentYear + 10})` };
  return { value: year };
}

/** "104", "104 minutes", "104 min": a feature or short runs 1 to 1,000 minutes (the longest films run ~14 hours). */
export function readRuntime(text: string): Read<number> {
  const match = /^(\d{1,5})\s*(?:m|min|mins|minutes?)?\.?$/i.exec(text);
  const minutes = match ? Number(match[1]) : NaN;
  if (!(minutes >= 1 && minutes <= 1000)) return { reason: `runtime "${text}" is not a number of minutes (e.g. 104 or "104 minutes")` };
  return { value: minutes };
}

/** "1971-10-09", "Oct 9, 1971", "October 9 1971" or "9 Oct 1971" -> "1971-10-09"; a day that does not exist is refused. */
export function readDate(text: string): Read<string> {
  const notDate: Read<string> = { reason: `"${text}" is not a date (e.g. 1971-10-09 or Oct 9, 1971)` };
  const parts = dateParts(text.trim());
  if (parts === null) return notDate;
  const [year, month, day] = parts;
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return notDate;
  return { value: `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}` };
}

function dateParts(text: string): [number, number, number] | null {
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(text);
  if (iso) return [Number(iso[1]), Number(iso[2]), Number(iso[3])];
  const monthFirst = /^([A-Za-z]{3,9})\.?\s+(\d{1,2}),?\s+(\d{4})$/.exec(text);
  if (monthFirst) return withMonth(monthFirst[1]!, Number(monthFirst[3]), Number(monthFirst[2]));
  const dayFirst = /^(\d{1,2})\s+([A-Za-z]{3,9})\.?,?\s+(\d{4})$/.exec(text);
  if (dayFirst) return withMonth(dayFirst[2]!, Number(dayFirst[3]), Number(dayFirst[1]));
  return null;
}

function withMonth(name: string, year: number, day: number): [number, number, number] | null {
  const index = MONTHS.indexOf(name.slice(0, 3).toLowerCase());
  // "Sept" and full names are fine; "Octopus" is not a month.
  if (index < 0 || !FULL_MONTHS[index]!.startsWith(name.toLowerCase().replace(/^sept$/, 'sep'))) return null;
  return [year, index + 1, day];
}

const FULL_MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
