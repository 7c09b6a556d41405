// /sources/ and /tags/: every outlet and every topic with its article count.
import type { SourceSummary, TagSummary } from "../src/archive-pages.ts";
import { html } from "../src/html.ts";
import { localize } from "../src/messages/localize.ts";
import type { SiteSettings } from "../src/types.ts";
import { urls } from "../src/urls.ts";
import { collectionMeta } from "../src/seo/page-meta.ts";
import { renderPage } from "./base.11ty.ts";
import { homeCrumb, name } from "./components.ts";

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
  const ui = localize(site);
  const main = html`<h1>${heading}</h1>
<ul class="count-list index-list">${entries.map(
    (entry) => html`<li><a href="${entry.url}">${name(entry.name)}</a> <span class="count">${ui.count("count.articles", entry.count)}</span>${
      entry.description ? html`<p class="description">${entry.description}</p>` : ""
    }</li>`,
  )}</ul>`;
  const description = ui.text("index.description", { heading });
  const meta = collectionMeta(site, { url, name: heading, description }, [homeCrumb(ui)]);
  return renderPage({ site, title: heading, description, url, main, meta });
}

export const sources = ({ site, index }: IndexData<SourceSummary>) =>
  indexPage(
    site,
    urls.sources,
    localize(site).text("nav.sources"),
    index.map(({ source, articles }) => ({ name: source.name, url: source.url, count: articles.length, description: source.description })),
  );

export const tags = ({ site, index }: IndexData<TagSummary>) =>
  indexPage(
    site,
    urls.tags,
    localize(site).text("nav.tags"),
    index.map(({ tag, articles }) => ({ name: tag.name, url: tag.url, count: articles.length })),
  );
