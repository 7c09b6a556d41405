// The search index of a built site read back as the search page reads it:
// pagefind/bundles.json names bundle folders, each must be there whole (its entry file,
// script, metadata and WebAssembly), hold as many pages as the manifest says, and every
// page it can return must be a page of the site.
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { BUNDLE_MANIFEST, SEARCH_FOLDER, type BundleManifest } from "../search/bundles.ts";
import { ENTRY_FILE } from "../search/index-bundle.ts";
import { PAGE_IDS, type PageTable } from "../search/page-tables.ts";

interface PagefindEntry {
  languages: Record<string, { hash: string; wasm: string | null; page_count: number }>;
}

export interface SearchCheck {
  problems: string[];
  /** Bundle folders found whole. */
  bundles: number;
  /** The site URLs the bundles can return, each found on disk. */
  results: string[];
}

function readJson<T>(path: string): { value: T } | { error: string } {
  try {
    return { value: JSON.parse(readFileSync(path, "utf8")) as T };
  } catch (error) {
    return { error: (error as NodeJS.ErrnoException).code === "ENOENT" ? "is missing" : `does not parse: ${(error as Error).message}` };
  }
}

function decoded(url: string): string {
  try {
    return decodeURI(url);
  } catch {
    return url;
  }
}

/**
 * Checks the index under `output`; `pageExists` says whether a site URL (`/2021/07/28/x/`)
 * has its page. `hasArticles`: a site without stories may have no index at all.
 */
export function checkSearchIndex(output: string, pageExists: (url: string) => boolean, hasArticles: boolean): SearchCheck {
  const searchDir = join(output, SEARCH_FOLDER);
  const at = `${SEARCH_FOLDER}/${BUNDLE_MANIFEST}`;
  const manifest = readJson<BundleManifest>(join(searchDir, BUNDLE_MANIFEST));
  if ("error" in manifest) return { problems: hasArticles || existsSync(searchDir) ? [`${at} ${manifest.error}`] : [], bundles: 0, results: [] };
  const { bundles, pages } = manifest.value;
  if (!Array.isArray(bundles) || !Array.isArray(pages) || bundles.length !== pages.length) {
    return { problems: [`${at} does not list one page count per bundle`], bundles: 0, results: [] };
  }
  const problems: string[] = [];
  let whole = 0;
  const results: string[] = [];
  bundles.forEach((folder, index) => {
    const dir = join(searchDir, folder);
    const where = `${SEARCH_FOLDER}/${folder}`;
    const entry = readJson<PagefindEntry>(join(dir, ENTRY_FILE));
    if ("error" in entry) {
      problems.push(`${where}/${ENTRY_FILE}, named by ${at}, ${entry.error}`);
      return;
    }
    const languages = Object.values(entry.value.languages ?? {});
    const counted = languages.reduce((sum, language) => sum + language.page_count, 0);
    if (counted !== pages[index]) problems.push(`${where} holds ${counted} pages, but ${at} counts ${pages[index]}`);
    const needed = ["pagefind.js", ...languages.flatMap((language) => [`pagefind.${language.hash}.pf_meta`, ...(language.wasm ? [`wasm.${language.wasm}.pagefind`] : [])])];
    for (const name of needed) if (!existsSync(join(dir, name))) problems.push(`${where}/${name} is missing`);
    const table = readJson<PageTable>(join(dir, PAGE_IDS));
    if ("error" in table) {
      problems.push(`${where}/${PAGE_IDS} ${table.error}`);
      return;
    }
    const urls = Object.keys(table.value).map(decoded);
    if (urls.length !== counted) problems.push(`${where}/${PAGE_IDS} lists ${urls.length} pages, the index ${counted}`);
    for (const url of urls) {
      if (pageExists(url)) results.push(url);
      else problems.push(`${where} returns ${url} as a result, which is not a page of the site`);
    }
    whole++;
  });
  return { problems, bundles: whole, results };
}
