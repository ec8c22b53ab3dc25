/**
 * Whether every XML element that opens also closes, in order. feedsmith's parser (fast-xml-parser) throws on a
 * mismatched close tag but reads a document cut off mid-way as if it ended there, so a feed truncated in transit
 * would pass as a shorter one with a half-read last item. This scan catches that, with a line number for the
 * message. It checks the nesting only; everything else is the parser's business.
 */

/** A message naming the first problem, or null when the elements nest. */
export function xmlNestingProblem(text: string): string | null {
  const open: string[] = [];
  let at = text.indexOf('<');
  while (at !== -1) {
    const end = skipMarkup(text, at, open);
    if (typeof end === 'string') return end;
    at = text.indexOf('<', end);
  }
  if (open.length > 0) return `the document ends before <${open.at(-1)}> is closed (was it cut off?)`;
  return null;

  function skipMarkup(source: string, start: number, stack: string[]): number | string {
    const line = () => lineAt(source, start);
    if (source.startsWith('<!--', start)) return after(source, '-->', start, `an unclosed comment on line ${line()}`);
    if (source.startsWith('<![CDATA[', start)) return after(source, ']]>', start, `an unclosed CDATA section on line ${line()}`);
    if (source.startsWith('<?', start)) return after(source, '?>', start, `an unclosed processing instruction on line ${line()}`);
    if (source.startsWith('<!', start)) {
      // A DOCTYPE, perhaps with an internal subset in brackets.
      const bracket = source.indexOf('[', start);
      const close = source.indexOf('>', start);
      if (bracket !== -1 && close !== -1 && bracket < close) return after(source, ']>', start, `an unclosed DOCTYPE on line ${line()}`);
      return close === -1 ? `an unclosed DOCTYPE on line ${line()}` : close + 1;
    }
    const close = tagEnd(source, start);
    if (close === -1) return `the document ends inside a tag on line ${line()} (was it cut off?)`;
    const tag = source.slice(start + 1, close);
    if (tag.startsWith('/')) {
      const name = tag.slice(1).trim();
      const expected = stack.pop();
      if (expected === undefined) return `</${name}> on line ${line()} closes nothing`;
      if (expected !== name) return `</${name}> on line ${line()} where </${expected}> was expected`;
    } else if (!tag.endsWith('/')) {
      const name = /^[^\s/>]+/.exec(tag)?.[0];
      if (name === undefined) return `a tag without a name on line ${line()}`;
      stack.push(name);
    }
    return close + 1;
  }
}

function after(text: string, terminator: string, from: number, problem: string): number | string {
  const found = text.indexOf(terminator, from);
  return found === -1 ? problem : found + terminator.length;
}

/** The index of the '>' that ends the tag opening at `start`, skipping quoted attribute values; -1 if none. */
function tagEnd(text: string, start: number): number {
  let quote = '';
  for (let index = start + 1; index < text.length; index++) {
    const char = text[index];
    if (quote !== '') {
      if (char === quote) quote = '';
    } else if (char === '"' || char === "'") {
      quote = char;
    } else if (char === '>') {
      return index;
    }
  }
  return -1;
}

function lineAt(text: string, index: number): number {
  let line = 1;
  for (let at = text.indexOf('\n'); at !== -1 && at < index; at = text.indexOf('\n', at + 1)) line++;
  return line;
}
