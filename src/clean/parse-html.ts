/**
 * HTML source -> a linkedom Document that has a real <html> root and body, whatever junk the page starts with.
 * Shared by the clean stage and the extraction benchmark, so Readability is measured on the same DOM we use.
 */
import { parseHTML } from 'linkedom';
import { limitMarkup } from './limit-markup.ts';

/**
 * linkedom builds a usable tree only when <html> is the first element: a fragment gets no body, and anything
 * before <html> (a PHP warning, a stray <style>) becomes the root and leaves the body empty. Such sources are
 * parsed again from their real <html> tag, or wrapped in one. Null when no tree could be built at all. A page
 * nested deeper, or holding more elements, than the parser handles in reasonable time is limited first
 * (limit-markup.ts).
 */
export function parseDocument(source: string): Document | null {
  const html = limitMarkup(source);
  const parse = (source: string): Document | null => {
    try {
      return parseHTML(source).document as Document;
    } catch {
      return null;
    }
  };
  const start = firstHtmlTag(html);
  if (start < 0) return withBodyInPlace(usable(parse(wrapFragment(html))));
  const document = parse(html);
  if (document?.documentElement?.tagName === 'HTML') return withBodyInPlace(document);
  return withBodyInPlace(usable(parse(html.slice(start))) ?? usable(document));
}

const HEAD_TAGS = new Set(['HEAD', 'META', 'LINK', 'SCRIPT', 'STYLE', 'TITLE', 'BASE', 'NOSCRIPT', 'TEMPLATE']);

/**
 * linkedom's `document.body` is the element right after <head>, and when that is not a <body> (a stray <meta>
 * between </head> and <body>) it silently inserts a new, empty body. So the real body is moved next to the head,
 * and content the parser left outside it (a <div> after </body>) is moved in, as a browser would place it.
 */
function withBodyInPlace(document: Document | null): Document | null {
  const root = document?.documentElement;
  if (!document || !root) return document;
  const children = [...root.children];
  const body = children.find((child) => child.tagName === 'BODY');
  if (body === undefined) return document;
  const head = document.head;
  if (head.nextElementSibling !== body) head.after(body);
  const strays = children.filter((child) => child !== body && !HEAD_TAGS.has(child.tagName));
  const bodyAt = children.indexOf(body);
  const before = strays.filter((child) => children.indexOf(child) < bodyAt);
  body.prepend(...before);
  body.append(...strays.filter((child) => children.indexOf(child) > bodyAt));
  return document;
}

function usable(document: Document | null): Document | null {
  return document?.documentElement ? document : null;
}

/** Where the real <html> tag is, skipping the copies old pages put in conditional comments; -1 when none. */
function firstHtmlTag(html: string): number {
  const tags = /<!--[\s\S]*?-->|<html[\s>]/gi;
  for (let match = tags.exec(html); match !== null; match = tags.exec(html)) {
    if (!match[0].startsWith('<!--')) return match.index;
  }
  return -1;
}

/** No closing tags after the fragment: one left inside an unclosed <style> or <textarea> would become its text. */
function wrapFragment(html: string): string {
  if (/<(?:head|body)[\s>]/i.test(html)) return `<html>${html}`;
  return `<html><head></head><body>${html}`;
}
