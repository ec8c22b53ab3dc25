/**
 * Profile weights at the CLI edge: the file `--weights` names, else the "weights" setting (plaudit.config.json,
 * already parsed with every other setting in open-app.ts), else equal weights. The profile builder only receives
 * the result.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { WeightSettings } from '../aggregate/profile/weights.ts';
import type { Config } from '../config/config.ts';
import { parseWeights } from '../config/weights.ts';
import { PlauditError } from '../domain/errors.ts';

export function loadWeights(weightsFile: string | undefined, cwd: string, config: Pick<Config, 'weights'>): WeightSettings {
  if (weightsFile === undefined) return config.weights;
  const path = resolve(cwd, weightsFile);
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (cause) {
    throw new PlauditError('not-found', `Cannot read the weights file ${path}.`, { cause });
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (cause) {
    throw new PlauditError('invalid-config', `${path} is not valid JSON: ${(cause as Error).message}`, { cause });
  }
  return parseWeights(json, path);
}
