/**
 * The weights config: how much each outlet's and critic's review counts in the weighted figures of a profile.
 * Parsed with zod at the CLI edge from a JSON file (`--weights FILE`, or the "weights" member of
 * plaudit.config.json) and handed to the profile builder; equal weights when there is none.
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

/** plaudit.config.json: only its "weights" member is read here; other members belong to other settings. */
export const ConfigFileSchema = z.object({ weights: WeightsSchema.optional() }).passthrough();

/**
 * Parses a weights file's JSON: either the weights themselves or a config file with a "weights" member.
 * `source` names the file in the error message.
 */
export function parseWeights(json: unknown, source: string): WeightsConfig {
  const isConfigFile = typeof json === 'object' && json !== null && 'weights' in json;
  const parsed = isConfigFile ? ConfigFileSchema.safeParse(json) : WeightsSchema.safeParse(json);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join('.') || '(top level)'}: ${i.message}`).join('; ');
    throw new PlauditError('invalid-config', `Invalid weights in ${source}: ${problems}`);
  }
  const data = parsed.data as WeightsConfig | z.infer<typeof ConfigFileSchema>;
  return 'weights' in data ? (data.weights ?? { outlets: {}, critics: {} }) : (data as WeightsConfig);
}
