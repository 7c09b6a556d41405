// What Atom and JSON Feed share about an article: absolute links, dates, categories, image type.
import { convertHtmlToAbsoluteUrls, dateToRfc3339 } from "@11ty/eleventy-plugin-rss";
import type { ArticleDate } from "../dates.ts";
import { mentionedEntities, type Article, type SiteSettings } from "../types.ts";
import { absoluteUrl } from "../urls.ts";
import { feedHtml } from "./feed-html.ts";
import type { FeedSpec } from "../collections/feed-specs.ts";

const IMAGE_TYPES: Readonly<Record<string, string>> = {
  jpg: "image/jpeg",
  jpeg: "image/jpeg",
  png: "image/png",
  gif: "image/gif",
  webp: "image/webp",
  avif: "image/avif",
  svg: "image/svg+xml",
};

export function imageType(src: string): string {
  const extension = src.split("?")[0]!.split(".").pop()?.toLowerCase() ?? "";
  return IMAGE_TYPES[extension] ?? "application/octet-stream";
}

/** RFC 3339, as Atom and JSON Feed want; a time with an offset is kept as written. */
export function feedDate(date: ArticleDate): string {
  return date.hasTime ? date.iso : dateToRfc3339(new Date(date.epoch));
}

export function categoriesOf(article: Article): string[] {
  return mentionedEntities(article).map((entity) => entity.name);
}

/** What a feed's entry says of a story: its summary, or in the corrections feed its newest correction. */
export function entrySummary(feed: Pick<FeedSpec, "summary">, article: Article): string {
  const newest = article.corrections.at(-1);
  return feed.summary === "newestCorrection" && newest ? `Correction, ${newest.date.display}: ${newest.text}` : article.summary;
}

export function authorName(article: Article): string {
  return article.author ?? article.source.name;
}

/** The article's body with every link and image made absolute, and nothing active left in it, for reading outside the site. */
export async function absoluteBody(site: SiteSettings, article: Article): Promise<string> {
  return feedHtml(await convertHtmlToAbsoluteUrls(article.html, absoluteUrl(site, article.url)));
}
