/**
 * A streaming CSV reader (RFC 4180: comma-separated, "" escapes a quote inside a quoted field, quoted fields may
 * span lines) that reports a malformed record with its line number and goes on with the next one. A general CSV
 * library stops at the first malformed record, which loses every row after it.
 *
 * Lenient where spreadsheets are (a quote inside an unquoted field is a literal quote, as in 12" vinyl); strict
 * where the row would otherwise be read wrongly (text after a closing quote). Each record is held up to a cap; a
 * bigger one is measured, reported and skipped. A quote never closed swallows the rest of the file, so at the end
 * that record is reported and the lines after it are read again, this time with no field spanning lines.
 */

export type CsvItem =
  /** `line`: the line the record starts on (1-based). */
  | { kind: 'record'; cells: string[]; line: number }
  | { kind: 'error'; line: number; message: string };

export interface CsvReadOptions {
  /** Characters one record may hold. */
  maxRecordChars: number;
}

export async function* readCsvRecords(chunks: AsyncIterable<string>, options: CsvReadOptions): AsyncGenerator<CsvItem> {
  const parser = new CsvParser(options.maxRecordChars, false, 1);
  for await (const chunk of chunks) {
    parser.push(chunk);
    yield* parser.take();
  }
  yield* parser.end();
}

class CsvParser {
  private items: CsvItem[] = [];
  private cells: string[] = [];
  private field = '';
  private inQuotes = false;
  /** A quote seen inside quotes: closing, or the first of a "" pair, decided by the next character. */
  private quotePending = false;
  private afterQuote = false;
  private fieldStart = true;
  private line: number;
  private recordLine: number;
  private recordChars = 0;
  /** The record's raw text, kept (up to the cap) to read its lines again if its quote never closes. */
  private raw: string[] = [];
  private bad: string | null = null;
  /** Over the cap: the record is only followed to its end, not held. */
  private skipping = false;

  constructor(
    private readonly maxChars: number,
    /** Quoted fields may not span lines: used for the lines after a quote that never closed. */
    private readonly lineMode: boolean,
    firstLine: number,
  ) {
    this.line = firstLine;
    this.recordLine = firstLine;
  }

  take(): CsvItem[] {
    const items = this.items;
    this.items = [];
    return items;
  }

  push(text: string): void {
    let recordStart = 0;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (this.quotePending) {
        this.quotePending = false;
        if (c === QUOTE) {
          this.append('"');
          continue;
        }
        this.inQuotes = false;
        this.afterQuote = true;
      }
      this.recordChars++;
      if (this.recordChars > this.maxChars && !this.skipping) this.startSkipping();
      if (this.inQuotes) {
        if (c === QUOTE) {
          this.quotePending = true;
        } else if (c === NEWLINE) {
          this.line++;
          if (this.lineMode) {
            this.bad = 'a quoted field is not closed on its line';
            this.endRecord();
            recordStart = i + 1;
            continue;
          }
          this.append('\n');
        } else {
          // Runs of plain text inside quotes are copied in one slice, not a character at a time.
          const next = nextQuoteOrNewline(text, i);
          this.append(text.slice(i, next));
          this.recordChars += next - i - 1;
          i = next - 1;
        }
        continue;
      }
      if (c === NEWLINE) {
        this.line++;
        this.keepRaw(text.slice(recordStart, i + 1));
        recordStart = i + 1;
        this.endRecord();
        continue;
      }
      if (c === CARRIAGE_RETURN && (this.afterQuote || this.fieldStart)) continue;
      if (this.afterQuote && c !== COMMA) {
        this.bad ??= `unexpected text after a closing quote (field ${this.cells.length + 1})`;
        continue;
      }
      if (c === COMMA) {
        this.endField();
      } else if (c === QUOTE && this.fieldStart) {
        this.inQuotes = true;
        this.fieldStart = false;
      } else {
        this.fieldStart = false;
        this.append(text.charAt(i));
      }
    }
    this.keepRaw(text.slice(recordStart));
  }

  *end(): Generator<CsvItem> {
    if (this.quotePending) {
      this.quotePending = false;
      this.inQuotes = false;
      this.afterQuote = true;
    }
    if (this.inQuotes) {
      yield* this.take();
      yield* this.unclosedQuote();
      return;
    }
    if (!this.fieldStart || this.cells.length > 0 || this.afterQuote || this.bad) this.endRecord();
    yield* this.take();
  }

  private *unclosedQuote(): Generator<CsvItem> {
    const line = this.recordLine;
    if (this.skipping || this.lineMode) {
      yield { kind: 'error', line, message: `a quote opened on line ${line} is never closed; the rest of the file (to line ${this.line}) could not be read as rows` };
      return;
    }
    yield { kind: 'error', line, message: `a quote opened on line ${line} is never closed; the lines after it are read again one row per line` };
    const raw = this.raw.join('');
    const afterFirstLine = raw.indexOf('\n');
    if (afterFirstLine < 0) return;
    const again = new CsvParser(this.maxChars, true, line + 1);
    again.push(raw.slice(afterFirstLine + 1));
    yield* again.end();
  }

  private startSkipping(): void {
    this.skipping = true;
    this.cells = [];
    this.field = '';
    this.raw = [];
    this.bad = `the record is over the ${this.maxChars}-character limit for one row (raise it with --max-bytes)`;
  }

  private append(text: string): void {
    if (!this.skipping) this.field += text;
  }

  private keepRaw(text: string): void {
    if (!this.skipping && !this.lineMode && text !== '') this.raw.push(text);
  }

  private endField(): void {
    if (!this.skipping) this.cells.push(this.field);
    this.field = '';
    this.fieldStart = true;
    this.afterQuote = false;
  }

  private endRecord(): void {
    this.endField();
    const blank = this.cells.length === 1 && this.cells[0] === '' && !this.bad;
    if (this.bad) this.items.push({ kind: 'error', line: this.recordLine, message: this.bad });
    else if (!blank) this.items.push({ kind: 'record', cells: this.cells.map(stripTrailingReturn), line: this.recordLine });
    this.cells = [];
    this.inQuotes = false;
    this.afterQuote = false;
    this.bad = null;
    this.skipping = false;
    this.raw = [];
    this.recordChars = 0;
    this.recordLine = this.line;
  }
}

const QUOTE = 0x22;
const NEWLINE = 0x0a;
const CARRIAGE_RETURN = 0x0d;
const COMMA = 0x2c;

/** The index of the next quote or newline after `from` (newlines are counted, so the copy stops at them). */
function nextQuoteOrNewline(text: string, from: number): number {
  const quote = text.indexOf('"', from);
  const newline = text.indexOf('\n', from);
  let next = quote < 0 ? text.length : quote;
  if (newline >= 0 && newline < next) next = newline;
  return Math.max(next, from + 1);
}

/** An unquoted last field of a CRLF file ends in "\r". */
function stripTrailingReturn(cell: string): string {
  return cell.endsWith('\r') ? cell.slice(0, -1) : cell;
}
