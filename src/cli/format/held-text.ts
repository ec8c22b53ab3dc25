/** Text form of the held list and of one held document, for `plaudit held`. */
import type { FilmCandidate, HeldDocument } from '../../domain/held.ts';
import { excerpt } from '../../text/input-text.ts';
import { table } from './table.ts';

export function candidateLabel(candidate: FilmCandidate): string {
  return `${candidate.title ?? 'Untitled film'}${candidate.year ? ` (${candidate.year})` : ''}, id ${candidate.filmId}`;
}

export function formatHeldList(held: readonly HeldDocument[], total: number): string {
  if (held.length === 0) return 'Nothing is held. Documents that are not film reviews, or whose film is unclear, are listed here.';
  const rows = held.map((item) => [`#${item.id}`, item.status, item.hold.code, item.document.sourceName, item.hold.reason]);
  const lines = [table(['held', 'status', 'why', 'source', 'reason'], rows)];
  if (total > held.length) lines.push(`(${total - held.length} more; --limit 0 lists all)`);
  lines.push('', '`plaudit held show ID` gives the reasons and candidates; `plaudit held release ID [--film FILM]` stores it; `plaudit held dismiss ID` drops it.');
  return lines.join('\n');
}

/** `text`: the document's text as the clean stage reads it (a page's raw HTML tells a person little). */
export function formatHeldDocument(held: HeldDocument, text: string): string {
  const lines = [
    `Held document #${held.id} (${held.status}${held.resolvedAt ? ` ${held.resolvedAt}` : ''}), held ${held.heldAt}`,
    `  source: ${held.document.sourceName} (${held.document.format}, ${held.document.byteLength} bytes)`,
    `  ${held.hold.reason}`,
  ];
  if (held.reviewId !== null) lines.push(`  released as review ${held.reviewId}`);
  if (held.hold.reasons.length > 1) lines.push('  reasons:', ...held.hold.reasons.map((reason) => `    - ${reason}`));
  if (held.hold.candidates.length > 0) {
    lines.push('  candidate films:');
    for (const candidate of held.hold.candidates) {
      const evidence = candidate.evidence.length > 0 ? candidate.evidence.join('; ') : 'nothing in the review points at it';
      lines.push(`    - ${candidateLabel(candidate)}: ${evidence}`);
    }
  }
  lines.push('  begins:', `    ${excerpt(text.replace(/\s+/g, ' '), 300)}`);
  return lines.join('\n');
}
