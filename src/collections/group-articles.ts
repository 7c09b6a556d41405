// Groups articles by a key in one pass over the archive; each group keeps the archive's order.
import { placeIn, type ListChanges } from "../sorted-lists.ts";

export function groupArticles<T, K>(items: readonly T[], keysOf: (item: T) => Iterable<K>): Map<K, T[]> {
  const groups = new Map<K, T[]>();
  for (const item of items) {
    for (const key of keysOf(item)) {
      const group = groups.get(key);
      if (group) group.push(item);
      else groups.set(key, [item]);
    }
  }
  return groups;
}

/**
 * The groups `groupArticles` makes of a list that differs from the one `earlier` was made
 * of by `changes`, both lists in `order`: the groups a changed item leaves or joins are
 * made again, every other is the list it was. The same groups, each in the same order, as
 * grouping the whole list; a group that appears comes last in the map.
 */
export function regroupChanged<T, K>(earlier: ReadonlyMap<K, T[]>, { added, removed }: ListChanges<T>, keysOf: (item: T) => Iterable<K>, order: (a: T, b: T) => number): Map<K, T[]> {
  const joining = new Map<K, T[]>();
  const touched = new Set<K>();
  for (const item of removed) for (const key of keysOf(item)) touched.add(key);
  for (const item of added) {
    for (const key of keysOf(item)) {
      touched.add(key);
      const joins = joining.get(key);
      if (joins) joins.push(item);
      else joining.set(key, [item]);
    }
  }
  const groups = new Map(earlier);
  for (const key of touched) {
    const group = (earlier.get(key) ?? []).filter((item) => !removed.has(item));
    for (const item of joining.get(key) ?? []) group.splice(placeIn(group, item, order), 0, item);
    if (group.length > 0) groups.set(key, group);
    else groups.delete(key);
  }
  return groups;
}
