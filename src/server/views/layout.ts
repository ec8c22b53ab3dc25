/** The page shell: header with search, main, footer. No script tags, anywhere. */
import { stylesheetAsset } from '../static-assets.ts';
import { html, trusted, type SafeHtml } from './html.ts';

export interface LayoutInput {
  title: string;
  description?: string;
  body: SafeHtml;
  /** The search box's current text (search results page). */
  query?: string;
  /** Canonical path of the page. */
  canonical?: string;
  /** The signed-in editor, on any page: the header names them and offers "Sign out" with the CSRF token. */
  editor?: { name: string; csrfToken: string };
}

function editorNav(editor: LayoutInput['editor']): SafeHtml | null {
  if (editor === undefined) return null;
  return html`<div class="editor-nav"><a href="/edit" title="Editors' tools">${editor.name}</a>
  <form class="sign-out-form" action="/sign-out" method="post"><input type="hidden" name="csrf" value="${editor.csrfToken}"><button type="submit">Sign out</button></form></div>`;
}

const LOGO_MARK = trusted(
  '<svg class="logo-mark" viewBox="0 0 32 32" aria-hidden="true"><circle cx="16" cy="16" r="15" fill="#2a2420"/><circle cx="16" cy="16" r="11.5" fill="none" stroke="#e5a93b" stroke-width="2"/><path d="M16 8.5l2.2 4.6 5 .6-3.7 3.4 1 5-4.5-2.5-4.5 2.5 1-5-3.7-3.4 5-.6z" fill="#e5a93b"/></svg>',
);

export function searchForm(query = '', id = 'site-search'): SafeHtml {
  return html`<form class="search-form" action="/search" method="get" role="search">
  <label class="visually-hidden" for="${id}">Search films, critics, outlets and reviews</label>
  <input id="${id}" type="search" name="q" value="${query}" placeholder="Search films, critics, outlets…" autocomplete="off" maxlength="200">
  <button type="submit">Search</button>
</form>`;
}

export function layout(input: LayoutInput): string {
  const page = html`<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${input.title} · Plaudit</title>
${input.description ? html`<meta name="description" content="${input.description}">` : null}
${input.canonical ? html`<link rel="canonical" href="${input.canonical}">` : null}
<link rel="icon" href="/favicon.svg" type="image/svg+xml">
<link rel="stylesheet" href="${stylesheetAsset().path}">
</head>
<body>
<a class="skip-link" href="#main">Skip to content</a>
<header class="site-header"><div class="inner">
  <a class="logo" href="/">${LOGO_MARK}Plaudit</a>
  <nav class="site-nav" aria-label="Main">
    <a href="/films">Films</a><a href="/critics">Critics</a><a href="/outlets">Outlets</a><a href="/methodology">How it works</a>
  </nav>
  ${searchForm(input.query ?? '')}
  ${editorNav(input.editor)}
</div></header>
<main id="main">
${input.body}
</main>
<footer class="site-footer"><div class="inner">
  <span>Plaudit: critics' reviews, read and weighed in the open.</span>
  <span><a href="/methodology">Methodology</a> · <a href="/held">Held for editors</a> · <a href="/api/openapi.json">API</a></span>
</div></footer>
</body>
</html>`;
  return page.value;
}
