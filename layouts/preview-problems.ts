// The preview's report of broken content, shown above everything else on every page
// the preview server sends while a problem lasts. Never part of a build's pages.
import { formatIssue } from "../src/errors.ts";
import { html, type SafeHtml } from "../src/html.ts";
import type { PreviewProblems } from "../src/preview/problems.ts";

export function previewProblemsBox({ heading, lines }: PreviewProblems): SafeHtml {
  return html`<aside class="preview-problems" role="alert" aria-labelledby="preview-problems-heading">
<h2 id="preview-problems-heading">${heading}</h2>
<ul>${lines.map((issue) => html`<li><code>${formatIssue(issue)}</code></li>`)}</ul>
</aside>`;
}
