// JSON Feed 1.1: https://www.jsonfeed.org/version/1.1/
import type { Article, SiteSettings } from "../types.ts";
import { absoluteUrl } from "../urls.ts";
import { absoluteBody, authorName, categoriesOf, entrySummary, feedDate, imageType } from "./feed-items.ts";
import type { FeedSpec } from "../collections/feed-specs.ts";
import { shareableImage } from "../images/responsive-images.ts";

async function item(site: SiteSettings, article: Article, feed: FeedSpec) {
  const url = absoluteUrl(site, article.url);
  const image = article.image ? absoluteUrl(site, shareableImage(article.image)) : undefined;
  return {
    id: url,
    url,
    title: article.title,
    ...(feed.fullContent ? { content_html: await absoluteBody(site, article) } : { content_text: entrySummary(feed, article) }),
    summary: entrySummary(feed, article),
    date_published: feedDate(article.date),
    date_modified: feedDate(article.modified),
    authors: [{ name: authorName(article) }],
    tags: categoriesOf(article),
    ...(article.lang ? { language: article.lang } : {}),
    ...(article.sourceUrl ? { external_url: article.sourceUrl } : {}),
    ...(image ? { image, attachments: [{ url: image, mime_type: imageType(shareableImage(article.image!)), title: article.image!.alt }] } : {}),
    // JSON Feed extensions start with an underscore.
    _source: { name: article.source.name, ...(article.source.homepage ? { url: article.source.homepage } : {}) },
  };
}

export async function renderJsonFeed(site: SiteSettings, feed: FeedSpec): Promise<string> {
  return JSON.stringify(
    {
      version: "https://jsonfeed.org/version/1.1",
      title: feed.title,
      description: feed.description,
      home_page_url: absoluteUrl(site, feed.base),
      feed_url: absoluteUrl(site, `${feed.base}feed.json`),
      language: site.language,
      authors: [{ name: site.title }],
      items: await Promise.all(feed.items.map((article) => item(site, article, feed))),
    },
    null,
    2,
  );
}
