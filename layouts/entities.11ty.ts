// /entities/: people, organizations and places at a glance, the most named first.
import type { EntityTypeOverview } from "../src/archive-pages.ts";
import { html } from "../src/html.ts";
import { localize } from "../src/messages/localize.ts";
import type { SiteSettings } from "../src/types.ts";
import { urls } from "../src/urls.ts";
import { collectionMeta } from "../src/seo/page-meta.ts";
import { renderPage } from "./base.11ty.ts";
import { homeCrumb, name } from "./components.ts";

interface EntitiesData {
  site: SiteSettings;
  overview: readonly EntityTypeOverview[];
}

export function render({ site, overview: types }: EntitiesData): string {
  const ui = localize(site);
  const title = ui.text("entities.title");
  const main = html`<h1>${title}</h1>
<div class="overview">${types.map(
    (overview) => html`<section aria-labelledby="overview-${overview.type}">
<h2 id="overview-${overview.type}"><a href="${overview.url}">${ui.text(`entity.${overview.type}.many`)}</a> <span class="count">${ui.number(overview.count)}</span></h2>
<ol class="count-list">${overview.top.map(
      (summary) => html`<li><a href="${summary.entity.url}">${name(summary.entity.name)}</a> <span class="count">${ui.count("count.articles", summary.articles.length)}</span></li>`,
    )}</ol>
<p><a href="${overview.url}">${ui.text(`entity.${overview.type}.all`)}</a></p>
</section>`,
  )}</div>`;
  const description = ui.text("entities.description");
  const meta = collectionMeta(site, { url: urls.entities, name: title, description }, [homeCrumb(ui)]);
  return renderPage({ site, title, description, url: urls.entities, main, meta });
}
