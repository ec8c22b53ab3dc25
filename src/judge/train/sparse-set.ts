/** A labelled set of binary sparse rows (compressed sparse rows), the trainer's working format. */
export interface SparseSet {
  /** Row i holds indices[offsets[i] .. offsets[i + 1]). */
  offsets: Int32Array;
  indices: Int32Array;
  /** 1 positive, 0 negative. */
  labels: Uint8Array;
  /** How much each row counts in the loss. */
  weights: Float32Array;
}

export interface LabelledRow {
  features: Int32Array;
  positive: boolean;
  weight?: number;
}

export function toSparseSet(rows: readonly LabelledRow[]): SparseSet {
  const offsets = new Int32Array(rows.length + 1);
  let total = 0;
  rows.forEach((row, i) => {
    total += row.features.length;
    offsets[i + 1] = total;
  });
  const indices = new Int32Array(total);
  const labels = new Uint8Array(rows.length);
  const weights = new Float32Array(rows.length);
  rows.forEach((row, i) => {
    indices.set(row.features, offsets[i]!);
    labels[i] = row.positive ? 1 : 0;
    weights[i] = row.weight ?? 1;
  });
  return { offsets, indices, labels, weights };
}

export function rowCount(set: SparseSet): number {
  return set.labels.length;
}
