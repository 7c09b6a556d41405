// The archive by date: /archive/ (every year and month), /YYYY/ (months with counts)
// and /YYYY/MM/ (that month's articles, paginated).
import type { Listing, MonthOf } from "../src/archive-pages.ts";
import type { MonthArchive, YearArchive } from "../src/collections/date-archive.ts";
import { monthName, year4 } from "../src/dates.ts";
import { html, type SafeHtml } from "../src/html.ts";
import type { SiteSettings } from "../src/types.ts";
import { urls } from "../src/urls.ts";
import { collectionMeta } from "../src/seo/page-meta.ts";
import { renderPage } from "./base.11ty.ts";
import { yearChart } from "./charts.ts";
import { breadcrumbs, listingMain, listingTitle, plural } from "./components.ts";

function monthCounts(year: YearArchive): SafeHtml {
  return html`<ul class="count-list months">${year.months.map(
    (month) => html`<li><a href="${urls.month(month.year, month.month)}">${monthName(month.month)}</a> <span class="count">${plural(month.articles.length, "article")}</span></li>`,
  )}</ul>`;
}

interface OverviewData {
  site: SiteSettings;
  years: readonly YearArchive[];
}

export function overview({ site, years }: OverviewData): string {
  const main = html`<h1>Archive</h1>
${years.map(
  (year) => html`<section class="archive-year" aria-labelledby="year-${year.year}">
<h2 id="year-${year.year}"><a href="${urls.year(year.year)}">${year4(year.year)}</a> <span class="count">${plural(year.count, "article")}</span></h2>
${monthCounts(year)}
</section>`,
)}`;
  const description = "Every year and month of the archive, with the number of articles in each.";
  const meta = collectionMeta(site, { url: urls.archive, name: "Archive", description }, [{ label: "Home", url: urls.home }]);
  return renderPage({ site, title: "Archive", description, url: urls.archive, main, meta });
}

interface YearData {
  site: SiteSettings;
  year: YearArchive;
}

export function year({ site, year }: YearData): string {
  const crumbs = [{ label: "Home", url: urls.home }, { label: "Archive", url: urls.archive }];
  const description = `${plural(year.count, "article")} from ${year4(year.year)}, month by month.`;
  const main = html`${breadcrumbs(crumbs)}
<header class="listing-header"><h1>${year4(year.year)}</h1><p class="meta">${plural(year.count, "article")}</p></header>
<section aria-labelledby="months-heading"><h2 id="months-heading">Articles by month</h2>
${yearChart(year.timeline, year.year)}
${monthCounts(year)}
</section>`;
  const url = urls.year(year.year);
  return renderPage({ site, title: year4(year.year), description, url, main, meta: collectionMeta(site, { url, name: year4(year.year), description }, crumbs) });
}

interface MonthData {
  site: SiteSettings;
  listing: Listing<MonthOf, MonthArchive>;
}

export function month({ site, listing }: MonthData): string {
  const { subject: { year: y, month: m }, summary } = listing;
  const heading = `${monthName(m)} ${year4(y)}`;
  const title = listingTitle(listing, heading);
  const description = summary ? `${plural(summary.articles.length, "article")} from ${heading}.` : `Stories from ${heading}.`;
  const crumbs = [{ label: "Home", url: urls.home }, { label: year4(y), url: urls.year(y) }, ...(listing.first ? [] : [{ label: heading, url: urls.month(y, m) }])];
  const main = html`${breadcrumbs(crumbs)}
${listingMain(listing, heading, summary ? html`<p class="meta">${plural(summary.articles.length, "article")}</p>` : "")}`;
  return renderPage({ site, title, description, url: listing.url, main, meta: collectionMeta(site, { url: listing.url, name: title, description }, crumbs) });
}
