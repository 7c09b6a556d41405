// Turns the loaded archive into the data of every page, grouping once so that each
// page receives its own slice: nothing in a template loops over the whole archive.
import { alphabeticalSections, type LetterSection } from "./collections/alphabet.ts";
import { correctedStories, correctionNotices, type CorrectionNotice } from "./collections/corrections.ts";
import { archiveByDate, type MonthArchive, type YearArchive } from "./collections/date-archive.ts";
import { summarizeEntities, type EntitySummary } from "./collections/entity-summaries.ts";
import { groupArticles } from "./collections/group-articles.ts";
import { NO_MEMORY, type Grouping } from "./collections/grouping-memory.ts";
import { relatedArticles } from "./collections/related-articles.ts";
import type { Archive } from "./content/archive.ts";
import { localize, type Localizer } from "./messages/localize.ts";
import { feedSpecs, type FeedSpec } from "./collections/feed-specs.ts";
import { openData, type OpenData } from "./open-data/data-years.ts";
import { paginate, type PageOf } from "./paginate.ts";
import { ENTITY_TYPES, mentionedEntities, type Article, type Entity, type EntityType, type SiteSettings, type Source, type TagRef } from "./types.ts";
import type { StoryHolders } from "./story-holders.ts";
import { urls } from "./urls.ts";

export interface Crumb {
  label: string;
  url: string;
}

export interface ArticlePage {
  article: Article;
  /** The next older and newer articles in the whole archive. */
  older?: Article;
  newer?: Article;
  related: Article[];
  breadcrumbs: Crumb[];
}

/**
 * One page of a listing about `subject`. Only the first address, which changes with
 * every new story anyway, carries the `summary` (counts, dates of first and latest
 * mention, charts); the older pages show what never changes with a new story (the
 * subject's name and description), so that a full page stays as it was written.
 */
export type Listing<Subject, Summary> = PageOf<Article> & { subject: Subject; summary?: Summary };

/** The month a month listing is about. */
export interface MonthOf {
  year: number;
  month: number;
}

export interface SourceSummary {
  source: Source;
  articles: Article[];
}

export interface TagSummary {
  tag: TagRef;
  articles: Article[];
}

export type EntitySort = "name" | "count";

export interface EntityIndexPage {
  type: EntityType;
  sort: EntitySort;
  url: string;
  /** The other sort order's URL. */
  otherUrl: string;
  entries: EntitySummary[];
  sections: LetterSection<EntitySummary>[];
}

export interface EntityTypeOverview {
  type: EntityType;
  url: string;
  count: number;
  top: EntitySummary[];
}

export interface ArchivePages {
  home: PageOf<Article>[];
  articles: ArticlePage[];
  entities: Listing<Entity, EntitySummary>[];
  entityIndexes: EntityIndexPage[];
  entityOverview: EntityTypeOverview[];
  sources: Listing<Source, SourceSummary>[];
  sourceIndex: SourceSummary[];
  tags: Listing<TagRef, TagSummary>[];
  tagIndex: TagSummary[];
  years: YearArchive[];
  months: Listing<MonthOf, MonthArchive>[];
  /** Every correction, newest first. */
  corrections: CorrectionNotice[];
  feeds: FeedSpec[];
  /** The files at /data/ and what the page there says of them. */
  openData: OpenData;
}

export interface ArchiveData extends Archive {
  pages: ArchivePages;
}


interface ListingOf<Subject, Summary> {
  subject(summary: Summary): Subject;
  articles(summary: Summary): Article[];
  url(summary: Summary): string;
}

function listings<Subject, Summary>(summaries: readonly Summary[], spec: ListingOf<Subject, Summary>, pageSize: number, grouping: Grouping): Listing<Subject, Summary>[] {
  return summaries.flatMap((summary) => {
    const subject = spec.subject(summary);
    return paginate(spec.articles(summary), pageSize, spec.url(summary)).map((page) => grouping.same(`page:${page.url}`, { ...page, subject, ...(page.first ? { summary } : {}) }));
  });
}

/** An article's way back: home, its year, its month, in the site's language. */
export function breadcrumbsFor(article: Article, ui: Localizer): Crumb[] {
  const { year, month } = article.date;
  return [
    { label: ui.text("crumb.home"), url: urls.home },
    { label: ui.year(year), url: urls.year(year) },
    { label: ui.monthName(month), url: urls.month(year, month) },
  ];
}

function articlePages(articles: readonly Article[], site: SiteSettings, grouping: Grouping): ArticlePage[] {
  const ui = localize(site);
  // Each edition keeps its own last ranking: ranked one after another, they would otherwise rank everything again each time.
  const related = relatedArticles(articles, { archive: site.edition });
  return articles.map((article, index) => {
    const newer = index > 0 ? articles[index - 1]! : undefined;
    const older = index < articles.length - 1 ? articles[index + 1]! : undefined;
    const shown = related.get(article.url) ?? [];
    return grouping.made(`story:${article.url}`, [article, newer, older, shown], () => ({
      article,
      ...(newer ? { newer } : {}),
      ...(older ? { older } : {}),
      related: shown,
      breadcrumbs: breadcrumbsFor(article, ui),
    }));
  });
}

function entityIndexes(summaries: readonly EntitySummary[]): EntityIndexPage[] {
  return ENTITY_TYPES.flatMap((type) => {
    const ofType = summaries.filter((summary) => summary.entity.type === type);
    const byName = alphabeticalSections(ofType, (summary) => summary.entity.name);
    const byCount = [...ofType].sort(
      (a, b) => b.articles.length - a.articles.length || a.entity.name.localeCompare(b.entity.name),
    );
    return [
      { type, sort: "name", url: urls.entityIndex(type), otherUrl: urls.entityIndexByCount(type), entries: byName.flatMap((s) => s.items), sections: byName },
      { type, sort: "count", url: urls.entityIndexByCount(type), otherUrl: urls.entityIndex(type), entries: byCount, sections: [] },
    ];
  });
}

/**
 * Every page's data, grouped from the archive. `grouping` (the preview's) keeps each part
 * equal to its last run's as that object (see grouping-memory.ts); the build keeps nothing.
 */
export function buildArchivePages(archive: Archive, grouping: Grouping = NO_MEMORY): ArchivePages {
  const { articles, site } = archive;
  const pageSize = site.pageSize;
  const summaries = summarizeEntities(articles, archive.entities, grouping);
  const { indexes, overview } = grouping.made("entity-indexes", summaries, () => {
    const made = entityIndexes(summaries);
    return { indexes: made, overview: entityOverview(made) };
  });

  const bySource = groupArticles(articles, (article) => [article.source.url]);
  const sourceIndex = archive.sources
    .filter((source) => bySource.has(source.url))
    .map((source) => {
      const list = grouping.list(`source:${source.url}`, bySource.get(source.url)!);
      return grouping.made(`source-summary:${source.url}`, [source, list], () => ({ source, articles: list }));
    })
    .sort((a, b) => a.source.name.localeCompare(b.source.name));

  const byTag = groupArticles(articles, (article) => article.tags.map((tag) => tag.url));
  const tagIndex = [...byTag]
    .map(([url, grouped]) => {
      const list = grouping.list(`tag:${url}`, grouped);
      const tag = list[0]!.tags.find((candidate) => candidate.url === url)!;
      return grouping.made(`tag-summary:${url}`, [tag.name, list], () => ({ tag, articles: list }));
    })
    .sort((a, b) => a.tag.name.localeCompare(b.tag.name));

  const years = archiveByDate(articles, grouping);
  const corrected = articles.filter((article) => article.corrections.length > 0);
  const corrections = grouping.made("corrections", corrected, () => correctionNotices(corrected));
  const data = openData(articles, archive.entities);
  return {
    home: paginate(articles, pageSize, urls.home).map((page) => grouping.same(`page:${page.url}`, page)),
    articles: articlePages(articles, site, grouping),
    entities: listings(summaries, { subject: (s) => s.entity, articles: (s) => s.articles, url: (s) => s.entity.url }, pageSize, grouping),
    entityIndexes: indexes,
    entityOverview: overview,
    sources: listings(sourceIndex, { subject: (s) => s.source, articles: (s) => s.articles, url: (s) => s.source.url }, pageSize, grouping),
    sourceIndex,
    tags: listings(tagIndex, { subject: (s) => s.tag, articles: (s) => s.articles, url: (s) => s.tag.url }, pageSize, grouping),
    tagIndex,
    years,
    months: listings(years.flatMap((year) => year.months), { subject: (m) => grouping.made(`month-subject:${m.year}-${m.month}`, [], () => ({ year: m.year, month: m.month })), articles: (m) => m.articles, url: (m) => urls.month(m.year, m.month) }, pageSize, grouping),
    corrections,
    feeds: feedSpecs(site, articles, { entities: summaries, sources: sourceIndex, tags: tagIndex, corrected: correctedStories(corrections) }).map((feed) => grouping.same(`feed:${feed.base}`, feed)),
    openData: { ...data, years: data.years.map((year) => grouping.same(`data:${year.year}`, { ...year, articles: grouping.list(`data-year:${year.year}`, year.articles) })) },
  };
}

/** Each entity type's count and its ten most named entities, for the entities page. */
function entityOverview(indexes: readonly EntityIndexPage[]): EntityTypeOverview[] {
  return ENTITY_TYPES.map((type) => {
    const byCount = indexes.find((index) => index.type === type && index.sort === "count")!.entries;
    return { type, url: urls.entityIndex(type), count: byCount.length, top: byCount.slice(0, 10) };
  });
}

/**
 * The same pages after some articles changed in their bodies alone (`replaced`: the
 * object before to the object after, equal in everything else). Only the pages that
 * show a body take the new objects: each changed story's own page, the feeds that
 * carry full text and its year's stories file (word counts), as PAGE_KINDS' `bodies`
 * declares (src/model/routes.ts; a test checks the two agree). Every other page shows
 * metadata only, which did not change, so the preview reuses it without grouping the
 * archive again.
 */
export function withBodiesReplaced(pages: ArchivePages, replaced: ReadonlyMap<Article, Article>): ArchivePages {
  const current = (article: Article) => replaced.get(article) ?? article;
  return {
    ...pages,
    articles: pages.articles.map((entry) => (replaced.has(entry.article) ? { ...entry, article: current(entry.article) } : entry)),
    feeds: pages.feeds.map((feed) => (feed.items.some((item) => replaced.has(item)) ? { ...feed, items: feed.items.map(current) } : feed)),
    openData: {
      ...pages.openData,
      years: pages.openData.years.map((year) => (year.articles.some((item) => replaced.has(item)) ? { ...year, articles: year.articles.map(current) } : year)),
    },
  };
}

/**
 * What decides where an article stands in the archive's groupings: its address, date,
 * source, tags, entities and its corrections (listings, date archives, entity
 * summaries, related stories and the corrections page, whose notices hold a
 * correction apart from its story, read nothing else of it). Two versions with the same key stand in the same
 * places; only what the pages show of them differs (headline, summary, photo, author).
 */
export function groupingKey(article: Article): string {
  return JSON.stringify([article.url, article.date, article.source, article.tags, mentionedEntities(article), article.corrections.map((correction) => [correction.date.iso, correction.text])]);
}

/**
 * The same pages after some articles changed in what pages show of them but not in
 * where they stand (`groupingKey` is the same before and after): every object that
 * holds a replaced article, at any depth, is copied with the new one, and every other
 * object is kept as it was, so that its digest is kept too and an object two pages share
 * (an entity's summary) stays one object. `before` is every article of the last plan:
 * the walk stops at them. Only the pages `holders` names as holding a replaced article
 * are walked; no grouping, sorting or ranking runs again.
 */
export function withArticlesReplaced(pages: ArchivePages, replaced: ReadonlyMap<Article, Article>, before: ReadonlySet<Article>, holders: StoryHolders): ArchivePages {
  const isStory = (value: object) => before.has(value as Article);
  const places = holders.placesHolding(pages, replaced.keys(), isStory);
  const memo = new Map<object, unknown>();
  const within = (value: unknown): unknown => {
    if (typeof value !== "object" || value === null) return value;
    // Most values a copied page holds are stories (its lists): they are looked up first.
    if (isStory(value)) return replaced.get(value as Article) ?? value;
    if (holders.holdsNoStory(value)) return value;
    if (memo.has(value)) return memo.get(value);
    let copy: object | undefined;
    if (Array.isArray(value) && value.length > 0 && isStory(value[0] as object)) {
      // A list of stories (every list of ArchivePages is of one type): the replaced ones are
      // found by identity, without a step of the walk per item (an entity's list at 100,000
      // stories holds tens of thousands).
      let items: unknown[] | undefined;
      for (const [earlier, story] of replaced) {
        for (let at = value.indexOf(earlier); at >= 0; at = value.indexOf(earlier, at + 1)) (items ??= [...value])[at] = story;
      }
      copy = items;
    } else if (Array.isArray(value)) {
      let items: unknown[] | undefined;
      value.forEach((item: unknown, index) => {
        const next = within(item);
        if (next !== item) (items ??= [...value])[index] = next;
      });
      copy = items;
    } else {
      let fields: Record<string, unknown> | undefined;
      for (const [key, item] of Object.entries(value)) {
        const next = within(item);
        if (next !== item) (fields ??= { ...value })[key] = next;
      }
      copy = fields;
    }
    memo.set(value, copy ?? value);
    return copy ?? value;
  };
  const earlier: Readonly<Record<string, unknown>> = { ...pages };
  const parts: Record<string, unknown> = { ...pages };
  const copies: [object, object][] = [];
  const copy = (page: unknown): unknown => {
    const next = within(page);
    if (next !== page) copies.push([page as object, next as object]);
    return next;
  };
  for (const { part, index } of places) {
    if (index === undefined) {
      parts[part] = copy(earlier[part]);
      continue;
    }
    const list = parts[part] === earlier[part] ? [...(earlier[part] as readonly unknown[])] : (parts[part] as unknown[]);
    list[index] = copy(list[index]);
    parts[part] = list;
  }
  const partsCopied = Object.keys(parts).filter((part) => parts[part] !== earlier[part]).map((part): [object, object] => [earlier[part] as object, parts[part] as object]);
  holders.copied(copies, replaced, partsCopied);
  // The cast is safe: the walk swaps Article objects for Article objects and keeps every shape.
  return parts as unknown as ArchivePages;
}
