// Runs the preview: rebuild on every change under the content folder (additions,
// edits, deletions and renames alike), reload the open pages, then bring search up to
// date. Rebuilds never overlap: changes that arrive during one are handled by the next.
import { basename, relative, sep } from "node:path";
import { watch } from "chokidar";
import { AnnalsError, type ContentIssue } from "../errors.ts";
import { notesLine, printIssues } from "../cli/report.ts";
import { urls } from "../urls.ts";
import { isEditorLeftover } from "../content/content-files.ts";
import { ProblemLog } from "./problems.ts";
import { startPreviewServer, type PreviewServer } from "./server.ts";
import { PreviewSession } from "./session.ts";
import { SearchSchedule } from "./search-schedule.ts";

export interface PreviewOptions {
  contentDir: string;
  outputDir: string;
  projectRoot: string;
  port: number;
  /** Where records and parses are kept; see PreviewSession. */
  cacheDir?: string;
  /** A build's output folder the preview may start from; see seed-from-build.ts. */
  seedFrom?: string;
  log(line: string): void;
}

export interface RunningPreview {
  server: PreviewServer;
  stop(): Promise<void>;
}

/** Runs `task` now, or once more after the current run when called during one. */
function serialized(task: () => Promise<void>): () => Promise<void> {
  let running: Promise<void> | undefined;
  let again = false;
  const run = async (): Promise<void> => {
    if (running) {
      again = true;
      return running;
    }
    running = (async () => {
      do {
        again = false;
        await task();
      } while (again);
    })();
    try {
      await running;
    } finally {
      running = undefined;
    }
  };
  return run;
}

/**
 * What changed in the content folder since the last rebuild took it: article files
 * changed in place, the common case of an editor saving a story, or anything else.
 */
export class ContentChanges {
  private readonly articleFiles = new Set<string>();
  private anythingElse = true;

  constructor(private readonly articlesDir: string) {}

  /** Notes a watcher event; returns whether it was about an article file. */
  note(event: string, path: string): boolean {
    const article = path.startsWith(this.articlesDir);
    if (article && event === "change" && path.endsWith(".md")) this.articleFiles.add(path);
    else this.anythingElse = true;
    return article;
  }

  /** The article files changed in place since the last call, or undefined if anything else changed too (the first call always). */
  takeArticleFilesChanged(): ReadonlySet<string> | undefined {
    const changed = this.anythingElse ? undefined : new Set(this.articleFiles);
    this.articleFiles.clear();
    this.anythingElse = false;
    return changed;
  }

  /** After a failed rebuild, the next one looks at everything again. */
  forgetTaken(): void {
    this.anythingElse = true;
  }
}

/** How long the content folder must be quiet before a rebuild starts. */
const SETTLE_MS = 60;
/**
 * How long after a rebuild the search index is brought up to date: its first steps hold the
 * event loop (at 100,000 stories, a tenth of a second comparing every story's digest), and the
 * pages the rebuild just told open tabs to reload are served first.
 */
const SEARCH_AFTER_MS = 100;

const seconds = (since: number) => `${((performance.now() - since) / 1000).toFixed(2)} s`;

export async function runPreview(options: PreviewOptions): Promise<RunningPreview> {
  const session = new PreviewSession(options.contentDir, options.outputDir, options.projectRoot, {
    ...(options.cacheDir ? { cacheDir: options.cacheDir } : {}),
    ...(options.seedFrom ? { seedFrom: options.seedFrom } : {}),
  });
  if (session.seededFiles !== undefined) {
    options.log(`Starting from the build in ${relative(options.projectRoot, options.seedFrom!) || "."}/ (${session.seededFiles.toLocaleString("en-US")} files): only what differs from it is written and indexed.`);
  }
  const problemLog = new ProblemLog(options.projectRoot);
  const failure = (error: unknown): ContentIssue => ({
    severity: "error",
    file: relative(options.projectRoot, options.contentDir) || ".",
    field: "",
    message: error instanceof AnnalsError ? error.message : `the preview could not rebuild: ${String(error)}`,
  });
  let server: PreviewServer | undefined;

  let searchReady = false;
  const updateSearch = serialized(async () => {
    const started = performance.now();
    const mark = searchSoon.mark();
    try {
      const indexed = await session.updateSearch();
      if (indexed.length > 0) {
        // No reload: a search made from now on reads the new bundles; a page being read is left alone.
        options.log(`Search: ${indexed.length === 1 ? `bundle ${indexed[0]}` : `${indexed.length} bundles`} indexed in ${seconds(started)}.`);
      } else if (!searchReady) {
        options.log("Search: the index is up to date.");
      }
      searchReady = true;
    } catch (error) {
      // Not a problem to report when a save came meanwhile (see search-schedule.ts).
      if (searchSoon.changedSince(mark)) return;
      options.log(`Search index not updated: ${error instanceof Error ? error.message : String(error)}`);
    }
  });

  // The notes (names missing from entities.yaml ...) as one line, printed again when it changes.
  let notesPrinted: string | undefined;
  const searchSoon = new SearchSchedule(() => void updateSearch(), SEARCH_AFTER_MS);
  const changes = new ContentChanges(`${options.contentDir}${sep}articles${sep}`);
  const rebuild = serialized(async () => {
    const started = performance.now();
    try {
      const { report, issues } = await session.rebuild(changes.takeArticleFilesChanged());
      printIssues(problemLog.fresh(issues.filter((issue) => issue.severity !== "note")));
      const notes = notesLine(issues, `http://localhost:${options.port}${urls.previewProblems}`);
      if (notes !== notesPrinted) {
        if (notes) options.log(`Notes: ${notes}`);
        notesPrinted = notes;
      }
      const changed = [...report.written, ...report.removed];
      server?.serveFrom(session.servedFolder());
      if (changed.length > 0) server?.reload(changed);
      options.log(`Rebuilt in ${seconds(started)}: ${report.written.length} files written, ${report.removed.length} removed.`);
      searchSoon.rebuilt();
    } catch (error) {
      changes.forgetTaken();
      const issue = failure(error);
      session.problems = { heading: "The preview could not rebuild", lines: [issue] };
      printIssues(problemLog.fresh([issue]));
      server?.reload([]);
    }
  });

  // Watching starts before the first rebuild, so that a save made during it is not missed
  // (rebuilds never overlap: it is taken by the next one).
  const watcher = watch(options.contentDir, {
    ignoreInitial: true,
    // A link is content to check, not a way out: a dangling one (an editor's lock file, or
    // a mistake the preview must report) still starts a rebuild.
    followSymlinks: false,
    ignored: (path, stats) => isEditorLeftover(basename(path), stats?.isDirectory() ?? false),
  });
  const watching = new Promise<void>((resolve) => watcher.once("ready", () => resolve()));
  // A save is several events (an editor that saves in place empties the file, then writes
  // it; a folder copied in is one event a file): the rebuild starts once they stop for a
  // moment, so the preview never builds a half-saved file.
  let settle: NodeJS.Timeout | undefined;
  watcher.on("all", (event, path) => {
    if (!changes.note(event, path)) session.contentPagesChanged();
    searchSoon.contentChanged();
    clearTimeout(settle);
    settle = setTimeout(() => void rebuild(), SETTLE_MS);
  });
  const serve = async (): Promise<PreviewServer> => {
    server = startPreviewServer({ dir: session.servedFolder(), port: options.port, problems: () => session.problems, issues: () => session.issues });
    try {
      await server.ready();
    } catch (error) {
      // The port is taken: nothing is left watching.
      await watcher.close();
      throw error;
    }
    return server;
  };
  // A folder that already holds a whole site (the build's files just linked in, or what
  // the last preview wrote) is served at once; the first rebuild then brings it up to
  // date (drafts, edits made while the preview was off) and reloads the pages it changes.
  const early = session.holdsSite() ? await serve() : undefined;
  if (early) {
    options.log(`Serving http://localhost:${options.port}/ from ${session.seededFiles === undefined ? "the last preview" : "the build"} while the first rebuild runs.`);
  }
  // The first rebuild reads the content once the watcher is ready: a story saved while it
  // runs (seconds, on a large archive) starts another rebuild instead of waiting for its next save.
  await watching;
  await rebuild();
  const serving = early ?? (await serve());
  return {
    server: serving,
    async stop() {
      clearTimeout(settle);
      searchSoon.stop();
      await watcher.close();
      await serving.close();
      session.saveRecord();
    },
  };
}
