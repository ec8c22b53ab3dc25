/** The editors' pages: sign in, the /edit landing page, and the admins' /users page. Every form carries the CSRF token. */
import type { UserRecord } from '../../../store/user-port.ts';
import { html, type SafeHtml } from '../html.ts';
import { layout } from '../layout.ts';
import { csrfField, type EditorView } from '../editor-view.ts';

export type { EditorView };

function notice(message: string | undefined, kind: 'error' | 'ok' = 'error'): SafeHtml | null {
  return message === undefined ? null : html`<p class="form-${kind}" role="${kind === 'error' ? 'alert' : 'status'}">${message}</p>`;
}

export function signInPage(input: { next: string; name?: string; error?: string }): string {
  const body = html`<section class="editor-form sign-in"><h1>Sign in</h1>
<p class="muted">For editors. Readers need no account.</p>
${notice(input.error)}
<form action="/sign-in" method="post">
  <input type="hidden" name="next" value="${input.next}">
  <label for="sign-in-name">Name</label>
  <input id="sign-in-name" name="name" autocomplete="username" required maxlength="64" value="${input.name ?? ''}">
  <label for="sign-in-password">Password</label>
  <input id="sign-in-password" name="password" type="password" autocomplete="current-password" required maxlength="1024">
  <button type="submit">Sign in</button>
</form></section>`;
  return layout({ title: 'Sign in', body, canonical: '/sign-in' });
}

export function editPage(input: { editor: EditorView; canCorrect: boolean; message?: string; error?: string }): string {
  const { editor } = input;
  const body = html`<section class="editor-home"><h1>Editors' tools</h1>
<p>Signed in as <strong>${editor.name}</strong> (${editor.role}).</p>
${notice(input.message, 'ok')}${notice(input.error)}
<ul class="editor-links">
  <li><a href="/edit/queue">Check queue</a>: the text-judged reviews most worth a look, to confirm or correct with one click.</li>
  <li><a href="/held">Held for an editor</a>: documents kept out of the counts, to release or dismiss.</li>
  <li><a href="/edit/log">Audit log</a>: every change, who made it and why, with Undo.</li>
  <li>On each film's page: correct, move or remove a review, and merge the film into another.</li>
  ${editor.role === 'admin' ? html`<li><a href="/users">Users</a>: who may sign in.</li>` : null}
</ul>
${input.canCorrect ? verdictForm(editor) : null}</section>`;
  return layout({ title: "Editors' tools", body, canonical: '/edit', editor });
}

function verdictForm(editor: EditorView): SafeHtml {
  return html`<form class="editor-form" action="/edit/review-verdict" method="post"><h2>Set a review's verdict</h2>
  ${csrfField(editor)}
  <label for="verdict-review">Review id</label><input id="verdict-review" name="review" inputmode="numeric" required pattern="[0-9]+">
  <label for="verdict-value">Verdict</label>
  <select id="verdict-value" name="verdict"><option value="positive">positive</option><option value="negative">negative</option></select>
  <label for="verdict-note">Why</label><input id="verdict-note" name="note" maxlength="500">
  <button type="submit">Set verdict</button>
</form>`;
}

export function usersPage(input: { editor: EditorView; users: UserRecord[]; message?: string; error?: string }): string {
  const { editor } = input;
  const rows = input.users.map(
    (user) => html`<tr><td>${user.name}</td><td>${user.role}</td><td>${user.createdAt.slice(0, 10)}</td>
<td>${user.disabledAt === null ? html`active${user.name === editor.name ? null : html` <form class="inline-form" action="/users/disable" method="post">${csrfField(editor)}<input type="hidden" name="name" value="${user.name}"><button type="submit">Disable</button></form>`}` : 'disabled'}</td></tr>`,
  );
  const body = html`<section class="editor-home"><h1>Users</h1>
${notice(input.message, 'ok')}${notice(input.error)}
<div class="table-scroll"><table class="users-table"><thead><tr><th>Name</th><th>Role</th><th>Added</th><th>Status</th></tr></thead><tbody>${rows}</tbody></table></div>
<form class="editor-form" action="/users" method="post"><h2>Add a user</h2>
  ${csrfField(editor)}
  <label for="user-name">Name</label><input id="user-name" name="name" required maxlength="64" autocomplete="off">
  <label for="user-role">Role</label><select id="user-role" name="role"><option value="editor">editor</option><option value="admin">admin</option></select>
  <label for="user-password">Password (10 characters or more)</label><input id="user-password" name="password" type="password" required minlength="10" autocomplete="new-password">
  <button type="submit">Add user</button>
</form></section>`;
  return layout({ title: 'Users', body, canonical: '/users', editor });
}
