// /sources/ and /tags/: every outlet and every topic with its article count.
import type { SourceSummary, TagSummary } from "../src/archive-pages.ts";
import { html } from "../src/html.ts";
import type { SiteSettings } from "../src/types.ts";
import { urls } from "../src/urls.ts";
import { collectionMeta } from "../src/seo/page-meta.ts";
import { renderPage } from "./base.11ty.ts";
import { plural } from "./components.ts";

interface IndexData<S> {
  site: SiteSettings;
  index: readonly S[];
}

interface IndexEntry {
  name: string;
  url: string;
  count: number;
  description?: string | undefined;
}

function indexPage(site: SiteSettings, url: string, heading: string, entries: readonly IndexEntry[]): string {
  const main = html`<h1>${heading}</h1>
<ul class="count-list index-list">${entries.map(
    (entry) => html`<li><a href="${entry.url}">${entry.name}</a> <span class="count">${plural(entry.count, "article")}</span>${
      entry.description ? html`<p class="description">${entry.description}</p>` : ""
    }</li>`,
  )}</ul>`;
  const description = `${heading} of the archive, with the number of articles for each.`;
  const meta = collectionMeta(site, { url, name: heading, description }, [{ label: "Home", url: urls.home }]);
  return renderPage({ site, title: heading, description, url, main, meta });
}

export const sources = ({ site, index }: IndexData<SourceSummary>) =>
  indexPage(
    site,
    urls.sources,
    "Sources",
    index.map(({ source, articles }) => ({ name: source.name, url: source.url, count: articles.length, description: source.description })),
  );

export const tags = ({ site, index }: IndexData<TagSummary>) =>
  indexPage(
    site,
    urls.tags,
    "Tags",
    index.map(({ tag, articles }) => ({ name: tag.name, url: tag.url, count: articles.length })),
  );
