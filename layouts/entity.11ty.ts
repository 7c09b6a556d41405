// One person, organization or place: what the registry says of it and every article
// naming it, newest first, at /people/<slug>/ and older pages at /people/<slug>/pages/N/.
// The facts, chart and co-mentions change with every story naming it, so they stand on
// the first address only; an older page is finished once full.
import type { Listing } from "../src/archive-pages.ts";
import type { EntitySummary } from "../src/collections/entity-summaries.ts";
import { html, type SafeHtml } from "../src/html.ts";
import { localize, type Localizer } from "../src/messages/localize.ts";
import type { Entity, SiteSettings } from "../src/types.ts";
import { urls } from "../src/urls.ts";
import { collectionMeta } from "../src/seo/page-meta.ts";
import { renderPage } from "./base.11ty.ts";
import { timelineChart } from "./charts.ts";
import { articleList, breadcrumbs, homeCrumb, listingTitle, name, pagination, searchForm, time } from "./components.ts";

interface EntityData {
  site: SiteSettings;
  listing: Listing<Entity, EntitySummary>;
}

function facts(ui: Localizer, { entity, articles, firstMention, latestMention }: EntitySummary): SafeHtml {
  return html`<dl class="facts">
<div><dt>${ui.text("entity.facts.type")}</dt><dd>${ui.text(`entity.${entity.type}.one`)}</dd></div>
${entity.aliases.length > 0 ? html`<div><dt>${ui.text("entity.facts.aliases")}</dt><dd>${entity.aliases.map((alias, i) => html`${i > 0 ? ui.text("list.separator") : ""}${name(alias)}`)}</dd></div>` : ""}
<div><dt>${ui.text("entity.facts.articles")}</dt><dd>${ui.count("count.articles", articles.length)}</dd></div>
<div><dt>${ui.text("entity.facts.first")}</dt><dd>${time(ui, firstMention)}</dd></div>
<div><dt>${ui.text("entity.facts.latest")}</dt><dd>${time(ui, latestMention)}</dd></div>
${entity.links.length > 0
  ? html`<div><dt>${ui.text("entity.facts.links")}</dt><dd><ul class="inline-list">${entity.links.map((link) => html`<li><a href="${link}" rel="external noopener">${new URL(link).hostname}</a></li>`)}</ul></dd></div>`
  : ""}
</dl>`;
}

function coMentions(ui: Localizer, { coMentions: list }: EntitySummary): SafeHtml {
  if (list.length === 0) return html``;
  return html`<section class="co-mentions" aria-labelledby="co-mentions-heading">
<h2 id="co-mentions-heading">${ui.text("entity.coMentions")}</h2>
<ul class="count-list">${list.map(
    ({ entity, count }) => html`<li><a href="${entity.url}">${name(entity.name)}</a> <span class="count">${ui.count("count.articles", count)}</span></li>`,
  )}</ul>
</section>`;
}

export function render({ site, listing }: EntityData): string {
  const ui = localize(site);
  const { subject: entity, summary } = listing;
  const title = listingTitle(ui, listing, entity.name);
  const description =
    entity.description ??
    (summary ? ui.text("entity.counted", { articles: ui.count("count.articles", summary.articles.length), name: entity.name }) : ui.text("entity.description", { name: entity.name }));
  const crumbs = [
    homeCrumb(ui),
    { label: ui.text(`entity.${entity.type}.many`), url: urls.entityIndex(entity.type) },
    ...(listing.first ? [] : [{ label: entity.name, url: entity.url }]),
  ];
  const main = html`${breadcrumbs(ui, crumbs)}
<header class="listing-header entity-header">
<h1>${title}</h1>
${entity.description ? html`<p class="description">${entity.description}</p>` : ""}
${summary ? facts(ui, summary) : ""}
${searchForm(ui, {
  id: "entity-search",
  label: ui.text("entity.searchWithin", { name: entity.name }),
  landmark: ui.text("entity.stories", { name: entity.name }),
  filters: { [entity.type]: entity.name },
})}
</header>
${summary ? html`${timelineChart(ui, summary.timeline, entity.name)}${coMentions(ui, summary)}` : ""}
<section class="stories" aria-labelledby="stories-heading">
<h2 id="stories-heading">${ui.markup("entity.stories", { name: name(entity.name) })}</h2>
${articleList(ui, listing.items, 3)}
${pagination(ui, listing)}
</section>`;
  return renderPage({
    site,
    title,
    description,
    url: listing.url,
    main,
    meta: collectionMeta(site, { url: listing.url, name: title, description }, crumbs, { title: ui.text("feed.subject", { site: site.title, name: entity.name }), base: entity.url }),
  });
}
