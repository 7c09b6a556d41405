// One topic and its articles, newest first, at /tags/<slug>/.
import type { Listing, TagSummary } from "../src/archive-pages.ts";
import { html } from "../src/html.ts";
import type { SiteSettings } from "../src/types.ts";
import { urls } from "../src/urls.ts";
import { collectionMeta } from "../src/seo/page-meta.ts";
import { renderPage } from "./base.11ty.ts";
import { breadcrumbs, listingMain, listingTitle, plural } from "./components.ts";

interface TagData {
  site: SiteSettings;
  listing: Listing<TagSummary>;
}

export const data = {
  layout: false,
  pagination: { data: "archive.pages.tags", size: 1, alias: "listing", addAllPagesToCollections: true },
  permalink: (data: TagData) => data.listing.url,
};

export function render({ site, listing }: TagData): string {
  const { tag, articles } = listing.subject;
  const heading = `Tagged “${tag.name}”`;
  const title = listingTitle(listing, heading);
  const description = `${plural(articles.length, "article")} tagged ${tag.name}.`;
  const crumbs = [{ label: "Home", url: urls.home }, { label: "Tags", url: urls.tags }];
  return renderPage({
    site,
    title,
    description,
    url: listing.url,
    main: html`${breadcrumbs(crumbs)}
${listingMain(listing, heading, html`<p class="meta">${plural(articles.length, "article")}</p>`)}`,
    meta: collectionMeta(site, { url: listing.url, name: title, description }, crumbs, { title: `${site.title}: ${tag.name}`, base: tag.url }),
  });
}
