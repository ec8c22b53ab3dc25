/**
 * Pre-trained word vectors, distilled to the words the judge's training data uses (see
 * scripts/distil-word-vectors.ts), and their file format. The file is a training input only: the judge's model file
 * carries what inference needs, so nothing here is read at run time.
 *
 * Format: a magic line, a little-endian uint32 header length, a JSON header, the words joined by "\n" (UTF-8), one
 * float32 scale per word, then the vectors as int8 (value = int8 * the word's scale). A scale per word, because
 * vector norms differ several-fold between frequent and rare words and one global step would flatten the rare ones.
 * Deterministic: the same vectors give the same bytes.
 */
import { PlauditError } from '../../domain/errors.ts';
import { readFrame, writeFrame } from './framed-file.ts';

const MAGIC = 'PLAUDIT-VECTORS 1\n';

export interface WordVectors {
  dimensions: number;
  words: string[];
  /** words.length * dimensions values, word by word. */
  values: Float32Array;
  /** Where the vectors came from and how the words were chosen (recorded, not interpreted). */
  source: Record<string, unknown>;
}

export function encodeWordVectors(vectors: WordVectors): Uint8Array {
  const { dimensions, words, values } = vectors;
  const wordBytes = new TextEncoder().encode(words.join('\n'));
  const header = { dimensions, count: words.length, wordBytes: wordBytes.length, source: vectors.source };
  const { bytes: out, view, bodyStart } = writeFrame(MAGIC, header, wordBytes.length + 4 * words.length + dimensions * words.length);
  out.set(wordBytes, bodyStart);
  const scalesAt = bodyStart + wordBytes.length;
  const valuesAt = scalesAt + 4 * words.length;
  for (let w = 0; w < words.length; w++) {
    let max = 0;
    for (let d = 0; d < dimensions; d++) max = Math.max(max, Math.abs(values[w * dimensions + d]!));
    const scale = Math.fround(max === 0 ? 1 : max / 127);
    view.setFloat32(scalesAt + 4 * w, scale, true);
    for (let d = 0; d < dimensions; d++) view.setInt8(valuesAt + w * dimensions + d, Math.round(values[w * dimensions + d]! / scale));
  }
  return out;
}

function corrupt(why: string): PlauditError {
  return new PlauditError('malformed', `The word-vector file is corrupt or of another version: ${why}. Rebuild it with scripts/distil-word-vectors.ts.`);
}

export function decodeWordVectors(bytes: Uint8Array): WordVectors {
  const { header, view, bodyStart } = readFrame<{ dimensions: number; count: number; wordBytes: number; source: Record<string, unknown> }>(
    bytes,
    MAGIC,
    corrupt,
  );
  let offset = bodyStart;
  const { dimensions, count, wordBytes } = header;
  if (offset + wordBytes + 4 * count + dimensions * count !== bytes.length) throw corrupt('its length does not match its header');
  const words = new TextDecoder().decode(bytes.subarray(offset, offset + wordBytes)).split('\n');
  if (words.length !== count) throw corrupt('the word list does not match its count');
  offset += wordBytes;
  const valuesAt = offset + 4 * count;
  const values = new Float32Array(count * dimensions);
  for (let w = 0; w < count; w++) {
    const scale = view.getFloat32(offset + 4 * w, true);
    for (let d = 0; d < dimensions; d++) values[w * dimensions + d] = view.getInt8(valuesAt + w * dimensions + d) * scale;
  }
  return { dimensions, words, values, source: header.source };
}
