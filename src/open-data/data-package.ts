// /data/datapackage.json: the Frictionless Data Package (v1) describing every open-data
// file and its columns, so that data tools (frictionless-py, the R package
// frictionless) load them typed. https://specs.frictionlessdata.io/data-package/
//
// Stories and mentions are one resource each whose data is split in files by year (a
// `path` list, which tools read as one table: https://specs.frictionlessdata.io/data-resource/#data-in-multiple-files),
// so the field descriptions are written once and the descriptor changes only when a
// year begins. Each CSV file keeps its header row, so that any one file opens alone
// (frictionless-py skips the repeated headers of a multipart CSV). The stories' JSON
// Lines nest lists and objects, so they are a plain data resource whose schema
// describes the keys; the CSV files are tabular data resources in RFC 4180 (the
// default dialect). Paths are relative to the descriptor, so a downloaded copy of the
// folder still works.
import type { SiteSettings } from "../types.ts";
import { absoluteUrl, urls } from "../urls.ts";
import { DATA_SETS, ENTITY_FIELDS, MENTION_FIELDS, STORY_FIELDS, type DataField } from "./tables.ts";

type Json = string | number | boolean | null | readonly Json[] | { readonly [key: string]: Json };

/** A resource's path, relative to datapackage.json, from its site URL. */
function pathOf(url: string): string {
  return url.startsWith(urls.openData) ? url.slice(urls.openData.length) : url;
}

function tableSchema(fields: readonly DataField[]): { fields: Json[] } {
  return {
    fields: fields.map((field) => ({
      name: field.name,
      type: field.type,
      ...(field.format ? { format: field.format } : {}),
      description: field.description,
      ...(field.required || field.unique ? { constraints: { ...(field.required ? { required: true } : {}), ...(field.unique ? { unique: true } : {}) } } : {}),
    })),
  };
}

/** A name the Data Package allows (lowercase letters, digits, `-._/`), from the site's address: `annals.example.org`. */
export function packageName(site: Pick<SiteSettings, "url" | "pathPrefix">): string {
  const { host, pathname } = new URL(absoluteUrl(site, "/"));
  return `${host}${pathname}`.toLowerCase().replace(/[^-a-z0-9._/]+/g, "-").replace(/\/+$/, "");
}

const CSV = { format: "csv", mediatype: "text/csv", encoding: "utf-8" } as const;
const JSONL = { format: "jsonl", mediatype: "application/jsonl", encoding: "utf-8" } as const;

/** Every file the open data consists of, descriptor first, with its media type: for the page's structured data. */
export function publishedFiles(years: readonly number[]): { title: string; url: string; mediatype: string }[] {
  return [
    { title: "datapackage.json", url: urls.dataPackage, mediatype: "application/json" },
    ...years.map((year) => ({ title: `${DATA_SETS.stories.title}, ${year}`, url: urls.storiesData(year), mediatype: JSONL.mediatype })),
    { title: DATA_SETS.entities.title, url: urls.entitiesData, mediatype: CSV.mediatype },
    ...years.map((year) => ({ title: `${DATA_SETS.mentions.title}, ${year}`, url: urls.mentionsData(year), mediatype: CSV.mediatype })),
  ];
}

export function dataPackage(site: SiteSettings, years: readonly number[]): Json {
  const byYear = (fileOf: (year: number) => string) => years.map((year) => pathOf(fileOf(year)));
  // Without a story there are no yearly files, and a resource must name at least one.
  const ifAny = <T>(resource: T): T[] => (years.length > 0 ? [resource] : []);
  return {
    profile: "data-package",
    name: packageName(site),
    title: `${site.title}: open data`,
    description: site.description,
    homepage: absoluteUrl(site, urls.openData),
    ...(site.dataLicense ? { licenses: [{ ...site.dataLicense }] } : {}),
    resources: [
      ...ifAny({
        profile: "data-resource",
        name: "stories",
        ...DATA_SETS.stories,
        path: byYear(urls.storiesData),
        ...JSONL,
        schema: { ...tableSchema(STORY_FIELDS), primaryKey: "url" },
      }),
      {
        profile: "tabular-data-resource",
        name: "entities",
        ...DATA_SETS.entities,
        path: pathOf(urls.entitiesData),
        ...CSV,
        schema: { ...tableSchema(ENTITY_FIELDS), primaryKey: "id" },
      },
      ...ifAny({
        profile: "tabular-data-resource",
        name: "mentions",
        ...DATA_SETS.mentions,
        path: byYear(urls.mentionsData),
        ...CSV,
        schema: {
          ...tableSchema(MENTION_FIELDS),
          primaryKey: ["story_url", "entity_id"],
          foreignKeys: [{ fields: "entity_id", reference: { resource: "entities", fields: "id" } }],
        },
      }),
    ],
  };
}

/** The descriptor as published: two-space indented, so that a reader can read it too. */
export function renderDataPackage(site: SiteSettings, years: readonly number[]): string {
  return `${JSON.stringify(dataPackage(site, years), null, 2)}\n`;
}
