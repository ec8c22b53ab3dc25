import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readCsvRecords, type CsvItem } from './csv-records.ts';
import { FUZZ_RUNS, fuzzParameters } from '../../test/fuzz.ts';

async function read(input: string, options: { chunk?: number; max?: number } = {}): Promise<CsvItem[]> {
  const size = options.chunk ?? 7;
  async function* chunks() {
    for (let i = 0; i < input.length; i += size) yield input.slice(i, i + size);
  }
  const items: CsvItem[] = [];
  for await (const item of readCsvRecords(chunks(), { maxRecordChars: options.max ?? 1000 })) items.push(item);
  return items;
}

const summary = (items: CsvItem[]) => items.map((i) => (i.kind === 'record' ? [i.line, ...i.cells] : [i.line, 'error']));

describe('readCsvRecords', () => {
  it('reads quoted fields, doubled quotes, line breaks inside quotes and CRLF line ends', async () => {
    const items = await read('film,text\r\nA,"multi\r\nline ""q"""\r\n\r\nB,12" vinyl\r\nC,\r\n');
    expect(summary(items)).toEqual([
      [1, 'film', 'text'],
      [2, 'A', 'multi\r\nline "q"'],
      [5, 'B', '12" vinyl'],
      [6, 'C', ''],
    ]);
  });

  it('reports text after a closing quote on its line and reads the rows after it', async () => {
    const items = await read('film,text\nA,good\nB,"bad"x\nC,fine\n');
    expect(summary(items)).toEqual([[1, 'film', 'text'], [2, 'A', 'good'], [3, 'error'], [4, 'C', 'fine']]);
    expect(items[2]).toMatchObject({ message: expect.stringMatching(/after a closing quote/) });
  });

  it('reports a quote never closed, then reads the lines after it one row per line', async () => {
    const items = await read('film,text\nA,good\nB,"unclosed\nC,fine\nD,ok\n');
    expect(summary(items)).toEqual([[1, 'film', 'text'], [2, 'A', 'good'], [3, 'error'], [4, 'C', 'fine'], [5, 'D', 'ok']]);
  });

  it('measures a record over the cap without holding it, reports it, and goes on', async () => {
    for (const big of ['x'.repeat(5000), `"${'x\n'.repeat(2500)}"`]) {
      const items = await read(`film,text\nA,good\nB,${big}\nC,fine\n`, { chunk: 64 });
      expect(items.filter((i) => i.kind === 'error')).toEqual([{ kind: 'error', line: 3, message: expect.stringMatching(/over the 1000-character limit/) }]);
      expect(items.at(-1)).toMatchObject({ kind: 'record', cells: ['C', 'fine'] });
    }
  });

  it('reads a last row without a line end', async () => {
    expect(summary(await read('a,b\n1,2', { chunk: 1 }))).toEqual([[1, 'a', 'b'], [2, '1', '2']]);
  });
});

/** Writes rows as a spreadsheet would, quoting only where needed. */
function toCsv(rows: string[][]): string {
  const cell = (value: string) => (/[",\r\n]/.test(value) || value === '' ? `"${value.replace(/"/g, '""')}"` : value);
  return rows.map((row) => row.map(cell).join(',')).join('\n');
}

describe('readCsvRecords, fuzzed', () => {
  it('gives back every row a writer wrote, however the text is cut into chunks', async () => {
    const row = fc.array(fc.string({ unit: fc.constantFrom('a', 'b', ' ', ',', '"', '\n', '\r\n', 'é', '\u{1f600}'), maxLength: 12 }), { minLength: 2, maxLength: 4 });
    await fc.assert(
      fc.asyncProperty(fc.array(row, { minLength: 1, maxLength: 8 }), fc.integer({ min: 1, max: 40 }), async (rows, chunk) => {
        const items = await read(toCsv(rows), { chunk, max: 10_000 });
        expect(items.map((i) => (i.kind === 'record' ? i.cells : i))).toEqual(rows);
      }),
      fuzzParameters(FUZZ_RUNS),
    );
  });

  it('never throws on any text, and numbers every error by a line of the input', async () => {
    const text = fc.string({ unit: fc.constantFrom('a', ',', '"', '\n', '\r', 'x', '""'), maxLength: 200 });
    await fc.assert(
      fc.asyncProperty(text, fc.integer({ min: 1, max: 50 }), async (input, chunk) => {
        const lines = input.split('\n').length;
        for (const item of await read(input, { chunk, max: 50 })) {
          expect(item.line).toBeGreaterThanOrEqual(1);
          expect(item.line).toBeLessThanOrEqual(lines);
        }
      }),
      fuzzParameters(FUZZ_RUNS),
    );
  });
});
