import { describe, expect, it } from 'vitest';
import { declaredHtmlCharset } from './html-charset.ts';

const page = (head: string) => Buffer.from(`<!doctype html><html><head>${head}</head><body>x</body></html>`, 'latin1');

describe('declaredHtmlCharset', () => {
  it('reads <meta charset> and the http-equiv Content-Type, as the runtime names them', () => {
    expect(declaredHtmlCharset(page('<meta charset="ISO-8859-1">'))).toBe('windows-1252');
    expect(declaredHtmlCharset(page('<meta http-equiv="Content-Type" content="text/html; charset=windows-1250">'))).toBe('windows-1250');
    expect(declaredHtmlCharset(page("<meta charset='utf-8'>"))).toBe('utf-8');
  });

  it('is null when nothing is declared or the label is unknown', () => {
    expect(declaredHtmlCharset(page('<title>x</title>'))).toBeNull();
    expect(declaredHtmlCharset(page('<meta charset="klingon-8">'))).toBeNull();
  });
});
