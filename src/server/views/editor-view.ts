/** The signed-in editor as every page sees them: the header names them, and their forms carry the CSRF token. */
import { html, type SafeHtml } from './html.ts';

export interface EditorView {
  name: string;
  role: string;
  csrfToken: string;
}

/** The hidden field every editor's form carries (middleware/csrf.ts checks it). */
export function csrfField(editor: EditorView): SafeHtml {
  return html`<input type="hidden" name="csrf" value="${editor.csrfToken}">`;
}
