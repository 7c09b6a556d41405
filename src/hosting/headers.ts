// The `_headers` file that Netlify and Cloudflare Pages read: what readers' browsers and
// the hosts' caches may keep, and for how long.
// https://docs.netlify.com/routing/headers/ https://developers.cloudflare.com/pages/configuration/headers/
//
// Only files whose name changes with their content are kept for a year; everything a
// reader must see fresh (pages, feeds, sitemaps, the search index's entry point) is
// revalidated on every visit. The two hosts differ when several rules match one path
// (Cloudflare joins the values with a comma; Netlify's order rules are its own), so no
// two rules here match the same file: each rule names an extension or a folder of its own.
import type { SiteSettings } from "../types.ts";

export const IMMUTABLE = "public, max-age=31536000, immutable";
export const REVALIDATE = "public, max-age=0, must-revalidate";

export interface CacheRule {
  /** A site path without the prefix; `*` is the hosts' greedy wildcard (it crosses folders). */
  path: string;
  cacheControl: string;
  why: string;
}

/**
 * A fingerprinted asset's file name: `annals.3f9a1c2b.css`. The hosts' patterns cannot
 * say "eight hex digits", so the assets are listed one by one after this check.
 */
export const HASHED_ASSET = /^[\w-]+\.[0-9a-f]{8}\.[a-z0-9]+$/;

// Pagefind names its index files by their content; pagefind.js, its UI files and the
// wasm.<lang>.pagefind module keep one name across Pagefind versions, so they revalidate.
const PAGEFIND_HASHED = ["pf_meta", "pf_fragment", "pf_index", "pf_filter"];
const PAGEFIND_NAMED = ["js", "css", "pagefind"];

/** Every rule, in the order the file lists them. `assetFiles` are the names in /assets/. */
export function cacheRules(assetFiles: readonly string[] = []): CacheRule[] {
  const hashed = [...assetFiles].filter((name) => HASHED_ASSET.test(name)).sort();
  return [
    ...hashed.map((name) => ({ path: `/assets/${name}`, cacheControl: IMMUTABLE, why: "a fingerprinted asset" })),
    { path: "/img/*", cacheControl: IMMUTABLE, why: "responsive images, named by their content" },
    // Originals keep the editor's file name: a photo replaced under the same name must show within a day.
    { path: "/images/*", cacheControl: "public, max-age=86400", why: "original images, named by the editor" },
    ...PAGEFIND_HASHED.map((extension) => ({ path: `/pagefind/*.${extension}`, cacheControl: IMMUTABLE, why: "the search index, named by its content, in any bundle" })),
    ...PAGEFIND_NAMED.map((extension) => ({ path: `/pagefind/*.${extension}`, cacheControl: REVALIDATE, why: "Pagefind's script and module, same name in every version" })),
    { path: "/pagefind/*pagefind-entry.json", cacheControl: REVALIDATE, why: "the search index's entry point, in any bundle" },
    { path: "/", cacheControl: REVALIDATE, why: "the home page" },
    { path: "/*.html", cacheControl: REVALIDATE, why: "pages (folder URLs such as /about/ get the hosts' default, which also revalidates)" },
    { path: "/*feed.xml", cacheControl: REVALIDATE, why: "Atom feeds, the site's and every listing's" },
    { path: "/*feed.json", cacheControl: REVALIDATE, why: "JSON feeds, the site's and every listing's" },
    { path: "/sitemap.xml", cacheControl: REVALIDATE, why: "the sitemap" },
    { path: "/news-sitemap.xml", cacheControl: REVALIDATE, why: "the Google News sitemap" },
    { path: "/robots.txt", cacheControl: REVALIDATE, why: "robots.txt" },
    ...["json", "jsonl", "csv"].map((extension) => ({ path: `/data/*.${extension}`, cacheControl: REVALIDATE, why: "the open data, rewritten as stories are added" })),
  ];
}

/** The `_headers` file for a site served below `site.pathPrefix`. */
export function headersFile(site: Pick<SiteSettings, "pathPrefix">, assetFiles: readonly string[] = []): string {
  const prefix = site.pathPrefix.replace(/\/$/, "");
  const blocks = cacheRules(assetFiles).map((rule) => `# ${rule.why}\n${prefix}${rule.path}\n  Cache-Control: ${rule.cacheControl}\n`);
  return [
    "# Caching for Netlify and Cloudflare Pages, written by `npm run build`.",
    "# A year for files named by their content; every visit revalidates the rest.",
    "",
    blocks.join("\n"),
  ].join("\n");
}
