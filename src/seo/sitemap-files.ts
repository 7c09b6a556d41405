// Which sitemap files a site has and what each lists: one file per period (the year of a
// page's newest story; pages without a date are a period of their own), so that a new story
// changes only its year's sitemap and the index, not a file listing the whole archive; a
// period past the protocol's limit is split in parts. A site of one period has one sitemap.xml.
import { urls } from "../urls.ts";
import type { SitemapEntry } from "./sitemaps.ts";

/** The sitemap period of pages that show no story's date (the search page, about.md). */
const UNDATED = "pages";

export interface SitemapFiles {
  /** Each sitemap's address and lines, sorted by address. */
  files: { url: string; entries: SitemapEntry[] }[];
  /** The index's lines (each sitemap and its newest change), when there is more than one file. */
  index?: SitemapEntry[];
}

/** Whether two sitemap lines say the same. */
export const sameEntry = (a: SitemapEntry, b: SitemapEntry) => a === b || (a.url === b.url && a.lastmod === b.lastmod);

/**
 * The sitemap files' lists of the last two calls by file, each given again to a call whose
 * list is the same (the preview's, after most saves): its sitemap then keeps its digest and
 * output, instead of serialising every line again.
 */
let lastLists = { current: new Map<string, SitemapEntry[]>(), previous: new Map<string, SitemapEntry[]>() };
function sameAsBefore(url: string, entries: SitemapEntry[]): SitemapEntry[] {
  const key = `${url}\0${entries[0]?.url ?? ""}`;
  const earlier = lastLists.current.get(key) ?? lastLists.previous.get(key);
  const kept = earlier && earlier.length === entries.length && earlier.every((entry, index) => sameEntry(entry, entries[index]!)) ? earlier : entries;
  lastLists.current.set(key, kept);
  return kept;
}

const newest = (entries: readonly SitemapEntry[]) => entries.reduce<string | undefined>((latest, entry) => (entry.lastmod && (!latest || entry.lastmod > latest) ? entry.lastmod : latest), undefined);

/** The sitemap files of `entries`, at most `limit` lines each. */
export function sitemapFiles(entries: readonly SitemapEntry[], limit: number): SitemapFiles {
  const sorted = [...entries].sort((a, b) => a.url.localeCompare(b.url));
  const byPeriod = new Map<string, SitemapEntry[]>();
  for (const entry of sorted) {
    const period = entry.lastmod?.slice(0, 4) ?? UNDATED;
    const list = byPeriod.get(period);
    if (list) list.push(entry);
    else byPeriod.set(period, [entry]);
  }
  const periods = [...byPeriod].sort(([a], [b]) => a.localeCompare(b));
  lastLists = { current: new Map(), previous: lastLists.current };
  if (periods.length === 1 && entries.length <= limit) return { files: [{ url: urls.sitemap, entries: sameAsBefore(urls.sitemap, sorted) }] };
  const files = periods.flatMap(([period, list]) => {
    const parts = Array.from({ length: Math.ceil(list.length / limit) }, (_, i) => list.slice(i * limit, (i + 1) * limit));
    return parts.map((part, i) => {
      const url = urls.sitemapPart(parts.length === 1 ? period : `${period}-${i + 1}`);
      return { url, entries: sameAsBefore(url, part) };
    });
  });
  const index = files.map(({ url, entries: listed }) => {
    const lastmod = newest(listed);
    return { url, ...(lastmod ? { lastmod } : {}) };
  });
  return { files, index };
}
