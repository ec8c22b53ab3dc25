/**
 * `plaudit train`: trains the judge's text model from ../shared/data (or --data) and writes the model file
 * (models/judge.model unless --out says otherwise). Seeded: the same data and seed give the same bytes.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DEFAULT_MODEL_FILE } from '../../app.ts';
import { encodeModel } from '../../judge/model/model-file.ts';
import { loadCorpora } from '../../judge/train/load-data.ts';
import { DEFAULT_TRAIN_OPTIONS, trainJudge } from '../../judge/train/train-judge.ts';
import { EXIT } from '../exit-codes.ts';
import { writeLine, type CliIo } from '../io.ts';

const PACKAGE_ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
/** ../shared/data beside the repository, where the corpora live. */
export const DEFAULT_DATA_DIR = join(PACKAGE_ROOT, '..', 'shared', 'data');

export interface TrainCommandOptions {
  data?: string;
  out?: string;
  seed?: number;
}

export async function trainCommand(options: TrainCommandOptions, io: CliIo): Promise<number> {
  const started = performance.now();
  const elapsed = () => `${((performance.now() - started) / 1000).toFixed(1)}s`;
  const dataDir = resolve(io.cwd, options.data ?? io.env.PLAUDIT_DATA ?? DEFAULT_DATA_DIR);
  const out = resolve(io.cwd, options.out ?? DEFAULT_MODEL_FILE);
  const corpora = loadCorpora(dataDir);
  writeLine(io.stderr, `[${elapsed()}] read ${corpora.rt.length} RT reviews, ${corpora.imdb.length} IMDb reviews, ${corpora.polarity.length} snippets from ${dataDir}`);
  const model = trainJudge(corpora, { ...DEFAULT_TRAIN_OPTIONS, seed: options.seed ?? DEFAULT_TRAIN_OPTIONS.seed }, (message) =>
    writeLine(io.stderr, `[${elapsed()}] ${message}`),
  );
  const bytes = encodeModel(model);
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, bytes);
  writeLine(io.stdout, `wrote ${out} (${(bytes.length / 1024 ** 2).toFixed(1)} MiB, ${model.version}) in ${elapsed()}`);
  return EXIT.ok;
}
