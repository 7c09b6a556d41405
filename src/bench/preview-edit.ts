// Measures the preview loop an editor lives in: save an article, then how long until
// the preview serves the change, and until the search index finds it.
import { appendFileSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { launchBrowser } from "../dev/browser.ts";
import { pollUntil, servesText } from "../dev/poll.ts";
import { startPreview } from "../dev/preview-server.ts";
import { openSearchProbe } from "./search-probe.ts";

export interface PreviewEditResult {
  startupMs: number;
  /** From the start until the preview's first search index is written: the edits below are timed after it. */
  searchableMs: number;
  /** From the file write until the article's page serves the new word. */
  pageMs: number;
  /** From the file write until Pagefind finds the new word; undefined if search could not be probed. */
  searchMs?: number;
  /** Then, from a second write that changes the headline (the archive's listings show it) until the page serves it. */
  headlinePageMs: number;
  /** Then, from a third that moves the story to another day (its address, month, neighbours and related stories change) until its new address serves it. */
  datePageMs: number;
  /**
   * A headline changed as soon as the preview serves, while its first search index is
   * still being built: until the page serves it. Undefined when indexing was over first.
   */
  headlineWhileIndexingMs?: number;
  searchError?: string;
  articleUrl: string;
}

const POLL_MS = 25;
// An edit that has not shown up after this long is a failure, not a slow result.
const EDIT_TIMEOUT_MS = 5 * 60 * 1000;

/** The first English, date-only article: its URL follows from its path and date line. */
export function pickArticle(archiveDir: string): { path: string; url: string } {
  const articlesDir = join(archiveDir, "articles");
  const files = readdirSync(articlesDir, { recursive: true, encoding: "utf8" }).filter((name) => name.endsWith(".md")).sort();
  for (const name of files) {
    const text = readFileSync(join(articlesDir, name), "utf8");
    const date = /^date: (\d{4})-(\d{2})-(\d{2})$/m.exec(text);
    if (!date || /^lang:/m.test(text) || /^slug:/m.test(text)) continue;
    const slug = name.split(/[\\/]/).at(-1)!.replace(/\.md$/, "");
    return { path: join(articlesDir, name), url: `/${date[1]}/${date[2]}/${date[3]}/${slug}/` };
  }
  throw new Error(`no English article with a plain date in ${articlesDir}`);
}

/** A word no generated article contains: letters only, so Pagefind indexes it whole. */
function uniqueWord(): string {
  let n = Date.now();
  let word = "zqx";
  while (n > 0) {
    word += String.fromCharCode(97 + (n % 26));
    n = Math.floor(n / 26);
  }
  return word;
}

/** What the preview prints once its search index is first up to date (src/preview/watch.ts). */
const isSearchReady = (log: string) => /Search: (.* indexed|the index is up to date)/.test(log);

/** Puts a new word before the story's headline; returns the time until its page serves it. */
async function timeHeadlineEdit(path: string, pageUrl: string): Promise<number> {
  const headline = uniqueWord();
  const written = performance.now();
  writeFileSync(path, readFileSync(path, "utf8").replace(/^title: "?(.*?)"?$/m, `title: "${headline} $1"`));
  await pollUntil(`"${headline}" on ${pageUrl}`, () => servesText(pageUrl, headline), POLL_MS, EDIT_TIMEOUT_MS);
  return performance.now() - written;
}

/** Moves the story to another day of its month; returns the time until its new address serves it. */
async function timeDateEdit(path: string, pageUrl: string): Promise<number> {
  const [, year, month, day, slug] = /\/(\d{4})\/(\d{2})\/(\d{2})\/([^/]+)\/$/.exec(new URL(pageUrl).pathname)!;
  const newDay = String((Number(day) % 27) + 1).padStart(2, "0");
  const movedUrl = new URL(`/${year}/${month}/${newDay}/${slug}/`, pageUrl).href;
  const written = performance.now();
  writeFileSync(path, readFileSync(path, "utf8").replace(/^date: .*$/m, `date: ${year}-${month}-${newDay}`));
  await pollUntil(`the story at ${movedUrl}`, () => fetch(movedUrl, { signal: AbortSignal.timeout(5000) }).then((response) => response.ok), POLL_MS, EDIT_TIMEOUT_MS);
  return performance.now() - written;
}

export interface PreviewStartResult {
  /** From the start until the home page is served (before the first rebuild ends, when the build's files are linked in). */
  servedMs: number;
  /** From the start until the preview says search is up to date. */
  searchReadyMs: number;
}

/** A preview started on an empty folder beside a build of the same content (`--from-build`). */
export async function measurePreviewStart(options: { repoRoot: string; archiveDir: string; outputDir: string; fromBuild: string; cacheDir: string; timeoutMs: number }): Promise<PreviewStartResult> {
  const startedAt = performance.now();
  const preview = await startPreview({ repoRoot: options.repoRoot, input: options.archiveDir, output: options.outputDir, fromBuild: options.fromBuild, cacheDir: options.cacheDir, startTimeoutMs: options.timeoutMs });
  try {
    const servedMs = preview.servedAt - startedAt;
    if (!/Starting from the build/.test(preview.log())) throw new Error(`the preview did not start from the build in ${options.fromBuild}:\n${preview.log().slice(-2000)}`);
    await pollUntil("the preview's search", async () => isSearchReady(preview.log()), POLL_MS, options.timeoutMs);
    return { servedMs, searchReadyMs: performance.now() - startedAt };
  } finally {
    await preview.stop();
  }
}

export async function measurePreviewEdit(options: {
  repoRoot: string;
  archiveDir: string;
  outputDir: string;
  timeoutMs: number;
  withSearch: boolean;
}): Promise<PreviewEditResult> {
  const article = pickArticle(options.archiveDir);
  const original = readFileSync(article.path);
  const startedAt = performance.now();
  const preview = await startPreview({ repoRoot: options.repoRoot, input: options.archiveDir, output: options.outputDir, startTimeoutMs: options.timeoutMs });
  const startupMs = performance.now() - startedAt;
  const browser = options.withSearch ? await launchBrowser() : undefined;
  try {
    const probe = browser ? await openSearchProbe(browser, preview.url) : undefined;
    const word = uniqueWord();
    const pageUrl = new URL(article.url, preview.url).href;
    // Confirm the page is served before the edit, so the timer measures the rebuild only.
    await pollUntil(`${pageUrl} before the edit`, () => fetch(pageUrl, { signal: AbortSignal.timeout(5000) }).then((r) => r.ok), POLL_MS, options.timeoutMs);
    // The moment the preview says its first index is written (it indexes whether or not search is probed).
    const searchReady = pollUntil("the preview's first search index", async () => isSearchReady(preview.log()), POLL_MS, options.timeoutMs).then(() => performance.now());
    // Indexing the whole archive takes both cores for a while: a save then must not wait on it.
    const headlineMs = await timeHeadlineEdit(article.path, pageUrl);
    const headlineWhileIndexingMs = isSearchReady(preview.log()) ? undefined : headlineMs;
    // The edits below are timed once the first index is done, so they measure an edit, not the start.
    const searchableMs = (await searchReady) - startedAt;

    const written = performance.now();
    appendFileSync(article.path, `\nThe benchmark added the word ${word} to this story.\n`);
    let pageMs: number | undefined;
    let searchMs: number | undefined;
    let searchError: string | undefined;
    const pageDone = pollUntil(`"${word}" on ${pageUrl}`, () => servesText(pageUrl, word), POLL_MS, EDIT_TIMEOUT_MS).then(() => {
      pageMs = performance.now() - written;
    });
    const searchDone = probe
      ? pollUntil(`"${word}" in the search index`, () => probe.finds(word), POLL_MS, EDIT_TIMEOUT_MS).then(
          () => void (searchMs = performance.now() - written),
          (error: unknown) => void (searchError = String(error)),
        )
      : Promise.resolve();
    await Promise.all([pageDone, searchDone]);
    if (pageMs === undefined) throw new Error("the page poll ended without a time");
    // A body edit changes the story's page alone; a new headline changes every listing
    // that shows the story, which the preview must group again.
    const headlinePageMs = await timeHeadlineEdit(article.path, pageUrl);
    const datePageMs = await timeDateEdit(article.path, pageUrl);
    return {
      startupMs,
      searchableMs,
      pageMs,
      headlinePageMs,
      datePageMs,
      ...(headlineWhileIndexingMs === undefined ? {} : { headlineWhileIndexingMs }),
      ...(searchMs === undefined ? {} : { searchMs }),
      ...(searchError ? { searchError } : probe ? {} : { searchError: "search not probed" }),
      articleUrl: article.url,
    };
  } finally {
    await browser?.close();
    await preview.stop();
    // Put the story back once nothing watches it, so later runs edit the same archive.
    writeFileSync(article.path, original);
  }
}
