// What the preview's grouping of the archive keeps from one save to the next. A save that
// moves a story (a new date, tag or entity) groups the archive again from the last grouping:
// only the groups the story leaves and joins are made again (grouped), and every other group
// is the list object it was, so everything made from it (an entity's summary, a listing's
// pages, a feed) is kept as the same object too, and nothing downstream is made,
// fingerprinted or written again. The build groups once and keeps nothing (NO_MEMORY).

import { listChanges, MOST_PATCHED, type ListChanges } from "../sorted-lists.ts";
import { groupArticles, regroupChanged } from "./group-articles.ts";

/** Whether two lists hold the same items, by identity, in the same order. */
export function sameItems(a: readonly unknown[], b: readonly unknown[]): boolean {
  return a === b || (a.length === b.length && a.every((item, index) => item === b[index]));
}

/** Whether two objects have the same fields, each the same value or a list of the same items. */
function sameFields(a: object, b: object): boolean {
  const fields = Object.keys(a);
  if (fields.length !== Object.keys(b).length) return false;
  return fields.every((field) => {
    const x: unknown = (a as Record<string, unknown>)[field];
    const y: unknown = (b as Record<string, unknown>)[field];
    return x === y || (Array.isArray(x) && Array.isArray(y) && sameItems(x, y));
  });
}

export interface Grouping {
  /** `items`, or the list this grouping's last run made under `key` when it holds the same items. */
  list<T>(key: string, items: T[]): T[];
  /**
   * What `make` returns, made again only when `inputs` are not the same items as last time
   * under `key`; given again, it keeps what was asked for within it, unasked, for the next run.
   */
  made<T>(key: string, inputs: readonly unknown[], make: () => T): T;
  /**
   * What `make` returns for `owner`, made again only when `inputs` are not the same items as
   * the last time for that owner; kept while the owner lives (a story's page, by its story),
   * without a key to make or a run to forget it in.
   */
  madeFor<T>(owner: object, inputs: readonly unknown[], make: () => T): T;
  /** `value`, or the object made last time under `key` when its fields are the same (see sameFields). */
  same<T extends object>(key: string, value: T): T;
  /**
   * `groupArticles(items, keysOf)`, `items` being in `order`. Given a list that differs by a
   * few items from the one the last run grouped under `key` (found in one walk along both,
   * comparing objects), only the groups those items leave or join are made again.
   */
  grouped<T, K>(key: string, items: readonly T[], keysOf: (item: T) => Iterable<K>, order: (a: T, b: T) => number): Map<K, T[]>;
}

/** The build's groupings of each list by key: a list grouped under one key by two parts of the build (the years, for the date archive and the open data) is grouped once. */
const groupedOnce = new WeakMap<readonly unknown[], Map<string, unknown>>();

/** The build's grouping: everything made once. */
export const NO_MEMORY: Grouping = {
  list: (_key, items) => items,
  made: (_key, _inputs, make) => make(),
  madeFor: (_owner, _inputs, make) => make(),
  same: (_key, value) => value,
  grouped<T, K>(key: string, items: readonly T[], keysOf: (item: T) => Iterable<K>): Map<K, T[]> {
    let byKey = groupedOnce.get(items);
    if (!byKey) groupedOnce.set(items, (byKey = new Map()));
    let groups = byKey.get(key) as Map<K, T[]> | undefined;
    if (!groups) byKey.set(key, (groups = groupArticles(items, keysOf)));
    return groups;
  },
};

interface Kept {
  inputs?: readonly unknown[];
  value: unknown;
  /** The keys asked for while `value` was made: kept with it when it is given again. */
  within?: readonly string[];
}

export class GroupingMemory implements Grouping {
  /** What the last run made by key, and what this run has made so far: a run keeps only what it asks for again. */
  private previous = new Map<string, Kept>();
  private current = new Map<string, Kept>();
  /** For each `made` under way, innermost last, the keys asked for within it. */
  private making: string[][] = [];
  /** What was made for each owner (see madeFor). */
  private readonly byOwner = new WeakMap<object, { inputs: readonly unknown[]; value: unknown }>();
  /** The changes from the list grouped before to each list grouped since: every key groups the same two lists. */
  private readonly changes = new WeakMap<readonly unknown[], { before: readonly unknown[]; changes: ListChanges<unknown> | undefined }>();

  /** Starts a run of the grouping: what the run before did not ask for is forgotten. */
  begin(): Grouping {
    this.previous = this.current;
    this.current = new Map();
    this.making = [];
    return this;
  }

  private earlier(key: string): Kept | undefined {
    return this.current.get(key) ?? this.previous.get(key);
  }

  private keep(key: string, kept: Kept): void {
    this.current.set(key, kept);
    this.making.at(-1)?.push(key);
  }

  /** Keeps for this run what the last run made within a value given again, and within that. */
  private carryWithin(kept: Kept): void {
    for (const key of kept.within ?? []) {
      const inner = this.current.has(key) ? undefined : this.previous.get(key);
      if (!inner) continue;
      this.current.set(key, inner);
      this.carryWithin(inner);
    }
  }

  list<T>(key: string, items: T[]): T[] {
    const earlier = this.earlier(key)?.value as T[] | undefined;
    const kept = earlier && sameItems(earlier, items) ? earlier : items;
    this.keep(key, { value: kept });
    return kept;
  }

  made<T>(key: string, inputs: readonly unknown[], make: () => T): T {
    const earlier = this.earlier(key);
    if (earlier?.inputs && sameItems(earlier.inputs, inputs)) {
      this.keep(key, earlier);
      this.carryWithin(earlier);
      return earlier.value as T;
    }
    this.making.push([]);
    let value: T;
    try {
      value = make();
    } catch (error) {
      this.making.pop();
      throw error;
    }
    this.keep(key, { inputs, value, within: this.making.pop()! });
    return value;
  }

  madeFor<T>(owner: object, inputs: readonly unknown[], make: () => T): T {
    const earlier = this.byOwner.get(owner);
    if (earlier && sameItems(earlier.inputs, inputs)) return earlier.value as T;
    const value = make();
    this.byOwner.set(owner, { inputs, value });
    return value;
  }

  grouped<T, K>(key: string, items: readonly T[], keysOf: (item: T) => Iterable<K>, order: (a: T, b: T) => number): Map<K, T[]> {
    const earlier = this.earlier(key) as { value: { items: readonly T[]; groups: Map<K, T[]> } } | undefined;
    const changes = earlier && this.changesBetween(earlier.value.items, items, order);
    let groups: Map<K, T[]>;
    if (!earlier || !changes) groups = groupArticles(items, keysOf);
    else if (changes.added.length + changes.removed.size === 0) groups = earlier.value.groups;
    else groups = regroupChanged(earlier.value.groups, changes, keysOf, order);
    this.keep(key, { value: { items, groups } });
    return groups;
  }

  /** What `items` holds that `before` does not and the reverse, unless it is more than MOST_PATCHED; made once for the two lists. */
  private changesBetween<T>(before: readonly T[], items: readonly T[], order: (a: T, b: T) => number): ListChanges<T> | undefined {
    const known = this.changes.get(items);
    if (known?.before === before) return known.changes as ListChanges<T> | undefined;
    const changes = listChanges(before, items, order, MOST_PATCHED);
    this.changes.set(items, { before, changes });
    return changes;
  }

  same<T extends object>(key: string, value: T): T {
    const earlier = this.earlier(key)?.value as T | undefined;
    const kept = earlier && sameFields(earlier, value) ? earlier : value;
    this.keep(key, { value: kept });
    return kept;
  }
}
