// The archive by date: /archive/ (every year and month), /YYYY/ (months with counts)
// and /YYYY/MM/ (that month's articles, paginated).
import type { Listing, MonthOf } from "../src/archive-pages.ts";
import type { MonthArchive, YearArchive } from "../src/collections/date-archive.ts";
import { html, type SafeHtml } from "../src/html.ts";
import { localize, type Localizer } from "../src/messages/localize.ts";
import type { SiteSettings } from "../src/types.ts";
import { urls } from "../src/urls.ts";
import { collectionMeta } from "../src/seo/page-meta.ts";
import { renderPage } from "./base.11ty.ts";
import { yearChart } from "./charts.ts";
import { breadcrumbs, homeCrumb, listingMain, listingTitle } from "./components.ts";

function monthCounts(ui: Localizer, year: YearArchive): SafeHtml {
  return html`<ul class="count-list months">${year.months.map(
    (month) => html`<li><a href="${urls.month(month.year, month.month)}">${ui.monthName(month.month)}</a> <span class="count">${ui.count("count.articles", month.articles.length)}</span></li>`,
  )}</ul>`;
}

interface OverviewData {
  site: SiteSettings;
  years: readonly YearArchive[];
}

export function overview({ site, years }: OverviewData): string {
  const ui = localize(site);
  const title = ui.text("nav.archive");
  const main = html`<h1>${title}</h1>
${years.map(
  (year) => html`<section class="archive-year" aria-labelledby="year-${year.year}">
<h2 id="year-${year.year}"><a href="${urls.year(year.year)}">${ui.year(year.year)}</a> <span class="count">${ui.count("count.articles", year.count)}</span></h2>
${monthCounts(ui, year)}
</section>`,
)}`;
  const description = ui.text("archive.description");
  const meta = collectionMeta(site, { url: urls.archive, name: title, description }, [homeCrumb(ui)]);
  return renderPage({ site, title, description, url: urls.archive, main, meta });
}

interface YearData {
  site: SiteSettings;
  year: YearArchive;
}

export function year({ site, year }: YearData): string {
  const ui = localize(site);
  const heading = ui.year(year.year);
  const crumbs = [homeCrumb(ui), { label: ui.text("nav.archive"), url: urls.archive }];
  const description = ui.text("year.description", { articles: ui.count("count.articles", year.count), year: heading });
  const main = html`${breadcrumbs(ui, crumbs)}
<header class="listing-header"><h1>${heading}</h1><p class="meta">${ui.count("count.articles", year.count)}</p></header>
<section aria-labelledby="months-heading"><h2 id="months-heading">${ui.text("year.byMonth")}</h2>
${yearChart(ui, year.timeline, year.year)}
${monthCounts(ui, year)}
</section>`;
  const url = urls.year(year.year);
  return renderPage({ site, title: heading, description, url, main, meta: collectionMeta(site, { url, name: heading, description }, crumbs) });
}

interface MonthData {
  site: SiteSettings;
  listing: Listing<MonthOf, MonthArchive>;
}

export function month({ site, listing }: MonthData): string {
  const ui = localize(site);
  const { subject: { year: y, month: m }, summary } = listing;
  const heading = ui.month(y, m);
  const title = listingTitle(ui, listing, heading);
  const description = summary ? ui.text("month.counted", { articles: ui.count("count.articles", summary.articles.length), month: heading }) : ui.text("month.description", { month: heading });
  const crumbs = [homeCrumb(ui), { label: ui.year(y), url: urls.year(y) }, ...(listing.first ? [] : [{ label: heading, url: urls.month(y, m) }])];
  const main = html`${breadcrumbs(ui, crumbs)}
${listingMain(ui, listing, heading, summary ? html`<p class="meta">${ui.count("count.articles", summary.articles.length)}</p>` : "")}`;
  return renderPage({ site, title, description, url: listing.url, main, meta: collectionMeta(site, { url: listing.url, name: title, description }, crumbs) });
}
