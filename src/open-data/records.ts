// One story, entity or mention as a row of the open data, with the columns of
// tables.ts and absolute URLs (the site's `url` and path prefix), so a row means the
// same wherever the file is read.
import { pad2, type ArticleDate } from "../dates.ts";
import { ENTITY_SECTIONS, ENTITY_TYPES, mentionedEntities, perEntitySection, type Article, type Entity, type EntityRef, type SiteSettings } from "../types.ts";
import { absoluteUrl } from "../urls.ts";
import type { CsvValue } from "./csv.ts";
import type { ENTITY_FIELDS, FieldName, MENTION_FIELDS, STORY_FIELDS } from "./tables.ts";

export type JsonValue = string | number | boolean | null | readonly JsonValue[] | { readonly [key: string]: JsonValue };

export type StoryRecord = Record<FieldName<typeof STORY_FIELDS>, JsonValue>;
export type EntityRow = Record<FieldName<typeof ENTITY_FIELDS>, CsvValue>;
export type MentionRow = Record<FieldName<typeof MENTION_FIELDS>, CsvValue>;

type Site = Pick<SiteSettings, "url" | "pathPrefix" | "language">;

/** `people/joe-biden`: the entity's section and slug, unique because slugs are settled per section. */
export function entityId(entity: Pick<EntityRef, "type" | "slug">): string {
  return `${ENTITY_SECTIONS[entity.type]}/${entity.slug}`;
}

/** The day a date files a story under, in its own offset: `2021-07-28`. */
export function calendarDay(date: ArticleDate): string {
  return `${date.year}-${pad2(date.month)}-${pad2(date.day)}`;
}

/** The moment in UTC, to the second (Table Schema's default datetime format), for a date given with its time. */
export function utcMoment(date: ArticleDate): string | null {
  return date.hasTime ? `${new Date(date.epoch).toISOString().slice(0, 19)}Z` : null;
}

/** Code-point order, the same on every machine (localeCompare follows the machine's ICU data). */
const byCodePoint = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Oldest first, stories of the same moment by address: the order of every open-data file. */
export function chronological(articles: readonly Article[]): Article[] {
  return [...articles].sort((a, b) => a.date.epoch - b.date.epoch || byCodePoint(a.url, b.url));
}

export function storyRecord(site: Site, article: Article): StoryRecord {
  return {
    url: absoluteUrl(site, article.url),
    title: article.title,
    date: calendarDay(article.date),
    datetime_utc: utcMoment(article.date),
    updated: article.updated ? calendarDay(article.updated) : null,
    source: { name: article.source.name, url: absoluteUrl(site, article.source.url) },
    original_url: article.sourceUrl ?? null,
    author: article.author ?? null,
    language: article.lang ?? site.language,
    summary: article.summary,
    tags: article.tags.map((tag) => ({ name: tag.name, url: absoluteUrl(site, tag.url) })),
    entities: perEntitySection((_, section) => article[section].map((entity) => ({ id: entityId(entity), name: entity.name, url: absoluteUrl(site, entity.url) }))),
    word_count: article.wordCount,
  };
}

export function mentionRows(site: Site, article: Article): MentionRow[] {
  const story = absoluteUrl(site, article.url);
  const date = calendarDay(article.date);
  return mentionedEntities(article).map((entity) => ({ story_url: story, date, entity_id: entityId(entity), entity_type: entity.type, entity_name: entity.name }));
}

export function entityRow(site: Site, entity: Entity): EntityRow {
  return {
    id: entityId(entity),
    type: entity.type,
    name: entity.name,
    url: absoluteUrl(site, entity.url),
    aliases: JSON.stringify(entity.aliases),
    description: entity.description ?? null,
    links: JSON.stringify(entity.links),
    registered: entity.registered,
  };
}

/** The entities whose addresses `named` holds, in the order of the entities file: by type, then id. */
export function namedEntities(entities: readonly Entity[], named: { has(url: string): boolean }): Entity[] {
  const typeOrder = (entity: Entity) => ENTITY_TYPES.indexOf(entity.type);
  return entities
    .filter((entity) => named.has(entity.url))
    .sort((a, b) => typeOrder(a) - typeOrder(b) || byCodePoint(entityId(a), entityId(b)));
}
