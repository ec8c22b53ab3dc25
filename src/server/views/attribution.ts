/**
 * How the web names whoever wrote a quoted sentence, by the same rule as the CLI (src/cli/format/attribution.ts):
 * critic and outlet when both are known, either one alone when only one is, and "Unattributed review" only when
 * neither is. A review from The Spool with no byline is The Spool's, not nobody's.
 */
export interface QuoteSource {
  critic: string | null;
  outlet: string | null;
}

export const UNATTRIBUTED = 'Unattributed review';

/**
 * @example
 * attributionText({ critic: null, outlet: 'The Spool' })   // 'The Spool'
 * attributionText({ critic: null, outlet: null })          // 'Unattributed review'
 */
export function attributionText(source: QuoteSource): string {
  const parts = [source.critic, source.outlet].filter((part): part is string => !!part && part.trim() !== '');
  return parts.length > 0 ? parts.join(', ') : UNATTRIBUTED;
}
