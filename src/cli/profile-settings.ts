/**
 * Profile settings read at the CLI edge: the weights file named by `--weights`, or else the "weights" member of
 * plaudit.config.json in the working directory when that file exists. Reading and parsing happen here, once; the
 * profile builder only receives the parsed weights.
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { WeightSettings } from '../aggregate/profile/weights.ts';
import { parseWeights } from '../config/weights.ts';
import { PlauditError } from '../domain/errors.ts';

export const CONFIG_FILE = 'plaudit.config.json';

export function loadWeights(weightsFile: string | undefined, cwd: string): WeightSettings {
  const path = weightsFile ? resolve(cwd, weightsFile) : resolve(cwd, CONFIG_FILE);
  if (!weightsFile && !existsSync(path)) return {};
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
