// One topic and its articles, newest first, at /tags/<slug>/.
import type { TagSummary } from "../src/archive-pages.ts";
import { html } from "../src/html.ts";
import type { TagRef } from "../src/types.ts";
import { urls } from "../src/urls.ts";
import { subjectListingTemplate } from "./subject-listing.ts";

export const { render } = subjectListingTemplate<TagRef, TagSummary>({
  section: (ui) => ({ label: ui.text("nav.tags"), url: urls.tags }),
  name: (tag) => tag.name,
  heading: (ui, tag) => ui.text("tag.heading", { name: tag.name }),
  description: (ui, tag, summary) =>
    summary ? ui.text("tag.counted", { articles: ui.count("count.articles", summary.articles.length), name: tag.name }) : ui.text("tag.description", { name: tag.name }),
  intro: (ui, _tag, { articles }) => html`<p class="meta">${ui.count("count.articles", articles.length)}</p>`,
  base: (tag) => tag.url,
  searchWithin: (ui, tag) => ({ label: ui.text("tag.searchWithin", { name: tag.name }), landmark: ui.text("tag.stories", { name: tag.name }), filters: { tag: tag.name } }),
});
