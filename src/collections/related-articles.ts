// "Related stories": articles ranked by the entities they share with this one,
// each shared entity weighted by its rarity (see `rarity`) so that a rare shared
// name counts for more than a very common one; ties go to the closest in date.
//
// Cost stays linear in the archive: a common entity's article list is only scanned
// in a window of the articles nearest in date, never whole for every article.
import { mentionedEntities, type Article, type EntityRef } from "../types.ts";

export interface RelatedOptions {
  limit: number;
  /** How many articles of one entity's list are scanned around the article's date. */
  window: number;
}

// 60 nearest in date per shared entity: a rare entity's whole list fits, and a common
// one's nearest stories are the likeliest related anyway. A window of 200 made this the
// largest cost of loading a 30,000-story archive (the benchmark's profile).
const DEFAULTS: RelatedOptions = { limit: 5, window: 60 };

function entityUrls(article: Article): string[] {
  return [...new Set(mentionedEntities(article).map((e: EntityRef) => e.url))];
}

/** Index of the first article in `list` (newest first) not newer than `epoch`. */
function positionByDate(list: readonly Article[], epoch: number): number {
  let low = 0;
  let high = list.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (list[mid]!.date.epoch > epoch) low = mid + 1;
    else high = mid;
  }
  return low;
}

/** What ranking reads of each article: its address, date and entities, nothing else. */
function rankingInput(articles: readonly Article[], options: RelatedOptions): string {
  return `${options.limit}/${options.window}\n${articles.map((article) => `${article.url} ${article.date.epoch} ${entityUrls(article).join(" ")}`).join("\n")}`;
}

// The last ranking, by URL. Most saves in the preview change a story's words, not its
// entities or date: the ranking then stands, and only its Article objects are refreshed
// (measured: 1.4 s of a 10,000-story rebuild saved).
let lastRanking: { input: string; related: Map<string, string[]> } | undefined;

/** Related articles for every article, keyed by article URL. `articles` is newest first. */
export function relatedArticles(articles: readonly Article[], options: Partial<RelatedOptions> = {}): Map<string, Article[]> {
  const settings = { ...DEFAULTS, ...options };
  const input = rankingInput(articles, settings);
  if (lastRanking?.input !== input) {
    const ranked = rankRelated(articles, settings);
    lastRanking = { input, related: new Map([...ranked].map(([url, list]) => [url, list.map((article) => article.url)])) };
    return ranked;
  }
  const byUrl = new Map(articles.map((article) => [article.url, article]));
  return new Map([...lastRanking.related].map(([url, list]) => [url, list.map((related) => byUrl.get(related)!)]));
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

function rankRelated(articles: readonly Article[], { limit, window }: RelatedOptions): Map<string, Article[]> {
  const entitiesOf = new Map(articles.map((article) => [article, new Set(entityUrls(article))]));
  const byEntity = new Map<string, Article[]>();
  for (const article of articles) {
    for (const url of entitiesOf.get(article)!) {
      const list = byEntity.get(url);
      if (list) list.push(article);
      else byEntity.set(url, [article]);
    }
  }
  const idf = new Map([...byEntity].map(([url, list]) => [url, rarity(list.length)]));

  const related = new Map<string, Article[]>();
  for (const article of articles) {
    const own = entitiesOf.get(article)!;
    const candidates = new Set<Article>();
    for (const url of own) {
      const list = byEntity.get(url)!;
      const start = list.length <= window ? 0 : Math.max(0, positionByDate(list, article.date.epoch) - window / 2);
      const end = Math.min(list.length, start + window);
      for (let i = start; i < end; i++) if (list[i] !== article) candidates.add(list[i]!);
    }
    const scored = [...candidates].map((other) => {
      let score = 0;
      for (const url of entitiesOf.get(other)!) if (own.has(url)) score += idf.get(url)!;
      return { other, score, distance: Math.abs(other.date.epoch - article.date.epoch) };
    });
    scored.sort((a, b) => b.score - a.score || a.distance - b.distance || a.other.url.localeCompare(b.other.url));
    related.set(article.url, scored.slice(0, limit).map(({ other }) => other));
  }
  return related;
}
