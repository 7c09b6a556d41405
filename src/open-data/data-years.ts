// What the open data is made of, grouped once: the published stories by year (a new
// story changes only its year's files), the entities they name, and the counts the
// /data/ page shows.
import { storiesByYear } from "../collections/date-archive.ts";
import { storiesByEntity } from "../collections/entity-summaries.ts";
import { NO_MEMORY, type Grouping } from "../collections/grouping-memory.ts";
import { mentionedEntities, type Article, type Entity } from "../types.ts";
import { chronological, namedEntities } from "./records.ts";

/** A year's stories, oldest first: what its stories and mentions files hold. */
export interface DataYear {
  year: number;
  articles: Article[];
}

/** What the /data/ page says of the files: counts only, so that it holds no story. */
export interface DataCatalogue {
  years: { year: number; stories: number; mentions: number }[];
  entities: number;
}

export interface OpenData {
  /** Oldest year first. */
  years: DataYear[];
  /** The entities published stories name, in the order of the entities file. */
  entities: Entity[];
  catalogue: DataCatalogue;
}

/**
 * The open data of the archive. `grouping` (the preview's) keeps a year's files and counts
 * while its stories are the same, and the entities while the same ones are named.
 */
export function openData(articles: readonly Article[], entities: readonly Entity[], grouping: Grouping = NO_MEMORY): OpenData {
  const byYear = [...storiesByYear(articles, grouping)].sort(([a], [b]) => a - b);
  const years = byYear.map(([year, list]) =>
    grouping.made(`data-year:${year}`, [list], () => {
      const oldestFirst = chronological(list);
      return { data: { year, articles: oldestFirst }, counts: { year, stories: list.length, mentions: list.reduce((sum, article) => sum + mentionedEntities(article).length, 0) } };
    }),
  );
  const byEntity = storiesByEntity(articles, grouping);
  const named = grouping.made("named-entities", [entities, ...byEntity.keys()], () => namedEntities(entities, byEntity));
  return {
    years: years.map(({ data }) => data),
    entities: named,
    catalogue: { years: years.map(({ counts }) => counts), entities: named.length },
  };
}
