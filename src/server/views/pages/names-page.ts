/** The index of critics or of outlets, most reviews first, paged. */
import type { NameKind, NameSummary } from '../../../store/web-port.ts';
import { namePath } from '../../paths.ts';
import { html } from '../html.ts';
import { plural } from '../format.ts';
import { layout } from '../layout.ts';
import type { EditorView } from '../editor-view.ts';
import { pageOf, pager } from '../components/pager.ts';

export function namesPage(input: { kind: NameKind; names: NameSummary[]; page: number }, editor?: EditorView): string {
  const title = input.kind === 'critic' ? 'Critics' : 'Outlets';
  const shown = pageOf(input.names, input.page, 150);
  const items = shown.items.map(
    (name) => html`<li><a href="${namePath(name.kind, name.id, name.name)}">${name.name}</a><span class="muted small">${plural(name.reviewCount, 'review')}</span></li>`,
  );
  const body = html`<div class="section-title"><h1>${title}</h1><span class="muted">${input.names.length.toLocaleString('en-US')} in all</span></div>
${input.names.length === 0 ? html`<p class="empty">None yet.</p>` : html`<ul class="name-list">${items}</ul>`}
${pager({ base: `/${input.kind}s`, page: shown.page, pageCount: shown.pageCount })}`;
  return layout({ title, body, canonical: `/${input.kind}s`, editor });
}
