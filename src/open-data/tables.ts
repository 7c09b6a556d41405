// What every open-data file holds, written once: its title and description, and its
// columns. The files are written in this column order, datapackage.json describes them
// as Table Schema fields from these lists (https://specs.frictionlessdata.io/table-schema/),
// and the /data/ page explains them in the same words.

/** A Table Schema field: its name, type and what it holds. */
export interface DataField {
  name: string;
  type: "string" | "integer" | "boolean" | "date" | "datetime" | "array" | "object";
  /** `uri` for a web address. */
  format?: "uri";
  description: string;
  /** Never empty (null). */
  required?: true;
  /** Different in every row. */
  unique?: true;
}

/** What each kind of file is called in the descriptor and on the /data/ page. */
export const DATA_SETS = {
  stories: {
    title: "Stories",
    description: "Every published story's metadata: address, headline, dates, outlet, language, summary, tags, the entities it names and its length in words. One file per year, one JSON object per line.",
  },
  mentions: {
    title: "Mentions",
    description: "Which story names which entity: one row per story and entity. One file per year, each with its header row.",
  },
  entities: {
    title: "Entities",
    description: "Every person, organization and place a published story names, with its canonical name, other names and page on this site.",
  },
} as const;

const field = <const Name extends string>(spec: DataField & { name: Name }) => spec;

/** Stories: one JSON object per line, these keys in this order. */
export const STORY_FIELDS = [
  field({ name: "url", type: "string", format: "uri", required: true, unique: true, description: "The story's page on this site; it identifies the story." }),
  field({ name: "title", type: "string", required: true, description: "The headline." }),
  field({ name: "date", type: "date", required: true, description: "The day the story was published (YYYY-MM-DD), as its address and the archive's listings file it." }),
  field({ name: "datetime_utc", type: "datetime", description: "The moment it was published, in UTC (YYYY-MM-DDThh:mm:ssZ); null when the story gives only its day." }),
  field({ name: "updated", type: "date", description: "The day it was last updated (YYYY-MM-DD); null when it never was." }),
  field({ name: "source", type: "object", required: true, description: "The outlet that published it: {name, url}, url being the outlet's page on this site." }),
  field({ name: "original_url", type: "string", format: "uri", description: "The story at its outlet, when the archive records it; otherwise null." }),
  field({ name: "author", type: "string", description: "The byline, or null." }),
  field({ name: "language", type: "string", required: true, description: "The language of the story, as a BCP 47 tag such as en or ar." }),
  field({ name: "summary", type: "string", required: true, description: "One or two sentences: the story's own summary, or else its first paragraph." }),
  field({ name: "tags", type: "array", required: true, description: "The story's topics, each {name, url}, url being the topic's page on this site." }),
  field({
    name: "entities",
    type: "object",
    required: true,
    description: "The people, organizations and places the story names, as {people, organizations, places}: lists of {id, name, url}, with each entity's canonical name, its id in the entities file and its page on this site.",
  }),
  field({ name: "word_count", type: "integer", required: true, description: "The number of words in the story's body (its headline and a separate summary not counted)." }),
] as const;

/** Entities: one row per person, organization or place a published story names. */
export const ENTITY_FIELDS = [
  field({ name: "id", type: "string", required: true, unique: true, description: "The entity's identifier: its section and the last part of its page's address, such as people/joe-biden." }),
  field({ name: "type", type: "string", required: true, description: "person, organization or place." }),
  field({ name: "name", type: "string", required: true, description: "The canonical name, which every other spelling in the stories resolves to." }),
  field({ name: "url", type: "string", format: "uri", required: true, unique: true, description: "The entity's page on this site, listing the stories that name it." }),
  field({ name: "aliases", type: "array", required: true, description: "The other names the archive knows it by, as a JSON list (an empty list when none)." }),
  field({ name: "description", type: "string", description: "One line about the entity from the archive's registry; empty when it has none." }),
  field({ name: "links", type: "array", required: true, description: "Pages about the entity elsewhere (Wikipedia, Wikidata), as a JSON list." }),
  field({ name: "registered", type: "boolean", required: true, description: "true when the archive's editors registered the entity; false when it was made from a name a story uses." }),
] as const;

/** Mentions: one row per story and entity it names. */
export const MENTION_FIELDS = [
  field({ name: "story_url", type: "string", format: "uri", required: true, description: "The story, by its page on this site (url in the stories files)." }),
  field({ name: "date", type: "date", required: true, description: "The day the story was published (YYYY-MM-DD)." }),
  field({ name: "entity_id", type: "string", required: true, description: "The entity, by its id in the entities file." }),
  field({ name: "entity_type", type: "string", required: true, description: "person, organization or place." }),
  field({ name: "entity_name", type: "string", required: true, description: "The entity's canonical name." }),
] as const;

export type FieldName<Fields extends readonly DataField[]> = Fields[number]["name"];

/** A field's type in plain words, for the /data/ page. */
export const TYPE_WORDS = {
  string: "text",
  integer: "whole number",
  boolean: "true or false",
  date: "date",
  datetime: "date and time",
  array: "list",
  object: "object",
} as const satisfies Record<DataField["type"], string>;
