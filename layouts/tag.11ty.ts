// One topic and its articles, newest first, at /tags/<slug>/.
import type { Listing, TagSummary } from "../src/archive-pages.ts";
import { html } from "../src/html.ts";
import type { SiteSettings } from "../src/types.ts";
import { urls } from "../src/urls.ts";
import { renderPage } from "./base.11ty.ts";
import { breadcrumbs, listingMain, listingTitle, plural } from "./components.ts";

interface TagData {
  site: SiteSettings;
  listing: Listing<TagSummary>;
}

export const data = {
  layout: false,
  pagination: { data: "archive.pages.tags", size: 1, alias: "listing" },
  permalink: (data: TagData) => data.listing.url,
};

export function render({ site, listing }: TagData): string {
  const { tag, articles } = listing.subject;
  const heading = `Tagged “${tag.name}”`;
  return renderPage({
    site,
    title: listingTitle(listing, heading),
    url: listing.url,
    main: html`${breadcrumbs([{ label: "Home", url: urls.home }, { label: "Tags", url: urls.tags }])}
${listingMain(listing, heading, html`<p class="meta">${plural(articles.length, "article")}</p>`)}`,
  });
}
