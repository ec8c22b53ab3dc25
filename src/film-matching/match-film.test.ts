/** The film matcher: ids first, then title and year, then the text's cues; never a guess between two films. */
import { describe, expect, it } from 'vitest';
import type { CandidateFilm } from './candidate-film.ts';
import { matchFilm } from './match-film.ts';

const carpenter: CandidateFilm = { id: 4, title: 'Halloween', year: 1978, imdbId: 'tt0077651', directors: ['John Carpenter'], cast: ['Jamie Lee Curtis', 'Donald Pleasence'] };
const green: CandidateFilm = { id: 9, title: 'Halloween', year: 2018, imdbId: 'tt1502407', directors: ['David Gordon Green'], cast: ['Jamie Lee Curtis', 'Judy Greer'] };
const both = [carpenter, green];

function filmOf(text: string, candidates: CandidateFilm[] = both, ref: Parameters<typeof matchFilm>[0]['ref'] = { title: 'Halloween' }) {
  return matchFilm({ ref, text, candidates });
}

describe('matchFilm', () => {
  it('takes the film an editor chose, whatever the text says', () => {
    expect(filmOf('John Carpenter', both, { title: 'Halloween', filmId: 9 })).toMatchObject({ kind: 'film', filmId: 9 });
  });

  it('takes the film with the review\'s IMDb id', () => {
    expect(filmOf('nothing else', both, { title: 'Halloween', imdbId: 'tt1502407' })).toEqual({ kind: 'film', filmId: 9, reason: 'IMDb id tt1502407' });
  });

  it('never files a review with one IMDb id under a film with another', () => {
    expect(filmOf('John Carpenter', [carpenter], { title: 'Halloween', imdbId: 'tt9999999' })).toEqual({ kind: 'store' });
  });

  it('leaves an export-keyed film to the store', () => {
    expect(filmOf('', both, { key: 'm/0814255' })).toEqual({ kind: 'store' });
  });

  it('takes the film of the stated year, and leaves a new year to the store', () => {
    expect(filmOf('', both, { title: 'Halloween', year: 1978 })).toMatchObject({ kind: 'film', filmId: 4 });
    expect(filmOf('', both, { title: 'Halloween', year: 2007 })).toEqual({ kind: 'store' });
  });

  it('leaves a title no stored film has to the store', () => {
    expect(filmOf('', [], { title: 'Her Smell' })).toEqual({ kind: 'store' });
  });

  it('files a review naming David Gordon Green under the 2018 film', () => {
    const match = filmOf('David Gordon Green brings Michael Myers back with real craft.');
    expect(match).toMatchObject({ kind: 'film', filmId: 9 });
    expect(match.kind === 'film' && match.reason).toContain('names the director David Gordon Green');
  });

  it('files a review naming John Carpenter under the 1978 film', () => {
    expect(filmOf('John Carpenter made it on a shoestring.')).toMatchObject({ kind: 'film', filmId: 4 });
  });

  it('files a review that says 2018 under the 2018 film', () => {
    expect(filmOf('This 2018 film ignores every sequel.')).toMatchObject({ kind: 'film', filmId: 9 });
  });

  it('holds a review that names neither, with both candidates and no evidence for either', () => {
    const match = filmOf('A babysitter, a masked killer and a small town on one long night.');
    expect(match.kind).toBe('hold');
    if (match.kind !== 'hold') return;
    expect(match.hold.code).toBe('which-film');
    expect(match.hold.candidates.map((c) => [c.filmId, c.evidence])).toEqual([[4, []], [9, []]]);
    expect(match.hold.reason).toMatch(/2 stored films are called "Halloween"/);
  });

  it('holds a review whose cues point both ways, with the evidence for each', () => {
    const match = filmOf('John Carpenter made the first; David Gordon Green made this one.');
    expect(match.kind).toBe('hold');
    if (match.kind !== 'hold') return;
    expect(match.hold.candidates.find((c) => c.filmId === 4)?.evidence).toEqual(['names the director John Carpenter']);
    expect(match.hold.candidates.find((c) => c.filmId === 9)?.evidence).toEqual(['names the director David Gordon Green']);
  });

  it('does not count an actor who is in both films as a cue for either', () => {
    expect(filmOf('Jamie Lee Curtis is superb.').kind).toBe('hold');
  });

  it('holds a review of a sequel of a year no stored film has, rather than filing it under the one that is stored', () => {
    const match = filmOf("David Gordon Green's 2018 sequel is a sturdy piece of work.", [carpenter]);
    expect(match.kind).toBe('hold');
    if (match.kind !== 'hold') return;
    expect(match.hold.reason).toMatch(/2018 sequel or remake/);
    expect(match.hold.candidates.map((c) => c.filmId)).toEqual([4]);
  });

  it('takes the only stored film of the title when nothing speaks against it', () => {
    expect(filmOf('A masked killer on one long night.', [carpenter])).toMatchObject({ kind: 'film', filmId: 4 });
  });
});
