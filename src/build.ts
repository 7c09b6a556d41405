// A production build that never leaves a half-written site and rewrites only what
// changed: content is validated first, then the files whose fingerprint changed are
// written and the search index brought up to date, as one change to the output that is
// committed whole or rolled back (src/output/staging.ts).
import { join, resolve } from "node:path";
import { type ContentIssue } from "./errors.ts";
import { renderHostedPages } from "./output/hosted-pages.ts";
import { planSite } from "./output/plan-site.ts";
import { CACHE_DIR, distrustManifest, isTrusted, loadManifest, loadRankings, loadSearchRecord, prepareRecords, rankingsRecord, saveManifest, whyCacheUnwritable } from "./output/manifest-store.ts";
import { restoreRankings, savedRankings } from "./collections/related-articles.ts";
import { strayFiles } from "./output/stray-files.ts";
import { beginOutputChange, recoverInterruptedBuilds } from "./output/staging.ts";
import { EMPTY_MANIFEST, removeFiles, writeOutputs, type WriteReport } from "./output/write-site.ts";
import { writeFailure, type SiteState } from "./output/write-failure.ts";
import type { PreparedFile } from "./whole-file.ts";
import { filesUnder, missingCompressedCopies, precompressFiles, removeCompressedCopies, type PrecompressSummary } from "./output/precompress.ts";
import { SEARCH_FOLDER, updateSearchIndex, type SearchUpdated } from "./search/update-index.ts";
import { outputFileOf } from "./model/routes.ts";
import { PagesOnDisk } from "./output/pages-on-disk.ts";
import { takeBuildLock } from "./output/build-lock.ts";
import { SIZES_ON_A_WORKER_FROM, sizesOnDisk } from "./output/sizes-on-disk.ts";

export interface BuildOptions {
  /** The folder holding articles/, _data/, images/. */
  input: string;
  output: string;
  pathPrefix?: string;
  /** Also write `.gz` and `.br` copies of every HTML, XML, JSON, CSS, JS, JSON Lines and CSV file. */
  precompress?: boolean;
  /** Where parses and the record of written files are kept between builds. */
  cacheDir?: string;
  /** Told what the build does, step by step; silent by default. */
  log?: (line: string) => void;
  /** Told once when another build of the same output runs, and this one waits for it (src/output/build-lock.ts). */
  onWait?: (message: string) => void;
}

export type BuildResult =
  | { ok: true; issues: ContentIssue[]; report: WriteReport; recovered: string[]; searchIndexed: string[]; precompressed?: PrecompressSummary; withoutCache?: string }
  | { ok: false; issues: ContentIssue[]; recovered: string[] };

/** Waits for both, and fails with the first failure once both have stopped. */
async function bothFinished<A, B>(a: Promise<A>, b: Promise<B>): Promise<[A, B]> {
  const [first, second] = await Promise.allSettled([a, b]);
  if (first.status === "rejected") throw first.reason;
  if (second.status === "rejected") throw second.reason;
  return [first.value, second.value];
}

/**
 * A file the build could not write (a full disk, a read-only folder) as an error naming it
 * and saying where the output stands; any other error as it is.
 */
const failure = (error: unknown, output: string, site: SiteState) => writeFailure(error, output, site) ?? error;

export async function buildSite(options: BuildOptions): Promise<BuildResult> {
  const output = resolve(options.output);
  let lock: Awaited<ReturnType<typeof takeBuildLock>>;
  try {
    lock = await takeBuildLock(output, options.onWait ? { onWait: options.onWait } : {});
  } catch (error) {
    throw failure(error, output, "unchanged");
  }
  try {
    return await buildLocked(options);
  } finally {
    lock.release();
  }
}

async function buildLocked(options: BuildOptions): Promise<BuildResult> {
  const output = resolve(options.output);
  const contentDir = resolve(options.input);
  const log = options.log ?? (() => {});
  const cacheDir = resolve(options.cacheDir ?? CACHE_DIR);
  const recovered = recoverInterruptedBuilds(output);
  const prefix = options.pathPrefix ? { pathPrefix: options.pathPrefix } : {};
  // Until the output changes, a file that cannot be written (the parse cache's, the record's) leaves it as it was.
  const unchanged = (error: unknown) => failure(error, output, "unchanged");
  // A cache that cannot be written (a read-only checkout) is not used at all: a record it
  // keeps but cannot update would describe an output older than the one on disk. The build
  // then writes every file and removes those a clean build would not write, as after `rm -rf .cache`.
  let withoutCache: string | undefined;
  try {
    withoutCache = whyCacheUnwritable(cacheDir);
  } catch (error) {
    throw unchanged(error);
  }
  // Related stories are ranked again only around what changed since the last build.
  if (!withoutCache) restoreRankings(loadRankings(output, cacheDir));
  const previous = withoutCache ? EMPTY_MANIFEST : loadManifest(output, cacheDir);
  // Whether the recorded files of a large site are still as written is looked up on the other core while this one plans.
  const recordedFiles = Object.keys(previous.files);
  const sizesFound = recordedFiles.length >= SIZES_ON_A_WORKER_FROM ? sizesOnDisk(output, recordedFiles) : Promise.resolve(undefined);
  const { plan, issues } = await planSite({
    projectRoot: process.cwd(),
    contentDir,
    includeDrafts: false,
    ...prefix,
    ...(withoutCache ? {} : { parseCacheDir: join(cacheDir, "parsed") }),
    hostedPages: () => renderHostedPages({ input: options.input, ...prefix }),
  }).catch((error: unknown) => {
    throw unchanged(error);
  });
  if (!plan) return { ok: false, issues, recovered };
  log(`${plan.articles.length} articles, ${plan.outputs.length} files`);

  try {
    // Until the new manifest is saved, the next build trusts no file it finds, but knows which are there.
    if (!withoutCache) distrustManifest(output, previous, cacheDir);
  } catch (error) {
    throw unchanged(error);
  }
  const change = beginOutputChange(output);
  // The search index is written while the other pages are: each bundle as soon as its
  // articles' pages are on disk, so Pagefind indexes on one core while Node renders on another.
  const pagesOnDisk = new PagesOnDisk();
  // Found in the folder the writer writes to (a first build writes to a new one), if found
  // already: the writer looks at the files itself rather than wait for the worker.
  const sizes = change.dir === output ? await Promise.race([sizesFound, undefined]) : undefined;
  const writing = writeOutputs(change, plan.outputs, previous, { onDisk: (file) => pagesOnDisk.onDiskNow(file), removeLater: true, ...(sizes ? { sizesOnDisk: sizes } : {}) }).then(
    (written) => {
      pagesOnDisk.writerDone();
      return written;
    },
    (error: unknown) => {
      pagesOnDisk.writerDone(error);
      throw error;
    },
  );
  // The site's index, then each edition's in its folder (one Pagefind process at a time).
  const indexes = [{ folder: "", site: plan.site, articles: plan.articles }, ...plan.editions];
  const searching = (async () => {
    const done: (SearchUpdated & { folder: string })[] = [];
    for (const [i, { folder, site, articles }] of indexes.entries()) {
      const updated = await updateSearchIndex({
        outputDir: join(change.dir, folder),
        site,
        articles,
        previous: withoutCache ? { plan: [], digests: {} } : loadSearchRecord(join(output, folder), cacheDir),
        output: { willChange: (file) => change.willChange(`${folder}${file}`), moveFolderAside: (name) => change.moveFolderAside(`${folder}${name}`) },
        mode: "bundles",
        keepIndexerRunning: i < indexes.length - 1,
        pagesWritten: (urls) => pagesOnDisk.whenOnDisk(urls.map((url) => `${folder}${outputFileOf(url)}`)),
      });
      done.push({ ...updated, folder });
    }
    return done;
  })();
  let finished: Omit<Extract<BuildResult, { ok: true }>, "ok" | "issues" | "recovered">;
  let records: PreparedFile[];
  try {
    // Neither is left running when the other fails: the change is rolled back only once both have stopped.
    const [written, searched] = await bothFinished(writing, searching);
    const search = searched[0]!;
    // Without a record to trust, what else is in the folder is found on disk: a clean build would not have it.
    const strays = isTrusted(previous) || change.dir !== output ? [] : strayFiles(output, new Set(Object.keys(written.manifest.files)), { ownedElsewhere: indexes.map(({ folder }) => `${folder}${SEARCH_FOLDER}`), precompressed: Boolean(options.precompress) });
    // Removed last, once the search index no longer returns the stories they showed.
    removeFiles(change, [...written.removed, ...strays]);
    const report = { ...written, removed: [...written.removed, ...strays] };
    log(`wrote ${report.written.length} files, kept ${report.kept}, removed ${report.removed.length}`);
    for (const { folder, indexed, record } of searched) log(`search${folder ? ` (${folder})` : ""}: ${indexed.length} of ${record.plan.length} bundles indexed`);
    let precompressed: PrecompressSummary | undefined;
    if (options.precompress) {
      const searchFiles = searched.flatMap(({ folder: edition, indexedFolders }) => indexedFolders.flatMap((folder) => filesUnder(change.dir, `${edition}${SEARCH_FOLDER}/${folder}`)));
      const stale = new Set([...report.written, ...searchFiles]);
      const toCompress = [...new Set([...stale, ...missingCompressedCopies(change.dir, Object.keys(report.manifest.files))])];
      precompressed = await precompressFiles(change.dir, toCompress, (file) => change.willChange(file));
      removeCompressedCopies(change.dir, report.removed, (file) => change.willChange(file));
    }
    // Written in full before the commit, so that a full cache stops the build while it can still roll back.
    records = withoutCache
      ? []
      : prepareRecords(cacheDir, [
          { output, records: { outputs: report.manifest, search: search.record, source: { contentDir }, rankings: rankingsRecord(savedRankings()) } },
          ...searched.slice(1).map(({ folder, record }) => ({ output: join(output, folder), records: { search: record } })),
        ]);
    change.commit();
    finished = { report, searchIndexed: search.indexed, ...(precompressed ? { precompressed } : {}), ...(withoutCache ? { withoutCache } : {}) };
  } catch (error) {
    try {
      change.rollBack();
    } catch (rollBackError) {
      // Its journal stays beside the output, and the next build finishes putting it back.
      throw failure(rollBackError, output, "put back by the next build");
    }
    try {
      if (!withoutCache) saveManifest(output, previous, cacheDir);
    } catch {
      // The record stays distrusted: the next build writes every file again, which is slower but right.
    }
    throw unchanged(error);
  }
  try {
    // Renames, which take no more space.
    records.forEach((record) => record.commit());
  } catch (error) {
    throw failure(error, output, "built");
  }
  return { ok: true, issues, recovered, ...finished };
}
