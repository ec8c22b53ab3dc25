/**
 * Reads a response body into memory with a cap on the bytes after decompression, so neither a huge body nor a small
 * compressed "bomb" can exhaust memory: reading stops at the first chunk past the cap.
 */
import { once } from 'node:events';
import { pipeline, type Readable, type Transform } from 'node:stream';
import zlib from 'node:zlib';
import { FetchError } from './fetch-error.ts';

export interface ReadBodyOptions {
  url: string;
  /** The Content-Encoding header, if any ("gzip", "br", "gzip, br", ...). */
  contentEncoding: string | undefined;
  maxBytes: number;
}

/** The encodings we can undo, which is also what we put in Accept-Encoding. */
export const ACCEPT_ENCODING = 'gzip, deflate, br';

export function tooLarge(url: string, maxBytes: number): FetchError {
  return new FetchError(
    'too-large',
    url,
    `refused ${url}: the response is larger than the limit of ${maxBytes} bytes (after decompression); raise the limit if this page is genuine`,
    { transient: false },
  );
}

function decoderFor(url: string, encoding: string): Transform | undefined {
  // Lenient flushes: many servers end a compressed body without its trailer, and browsers accept that.
  const flush = { flush: zlib.constants.Z_SYNC_FLUSH, finishFlush: zlib.constants.Z_SYNC_FLUSH };
  switch (encoding) {
    case 'identity':
    case '':
      return undefined;
    case 'gzip':
    case 'x-gzip':
      return zlib.createGunzip(flush);
    case 'deflate':
      // Servers send zlib-wrapped and raw deflate under this one name; readCappedBody picks by the first bytes.
      return zlib.createInflate(flush);
    case 'raw-deflate':
      return zlib.createInflateRaw(flush);
    case 'br':
      return zlib.createBrotliDecompress();
    default:
      throw new FetchError('bad-content-type', url, `refused ${url}: the response uses the content encoding "${encoding}", which Plaudit cannot decode`, {
        transient: false,
      });
  }
}

export async function readCappedBody(body: Readable, options: ReadBodyOptions): Promise<Buffer> {
  const { url, maxBytes } = options;
  // Encodings are listed in the order they were applied; undo them last-first.
  const encodings = (options.contentEncoding ?? '').split(',').map((e) => e.trim().toLowerCase()).reverse();
  if (encodings[0] === 'deflate' && !isZlibWrapped(await peek(body))) encodings[0] = 'raw-deflate';
  let decoders: Transform[];
  try {
    decoders = encodings.map((encoding) => decoderFor(url, encoding)).filter((d): d is Transform => d !== undefined);
  } catch (error) {
    discardBody(body);
    throw error;
  }
  const output: Readable = decoders.length === 0 ? body : (pipeline([body, ...decoders], () => {}) as unknown as Readable);
  const chunks: Buffer[] = [];
  let total = 0;
  try {
    for await (const chunk of output) {
      total += (chunk as Buffer).length;
      if (total > maxBytes) throw tooLarge(url, maxBytes);
      chunks.push(chunk as Buffer);
    }
  } finally {
    // Leaving the loop early (too large, or any error) must stop the download, not just our reading of it.
    discardBody(output);
    discardBody(body);
  }
  return Buffer.concat(chunks, total);
}


/** Stops a body we no longer want. The listener keeps the abort error that destroying causes from going unhandled. */
export function discardBody(body: Readable): void {
  body.on('error', () => undefined);
  body.destroy();
}

/** The first bytes of a stream, left in place for whoever reads it next. */
async function peek(body: Readable): Promise<Buffer> {
  for (;;) {
    const chunk = body.read() as Buffer | null;
    if (chunk !== null) {
      body.unshift(chunk);
      return chunk;
    }
    if (body.readableEnded || body.destroyed) return Buffer.alloc(0);
    // An empty body ends without data: 'end' follows the last 'readable', so wait for whichever comes.
    const stop = new AbortController();
    const waits = [once(body, 'readable', { signal: stop.signal }), once(body, 'end', { signal: stop.signal })];
    for (const wait of waits) wait.catch(() => undefined); // the loser rejects when aborted below
    await Promise.race(waits).finally(() => stop.abort());
  }
}

/** RFC 1950 header: compression method 8 and a header checksum divisible by 31. */
function isZlibWrapped(bytes: Buffer): boolean {
  if (bytes.length < 2) return true;
  const [cmf = 0, flg = 0] = bytes;
  return (cmf & 0x0f) === 8 && ((cmf << 8) | flg) % 31 === 0;
}
