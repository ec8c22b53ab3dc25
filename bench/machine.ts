/** One line describing the machine and date, printed by every benchmark so BENCHMARKS.md can quote it. */
import { cpus, totalmem } from 'node:os';

export function machineLine(): string {
  const cpu = cpus()[0]?.model ?? 'unknown CPU';
  const memory = `${Math.round(totalmem() / 1024 ** 3)} GiB`;
  return `${cpu}, ${cpus().length} cores, ${memory}, Node ${process.version}, ${new Date().toISOString().slice(0, 10)}`;
}
