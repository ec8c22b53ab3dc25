import { describe, expect, it } from 'vitest';
import { fullNameCandidates, shortNameResolver, withoutHonorific } from './short-names.ts';

describe('withoutHonorific', () => {
  it.each([
    ['Mr. Cronenberg', 'Cronenberg'],
    ['Ms. Moss', 'Moss'],
    ['Mrs Dalloway', 'Dalloway'],
    ['Miss Deyn', 'Deyn'],
    ['Dr. Strange Love', 'Strange Love'],
    ['Sir Ian McKellen', 'Ian McKellen'],
    ['Dame Judi Dench', 'Judi Dench'],
    ['M. Night Shyamalan', 'M. Night Shyamalan'],
    ['Lady Gaga', 'Lady Gaga'],
    ['Mr.', 'Mr.'],
    ['Mrsa Kowalski', 'Mrsa Kowalski'],
  ])('%s -> %s', (name, bare) => {
    expect(withoutHonorific(name)).toBe(bare);
  });
});

describe('shortNameResolver', () => {
  it('resolves "Mr. Cronenberg" and "Cronenberg" to the one full name, case and accents aside', () => {
    const resolve = shortNameResolver([
      { name: 'David Cronenberg', role: 'director' },
      { name: 'Viggo Mortensen', role: 'cast' },
      { name: 'Léa Seydoux', role: 'cast' },
    ]);
    expect(resolve('Mr. Cronenberg', 'director')).toBe('David Cronenberg');
    expect(resolve('cronenberg', 'director')).toBe('David Cronenberg');
    expect(resolve('Mr. Cronenberg', 'writer')).toBe('David Cronenberg');
    expect(resolve('Ms. Seydoux', 'cast')).toBe('Léa Seydoux');
    expect(resolve('Seydoux', 'cast')).toBe('Léa Seydoux');
    expect(resolve('Mr. Mortensen', 'cast')).toBe('Viggo Mortensen');
    expect(resolve('Stewart', 'cast')).toBeNull();
  });

  it('resolves "Ms. Moss" to Elisabeth Moss', () => {
    expect(shortNameResolver([{ name: 'Elisabeth Moss', role: 'cast' }, { name: 'Alex Ross Perry', role: 'director' }])('Ms. Moss', 'cast')).toBe('Elisabeth Moss');
  });

  it('does not guess between two full names that share the surname', () => {
    const coppolas = shortNameResolver([
      { name: 'Francis Ford Coppola', role: 'producer' },
      { name: 'Sofia Coppola', role: 'writer' },
    ]);
    expect(coppolas('Coppola', 'cast')).toBeNull();
    expect(coppolas('Ms. Coppola', 'cast')).toBeNull();
    const coens = shortNameResolver([
      { name: 'Joel Coen', role: 'director' },
      { name: 'Ethan Coen', role: 'director' },
    ]);
    expect(coens('Coen', 'director')).toBeNull();
  });

  it('prefers the one full name given for the same role', () => {
    const resolve = shortNameResolver([
      { name: 'Sofia Coppola', role: 'director' },
      { name: 'Francis Ford Coppola', role: 'producer' },
    ]);
    expect(resolve('Coppola', 'director')).toBe('Sofia Coppola');
    expect(resolve('Coppola', 'producer')).toBe('Francis Ford Coppola');
    expect(resolve('Coppola', 'cast')).toBeNull();
  });

  it('reads a surname with a particle, and the particle form, as one full name', () => {
    const resolve = shortNameResolver([
      { name: 'Guillermo del Toro', role: 'director' },
      { name: 'del Toro', role: 'director' },
      { name: 'Alex Ross Perry', role: 'director' },
      { name: 'Ross Perry', role: 'writer' },
    ]);
    expect(resolve('del Toro', 'director')).toBe('Guillermo del Toro');
    expect(resolve('Mr. del Toro', 'writer')).toBe('Guillermo del Toro');
    expect(resolve('Toro', 'director')).toBe('Guillermo del Toro');
    expect(resolve('Perry', 'director')).toBe('Alex Ross Perry');
  });

  it('counts a full name written twice, or a short form of a longer one, as one candidate', () => {
    expect(fullNameCandidates(['Guillermo del Toro', 'del Toro', 'Guillermo Del Toro', 'Moss'])).toEqual(['Guillermo del Toro']);
  });
});
