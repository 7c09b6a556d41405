// The front page: the latest articles, newest first, paginated at /, /page/2/, ...
import { html } from "../src/html.ts";
import type { PageOf } from "../src/paginate.ts";
import type { Article, SiteSettings } from "../src/types.ts";
import { renderPage } from "./base.11ty.ts";
import { articleList, pagination } from "./components.ts";

interface HomeData {
  site: SiteSettings;
  listing: PageOf<Article>;
}

export const data = {
  layout: false,
  pagination: { data: "archive.pages.home", size: 1, alias: "listing" },
  permalink: (data: HomeData) => data.listing.url,
};

export function render({ site, listing }: HomeData): string {
  const heading = listing.pageNumber === 1 ? "Latest stories" : `Latest stories, page ${listing.pageNumber}`;
  return renderPage({
    site,
    title: heading,
    url: listing.url,
    main: html`<h1>${heading}</h1>
${listing.items.length === 0 ? html`<p>No articles yet.</p>` : articleList(listing.items)}
${pagination(listing)}`,
  });
}
