// The front page: the latest articles, newest first, paginated at /, /page/2/, ...
import type { PageOf } from "../src/paginate.ts";
import type { Article, SiteSettings } from "../src/types.ts";
import { renderPage } from "./base.11ty.ts";
import { listingMain, listingTitle } from "./components.ts";

interface HomeData {
  site: SiteSettings;
  listing: PageOf<Article>;
}

const HEADING = "Latest stories";

export const data = {
  layout: false,
  pagination: { data: "archive.pages.home", size: 1, alias: "listing" },
  permalink: (data: HomeData) => data.listing.url,
};

export function render({ site, listing }: HomeData): string {
  return renderPage({ site, title: listingTitle(listing, HEADING), url: listing.url, main: listingMain(listing, HEADING) });
}
