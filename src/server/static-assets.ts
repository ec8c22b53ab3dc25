/**
 * The stylesheet and icon, served from files. The stylesheet's URL carries a hash of its content, so browsers
 * may keep it for a year and still see a new version the moment it changes.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export interface StaticAsset {
  path: string;
  body: string;
  contentType: string;
}

let stylesheet: StaticAsset | null = null;

/** Read on first use and kept: the file is part of the program, like its code. */
export function stylesheetAsset(): StaticAsset {
  if (stylesheet === null) {
    const body = readFileSync(fileURLToPath(new URL('./static/styles.css', import.meta.url)), 'utf8');
    const hash = createHash('sha256').update(body).digest('hex').slice(0, 12);
    stylesheet = { path: `/static/styles.${hash}.css`, body, contentType: 'text/css; charset=utf-8' };
  }
  return stylesheet;
}

/** The mark beside the name: a star of applause in a ring. */
export const ICON_SVG = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><circle cx="16" cy="16" r="15" fill="#14110f"/><circle cx="16" cy="16" r="11.5" fill="none" stroke="#e5a93b" stroke-width="2"/><path d="M16 8.5l2.2 4.6 5 .6-3.7 3.4 1 5-4.5-2.5-4.5 2.5 1-5-3.7-3.4 5-.6z" fill="#e5a93b"/></svg>`;
