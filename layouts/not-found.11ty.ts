// /404.html: what a reader sees at an address that does not exist, with a way on.
import { html, trustedHtml } from "../src/html.ts";
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
  const main = html`<h1>Page not found</h1>
<p>There is no page at this address. It may have moved, or the link may be mistyped.</p>
${searchForm({ id: "not-found-search", label: "Search the archive", landmark: "Search from here" })}
<p>Or start from the <a href="${urls.home}">latest stories</a> or the <a href="${urls.archive}">archive by date</a>.</p>
${FORMER_LISTING_PAGE}`;
  return renderPage({ site, title: "Page not found", url: urls.notFound, main, meta: { noindex: true } });
}
