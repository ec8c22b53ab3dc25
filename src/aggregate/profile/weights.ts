/**
 * Critic and outlet weights. The user sets them in a config file (parsed at the CLI edge); here they are only
 * looked up. A review's weight is its outlet's weight times its critic's weight, 1 when unnamed, so equal weights
 * are the default and a weight of 0 leaves a review out of the weighted figures.
 */
import { nameKey } from '../../store/name-key.ts';

export interface WeightSettings {
  outlets?: Readonly<Record<string, number>>;
  critics?: Readonly<Record<string, number>>;
}

export interface WeightLookup {
  /** False when no weight differs from 1: the weighted figures then equal the unweighted ones. */
  readonly custom: boolean;
  weightOf(review: { critic?: string | null; outlet?: string | null }): number;
}

export function weightLookup(settings: WeightSettings = {}): WeightLookup {
  const outlets = keyed(settings.outlets);
  const critics = keyed(settings.critics);
  const custom = [...outlets.values(), ...critics.values()].some((w) => w !== 1);
  return {
    custom,
    weightOf: ({ critic, outlet }) =>
      (outlet ? outlets.get(nameKey(outlet)) ?? 1 : 1) * (critic ? critics.get(nameKey(critic)) ?? 1 : 1),
  };
}

function keyed(record: Readonly<Record<string, number>> | undefined): Map<string, number> {
  return new Map(Object.entries(record ?? {}).map(([name, weight]) => [nameKey(name), weight]));
}
