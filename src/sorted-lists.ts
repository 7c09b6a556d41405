// Lists kept in an order: where an item goes (found by halves), and what changed between
// two of them (one walk along both).

/** Where `item` goes in `list`, which is in `order`: after every item that comes before it. */
export function placeIn<T>(list: readonly T[], item: T, order: (a: T, b: T) => number): number {
  let low = 0;
  let high = list.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (order(list[middle]!, item) < 0) low = middle + 1;
    else high = middle;
  }
  return low;
}

/**
 * Past this many items added or removed between two lists, what was made of the first is
 * made again from the second whole, not patched: each changed item costs a pass over what
 * it touches (the groups a story is in, its related stories' rankings).
 */
export const MOST_PATCHED = 64;

/** The items one list holds and the other does not. */
export interface ListChanges<T> {
  added: readonly T[];
  removed: ReadonlySet<T>;
}

/**
 * What `after` holds that `before` does not, and the reverse, both lists in `order` (a
 * total order: no two items of a list compare equal), found in one walk along both; an
 * item is the same when it is the same object. Undefined when more than `most` items
 * changed: the caller then starts again from the whole list.
 */
export function listChanges<T>(before: readonly T[], after: readonly T[], order: (a: T, b: T) => number, most: number): ListChanges<T> | undefined {
  const added: T[] = [];
  const removed = new Set<T>();
  let i = 0;
  let j = 0;
  while (i < before.length || j < after.length) {
    const was = before[i];
    const is = after[j];
    if (i < before.length && j < after.length && was === is) {
      i++;
      j++;
      continue;
    }
    const comparison = i >= before.length ? 1 : j >= after.length ? -1 : order(was!, is!);
    // An item saved again stands where it stood, as another object: removed, and added.
    if (comparison <= 0) removed.add(before[i++]!);
    if (comparison >= 0) added.push(after[j++]!);
    if (added.length + removed.size > most) return undefined;
  }
  return { added, removed };
}
