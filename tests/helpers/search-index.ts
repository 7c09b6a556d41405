// Reads a built site's search bundles (src/search/bundles.ts) back for assertions.
import { readdirSync, readFileSync } from "node:fs";
import { gunzipSync } from "node:zlib";
import { join } from "node:path";
import { BUNDLE_MANIFEST, SEARCH_FOLDER, type BundleManifest } from "../../src/search/bundles.ts";
import { bundleOfFolder } from "../../src/search/index-bundle.ts";

export function bundleManifest(outputDir: string): BundleManifest {
  return JSON.parse(readFileSync(join(outputDir, SEARCH_FOLDER, BUNDLE_MANIFEST), "utf8")) as BundleManifest;
}

/** The manifest with each bundle folder named by its period alone (`2021` for `2021.3f9a0c1b2d`), for assertions. */
export function bundlePeriods(outputDir: string): BundleManifest {
  const manifest = bundleManifest(outputDir);
  const hidden = manifest.hidden && Object.fromEntries(Object.entries(manifest.hidden).map(([folder, ids]) => [bundleOfFolder(folder), ids]));
  return { ...manifest, bundles: manifest.bundles.map(bundleOfFolder), ...(hidden ? { hidden } : {}) };
}

/** The folder under pagefind/ that the manifest names for a period. */
export function folderOf(outputDir: string, period: string): string {
  const folder = bundleManifest(outputDir).bundles.find((candidate) => bundleOfFolder(candidate) === period);
  if (!folder) throw new Error(`no bundle for ${period} in ${outputDir}`);
  return folder;
}

/** Pages indexed per language, summed over every bundle the manifest lists. */
export function indexedPages(outputDir: string): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const bundle of bundleManifest(outputDir).bundles) {
    const entry = JSON.parse(readFileSync(join(outputDir, SEARCH_FOLDER, bundle, "pagefind-entry.json"), "utf8")) as {
      languages: Record<string, { page_count: number }>;
    };
    for (const [language, { page_count }] of Object.entries(entry.languages)) counts[language] = (counts[language] ?? 0) + page_count;
  }
  return counts;
}

/** Every indexed page's metadata, by URL, read from the bundles' fragment files (gzipped JSON behind Pagefind's signature). */
export function indexedMetadata(outputDir: string): Map<string, Record<string, string>> {
  const pages = new Map<string, Record<string, string>>();
  for (const bundle of bundleManifest(outputDir).bundles) {
    const folder = join(outputDir, SEARCH_FOLDER, bundle, "fragment");
    for (const name of readdirSync(folder)) {
      const text = gunzipSync(readFileSync(join(folder, name))).toString("utf8");
      const fragment = JSON.parse(text.slice(text.indexOf("{"))) as { url: string; meta: Record<string, string> };
      pages.set(decodeURI(fragment.url), fragment.meta);
    }
  }
  return pages;
}
