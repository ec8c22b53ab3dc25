/**
 * The fetcher's error: a code for the caller to branch on, whether trying again later can help (`transient`),
 * and a message written for the editor who has to act on it.
 */
export type FetchErrorCode =
  | 'bad-url'
  | 'refused-scheme'
  | 'refused-address'
  | 'robots-disallowed'
  | 'too-many-redirects'
  | 'timeout'
  | 'too-large'
  | 'bad-content-type'
  | 'http-status'
  | 'network';

export interface FetchErrorDetails {
  transient: boolean;
  retryAfterMs?: number;
  status?: number;
  cause?: unknown;
}

export class FetchError extends Error {
  readonly code: FetchErrorCode;
  readonly url: string;
  readonly transient: boolean;
  readonly retryAfterMs?: number;
  readonly status?: number;

  constructor(code: FetchErrorCode, url: string, message: string, details: FetchErrorDetails) {
    super(message, details.cause === undefined ? undefined : { cause: details.cause });
    this.name = 'FetchError';
    this.code = code;
    this.url = url;
    this.transient = details.transient;
    if (details.retryAfterMs !== undefined) this.retryAfterMs = details.retryAfterMs;
    if (details.status !== undefined) this.status = details.status;
  }
}

/**
 * Raised inside the connector, which knows the host and address but not the URL; the fetcher turns it into a
 * FetchError naming the URL (see `refusedAddress`).
 */
export class AddressRefusal extends Error {
  constructor(
    readonly host: string,
    readonly address: string,
    readonly reason: string,
  ) {
    super(`${host} resolves to ${address}, ${reason}`);
    this.name = 'AddressRefusal';
  }
}

export function refusedAddress(url: string, refusal: AddressRefusal): FetchError {
  const { host, address, reason } = refusal;
  const what = host === address ? `${address} is ${reason}` : `${host} resolves to ${address}, ${reason}`;
  return new FetchError(
    'refused-address',
    url,
    `refused ${url}: ${what}; Plaudit does not fetch from the machine's own network unless you allow the host (--allow-host ${host})`,
    { transient: false },
  );
}
