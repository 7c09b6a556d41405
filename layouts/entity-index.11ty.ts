// Every person, organization or place with its article count, by name with an A-Z
// jump at /people/, or by count at /people/by-count/.
import type { EntityIndexPage } from "../src/archive-pages.ts";
import type { EntitySummary } from "../src/collections/entity-summaries.ts";
import { html, type SafeHtml } from "../src/html.ts";
import { localize, type Localizer } from "../src/messages/localize.ts";
import type { SiteSettings } from "../src/types.ts";
import { urls } from "../src/urls.ts";
import { collectionMeta } from "../src/seo/page-meta.ts";
import { renderPage } from "./base.11ty.ts";
import { breadcrumbs, homeCrumb, name } from "./components.ts";

interface EntityIndexData {
  site: SiteSettings;
  index: EntityIndexPage;
}

function entry(ui: Localizer, summary: EntitySummary): SafeHtml {
  return html`<li><a href="${summary.entity.url}">${name(summary.entity.name)}</a> <span class="count">${ui.count("count.articles", summary.articles.length)}</span></li>`;
}

function byName(ui: Localizer, index: EntityIndexPage): SafeHtml {
  return html`<nav class="jump" aria-label="${ui.text("entityIndex.jump")}"><ul>${index.sections.map(
    (section) => html`<li><a href="#${section.id}">${section.letter}</a></li>`,
  )}</ul></nav>
${index.sections.map(
  (section) => html`<section class="letter" aria-labelledby="${section.id}">
<h2 id="${section.id}">${section.letter}</h2>
<ul class="count-list">${section.items.map((summary) => entry(ui, summary))}</ul>
</section>`,
)}`;
}

export function render({ site, index }: EntityIndexData): string {
  const ui = localize(site);
  const label = ui.text(`entity.${index.type}.many`);
  const [byNameText, byCountText] = [ui.text("entityIndex.byName"), ui.text("entityIndex.byCount")];
  const sortSwitch = html`<p class="sort-switch">${ui.text("entityIndex.sortBy")} ${
    index.sort === "name"
      ? html`<strong>${byNameText}</strong> · <a href="${index.otherUrl}">${byCountText}</a>`
      : html`<a href="${index.otherUrl}">${byNameText}</a> · <strong>${byCountText}</strong>`
  }</p>`;
  const crumbs = [homeCrumb(ui), { label: ui.text("crumb.entities"), url: urls.entities }];
  const title = index.sort === "name" ? label : ui.text("entityIndex.titleByCount", { label });
  const description = ui.text("entityIndex.description", { count: ui.count(`count.${index.type}`, index.entries.length) });
  const main = html`${breadcrumbs(ui, crumbs)}
<header class="listing-header"><h1>${label}</h1>
<p>${description}</p>
${sortSwitch}</header>
${index.sort === "name" ? byName(ui, index) : html`<ol class="count-list">${index.entries.map((summary) => entry(ui, summary))}</ol>`}`;
  return renderPage({ site, title, description, url: index.url, main, meta: collectionMeta(site, { url: index.url, name: title, description }, crumbs) });
}
