// The <head> metadata of a page: canonical URL, Open Graph and Twitter cards,
// feed links and JSON-LD, printed from one typed description of the page.
import { html, type SafeHtml } from "../html.ts";
import type { SiteSettings } from "../types.ts";
import { absoluteUrl } from "../urls.ts";
import type { Crumb } from "../archive-pages.ts";
import { breadcrumbList, collectionPage, serializeJsonLd, type JsonLd } from "./json-ld.ts";
import { shareableImage } from "../images/responsive-images.ts";

export interface FeedLink {
  title: string;
  /** The page whose feeds these are: feeds live at `${base}feed.xml` and `${base}feed.json`. */
  base: string;
}

export interface PageMeta {
  type?: "website" | "article";
  image?: { src: string; alt: string };
  publishedTime?: string;
  modifiedTime?: string;
  jsonLd?: readonly JsonLd[];
  feed?: FeedLink;
  /** Pages such as 404 that must not be indexed. */
  noindex?: boolean;
  /** Highwire Press `citation_*` tags, name and content (citation.ts). */
  citation?: readonly (readonly [string, string])[];
}

export function feedUrls(base: string): { atom: string; json: string } {
  return { atom: `${base}feed.xml`, json: `${base}feed.json` };
}

export function headMeta(
  site: SiteSettings,
  page: { title: string; description: string; url: string },
  meta: PageMeta,
): SafeHtml {
  const canonical = absoluteUrl(site, page.url);
  const image = meta.image ? absoluteUrl(site, shareableImage(meta.image)) : undefined;
  const feeds = meta.feed ? feedUrls(meta.feed.base) : undefined;
  return html`<link rel="canonical" href="${canonical}">
${meta.noindex ? html`<meta name="robots" content="noindex">` : ""}
<meta property="og:site_name" content="${site.title}">
<meta property="og:type" content="${meta.type ?? "website"}">
<meta property="og:title" content="${page.title}">
<meta property="og:description" content="${page.description}">
<meta property="og:url" content="${canonical}">
${image ? html`<meta property="og:image" content="${image}">
<meta property="og:image:alt" content="${meta.image!.alt}">` : ""}
${meta.publishedTime ? html`<meta property="article:published_time" content="${meta.publishedTime}">` : ""}
${meta.modifiedTime ? html`<meta property="article:modified_time" content="${meta.modifiedTime}">` : ""}
<meta name="twitter:card" content="${image ? "summary_large_image" : "summary"}">
<meta name="twitter:title" content="${page.title}">
<meta name="twitter:description" content="${page.description}">
${image ? html`<meta name="twitter:image" content="${image}">` : ""}
${feeds ? html`<link rel="alternate" type="application/atom+xml" title="${meta.feed!.title}" href="${feeds.atom}">
<link rel="alternate" type="application/feed+json" title="${meta.feed!.title}" href="${feeds.json}">` : ""}
${(meta.citation ?? []).map(([name, content]) => html`<meta name="${name}" content="${content}">
`)}${meta.jsonLd && meta.jsonLd.length > 0 ? html`<script type="application/ld+json">${serializeJsonLd(meta.jsonLd)}</script>` : ""}`;
}

/** Metadata of a listing page: a CollectionPage with its breadcrumbs, and its feeds if it has any. */
export function collectionMeta(
  site: SiteSettings,
  page: { url: string; name: string; description: string },
  crumbs: readonly Crumb[],
  feed?: FeedLink,
): PageMeta {
  return {
    jsonLd: [collectionPage(site, page), ...(crumbs.length > 0 ? [breadcrumbList(site, [...crumbs, { label: page.name, url: page.url }])] : [])],
    ...(feed ? { feed } : {}),
  };
}
