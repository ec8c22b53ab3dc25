/** Feeds read into one shape: RSS 2.0, Atom, RDF (RSS 1.0) and JSON Feed, through feedsmith. */
export { DEFAULT_MAX_FEED_ITEMS, parseFeed, type ParseFeedOptions } from './parse-feed.ts';
export { FeedError, type FeedErrorCode, type FeedFormat, type FeedItem, type ParsedFeed } from './feed-item.ts';
