// /404.html: what a reader sees at an address that does not exist, with a way on.
import { html, trustedHtml } from "../src/html.ts";
import { localize } from "../src/messages/localize.ts";
import type { SiteSettings } from "../src/types.ts";
import { urls } from "../src/urls.ts";
import { renderPage } from "./base.11ty.ts";
import { searchForm } from "./components.ts";

// Listing pages were once numbered from the newest story, at `…/page/N/`; a host without
// `_redirects` (src/hosting/redirects.ts) serves this page there, which sends the reader
// on to the listing's first address. A path prefix is part of the address, so kept.
const FORMER_SEGMENT = urls.formerListingPage("/").replaceAll("/", "");
const FORMER_LISTING_PAGE = trustedHtml(`<script>
(function () {
  var former = new RegExp("^(.*/)${FORMER_SEGMENT}/[0-9]+/?$").exec(location.pathname);
  if (former) location.replace(former[1]);
})();
</script>`);

interface NotFoundData {
  site: SiteSettings;
}

export function render({ site }: NotFoundData): string {
  const ui = localize(site);
  const main = html`<h1>${ui.text("notFound.title")}</h1>
<p>${ui.text("notFound.text")}</p>
${searchForm(ui, { id: "not-found-search", label: ui.text("search.label"), landmark: ui.text("search.landmark.notFound") })}
<p>${ui.markup("notFound.onward", {
    latest: html`<a href="${urls.home}">${ui.text("notFound.latest")}</a>`,
    archive: html`<a href="${urls.archive}">${ui.text("notFound.archive")}</a>`,
  })}</p>
${FORMER_LISTING_PAGE}`;
  return renderPage({ site, title: ui.text("notFound.title"), url: urls.notFound, main, meta: { noindex: true } });
}
