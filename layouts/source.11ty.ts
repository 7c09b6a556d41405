// One outlet and its articles, newest first, at /sources/<slug>/.
import type { Listing, SourceSummary } from "../src/archive-pages.ts";
import { html } from "../src/html.ts";
import type { SiteSettings } from "../src/types.ts";
import { urls } from "../src/urls.ts";
import { collectionMeta } from "../src/seo/page-meta.ts";
import { renderPage } from "./base.11ty.ts";
import { breadcrumbs, listingMain, listingTitle, plural } from "./components.ts";

interface SourceData {
  site: SiteSettings;
  listing: Listing<SourceSummary>;
}

export const data = {
  layout: false,
  pagination: { data: "archive.pages.sources", size: 1, alias: "listing", addAllPagesToCollections: true },
  permalink: (data: SourceData) => data.listing.url,
};

export function render({ site, listing }: SourceData): string {
  const { source, articles } = listing.subject;
  const intro = html`${source.description ? html`<p class="description">${source.description}</p>` : ""}
<p class="meta">${plural(articles.length, "article")}${source.homepage ? html` · <a href="${source.homepage}" rel="external noopener">${new URL(source.homepage).hostname}</a>` : ""}</p>`;
  const title = listingTitle(listing, source.name);
  const description = source.description ?? `Articles from ${source.name}.`;
  const crumbs = [{ label: "Home", url: urls.home }, { label: "Sources", url: urls.sources }];
  return renderPage({
    site,
    title,
    description,
    url: listing.url,
    main: html`${breadcrumbs(crumbs)}
${listingMain(listing, source.name, intro)}`,
    meta: collectionMeta(site, { url: listing.url, name: title, description }, crumbs, { title: `${site.title}: ${source.name}`, base: source.url }),
  });
}
