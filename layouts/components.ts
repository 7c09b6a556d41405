// Small pieces of markup shared by several pages. Their text comes from the site's
// message table through the page's localizer (src/messages/localize.ts).
import type { ArticleDate } from "../src/dates.ts";
import type { Crumb } from "../src/archive-pages.ts";
import { html, trustedHtml, type HtmlValue, type SafeHtml } from "../src/html.ts";
import { localize, type Localizer } from "../src/messages/localize.ts";
import type { SearchFilter } from "../src/search/filters.ts";
import type { PageOf } from "../src/paginate.ts";
import type { FeedLink } from "../src/seo/page-meta.ts";
import type { Article, ArticleImage, SiteSettings } from "../src/types.ts";
import { urls } from "../src/urls.ts";

/** The site-wide feeds, linked from the home page and every article. */
export const SITE_FEED = (site: SiteSettings): FeedLink => ({ title: localize(site).text("feed.latest", { site: site.title }), base: "/" });

export interface SearchFormOptions {
  /** Unique on the page: it ties the label to the box. */
  id: string;
  label: string;
  /** The search landmark's name, when a page has more than one search form. */
  landmark: string;
  /** Facets the search starts narrowed to, e.g. `{ person: "Joe Biden" }` on an entity page. */
  filters?: Partial<Record<SearchFilter, string>>;
  labelHidden?: boolean;
}

/** A search box that leads to /search/, where the query runs. */
export function searchForm(ui: Localizer, { id, label, landmark, filters = {}, labelHidden = false }: SearchFormOptions): SafeHtml {
  return html`<form class="search-form" role="search" aria-label="${landmark}" action="${urls.search}">
<label for="${id}"${labelHidden ? trustedHtml(' class="visually-hidden"') : ""}>${label}</label>
<input id="${id}" type="search" name="q" autocomplete="off"${labelHidden ? html` placeholder="${label}"` : ""}>
${Object.entries(filters).map(([facet, value]) => html`<input type="hidden" name="${facet}" value="${value}">`)}
<button type="submit">${ui.text("search.button")}</button>
</form>`;
}

export interface PictureOptions {
  className?: string;
  /** The `sizes` attribute: how wide the image is shown, so the browser picks a file. */
  sizes: string;
  /** The lead photo is the page's largest element: load it at once. Others wait until scrolled to. */
  eager?: boolean;
  /** Extra attributes for the <img>, such as Pagefind's metadata. */
  imgAttributes?: SafeHtml;
}

/** A photo as <picture> with AVIF and WebP sources and its size, or a plain <img> for a remote one. */
export function picture(image: ArticleImage, { className, sizes, eager = false, imgAttributes }: PictureOptions): SafeHtml {
  const loading = eager ? html` fetchpriority="high"` : html` loading="lazy"`;
  const responsive = image.responsive;
  if (!responsive) {
    return html`<img${className ? html` class="${className}"` : ""} src="${image.src}" alt="${image.alt}"${loading} decoding="async"${imgAttributes ?? ""}>`;
  }
  // AVIF and WebP as <source>s; the JPEG, last, is the <img> every browser can show.
  const better = responsive.sources.slice(0, -1);
  const fallback = responsive.sources.at(-1);
  return html`<picture${className ? html` class="${className}"` : ""}>${better.map(
    (source) => html`<source type="${source.type}" srcset="${source.srcset}" sizes="${sizes}">`,
  )}<img src="${responsive.src}"${fallback ? html` srcset="${fallback.srcset}" sizes="${sizes}"` : ""} width="${String(responsive.width)}" height="${String(responsive.height)}" alt="${image.alt}"${loading} decoding="async"${imgAttributes ?? ""}></picture>`;
}

/** A date in the page's language, with the machine-readable one beside it. */
export function time(ui: Localizer, date: ArticleDate): SafeHtml {
  return html`<time datetime="${date.iso}">${ui.date(date)}</time>`;
}

/**
 * A name from content, which may be in another script than the page (a Latin name in an
 * Arabic sentence, an Arabic one in English): isolated, so it cannot reorder the words around it.
 */
export function name(text: string): SafeHtml {
  return html`<bdi>${text}</bdi>`;
}

// Cards sit in a grid of columns at least 20rem wide, up to three across at 72rem.
const THUMB_SIZES = "(min-width: 72rem) 23rem, (min-width: 42rem) 50vw, 100vw";

export function articleCard(ui: Localizer, article: Article, headingLevel: 2 | 3 = 2): SafeHtml {
  const heading =
    headingLevel === 2
      ? html`<h2 class="card-title"><a href="${article.url}">${article.title}</a></h2>`
      : html`<h3 class="card-title"><a href="${article.url}">${article.title}</a></h3>`;
  // The dateline is in the page's language even on a card in another.
  const inPageLanguage = article.lang && article.lang !== ui.language ? html` lang="${ui.language}" dir="${ui.dir}"` : "";
  return html`<li class="card"${article.lang ? html` lang="${article.lang}" dir="${article.dir}"` : ""}>
<article>
${heading}
<p class="meta"${inPageLanguage}>${time(ui, article.date)} · <a href="${article.source.url}">${name(article.source.name)}</a></p>
${article.image ? picture(article.image, { className: "thumb", sizes: THUMB_SIZES }) : ""}
<p class="summary">${article.summary}</p>
</article>
</li>`;
}

export function articleList(ui: Localizer, articles: readonly Article[], headingLevel: 2 | 3 = 2): SafeHtml {
  return html`<ol class="cards">${articles.map((article) => articleCard(ui, article, headingLevel))}</ol>`;
}

/** "Newer" and "Older" links, with where the page stands: the first address counts the pages, an older page names its dates. */
export function pagination<T extends { date: ArticleDate }>(ui: Localizer, page: PageOf<T>): SafeHtml {
  if (!page.previousUrl && !page.nextUrl) return html``;
  return html`<nav class="pagination" aria-label="${ui.text("pagination.label")}">
${page.previousUrl ? html`<a rel="prev" href="${page.previousUrl}">${ui.text("pagination.newer")}</a>` : ""}
<span>${page.first ? ui.count("pagination.first", page.pageCount ?? 1) : ui.markup("pagination.page", { number: page.pageNumber, dates: dateSpan(ui, page.items) })}</span>
${page.nextUrl ? html`<a rel="next" href="${page.nextUrl}">${ui.text("pagination.older")}</a>` : ""}
</nav>`;
}

/** The dates of a newest-first list's oldest and newest items, or the one date they share. */
function dateSpan(ui: Localizer, items: readonly { date: ArticleDate }[]): SafeHtml {
  const newest = items[0];
  const oldest = items.at(-1);
  if (!newest || !oldest) return html``;
  return oldest.date.iso === newest.date.iso ? time(ui, newest.date) : ui.markup("dates.span", { from: time(ui, oldest.date), to: time(ui, newest.date) });
}

export function breadcrumbs(ui: Localizer, crumbs: readonly Crumb[]): SafeHtml {
  return html`<nav class="breadcrumbs" aria-label="${ui.text("crumb.label")}"><ol>${crumbs.map(
    (crumb) => html`<li><a href="${crumb.url}">${name(crumb.label)}</a></li>`,
  )}</ol></nav>`;
}

/** The breadcrumb every page starts from. */
export const homeCrumb = (ui: Localizer): Crumb => ({ label: ui.text("crumb.home"), url: urls.home });

/** The heading and article list of a paginated listing page. */
export function listingMain(ui: Localizer, listing: PageOf<Article>, heading: string, intro: HtmlValue = ""): SafeHtml {
  return html`<header class="listing-header"><h1>${listingTitle(ui, listing, heading)}</h1>${intro}</header>
${listing.items.length === 0 ? html`<p>${ui.text("listing.empty")}</p>` : articleList(ui, listing.items)}
${pagination(ui, listing)}`;
}

export function listingTitle(ui: Localizer, listing: PageOf<Article>, heading: string): string {
  return listing.first ? heading : ui.text("listing.page", { heading, number: listing.pageNumber });
}
