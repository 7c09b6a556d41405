// Old addresses that lead to imported stories (`redirect_from:`), as the two things a
// static site can offer: a small page at each old path, for any host, and a
// `_redirects` file, which Netlify and Cloudflare Pages turn into real 301s.
// Pure: the build decides where and when these are written.
import { html } from "../html.ts";
import { localize } from "../messages/localize.ts";
import { absoluteUrl, prefixedPath, urls } from "../urls.ts";
import type { Article, SiteSettings } from "../types.ts";

type RedirectSite = Pick<SiteSettings, "url" | "pathPrefix" | "language" | "digits" | "messages">;
type RedirectArticle = Pick<Article, "url" | "title" | "redirectFrom">;

export interface RedirectPage {
  /** Output-relative file, e.g. `news/iraq/old-slug/index.html`. */
  path: string;
  html: string;
}

interface Redirect {
  from: string;
  article: RedirectArticle;
}

export function redirectsOf(articles: readonly RedirectArticle[]): Redirect[] {
  return articles
    .filter((article) => article.redirectFrom.length > 0)
    .flatMap((article) => article.redirectFrom.map((from) => ({ from, article })))
    .sort((a, b) => a.from.localeCompare(b.from));
}

/**
 * The file a host serves for an old path: `/a/b/` and `/a/b` -> `a/b/index.html`,
 * `/a/b.html` -> `a/b.html`. WordPress writes non-Latin slugs %-encoded; the file
 * is named with the decoded letters, as a host decodes the request before looking.
 */
export function redirectFileFor(path: string): string | undefined {
  if (path.includes("?")) return undefined;
  const segments = decodeURIComponent(path).split("/").filter((segment) => segment !== "");
  if (segments.length === 0) return undefined;
  const last = segments.at(-1)!;
  return /\.[a-z0-9]{1,5}$/i.test(last) && !path.endsWith("/") ? segments.join("/") : [...segments, "index.html"].join("/");
}

/** The page at an old address: the new one's link, a refresh to it, and noindex. */
export function redirectPage(site: RedirectSite, article: Pick<Article, "url" | "title">): string {
  const target = prefixedPath(site, article.url);
  return html`<!doctype html>
<html lang="${site.language}" dir="${localize(site).dir}">
<head>
<meta charset="utf-8">
<title>${article.title}</title>
<meta name="robots" content="noindex">
<link rel="canonical" href="${absoluteUrl(site, article.url)}">
<meta http-equiv="refresh" content="0; url=${target}">
</head>
<body>
<p>${localize(site).markup("redirect.moved", { story: html`<a href="${target}">${article.title}</a>` })}</p>
</body>
</html>
`.toString();
}

/**
 * A page at every old path that can be a file. An old address with a query string
 * (`/?p=102`) cannot: a static host serves the same file whatever the query, so it
 * appears in `_redirects` only.
 */
export function redirectPages(site: RedirectSite, articles: readonly RedirectArticle[]): RedirectPage[] {
  return redirectsOf(articles).flatMap(({ from, article }) => {
    const path = redirectFileFor(from);
    return path ? [{ path, html: redirectPage(site, article) }] : [];
  });
}

/**
 * `_redirects` lines, `from to 301`. A query string is written the way Netlify matches
 * one (`/ p=102 /to 301`); Cloudflare Pages cannot match queries and skips such lines.
 * https://docs.netlify.com/routing/redirects/redirect-options/#query-parameters
 */
export function redirectsFile(site: RedirectSite, articles: readonly RedirectArticle[]): string {
  const lines = redirectsOf(articles).map(({ from, article }) => {
    const [path = "/", query] = from.split("?", 2);
    const parameters = query ? query.split("&").filter((pair) => pair !== "").map((pair) => (pair.includes("=") ? pair : `${pair}=`)) : [];
    return [prefixedPath(site, path), ...parameters, prefixedPath(site, article.url), "301"].join(" ");
  });
  return ["# Old addresses of imported stories (redirect_from:), written by Annals.", ...lines, ...formerListingPages(site), ""].join("\n");
}

/**
 * Listing pages were once numbered from the newest story (`/tags/oil/page/2/`), so what
 * such an address showed moved with every story; they lead to the listing's first
 * address now. On hosts without `_redirects`, the 404 page does the same in the browser.
 */
function formerListingPages(site: RedirectSite): string[] {
  return [
    "# Listing pages numbered from the newest story, an earlier scheme: to the listing's first address.",
    ...urls.listingPatterns().map((base) => `${prefixedPath(site, urls.formerListingPage(base))}* ${prefixedPath(site, base)} 301`),
  ];
}
