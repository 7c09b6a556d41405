// Splits a newest-first list into pages whose addresses never change meaning, once, in
// TypeScript, so each page receives its slice instead of filtering the archive itself.
//
// Pages are numbered from the oldest story: page 1 holds the first `pageSize` stories
// ever published, page 2 the next, and so on. A full page is therefore finished: a new
// story never moves it, and its address can be cached for good. The listing's first
// address (`/`, `/tags/oil/`) holds everything newer than the last full page it links
// to, from `pageSize` to `2 × pageSize - 1` stories, so no story is shown twice. Adding
// a story rewrites the first address, and every `pageSize` stories also writes one new
// page and changes the "newer" link of the page before it: a cost that does not grow
// with the archive. (A story dated in the middle of the list still shifts the pages
// after it: the pages follow the stories' order.)
import { urls } from "./urls.ts";

export interface PageOf<T> {
  url: string;
  /** Newest first. */
  items: T[];
  /** Counted from the oldest page, which is 1; the first address has the highest. */
  pageNumber: number;
  /** Whether this is the listing's first address, the one that shows its newest stories. */
  first: boolean;
  /** How many pages the listing has: on its first address only, since it grows. */
  pageCount?: number;
  /** The page of newer stories. */
  previousUrl?: string;
  /** The page of older stories. */
  nextUrl?: string;
}

/** The address of page `pageNumber` of the listing at `base`, or `base` itself for its first address. */
function addressOf(base: string, pageNumber: number, pageCount: number): string {
  return pageNumber === pageCount ? base : urls.listingPage(base, pageNumber);
}

export function paginate<T>(items: readonly T[], pageSize: number, base: string): PageOf<T>[] {
  // Full pages below the first address; the first address takes the rest.
  const finished = Math.max(0, Math.floor(items.length / pageSize) - 1);
  const pageCount = finished + 1;
  const oldestFirst = [...items].reverse();
  return Array.from({ length: pageCount }, (_, index) => {
    const pageNumber = index + 1;
    const first = pageNumber === pageCount;
    const slice = first ? oldestFirst.slice(finished * pageSize) : oldestFirst.slice(index * pageSize, pageNumber * pageSize);
    return {
      url: addressOf(base, pageNumber, pageCount),
      items: slice.reverse(),
      pageNumber,
      first,
      ...(first ? { pageCount } : {}),
      ...(first ? {} : { previousUrl: addressOf(base, pageNumber + 1, pageCount) }),
      ...(pageNumber > 1 ? { nextUrl: addressOf(base, pageNumber - 1, pageCount) } : {}),
    };
  }).reverse();
}
