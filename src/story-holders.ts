// Which of the archive's pages hold each story, so that a new headline is shown by copying
// those pages alone instead of walking every page of the archive (withArticlesReplaced).
// The preview keeps one index for a session: pages are never changed once made, and a
// plan that groups the archive again keeps most of the last plan's pages as the same
// objects (keep-unchanged.ts), so only pages it has not seen before are walked.
import type { Article } from "./types.ts";

/** A page of the archive: an item of one of the lists of ArchivePages, or a part that is not a list (the open data), whole. */
export interface PagePlace {
  part: string;
  /** Its index in the part's list; undefined for a part that is one object. */
  index?: number;
}

/** The parts of the archive's pages (ArchivePages), each a list of pages or one page, with its name. */
function partsOf(pages: object): [string, object][] {
  return Object.entries(pages).filter((entry): entry is [string, object] => typeof entry[1] === "object" && entry[1] !== null);
}

/** How long one turn of the indexing in turns may hold the event loop: a page holding a year of stories takes a while to walk. */
const TURN_MS = 8;

/**
 * One index follows one line of plans, each made from the last (the preview's): a story
 * replaced everywhere is forgotten, and a copied page is looked up as its copy, so pages
 * made before that replacement are not looked up again.
 */
export class StoryHolders {
  /** For each story, the pages seen holding it; some may since have left the archive's pages. */
  private readonly holders = new Map<object, object[]>();
  private readonly walked = new WeakSet<object>();
  /** Objects found to hold no story at any depth (a crumb, a chart's counts): walks skip them. */
  private readonly storyFree = new WeakSet<object>();
  /** Each page copied by a save, to its copy. */
  private readonly copies = new WeakMap<object, object>();
  /** Where each page indexed stood when its part was indexed (a page keeps its place while its part is the same list). */
  private readonly placeOf = new WeakMap<object, PagePlace>();
  /**
   * The parts (lists of pages, never changed once made) whose every page is indexed with its
   * place: a save finds the pages of a story without going through the archive's pages.
   */
  private readonly partsIndexed = new WeakSet<object>();
  /** How many pages were walked to index them, over the index's life. */
  pagesWalked = 0;
  /** How many pages had their place noted, over the index's life: each page of each part once. */
  pagesPlaced = 0;
  /** Rebuilds running (see pausedFor), and the indexing in turns waiting for them to end. */
  private pauses = 0;
  private readonly waiting: (() => void)[] = [];

  /** Whether every page of `pages` is indexed: a new headline then walks no page to find those that hold its story. */
  covers(pages: object): boolean {
    return partsOf(pages).every(([, part]) => this.partsIndexed.has(part));
  }

  /** Whether `value` was found to hold no story at any depth. */
  holdsNoStory(value: object): boolean {
    return this.storyFree.has(value);
  }

  /** The stories `page` holds at any depth; `isStory` names them, and the walk does not go into one. */
  private storiesIn(page: object, isStory: (value: object) => boolean): Set<object> {
    const found = new Set<object>();
    const seen = new Set<object>();
    // Whether `value` holds a story; objects that hold none are remembered as such.
    const visit = (value: unknown): boolean => {
      if (typeof value !== "object" || value === null || this.storyFree.has(value)) return false;
      if (isStory(value)) {
        found.add(value);
        return true;
      }
      if (seen.has(value)) return true;
      seen.add(value);
      let holds = false;
      if (Array.isArray(value)) for (const item of value) holds = visit(item) || holds;
      else for (const key in value) holds = visit((value as Record<string, unknown>)[key]) || holds;
      if (!holds) this.storyFree.add(value);
      return holds;
    };
    visit(page);
    return found;
  }

  /**
   * The places in `pages` of every page that holds one of `stories`. `isStory` names
   * every story object the pages may hold (the current ones and the earlier versions
   * pages still show).
   */
  placesHolding(pages: object, stories: Iterable<Article>, isStory: (value: object) => boolean): PagePlace[] {
    for (const [page, place] of this.unplaced(pages)) this.note(page, place, isStory);
    const places = new Set<PagePlace>();
    for (const story of stories) {
      // Pages copied since are looked up as their copies, and pages no longer in the archive forgotten.
      const current = (this.holders.get(story) ?? []).map((page) => this.latest(page)).filter((page) => this.standsIn(pages, page));
      this.holders.set(story, current);
      for (const page of current) places.add(this.placeOf.get(page)!);
    }
    return [...places];
  }

  /** Whether `page` is in `pages`, at the place noted when its part was indexed. */
  private standsIn(pages: object, page: object): boolean {
    const place = this.placeOf.get(page);
    if (!place) return false;
    const value: unknown = (pages as Record<string, unknown>)[place.part];
    return place.index === undefined ? value === page : Array.isArray(value) && value[place.index] === page;
  }

  /** The pages of the parts of `pages` not indexed yet, each with its place; a part counts as indexed once all its pages were given. */
  private *unplaced(pages: object): Generator<[object, PagePlace]> {
    for (const [part, value] of partsOf(pages)) {
      if (this.partsIndexed.has(value)) continue;
      if (Array.isArray(value)) for (const [index, page] of value.entries()) yield [page as object, { part, index }];
      else yield [value, { part }];
      this.partsIndexed.add(value);
    }
  }

  /** Notes the place of `page` in its part, and the stories it holds. */
  private note(page: object, place: PagePlace, isStory: (value: object) => boolean): void {
    this.placeOf.set(page, place);
    this.pagesPlaced++;
    this.index(page, isStory);
  }

  /** Notes the stories `page` holds, unless it was walked or copied before. */
  private index(page: object, isStory: (value: object) => boolean): void {
    if (this.walked.has(page)) return;
    this.walked.add(page);
    this.pagesWalked++;
    for (const story of this.storiesIn(page, isStory)) {
      const list = this.holders.get(story);
      if (list) list.push(page);
      else this.holders.set(story, [page]);
    }
  }

  /**
   * Indexes every page of `pages` not indexed yet, a few milliseconds' worth between two
   * turns of the event loop: the preview runs it once a plan has grouped the archive, so
   * that the first new headline does not wait for the walk (at 100,000 stories, seconds);
   * while a rebuild runs it waits (pausedFor), so a save that comes meanwhile is not kept
   * waiting either.
   */
  async indexInTurns(pages: object, isStory: (value: object) => boolean): Promise<void> {
    let turnStarted: number | undefined;
    for (const [page, place] of this.unplaced(pages)) {
      if (turnStarted === undefined) {
        while (this.pauses > 0) await new Promise<void>((resume) => this.waiting.push(resume));
        turnStarted = performance.now();
      }
      this.note(page, place, isStory);
      if (performance.now() - turnStarted < TURN_MS) continue;
      turnStarted = undefined;
      await new Promise((resolve) => setImmediate(resolve));
    }
  }

  /**
   * Runs `work` (a rebuild) with the indexing in turns paused: a save does not share the
   * event loop's turns with it, and the indexing goes on once the save is served.
   */
  async pausedFor<T>(work: () => Promise<T>): Promise<T> {
    this.pauses++;
    try {
      return await work();
    } finally {
      if (--this.pauses === 0) for (const resume of this.waiting.splice(0)) resume();
    }
  }

  /** The page's latest copy (see copied). */
  private latest(page: object): object {
    let latest = page;
    for (let next = this.copies.get(latest); next; next = this.copies.get(latest)) latest = next;
    return latest;
  }

  /**
   * Notes pages copied with some stories replaced (`replaced`: each earlier version with
   * its new one, replaced everywhere): each copy holds what its page held, with the new
   * versions, so it is not walked, and stands where its page stood; the earlier versions
   * are forgotten. `parts`: each part made again to hold the copies, with the part it
   * was made from.
   */
  copied(pages: Iterable<[object, object]>, replaced: ReadonlyMap<object, object>, parts: Iterable<[object, object]>): void {
    for (const [page, copy] of pages) {
      this.copies.set(page, copy);
      this.walked.add(copy);
      const place = this.placeOf.get(page);
      if (place) this.placeOf.set(copy, place);
    }
    for (const [earlier, part] of parts) if (this.partsIndexed.has(earlier)) this.partsIndexed.add(part);
    for (const [earlier, story] of replaced) {
      const list = [...(this.holders.get(earlier) ?? []), ...(this.holders.get(story) ?? [])];
      this.holders.delete(earlier);
      this.holders.set(story, list);
    }
  }
}
