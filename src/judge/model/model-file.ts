/**
 * The model file format: a magic line, a JSON header (everything but the weight arrays), then each linear part's
 * weights (quote, document, then the quote ensemble's other members), stored sparse: the buckets that hold a
 * weight as LEB128 gaps, then their weights as little-endian int16, each part with its scale in the header. Most
 * hashed buckets are never used, so this is about half the size of the dense arrays; 16 bits per weight move a
 * quote's logit by about 0.001. A word-vector part, when present, follows as its own block (word-vectors.ts's
 * format: each word's projections as int8 with a scale per word), its other weights in the header. The format is deterministic: the header is written with a fixed key order and no
 * date, so the same model gives the same bytes.
 */
import { PlauditError } from '../../domain/errors.ts';
import type { EmbeddingPart, LinearPart, ModelData } from './model-data.ts';
import { GROUPS } from './embedding-part.ts';
import { decodeWordVectors, encodeWordVectors } from './word-vectors.ts';
import { readFrame, writeFrame } from './framed-file.ts';

const MAGIC = 'PLAUDIT-JUDGE 2\n';

type PartHeader = Omit<LinearPart, 'weights'> & { scale: number; nonzero: number; indexBytes: number };
type EmbeddingHeader = Omit<EmbeddingPart, 'words' | 'projections'> & { bytes: number };
type Header = Omit<ModelData, 'quote' | 'document' | 'quoteMembers' | 'embedding'> & {
  quote: PartHeader;
  document: PartHeader;
  quoteMembers: PartHeader[];
  embedding?: EmbeddingHeader;
};

/** The step of the int16 grid: the largest weight maps to 32767. */
function quantisationScale(weights: Float32Array): number {
  let max = 0;
  for (let i = 0; i < weights.length; i++) max = Math.max(max, Math.abs(weights[i]!));
  return max === 0 ? 1 : max / 32767;
}

interface EncodedPart {
  header: PartHeader;
  index: Uint8Array;
  values: Int16Array;
}

function encodePart(part: LinearPart): EncodedPart {
  const scale = quantisationScale(part.weights);
  const gaps: number[] = [];
  const values: number[] = [];
  let previous = -1;
  for (let i = 0; i < part.weights.length; i++) {
    const q = Math.round(part.weights[i]! / scale);
    if (q === 0) continue;
    let gap = i - previous - 1;
    previous = i;
    // LEB128: seven bits a byte, high bit set while more follow.
    while (gap >= 0x80) {
      gaps.push((gap & 0x7f) | 0x80);
      gap >>>= 7;
    }
    gaps.push(gap);
    values.push(q);
  }
  const header: PartHeader = {
    bits: part.bits, order: part.order, charGrams: part.charGrams, kind: part.kind, salt: part.salt, bias: part.bias,
    scale, nonzero: values.length, indexBytes: gaps.length,
  };
  return { header, index: Uint8Array.from(gaps), values: Int16Array.from(values) };
}

export function encodeModel(model: ModelData): Uint8Array {
  const { quote, document, quoteMembers, embedding, ...rest } = model;
  const parts = [quote, document, ...quoteMembers].map(encodePart);
  const vectors = embedding
    ? encodeWordVectors({ dimensions: GROUPS * embedding.hidden, words: embedding.words, values: embedding.projections, source: {} })
    : new Uint8Array(0);
  const header: Header = {
    ...rest,
    quote: parts[0]!.header,
    document: parts[1]!.header,
    quoteMembers: parts.slice(2).map((p) => p.header),
    ...(embedding
      ? { embedding: { hidden: embedding.hidden, hiddenBias: embedding.hiddenBias, outputWeights: embedding.outputWeights, outputBias: embedding.outputBias, bytes: vectors.length } }
      : {}),
  };
  const bodyBytes = parts.reduce((n, p) => n + p.index.length + 2 * p.values.length, 0) + vectors.length;
  const { bytes: out, view, bodyStart } = writeFrame(MAGIC, header, bodyBytes);
  let offset = bodyStart;
  for (const part of parts) {
    out.set(part.index, offset);
    offset += part.index.length;
    for (let i = 0; i < part.values.length; i++) view.setInt16(offset + 2 * i, part.values[i]!, true);
    offset += 2 * part.values.length;
  }
  out.set(vectors, offset);
  return out;
}

function corrupt(why: string): PlauditError {
  return new PlauditError('malformed', `The judge's model file is corrupt or of another version: ${why}. Run \`plaudit train\` to rebuild it.`);
}

export function decodeModel(bytes: Uint8Array): ModelData {
  const { header, view, bodyStart } = readFrame<Header>(bytes, MAGIC, corrupt);
  let offset = bodyStart;
  const readWeights = (part: PartHeader | undefined): LinearPart => {
    if (!part || !Number.isInteger(part.bits) || part.bits < 4 || part.bits > 26 || !(part.scale > 0)) throw corrupt('a weight header is missing');
    if (!Number.isInteger(part.nonzero) || !Number.isInteger(part.indexBytes)) throw corrupt('a weight header is missing its counts');
    const length = 2 ** part.bits;
    if (offset + part.indexBytes + 2 * part.nonzero > bytes.length) throw corrupt('the weights are truncated');
    const weights = new Float32Array(length);
    let at = offset;
    const valuesAt = offset + part.indexBytes;
    let bucket = -1;
    for (let k = 0; k < part.nonzero; k++) {
      let gap = 0;
      let shift = 0;
      let byte: number;
      do {
        if (at >= valuesAt) throw corrupt('the weight index is malformed');
        byte = bytes[at++]!;
        gap += (byte & 0x7f) * 2 ** shift;
        shift += 7;
      } while (byte & 0x80);
      bucket += gap + 1;
      if (bucket >= length) throw corrupt('a weight index is out of range');
      weights[bucket] = view.getInt16(valuesAt + 2 * k, true) * part.scale;
    }
    if (at !== valuesAt) throw corrupt('the weight index is malformed');
    offset = valuesAt + 2 * part.nonzero;
    return { bits: part.bits, order: part.order, charGrams: part.charGrams, kind: part.kind, salt: part.salt, bias: part.bias, weights };
  };
  const quote = readWeights(header.quote);
  const document = readWeights(header.document);
  if (!Array.isArray(header.quoteMembers)) throw corrupt('the quote ensemble is missing');
  const quoteMembers = header.quoteMembers.map(readWeights);
  const { embedding: embeddingHeader, ...rest } = header;
  let embedding: EmbeddingPart | undefined;
  if (embeddingHeader) {
    const { bytes: length, ...network } = embeddingHeader;
    if (!Number.isInteger(network.hidden) || !Array.isArray(network.hiddenBias) || !Array.isArray(network.outputWeights) || !Number.isInteger(length)) {
      throw corrupt('the word-vector header is malformed');
    }
    if (offset + length > bytes.length) throw corrupt('the word vectors are truncated');
    const stored = decodeWordVectors(bytes.subarray(offset, offset + length));
    if (stored.dimensions !== GROUPS * network.hidden) throw corrupt('the word projections do not match the network');
    offset += length;
    embedding = { ...network, words: stored.words, projections: stored.values };
  }
  if (offset !== bytes.length) throw corrupt('there are bytes after the weights');
  return { ...rest, quote, document, quoteMembers, ...(embedding ? { embedding } : {}) };
}
