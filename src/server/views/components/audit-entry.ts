/** One audit log entry as a list item: when, who, what changed, why, and an Undo button while it stands. */
import type { AuditEntry } from '../../../domain/audit.ts';
import { describeEntry } from '../../../domain/audit-changes.ts';
import { csrfField, type EditorView } from '../editor-view.ts';
import { html, type SafeHtml } from '../html.ts';

/** What an action did, as an editor says it. */
const ACTION_WORDS: Record<AuditEntry['action'], string> = {
  'review.set': 'set the verdict or score of',
  'review.move': 'moved',
  'review.remove': 'removed',
  'review.restore': 'restored',
  'film.merge': 'merged',
  'film.edit': 'edited',
  'critic.top': 'changed the top-critic mark of',
  'outlet.block': 'changed the block on',
  undo: 'undid',
};

function targetWords(entry: AuditEntry): string {
  if (entry.action === 'undo') return `entry #${entry.undoes ?? entry.targetId}`;
  return `${entry.targetKind} ${entry.targetId}`;
}

/**
 * @example
 * auditEntryItem(entry, editor, '/films/3/her-smell#editor-tools')
 */
export function auditEntryItem(entry: AuditEntry, editor: EditorView, back: string): SafeHtml {
  const when = entry.at.slice(0, 16).replace('T', ' ');
  const undoable = entry.action !== 'undo' && entry.undoneBy === null;
  return html`<li class="audit-entry" id="entry-${String(entry.id)}">
  <p><span class="muted">#${String(entry.id)} · <time datetime="${entry.at}">${when}</time> UTC</span> · <strong>${entry.actor}</strong> ${ACTION_WORDS[entry.action]} ${targetWords(entry)}${entry.filmId === null ? null : html` (<a href="/films/${String(entry.filmId)}">film ${String(entry.filmId)}</a>)`}</p>
  <p class="small">${describeEntry(entry)}</p>
  ${entry.reason === '' ? null : html`<p class="small muted">Why: ${entry.reason}</p>`}
  ${entry.undoneBy === null ? null : html`<p class="small muted">Undone by #${String(entry.undoneBy)}</p>`}
  ${undoable ? html`<form class="inline-form" action="/edit/undo/${String(entry.id)}" method="post">${csrfField(editor)}<input type="hidden" name="back" value="${back}"><button type="submit">Undo</button></form>` : null}
</li>`;
}
