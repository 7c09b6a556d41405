// One article at /YYYY/MM/DD/<slug>/.
import type { ArticlePage } from "../src/archive-pages.ts";
import { html, jsonInScript, trustedHtml, type SafeHtml } from "../src/html.ts";
import { ENTITY_SECTIONS, ENTITY_TYPES, type Article, type EntityRef, type SiteSettings, type TagRef } from "../src/types.ts";
import { localize, type Localizer } from "../src/messages/localize.ts";
import { breadcrumbList, newsArticle } from "../src/seo/json-ld.ts";
import type { PageMeta } from "../src/seo/page-meta.ts";
import { year4 } from "../src/dates.ts";
import { prefixedPath } from "../src/urls.ts";
import { MONTH_FILTER, monthOf, searchSortKey, type SearchFilter } from "../src/search/filters.ts";
import { entityNamesField, FOLDED_FIELD, foldedField, NAMES_FIELD } from "../src/search/index-fields.ts";
import { citationTags, cslItem, type CslItem } from "../src/seo/citation.ts";
import { renderPage } from "./base.11ty.ts";
import { articleList, breadcrumbs, name, picture, SITE_FEED, time } from "./components.ts";

interface ArticleData {
  site: SiteSettings;
  entry: ArticlePage;
}

/** A neighbouring story's headline, in its own language where that is not the page's. */
function headline(ui: Localizer, article: Pick<Article, "title" | "lang" | "dir">): SafeHtml {
  return article.lang && article.lang !== ui.language ? html`<bdi lang="${article.lang}" dir="${article.dir}">${article.title}</bdi>` : html`<bdi>${article.title}</bdi>`;
}

function olderNewer(ui: Localizer, { older, newer }: ArticlePage): SafeHtml {
  if (!older && !newer) return html``;
  return html`<nav class="older-newer" aria-label="${ui.text("article.olderNewer")}">
${older ? html`<a rel="prev" href="${older.url}"><span>${ui.text("article.older")}</span> ${headline(ui, older)}</a>` : ""}
${newer ? html`<a rel="next" href="${newer.url}"><span>${ui.text("article.newer")}</span> ${headline(ui, newer)}</a>` : ""}
</nav>`;
}

function relatedStories(ui: Localizer, related: readonly Article[]): SafeHtml {
  if (related.length === 0) return html``;
  return html`<section class="related" aria-labelledby="related-heading">
<h2 id="related-heading">${ui.text("article.related")}</h2>
${articleList(ui, related, 3)}
</section>`;
}

/** A list of the article's entities or tags; each link's text is also a search facet value. */
function linkList(label: string, facet: SearchFilter, links: readonly (EntityRef | TagRef)[]): SafeHtml {
  if (links.length === 0) return html``;
  return html`<div class="about-list"><dt>${label}</dt><dd><ul>${links.map(
    (link) => html`<li><a href="${link.url}" data-pagefind-filter="${facet}" dir="auto">${link.name}</a></li>`,
  )}</ul></dd></div>`;
}

/**
 * Fields Pagefind searches but does not show as text: the other names of the entities
 * named, and the folded spelling of the words. Hidden from readers and screen readers.
 * A story without a photo says so: Pagefind would otherwise take the first image on the
 * page, a related story's, as its result's thumbnail.
 */
function searchOnlyFields(article: Article): SafeHtml {
  const names = entityNamesField(article);
  const folded = foldedField(article);
  return html`<div hidden data-pagefind-ignore>${names ? html`<p data-pagefind-meta="${NAMES_FIELD}">${names}</p>` : ""}${folded ? html`<p data-pagefind-meta="${FOLDED_FIELD}">${folded}</p>` : ""}${article.image ? "" : html`<p data-pagefind-meta="image:"></p>`}<p data-pagefind-filter="${MONTH_FILTER}:${monthOf(article)}"></p></div>`;
}

/** The story's corrections, dated, above the story, as newsrooms print them. */
function corrections(ui: Localizer, article: Article): SafeHtml {
  if (article.corrections.length === 0) return html``;
  return html`<aside class="corrections" aria-label="${ui.text("article.corrections")}" data-pagefind-ignore>
${article.corrections.map((correction) => html`<p><strong>${ui.markup("article.correction", { date: time(ui, correction.date) })}</strong> ${correction.text}</p>`)}
</aside>`;
}

function figure(site: SiteSettings, article: Article): SafeHtml {
  const image = article.image;
  if (!image) return html``;
  const caption = image.caption || image.credit
    ? html`<figcaption data-pagefind-ignore>${image.caption ?? ""}${image.credit ? html` <span class="credit">${image.credit}</span>` : ""}</figcaption>`
    : "";
  // Search results show the narrowest file. Pagefind reads one syntax per attribute, and
  // its static values escape HtmlBasePlugin, so the figure carries it with the prefix.
  const searchThumbnail = image.responsive ? html` data-pagefind-meta="image:${prefixedPath(site, image.responsive.thumbnail)}"` : "";
  return html`<figure class="lead-image"${searchThumbnail}>${picture(image, {
    sizes: "(min-width: 46rem) 44rem, 100vw",
    eager: true,
    imgAttributes: image.responsive ? html` data-pagefind-meta="image_alt[alt]"` : html` data-pagefind-meta="image[src], image_alt[alt]"`,
  })}${caption}</figure>`;
}

/** The CSL-JSON a download link carries: the link saves it under the story's slug. */
const cslDownload = (item: CslItem) => `data:application/vnd.citationstyles.csl+json;charset=utf-8,${encodeURIComponent(`${JSON.stringify([item], null, 2)}\n`)}`;

/**
 * How to cite the story: where and when the archive published it, always shown (and
 * printed); "Cite this story" below it holds the CSL-JSON file, and once opened the
 * page's script adds two reference styles and BibTeX and RIS files
 * (layouts/assets/cite/), made from the CSL-JSON item the page carries.
 */
function citation(site: SiteSettings, ui: Localizer, article: Article, item: CslItem): SafeHtml {
  const link = (url: string, external = false) => html`<a href="${url}"${external ? html` rel="external noopener"` : ""} dir="ltr">${url}</a>`;
  return html`<section class="citation" aria-label="${ui.text("article.citation")}" data-pagefind-ignore>
<p class="cite-archived">${headline(ui, article)} · ${name(article.source.name)} · ${time(ui, article.date)} · ${ui.markup("article.archived", { site: site.title, url: link(item.URL) })}${article.sourceUrl ? html` · ${ui.markup("article.originalAt", { url: link(article.sourceUrl, true) })}` : ""}</p>
<details class="cite" data-failed="${ui.text("article.cite.failed")}">
<summary>${ui.text("article.cite")}</summary>
<div class="cite-styles" aria-live="polite" hidden></div>
<div class="cite-downloads"><p>${ui.text("article.cite.download")}</p><ul><li><a href="${cslDownload(item)}" download="${item.id}.json">CSL-JSON</a></li></ul></div>
<script type="application/vnd.citationstyles.csl+json">${jsonInScript([item])}</script>
</details>
</section>
<script type="module" src="${site.assets.citeScript}"></script>`;
}

export function render({ site, entry }: ArticleData): string {
  const ui = localize(site);
  const { article } = entry;
  const item = cslItem(site, article);
  // The source's name is the search facet value and the result's source line.
  // The outlet's page here, and apart from it, marked as leaving the site, the original story.
  const original = article.sourceUrl ? html` · <a class="original" href="${article.sourceUrl}" rel="external noopener">${ui.markup("article.original", { source: name(article.source.name) })} <span aria-hidden="true">↗</span></a>` : "";
  const sourceLine = html`<a href="${article.source.url}" data-pagefind-filter="source" data-pagefind-meta="source" dir="auto">${article.source.name}</a>${original}`;
  const calendars = ui.regionalDates(article.date, site.calendars);
  // The other calendars' dates in one bracket after the Gregorian date, not one bracket each.
  const otherCalendars = calendars.length > 0 ? html` <span class="regional-dates">(${calendars.map((date, i) => html`${i > 0 ? ui.text("dates.calendars.separator") : ""}<span class="regional-date" data-calendar="${date.calendar}">${date.text}</span>`)})</span>` : "";
  // The dateline and the entity list are in the site's language, inside an article that may not be.
  const inSiteLanguage = article.lang && article.lang !== site.language ? html` lang="${site.language}" dir="${ui.dir}"` : "";
  const main = html`${breadcrumbs(ui, entry.breadcrumbs)}
<article class="article"${article.lang ? html` lang="${article.lang}" data-pagefind-meta="lang:${article.lang}"` : ""} dir="${article.dir}" data-pagefind-body>
<header class="article-header">
${article.draft ? html`<p class="draft-banner" role="note">${ui.text("article.draft")}</p>` : ""}
<h1 data-pagefind-meta="title">${article.title}</h1>
<p class="dateline"${inSiteLanguage} data-pagefind-ignore data-pagefind-filter="year:${year4(article.date.year)}" data-pagefind-sort="date:${searchSortKey(article)}" data-pagefind-meta="date:${article.date.iso.slice(0, 10)}">${time(ui, article.date)}${otherCalendars} · ${sourceLine}${article.author ? html` · ${ui.markup("article.by", { author: name(article.author) })}` : ""}</p>
</header>
${corrections(ui, article)}
${figure(site, article)}
<div class="article-body">
${trustedHtml(article.html)}
</div>
<footer class="article-footer">
${article.updated ? html`<p class="updated"${inSiteLanguage}>${ui.markup("article.updated", { date: time(ui, article.updated) })}</p>` : ""}
<dl class="about"${inSiteLanguage}>
${ENTITY_TYPES.map((type) => linkList(ui.text(`entity.${type}.many`), type, article[ENTITY_SECTIONS[type]]))}
${linkList(ui.text("nav.tags"), "tag", article.tags)}
</dl>
${searchOnlyFields(article)}
</footer>
</article>
${citation(site, ui, article, item)}
${olderNewer(ui, entry)}
${relatedStories(ui, entry.related)}`;
  const meta: PageMeta = {
    type: "article",
    ...(article.image ? { image: article.image } : {}),
    publishedTime: article.date.iso,
    modifiedTime: article.modified.iso,
    jsonLd: [newsArticle(site, article), breadcrumbList(site, entry.breadcrumbs)],
    citation: citationTags(site, article),
    feed: SITE_FEED(site),
  };
  return renderPage({ site, title: article.title, description: article.summary, url: article.url, main, meta, article });
}
