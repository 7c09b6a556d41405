// /data/: the open-data files in plain words: what each holds, its columns, the
// licence, and a link to every file with its count of rows.
import { html, type SafeHtml } from "../src/html.ts";
import type { DataCatalogue } from "../src/open-data/data-years.ts";
import { publishedFiles } from "../src/open-data/data-package.ts";
import { DATA_SETS, ENTITY_FIELDS, MENTION_FIELDS, STORY_FIELDS, TYPE_WORDS, type DataField } from "../src/open-data/tables.ts";
import { dataset } from "../src/seo/json-ld.ts";
import type { SiteSettings } from "../src/types.ts";
import { absoluteUrl, urls } from "../src/urls.ts";
import { renderPage } from "./base.11ty.ts";
import { plural } from "./components.ts";

interface DataPageData {
  site: SiteSettings;
  catalogue: DataCatalogue;
}

const TITLE = "Open data";
const DESCRIPTION =
  "The archive as data for research: every published story's metadata as JSON Lines, the people, organizations and places the stories name and which story names which as CSV, described by a Frictionless Data Package.";

const fileName = (url: string) => url.slice(url.lastIndexOf("/") + 1);
const fileLink = (url: string) => html`<a href="${url}"><code>${fileName(url)}</code></a>`;

function licence(site: SiteSettings): SafeHtml {
  const chosen = site.dataLicense;
  if (!chosen) return html`<p>No licence has been chosen for these files. Ask the archive's editors before you republish them.</p>`;
  const name = chosen.title ? html`${chosen.title} (${chosen.name})` : html`${chosen.name}`;
  return html`<p>The files are published under ${chosen.path ? html`<a href="${chosen.path}">${name}</a>` : name}. <code>datapackage.json</code> names it too.</p>`;
}

/** `missing`: how a file writes a value that is not there, JSON's null or CSV's empty field. */
function columns(set: keyof typeof DATA_SETS, fields: readonly DataField[], missing: "null" | "empty"): SafeHtml {
  return html`<h3>${DATA_SETS[set].title}</h3>
<p>${DATA_SETS[set].description}</p>
<dl class="data-columns">${fields.map(
    (field) => html`<dt><code>${field.name}</code> <span class="field-type">${TYPE_WORDS[field.type]}${field.format === "uri" ? ", a web address" : ""}${field.required ? "" : `, or ${missing}`}</span></dt><dd>${field.description}</dd>`,
  )}</dl>`;
}

export function render({ site, catalogue }: DataPageData): string {
  const newest = catalogue.years.at(-1)?.year;
  const main = html`<article class="page data-page">
<h1>${TITLE}</h1>
<p>This archive publishes what it holds as data files, for research and for anyone who wants to count, map or compare its stories: every published story's metadata, the people, organizations and places the stories name, and which story names which. The files are written with the site, so they always match what it shows.</p>
<p>Addresses in the files are the full addresses of this site's pages. All files are UTF-8. JSON Lines files hold one JSON object per line; CSV files have a header row and follow RFC 4180, with lists inside a cell written as JSON.</p>
<h2>Licence</h2>
${licence(site)}
<h2>Files</h2>
<p>${fileLink(urls.dataPackage)} describes every file and column below in the <a href="https://specs.frictionlessdata.io/data-package/">Frictionless Data Package</a> format, so that data tools can load them with their types.</p>
<p>${fileLink(urls.entitiesData)} lists ${plural(catalogue.entities, "entity", "entities")}. The ${DATA_SETS.stories.title.toLowerCase()} and their ${DATA_SETS.mentions.title.toLowerCase()} come in one file of each per year, so that a new story changes only its year's files:</p>
${catalogue.years.length === 0
    ? html`<p>No stories have been published yet.</p>`
    : html`<ul class="data-years">${catalogue.years.map(
        ({ year, stories, mentions }) => html`<li><strong>${year}</strong>: ${fileLink(urls.storiesData(year))} <span class="count">${plural(stories, "story", "stories")}</span>, ${fileLink(urls.mentionsData(year))} <span class="count">${plural(mentions, "mention")}</span></li>`,
      )}</ul>`}
${newest === undefined
    ? ""
    : html`<p>In Python, for example, <code>pandas.read_json("${absoluteUrl(site, urls.storiesData(newest))}", lines=True)</code> reads a year's stories, and <code>pandas.read_csv("${absoluteUrl(site, urls.mentionsData(newest))}")</code> its mentions.</p>`}
<h2>Columns</h2>
${columns("stories", STORY_FIELDS, "null")}
${columns("entities", ENTITY_FIELDS, "empty")}
${columns("mentions", MENTION_FIELDS, "empty")}
</article>`;
  const meta = { jsonLd: [dataset(site, { url: urls.openData, name: `${site.title}: ${TITLE.toLowerCase()}`, description: DESCRIPTION }, publishedFiles(catalogue.years.map(({ year }) => year)))] };
  return renderPage({ site, title: TITLE, description: DESCRIPTION, url: urls.openData, main, meta });
}
