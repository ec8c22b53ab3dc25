/**
 * Fuzz tests of the HTML cleaner (fast-check): arbitrary markup never throws and comes out as well-formed lines
 * made of the page's own words; on simple generated pages (an article of nested blocks and inline elements,
 * sometimes nested past the depth caps) no word of the body is lost. A failure prints fast-check's seed and path;
 * FUZZ_SEED and FUZZ_PATH replay it (see test/fuzz.ts).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fuzzParameters, hasLoneSurrogate } from '../../test/fuzz.ts';
import type { CleanDocument } from '../domain/document.ts';
import { articleLines } from './article-lines.ts';
import { cleanHtml } from './clean-html.ts';
import { comparisonKey, normalizeSpace } from './normalize-text.ts';
import { parseDocument } from './parse-html.ts';

const TAGS = ['div', 'p', 'span', 'b', 'a', 'section', 'article', 'li', 'ul', 'table', 'tr', 'td', 'h1', 'h2', 'br', 'img', 'aside', 'nav', 'svg', 'script', 'style', 'template', 'select', 'option', 'textarea'];
const markupPiece = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...TAGS).map((tag) => `<${tag}>`) },
  { weight: 3, arbitrary: fc.constantFrom(...TAGS).map((tag) => `</${tag}>`) },
  {
    weight: 2,
    arbitrary: fc.constantFrom(
      '<div class="share">', '<p hidden>', '<div class="entry-content">', '<span itemprop="reviewBody">', '<a href="/x">',
      '<!--', '-->', '<!DOCTYPE html>', '<html>', '</html>', '<head>', '<body>', '<meta property="og:title" content="Her Smell">',
      '<script type="application/ld+json">{"@type":"Review","reviewRating":{"ratingValue":"4"}}</script>', '<', '>', '"', "'", '=',
      '&amp;', '&lt;', '/>',
    ),
  },
  { weight: 5, arbitrary: fc.constantFrom(' the ', ' film ', ' Moss is ferocious. ', ' Her Smell ', ' review ', ' Rating: 4/5 ', ' Comments ', '\n') },
  { weight: 2, arbitrary: fc.string({ unit: 'grapheme', maxLength: 5 }).filter((text) => !text.includes('&')).map((text) => ` ${text} `) },
  { weight: 1, arbitrary: fc.integer({ min: 0xd800, max: 0xdfff }).map((code) => ` ${String.fromCharCode(code)} `) },
);
const markup = fc.array(markupPiece, { maxLength: 60 }).map((pieces) => pieces.join(''));

function outputs(clean: CleanDocument): string[] {
  return [...clean.paragraphs, ...clean.headings, ...clean.dropped.map((line) => line.text)];
}

function words(value: string): Set<string> {
  return new Set(comparisonKey(value).split(' ').filter((word) => word !== ''));
}

describe('cleanHtml (fuzz): arbitrary markup', () => {
  it('never throws and returns well-formed lines of the input\'s own words', () => {
    fc.assert(
      fc.property(markup, (html) => {
        const clean = cleanHtml(html);
        // Text comes in pieces with spaces around them, so that removing a tag or a script never joins two words.
        const given = words(normalizeSpace(html));
        for (const output of outputs(clean)) {
          expect(output).not.toBe('');
          expect(output).toBe(output.trim());
          expect(output).not.toMatch(/\n/);
          if (!hasLoneSurrogate(html)) expect(hasLoneSurrogate(output)).toBe(false);
          for (const word of words(output)) expect(given.has(word)).toBe(true);
        }
      }),
      fuzzParameters(1_000),
    );
  });
});

/** A generated page: its HTML and the text of every text node in its body. */
interface Page {
  html: string;
  texts: string[];
}

type Tree = { text: string } | { tag: string; children: Tree[] };

const BLOCKS = ['div', 'section', 'p', 'blockquote', 'ul', 'li', 'h2', 'h3'];
const INLINES = ['span', 'b', 'i', 'em', 'strong', 'a'];
const WORDS = ['ferry', 'captain', 'harbour', 'lantern', 'quiet', 'storm', 'Moss', 'Perry', 'tender', 'slow', 'sea', 'night'];

const { tree } = fc.letrec<{ tree: Tree; node: Tree }>((tie) => ({
  tree: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 6 }).map((chosen) => ({ text: ` ${chosen.join(' ')} ` })),
    tie('node'),
  ),
  node: fc.record({ tag: fc.constantFrom(...BLOCKS, ...INLINES), children: fc.array(tie('tree'), { maxLength: 4 }) }),
}));

// Enough prose (MIN_MARKED_PROSE, 400 characters) that the page's <article> is trusted as the article
// (main-content.ts). With less, Readability chose the text, and Readability leaves out short runs of text beside
// a nested block by design: the property is about the block walk and the depth caps, not Readability's choices.
const PROSE = 'The harbour town is shot with obvious affection, all wet cobbles and sodium light, and the sound design makes every creak of the ferry feel like weather arriving from somewhere far off. By the final crossing I admired the craft and felt very little, which is a strange thing to say about a film this sincere. The score, mostly a single cello, does more work than the script ever asks of it, and the last shot of the empty quay stays with you for days.';

function render(node: Tree, texts: string[]): string {
  if ('text' in node) {
    texts.push(node.text);
    return node.text;
  }
  const href = node.tag === 'a' ? ' href="/x"' : '';
  return `<${node.tag}${href}>${node.children.map((child) => render(child, texts)).join('')}</${node.tag}>`;
}

// Most pages nest a few levels; some go past bound-tree.ts's cap (128) and limit-markup.ts's (512).
const depth = fc.oneof({ weight: 6, arbitrary: fc.integer({ min: 0, max: 30 }) }, { weight: 1, arbitrary: fc.integer({ min: 100, max: 700 }) });
const page = fc.tuple(fc.array(tree, { minLength: 1, maxLength: 5 }), depth).map(
  ([trees, depth]): Page => {
    const texts: string[] = [PROSE];
    const body = trees.map((node) => render(node, texts)).join('');
    const html = `<html><head><title>T</title></head><body><article>${'<div>'.repeat(depth)}${body}${'</div>'.repeat(depth)}<p>${PROSE}</p></article></body></html>`;
    return { html, texts };
  },
);

describe('cleanHtml (fuzz): generated pages', () => {
  it('reads the generated pages through their own <article>, not Readability (the premise of the next test)', () => {
    const html = `<html><head><title>T</title></head><body><article><div> sea </div><p>${PROSE}</p></article></body></html>`;
    expect(articleLines(parseDocument(html) as Document).method).toBe('marked');
  });

  it('loses no word of the body, however the blocks are nested', () => {
    fc.assert(
      fc.property(page, ({ html, texts }) => {
        const kept = words(outputs(cleanHtml(html)).join('\n'));
        const lost = [...words(texts.join(' '))].filter((word) => !kept.has(word));
        expect(lost).toEqual([]);
      }),
      fuzzParameters(250),
    );
  });
});
