// The page shell every page shares: header with site name, navigation and search,
// the main landmark, and the footer. The whole page is in the site's language and
// written in its direction; stories in another language mark their own.
import { editionAlternates, type EditionAlternate } from "../src/editions.ts";
import { html, trustedHtml, type SafeHtml } from "../src/html.ts";
import { directionOf } from "../src/languages.ts";
import { localize } from "../src/messages/localize.ts";
import { FOOTER_NAV } from "../src/navigation.ts";
import { headMeta, type PageMeta } from "../src/seo/page-meta.ts";
import type { Article, NavItem, SiteSettings } from "../src/types.ts";
import { editionUrl } from "../src/urls.ts";
import { searchForm } from "./components.ts";

export interface PageShell {
  site: SiteSettings;
  /** The page's own title; the site name is appended. */
  title: string;
  description?: string;
  /** The URL of this page, to mark the current navigation item. */
  url: string;
  main: SafeHtml;
  /** Canonical URL, social cards, feeds and structured data. */
  meta?: PageMeta;
  /** The story the page is, which only the editions listing it have. */
  article?: Pick<Article, "lang">;
}

/** The same page in the site's other editions, for search engines: every edition that has it, this one included. */
function hreflangLinks(site: SiteSettings, url: string, alternates: readonly EditionAlternate[]): SafeHtml {
  const same = alternates.filter((alternate) => alternate.samePage);
  if (same.length === 0) return html``;
  return html`${[{ lang: site.language, path: site.edition }, ...same.map(({ edition }) => edition)].map(
    (edition) => html`<link rel="alternate" hreflang="${edition.lang}" href="${editionUrl(site, edition.path, url)}">
`,
  )}`;
}

/** Links to the other editions, each named in its own language. */
function editionSwitcher(site: SiteSettings, alternates: readonly EditionAlternate[]): SafeHtml {
  if (alternates.length === 0) return html``;
  return html`<nav class="editions" aria-label="${localize(site).text("nav.editions")}"><ul class="inline-list">${alternates.map(
    ({ edition, href }) => html`<li><a href="${href}" lang="${edition.lang}" hreflang="${edition.lang}" dir="${directionOf(edition.lang)}">${edition.name}</a></li>`,
  )}</ul></nav>`;
}

function navList(site: SiteSettings, items: readonly NavItem[], current: string): SafeHtml {
  const ui = localize(site);
  return html`${items.map(
    (item) => html`<li><a href="${item.url}"${item.url === current ? trustedHtml(' aria-current="page"') : ""}>${ui.text(item.label)}</a></li>`,
  )}`;
}

export function renderPage({ site, title, description, url, main, meta, article }: PageShell): string {
  const ui = localize(site);
  const alternates = editionAlternates(site, url, article);
  const fullTitle = url === "/" ? site.title : `${title} · ${site.title}`;
  const summary = description ?? site.description;
  return html`<!DOCTYPE html>
<html lang="${site.language}" dir="${ui.dir}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${fullTitle}</title>
<meta name="description" content="${summary}">
<link rel="stylesheet" href="${site.assets.stylesheet}">
<link rel="icon" href="${site.assets.icon}" type="image/svg+xml">
${headMeta(site, { title, description: summary, url }, meta ?? {})}
${hreflangLinks(site, url, alternates)}</head>
<body>
<a class="skip-link" href="#main">${ui.text("page.skip")}</a>
<header class="site-header">
<a class="site-name" href="/">${site.title}</a>
<nav class="site-nav" aria-label="${ui.text("nav.main")}">
<ul>
${navList(site, site.navigation, url)}
</ul>
</nav>
${searchForm(ui, { id: "site-search", label: ui.text("search.label"), landmark: ui.text("search.landmark.site"), labelHidden: true })}
${editionSwitcher(site, alternates)}
</header>
<main id="main" tabindex="-1">
${main}
</main>
<footer class="site-footer">
<p>${site.title}: ${site.description}</p>
<nav aria-label="${ui.text("nav.footer")}"><ul class="inline-list">${navList(site, FOOTER_NAV, url)}</ul></nav>
</footer>
</body>
</html>
`.toString();
}

interface ContentPageData {
  site: SiteSettings;
  title: string;
  description?: string;
  page: { url: string };
  content: string;
}

/** The Eleventy layout for markdown pages in content/ such as about.md. */
export function render(data: ContentPageData): string {
  return renderPage({
    site: data.site,
    title: data.title,
    ...(data.description ? { description: data.description } : {}),
    url: data.page.url,
    main: html`<article class="page"><h1>${data.title}</h1>${trustedHtml(data.content)}</article>`,
  });
}
