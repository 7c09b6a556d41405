// One outlet and its articles, newest first, at /sources/<slug>/.
import type { SourceSummary } from "../src/archive-pages.ts";
import { html } from "../src/html.ts";
import type { Source } from "../src/types.ts";
import { urls } from "../src/urls.ts";
import { subjectListingTemplate } from "./subject-listing.ts";

export const { render } = subjectListingTemplate<Source, SourceSummary>({
  section: (ui) => ({ label: ui.text("nav.sources"), url: urls.sources }),
  name: (source) => source.name,
  heading: (_ui, source) => source.name,
  description: (ui, source) => source.description ?? ui.text("source.description", { name: source.name }),
  intro: (ui, source, { articles }) => html`${source.description ? html`<p class="description">${source.description}</p>` : ""}
<p class="meta">${ui.count("count.articles", articles.length)}${
    source.homepage ? html` · <a href="${source.homepage}" rel="external noopener">${new URL(source.homepage).hostname}</a>` : ""
  }</p>`,
  base: (source) => source.url,
  searchWithin: (ui, source) => ({ label: ui.text("source.searchWithin", { name: source.name }), landmark: ui.text("source.stories", { name: source.name }), filters: { source: source.name } }),
});
