// One person, organization or place: what the registry says of it and every article
// naming it, newest first, at /people/<slug>/ and older pages at /people/<slug>/pages/N/.
// The facts, chart and co-mentions change with every story naming it, so they stand on
// the first address only; an older page is finished once full.
import type { Listing } from "../src/archive-pages.ts";
import type { EntitySummary } from "../src/collections/entity-summaries.ts";
import { html, type SafeHtml } from "../src/html.ts";
import { ENTITY_LABELS, type Entity, type SiteSettings } from "../src/types.ts";
import { urls } from "../src/urls.ts";
import { collectionMeta } from "../src/seo/page-meta.ts";
import { renderPage } from "./base.11ty.ts";
import { timelineChart } from "./charts.ts";
import { articleList, breadcrumbs, listingTitle, pagination, plural, searchForm, time } from "./components.ts";

interface EntityData {
  site: SiteSettings;
  listing: Listing<Entity, EntitySummary>;
}

function facts({ entity, articles, firstMention, latestMention }: EntitySummary): SafeHtml {
  return html`<dl class="facts">
<div><dt>Type</dt><dd>${ENTITY_LABELS[entity.type].one}</dd></div>
${entity.aliases.length > 0 ? html`<div><dt>Also known as</dt><dd>${entity.aliases.join(", ")}</dd></div>` : ""}
<div><dt>Articles</dt><dd>${plural(articles.length, "article")}</dd></div>
<div><dt>First mentioned</dt><dd>${time(firstMention)}</dd></div>
<div><dt>Latest mention</dt><dd>${time(latestMention)}</dd></div>
${entity.links.length > 0
  ? html`<div><dt>Links</dt><dd><ul class="inline-list">${entity.links.map((link) => html`<li><a href="${link}" rel="external noopener">${new URL(link).hostname}</a></li>`)}</ul></dd></div>`
  : ""}
</dl>`;
}

function coMentions({ coMentions: list }: EntitySummary): SafeHtml {
  if (list.length === 0) return html``;
  return html`<section class="co-mentions" aria-labelledby="co-mentions-heading">
<h2 id="co-mentions-heading">Most often named with</h2>
<ul class="count-list">${list.map(
    ({ entity, count }) => html`<li><a href="${entity.url}">${entity.name}</a> <span class="count">${plural(count, "article")}</span></li>`,
  )}</ul>
</section>`;
}

export function render({ site, listing }: EntityData): string {
  const { subject: entity, summary } = listing;
  const section = ENTITY_LABELS[entity.type].many;
  const title = listingTitle(listing, entity.name);
  const description = entity.description ?? (summary ? `${plural(summary.articles.length, "article")} naming ${entity.name}.` : `Stories naming ${entity.name}.`);
  const crumbs = [
    { label: "Home", url: urls.home },
    { label: section, url: urls.entityIndex(entity.type) },
    ...(listing.first ? [] : [{ label: entity.name, url: entity.url }]),
  ];
  const main = html`${breadcrumbs(crumbs)}
<header class="listing-header entity-header">
<h1>${title}</h1>
${entity.description ? html`<p class="description">${entity.description}</p>` : ""}
${summary ? facts(summary) : ""}
${searchForm({
  id: "entity-search",
  label: `Search within stories naming ${entity.name}`,
  landmark: `Stories naming ${entity.name}`,
  filters: { [entity.type]: entity.name },
})}
</header>
${summary ? html`${timelineChart(summary.timeline, entity.name)}${coMentions(summary)}` : ""}
<section class="stories" aria-labelledby="stories-heading">
<h2 id="stories-heading">Stories naming ${entity.name}</h2>
${articleList(listing.items, 3)}
${pagination(listing)}
</section>`;
  return renderPage({
    site,
    title,
    description,
    url: listing.url,
    main,
    meta: collectionMeta(site, { url: listing.url, name: title, description }, crumbs, { title: `${site.title}: ${entity.name}`, base: entity.url }),
  });
}
