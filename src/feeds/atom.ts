// Atom 1.0 (RFC 4287). The html tag's escaping is also XML's: & < > " ' become entities.
import { html, trustedHtml, type SafeHtml } from "../html.ts";
import type { Article, SiteSettings } from "../types.ts";
import { absoluteUrl } from "../urls.ts";
import { absoluteBody, authorName, categoriesOf, entrySummary, feedDate, imageType } from "./feed-items.ts";
import type { FeedSpec } from "../collections/feed-specs.ts";
import { shareableImage } from "../images/responsive-images.ts";

async function entry(site: SiteSettings, article: Article, feed: FeedSpec): Promise<SafeHtml> {
  const url = absoluteUrl(site, article.url);
  const body = feed.fullContent ? await absoluteBody(site, article) : undefined;
  return html`<entry>
<title>${article.title}</title>
<link rel="alternate" type="text/html" href="${url}"/>
<id>${url}</id>
<published>${feedDate(article.date)}</published>
<updated>${feedDate(article.modified)}</updated>
<author><name>${authorName(article)}</name></author>
<summary>${entrySummary(feed, article)}</summary>
${body === undefined ? "" : html`<content type="html">${body}</content>`}
${categoriesOf(article).map((name) => html`<category term="${name}"/>`)}
${article.image ? html`<link rel="enclosure" type="${imageType(shareableImage(article.image))}" title="${article.image.alt}" href="${absoluteUrl(site, shareableImage(article.image))}"/>` : ""}
<source><title>${article.source.name}</title>${article.sourceUrl ? html`<link rel="alternate" href="${article.sourceUrl}"/>` : ""}</source>
</entry>`;
}

export async function renderAtom(site: SiteSettings, feed: FeedSpec): Promise<string> {
  const page = absoluteUrl(site, feed.base);
  const newest = feed.items[0];
  const entries = await Promise.all(feed.items.map((article) => entry(site, article, feed)));
  return `<?xml version="1.0" encoding="utf-8"?>\n${html`<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${site.language}">
<title>${feed.title}</title>
<subtitle>${feed.description}</subtitle>
<link rel="self" type="application/atom+xml" href="${absoluteUrl(site, `${feed.base}feed.xml`)}"/>
<link rel="alternate" type="text/html" href="${page}"/>
<id>${page}</id>
<updated>${newest ? feedDate(newest.modified) : "1970-01-01T00:00:00Z"}</updated>
<author><name>${site.title}</name></author>
${trustedHtml(entries.join("\n"))}
</feed>`}\n`;
}
