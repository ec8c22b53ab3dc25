/**
 * Page metadata read from the DOM as the page states it (meta tags, link tags, JSON-LD, <time>), before
 * Readability rewrites the document. No guessing here: extraction weighs these sources later.
 */
import type { PageMetadata } from '../domain/document.ts';
import { parseJsonLdBlocks } from './json-ld.ts';
import { comparisonKey, normalizeSpace } from './normalize-text.ts';
import { tagOf } from './tag-name.ts';

const DATE_KEYS = [
  'article:published_time', 'og:published_time', 'article:published', 'datepublished', 'date', 'pubdate',
  'publishdate', 'publish-date', 'publish_date', 'publication_date', 'dc.date', 'dc.date.issued', 'dcterms.created',
  'dcterms.issued', 'sailthru.date', 'parsely-pub-date', 'article.published',
];
const AUTHOR_KEYS = ['author', 'article:author', 'dc.creator', 'dcterms.creator', 'parsely-author', 'sailthru.author', 'byl'];

export interface PageInfo {
  metadata: PageMetadata;
  /** The page's headline as the page marks it (h1, og:title), for `headings`. */
  headlines: string[];
}

/** The elements metadata is read from, gathered in one walk (each querySelectorAll is a walk of its own). */
interface MetadataElements {
  title: Element | null;
  metas: Element[];
  scripts: Element[];
  links: Element[];
  times: Element[];
  h1s: Element[];
}

const MAX_H1S = 5;

export function readPageInfo(document: Document): PageInfo {
  const elements = collectElements(document);
  const meta = readMetaTags(elements.metas);
  const metadata = readPageMetadata(document, elements, meta);
  return { metadata, headlines: readHeadlines(elements.h1s, metadata, meta.get('og:title')) };
}

function collectElements(document: Document): MetadataElements {
  const found: MetadataElements = { title: null, metas: [], scripts: [], links: [], times: [], h1s: [] };
  const visit = (parent: Element): void => {
    for (let child = parent.firstElementChild; child !== null; child = child.nextElementSibling) {
      switch (tagOf(child)) {
        case 'TITLE':
          found.title ??= child;
          continue;
        case 'META':
          found.metas.push(child);
          continue;
        case 'SCRIPT':
          found.scripts.push(child);
          continue;
        case 'LINK':
          found.links.push(child);
          continue;
        case 'TIME':
          found.times.push(child);
          break;
        case 'H1':
          if (found.h1s.length < MAX_H1S) found.h1s.push(child);
          break;
        case 'STYLE':
        case 'SVG':
        case 'svg':
          continue;
      }
      visit(child);
    }
  };
  if (document.documentElement) visit(document.documentElement);
  return found;
}

function readPageMetadata(document: Document, elements: MetadataElements, meta: Map<string, string>): PageMetadata {
  const pick = (...keys: string[]): string | undefined => {
    for (const key of keys) {
      const value = meta.get(key);
      if (value) return value;
    }
    return undefined;
  };
  const metadata: PageMetadata = {
    title: textOf(elements.title) || pick('og:title', 'twitter:title'),
    byline: authorFrom(pick(...AUTHOR_KEYS)),
    siteName: pick('og:site_name', 'application-name'),
    publishedAt: pick(...DATE_KEYS) ?? timeDatetime(elements.times),
    description: pick('description', 'og:description', 'twitter:description', 'dc.description'),
    lang: normalizeSpace(document.documentElement?.getAttribute('lang') ?? '') || pick('content-language', 'dc.language'),
    url: canonicalUrl(elements.links) ?? pick('og:url', 'twitter:url'),
    jsonLd: parseJsonLdBlocks(jsonLdTexts(elements.scripts)),
  };
  return withoutEmpty(metadata);
}

/**
 * The page's headline: og:title and the h1 that matches the page title. A page's first h1 is often its logo, so
 * an h1 sharing no words with the title is ignored when the page has a title to compare with.
 */
function readHeadlines(h1Elements: readonly Element[], metadata: PageMetadata, ogTitle: string | undefined): string[] {
  const reference = comparisonKey(`${metadata.title ?? ''} ${ogTitle ?? ''}`);
  const h1s = h1Elements.map(textOf).filter((text) => text !== '');
  const h1 = reference === '' ? h1s[0] : h1s.find((text) => overlaps(text, reference));
  return [h1, ogTitle].filter((text): text is string => Boolean(text));
}

function overlaps(text: string, reference: string): boolean {
  const words = comparisonKey(text).split(' ').filter((word) => word.length > 2);
  const referenceWords = new Set(reference.split(' '));
  return words.length > 0 && words.filter((word) => referenceWords.has(word)).length / words.length >= 0.5;
}

/** Every meta tag's content by its lower-cased property, name, itemprop or http-equiv; the first one wins. */
function readMetaTags(metas: readonly Element[]): Map<string, string> {
  const tags = new Map<string, string>();
  for (const element of metas) {
    const content = normalizeSpace(element.getAttribute('content') ?? '');
    if (content === '') continue;
    for (const attribute of ['property', 'name', 'itemprop', 'http-equiv']) {
      for (const key of (element.getAttribute(attribute) ?? '').toLowerCase().split(/\s+/)) {
        if (key !== '' && !tags.has(key)) tags.set(key, content);
      }
    }
  }
  return tags;
}

function jsonLdTexts(scripts: readonly Element[]): string[] {
  return scripts
    .filter((script) => (script.getAttribute('type') ?? '').trim().toLowerCase().startsWith('application/ld+json'))
    .map((script) => script.textContent ?? '');
}

function canonicalUrl(links: readonly Element[]): string | undefined {
  for (const link of links) {
    const rel = (link.getAttribute('rel') ?? '').toLowerCase().split(/\s+/);
    const href = normalizeSpace(link.getAttribute('href') ?? '');
    if (rel.includes('canonical') && href !== '') return href;
  }
  return undefined;
}

/** The publication <time>: one marked as such if there is one, else the first with a datetime. */
function timeDatetime(elements: readonly Element[]): string | undefined {
  const times = elements.filter((time) => time.hasAttribute('datetime'));
  const marked = times.find(
    (time) => time.hasAttribute('pubdate') || (time.getAttribute('itemprop') ?? '').toLowerCase() === 'datepublished',
  );
  const value = normalizeSpace((marked ?? times[0])?.getAttribute('datetime') ?? '');
  return value === '' ? undefined : value;
}

/** An article:author that is a profile URL names nobody. */
function authorFrom(value: string | undefined): string | undefined {
  return value && !/^https?:\/\//i.test(value) ? value : undefined;
}

function textOf(element: Element | null | undefined): string {
  return normalizeSpace(element?.textContent ?? '');
}

function withoutEmpty(metadata: PageMetadata): PageMetadata {
  const result: PageMetadata = {};
  for (const [key, value] of Object.entries(metadata) as [keyof PageMetadata, unknown][]) {
    if (value === undefined || value === '' || (Array.isArray(value) && value.length === 0)) continue;
    (result as Record<string, unknown>)[key] = value;
  }
  return result;
}
