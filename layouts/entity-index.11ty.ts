// Every person, organization or place with its article count, by name with an A-Z
// jump at /people/, or by count at /people/by-count/.
import type { EntityIndexPage } from "../src/archive-pages.ts";
import type { EntitySummary } from "../src/collections/entity-summaries.ts";
import { html, type SafeHtml } from "../src/html.ts";
import { ENTITY_LABELS, type SiteSettings } from "../src/types.ts";
import { urls } from "../src/urls.ts";
import { collectionMeta } from "../src/seo/page-meta.ts";
import { renderPage } from "./base.11ty.ts";
import { breadcrumbs, plural } from "./components.ts";

interface EntityIndexData {
  site: SiteSettings;
  index: EntityIndexPage;
}

function entry(summary: EntitySummary): SafeHtml {
  return html`<li><a href="${summary.entity.url}">${summary.entity.name}</a> <span class="count">${plural(summary.articles.length, "article")}</span></li>`;
}

function byName(index: EntityIndexPage): SafeHtml {
  return html`<nav class="jump" aria-label="Jump to letter"><ul>${index.sections.map(
    (section) => html`<li><a href="#${section.id}">${section.letter}</a></li>`,
  )}</ul></nav>
${index.sections.map(
  (section) => html`<section class="letter" aria-labelledby="${section.id}">
<h2 id="${section.id}">${section.letter}</h2>
<ul class="count-list">${section.items.map(entry)}</ul>
</section>`,
)}`;
}

export function render({ site, index }: EntityIndexData): string {
  const label = ENTITY_LABELS[index.type].many;
  const sortSwitch = html`<p class="sort-switch">Sort by: ${
    index.sort === "name"
      ? html`<strong>name</strong> · <a href="${index.otherUrl}">number of articles</a>`
      : html`<a href="${index.otherUrl}">name</a> · <strong>number of articles</strong>`
  }</p>`;
  const crumbs = [{ label: "Home", url: urls.home }, { label: "All entities", url: urls.entities }];
  const title = index.sort === "name" ? label : `${label} by number of articles`;
  const description = `${plural(index.entries.length, ENTITY_LABELS[index.type].one.toLowerCase(), label.toLowerCase())} named in the archive.`;
  const main = html`${breadcrumbs(crumbs)}
<header class="listing-header"><h1>${label}</h1>
<p>${description}</p>
${sortSwitch}</header>
${index.sort === "name" ? byName(index) : html`<ol class="count-list">${index.entries.map(entry)}</ol>`}`;
  return renderPage({ site, title, description, url: index.url, main, meta: collectionMeta(site, { url: index.url, name: title, description }, crumbs) });
}
