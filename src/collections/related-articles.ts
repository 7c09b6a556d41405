// "Related stories": articles ranked by the entities they share with this one,
// each shared entity weighted by its rarity (see `rarity`) so that a rare shared
// name counts for more than a very common one; ties go to the closest in date.
//
// Cost stays linear in the archive: a common entity's article list is only scanned
// in a window of the articles nearest in date, never whole for every article.
import { mentionedEntities, type Article, type EntityRef } from "../types.ts";
import { newestFirst } from "../content/load-in-place.ts";
import { listChanges, MOST_PATCHED, type ListChanges } from "../sorted-lists.ts";
import { NO_MEMORY, sameItems, type Grouping } from "./grouping-memory.ts";
import { RelatedStories, storyObjects, type StoryObjects } from "./related-stories.ts";

export interface RelatedOptions {
  limit: number;
  /** How many articles of one entity's list are scanned around the article's date. */
  window: number;
  /** Which archive is ranked (the build and the preview give the edition's path: `/` for the site's). Each keeps its own last ranking. */
  archive: string;
}

// 60 nearest in date per shared entity: a rare entity's whole list fits, and a common
// one's nearest stories are the likeliest related anyway. A window of 200 made this the
// largest cost of loading a 30,000-story archive (the benchmark's profile).
const DEFAULTS: RelatedOptions = { limit: 5, window: 60, archive: "" };

/** Each story's entities, made once per Article object: the preview ranks after every save, and an unchanged story keeps its object. */
const entitiesOfStory = new WeakMap<Article, ReadonlySet<string>>();
function entitySet(article: Article): ReadonlySet<string> {
  let entities = entitiesOfStory.get(article);
  if (!entities) entitiesOfStory.set(article, (entities = new Set(mentionedEntities(article).map((e: EntityRef) => e.url))));
  return entities;
}

/** What finding a story's place in an entity's list reads of it. */
interface Dated {
  url: string;
  date: { epoch: number };
}

/** Index of the first article in `list` (newest first) not newer than `epoch`. */
function positionByDate(list: readonly Dated[], epoch: number): number {
  let low = 0;
  let high = list.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (list[mid]!.date.epoch > epoch) low = mid + 1;
    else high = mid;
  }
  return low;
}

/** Where the window of a story placed by date at `position` in a list longer than the window begins: half a window before it. */
function windowStart(position: number, window: number): number {
  return Math.max(0, position - window / 2);
}

/** What ranking reads of an article: its address (the key), date and entities, nothing else. */
const rankingLines = new WeakMap<Article, string>();
function rankingLine(article: Article): string {
  let line = rankingLines.get(article);
  if (line === undefined) rankingLines.set(article, (line = `${article.date.epoch} ${[...entitySet(article)].join(" ")}`));
  return line;
}

interface Ranking {
  settings: string;
  lines: ReadonlyMap<string, string>;
  byEntity: ReadonlyMap<string, readonly Dated[]>;
  /** Each story's related stories, by URL. */
  related: ReadonlyMap<string, string[]>;
  /** The stories ranked, in the archive's order, and each by its URL: unset for a ranking a build saved. */
  ranked?: { articles: readonly Article[]; objects: StoryObjects };
}

/**
 * The last ranking of each archive. Most saves in the preview change a story's words, not
 * its entities or date: the ranking then stands, and only its Article objects are
 * refreshed. A build starts from the last build's (savedRankings, restoreRankings).
 */
const lastRankings = new Map<string, Ranking>();

/**
 * A ranking as a build keeps it for the next: each story's address and ranking line, in
 * the archive's order, and each story's related stories as their places in that list
 * (an address is most of a related story's size: at 100,000 stories the record is a
 * third of what it is with them).
 */
export interface SavedRanking {
  settings: string;
  lines: [string, string][];
  /** For the story at the same place in `lines`, the places of its related stories there. */
  related: number[][];
}

/** The last ranking of each archive, to keep for the next build. */
export function savedRankings(): Record<string, SavedRanking> {
  return Object.fromEntries(
    [...lastRankings].map(([archive, { settings, lines: byUrl, related, ranked }]) => {
      // A ranking patched after a save holds its lines in no order: its stories give the archive's.
      const stories = ranked ? ranked.articles.map((article) => article.url) : [...byUrl.keys()];
      const lines = stories.map((url) => [url, byUrl.get(url)!] as [string, string]);
      const place = new Map(stories.map((url, index) => [url, index]));
      return [archive, { settings, lines, related: stories.map((url) => (related.get(url) ?? []).map((other) => place.get(other)!)) }];
    }),
  );
}

/** Takes the rankings an earlier build saved as the last ones, for each archive this process has not ranked yet. */
export function restoreRankings(saved: Readonly<Record<string, SavedRanking>>): void {
  for (const [archive, { settings, lines, related }] of Object.entries(saved)) {
    if (lastRankings.has(archive)) continue;
    const byUrl = new Map(lines);
    const urlAt = (index: number) => lines[index]![0];
    const relatedByUrl = new Map(lines.map(([url], index) => [url, (related[index] ?? []).map(urlAt)]));
    lastRankings.set(archive, { settings, lines: byUrl, byEntity: storiesByEntity(byUrl), related: relatedByUrl });
  }
}

/** The stories naming each entity, in the order of `lines` (the archive's), read from their ranking lines. */
function storiesByEntity(lines: ReadonlyMap<string, string>): Map<string, Dated[]> {
  const byEntity = new Map<string, Dated[]>();
  for (const [url, line] of lines) {
    const [epoch, ...entities] = line.split(" ");
    const story = { url, date: { epoch: Number(epoch) } };
    for (const entity of entities) {
      if (!entity) continue;
      const list = byEntity.get(entity);
      if (list) list.push(story);
      else byEntity.set(entity, [story]);
    }
  }
  return byEntity;
}

/** Past this share of stories changed, every story is ranked again: finding which rankings a change moved would cost more. */
const MOST_CHANGED = 1 / 8;

/**
 * The stories whose ranking a change can have moved: the changed stories themselves, and
 * for each entity a changed story names (before or after), the stories of that entity
 * whose window of nearest stories held it (before) or holds it (after). Everything else
 * about their ranking (candidates, dates, entities and the rarity of what they share) is
 * as it was. When an entity's rarity changes, or its list is short enough to be read
 * whole, every story naming it. `maybeChanged`, when given, holds the address of every
 * story whose line may differ from the earlier ranking's, and `earlierLines` the earlier
 * lines of those (see rankedPatched); otherwise the earlier ranking's lines are compared whole.
 */
function staleRankings(earlierLines: ReadonlyMap<string, string | undefined>, earlierByEntity: ReadonlyMap<string, readonly Dated[]>, lines: ReadonlyMap<string, string>, byEntity: ReadonlyMap<string, readonly Dated[]>, window: number, maybeChanged?: ReadonlySet<string>): Set<string> | "all" {
  const stale = new Set<string>();
  const entities = new Set<string>();
  const changed = maybeChanged
    ? [...maybeChanged].filter((url) => earlierLines.get(url) !== lines.get(url))
    : [...lines.keys()].filter((url) => earlierLines.get(url) !== lines.get(url)).concat([...earlierLines.keys()].filter((url) => !lines.has(url)));
  if (changed.length > lines.size * MOST_CHANGED) return "all";
  for (const url of changed) {
    stale.add(url);
    for (const line of [earlierLines.get(url), lines.get(url)]) for (const entity of line?.split(" ").slice(1) ?? []) entities.add(entity);
  }
  /**
   * The stories of `list` whose window holds the story at `index`, as rankRelated places a
   * story's window (windowStart); they are among those positioned by date within a window
   * of it. A story whose window holds neither a changed story's place before nor its place
   * after reads the same stories: the stories between move by one place, and so does its window.
   */
  const around = (list: readonly Dated[], index: number) => {
    for (let k = Math.max(0, index - window); k < list.length; k++) {
      const position = positionByDate(list, list[k]!.date.epoch);
      if (position > index + window) break;
      const start = windowStart(position, window);
      if (start <= index && index < start + window) stale.add(list[k]!.url);
    }
  };
  for (const entity of entities) {
    const before = earlierByEntity.get(entity) ?? [];
    const after = byEntity.get(entity) ?? [];
    if (before.length <= window || after.length <= window || rarity(before.length) !== rarity(after.length)) {
      for (const article of after) stale.add(article.url);
      continue;
    }
    for (const url of changed) {
      const was = before.findIndex((article) => article.url === url);
      if (was >= 0) around(before, was);
      const is = after.findIndex((article) => article.url === url);
      if (is >= 0) around(after, is);
    }
  }
  return stale;
}

/** A ranking as this process made it, with its stories. */
type MadeRanking = Omit<Ranking, "settings"> & { ranked: NonNullable<Ranking["ranked"]> };

/** The maps of a ranking made from nothing: a line, a ranking and an object for each story. */
function rankedWhole(articles: readonly Article[], byEntity: ReadonlyMap<string, readonly Article[]>, settings: RelatedOptions, earlier: Ranking | undefined): MadeRanking {
  const lines = new Map(articles.map((article) => [article.url, rankingLine(article)]));
  const stale = earlier && staleRankings(earlier.lines, earlier.byEntity, lines, byEntity, settings.window);
  const ranked = rankAgain(articles, byEntity, settings, stale, earlier);
  const related = new Map(articles.map((article) => [article.url, ranked.get(article.url) ?? earlier!.related.get(article.url)!]));
  const objects = storyObjects(new Map(articles.map((article) => [article.url, article])));
  return { lines, byEntity, related, ranked: { articles, objects } };
}

/**
 * The last ranking's maps updated in place for the stories added and removed since (the
 * ranking they belong to is replaced by this one, and nothing else holds them): at 100,000
 * stories, making them again was most of ranking after a save.
 */
function rankedPatched(articles: readonly Article[], byEntity: ReadonlyMap<string, readonly Article[]>, settings: RelatedOptions, earlier: Ranking, earlierObjects: StoryObjects, { added, removed }: ListChanges<Article>): MadeRanking {
  const lines = earlier.lines as Map<string, string>;
  const maybeChanged = new Set([...removed, ...added].map((article) => article.url));
  const earlierLines = new Map([...maybeChanged].map((url) => [url, lines.get(url)]));
  for (const { url } of removed) lines.delete(url);
  for (const article of added) lines.set(article.url, rankingLine(article));
  const stale = staleRankings(earlierLines, earlier.byEntity, lines, byEntity, settings.window, maybeChanged);
  const ranked = rankAgain(articles, byEntity, settings, stale, earlier);
  const related = earlier.related as Map<string, string[]>;
  // A story saved again is removed and added under the same URL: only the stories gone lose their ranking.
  for (const url of maybeChanged) if (!lines.has(url)) related.delete(url);
  for (const [url, ranking] of ranked) related.set(url, ranking);
  const byUrl = earlierObjects.byUrl as Map<string, Article>;
  for (const { url } of removed) byUrl.delete(url);
  for (const article of added) byUrl.set(article.url, article);
  const objects = storyObjects(byUrl, { earlier: earlierObjects, changed: new Set(added.map((article) => article.url)) });
  return { lines, byEntity, related, ranked: { articles, objects } };
}

/**
 * The rankings of the stories `stale` names (every story's without an earlier ranking), by
 * URL; a ranking that comes out as it was is the earlier list (see related-stories.ts).
 */
function rankAgain(articles: readonly Article[], byEntity: ReadonlyMap<string, readonly Article[]>, settings: RelatedOptions, stale: Set<string> | "all" | undefined, earlier: Ranking | undefined): Map<string, string[]> {
  if (stale instanceof Set && stale.size === 0) return new Map();
  const ranked = rankRelated(articles, byEntity, settings, stale instanceof Set ? (article) => stale.has(article.url) : () => true);
  return new Map(
    [...ranked].map(([article, now]) => {
      const before = earlier?.related.get(article.url);
      return [article.url, before && sameItems(before, now) ? before : now];
    }),
  );
}

/**
 * Related articles for every article, keyed by article URL. `articles` is newest first.
 * `grouping` (the preview's) keeps the stories of each entity from one save to the next;
 * after a save that added or removed a few stories, the last ranking's maps are updated
 * where those stories stand instead of being made again for every story.
 */
export function relatedArticles(articles: readonly Article[], options: Partial<RelatedOptions> = {}, grouping: Grouping = NO_MEMORY): RelatedStories {
  const settings = { ...DEFAULTS, ...options };
  const settingsKey = `${settings.limit}/${settings.window}`;
  const lastRanking = lastRankings.get(settings.archive);
  const earlier = lastRanking?.settings === settingsKey ? lastRanking : undefined;
  // The stories naming each entity, newest first, as the archive lists them.
  const byEntity = grouping.grouped(`related:${settings.archive}`, articles, entitySet, newestFirst);
  const changes = earlier?.ranked && listChanges(earlier.ranked.articles, articles, newestFirst, MOST_PATCHED);
  const ranking = earlier?.ranked && changes ? rankedPatched(articles, byEntity, settings, earlier, earlier.ranked.objects, changes) : rankedWhole(articles, byEntity, settings, earlier);
  lastRankings.set(settings.archive, { settings: settingsKey, ...ranking });
  return new RelatedStories(articles, ranking.related, ranking.ranked.objects);
}

/**
 * How much sharing an entity named in `mentions` stories counts: inverse document
 * frequency, as if the archive always held 2^20 stories, in whole powers of two. With the
 * real archive size, every new story would shift every weight a little and reorder near
 * ties anywhere in the archive (measured: a new story rewrote 94 unrelated story pages
 * at 3,000 stories); this way a story changes the weights only of the entities it names,
 * and only when their count of mentions reaches a power of two.
 */
function rarity(mentions: number): number {
  return 1 + Math.max(0, 20 - Math.floor(Math.log2(mentions)));
}

/** The related stories' URLs of each article `rankAgain` names, ranked against the whole archive. */
function rankRelated(articles: readonly Article[], byEntity: ReadonlyMap<string, readonly Article[]>, { limit, window }: RelatedOptions, rankAgain: (article: Article) => boolean): Map<Article, string[]> {
  const idf = new Map([...byEntity].map(([url, list]) => [url, rarity(list.length)]));

  const related = new Map<Article, string[]>();
  for (const article of articles) {
    if (!rankAgain(article)) continue;
    const own = entitySet(article);
    const candidates = new Set<Article>();
    for (const url of own) {
      const list = byEntity.get(url)!;
      const start = list.length <= window ? 0 : windowStart(positionByDate(list, article.date.epoch), window);
      const end = Math.min(list.length, start + window);
      for (let i = start; i < end; i++) if (list[i] !== article) candidates.add(list[i]!);
    }
    const scored = [...candidates].map((other) => {
      let score = 0;
      for (const url of entitySet(other)) if (own.has(url)) score += idf.get(url)!;
      return { other, score, distance: Math.abs(other.date.epoch - article.date.epoch) };
    });
    scored.sort((a, b) => b.score - a.score || a.distance - b.distance || a.other.url.localeCompare(b.other.url));
    related.set(article, scored.slice(0, limit).map(({ other }) => other.url));
  }
  return related;
}
