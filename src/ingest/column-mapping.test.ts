import { describe, expect, it } from 'vitest';
import { PlauditError } from '../domain/errors.ts';
import { MAPPING_PRESETS, mapRow, parseLabel, parseMappingOption, resolveMapping } from './column-mapping.ts';

describe('column mapping', () => {
  it('parses --map with snake_case and alias field names', () => {
    expect(parseMappingOption('film_key=id, text=review,fresh=fresh,publisher=outlet_name')).toEqual({
      filmKey: 'id',
      text: 'review',
      label: 'fresh',
      outlet: 'outlet_name',
    });
  });

  it('rejects an unknown field in --map with the list of valid ones', () => {
    expect(() => parseMappingOption('flim=title')).toThrow(/not FIELD=COLUMN with a known field/);
  });

  it('recognises common column names without a mapping', () => {
    const mapping = resolveMapping({}, ['Movie', 'critic', 'publication', 'review', 'grade'], 'x.csv');
    expect(mapping).toMatchObject({ filmTitle: 'Movie', critic: 'critic', outlet: 'publication', text: 'review', rating: 'grade' });
  });

  it('reports a mapped column that the file does not have, naming the columns it has', () => {
    try {
      resolveMapping({ text: 'quote' }, ['film', 'review'], 'x.csv');
      expect.unreachable();
    } catch (error) {
      expect((error as PlauditError).code).toBe('missing-column');
      expect((error as PlauditError).message).toMatch(/"quote".*"film", "review"/);
    }
  });

  it('reports a file with no film column', () => {
    expect(() => resolveMapping({}, ['review', 'critic'], 'x.csv')).toThrow(/no column names the film/);
  });

  it('maps an RT export row with the rt preset: a film key and no title', () => {
    const row = { id: '3', review: 'A gallows take. ', rating: '3/5', fresh: 'fresh', critic: 'PJ Nabarro', top_critic: '0', publisher: 'Patrick Nabarro', date: 'November 10, 2018' };
    const mapping = resolveMapping(MAPPING_PRESETS.rt!, Object.keys(row), 'reviews.jsonl');
    expect(mapRow(row, mapping)).toEqual({
      filmKey: '3',
      text: 'A gallows take.',
      rating: '3/5',
      label: 'positive',
      critic: 'PJ Nabarro',
      outlet: 'Patrick Nabarro',
      publishedAt: 'November 10, 2018',
      topCritic: false,
    });
  });

  it('treats empty cells as absent and reads labels in their usual spellings', () => {
    const mapping = resolveMapping({}, ['film', 'review', 'rating'], 'x.csv');
    expect(mapRow({ film: 'X', review: '  ', rating: '' }, mapping)).toEqual({ filmTitle: 'X' });
    expect(['fresh', 'POS', '1', 'positive'].map(parseLabel)).toEqual(['positive', 'positive', 'positive', 'positive']);
    expect(['rotten', 'neg', '0', 'Negative'].map(parseLabel)).toEqual(['negative', 'negative', 'negative', 'negative']);
    expect(parseLabel('maybe')).toBeUndefined();
  });
});
