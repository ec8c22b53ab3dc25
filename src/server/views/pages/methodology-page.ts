/**
 * How Plaudit works: docs/methodology.md when the repository has it (the profile's own documentation), else a
 * short built-in summary of what every figure on a film page means.
 */
import { html, type SafeHtml } from '../html.ts';
import { layout } from '../layout.ts';
import type { EditorView } from '../editor-view.ts';
import { renderMarkdown } from '../markdown.ts';

const SUMMARY = `# How Plaudit works

Plaudit reads critics' reviews (web pages, page text, and exports), strips the page around each one, and works out
which film, critic, outlet and explicit rating it has.

## Verdict and score
- A label the source gives (fresh or rotten) decides the verdict; otherwise the critic's explicit rating, with the text
  tipping it in the ambiguous band (roughly 55-69); otherwise the trained text model.
- The score (0-100) is the critic's rating normalised the way Metacritic does (A = 100 … F = 0, 3/4 = 75,
  ★★★½ of four = 88) when there is one, and otherwise the text model's calibrated reading.

## A film's profile
- **Percent positive** is the share of reviews with a positive verdict, shown with its **95% Wilson interval**: with
  few reviews the interval is wide, and it says so.
- **Average score** is the mean of the reviews' scores. The **bands** count scores of 61-100 (positive), 40-60
  (mixed) and 0-39 (negative).
- Figures show from 5 reviews up; below that the page says how many reviews there are.
- A critic's **agreement with the consensus** compares each of their verdicts with the majority of the *other*
  critics' verdicts on the same film, on films with at least three other reviews and no tie.

## Your data
Every review is linked to its original where the source gave one, and the review text shown is the text Plaudit
judged, after page boilerplate was removed.`;

export function methodologyPage(markdown: string | null, editor?: EditorView): string {
  const content: SafeHtml = renderMarkdown(markdown ?? SUMMARY);
  return layout({ title: 'How it works', body: html`<article class="prose">${content}</article>`, canonical: '/methodology', editor });
}
