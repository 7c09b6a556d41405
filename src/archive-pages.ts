// Turns the loaded archive into the data of every page, grouping once so that each
// page receives its own slice: nothing in a template loops over the whole archive.
import { alphabeticalSections, type LetterSection } from "./collections/alphabet.ts";
import { correctedStories, correctionNotices, type CorrectionNotice } from "./collections/corrections.ts";
import { archiveByDate, type MonthArchive, type YearArchive } from "./collections/date-archive.ts";
import { summarizeEntities, type EntitySummary } from "./collections/entity-summaries.ts";
import { newestFirst } from "./content/load-in-place.ts";
import { NO_MEMORY, type Grouping } from "./collections/grouping-memory.ts";
import { relatedArticles } from "./collections/related-articles.ts";
import type { Archive } from "./content/archive.ts";
import { localize, type Localizer } from "./messages/localize.ts";
import { feedSpecs, type FeedSpec } from "./collections/feed-specs.ts";
import { openData, type OpenData } from "./open-data/data-years.ts";
import { paginate, type PageOf } from "./paginate.ts";
import { ENTITY_TYPES, type Article, type Entity, type EntityType, type SiteSettings, type Source, type TagRef } from "./types.ts";
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

/**
 * The pages of each summary's listing. A listing whose subject, summary and stories are the
 * objects they were comes back as it was, at one look; another keeps each page that holds the
 * same stories as before.
 */
function listings<Subject, Summary>(summaries: readonly Summary[], spec: ListingOf<Subject, Summary>, pageSize: number, grouping: Grouping): Listing<Subject, Summary>[] {
  return summaries.flatMap((summary) => {
    const subject = spec.subject(summary);
    const articles = spec.articles(summary);
    const url = spec.url(summary);
    return grouping.made(`listing:${url}`, [subject, summary, articles], () =>
      paginate(articles, pageSize, url).map((page) => grouping.same(`page:${page.url}`, { ...page, subject, ...(page.first ? { summary } : {}) })),
    );
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
  const related = relatedArticles(articles, { archive: site.edition }, grouping);
  return articles.map((article, index) => {
    const newer = index > 0 ? articles[index - 1]! : undefined;
    const older = index < articles.length - 1 ? articles[index + 1]! : undefined;
    const shown = related.get(article.url) ?? [];
    return grouping.madeFor(article, [newer, older, shown], () => ({
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

  const bySource = grouping.grouped("sources", articles, (article) => [article.source.url], newestFirst);
  const sourceIndex = archive.sources
    .filter((source) => bySource.has(source.url))
    .map((source) => {
      const list = grouping.list(`source:${source.url}`, bySource.get(source.url)!);
      return grouping.made(`source-summary:${source.url}`, [source, list], () => ({ source, articles: list }));
    })
    .sort((a, b) => a.source.name.localeCompare(b.source.name));

  const byTag = grouping.grouped("tags", articles, (article) => article.tags.map((tag) => tag.url), newestFirst);
  const tagIndex = [...byTag]
    .map(([url, grouped]) => {
      const list = grouping.list(`tag:${url}`, grouped);
      const tag = list[0]!.tags.find((candidate) => candidate.url === url)!;
      return grouping.made(`tag-summary:${url}`, [tag.name, list], () => ({ tag, articles: list }));
    })
    // By address among tags of the same name: the order of the groups is not the archive's once a save regroups them.
    .sort((a, b) => a.tag.name.localeCompare(b.tag.name) || (a.tag.url < b.tag.url ? -1 : 1));

  const years = archiveByDate(articles, grouping);
  const corrected = articles.filter((article) => article.corrections.length > 0);
  const corrections = grouping.made("corrections", corrected, () => correctionNotices(corrected));
  const data = openData(articles, archive.entities, grouping);
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
    openData: data,
  };
}

/** Each entity type's count and its ten most named entities, for the entities page. */
function entityOverview(indexes: readonly EntityIndexPage[]): EntityTypeOverview[] {
  return ENTITY_TYPES.map((type) => {
    const byCount = indexes.find((index) => index.type === type && index.sort === "count")!.entries;
    return { type, url: urls.entityIndex(type), count: byCount.length, top: byCount.slice(0, 10) };
  });
}
