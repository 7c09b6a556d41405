// Small pieces of markup shared by several pages.
import type { ArticleDate } from "../src/dates.ts";
import type { Crumb } from "../src/archive-pages.ts";
import { html, trustedHtml, type HtmlValue, type SafeHtml } from "../src/html.ts";
import type { SearchFilter } from "../src/search/filters.ts";
import type { PageOf } from "../src/paginate.ts";
import type { FeedLink } from "../src/seo/page-meta.ts";
import type { Article, ArticleImage, SiteSettings } from "../src/types.ts";
import { urls } from "../src/urls.ts";

/** The site-wide feeds, linked from the home page and every article. */
export const SITE_FEED = (site: SiteSettings): FeedLink => ({ title: `${site.title}: latest stories`, base: "/" });

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
export function searchForm({ id, label, landmark, filters = {}, labelHidden = false }: SearchFormOptions): SafeHtml {
  return html`<form class="search-form" role="search" aria-label="${landmark}" action="${urls.search}">
<label for="${id}"${labelHidden ? trustedHtml(' class="visually-hidden"') : ""}>${label}</label>
<input id="${id}" type="search" name="q" autocomplete="off"${labelHidden ? html` placeholder="${label}"` : ""}>
${Object.entries(filters).map(([facet, value]) => html`<input type="hidden" name="${facet}" value="${value}">`)}
<button type="submit">Search</button>
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

export function time(date: ArticleDate): SafeHtml {
  return html`<time datetime="${date.iso}">${date.display}</time>`;
}

// Cards sit in a grid of columns at least 20rem wide, up to three across at 72rem.
const THUMB_SIZES = "(min-width: 72rem) 23rem, (min-width: 42rem) 50vw, 100vw";

export function articleCard(article: Article, headingLevel: 2 | 3 = 2): SafeHtml {
  const heading =
    headingLevel === 2
      ? html`<h2 class="card-title"><a href="${article.url}">${article.title}</a></h2>`
      : html`<h3 class="card-title"><a href="${article.url}">${article.title}</a></h3>`;
  return html`<li class="card"${article.lang ? html` lang="${article.lang}" dir="${article.dir}"` : ""}>
<article>
${heading}
<p class="meta">${time(article.date)} · <a href="${article.source.url}">${article.source.name}</a></p>
${article.image ? picture(article.image, { className: "thumb", sizes: THUMB_SIZES }) : ""}
<p class="summary">${article.summary}</p>
</article>
</li>`;
}

export function articleList(articles: readonly Article[], headingLevel: 2 | 3 = 2): SafeHtml {
  return html`<ol class="cards">${articles.map((article) => articleCard(article, headingLevel))}</ol>`;
}

/** "Newer" and "Older" links, with where the page stands: the first address counts the pages, an older page names its dates. */
export function pagination<T extends { date: ArticleDate }>(page: PageOf<T>): SafeHtml {
  if (!page.previousUrl && !page.nextUrl) return html``;
  return html`<nav class="pagination" aria-label="Pages">
${page.previousUrl ? html`<a rel="prev" href="${page.previousUrl}">Newer</a>` : ""}
<span>${page.first ? `Newest stories, ${plural(page.pageCount ?? 1, "page")} in all` : html`Page ${page.pageNumber}: ${dateSpan(page.items)}`}</span>
${page.nextUrl ? html`<a rel="next" href="${page.nextUrl}">Older</a>` : ""}
</nav>`;
}

/** The dates of a newest-first list's oldest and newest items, or the one date they share. */
function dateSpan(items: readonly { date: ArticleDate }[]): SafeHtml {
  const newest = items[0];
  const oldest = items.at(-1);
  if (!newest || !oldest) return html``;
  return oldest.date.iso === newest.date.iso ? time(newest.date) : html`${time(oldest.date)} to ${time(newest.date)}`;
}

export function breadcrumbs(crumbs: readonly Crumb[]): SafeHtml {
  return html`<nav class="breadcrumbs" aria-label="Breadcrumb"><ol>${crumbs.map(
    (crumb) => html`<li><a href="${crumb.url}">${crumb.label}</a></li>`,
  )}</ol></nav>`;
}

export function plural(count: number, one: string, many = `${one}s`): string {
  return `${count.toLocaleString("en-US")} ${count === 1 ? one : many}`;
}

/** The heading and article list of a paginated listing page. */
export function listingMain(listing: PageOf<Article>, heading: string, intro: HtmlValue = ""): SafeHtml {
  return html`<header class="listing-header"><h1>${listingTitle(listing, heading)}</h1>${intro}</header>
${listing.items.length === 0 ? html`<p>No articles yet.</p>` : articleList(listing.items)}
${pagination(listing)}`;
}

export function listingTitle(listing: PageOf<Article>, heading: string): string {
  return listing.first ? heading : `${heading}, page ${listing.pageNumber}`;
}
