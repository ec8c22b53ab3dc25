/**
 * The model file format: a magic line, a JSON header (everything but the weight arrays), then each linear part's
 * weights (quote, document, then the quote ensemble's other members), stored sparse: the buckets that hold a
 * weight as LEB128 gaps, then their weights as little-endian int16, each part with its scale in the header. Most
 * hashed buckets are never used, so this is about half the size of the dense arrays; 16 bits per weight move a
 * quote's logit by about 0.001. The format is deterministic: the header is written with a fixed key order and no
 * date, so the same model gives the same bytes.
 */
import { PlauditError } from '../../domain/errors.ts';
import type { LinearPart, ModelData } from './model-data.ts';

const MAGIC = 'PLAUDIT-JUDGE 2\n';

type PartHeader = Omit<LinearPart, 'weights'> & { scale: number; nonzero: number; indexBytes: number };
type Header = Omit<ModelData, 'quote' | 'document' | 'quoteMembers'> & { quote: PartHeader; document: PartHeader; quoteMembers: PartHeader[] };

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
  const { quote, document, quoteMembers, ...rest } = model;
  const parts = [quote, document, ...quoteMembers].map(encodePart);
  const header: Header = {
    ...rest,
    quote: parts[0]!.header,
    document: parts[1]!.header,
    quoteMembers: parts.slice(2).map((p) => p.header),
  };
  const prefix = new TextEncoder().encode(MAGIC);
  const headerBytes = new TextEncoder().encode(JSON.stringify(header));
  const total = prefix.length + 4 + headerBytes.length + parts.reduce((n, p) => n + p.index.length + 2 * p.values.length, 0);
  const out = new Uint8Array(total);
  const view = new DataView(out.buffer);
  out.set(prefix, 0);
  view.setUint32(prefix.length, headerBytes.length, true);
  out.set(headerBytes, prefix.length + 4);
  let offset = prefix.length + 4 + headerBytes.length;
  for (const part of parts) {
    out.set(part.index, offset);
    offset += part.index.length;
    for (let i = 0; i < part.values.length; i++) view.setInt16(offset + 2 * i, part.values[i]!, true);
    offset += 2 * part.values.length;
  }
  return out;
}

function corrupt(why: string): PlauditError {
  return new PlauditError('malformed', `The judge's model file is corrupt or of another version: ${why}. Run \`plaudit train\` to rebuild it.`);
}

export function decodeModel(bytes: Uint8Array): ModelData {
  const prefix = new TextEncoder().encode(MAGIC);
  if (bytes.length < prefix.length + 4 || new TextDecoder().decode(bytes.subarray(0, prefix.length)) !== MAGIC) {
    throw corrupt('it does not start with the model header');
  }
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const headerLength = view.getUint32(prefix.length, true);
  const start = prefix.length + 4;
  if (start + headerLength > bytes.length) throw corrupt('the header runs past the end of the file');
  let header: Header;
  try {
    header = JSON.parse(new TextDecoder().decode(bytes.subarray(start, start + headerLength))) as Header;
  } catch (error) {
    throw corrupt(`the header is not JSON (${(error as Error).message})`);
  }
  let offset = start + headerLength;
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
  if (offset !== bytes.length) throw corrupt('there are bytes after the weights');
  return { ...header, quote, document, quoteMembers };
}
