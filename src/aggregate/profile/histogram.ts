/** Scores in ten bins of ten points (0-9 … 90-100), the shape behind the average. */
export const HISTOGRAM_VERSION = 'histogram-1';

export interface HistogramBin {
  from: number;
  /** Inclusive; the last bin runs to 100. */
  to: number;
  count: number;
}

export function scoreHistogram(scores: readonly number[]): HistogramBin[] {
  const bins: HistogramBin[] = Array.from({ length: 10 }, (_, i) => ({ from: i * 10, to: i === 9 ? 100 : i * 10 + 9, count: 0 }));
  for (const score of scores) {
    const index = Math.min(9, Math.max(0, Math.floor(score / 10)));
    bins[index]!.count++;
  }
  return bins;
}
