import { describe, expect, it } from 'vitest';
import { CSV_COLUMNS } from '../cli/commands/export.ts';
import { isPlauditExport, missingExportColumns, plauditExportFields } from './plaudit-export.ts';
import { rowFieldsFor } from './row-fields.ts';

/** A CSV row as the export writes it (every cell a string), with these cells set. */
function csvRow(cells: Partial<Record<(typeof CSV_COLUMNS)[number], string>>): Record<string, string> {
  return Object.fromEntries(CSV_COLUMNS.map((column) => [column, cells[column] ?? '']));
}

const TEXT_JUDGED = {
  film_key: 'title:her smell:2018',
  film_title: 'Her Smell',
  film_year: '2018',
  critic: 'Emily Yoshida',
  outlet: 'New York Magazine',
  published_at: '2019-04-12',
  verdict: 'positive',
  probability: '0.7314285714285714',
  score: '71.5',
  verdict_source: 'text',
  score_source: 'text',
  judge_version: 'judge-4+nbsvm-4',
  top_critic: 'true',
  source_key: '/data/seeds/001.txt',
  text: 'A low thrum runs throughout much of Her Smell.',
};

describe('recognising a Plaudit export', () => {
  it('knows the CSV header and the JSON review keys, and not an RT export', () => {
    expect(isPlauditExport(CSV_COLUMNS)).toBe(true);
    expect(isPlauditExport(['filmKey', 'filmTitle', 'critic', 'verdict', 'probability', 'score', 'verdictSource', 'scoreSource'])).toBe(true);
    expect(missingExportColumns(['id', 'review', 'rating', 'fresh', 'critic', 'publisher'])).toEqual([
      'film_key', 'verdict', 'probability', 'score', 'verdict_source', 'score_source',
    ]);
  });

  it('reads such a file as one unless columns are mapped; --preset plaudit insists', () => {
    const row = csvRow(TEXT_JUDGED);
    expect(rowFieldsFor({}, CSV_COLUMNS, { display: 'a.csv', csv: true })(row).recordedJudgement).toBeDefined();
    // Mapped by the user: read by columns, where `verdict` is a label like any other export's.
    const mapped = rowFieldsFor({ text: 'text' }, CSV_COLUMNS, { display: 'a.csv', csv: true })(row);
    expect(mapped).toMatchObject({ label: 'positive' });
    expect(mapped.recordedJudgement).toBeUndefined();
    expect(() => rowFieldsFor({ layout: 'plaudit' }, ['film', 'review'], { display: 'b.csv', csv: true })).toThrow(
      /b\.csv is not a Plaudit export \(--preset plaudit\): it has no film_key, verdict/,
    );
    expect(() => rowFieldsFor({ layout: 'plaudit', text: 'text' }, CSV_COLUMNS, { display: 'a.csv', csv: true })).toThrow(/takes no --map/);
  });
});

describe('plauditExportFields', () => {
  it('carries a text-judged review with its judgement, identity and film, the store key not taken as an export key', () => {
    expect(plauditExportFields(csvRow(TEXT_JUDGED), { csv: true })).toEqual({
      text: 'A low thrum runs throughout much of Her Smell.',
      filmTitle: 'Her Smell',
      filmYear: 2018,
      critic: 'Emily Yoshida',
      outlet: 'New York Magazine',
      publishedAt: '2019-04-12',
      topCritic: true,
      sourceKey: '/data/seeds/001.txt',
      recordedJudgement: {
        verdict: 'positive', probability: 0.7314285714285714, score: 71.5, verdictSource: 'text', scoreSource: 'text', version: 'judge-4+nbsvm-4',
      },
    });
  });

  it('carries what the text said alone for a review read in context (CSV and JSON)', () => {
    const alone = { verdict: 'negative', probability: 0.42, score: 44 };
    const csv = plauditExportFields(
      csvRow({ ...TEXT_JUDGED, read_in_context_of: '5', alone_verdict: 'negative', alone_probability: '0.42', alone_score: '44' }),
      { csv: true },
    );
    expect(csv.recordedJudgement).toMatchObject(alone);
    const json = plauditExportFields(
      {
        filmKey: 'key:771', filmTitle: null, filmYear: null, text: 'Fine.', verdict: 'positive', probability: 0.61, score: 60,
        verdictSource: 'text', scoreSource: 'text', ratingRaw: null, topCritic: false, readInContext: { reviews: 5, alone },
        stageVersions: { judge: 'judge-4+nbsvm-4' },
      },
      { csv: false },
    );
    expect(json).toEqual({ text: 'Fine.', filmKey: '771', topCritic: false, recordedJudgement: { ...alone, verdictSource: 'text', scoreSource: 'text', version: 'judge-4+nbsvm-4' } });
  });

  it('keeps the rating as written and the label of a label-judged review', () => {
    const fields = plauditExportFields(
      csvRow({ ...TEXT_JUDGED, rating: '3/4', verdict: 'negative', probability: '0', score: '75', verdict_source: 'label', score_source: 'rating' }),
      { csv: true },
    );
    expect(fields).toMatchObject({ rating: '3/4', label: 'negative', recordedJudgement: { verdict: 'negative', score: 75, verdictSource: 'label' } });
    expect(plauditExportFields({ filmKey: 'key:1', ratingRaw: 'B+', verdict: '' }, { csv: false }).rating).toBe('B+');
  });

  it('takes off the apostrophe the CSV writer put before a formula, and only that one', () => {
    const fields = plauditExportFields(csvRow({ ...TEXT_JUDGED, text: "'- A list, not a formula.", critic: "''=Alice", outlet: "'Quoted'" }), { csv: true });
    expect(fields).toMatchObject({ text: '- A list, not a formula.', critic: "'=Alice", outlet: "'Quoted'" });
    expect(plauditExportFields({ ...TEXT_JUDGED, text: "'=1" }, { csv: false }).text).toBe("'=1");
  });

  it('judges afresh a row whose judgement is cleared, and refuses one half given or out of range, naming the column', () => {
    const cleared = { ...TEXT_JUDGED, verdict: '', probability: '', score: '', verdict_source: '', score_source: '' };
    expect(plauditExportFields(csvRow(cleared), { csv: true }).recordedJudgement).toBeUndefined();
    expect(() => plauditExportFields(csvRow({ ...cleared, verdict: 'positive' }), { csv: true })).toThrow(
      /its judgement has no probability, score, verdict_source, score_source/,
    );
    expect(() => plauditExportFields(csvRow({ ...TEXT_JUDGED, probability: '1.5' }), { csv: true })).toThrow(/probability is "1.5", not a number from 0 to 1/);
    expect(() => plauditExportFields(csvRow({ ...TEXT_JUDGED, verdict_source: 'vibes' }), { csv: true })).toThrow(/verdict_source is "vibes"/);
  });
});
