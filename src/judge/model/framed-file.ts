/**
 * The frame the judge's two binary files share (the model and the word vectors): a magic line naming the format and
 * its version, the length of a JSON header (uint32, little-endian), the header, then the body it describes.
 */

export interface Frame {
  bytes: Uint8Array<ArrayBuffer>;
  view: DataView;
  /** Where the body starts: the writer fills from here, the reader reads from here. */
  bodyStart: number;
}

/** Allocates a file of `bodyBytes` after the magic line and `header`, both written. */
export function writeFrame(magic: string, header: unknown, bodyBytes: number): Frame {
  const prefix = new TextEncoder().encode(magic);
  const headerBytes = new TextEncoder().encode(JSON.stringify(header));
  const bytes = new Uint8Array(prefix.length + 4 + headerBytes.length + bodyBytes);
  const view = new DataView(bytes.buffer);
  bytes.set(prefix, 0);
  view.setUint32(prefix.length, headerBytes.length, true);
  bytes.set(headerBytes, prefix.length + 4);
  return { bytes, view, bodyStart: prefix.length + 4 + headerBytes.length };
}

/** Checks the magic line and parses the header; `corrupt` makes the error for a file that is not this format. */
export function readFrame<Header>(
  bytes: Uint8Array,
  magic: string,
  corrupt: (why: string) => Error,
): { header: Header; view: DataView; bodyStart: number } {
  const prefix = new TextEncoder().encode(magic);
  if (bytes.length < prefix.length + 4 || new TextDecoder().decode(bytes.subarray(0, prefix.length)) !== magic) {
    throw corrupt('it does not start with the expected header');
  }
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const headerLength = view.getUint32(prefix.length, true);
  const start = prefix.length + 4;
  if (start + headerLength > bytes.length) throw corrupt('the header runs past the end of the file');
  try {
    const header = JSON.parse(new TextDecoder().decode(bytes.subarray(start, start + headerLength))) as Header;
    return { header, view, bodyStart: start + headerLength };
  } catch (error) {
    throw corrupt(`the header is not JSON (${(error as Error).message})`);
  }
}
