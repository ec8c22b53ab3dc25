/**
 * `plaudit film -- NAME`: shows the film NAME even when NAME is a subcommand of `film` (merge, edit, show).
 * Commander drops the `--` at the top level and then dispatches `film merge` to the subcommand, so the command
 * line is rewritten before parsing to `plaudit film show -- NAME`, whose `show` takes any name.
 */

/** The global options that take a value (program.ts); they may come before the command. */
const GLOBAL_WITH_VALUE = new Set(['--db', '--config']);
const FILM_SUBCOMMANDS = new Set(['show', 'merge', 'edit', 'help']);

/**
 * The arguments with `show` inserted after `film` when a `--` follows it and no subcommand was named; otherwise
 * the arguments as they were.
 *
 * @example
 * filmArgv(['--db', 'x.db', 'film', '--', 'merge']); // ['--db', 'x.db', 'film', 'show', '--', 'merge']
 */
export function filmArgv(argv: readonly string[]): string[] {
  let i = 0;
  while (i < argv.length) {
    const arg = argv[i] as string;
    if (GLOBAL_WITH_VALUE.has(arg)) i += 2;
    else if (arg.startsWith('-')) i += 1;
    else break;
  }
  if (argv[i] !== 'film') return [...argv];
  const rest = argv.slice(i + 1);
  const dash = rest.indexOf('--');
  if (dash === -1 || FILM_SUBCOMMANDS.has(rest[0] as string)) return [...argv];
  return [...argv.slice(0, i + 1), 'show', ...rest];
}
