/**
 * The profile's badge, on published thresholds: a film is "Critics' choice" from at least 75% positive out of at
 * least 40 reviews. Both are needed: 100% of six reviews is a promising start, not a consensus. The badge says what
 * is missing when it is not earned, so it never looks arbitrary.
 */
import { METHOD } from './methods.ts';

export const BADGE_VERSION = 'badge-1';
export const BADGE_NAME = "Critics' choice";
export const BADGE_THRESHOLDS = { minPercentPositive: 75, minReviews: 40 } as const;

export interface Badge {
  name: string;
  earned: boolean;
  /** Why it is or is not earned, in words. */
  reason: string;
  thresholds: typeof BADGE_THRESHOLDS;
  method: string;
  version: string;
}

export function badgeFor(percentPositive: number | null, reviewCount: number): Badge {
  const { minPercentPositive, minReviews } = BADGE_THRESHOLDS;
  const short: string[] = [];
  if (reviewCount < minReviews) short.push(`needs ${minReviews - reviewCount} more review(s) (has ${reviewCount} of ${minReviews})`);
  if (percentPositive === null) short.push('no percent positive yet');
  else if (percentPositive < minPercentPositive) short.push(`${percentPositive}% positive is below ${minPercentPositive}%`);
  const earned = short.length === 0;
  const reason = earned
    ? `${percentPositive}% positive from ${reviewCount} reviews (at least ${minPercentPositive}% from at least ${minReviews})`
    : `Not earned: ${short.join('; ')}.`;
  return { name: BADGE_NAME, earned, reason, thresholds: BADGE_THRESHOLDS, method: METHOD.badge, version: BADGE_VERSION };
}
