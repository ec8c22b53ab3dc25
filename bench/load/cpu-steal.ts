/**
 * The share of CPU time the hypervisor gave to other machines ("steal" in /proc/stat) between two readings: on a
 * shared virtual machine, the part of a latency tail that no program on it can remove. Null off Linux.
 */
import { readFileSync } from 'node:fs';

export interface CpuTimes {
  steal: number;
  total: number;
}

export function readCpuTimes(): CpuTimes | null {
  try {
    const fields = readFileSync('/proc/stat', 'utf8').split('\n')[0]!.trim().split(/\s+/).slice(1, 9).map(Number);
    return { steal: fields[7] ?? 0, total: fields.reduce((a, b) => a + b, 0) };
  } catch {
    return null;
  }
}

export function stealShare(before: CpuTimes | null, after: CpuTimes | null): number | null {
  if (before === null || after === null || after.total === before.total) return null;
  return (after.steal - before.steal) / (after.total - before.total);
}
