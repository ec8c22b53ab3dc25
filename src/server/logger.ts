/**
 * The server's logger: pino, one JSON line per entry, at the level the settings name (Config.logLevel). Built by
 * the serve command and handed in through ServerDeps; nothing here holds one.
 */
import { pino, type DestinationStream, type Logger } from 'pino';
import type { Config } from '../config/config.ts';

export interface ServerLoggerOptions {
  level: Config['logLevel'];
  /** Where the lines go: stderr for `plaudit serve`, so stdout keeps the one line that says where it runs. */
  destination: DestinationStream;
}

/**
 * @example
 * const logger = createServerLogger({ level: 'info', destination: process.stderr });
 * logger.info({ method: 'GET', path: '/', status: 200, ms: 1.2 }, 'request');
 * // {"level":"info","time":"2025-01-01T00:00:00.000Z","method":"GET","path":"/","status":200,"ms":1.2,"msg":"request"}
 */
export function createServerLogger(options: ServerLoggerOptions): Logger {
  return pino(
    {
      level: options.level,
      // One process on one machine: pid and hostname on every line are noise; a level name reads better than 30.
      base: null,
      timestamp: pino.stdTimeFunctions.isoTime,
      formatters: { level: (label) => ({ level: label }) },
    },
    options.destination,
  );
}
