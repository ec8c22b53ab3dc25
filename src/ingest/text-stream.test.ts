import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FUZZ_RUNS, fuzzParameters } from '../../test/fuzz.ts';
import { decodeChunks, splitLines, type DecodeState, type LineItem } from './text-stream.ts';

async function decode(bytes: Buffer, chunk = 3): Promise<{ text: string; state: DecodeState }> {
  async function* chunks() {
    for (let i = 0; i < bytes.length; i += chunk) yield bytes.subarray(i, i + chunk);
  }
  const state: DecodeState = { firstInvalidAt: null, encoding: 'utf-8' };
  let text = '';
  for await (const part of decodeChunks(chunks(), 'x.jsonl', state)) text += part;
  return { text, state };
}

async function lines(text: string, max: number, chunk = 5): Promise<LineItem[]> {
  async function* chunks() {
    for (let i = 0; i < text.length; i += chunk) yield text.slice(i, i + chunk);
  }
  const out: LineItem[] = [];
  for await (const line of splitLines(chunks(), max)) out.push(line);
  return out;
}

describe('decodeChunks', () => {
  it('decodes UTF-16 with either byte order mark, and UTF-8 with or without one', async () => {
    const text = 'film,text\nCafé Society,“Charming” 🎬\n';
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    const be = Buffer.from(le.subarray(2)).swap16();
    expect(await decode(le)).toMatchObject({ text, state: { encoding: 'utf-16le' } });
    expect(await decode(Buffer.concat([Buffer.from([0xfe, 0xff]), be]))).toMatchObject({ text, state: { encoding: 'utf-16be' } });
    expect((await decode(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)]))).text).toBe(text);
    expect((await decode(Buffer.from(text))).state.firstInvalidAt).toBeNull();
  });

  it('replaces bytes that are not UTF-8 and says where the first one was', async () => {
    const { text, state } = await decode(Buffer.from('{"a":"Caf\xe9"}\n{"b":1}\n', 'latin1'), 4);
    expect(text).toContain('\ufffd');
    expect(text).toContain('{"b":1}');
    expect(state.firstInvalidAt).toBeGreaterThanOrEqual(8);
  });

  it('refuses a binary file', async () => {
    await expect(decode(Buffer.from([0x50, 0x4b, 3, 4, 0, 0, 0, 0]))).rejects.toMatchObject({ code: 'binary' });
  });
});

describe('splitLines', () => {
  it('measures a line over the cap without holding it, and numbers every line', async () => {
    const items = await lines(`a\r\n${'x'.repeat(100)}\nb\n\nc`, 10);
    expect(items).toEqual([
      { kind: 'line', text: 'a', number: 1 },
      { kind: 'too-long', number: 2, length: 100 },
      { kind: 'line', text: 'b', number: 3 },
      { kind: 'line', text: '', number: 4 },
      { kind: 'line', text: 'c', number: 5 },
    ]);
  });

  it('gives what split("\\n") gives, however the text is cut', async () => {
    const text = fc.string({ unit: fc.constantFrom('a', 'é', '\n', '\r\n', ' '), maxLength: 80 });
    await fc.assert(
      fc.asyncProperty(text, fc.integer({ min: 1, max: 20 }), async (input, chunk) => {
        const expected = input.split('\n').map((l) => (l.endsWith('\r') ? l.slice(0, -1) : l));
        if (input.endsWith('\n')) expected.pop();
        const got = (await lines(input, 1000, chunk)).map((l) => (l.kind === 'line' ? l.text : null));
        expect(got).toEqual(input === '' ? [] : expected);
      }),
      fuzzParameters(FUZZ_RUNS),
    );
  });
});
