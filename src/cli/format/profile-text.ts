/**
 * Text form of a whole film profile for `plaudit film`: the score figures, then the consensus with the reviews
 * behind each claim, the best pull quotes, and what critics say of each craft. Sentences are shortened here; the
 * JSON output (`--json`) carries them whole.
 */
import type { FilmProfile } from '../../aggregate/film-profile.ts';
import type { StoredReview } from '../../domain/film.ts';
import { attribution, quoted } from './attribution.ts';
import { filmLabel } from './film-text.ts';
import { formatHeaderFacts } from './catalog-text.ts';
import type { FilmCatalogFacts } from '../../domain/catalog.ts';
import type { MergedCredits } from '../../domain/credits.ts';
import { formatQuoteLines } from './quotes-text.ts';
import { formatScores } from './scores-text.ts';

type Named = Pick<StoredReview, 'id' | 'critic' | 'outlet'>;

const PROFILE_QUOTES = 5;
/** Reviews named per consensus claim in text; --json lists the evidence of every one. */
const MAX_NAMED = 4;

/** `header`: the catalog and merged credits, for the facts under the name (catalog-text.ts). */
export function formatFullProfile(
  profile: FilmProfile,
  reviews: readonly Named[],
  header: { catalog: FilmCatalogFacts | null; credits: MergedCredits | null } = { catalog: null, credits: null },
): string {
  const byId = new Map(reviews.map((r) => [r.id, r]));
  const lines = [filmLabel(profile.film, header.catalog?.directors), ...formatHeaderFacts(header.catalog, header.credits), ...formatScores(profile)];
  lines.push('', ...formatConsensus(profile, byId));
  if (profile.pullQuotes) {
    lines.push('', 'Pull quotes (honest, best first; `plaudit quotes TITLE` lists more)');
    lines.push(...formatQuoteLines(profile.pullQuotes.film.slice(0, PROFILE_QUOTES)));
  }
  lines.push('', ...formatAspects(profile, byId));
  return lines.join('\n');
}

function formatConsensus(profile: FilmProfile, byId: Map<number, Named>): string[] {
  const c = profile.consensus;
  if (!c) return ['Consensus: not enough review text yet (it needs at least two reviews that agree on something).'];
  const lines = ['Consensus', `  ${c.text}`, '  Each claim, and the reviews behind it:'];
  for (const sentence of c.sentences) {
    for (const clause of sentence.clauses) {
      const first = clause.evidence[0]!;
      const who = [...new Set(clause.evidence.map((e) => attribution(byId.get(e.reviewId), e.reviewId)))];
      const more = clause.reviews > who.length || who.length > MAX_NAMED ? `; and ${clause.reviews - Math.min(who.length, MAX_NAMED)} more` : '';
      lines.push(`    ${clause.kind.padEnd(11)} “${clause.text}” (${clause.reviews} reviews: ${who.slice(0, MAX_NAMED).join('; ')}${more})`);
      lines.push(`                e.g. ${quoted(first.sentence, 140)}`);
    }
  }
  return lines;
}

function formatAspects(profile: FilmProfile, byId: Map<number, Named>): string[] {
  const a = profile.aspects;
  if (!a) return [];
  const lines = ['What critics say about each craft (reviews positive / negative / neutral)'];
  for (const j of a.aspects) {
    if (j.verdict === 'not-mentioned') {
      lines.push(`  ${j.label.padEnd(18)} not mentioned`);
      continue;
    }
    lines.push(`  ${j.label.padEnd(18)} ${j.verdict.padEnd(8)} ${j.reviews.positive} / ${j.reviews.negative} / ${j.reviews.neutral}`);
    for (const side of ['positive', 'negative'] as const) {
      const best = j.best[side];
      if (best) lines.push(`      ${side === 'positive' ? '+' : '-'} ${quoted(best.sentence, 130)} (${attribution(byId.get(best.reviewId), best.reviewId)})`);
    }
  }
  return lines;
}
