/**
 * Where each feed format keeps the few fields Plaudit reads, gathered into one raw shape before normalising.
 * Fallbacks follow each format's own rules: an Atom entry or JSON Feed item without an author inherits the feed's,
 * and dc:creator / dc:date fill in where the core element is missing.
 */
import type { AnyFeed } from 'feedsmith';
import type { FeedFormat } from './feed-item.ts';

export interface RawItem {
  id: string | undefined;
  link: string | undefined;
  title: string | undefined;
  author: string | undefined;
  date: string | undefined;
  summary: string | undefined;
}

export interface RawFeed {
  format: FeedFormat;
  title: string | undefined;
  /** The site the feed belongs to, as the feed names it (possibly relative). */
  siteLink: string | undefined;
  items: RawItem[];
}

export function readFormat(parsed: AnyFeed<string>): RawFeed {
  switch (parsed.format) {
    case 'rss': {
      const feed = parsed.feed;
      return {
        format: 'rss',
        title: feed.title,
        siteLink: feed.link,
        items: (feed.items ?? []).map((item) => ({
          id: item.guid?.value,
          link: item.link,
          title: item.title,
          author: item.dc?.creators?.[0] ?? item.authors?.[0]?.name ?? item.authors?.[0]?.email,
          date: item.pubDate ?? item.dc?.dates?.[0],
          summary: item.description,
        })),
      };
    }
    case 'atom': {
      const feed = parsed.feed;
      const feedAuthor = feed.authors?.[0]?.name ?? feed.dc?.creators?.[0];
      return {
        format: 'atom',
        title: feed.title?.value,
        siteLink: alternate(feed.links),
        items: (feed.entries ?? []).map((entry) => ({
          id: entry.id,
          link: alternate(entry.links),
          title: entry.title?.value,
          author: entry.authors?.[0]?.name ?? entry.dc?.creators?.[0] ?? feedAuthor,
          date: entry.published ?? entry.updated ?? entry.dc?.dates?.[0],
          summary: entry.summary?.value,
        })),
      };
    }
    case 'rdf': {
      const feed = parsed.feed;
      return {
        format: 'rdf',
        title: feed.title,
        siteLink: feed.link,
        items: (feed.items ?? []).map((item) => ({
          id: item.rdf?.about,
          link: item.link,
          title: item.title,
          author: item.dc?.creators?.[0],
          date: item.dc?.dates?.[0],
          summary: item.description,
        })),
      };
    }
    case 'json': {
      const feed = parsed.feed;
      const feedAuthor = feed.authors?.[0]?.name;
      return {
        format: 'json',
        title: feed.title,
        siteLink: feed.home_page_url ?? feed.feed_url,
        items: (feed.items ?? []).map((item) => ({
          id: item.id === undefined ? undefined : String(item.id),
          link: item.url ?? item.external_url,
          title: item.title,
          author: item.authors?.[0]?.name ?? feedAuthor,
          date: item.date_published ?? item.date_modified,
          summary: item.summary,
        })),
      };
    }
  }
}

/** The page an Atom entry or feed stands for: its rel="alternate" link (the default rel), else its first link. */
function alternate(links: readonly { href?: string; rel?: string }[] | undefined): string | undefined {
  const pages = links?.filter((link) => link.href !== undefined);
  return (pages?.find((link) => (link.rel ?? 'alternate') === 'alternate') ?? pages?.find((link) => link.rel !== 'self'))?.href;
}
