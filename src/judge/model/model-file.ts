/**
 * The model file format: a magic line, a JSON header (everything but the weight arrays), then the two weight
 * arrays as little-endian int16, each with its scale in the header. 16 bits per weight keep the file small enough
 * for 4M hashed buckets (rounding moves a quote's logit by about 0.001), and the format is deterministic: the
 * header is written with a fixed key order and no date, so the same model gives the same bytes.
 */
import { PlauditError } from '../../domain/errors.ts';
import type { LinearPart, ModelData } from './model-data.ts';

const MAGIC = 'PLAUDIT-JUDGE 1\n';

type PartHeader = Omit<LinearPart, 'weights'> & { scale: number };
type Header = Omit<ModelData, 'quote' | 'document'> & { quote: PartHeader; document: PartHeader };

/** The step of the int16 grid: the largest weight maps to 32767. */
function quantisationScale(weights: Float32Array): number {
  let max = 0;
  for (let i = 0; i < weights.length; i++) max = Math.max(max, Math.abs(weights[i]!));
  return max === 0 ? 1 : max / 32767;
}

function partHeader(part: LinearPart): PartHeader {
  return { bits: part.bits, order: part.order, charGrams: part.charGrams, bias: part.bias, scale: quantisationScale(part.weights) };
}

export function encodeModel(model: ModelData): Uint8Array {
  const { quote, document, ...rest } = model;
  const header: Header = {
    ...rest,
    quote: partHeader(quote),
    document: partHeader(document),
  };
  let json = JSON.stringify(header);
  // Pad the header with spaces so the arrays start on a 4-byte boundary and can be read without copying.
  const prefix = new TextEncoder().encode(MAGIC);
  const headerLength = () => new TextEncoder().encode(json).length;
  while ((prefix.length + 4 + headerLength()) % 4 !== 0) json += ' ';
  const headerBytes = new TextEncoder().encode(json);
  const total = prefix.length + 4 + headerBytes.length + 2 * (quote.weights.length + document.weights.length);
  const out = new Uint8Array(total);
  const view = new DataView(out.buffer);
  out.set(prefix, 0);
  view.setUint32(prefix.length, headerBytes.length, true);
  out.set(headerBytes, prefix.length + 4);
  let offset = prefix.length + 4 + headerBytes.length;
  for (const [weights, part] of [[quote.weights, header.quote], [document.weights, header.document]] as const) {
    for (let i = 0; i < weights.length; i++) view.setInt16(offset + 2 * i, Math.round(weights[i]! / part.scale), true);
    offset += 2 * weights.length;
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
    const length = 2 ** part.bits;
    if (offset + 2 * length > bytes.length) throw corrupt('the weights are truncated');
    const weights = new Float32Array(length);
    for (let i = 0; i < length; i++) weights[i] = view.getInt16(offset + 2 * i, true) * part.scale;
    offset += 2 * length;
    return { bits: part.bits, order: part.order, charGrams: part.charGrams ?? 0, bias: part.bias, weights };
  };
  const quote = readWeights(header.quote);
  const document = readWeights(header.document);
  if (offset !== bytes.length) throw corrupt('there are bytes after the weights');
  return { ...header, quote, document };
}
