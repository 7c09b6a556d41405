// Small bar charts drawn at build time as inline SVG: no script, and a text equivalent
// for readers who cannot see them. In a right-to-left page time runs from right to left,
// as the stylesheet mirrors the bars and the axis follows the page's direction.
import { hasMonthsToCompare, type MonthCount } from "../src/collections/timeline.ts";
import { html, type SafeHtml } from "../src/html.ts";
import type { Localizer } from "../src/messages/localize.ts";

const BAR = 6;
const GAP = 2;
const HEIGHT = 60;

function busiest(months: readonly MonthCount[]): MonthCount | undefined {
  return months.reduce<MonthCount | undefined>((best, month) => (!best || month.count > best.count ? month : best), undefined);
}

function total(months: readonly MonthCount[]): number {
  return months.reduce((sum, month) => sum + month.count, 0);
}

function bars(ui: Localizer, months: readonly MonthCount[]): SafeHtml {
  const max = Math.max(1, ...months.map((month) => month.count));
  return html`${months.map((month, i) => {
    const height = month.count === 0 ? 0 : Math.max(2, Math.round((month.count / max) * HEIGHT));
    return month.count === 0
      ? ""
      : html`<rect x="${String(i * (BAR + GAP))}" y="${String(HEIGHT - height)}" width="${String(BAR)}" height="${String(height)}"><title>${ui.text("chart.bar", { month: ui.month(month.year, month.month), articles: ui.count("count.articles", month.count) })}</title></rect>`;
  })}`;
}

function svg(id: string, summary: string, months: readonly MonthCount[], ui: Localizer): SafeHtml {
  const width = months.length * (BAR + GAP) - GAP;
  return html`<svg class="chart" role="img" aria-labelledby="${id}-title" viewBox="0 0 ${String(width)} ${String(HEIGHT)}" preserveAspectRatio="none" focusable="false"><title id="${id}-title">${summary}</title><line class="baseline" x1="0" y1="${String(HEIGHT)}" x2="${String(width)}" y2="${String(HEIGHT)}"/>${bars(ui, months)}</svg>`;
}

/** An entity's articles per month from its first mention to its latest, or a sentence for a single month. */
export function timelineChart(ui: Localizer, months: readonly MonthCount[], subject: string): SafeHtml {
  const first = months[0];
  const last = months[months.length - 1];
  const peak = busiest(months);
  if (!first || !last || !peak) return html``;
  if (!hasMonthsToCompare(months)) {
    const count = total(months);
    const month = ui.month(peak.year, peak.month);
    return html`<p class="timeline">${count === 1 ? ui.text("chart.one", { name: subject, month }) : ui.text("chart.all", { articles: ui.count("count.articles", count), name: subject, month })}</p>`;
  }
  const span = first.year === last.year ? ui.year(first.year) : ui.text("dates.span", { from: ui.year(first.year), to: ui.year(last.year) });
  const summary = ui.text("chart.summary", { articles: ui.count("count.articles", total(months)), name: subject, span, month: ui.month(peak.year, peak.month), count: peak.count });
  const byYear = new Map<number, MonthCount[]>();
  for (const month of months) if (month.count > 0) byYear.set(month.year, [...(byYear.get(month.year) ?? []), month]);
  return html`<figure class="timeline">
<figcaption>${ui.text("chart.caption")}</figcaption>
${svg("timeline", summary, months, ui)}
<div class="chart-axis" aria-hidden="true"><span>${ui.monthShort(first.year, first.month)}</span><span>${ui.monthShort(last.year, last.month)}</span></div>
<details class="chart-data"><summary>${ui.text("chart.perMonth")}</summary><ul>${[...byYear].map(
    ([year, list]) => html`<li>${ui.year(year)}: ${list.map((month) => ui.text("chart.monthCount", { month: ui.monthName(month.month), count: month.count })).join(ui.text("list.separator"))}</li>`,
  )}</ul></details>
</figure>`;
}

/** One year's twelve months; the month list beside it is the text equivalent. */
export function yearChart(ui: Localizer, months: readonly MonthCount[], year: number): SafeHtml {
  const peak = busiest(months);
  if (!peak) return html``;
  const summary = ui.text("chart.year", { articles: ui.count("count.articles", total(months)), year: ui.year(year), month: ui.monthName(peak.month), count: peak.count });
  return html`<figure class="timeline year-chart">
${svg("year-chart", summary, months, ui)}
<div class="chart-axis months" aria-hidden="true">${months.map((month) => html`<span>${ui.monthInitial(month.month)}</span>`)}</div>
</figure>`;
}
