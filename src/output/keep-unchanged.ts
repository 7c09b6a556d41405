// Structural sharing between two plans of the preview. When a save regroups the archive
// (a story redated, retagged, added ...), every page's data is made anew, though almost
// all of it is equal to what the last plan made. Fingerprints are kept by object
// (SliceFingerprinter's digests), so a page whose data is a new object is serialised and
// hashed again: at 10,000 stories that was most of a redated story's rebuild. Keeping the
// earlier object wherever the new one is equal to it leaves those digests standing, and
// only the pages that really changed are hashed.

import { sameItems } from "../collections/grouping-memory.ts";

/** What a list's items are matched by across plans: a page moves when one is inserted before it. */
function keyOf(item: unknown): string | undefined {
  if (typeof item !== "object" || item === null || Array.isArray(item)) return undefined;
  const fields = item as Record<string, unknown>;
  for (const name of ["url", "base"]) if (typeof fields[name] === "string") return `${name}:${fields[name]}`;
  for (const name of ["article", "entity", "source", "tag"]) {
    const inner = fields[name] as Record<string, unknown> | undefined;
    if (typeof inner === "object" && inner !== null && typeof inner.url === "string") return `${name}:${inner.url}`;
  }
  if (typeof fields.year === "number") return `date:${fields.year}-${String(fields.month ?? "")}`;
  if (typeof fields.letter === "string") return `letter:${fields.letter}`;
  return undefined;
}

/** The earlier items of `previous` by key, when every item of both lists has a distinct one. */
function byKey(next: readonly unknown[], previous: readonly unknown[]): Map<string, unknown> | undefined {
  const keyed = new Map<string, unknown>();
  for (const item of previous) {
    const key = keyOf(item);
    if (key === undefined || keyed.has(key)) return undefined;
    keyed.set(key, item);
  }
  return next.every((item) => keyOf(item) !== undefined) ? keyed : undefined;
}

/**
 * `next` with every part that equals the part of `previous` in the same place replaced by
 * that earlier object. `isLeaf` names objects compared by identity alone (the articles:
 * an article of the current plan is the same object as in the last one unless its file
 * changed). Equal means the same shape and values throughout; objects are never changed.
 */
export function keepUnchanged<T>(next: T, previous: T, isLeaf: (value: object) => boolean): T {
  const kept = new Map<object, unknown>();
  const match = (value: unknown, earlier: unknown): unknown => {
    if (value === earlier || typeof value !== "object" || value === null) return value;
    if (isLeaf(value)) return value;
    const known = kept.get(value);
    if (known !== undefined) return known;
    const result = typeof earlier === "object" && earlier !== null ? matchObject(value, earlier) : value;
    kept.set(value, result);
    return result;
  };
  const matchObject = (value: object, earlier: object): unknown => {
    if (Array.isArray(value)) {
      if (!Array.isArray(earlier)) return value;
      // The same items (a grouping that kept them, see grouping-memory.ts): nothing to compare.
      if (sameItems(value, earlier)) return earlier;
      const head: unknown = value[0];
      // A list of leaves (a listing's stories) is compared item by item; a list of pages by
      // key, but an item that is itself one of the earlier items needs no matching.
      const keyedList = typeof head === "object" && head !== null && !isLeaf(head);
      const kept = keyedList ? new Set<unknown>(earlier) : undefined;
      let keyed: Map<string, unknown> | undefined | null = null;
      const items = value.map((item: unknown, index) => {
        if (!keyedList) return match(item, earlier[index]);
        if (kept!.has(item)) return item;
        if (keyed === null) keyed = byKey(value, earlier);
        return match(item, keyed ? keyed.get(keyOf(item)!) : earlier[index]);
      });
      const same = sameItems(items, earlier);
      return same ? earlier : items.some((item, index) => item !== value[index]) ? items : value;
    }
    if (Array.isArray(earlier)) return value;
    const before = earlier as Record<string, unknown>;
    const entries = Object.entries(value).map(([key, item]) => [key, match(item, before[key])] as const);
    const same = entries.length === Object.keys(before).length && entries.every(([key, item]) => key in before && item === before[key]);
    if (same) return earlier;
    return entries.some(([key, item]) => item !== (value as Record<string, unknown>)[key]) ? Object.fromEntries(entries) : value;
  };
  // The cast is safe: every object is swapped for an equal one of the same shape.
  return match(next, previous) as T;
}
