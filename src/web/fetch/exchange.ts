/**
 * One HTTP GET through the safe agent, under one deadline for the whole exchange (connect, headers and body), with
 * the body read under the size cap. Failures come out as FetchErrors naming the URL.
 */
import { request, type Agent } from 'undici';
import { AddressRefusal, FetchError, refusedAddress } from './fetch-error.ts';
import { discardBody, readCappedBody } from './read-body.ts';

export type Headers = Readonly<Record<string, string | undefined>>;

export interface ExchangeOptions {
  agent: Agent;
  url: URL;
  headers: Record<string, string>;
  timeoutMs: number;
  maxBytes: number;
  /** Decides from status and headers whether the body is worth reading (and may throw to refuse the response). */
  wantsBody: (status: number, headers: Headers) => boolean;
}

export interface Exchange {
  status: number;
  headers: Headers;
  /** Present when `wantsBody` said so. */
  body?: Buffer;
}

export async function exchange(options: ExchangeOptions): Promise<Exchange> {
  const { url, timeoutMs } = options;
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  try {
    const response = await request(url, {
      method: 'GET',
      dispatcher: options.agent,
      headers: options.headers,
      signal: controller.signal,
    });
    const headers = flattenHeaders(response.headers);
    let wanted: boolean;
    try {
      wanted = options.wantsBody(response.statusCode, headers);
    } catch (error) {
      discardBody(response.body);
      throw error;
    }
    if (!wanted) {
      // Reading a short unwanted body lets the connection be reused; a long one is cut off.
      await response.body.dump({ limit: 64 * 1024 }).catch(() => undefined);
      return { status: response.statusCode, headers };
    }
    const body = await readCappedBody(response.body, {
      url: url.href,
      contentEncoding: headers['content-encoding'],
      maxBytes: options.maxBytes,
    });
    return { status: response.statusCode, headers, body };
  } catch (error) {
    throw asFetchError(url.href, error, controller.signal.aborted ? timeoutMs : undefined);
  } finally {
    clearTimeout(timer);
  }
}

function flattenHeaders(raw: Record<string, string | string[] | undefined>): Headers {
  const flat: Record<string, string> = {};
  for (const [name, value] of Object.entries(raw)) {
    if (value !== undefined) flat[name.toLowerCase()] = Array.isArray(value) ? value.join(', ') : value;
  }
  return flat;
}

function asFetchError(url: string, error: unknown, timedOutAfterMs: number | undefined): FetchError {
  if (error instanceof FetchError) return error;
  const refusal = findInCauses(error, (e): e is AddressRefusal => e instanceof AddressRefusal);
  if (refusal) return refusedAddress(url, refusal);
  if (timedOutAfterMs !== undefined) {
    return new FetchError('timeout', url, `could not fetch ${url}: the site did not answer in full within ${timedOutAfterMs / 1000} s; try again later`, {
      transient: true,
      cause: error,
    });
  }
  const detail = describeNetworkError(error);
  return new FetchError('network', url, `could not fetch ${url}: ${detail}; try again later`, { transient: true, cause: error });
}

function findInCauses<T>(error: unknown, test: (e: unknown) => e is T): T | undefined {
  for (let current = error, depth = 0; current !== undefined && current !== null && depth < 8; depth++) {
    if (test(current)) return current;
    current = (current as { cause?: unknown }).cause;
  }
  return undefined;
}

function describeNetworkError(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  const message = error instanceof Error ? error.message : String(error);
  switch (code) {
    case 'ENOTFOUND':
    case 'EAI_AGAIN':
      return `the host name could not be found (${message})`;
    case 'ECONNREFUSED':
      return 'the site refused the connection';
    case 'ECONNRESET':
    case 'UND_ERR_SOCKET':
      return 'the connection was cut off';
    default:
      return `a network error happened (${message})`;
  }
}
