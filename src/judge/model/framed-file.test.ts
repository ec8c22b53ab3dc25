import { describe, expect, it } from 'vitest';
import { readFrame, writeFrame } from './framed-file.ts';

const corrupt = (why: string) => new Error(why);

describe('framed files', () => {
  it('reads back the header and finds the body where the writer put it', () => {
    const frame = writeFrame('TEST 1\n', { count: 3 }, 3);
    frame.bytes.set([7, 8, 9], frame.bodyStart);
    const read = readFrame<{ count: number }>(frame.bytes, 'TEST 1\n', corrupt);
    expect(read.header).toEqual({ count: 3 });
    expect([...frame.bytes.subarray(read.bodyStart)]).toEqual([7, 8, 9]);
  });

  it('refuses another format, a header running past the end, and a header that is not JSON', () => {
    const good = writeFrame('TEST 1\n', { count: 3 }, 0).bytes;
    expect(() => readFrame(good, 'TEST 2\n', corrupt)).toThrow('does not start with the expected header');
    expect(() => readFrame(good.subarray(0, good.length - 2), 'TEST 1\n', corrupt)).toThrow('runs past the end');
    const broken = good.slice();
    broken[broken.length - 1] = 0x7b; // "{" where the closing "}" was
    expect(() => readFrame(broken, 'TEST 1\n', corrupt)).toThrow('is not JSON');
  });
});
