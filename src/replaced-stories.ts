// The grouped pages (archive-pages.ts) after some stories changed without moving: the
// preview's save of a body, a headline, a summary or a photo takes the last plan's pages
// with the new versions of those stories, instead of grouping the archive again.
import type { ArchivePages } from "./archive-pages.ts";
import type { StoryHolders } from "./story-holders.ts";
import { mentionedEntities, type Article } from "./types.ts";

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
