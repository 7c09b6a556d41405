// Each search bundle's table of page ids: the site's URL and Pagefind's page id (its
// fragment's name) of every story it holds, written beside the bundle when it is indexed,
// so a later update can hide a stale copy without indexing the bundle again.
import { readdirSync, readFileSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { gunzipSync } from "node:zlib";

/** Written beside each bundle: the URL and Pagefind page id of every story it holds. */
export const PAGE_IDS = "page-ids.json";

// A fragment is gzip of this signature and the page's JSON (its URL, text and metadata).
const FRAGMENT_SIGNATURE = "pagefind_dcd";

/**
 * URL to Pagefind page id (the fragment's file name) of every page of a written
 * bundle, so a later call can hide a stale copy without indexing the bundle again.
 */
export async function pageIds(fragmentDir: string): Promise<PageTable> {
  const ids: PageTable = {};
  // Read at once: a build's writer keeps Node's file-system threads busy, and a bundle's
  // 2,000 small reads, one after another, each waited for their turn behind it.
  for (const name of readdirSync(fragmentDir)) {
    const text = gunzipSync(readFileSync(join(fragmentDir, name))).toString("utf8");
    const { url } = JSON.parse(text.startsWith(FRAGMENT_SIGNATURE) ? text.slice(FRAGMENT_SIGNATURE.length) : text) as { url: string };
    ids[url] = name.replace(/\.pf_fragment$/, "");
  }
  return ids;
}

/** A JSON file's value, or undefined when it is missing or unreadable (then whatever it described is made again). */
export async function readJson<T>(file: string): Promise<T | undefined> {
  try {
    return JSON.parse(await readFile(file, "utf8")) as T;
  } catch {
    return undefined;
  }
}

function decodedPath(url: string): string {
  try {
    return decodeURI(url);
  } catch {
    return url;
  }
}

/**
 * A bundle's table of page ids by the site's URL of each page. Pagefind writes the
 * letters of an address that are not ASCII %-encoded (it reads the pages from disk); the
 * site's URLs keep them as they are.
 */
export type PageTable = Record<string, string>;

const bySiteUrl = (ids: PageTable): PageTable => Object.fromEntries(Object.entries(ids).map(([url, id]) => [decodedPath(url), id]));

/** The page tables of the bundles on disk, each read once per call of writeSearchBundles, and the tables of the bundles it indexes. */
export class PageTables {
  private readonly tables = new Map<string, Promise<PageTable | undefined>>();

  constructor(private readonly searchDir: string) {}

  /** The table of the bundle in `folder` (under pagefind/). */
  of(folder: string): Promise<PageTable | undefined> {
    let table = this.tables.get(folder);
    if (!table) {
      const path = join(this.searchDir, folder);
      const known = tablesRead.get(path);
      table = known ? Promise.resolve(known) : readJson<PageTable>(join(path, PAGE_IDS)).then((ids) => ids && remember(path, bySiteUrl(ids)));
      this.tables.set(folder, table);
    }
    return table;
  }

  indexed(folder: string, ids: PageTable): void {
    this.tables.set(folder, Promise.resolve(remember(join(this.searchDir, folder), bySiteUrl(ids))));
  }
}

/**
 * The tables read or written in this process, by folder: a bundle's folder is named by a
 * digest of its index (bundles.ts), so a folder of that name holds that table for good, and
 * the preview, which updates its index after every save, reads each table once, not 28 of
 * them per save at 100,000 stories. Forgotten whole past a few hundred folders.
 */
const tablesRead = new Map<string, PageTable>();
const TABLES_KEPT = 256;
function remember(path: string, table: PageTable): PageTable {
  if (tablesRead.size >= TABLES_KEPT) tablesRead.clear();
  tablesRead.set(path, table);
  return table;
}

