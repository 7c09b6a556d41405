// /404.html: what a reader sees at an address that does not exist, with a way on.
import { html } from "../src/html.ts";
import type { SiteSettings } from "../src/types.ts";
import { urls } from "../src/urls.ts";
import { renderPage } from "./base.11ty.ts";

interface NotFoundData {
  site: SiteSettings;
}

export const data = { layout: false, permalink: "/404.html", noindex: true, eleventyExcludeFromCollections: true };

export function render({ site }: NotFoundData): string {
  const main = html`<h1>Page not found</h1>
<p>There is no page at this address. It may have moved, or the link may be mistyped.</p>
<form class="search-form" role="search" action="/search/">
<label for="not-found-search">Search the archive</label>
<input id="not-found-search" type="search" name="q">
<button type="submit">Search</button>
</form>
<p>Or start from the <a href="${urls.home}">latest stories</a> or the <a href="${urls.archive}">archive by date</a>.</p>`;
  return renderPage({ site, title: "Page not found", url: "/404.html", main, meta: { noindex: true } });
}
