// Per-entity facts for entity pages: article count, first and latest mention, and
// the entities most often named alongside, all from one pass over the archive.
import type { ArticleDate } from "../dates.ts";
import { mentionedEntities, type Article, type Entity, type EntityRef } from "../types.ts";
import { newestFirst } from "../content/load-in-place.ts";
import { NO_MEMORY, type Grouping } from "./grouping-memory.ts";
import { monthlyTimeline, type MonthCount } from "./timeline.ts";

export interface CoMention {
  entity: EntityRef;
  count: number;
}

export interface EntitySummary {
  entity: Entity;
  /** Newest first. */
  articles: Article[];
  firstMention: ArticleDate;
  latestMention: ArticleDate;
  coMentions: CoMention[];
  /** Articles per month from the first mention to the latest. */
  timeline: MonthCount[];
}


/** The stories naming each entity, by its address, newest first. */
export function storiesByEntity(articles: readonly Article[], grouping: Grouping): Map<string, Article[]> {
  return grouping.grouped("entities", articles, (article) => mentionedEntities(article).map((entity) => entity.url), newestFirst);
}

/**
 * The summary of every entity some story names. `grouping` keeps an entity's summary as
 * it was while the stories naming it are the same (see grouping-memory.ts).
 */
export function summarizeEntities(articles: readonly Article[], entities: readonly Entity[], grouping: Grouping = NO_MEMORY, coMentionLimit = 10): EntitySummary[] {
  const byUrl = storiesByEntity(articles, grouping);
  return entities
    .filter((entity) => byUrl.has(entity.url))
    .map((entity) => {
      const mentions = grouping.list(`entity:${entity.url}`, byUrl.get(entity.url)!);
      return grouping.made(`summary:${entity.url}`, [entity, mentions], () => summarize(entity, mentions, coMentionLimit));
    });
}

function summarize(entity: Entity, mentions: Article[], coMentionLimit: number): EntitySummary {
  const counts = new Map<string, CoMention>();
  for (const article of mentions) {
    for (const other of mentionedEntities(article)) {
      if (other.url === entity.url) continue;
      const seen = counts.get(other.url);
      if (seen) seen.count++;
      else counts.set(other.url, { entity: other, count: 1 });
    }
  }
  return {
    entity,
    articles: mentions,
    latestMention: mentions[0]!.date,
    firstMention: mentions[mentions.length - 1]!.date,
    timeline: monthlyTimeline(mentions),
    coMentions: [...counts.values()]
      .sort((a, b) => b.count - a.count || a.entity.name.localeCompare(b.entity.name))
      .slice(0, coMentionLimit),
  };
}
