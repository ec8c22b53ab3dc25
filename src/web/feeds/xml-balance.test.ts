import { describe, expect, it } from 'vitest';
import { xmlNestingProblem } from './xml-balance.ts';

describe('xmlNestingProblem', () => {
  it('accepts nested elements, self-closing tags, comments, CDATA, PIs, a DOCTYPE and ">" inside attributes', () => {
    const xml = `<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY x "y">]><!-- <a> --><rss a="1>2"><b/><c><![CDATA[<d>]]></c></rss>`;
    expect(xmlNestingProblem(xml)).toBeNull();
  });

  it('names the first problem and its line', () => {
    expect(xmlNestingProblem('<a>\n<b></a>')).toBe('</a> on line 2 where </b> was expected');
    expect(xmlNestingProblem('<a></a></b>')).toBe('</b> on line 1 closes nothing');
    expect(xmlNestingProblem('<a><b>text')).toBe('the document ends before <b> is closed (was it cut off?)');
    expect(xmlNestingProblem('<a><b attr="x')).toBe('the document ends inside a tag on line 1 (was it cut off?)');
    expect(xmlNestingProblem('<a><!-- never')).toBe('an unclosed comment on line 1');
  });
});
