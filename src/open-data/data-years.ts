// What the open data is made of, grouped once: the published stories by year (a new
// story changes only its year's files), the entities they name, and the counts the
// /data/ page shows.
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

export function openData(articles: readonly Article[], entities: readonly Entity[]): OpenData {
  const byYear = new Map<number, Article[]>();
  for (const article of chronological(articles)) {
    const list = byYear.get(article.date.year);
    if (list) list.push(article);
    else byYear.set(article.date.year, [article]);
  }
  const years = [...byYear].sort(([a], [b]) => a - b).map(([year, list]) => ({ year, articles: list }));
  const named = namedEntities(entities, articles);
  return {
    years,
    entities: named,
    catalogue: {
      years: years.map(({ year, articles: list }) => ({ year, stories: list.length, mentions: list.reduce((sum, article) => sum + mentionedEntities(article).length, 0) })),
      entities: named.length,
    },
  };
}
