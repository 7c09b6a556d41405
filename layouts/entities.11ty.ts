// /entities/: people, organizations and places at a glance, the most named first.
import type { EntityTypeOverview } from "../src/archive-pages.ts";
import { html } from "../src/html.ts";
import { ENTITY_LABELS, type SiteSettings } from "../src/types.ts";
import { urls } from "../src/urls.ts";
import { collectionMeta } from "../src/seo/page-meta.ts";
import { renderPage } from "./base.11ty.ts";
import { plural } from "./components.ts";

interface EntitiesData {
  site: SiteSettings;
  overview: readonly EntityTypeOverview[];
}

export function render({ site, overview: types }: EntitiesData): string {
  const main = html`<h1>People, organizations and places</h1>
<div class="overview">${types.map(
    (overview) => html`<section aria-labelledby="overview-${overview.type}">
<h2 id="overview-${overview.type}"><a href="${overview.url}">${ENTITY_LABELS[overview.type].many}</a> <span class="count">${overview.count.toLocaleString("en-US")}</span></h2>
<ol class="count-list">${overview.top.map(
      (summary) => html`<li><a href="${summary.entity.url}">${summary.entity.name}</a> <span class="count">${plural(summary.articles.length, "article")}</span></li>`,
    )}</ol>
<p><a href="${overview.url}">All ${ENTITY_LABELS[overview.type].many.toLowerCase()}</a></p>
</section>`,
  )}</div>`;
  const title = "People, organizations and places";
  const description = `Everyone and everything the archive's stories name.`;
  const meta = collectionMeta(site, { url: urls.entities, name: title, description }, [{ label: "Home", url: urls.home }]);
  return renderPage({ site, title, description, url: urls.entities, main, meta });
}
