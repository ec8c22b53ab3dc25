import type { Readable, Writable } from 'node:stream';

/** Where a command reads and writes; the real process streams in main(), plain buffers in tests. */
export interface CliIo {
  stdout: Writable & { isTTY?: boolean };
  stderr: Writable & { isTTY?: boolean };
  stdin: Readable;
  env: Readonly<Record<string, string | undefined>>;
  cwd: string;
}

/** Writes one line for a person to read, with control characters made visible (see terminalSafe). */
export function writeLine(stream: Writable, line = ''): void {
  stream.write(`${terminalSafe(line)}\n`);
}

// Every C0 control but tab and newline, DEL, and the C1 controls (U+009B alone starts an escape sequence).
// eslint-disable-next-line no-control-regex
const TERMINAL_CONTROLS = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g;

/**
 * Text with every control character written as \uXXXX, so a film title, critic or file name holding an escape
 * sequence is shown, never obeyed, by the terminal. The same form is a valid escape inside a JSON string, so
 * `--json` output stays parseable.
 *
 * @example
 * terminalSafe('Her Smell\u001b[2J'); // 'Her Smell\\u001b[2J'
 */
export function terminalSafe(text: string): string {
  return text.replace(TERMINAL_CONTROLS, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
