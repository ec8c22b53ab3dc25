import type { Readable, Writable } from 'node:stream';

/** Where a command reads and writes; the real process streams in main(), plain buffers in tests. */
export interface CliIo {
  stdout: Writable & { isTTY?: boolean };
  stderr: Writable & { isTTY?: boolean };
  stdin: Readable;
  env: Readonly<Record<string, string | undefined>>;
  cwd: string;
}

export function writeLine(stream: Writable, line = ''): void {
  stream.write(`${line}\n`);
}
