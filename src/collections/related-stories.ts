// Each story's related stories as the pages receive them: a ranking's addresses turned into
// the current story objects when a page asks, the same list as last time while those
// addresses are the same stories, so that a story page whose related stories did not change
// is kept (see grouping-memory.ts). After a save, a list is known current at one look when
// none of its addresses changed object since the ranking before.
import type { Article } from "../types.ts";

/** Each story's object by its URL in one ranking, and what changed since the ranking it was patched from. */
export interface StoryObjects {
  byUrl: ReadonlyMap<string, Article>;
  /** Numbers the rankings: a list given for this one is current for it. */
  generation: number;
  /** When patched from the last ranking: its generation and the URLs whose object changed since. */
  since?: { generation: number; changed: ReadonlySet<string> };
}

let generations = 0;

/** The story objects of a new ranking; `patched` names the one it was patched from and the URLs whose object changed since. */
export function storyObjects(byUrl: ReadonlyMap<string, Article>, patched?: { earlier: StoryObjects; changed: ReadonlySet<string> }): StoryObjects {
  return { byUrl, generation: ++generations, ...(patched ? { since: { generation: patched.earlier.generation, changed: patched.changed } } : {}) };
}

/** The story objects of each ranking's list as last given, and for which generation. */
const storiesOfRanking = new WeakMap<readonly string[], { stories: Article[]; generation: number }>();

function storiesOf(ranking: readonly string[], objects: StoryObjects): Article[] {
  const earlier = storiesOfRanking.get(ranking);
  const { byUrl, generation, since } = objects;
  if (earlier) {
    const current =
      earlier.generation === generation ||
      (earlier.generation === since?.generation && !ranking.some((url) => since.changed.has(url))) ||
      earlier.stories.every((article, index) => byUrl.get(ranking[index]!) === article);
    if (current) {
      earlier.generation = generation;
      return earlier.stories;
    }
  }
  const stories = ranking.map((url) => byUrl.get(url)!);
  storiesOfRanking.set(ranking, { stories, generation });
  return stories;
}

/** Each story's related stories, by its URL; the Article objects of a story's list are looked up when it is asked for. */
export class RelatedStories implements Iterable<[string, Article[]]> {
  constructor(
    /** The stories, in the archive's order: the order they are listed in. */
    private readonly articles: readonly Article[],
    private readonly related: ReadonlyMap<string, readonly string[]>,
    private readonly objects: StoryObjects,
  ) {}

  get(url: string): Article[] | undefined {
    const ranking = this.related.get(url);
    return ranking && storiesOf(ranking, this.objects);
  }

  *[Symbol.iterator](): Iterator<[string, Article[]]> {
    for (const { url } of this.articles) yield [url, this.get(url)!];
  }
}
