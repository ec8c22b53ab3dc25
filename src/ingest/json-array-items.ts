/**
 * The items of a JSON export (an array of rows, an object whose `reviews` member is one, or Plaudit's own export,
 * whose `films` each hold their `reviews`) read as a stream: each
 * item's text is cut out by following brackets and strings, then parsed alone, so a file of any size is read in the
 * memory of one item, and one bad item is reported without losing the others. An item over the cap is measured,
 * not held.
 */

export type JsonArrayItem =
  /** `index` is 1-based, as a user counts. */
  | { kind: 'item'; text: string; index: number }
  | { kind: 'too-large'; index: number; length: number }
  /** The file itself is not an array of rows (or breaks off): nothing after this is read. */
  | { kind: 'error'; message: string };

const ROWS_KEY = 'reviews';
const FILMS_KEY = 'films';
const NOT_ROWS = 'the file is not a JSON array of reviews (nor an object with a "reviews" array)';

export async function* readJsonArrayItems(chunks: AsyncIterable<string>, maxItemChars: number): AsyncGenerator<JsonArrayItem> {
  const splitter = new ItemSplitter(maxItemChars);
  for await (const chunk of chunks) {
    const done = splitter.push(chunk);
    yield* splitter.take();
    if (done) return;
  }
  yield* splitter.take();
  const ending = splitter.ending();
  if (ending) yield ending;
}

class ItemSplitter {
  private items: JsonArrayItem[] = [];
  /** Open brackets, innermost last. */
  private stack: string[] = [];
  private inString = false;
  private escaped = false;
  /** Depth of the array of rows now open, or -1. A Plaudit export has one per film. */
  private rowsDepth = -1;
  private foundRows = false;
  private item: string[] | null = null;
  private itemLength = 0;
  private index = 0;
  /** The current string inside an object at a depth that names rows (a member name or a value), up to a few characters. */
  private key = '';
  /** By depth: the name of the member being read in the object open at that depth. */
  private memberNames: string[] = [];
  private sawRoot = false;
  private failed = false;

  take(): JsonArrayItem[] {
    const items = this.items;
    this.items = [];
    return items;
  }

  /** Feeds text; true when the file is known to be unusable and reading can stop. */
  push(text: string): boolean {
    let itemFrom = 0;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (this.inString) {
        if (this.escaped) this.escaped = false;
        else if (c === BACKSLASH) this.escaped = true;
        else if (c === QUOTE) this.inString = false;
        else if (this.key.length < 20 && this.namesMembers()) this.key += text.charAt(i);
        continue;
      }
      if (c === QUOTE) {
        if (this.stack.length === 0 && !this.sawRoot) {
          this.fail(NOT_ROWS);
          return true;
        }
        this.inString = true;
        if (this.namesMembers()) this.key = '';
        if (this.atRowLevel() && this.item === null) {
          this.startItem();
          itemFrom = i;
        }
        continue;
      }
      if (c === COLON && this.namesMembers()) this.memberNames[this.stack.length] = this.key;
      if (isSpace(c)) continue;
      if (this.atRowLevel() && (c === COMMA || c === CLOSE_SQUARE)) {
        if (this.item !== null) {
          this.keep(text.slice(itemFrom, i));
          this.endItem();
        }
        if (c === CLOSE_SQUARE) {
          this.stack.pop();
          this.rowsDepth = -1;
        }
        continue;
      }
      if (this.atRowLevel() && this.item === null) {
        this.startItem();
        itemFrom = i;
      }
      if (c === OPEN_SQUARE || c === OPEN_CURLY) {
        if (!this.open(c)) return true;
      } else if (c === CLOSE_SQUARE || c === CLOSE_CURLY) {
        if (!this.close(c)) return true;
      } else if (this.stack.length === 0 && !this.sawRoot) {
        this.fail(NOT_ROWS);
        return true;
      }
    }
    if (this.item !== null) this.keep(text.slice(itemFrom));
    return false;
  }

  ending(): JsonArrayItem | null {
    if (this.failed) return null;
    if (!this.sawRoot) return { kind: 'error', message: 'the file holds no JSON value' };
    if (!this.foundRows) return { kind: 'error', message: 'expected an array of reviews (or an object with a "reviews" array)' };
    if (this.stack.length > 0) return { kind: 'error', message: `the file ends before its array of reviews does (after item ${this.index}): it is cut short` };
    return null;
  }

  private atRowLevel(): boolean {
    return this.rowsDepth >= 0 && this.stack.length === this.rowsDepth;
  }

  /** Inside an object whose member names can lead to rows (the top level, or a film of `films`). */
  private namesMembers(): boolean {
    const depth = this.stack.length;
    return (depth === 1 || depth === 3) && this.stack[depth - 1] === '{';
  }

  /**
   * Whether the array just opened holds rows: the top-level array, the top-level object's `reviews`, or in
   * Plaudit's export `{"films": [{"reviews": [...]}, ...]}` each film's `reviews` (the paths are exact, so a
   * `reviews` member deeper in a film's profile is passed over).
   */
  private opensRows(): boolean {
    const s = this.stack;
    const names = this.memberNames;
    if (this.rowsDepth >= 0) return false;
    if (s.length === 1) return true;
    if (s.length === 2) return s[0] === '{' && names[1] === ROWS_KEY;
    return s.length === 4 && s.join('') === '{[{[' && names[1] === FILMS_KEY && names[3] === ROWS_KEY;
  }

  private open(c: number): boolean {
    const bracket = c === OPEN_SQUARE ? '[' : '{';
    if (this.stack.length === 0) {
      if (this.sawRoot) {
        this.fail('the file holds more than one JSON value');
        return false;
      }
      this.sawRoot = true;
    }
    this.stack.push(bracket);
    if (bracket === '[' && this.opensRows()) {
      this.rowsDepth = this.stack.length;
      this.foundRows = true;
    }
    return true;
  }

  private close(c: number): boolean {
    const expected = c === CLOSE_SQUARE ? '[' : '{';
    if (this.stack.pop() !== expected) {
      this.fail(`the JSON breaks off in item ${Math.max(this.index, 1)} (a bracket closes what it did not open); the rest of the file is not read`);
      return false;
    }
    return true;
  }

  private startItem(): void {
    this.index++;
    this.item = [];
    this.itemLength = 0;
  }

  private keep(text: string): void {
    if (this.item === null) return;
    this.itemLength += text.length;
    if (this.itemLength > this.maxChars) this.item.length = 0;
    else this.item.push(text);
  }

  private endItem(): void {
    const item: JsonArrayItem =
      this.itemLength > this.maxChars
        ? { kind: 'too-large', index: this.index, length: this.itemLength }
        : { kind: 'item', text: this.item!.join(''), index: this.index };
    this.items.push(item);
    this.item = null;
  }

  private fail(message: string): void {
    this.failed = true;
    this.items.push({ kind: 'error', message });
  }

  constructor(private readonly maxChars: number) {}
}

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const COMMA = 0x2c;
const COLON = 0x3a;
const OPEN_SQUARE = 0x5b;
const CLOSE_SQUARE = 0x5d;
const OPEN_CURLY = 0x7b;
const CLOSE_CURLY = 0x7d;

function isSpace(c: number): boolean {
  return c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09 || c === 0xfeff;
}
