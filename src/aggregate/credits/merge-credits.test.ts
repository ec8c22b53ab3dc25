import { describe, expect, it } from 'vitest';
import type { FactKind, FactSource, ReviewFilmFact } from '../../domain/credits.ts';
import { groupCharacters, sameCharacter } from './character-aliases.ts';
import { mergeCredits } from './merge-credits.ts';
import { companyKey } from './value-keys.ts';

function fact(reviewId: number, kind: FactKind, value: string, more: { character?: string; source?: FactSource } = {}): ReviewFilmFact {
  return {
    reviewId,
    critic: `Critic ${reviewId}`,
    outlet: null,
    kind,
    value,
    ...(more.character === undefined ? {} : { character: more.character }),
    source: more.source ?? 'prose',
    evidence: `Sentence ${reviewId} about ${value}.`,
  };
}

const of = (kind: FactKind, facts: ReviewFilmFact[]) => mergeCredits(facts).credits.filter((credit) => credit.kind === kind);

describe('mergeCredits', () => {
  it('counts the distinct reviews stating a credit and resolves surnames to the one full name', () => {
    const [director, ...rest] = of('director', [
      fact(1, 'director', 'Ada Quill', { source: 'info-box' }),
      fact(2, 'director', 'Quill'),
      fact(2, 'director', 'Ada Quill'),
      fact(3, 'director', 'ADA QUILL'),
    ]);
    expect(rest).toEqual([]);
    expect(director).toMatchObject({ value: 'Ada Quill', aliases: ['Quill', 'ADA QUILL'], support: 3, source: 'info-box' });
    expect(director?.evidence.map((e) => e.reviewId)).toEqual([1, 2, 2, 3]);
    expect(director?.evidence[0]).toEqual({
      reviewId: 1,
      critic: 'Critic 1',
      outlet: null,
      source: 'info-box',
      sentence: 'Sentence 1 about Ada Quill.',
    });
  });

  it('reads "Directed by David Cronenberg", "Mr. Cronenberg" and "Cronenberg" as one director, supported by all three reviews', () => {
    const credits = mergeCredits([
      fact(1, 'director', 'David Cronenberg', { source: 'credit-line' }),
      fact(2, 'director', 'Mr. Cronenberg'),
      fact(3, 'director', 'Cronenberg'),
      fact(3, 'cast', 'Kristen Stewart'),
      fact(4, 'cast', 'Ms. Stewart'),
      fact(4, 'writer', 'Mr. Cronenberg'),
    ]).credits;
    expect(credits.map((credit) => [credit.kind, credit.value, credit.support])).toEqual([
      ['director', 'David Cronenberg', 3],
      ['writer', 'David Cronenberg', 1],
      ['cast', 'Kristen Stewart', 2],
    ]);
    expect(credits[0]?.aliases).toEqual(['Mr. Cronenberg', 'Cronenberg']);
  });

  it('leaves a surname two of the film\'s people share apart, rather than guess which one', () => {
    const credits = mergeCredits([
      fact(1, 'director', 'Sofia Coppola'),
      fact(1, 'producer', 'Francis Ford Coppola'),
      fact(2, 'cast', 'Coppola'),
      fact(3, 'director', 'Ms. Coppola'),
    ]).credits;
    expect(credits.map((credit) => [credit.kind, credit.value, credit.support])).toEqual([
      ['director', 'Sofia Coppola', 2],
      ['producer', 'Francis Ford Coppola', 1],
      ['cast', 'Coppola', 1],
    ]);
  });

  it('ranks a credit three critics state above one inferred once, then by source strength', () => {
    const cast = of('cast', [
      fact(1, 'cast', 'Once Stated', { source: 'json-ld' }),
      fact(1, 'cast', 'Often Stated'),
      fact(2, 'cast', 'Often Stated'),
      fact(3, 'cast', 'Often Stated'),
      fact(2, 'cast', 'Weakly Stated'),
    ]);
    expect(cast.map((credit) => [credit.value, credit.support])).toEqual([
      ['Often Stated', 3],
      ['Once Stated', 1],
      ['Weakly Stated', 1],
    ]);
  });

  it("merges an actor's character names: first name, short form and nickname", () => {
    const [moss, deyn] = of('cast', [
      fact(1, 'cast', 'Elisabeth Moss', { character: 'Becky Something' }),
      fact(2, 'cast', 'Moss', { character: 'Becky' }),
      fact(3, 'cast', 'Elisabeth Moss', { character: 'Rebecca' }),
      fact(4, 'cast', 'Elisabeth Moss'),
      fact(1, 'cast', 'Agyness Deyn', { character: 'Mari' }),
      fact(2, 'cast', 'Agyness Deyn', { character: 'Marielle' }),
    ]);
    expect(moss).toMatchObject({ value: 'Elisabeth Moss', support: 4 });
    expect(moss?.characters).toEqual([{ name: 'Becky Something', aliases: ['Becky', 'Rebecca'], support: 3 }]);
    expect(deyn?.characters).toEqual([{ name: 'Marielle', aliases: ['Mari'], support: 2 }]);
  });

  it('never credits a character as a person', () => {
    const cast = of('cast', [fact(1, 'cast', 'Elisabeth Moss', { character: 'Becky Something' }), fact(2, 'cast', 'Becky')]);
    expect(cast.map((credit) => credit.value)).toEqual(['Elisabeth Moss']);
  });

  it('merges company spellings, showing the ampersand', () => {
    const [distributor] = of('distributor', [
      fact(1, 'distributor', 'Gunpowder and Sky', { source: 'credit-line' }),
      fact(2, 'distributor', 'Gunpowder & Sky', { source: 'photo-credit' }),
    ]);
    expect(distributor).toMatchObject({ value: 'Gunpowder & Sky', aliases: ['Gunpowder and Sky'], support: 2, source: 'credit-line' });
    expect(companyKey('Neon Inc.')).toBe(companyKey('NEON'));
  });

  it('keeps other kinds apart by value and orders kinds as credits are read', () => {
    const merged = mergeCredits([
      fact(1, 'referenced-film', 'The Rose'),
      fact(2, 'referenced-film', 'Rose'),
      fact(1, 'runtime', '135', { source: 'credit-line' }),
      fact(2, 'runtime', '134'),
      fact(1, 'mpaa', 'R'),
      fact(1, 'writer', 'Ada Quill'),
    ]);
    expect(merged.credits.map((credit) => `${credit.kind}:${credit.value}:${credit.support}`)).toEqual([
      'writer:Ada Quill:1',
      'runtime:135:1',
      'runtime:134:1',
      'mpaa:R:1',
      'referenced-film:The Rose:2',
    ]);
    expect(merged.reviewCount).toBe(2);
  });
});

describe('character aliases', () => {
  it('relates first names, short forms and nicknames, and nothing else', () => {
    expect(sameCharacter('Becky', 'Becky Something')).toBe(true);
    expect(sameCharacter('Mari', 'Marielle')).toBe(true);
    expect(sameCharacter('Rebecca', 'Becky')).toBe(true);
    expect(sameCharacter('Al', 'Alice')).toBe(false);
    expect(sameCharacter('Mari Jones', 'Marielle Smith')).toBe(false);
    expect(sameCharacter('Ruth', 'Ali')).toBe(false);
  });

  it('groups names transitively, in first-seen order', () => {
    expect(groupCharacters(['Becky', 'Ali', 'Rebecca', 'Becky Something'])).toEqual([
      { names: ['Becky', 'Rebecca', 'Becky Something'] },
      { names: ['Ali'] },
    ]);
  });
});
