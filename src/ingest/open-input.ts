/**
 * Opens what ingest reads, under caps: a regular file (checked on the open handle, so a file swapped for a FIFO
 * after it was listed still cannot block), its bytes as a stream (gunzipped with caps on size and ratio), or all
 * its bytes up to a limit. Every refusal is a PlauditError naming the input and the cap.
 */
import { constants } from 'node:fs';
import { open, type FileHandle } from 'node:fs/promises';
import { pipeline, Transform, type Readable } from 'node:stream';
import { createGunzip } from 'node:zlib';
import { PlauditError } from '../domain/errors.ts';
import { formatBytes, RATIO_CHECK_AFTER_BYTES, type InputLimits } from './input-limits.ts';

/** Opens a regular file for reading; anything else (a FIFO, a device, a folder) is refused without blocking. */
export async function openRegularFile(path: string, display: string): Promise<FileHandle> {
  let handle: FileHandle;
  try {
    // O_NONBLOCK: opening a FIFO for reading would otherwise wait for a writer forever.
    handle = await open(path, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (cause) {
    const code = (cause as NodeJS.ErrnoException).code ?? String(cause);
    throw new PlauditError('unreadable', `${display} cannot be read (${code}); check that it exists and you may read it.`, { cause });
  }
  const info = await handle.stat();
  if (!info.isFile()) {
    await handle.close();
    throw new PlauditError('unreadable', `${display} is not a regular file; not read.`);
  }
  return handle;
}

/** Reads at most `maxBytes` of a stream; more is a too-large error, found without holding more than the cap. */
export async function readAtMost(stream: AsyncIterable<unknown>, maxBytes: number, display: string): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of stream) {
    const bytes = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer);
    total += bytes.length;
    if (total > maxBytes) {
      throw new PlauditError('too-large', `${display} is over the ${formatBytes(maxBytes)} limit for one review; raise it with --max-bytes if this really is one review.`);
    }
    chunks.push(bytes);
  }
  return Buffer.concat(chunks);
}

/**
 * The file's bytes as a stream, gunzipped when `gzipped`. A stream over a cap fails with a too-large PlauditError
 * and is destroyed, so reading stops there.
 */
export function openByteStream(handle: FileHandle, options: { gzipped: boolean; display: string; limits: InputLimits }): Readable {
  const raw = handle.createReadStream();
  if (!options.gzipped) return raw;
  let compressed = 0;
  raw.on('data', (chunk: string | Buffer) => {
    compressed += chunk.length;
  });
  let decompressed = 0;
  const { maxDecompressedBytes, maxCompressionRatio } = options.limits;
  const guard = new Transform({
    transform(chunk: Buffer, _encoding, callback) {
      decompressed += chunk.length;
      if (decompressed > maxDecompressedBytes) {
        callback(new PlauditError('too-large', `${options.display} decompresses to over ${formatBytes(maxDecompressedBytes)}; reading stopped there.`));
        return;
      }
      if (decompressed > RATIO_CHECK_AFTER_BYTES && decompressed > compressed * maxCompressionRatio) {
        const ratio = Math.round(decompressed / Math.max(compressed, 1));
        callback(
          new PlauditError(
            'too-large',
            `${options.display} decompresses ${ratio} times over (the cap is ${maxCompressionRatio}): it looks like a ` +
              'compression bomb, not an export; reading stopped there.',
          ),
        );
        return;
      }
      callback(null, chunk);
    },
  });
  return pipeline(raw, createGunzip(), guard, () => {
    // Errors reach the reader through the last stream, which pipeline destroys with them.
  }).on('error', () => undefined) as Readable;
}

/** Turns zlib's own errors into a message a user can act on. */
export function describeStreamError(display: string, cause: unknown): PlauditError {
  if (cause instanceof PlauditError) return cause;
  const code = (cause as NodeJS.ErrnoException).code;
  if (code === 'Z_DATA_ERROR' || code === 'Z_BUF_ERROR' || code === 'ERR_STREAM_PREMATURE_CLOSE') {
    return new PlauditError('malformed', `${display} is not a complete gzip file (${code}); reading stopped there.`, { cause });
  }
  return new PlauditError('unreadable', `${display} could not be read to the end (${code ?? String(cause)}).`, { cause });
}
