// One topic and its articles, newest first, at /tags/<slug>/.
import type { TagSummary } from "../src/archive-pages.ts";
import { html } from "../src/html.ts";
import type { TagRef } from "../src/types.ts";
import { urls } from "../src/urls.ts";
import { plural } from "./components.ts";
import { subjectListingTemplate } from "./subject-listing.ts";

export const { render } = subjectListingTemplate<TagRef, TagSummary>({
  section: { label: "Tags", url: urls.tags },
  name: (tag) => tag.name,
  heading: (tag) => `Tagged “${tag.name}”`,
  description: (tag, summary) => (summary ? `${plural(summary.articles.length, "article")} tagged ${tag.name}.` : `Stories tagged ${tag.name}.`),
  intro: (_tag, { articles }) => html`<p class="meta">${plural(articles.length, "article")}</p>`,
  base: (tag) => tag.url,
  searchWithin: (tag) => ({ label: `Search within stories tagged ${tag.name}`, landmark: `Stories tagged ${tag.name}`, filters: { tag: tag.name } }),
});
