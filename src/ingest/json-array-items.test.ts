import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FUZZ_RUNS, fuzzParameters } from '../../test/fuzz.ts';
import { readJsonArrayItems, type JsonArrayItem } from './json-array-items.ts';

async function read(text: string, options: { chunk?: number; max?: number } = {}): Promise<JsonArrayItem[]> {
  const size = options.chunk ?? 4;
  async function* chunks() {
    for (let i = 0; i < text.length; i += size) yield text.slice(i, i + size);
  }
  const items: JsonArrayItem[] = [];
  for await (const item of readJsonArrayItems(chunks(), options.max ?? 1000)) items.push(item);
  return items;
}

describe('readJsonArrayItems', () => {
  it('cuts out the items of a top-level array, strings with brackets and escapes included', async () => {
    const rows = [{ film: 'A [1]', text: 'say "}" \\ ok' }, { film: 'B', tags: [1, { x: [] }] }, 3, 'text'];
    const items = await read(JSON.stringify(rows, null, 1));
    expect(items.map((i) => (i.kind === 'item' ? JSON.parse(i.text) : i))).toEqual(rows);
    expect(items.map((i) => i.kind === 'item' && i.index)).toEqual([1, 2, 3, 4]);
  });

  it('reads the "reviews" array of an object, passing over its other members', async () => {
    const file = JSON.stringify({ meta: { reviews: ['not these'] }, title: 'reviews', reviews: [{ a: 1 }, { b: 2 }], after: [9] });
    const items = await read(file);
    expect(items.map((i) => (i.kind === 'item' ? JSON.parse(i.text) : i))).toEqual([{ a: 1 }, { b: 2 }]);
  });

  it("reads every film's reviews of a Plaudit export, passing over each film's profile and credits", async () => {
    const film = (n: number) => ({
      profile: { film: { title: `F${n}` }, reviews: ['not these'], quotes: [{ reviews: [0] }] },
      credits: { credits: [] },
      reviews: [{ id: n * 10 + 1 }, { id: n * 10 + 2 }],
    });
    const items = await read(JSON.stringify({ films: [film(1), film(2), { profile: {}, reviews: [] }, film(3)] }, null, 1), { chunk: 7 });
    expect(items.map((i) => (i.kind === 'item' ? JSON.parse(i.text).id : i))).toEqual([11, 12, 21, 22, 31, 32]);
    expect(items.map((i) => i.kind === 'item' && i.index)).toEqual([1, 2, 3, 4, 5, 6]);
  });

  it('says a Plaudit export cut short between films is cut short, after the reviews it gave', async () => {
    const items = await read('{"films":[{"reviews":[{"id":1}]},{"profile":{');
    expect(items).toEqual([
      { kind: 'item', text: '{"id":1}', index: 1 },
      { kind: 'error', message: expect.stringMatching(/ends before its array of reviews does \(after item 1\)/) },
    ]);
  });

  it('measures an item over the cap, reports it, and reads the next', async () => {
    const items = await read(JSON.stringify([{ a: 1 }, { big: 'x'.repeat(5000) }, { c: 3 }]), { chunk: 100 });
    expect(items).toEqual([
      { kind: 'item', text: '{"a":1}', index: 1 },
      { kind: 'too-large', index: 2, length: 5010 },
      { kind: 'item', text: '{"c":3}', index: 3 },
    ]);
  });

  it.each([
    ['{"rows": [1]}', /expected an array of reviews/],
    ['{"films": [{"rows": [1]}]}', /expected an array of reviews/],
    ['42', /not a JSON array/],
    ['', /no JSON value/],
    ['[{"a":1}, {"b":2', /ends before its array of reviews does \(after item 2\)/],
    ['[{"a":1]}, {"b":2}]', /breaks off in item 1/],
  ])('says why %j is not an array of reviews', async (text, message) => {
    const items = await read(text);
    expect(items.at(-1)).toMatchObject({ kind: 'error', message: expect.stringMatching(message) });
  });

  it('gives back every item of any array of JSON values, however the text is cut', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.jsonValue({ maxDepth: 3 }), { maxLength: 6 }), fc.integer({ min: 1, max: 30 }), async (rows, chunk) => {
        const items = await read(JSON.stringify(rows), { chunk, max: 1_000_000 });
        expect(items.map((i) => (i.kind === 'item' ? JSON.parse(i.text) : i))).toEqual(JSON.parse(JSON.stringify(rows)));
      }),
      fuzzParameters(FUZZ_RUNS),
    );
  });
});
