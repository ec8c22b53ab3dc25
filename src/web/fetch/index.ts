/** A safe, polite web fetcher: public addresses only, robots.txt honoured, one request at a time per host, capped bodies. */
export { createWebFetcher } from './web-fetcher.ts';
export type { FetchPolicy, FetchRequest, FetchResult, Validators, WebFetcher } from './web-fetcher.ts';
export type { FetchPurpose } from './content-type.ts';
export { FetchError, type FetchErrorCode } from './fetch-error.ts';
export { judgeAddress, type AddressVerdict } from './address-policy.ts';
