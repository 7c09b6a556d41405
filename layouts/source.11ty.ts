// One outlet and its articles, newest first, at /sources/<slug>/.
import type { SourceSummary } from "../src/archive-pages.ts";
import { html } from "../src/html.ts";
import type { Source } from "../src/types.ts";
import { urls } from "../src/urls.ts";
import { plural } from "./components.ts";
import { subjectListingTemplate } from "./subject-listing.ts";

export const { render } = subjectListingTemplate<Source, SourceSummary>({
  section: { label: "Sources", url: urls.sources },
  name: (source) => source.name,
  heading: (source) => source.name,
  description: (source) => source.description ?? `Stories from ${source.name}.`,
  intro: (source, { articles }) => html`${source.description ? html`<p class="description">${source.description}</p>` : ""}
<p class="meta">${plural(articles.length, "article")}${
    source.homepage ? html` · <a href="${source.homepage}" rel="external noopener">${new URL(source.homepage).hostname}</a>` : ""
  }</p>`,
  base: (source) => source.url,
  searchWithin: (source) => ({ label: `Search within stories from ${source.name}`, landmark: `Stories from ${source.name}`, filters: { source: source.name } }),
});
