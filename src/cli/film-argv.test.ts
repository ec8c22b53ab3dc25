import { describe, expect, it } from 'vitest';
import { filmArgv } from './film-argv.ts';

describe('filmArgv', () => {
  it('routes `film -- NAME` to `film show`, after global options', () => {
    expect(filmArgv(['film', '--', 'merge'])).toEqual(['film', 'show', '--', 'merge']);
    expect(filmArgv(['--db', 'x.db', 'film', '--json', '--', 'edit'])).toEqual(['--db', 'x.db', 'film', 'show', '--json', '--', 'edit']);
  });

  it('leaves every other command line as it is', () => {
    for (const argv of [
      ['film', 'Heat'],
      ['film', 'merge', 'A', 'B'],
      ['film', 'show', '--', 'edit'],
      ['films', '--', 'x'],
      ['--db', 'film', 'films'],
      ['ingest', 'a.txt', '--film', 'film', '--', 'b'],
    ]) {
      expect(filmArgv(argv)).toEqual(argv);
    }
  });
});
