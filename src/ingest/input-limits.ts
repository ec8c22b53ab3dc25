/**
 * The caps every input stream is read under. Each one turns an input that could exhaust memory or never end into a
 * reported failure of that document or row, while the rest of the batch goes on.
 */
export interface InputLimits {
  /** One document, one export row, one JSONL line, one CSV record (`--max-bytes`). */
  maxDocumentBytes: number;
  /** What one gzipped file may decompress to in all. */
  maxDecompressedBytes: number;
  /**
   * Decompressed bytes per compressed byte. Text exports compress 3-30 times (the shared datasets: 4-28); a gzip
   * bomb (zeros, one repeated line) compresses a thousand times, and is stopped here long before memory is at risk.
   */
  maxCompressionRatio: number;
}

export const DEFAULT_INPUT_LIMITS: InputLimits = {
  maxDocumentBytes: 10 * 1024 * 1024,
  maxDecompressedBytes: 8 * 1024 * 1024 * 1024,
  maxCompressionRatio: 200,
};

/** The ratio is judged only past this much output: a small file of repeated rows may legitimately compress well. */
export const RATIO_CHECK_AFTER_BYTES = 16 * 1024 * 1024;

export function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024 * 1024) return `${(bytes / (1024 * 1024 * 1024)).toFixed(1)} GB`;
  if (bytes >= 1024 * 1024) return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
  if (bytes >= 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${bytes} bytes`;
}
