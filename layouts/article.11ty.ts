// One article at /YYYY/MM/DD/<slug>/.
import type { ArticlePage } from "../src/archive-pages.ts";
import { html, trustedHtml, type SafeHtml } from "../src/html.ts";
import type { Article, EntityRef, SiteSettings, TagRef } from "../src/types.ts";
import { breadcrumbList, newsArticle } from "../src/seo/json-ld.ts";
import type { PageMeta } from "../src/seo/page-meta.ts";
import { renderPage } from "./base.11ty.ts";
import { articleList, breadcrumbs, SITE_FEED, time } from "./components.ts";

interface ArticleData {
  site: SiteSettings;
  entry: ArticlePage;
}

export const data = {
  layout: false,
  pagination: { data: "archive.pages.articles", size: 1, alias: "entry", addAllPagesToCollections: true },
  permalink: (data: ArticleData) => data.entry.article.url,
};

function olderNewer({ older, newer }: ArticlePage): SafeHtml {
  if (!older && !newer) return html``;
  return html`<nav class="older-newer" aria-label="Older and newer stories">
${older ? html`<a rel="prev" href="${older.url}"><span>Older</span> ${older.title}</a>` : ""}
${newer ? html`<a rel="next" href="${newer.url}"><span>Newer</span> ${newer.title}</a>` : ""}
</nav>`;
}

function relatedStories(related: readonly Article[]): SafeHtml {
  if (related.length === 0) return html``;
  return html`<section class="related" aria-labelledby="related-heading">
<h2 id="related-heading">Related stories</h2>
${articleList(related, 3)}
</section>`;
}

function linkList(label: string, links: readonly (EntityRef | TagRef)[]): SafeHtml {
  if (links.length === 0) return html``;
  return html`<div class="about-list"><dt>${label}</dt><dd><ul>${links.map(
    (link) => html`<li><a href="${link.url}">${link.name}</a></li>`,
  )}</ul></dd></div>`;
}

function figure(article: Article): SafeHtml {
  const image = article.image;
  if (!image) return html``;
  const caption = image.caption || image.credit
    ? html`<figcaption>${image.caption ?? ""}${image.credit ? html` <span class="credit">${image.credit}</span>` : ""}</figcaption>`
    : "";
  return html`<figure class="lead-image"><img src="${image.src}" alt="${image.alt}">${caption}</figure>`;
}

export function render({ site, entry }: ArticleData): string {
  const { article } = entry;
  const sourceLine = article.sourceUrl
    ? html`<a href="${article.sourceUrl}" rel="external noopener">${article.source.name}</a>`
    : html`<a href="${article.source.url}">${article.source.name}</a>`;
  const main = html`${breadcrumbs(entry.breadcrumbs)}
<article class="article"${article.lang ? html` lang="${article.lang}"` : ""} dir="${article.dir}" data-pagefind-body>
<header class="article-header">
${article.draft ? html`<p class="draft-banner" role="note">Draft: not published in a build</p>` : ""}
<h1>${article.title}</h1>
<p class="dateline">${time(article.date)} · ${sourceLine}${article.author ? html` · By ${article.author}` : ""}</p>
</header>
${figure(article)}
<div class="article-body">
${trustedHtml(article.html)}
</div>
<footer class="article-footer">
${article.updated ? html`<p class="updated">Updated ${time(article.updated)}</p>` : ""}
<dl class="about">
${linkList("People", article.people)}
${linkList("Organizations", article.organizations)}
${linkList("Places", article.places)}
${linkList("Tags", article.tags)}
</dl>
</footer>
</article>
${olderNewer(entry)}
${relatedStories(entry.related)}`;
  const meta: PageMeta = {
    type: "article",
    ...(article.image ? { image: article.image } : {}),
    publishedTime: article.date.iso,
    modifiedTime: (article.updated ?? article.date).iso,
    jsonLd: [newsArticle(site, article), breadcrumbList(site, entry.breadcrumbs)],
    feed: SITE_FEED(site),
  };
  return renderPage({ site, title: article.title, description: article.summary, url: article.url, main, meta });
}
