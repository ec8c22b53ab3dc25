import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { blockLines } from './html-blocks.ts';

function bodyOf(html: string): HTMLElement {
  return (parseHTML(`<html><body>${html}</body></html>`).document as Document).body;
}

describe('blockLines', () => {
  it('makes one line per block element and joins inline elements', () => {
    const lines = blockLines(
      bodyOf('<h2>Verdict</h2><p>A <em>quiet</em> <a href="#">triumph</a>.</p><ul><li>One</li><li>Two</li></ul><blockquote>Quoted.</blockquote>'),
    );
    expect(lines.map((line) => [line.text, line.kind])).toEqual([
      ['Verdict', 'heading'],
      ['A quiet triumph.', 'text'],
      ['One', 'text'],
      ['Two', 'text'],
      ['Quoted.', 'text'],
    ]);
  });

  it('breaks lines at <br>, marks figure captions and skips scripts and styles', () => {
    const lines = blockLines(
      bodyOf('<p>Line one<br>Line two</p><figure><img src="a.jpg"><figcaption>Greta Lee in Past Lives</figcaption></figure><script>var a = 1;</script><style>p{}</style>'),
    );
    expect(lines.map((line) => [line.text, line.kind])).toEqual([
      ['Line one', 'text'],
      ['Line two', 'text'],
      ['Greta Lee in Past Lives', 'caption'],
    ]);
  });

  it('reads a table row as one line', () => {
    const lines = blockLines(bodyOf('<table><tr><th>Director:</th><td>Celine Song</td></tr><tr><td>Runtime</td><td>106 min</td></tr></table>'));
    expect(lines.map((line) => line.text)).toEqual(['Director: Celine Song', 'Runtime | 106 min']);
  });

  it('skips menus, dialogs and hidden elements only when asked to', () => {
    const html = '<nav>Menu</nav><p>Body.</p><div hidden>Secret</div><div style="display: none">Gone</div><footer>Foot</footer>';
    expect(blockLines(bodyOf(html), { skipChrome: true }).map((line) => line.text)).toEqual(['Body.', 'Foot']);
    expect(blockLines(bodyOf(html)).map((line) => line.text)).toEqual(['Menu', 'Body.', 'Secret', 'Gone', 'Foot']);
  });
});
