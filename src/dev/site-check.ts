// Whether an output folder is a complete, consistent site, whatever moment a build was
// stopped at: every file whole, every address inside the site that a published page,
// feed or sitemap points to a file that is there, and the search index in step with
// itself and with the pages. Used by the crash test (crash-run.ts) after every kill.
//
// Published: what a visitor, a crawler or a feed reader can reach, by following links
// from the home page, the 404 page, robots.txt and the sitemaps, or as a search result,
// and every page published at the last check (someone may have kept its address). A
// build writes the pages new to the site before it replaces any page that links to them
// (src/output/write-site.ts), so a new page may, for a moment, link to another new page
// still to come (a story to a year's page of its own, which links back): such a page is
// not published yet, and its links are counted apart rather than as problems.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative, sep } from "node:path";
import { checkSearchIndex } from "./search-check.ts";
import { inspectFile, siteUrlOf, type FileVerdict, type SiteAddress } from "./site-file-check.ts";

export interface SiteCheck {
  /** One line per problem, naming the file. */
  problems: string[];
  files: number;
  /** HTML pages read whole. */
  pages: number;
  /** Files a visitor can reach (see the header), by site URL: the next check's `publishedBefore`. */
  published: Set<string>;
  /** Links from published files found to lead to a file. */
  links: number;
  /** Links from pages not published yet to pages not written yet. */
  linksAhead: number;
  searchBundles: number;
  searchResults: number;
  /** Files a build was writing under temporary names (see TEMPORARY): never linked, removed by the next build. */
  temporary: number;
}

/**
 * Files still being written, under names nothing serves: a file the writer had not
 * renamed into place yet (src/output/write-site.ts), or a search bundle Pagefind was
 * writing, into a folder renamed into place once whole (src/search/index-bundle.ts).
 */
const TEMPORARY = /\.annals-\d+\.tmp$|^pagefind\/[^/]+\.next\//;

/** Where visitors start: the addresses every site has, whether or not a page links them. */
const ENTRY_POINTS = ["/", "/404.html", "/robots.txt", "/sitemap.xml"];

/**
 * Checks output folders, reading again only the files that changed since its last check:
 * a build renames every file it writes into place, so a file with the same inode, size
 * and time is the one already read.
 */
export class SiteChecker {
  private readonly verdicts = new Map<string, { stamp: string; verdict: FileVerdict }>();

  constructor(private readonly site: SiteAddress) {}

  private verdictOf(output: string, file: string): FileVerdict {
    const path = join(output, file);
    const stat = statSync(path);
    const stamp = `${stat.ino}:${stat.size}:${stat.mtimeMs}`;
    const known = this.verdicts.get(path);
    if (known?.stamp === stamp) return known.verdict;
    const verdict = inspectFile(file, readFileSync(path), this.site);
    this.verdicts.set(path, { stamp, verdict });
    return verdict;
  }

  check(output: string, publishedBefore: ReadonlySet<string> = new Set()): SiteCheck {
    const files = new Set<string>();
    const folders = new Set<string>();
    for (const entry of readdirSync(output, { recursive: true, withFileTypes: true })) {
      const file = relative(output, join(entry.parentPath, entry.name)).split(sep).join("/");
      (entry.isDirectory() ? folders : files).add(file);
    }
    /** The file a site URL is served from, as a static host finds it. */
    const fileAt = (url: string): string | undefined => {
      const file = url.replace(/^\//, "");
      if (url.endsWith("/")) return files.has(`${file}index.html`) ? `${file}index.html` : undefined;
      if (files.has(file)) return file;
      return folders.has(file) && files.has(`${file}/index.html`) ? `${file}/index.html` : undefined;
    };
    const result: SiteCheck = { problems: [], files: 0, pages: 0, published: new Set(), links: 0, linksAhead: 0, searchBundles: 0, searchResults: 0, temporary: 0 };
    const verdicts = new Map<string, FileVerdict>();
    for (const file of [...files].sort()) {
      if (TEMPORARY.test(file)) {
        result.temporary++;
        continue;
      }
      result.files++;
      const verdict = this.verdictOf(output, file);
      verdicts.set(file, verdict);
      if (verdict.problem) result.problems.push(`${file} ${verdict.problem}`);
      else if (file.endsWith(".html")) result.pages++;
    }
    // Files gone since the last check are forgotten.
    for (const path of this.verdicts.keys()) if (!files.has(relative(output, path).split(sep).join("/"))) this.verdicts.delete(path);

    const search = checkSearchIndex(output, (url) => fileAt(url) !== undefined, [...files].some((file) => /^\d{4}\/\d{2}\/\d{2}\/.+\/index\.html$/.test(file)));
    result.problems.push(...search.problems);
    result.searchBundles = search.bundles;
    result.searchResults = search.results.length;

    // Every file a visitor can reach, followed link by link.
    const reached = new Set<string>();
    const queue = [...ENTRY_POINTS, ...search.results, ...publishedBefore].flatMap((url) => fileAt(url) ?? []);
    for (let file = queue.pop(); file !== undefined; file = queue.pop()) {
      if (reached.has(file)) continue;
      reached.add(file);
      result.published.add(siteUrlOf(file));
      for (const reference of verdicts.get(file)?.references ?? []) {
        const target = fileAt(reference);
        if (target !== undefined) {
          result.links++;
          queue.push(target);
        } else {
          result.problems.push(`${siteUrlOf(file)} links to ${reference}, which is not there`);
        }
      }
    }
    for (const [file, verdict] of verdicts) {
      if (!reached.has(file)) result.linksAhead += verdict.references.filter((reference) => fileAt(reference) === undefined).length;
    }
    return result;
  }
}
