// The front page: the latest articles, newest first, at /, with older pages at /pages/N/.
import type { PageOf } from "../src/paginate.ts";
import { localize } from "../src/messages/localize.ts";
import type { Article, SiteSettings } from "../src/types.ts";
import { renderPage } from "./base.11ty.ts";
import { listingMain, listingTitle, SITE_FEED } from "./components.ts";
import { collectionMeta } from "../src/seo/page-meta.ts";

interface HomeData {
  site: SiteSettings;
  listing: PageOf<Article>;
}

export function render({ site, listing }: HomeData): string {
  const ui = localize(site);
  const heading = ui.text("home.heading");
  const title = listingTitle(ui, listing, heading);
  const meta = collectionMeta(site, { url: listing.url, name: title, description: site.description }, [], SITE_FEED(site));
  return renderPage({ site, title, url: listing.url, main: listingMain(ui, listing, heading), meta });
}
