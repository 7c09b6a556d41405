// The open-data files themselves: a year's stories as JSON Lines (one JSON object per
// line, UTF-8, keys in the order of tables.ts: https://jsonlines.org/), a year's
// mentions and the entities as CSV.
import type { Article, Entity, SiteSettings } from "../types.ts";
import { csvFile, type CsvValue } from "./csv.ts";
import { entityRow, mentionRows, storyRecord, type JsonValue } from "./records.ts";
import { ENTITY_FIELDS, MENTION_FIELDS, STORY_FIELDS, type DataField } from "./tables.ts";

/** The values of `row` in the order of `fields`, so no file depends on the order a record was built in. */
function inFieldOrder<V>(fields: readonly DataField[], row: Readonly<Record<string, V>>): [string, V][] {
  return fields.map((field) => [field.name, row[field.name]!]);
}

function csvOf(fields: readonly DataField[], rows: readonly Readonly<Record<string, CsvValue>>[]): string {
  return csvFile(
    fields.map((field) => field.name),
    rows.map((row) => inFieldOrder(fields, row).map(([, value]) => value)),
  );
}

/** Stories one JSON object a line, in the order given (a year's, oldest first: see data-years.ts). */
export function storiesJsonl(site: SiteSettings, articles: readonly Article[]): string {
  return articles
    .map((article) => `${JSON.stringify(Object.fromEntries(inFieldOrder<JsonValue>(STORY_FIELDS, storyRecord(site, article))))}\n`)
    .join("");
}

/** Every story × entity pair of `articles`, in their order, each story's entities in the order it names them. */
export function mentionsCsv(site: SiteSettings, articles: readonly Article[]): string {
  return csvOf(MENTION_FIELDS, articles.flatMap((article) => mentionRows(site, article)));
}

export function entitiesCsv(site: SiteSettings, entities: readonly Entity[]): string {
  return csvOf(ENTITY_FIELDS, entities.map((entity) => entityRow(site, entity)));
}
