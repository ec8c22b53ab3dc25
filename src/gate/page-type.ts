/**
 * What the page says it is, in its own markup: schema.org JSON-LD (a Review and what it reviews, the page's main
 * type) and the Open Graph og:type. The publisher's own claim is the strongest evidence there is, both ways: a
 * Review of a Movie is a film review, a Review of a VideoGame is not, whatever its words.
 */
import { asNode, hasType, jsonLdGraph, list, nameOf, type JsonLdGraph, type JsonLdNode } from '../extract/json-ld-nodes.ts';
import type { Evidence } from './evidence.ts';
import { quoted } from './evidence.ts';

/** Things reviewed that are not films; a review of one is a strong no. */
const NOT_FILM_ITEMS = new Set([
  'VideoGame', 'Game', 'Product', 'IndividualProduct', 'ProductModel', 'Book', 'TVSeries', 'TVEpisode', 'TVSeason',
  'CreativeWorkSeason', 'CreativeWorkSeries', 'Episode', 'MusicAlbum', 'MusicRecording', 'MusicGroup',
  'MusicComposition', 'SoftwareApplication', 'MobileApplication', 'WebApplication', 'Restaurant', 'FoodEstablishment',
  'LocalBusiness', 'Hotel', 'LodgingBusiness', 'Place', 'TouristAttraction', 'Recipe', 'Course', 'Organization',
  'Car', 'Vehicle', 'Service', 'Event', 'TheaterEvent', 'Play', 'VisualArtwork', 'Painting',
]);

/** A page whose main thing is one of these, with no Movie anywhere, is about something else. */
const NOT_FILM_PAGES = new Set([
  'VideoGame', 'Product', 'Book', 'TVSeries', 'TVEpisode', 'TVSeason', 'MusicAlbum', 'MusicRecording',
  'SoftwareApplication', 'MobileApplication', 'Recipe', 'Restaurant', 'Hotel', 'Course', 'JobPosting',
  'ScholarlyArticle', 'MedicalWebPage', 'MedicalScholarlyArticle', 'QAPage', 'FAQPage', 'Dataset',
]);

/** Article types that report rather than review; weak evidence, since some outlets mark reviews this way too. */
const NEWS_PAGES = new Set(['NewsArticle', 'ReportageNewsArticle', 'AnalysisNewsArticle']);

export function jsonLdEvidence(blocks: readonly unknown[] | undefined): Evidence[] {
  if (!blocks || blocks.length === 0) return [];
  const graph = jsonLdGraph(blocks);
  const reviewed = reviewedItems(graph);
  const movieReview = reviewed.find((item) => hasType(item, (t) => t === 'Movie'));
  if (movieReview) {
    return [{ weight: 6, reason: `the page's JSON-LD says it is a Review of a Movie${named(movieReview)}` }];
  }
  const evidence: Evidence[] = [];
  const other = reviewed.map((item) => typeIn(item, NOT_FILM_ITEMS)).find((t) => t !== undefined);
  if (other) evidence.push({ weight: -6, reason: `the page's JSON-LD says it is a Review of a ${other}` });
  const movie = graph.nodes.find((n) => hasType(n, (t) => t === 'Movie'));
  if (movie) return [...evidence, { weight: 3, reason: `the page's JSON-LD describes a Movie${named(movie)}` }];
  const page = graph.nodes.map((n) => typeIn(n, NOT_FILM_PAGES)).find((t) => t !== undefined);
  if (page && !other) evidence.push({ weight: -3, reason: `the page's JSON-LD describes a ${page}, and no Movie` });
  const news = graph.nodes.map((n) => typeIn(n, NEWS_PAGES)).find((t) => t !== undefined);
  if (news) evidence.push({ weight: -1, reason: `the page's JSON-LD calls it a ${news}, and names no Movie` });
  return evidence;
}

/**
 * What each Review on the page reviews: its itemReviewed, or the node that holds it under `review` (a Product
 * page with its review nested inside, as game and gadget sites publish them).
 */
function reviewedItems(graph: JsonLdGraph): JsonLdNode[] {
  const items: JsonLdNode[] = [];
  for (const node of graph.nodes) {
    if (hasType(node, (t) => t.endsWith('Review'))) {
      const item = asNode(graph.resolve(node['itemReviewed']));
      if (item) items.push(item);
    }
    const nested = list(node['review']).map((r) => asNode(graph.resolve(r)));
    if (nested.some((r) => r && hasType(r, (t) => t.endsWith('Review')))) items.push(node);
  }
  return items;
}

function typeIn(node: JsonLdNode, types: ReadonlySet<string>): string | undefined {
  return list(node['@type']).find((t): t is string => typeof t === 'string' && types.has(t));
}

function named(node: JsonLdNode): string {
  const name = nameOf(node);
  return name ? ` (${quoted(name)})` : '';
}

/** Open Graph types that name a kind of thing; "article" and "website" say nothing either way. */
const OG_TYPES: Record<string, Evidence> = {
  'video.movie': { weight: 3, reason: "the page's og:type is video.movie" },
  'video.tv_show': { weight: -3, reason: "the page's og:type is video.tv_show, a TV programme" },
  'video.episode': { weight: -3, reason: "the page's og:type is video.episode, a TV episode" },
  product: { weight: -3, reason: "the page's og:type is product" },
  'books.book': { weight: -3, reason: "the page's og:type is books.book" },
  book: { weight: -3, reason: "the page's og:type is book" },
  'music.album': { weight: -3, reason: "the page's og:type is music.album" },
  'music.song': { weight: -3, reason: "the page's og:type is music.song" },
  game: { weight: -3, reason: "the page's og:type is game" },
  restaurant: { weight: -3, reason: "the page's og:type is restaurant" },
};

// The clean stage keeps no og:type, so it is read from the raw page here. indexOf first: most documents have
// none, and those pay one scan, not a regular expression over the whole page.
const META_TAG = /<meta\b[^>]*>/gi;
const MAX_TAG_SCAN = 400;

export function openGraphType(html: string): string | undefined {
  let at = html.indexOf('og:type');
  while (at !== -1) {
    const start = html.lastIndexOf('<', at);
    const tag = start === -1 ? '' : html.slice(start, at + MAX_TAG_SCAN);
    META_TAG.lastIndex = 0;
    const meta = META_TAG.exec(tag)?.[0] ?? '';
    const content = /\bcontent\s*=\s*["']([^"']*)["']/i.exec(meta)?.[1];
    if (/^<meta\b/i.test(meta) && content !== undefined) return content.trim().toLowerCase();
    at = html.indexOf('og:type', at + 1);
  }
  return undefined;
}

export function openGraphEvidence(html: string): Evidence[] {
  const type = openGraphType(html);
  const evidence = type === undefined ? undefined : OG_TYPES[type];
  return evidence ? [evidence] : [];
}
