// /data/: the open-data files in plain words: what each holds, its columns, the
// licence, and a link to every file with its count of rows.
import { html, type SafeHtml } from "../src/html.ts";
import { localize, type Localizer } from "../src/messages/localize.ts";
import type { DataCatalogue } from "../src/open-data/data-years.ts";
import { publishedFiles } from "../src/open-data/data-package.ts";
import { DATA_SETS, ENTITY_FIELDS, MENTION_FIELDS, STORY_FIELDS, TYPE_WORDS, type DataField } from "../src/open-data/tables.ts";
import { dataset } from "../src/seo/json-ld.ts";
import type { SiteSettings } from "../src/types.ts";
import { absoluteUrl, urls } from "../src/urls.ts";
import { renderPage } from "./base.11ty.ts";

interface DataPageData {
  site: SiteSettings;
  catalogue: DataCatalogue;
}

const fileName = (url: string) => url.slice(url.lastIndexOf("/") + 1);
const fileLink = (url: string) => html`<a href="${url}"><code>${fileName(url)}</code></a>`;

function licence(site: SiteSettings, ui: Localizer): SafeHtml {
  const chosen = site.dataLicense;
  if (!chosen) return html`<p>${ui.text("data.licence.none")}</p>`;
  const name = chosen.title ? html`<bdi>${chosen.title}</bdi> (${chosen.name})` : html`${chosen.name}`;
  return html`<p>${ui.markup("data.licence.chosen", { licence: chosen.path ? html`<a href="${chosen.path}">${name}</a>` : name, file: html`<code>datapackage.json</code>` })}</p>`;
}

/**
 * `missing`: how a file writes a value that is not there, JSON's null or CSV's empty field.
 * The columns are described in the words of datapackage.json, which are English whatever
 * the page's language, and marked so.
 */
function columns(ui: Localizer, set: keyof typeof DATA_SETS, fields: readonly DataField[], missing: "null" | "empty"): SafeHtml {
  const inEnglish = ui.language === "en" ? "" : html` lang="en" dir="ltr"`;
  return html`<h3${inEnglish}>${DATA_SETS[set].title}</h3>
<p${inEnglish}>${DATA_SETS[set].description}</p>
<dl class="data-columns"${inEnglish}>${fields.map(
    (field) => html`<dt><code>${field.name}</code> <span class="field-type">${TYPE_WORDS[field.type]}${field.format === "uri" ? ", a web address" : ""}${field.required ? "" : `, or ${missing}`}</span></dt><dd>${field.description}</dd>`,
  )}</dl>`;
}

export function render({ site, catalogue }: DataPageData): string {
  const ui = localize(site);
  const title = ui.text("nav.openData");
  const description = ui.text("data.description");
  const newest = catalogue.years.at(-1)?.year;
  const main = html`<article class="page data-page">
<h1>${title}</h1>
<p>${ui.text("data.intro")}</p>
<p>${ui.text("data.formats")}</p>
<h2>${ui.text("data.licence")}</h2>
${licence(site, ui)}
<h2>${ui.text("data.files")}</h2>
<p>${ui.markup("data.package", { file: fileLink(urls.dataPackage), format: html`<a href="https://specs.frictionlessdata.io/data-package/">${ui.text("data.package.format")}</a>` })}</p>
<p>${ui.markup("data.entities", { file: fileLink(urls.entitiesData), count: ui.count("count.entities", catalogue.entities) })}</p>
${catalogue.years.length === 0
    ? html`<p>${ui.text("data.empty")}</p>`
    : html`<ul class="data-years">${catalogue.years.map(
        ({ year, stories, mentions }) => html`<li><strong>${ui.year(year)}</strong>: ${fileLink(urls.storiesData(year))} <span class="count">${ui.count("count.stories", stories)}</span>${ui.text("list.separator")}${fileLink(urls.mentionsData(year))} <span class="count">${ui.count("count.mentions", mentions)}</span></li>`,
      )}</ul>`}
${newest === undefined
    ? ""
    : html`<p>${ui.markup("data.python", {
        stories: html`<code dir="ltr">pandas.read_json("${absoluteUrl(site, urls.storiesData(newest))}", lines=True)</code>`,
        mentions: html`<code dir="ltr">pandas.read_csv("${absoluteUrl(site, urls.mentionsData(newest))}")</code>`,
      })}</p>`}
<h2>${ui.text("data.columns")}</h2>
${columns(ui, "stories", STORY_FIELDS, "null")}
${columns(ui, "entities", ENTITY_FIELDS, "empty")}
${columns(ui, "mentions", MENTION_FIELDS, "empty")}
</article>`;
  const meta = { jsonLd: [dataset(site, { url: urls.openData, name: ui.text("data.title.dataset", { site: site.title }), description }, publishedFiles(catalogue.years.map(({ year }) => year)))] };
  return renderPage({ site, title, description, url: urls.openData, main, meta });
}
