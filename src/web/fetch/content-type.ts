/** Which media types each fetch purpose takes, and the Accept header that asks for them. Pure. */
export type FetchPurpose = 'page' | 'feed';

const ACCEPTED: Readonly<Record<FetchPurpose, readonly string[]>> = {
  page: ['text/html', 'application/xhtml+xml', 'text/plain', 'text/markdown'],
  feed: [
    'application/rss+xml',
    'application/atom+xml',
    'application/rdf+xml',
    'application/xml',
    'text/xml',
    'application/feed+json',
    'application/json',
  ],
};

export const ACCEPT_HEADER: Readonly<Record<FetchPurpose, string>> = {
  page: 'text/html,application/xhtml+xml;q=0.9,text/plain;q=0.8,text/markdown;q=0.8',
  feed: 'application/rss+xml,application/atom+xml,application/feed+json;q=0.9,application/xml;q=0.8,text/xml;q=0.8,application/json;q=0.7',
};

/** The bare media type, lower-case, without parameters ("Text/HTML; charset=utf-8" → "text/html"); '' when absent. */
export function mediaType(contentType: string | undefined): string {
  return (contentType ?? '').split(';')[0]!.trim().toLowerCase();
}

/** A missing Content-Type is accepted: the caller sniffs the body. */
export function acceptsContentType(purpose: FetchPurpose, contentType: string | undefined): boolean {
  const type = mediaType(contentType);
  return type === '' || ACCEPTED[purpose].includes(type);
}

export function describeAccepted(purpose: FetchPurpose): string {
  return ACCEPTED[purpose].join(', ');
}
