import { describe, expect, it } from 'vitest';
import type { FactKind, FactSource, MergedCredit, MergedCredits } from '../../../domain/credits.ts';
import { filmFacts } from './film-facts.ts';

function credit(kind: FactKind, value: string, extra: { character?: string; source?: FactSource } = {}): MergedCredit {
  return {
    kind,
    value,
    aliases: [],
    characters: extra.character ? [{ name: extra.character, aliases: [], support: 1 }] : [],
    support: 1,
    source: extra.source ?? 'credit-line',
    evidence: [],
  };
}

function credits(...list: MergedCredit[]): MergedCredits {
  return { reviewCount: 1, credits: list, version: 'test' };
}

/** The rows as "Label: value" text, tags stripped. */
function rows(merged: MergedCredits): string[] {
  const markup = filmFacts(merged)?.value ?? '';
  return [...markup.matchAll(/<dt>(.*?)<\/dt><dd>(.*?)<\/dd>/gs)].map(([, dt, dd]) => `${dt}: ${(dd ?? '').replace(/<[^>]+>/g, '').replace(/\s+/g, ' ').trim()}`);
}

describe('filmFacts', () => {
  it('lists what the reviews state, in a fixed order, with labels that say what each is', () => {
    const merged = credits(
      credit('director', 'Alex Ross Perry'),
      credit('cast', 'Elisabeth Moss', { character: 'Becky Something' }),
      credit('cast', 'Agyness Deyn'),
      credit('distributor', 'Gunpowder & Sky'),
      credit('runtime', '135'),
      credit('mpaa', 'R'),
      credit('availability', 'now streaming on Amazon Prime'),
    );
    expect(rows(merged)).toEqual([
      'Director: Alex Ross Perry',
      'Starring: Elisabeth Moss as Becky Something, Agyness Deyn',
      'Runtime: 135 minutes',
      'MPAA rating: R',
      'Distributor: Gunpowder &amp; Sky',
      'Playing / streaming: now streaming on Amazon Prime (when reviewed)',
    ]);
  });

  it('has no row for a fact no review states, and no list when there is none', () => {
    expect(rows(credits(credit('runtime', '98')))).toEqual(['Runtime: 98 minutes']);
    expect(filmFacts(credits())).toBeNull();
    // Crew beyond the director belongs to the full credits beside the reviews, not the header.
    expect(filmFacts(credits(credit('editing', 'Robert Greene'), credit('referenced-film', 'Good Time')))).toBeNull();
  });

  it('names the first few of the cast and says "Directors" for more than one', () => {
    const cast = ['A One', 'B Two', 'C Three', 'D Four', 'E Five'].map((name) => credit('cast', name));
    expect(rows(credits(credit('director', 'Joel Coen'), credit('director', 'Ethan Coen'), ...cast))).toEqual([
      'Directors: Joel Coen, Ethan Coen',
      'Starring: A One, B Two, C Three, D Four',
    ]);
  });

  it('does not headline a distributor known only from a photo credit', () => {
    expect(filmFacts(credits(credit('distributor', 'Northlight Pictures', { source: 'photo-credit' })))).toBeNull();
  });

  it('escapes what the reviews wrote', () => {
    expect(filmFacts(credits(credit('director', '<b>Evil</b>')))?.value).toContain('&lt;b&gt;Evil&lt;/b&gt;');
  });
});
