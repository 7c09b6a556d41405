// Small bar charts drawn at build time as inline SVG: no script, and a text equivalent
// for readers who cannot see them.
import { hasMonthsToCompare, type MonthCount } from "../src/collections/timeline.ts";
import { monthName } from "../src/dates.ts";
import { html, type SafeHtml } from "../src/html.ts";
import { plural } from "./components.ts";

const BAR = 6;
const GAP = 2;
const HEIGHT = 60;

function busiest(months: readonly MonthCount[]): MonthCount | undefined {
  return months.reduce<MonthCount | undefined>((best, month) => (!best || month.count > best.count ? month : best), undefined);
}

function total(months: readonly MonthCount[]): number {
  return months.reduce((sum, month) => sum + month.count, 0);
}

function bars(months: readonly MonthCount[]): SafeHtml {
  const max = Math.max(1, ...months.map((month) => month.count));
  return html`${months.map((month, i) => {
    const height = month.count === 0 ? 0 : Math.max(2, Math.round((month.count / max) * HEIGHT));
    return month.count === 0
      ? ""
      : html`<rect x="${String(i * (BAR + GAP))}" y="${String(HEIGHT - height)}" width="${String(BAR)}" height="${String(height)}"><title>${monthName(month.month)} ${String(month.year)}: ${plural(month.count, "article")}</title></rect>`;
  })}`;
}

function svg(id: string, summary: string, months: readonly MonthCount[]): SafeHtml {
  const width = months.length * (BAR + GAP) - GAP;
  return html`<svg class="chart" role="img" aria-labelledby="${id}-title" viewBox="0 0 ${String(width)} ${String(HEIGHT)}" preserveAspectRatio="none" focusable="false"><title id="${id}-title">${summary}</title><line class="baseline" x1="0" y1="${String(HEIGHT)}" x2="${String(width)}" y2="${String(HEIGHT)}"/>${bars(months)}</svg>`;
}

/** An entity's articles per month from its first mention to its latest, or a sentence for a single month. */
export function timelineChart(months: readonly MonthCount[], subject: string): SafeHtml {
  const first = months[0];
  const last = months[months.length - 1];
  const peak = busiest(months);
  if (!first || !last || !peak) return html``;
  if (!hasMonthsToCompare(months)) {
    const count = total(months);
    const when = `${monthName(peak.month)} ${peak.year}`;
    return html`<p class="timeline">${count === 1 ? `The one article naming ${subject} is from ${when}.` : `All ${plural(count, "article")} naming ${subject} are from ${when}.`}</p>`;
  }
  const span = first.year === last.year ? String(first.year) : `${first.year} to ${last.year}`;
  const summary = `${plural(total(months), "article")} naming ${subject}, ${span}; most in ${monthName(peak.month)} ${peak.year} (${peak.count}).`;
  const byYear = new Map<number, MonthCount[]>();
  for (const month of months) if (month.count > 0) byYear.set(month.year, [...(byYear.get(month.year) ?? []), month]);
  return html`<figure class="timeline">
<figcaption>In the news, month by month</figcaption>
${svg("timeline", summary, months)}
<div class="chart-axis" aria-hidden="true"><span>${monthName(first.month).slice(0, 3)} ${String(first.year)}</span><span>${monthName(last.month).slice(0, 3)} ${String(last.year)}</span></div>
<details class="chart-data"><summary>Articles per month</summary><ul>${[...byYear].map(
    ([year, list]) => html`<li>${String(year)}: ${list.map((month) => `${monthName(month.month)} (${month.count})`).join(", ")}</li>`,
  )}</ul></details>
</figure>`;
}

/** One year's twelve months; the month list beside it is the text equivalent. */
export function yearChart(months: readonly MonthCount[], year: number): SafeHtml {
  const peak = busiest(months);
  if (!peak) return html``;
  const summary = `${plural(total(months), "article")} in ${year}; most in ${monthName(peak.month)} (${peak.count}).`;
  return html`<figure class="timeline year-chart">
${svg("year-chart", summary, months)}
<div class="chart-axis months" aria-hidden="true">${months.map((month) => html`<span>${monthName(month.month).slice(0, 1)}</span>`)}</div>
</figure>`;
}
