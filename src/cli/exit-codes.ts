/** Exit codes, and the one place errors become them. */
import { PlauditError } from '../domain/errors.ts';

export const EXIT = {
  ok: 0,
  /** The command ran, but some documents failed (they are listed). */
  someFailed: 1,
  /** The command line or settings were wrong. */
  usage: 2,
  /** What was asked for does not exist (a film, a path). */
  notFound: 3,
  /** The store or something else Plaudit depends on failed. */
  failure: 4,
} as const;

export function exitCodeFor(error: unknown): number {
  if (!(error instanceof PlauditError)) return EXIT.failure;
  switch (error.code) {
    case 'invalid-argument':
    case 'invalid-config':
    // A film name that fits several films: the command line must say which (the message lists them).
    case 'ambiguous':
      return EXIT.usage;
    case 'not-found':
      return EXIT.notFound;
    default:
      return EXIT.failure;
  }
}
