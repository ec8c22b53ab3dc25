import { describe, expect, it } from 'vitest';
import { parseDocument } from './parse-html.ts';

describe('parseDocument', () => {
  it('keeps the body of a page with a stray element between </head> and <body>', () => {
    // linkedom would otherwise hand out a new, empty <body> and leave the real one beside it.
    const document = parseDocument('<html><head><title>T</title></head><meta name="x" content="y"><body><p>Review text.</p></body></html>');
    expect(document?.body.textContent).toBe('Review text.');
  });

  it('moves content the parser left after </body> into the body, in order', () => {
    const document = parseDocument('<html><head></head><body><p>One.</p></body><div>Two.</div><div>Three.</div></html>');
    expect(document?.body.textContent).toBe('One.Two.Three.');
  });

  it('parses a fragment and a page with junk before <html>', () => {
    expect(parseDocument('<p>Just a paragraph.</p>')?.body.textContent).toBe('Just a paragraph.');
    expect(parseDocument('Warning: x<br>\n<html><body><p>Body.</p></body></html>')?.body.textContent).toBe('Body.');
  });
});
