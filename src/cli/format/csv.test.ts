import { describe, expect, it } from 'vitest';
import { csvRow } from './csv.ts';

describe('csvRow', () => {
  it('quotes cells with commas, quotes and line breaks', () => {
    expect(csvRow(['a,b', 'say "hi"', 'two\nlines', 3, null])).toBe('"a,b","say ""hi""","two\nlines",3,');
  });

  it.each([
    ['=HYPERLINK("http://evil.example","click")', `"'=HYPERLINK(""http://evil.example"",""click"")"`],
    ['@SUM(A1:A9)', "'@SUM(A1:A9)"],
    ['+1+1', "'+1+1"],
    ['-2+3', "'-2+3"],
    ['\tindented', "'\tindented"],
    ['\r=1', `"'\r=1"`],
  ])('neutralises a text cell a spreadsheet would run: %j', (value, written) => {
    expect(csvRow([value])).toBe(written);
  });

  it('adds one more apostrophe to a cell already escaped so, and none to an apostrophe before plain text', () => {
    expect(csvRow(["'=1", "''-2", "'quoted'"])).toBe("''=1,'''-2,'quoted'");
  });

  it('leaves numbers, negative ones included, as numbers', () => {
    expect(csvRow([-5, 0.25, true])).toBe('-5,0.25,true');
  });
});
