import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { afterAll, describe, expect, it } from 'vitest';
import { encodeModel } from '../../judge/model/model-file.ts';
import { SAMPLE_TRAIN_OPTIONS, sampleCorpora } from '../../judge/train/sample-corpora.ts';
import { trainJudge } from '../../judge/train/train-judge.ts';
import type { CliIo } from '../io.ts';
import { runCli } from '../main.ts';

const dir = mkdtempSync(join(tmpdir(), 'plaudit-eval-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function io(): CliIo & { out: () => string } {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  const chunks: string[] = [];
  stdout.on('data', (c) => chunks.push(String(c)));
  stderr.on('data', (c) => chunks.push(String(c)));
  return { stdout, stderr, stdin: new PassThrough(), env: {}, cwd: dir, out: () => chunks.join('') };
}

describe('plaudit eval', () => {
  const modelFile = join(dir, 'sample.model');
  writeFileSync(modelFile, encodeModel(trainJudge(sampleCorpora(), SAMPLE_TRAIN_OPTIONS)));
  const rows = [
    { film_key: 'a', review: 'The film is a dazzling triumph.', fresh: 'fresh', rating: '4/5' },
    { film_key: 'a', review: 'Every scene is funny and moving.', fresh: 'fresh', rating: '' },
    { film_key: 'a', review: 'The script is a dull, lifeless mess.', fresh: 'rotten', rating: '1/5' },
    { film_key: 'b', review: 'This sequel is tedious and clumsy.', fresh: 'rotten', rating: 'C-' },
    { film_key: 'b', review: '', fresh: 'rotten', rating: '' },
  ];
  writeFileSync(join(dir, 'labelled.jsonl'), rows.map((r) => JSON.stringify(r)).join('\n'));

  it('prints accuracy, calibration, score error and film figures for a labelled JSONL file', async () => {
    const cli = io();
    const code = await runCli(['eval', 'labelled.jsonl', '--model', modelFile, '--json'], cli);
    expect(code).toBe(0);
    const figures = JSON.parse(cli.out()) as Record<string, number>;
    expect(figures).toMatchObject({ rows: 5, withText: 4, withRating: 3, textAccuracy: 1, combinedAccuracy: 1 });
    expect(figures.calibrationError).toBeGreaterThanOrEqual(0);
    expect(figures.scoreMae).toBeGreaterThanOrEqual(0);
    // Films a and b have fewer than 5 reviews with text: read in context they are read alone.
    expect(figures.contextAccuracy).toBe(figures.textAccuracy);
    expect(figures.contextScoreMae).toBe(figures.scoreMae);
  });

  it('places the text score on the scale of a critic it knows, from a critic column', async () => {
    // The sample's critics rate fresh 3/5 or 4/5 (60 or 80) and rotten 1/5 or 2/5 (20 or 40).
    const rated = [
      { review: 'The film is a dazzling triumph.', fresh: 'fresh', rating: '4/5', critic: 'Ann Example' },
      { review: 'The script is a dull, lifeless mess.', fresh: 'rotten', rating: '1/5', critic: 'Bo Sample' },
    ];
    writeFileSync(join(dir, 'critics.jsonl'), rated.map((r) => JSON.stringify(r)).join('\n'));
    const cli = io();
    expect(await runCli(['eval', 'critics.jsonl', '--model', modelFile, '--json'], cli)).toBe(0);
    expect((JSON.parse(cli.out()) as Record<string, number>).scoreMae).toBeLessThanOrEqual(20);
  });

  it('prints the same as text, naming each figure', async () => {
    const cli = io();
    expect(await runCli(['eval', 'labelled.jsonl', '--model', modelFile], cli)).toBe(0);
    expect(cli.out()).toMatch(/verdict from the text alone\s+100\.0%/);
    expect(cli.out()).toMatch(/calibration error/);
    expect(cli.out()).toMatch(/read beside the film's other reviews: verdict 100\.0%, score MAE/);
  });

  it('fails (exit 4) without a label column, and is not-found (exit 3) for a missing model', async () => {
    writeFileSync(join(dir, 'unlabelled.jsonl'), JSON.stringify({ review: 'x' }));
    expect(await runCli(['eval', 'unlabelled.jsonl', '--model', modelFile], io())).toBe(4);
    expect(await runCli(['eval', 'labelled.jsonl', '--model', join(dir, 'nope.model')], io())).toBe(3);
  });
});
