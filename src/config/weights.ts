/**
 * The weights config: how much each outlet's and critic's review counts in the weighted figures of a profile.
 * Part of the one settings schema (the "weights" member of plaudit.config.json, config.ts); `--weights FILE` reads
 * them from another file with parseWeights. Equal weights when there are none.
 *
 * @example { "outlets": { "New York Magazine": 2, "The Spool": 0.5 }, "critics": { "Emily Yoshida": 1.5 } }
 */
import { z } from 'zod';
import { PlauditError } from '../domain/errors.ts';

/** 0 leaves a review out of the weighted figures; 10 is a generous ceiling that still catches a typo like 100. */
const Weight = z.number().min(0).max(10);

export const WeightsSchema = z
  .object({
    outlets: z.record(z.string().min(1), Weight).default({}),
    critics: z.record(z.string().min(1), Weight).default({}),
  })
  .strict();

export type WeightsConfig = z.infer<typeof WeightsSchema>;

/**
 * Parses a weights file's JSON: either the weights themselves or a config file with a "weights" member.
 * `source` names the file in the error message.
 */
export function parseWeights(json: unknown, source: string): WeightsConfig {
  // A whole config file is checked by the settings schema when it is the config; here only its weights matter.
  const isConfigFile = typeof json === 'object' && json !== null && 'weights' in json;
  const parsed = WeightsSchema.safeParse(isConfigFile ? (json as { weights: unknown }).weights : json);
  if (!parsed.success) {
    const prefix = isConfigFile ? 'weights.' : '';
    const problems = parsed.error.issues.map((i) => `${prefix}${i.path.join('.') || '(top level)'}: ${i.message}`).join('; ');
    throw new PlauditError('invalid-config', `Invalid weights in ${source}: ${problems}`);
  }
  return parsed.data;
}
