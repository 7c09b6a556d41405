// Which feeds the site publishes: the site-wide feed with full articles, and one per
// entity, source and tag with summaries (full text in thousands of topic feeds would
// multiply the site's size for little gain; readers follow the link to the article).
import type { EntitySummary } from "./entity-summaries.ts";
import { localize } from "../messages/localize.ts";
import type { Article, SiteSettings } from "../types.ts";
import { urls } from "../urls.ts";

export const FEED_LENGTH = 50;

export interface FeedSpec {
  /** The page the feed belongs to; the feeds are `${base}feed.xml` and `${base}feed.json`. */
  base: string;
  title: string;
  description: string;
  /** Newest first, at most FEED_LENGTH. */
  items: Article[];
  fullContent: boolean;
  /** What an entry's summary says: the story's summary, or its newest correction (the corrections feed). */
  summary: "story" | "newestCorrection";
}

interface FeedSubjects {
  entities: readonly EntitySummary[];
  sources: readonly { source: { name: string; url: string; description?: string }; articles: Article[] }[];
  tags: readonly { tag: { name: string; url: string }; articles: Article[] }[];
  /** Corrected stories, the newest correction first. */
  corrected: readonly Article[];
}

export function feedSpecs(site: SiteSettings, articles: readonly Article[], subjects: FeedSubjects): FeedSpec[] {
  const ui = localize(site);
  const topic = (base: string, name: string, description: string, list: readonly Article[]): FeedSpec => ({
    base,
    title: ui.text("feed.subject", { site: site.title, name }),
    description,
    items: list.slice(0, FEED_LENGTH),
    fullContent: false,
    summary: "story",
  });
  return [
    { base: "/", title: site.title, description: site.description, items: articles.slice(0, FEED_LENGTH), fullContent: true, summary: "story" },
    {
      base: urls.corrections,
      title: ui.text("feed.subject", { site: site.title, name: ui.text("nav.corrections") }),
      description: ui.text("corrections.description"),
      items: subjects.corrected.slice(0, FEED_LENGTH),
      fullContent: false,
      summary: "newestCorrection",
    },
    ...subjects.entities.map(({ entity, articles: list }) =>
      topic(entity.url, entity.name, entity.description ?? ui.text("entity.description", { name: entity.name }), list),
    ),
    ...subjects.sources.map(({ source, articles: list }) =>
      topic(source.url, source.name, source.description ?? ui.text("source.description", { name: source.name }), list),
    ),
    ...subjects.tags.map(({ tag, articles: list }) => topic(tag.url, tag.name, ui.text("tag.description", { name: tag.name }), list)),
  ];
}
