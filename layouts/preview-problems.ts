// The preview's report of broken content: a box above everything else on every page the
// preview server sends while an error or warning lasts, and a page of its own listing
// every problem and note of the last rebuild. Never part of a build's pages.
import type { ContentIssue } from "../src/errors.ts";
import { formatIssue } from "../src/errors.ts";
import { html, type SafeHtml } from "../src/html.ts";
import { urls } from "../src/urls.ts";

export interface PreviewProblems {
  heading: string;
  /** Errors and warnings, sorted by file; notes are on the full list only. */
  lines: ContentIssue[];
  /** What the full list adds ("and 1,971 notes"), if anything. */
  more?: string;
}

export interface ProblemsReport {
  heading: string;
  sections: { title: string; lines: ContentIssue[] }[];
}

const issueList = (lines: readonly ContentIssue[]) => html`<ul>${lines.map((issue) => html`<li><code>${formatIssue(issue)}</code></li>`)}</ul>`;

export function previewProblemsBox({ heading, lines, more }: PreviewProblems): SafeHtml {
  return html`<aside class="preview-problems" role="alert" aria-labelledby="preview-problems-heading">
<h2 id="preview-problems-heading">${heading}</h2>
${issueList(lines)}
${more ? html`<p><a href="${urls.previewProblems}">The full list, ${more}</a></p>` : ""}
</aside>`;
}

/** A plain page: it must show even when the site's own pages or stylesheet are broken. */
export function previewProblemsPage({ heading, sections }: ProblemsReport): string {
  return html`<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${heading}: Annals preview</title>
<style>body { font: 1rem/1.5 system-ui, sans-serif; max-width: 72rem; margin: 1rem auto; padding: 0 1rem; } code { white-space: pre-wrap; overflow-wrap: anywhere; }</style></head>
<body>
<main>
<h1>${heading}</h1>
<p><a href="/">Back to the preview</a>. <code>npm run check</code> prints the same list.</p>
${sections.map(({ title, lines }) => html`<section><h2>${title}</h2>${issueList(lines)}</section>`)}
</main>
</body>
</html>
`.toString();
}
