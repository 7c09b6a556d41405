// The preview's state between saves: what its output folder holds, which content pages
// Eleventy last rendered, which problems were printed. A rebuild re-reads only changed
// files (the parse cache, or just the files the watcher names), plans the site reusing
// what the last plan grouped when only bodies changed, and writes only the files whose fingerprint
// changed into the preview's own folder, never into the build's `_site/`.
import { existsSync, statSync } from "node:fs";
import { join, resolve } from "node:path";
import type { ContentIssue } from "../errors.ts";
import { renderHostedPages, type HostedPageOutput } from "../output/hosted-pages.ts";
import { PlanMemory, planSite, type SitePlan } from "../output/plan-site.ts";
import { unguardedChange } from "../output/staging.ts";
import { CACHE_DIR, loadManifest, loadSearchRecord, markChanging, saveManifest, saveSearchRecord } from "../output/manifest-store.ts";
import { writeOutputs, type OutputFile, type OutputManifest, type WriteReport } from "../output/write-site.ts";
import { updateSearchIndex, type SearchRecord } from "../search/update-index.ts";
import { EDITS_BUNDLE } from "../search/bundles.ts";
import type { Article, SiteSettings } from "../types.ts";
import { previewProblems, type PreviewProblems } from "./problems.ts";
import { seedFromBuild, type Seeding } from "./seed-from-build.ts";
import { restoreRankings } from "../collections/related-articles.ts";

/** How long after a save in place the record of written files is saved, unless another save comes first. */
const RECORD_SAVE_DELAY_MS = 2000;

export interface RebuildResult {
  report: WriteReport;
  issues: ContentIssue[];
}

/** A folder's device and inode, or undefined when it is gone: a folder deleted and made again is another. */
function folderIdentity(dir: string): string | undefined {
  try {
    const stats = statSync(dir);
    return `${stats.dev}:${stats.ino}`;
  } catch {
    return undefined;
  }
}

export interface SessionOptions {
  /** Where the records of written files and the parse cache are kept (the build's, by default). */
  cacheDir?: string;
  /** A build's output folder to start from when the preview's own folder is empty or missing (see seed-from-build.ts). */
  seedFrom?: string;
}

export class PreviewSession {
  /** What the preview folder holds, kept between server runs so a restart is warm too. */
  private manifest: OutputManifest;
  private hosted: readonly HostedPageOutput[] | undefined;
  private site: SiteSettings | undefined;
  private articles: readonly Article[] = [];
  /** What the search index in the preview folder was written from. */
  private searchRecord: SearchRecord;
  /** The editions below `/`, each with its own index in its folder, and what that was written from. */
  private editions: SitePlan["editions"] = [];
  private readonly editionRecords = new Map<string, SearchRecord>();
  /** What a rebuild reuses of the last one's plan. */
  private readonly planMemory = new PlanMemory();
  /** The preview folder as this session last wrote it (device and inode): while it is the same folder, it holds what the manifest records. */
  private folderWritten: string | undefined;
  private readonly cacheDir: string;
  /** Problems to show on every page until the next rebuild. */
  problems: PreviewProblems | undefined;
  /** Everything the last rebuild found, notes too, for the problems page. */
  issues: readonly ContentIssue[] = [];
  /** The files taken from a build when the session started, if it started from one. */
  readonly seededFiles: number | undefined;
  /** The build the preview folder is being filled from, until the first rebuild has written over its links. */
  private seeding: Seeding | undefined;
  /** Set while the record of written files is not saved since a rebuild: removes the mark that says so. */
  private unsavedRecord: (() => void) | undefined;
  /** Set while the search index's record is not saved since it was last updated. */
  private searchUnsaved = false;
  private recordTimer: NodeJS.Timeout | undefined;
  /** The outputs the last rebuild wrote or kept, all on disk as `manifest` records (see WriteOptions.sinceLastCall); unset when a rebuild failed or the record was replaced. */
  private lastOutputs: readonly OutputFile[] | undefined;

  constructor(
    readonly contentDir: string,
    readonly outputDir: string,
    private readonly projectRoot: string,
    options: SessionOptions = {},
  ) {
    this.cacheDir = resolve(options.cacheDir ?? CACHE_DIR);
    const seeding = options.seedFrom ? seedFromBuild({ contentDir: resolve(contentDir), buildDir: resolve(options.seedFrom), previewDir: resolve(outputDir), cacheDir: this.cacheDir }) : undefined;
    // Its own copy: each rebuild updates it in place. While the build's files are linked, the folder holds nothing the record could list.
    this.manifest = seeding ? { files: {} } : { files: { ...loadManifest(outputDir, this.cacheDir).files } };
    this.searchRecord = seeding?.searchRecord ?? loadSearchRecord(outputDir, this.cacheDir);
    if (seeding) restoreRankings(seeding.rankings);
    this.seeding = seeding;
    this.seededFiles = seeding?.files;
  }

  /** The folder to serve: the build's while the preview's own is being filled from it, then the preview's. */
  servedFolder(): string {
    return this.seeding?.buildDir ?? this.outputDir;
  }

  /** Waits for the build's files to be linked in, and takes what the folder then holds. */
  private async takeSeed(seeding: Seeding): Promise<void> {
    const linked = await seeding.linked;
    this.lastOutputs = undefined;
    if (linked) {
      this.manifest = { files: { ...linked.files } };
      // Every linked file was checked against the build's record as it was linked.
      this.folderWritten = folderIdentity(this.outputDir);
    } else {
      // The links could not all be made: every file and bundle is written again.
      this.searchRecord = loadSearchRecord(this.outputDir, this.cacheDir);
    }
  }

  /**
   * Whether the preview folder holds a whole site before any rebuild: the build's files
   * linked in, or what this folder's last preview wrote (its record says so, and its home
   * page is there).
   */
  holdsSite(): boolean {
    return this.seeding !== undefined || (Object.keys(this.manifest.files).length > 0 && existsSync(join(this.outputDir, "index.html")));
  }

  /** Eleventy renders the site's own pages again on the next rebuild (a page or data file changed). */
  contentPagesChanged(): void {
    this.hosted = undefined;
  }

  /**
   * @param changedArticleFiles the article files the watcher saw change in place since the
   *   last rebuild; undefined when anything else may have changed.
   */
  rebuild(changedArticleFiles?: ReadonlySet<string>): Promise<RebuildResult> {
    // The first rebuild indexes the stories' pages beside its writing (its pages are all
    // new, and an editor's first save may come the moment it is done); after it, the
    // indexing ahead of a new headline waits while a rebuild runs: a save does not share its turns.
    if (!this.planMemory.last) return this.rebuildNow(changedArticleFiles, { indexBesideWriting: true });
    return this.planMemory.holders.pausedFor(() => this.rebuildNow(changedArticleFiles));
  }

  /** Whether the pages of the last rebuild are all indexed by the stories they hold (see story-holders.ts): a new headline then walks none. */
  storiesIndexed(): boolean {
    return this.planMemory.storiesIndexed();
  }

  private async rebuildNow(changedArticleFiles?: ReadonlySet<string>, { indexBesideWriting = false } = {}): Promise<RebuildResult> {
    const { plan, issues } = await planSite(
      {
        projectRoot: this.projectRoot,
        contentDir: this.contentDir,
        // Drafts show in the preview, and a broken article is left out, not fatal.
        includeDrafts: true,
        keepGoing: true,
        // The build's parses: only the first rebuild reads them from disk, later ones keep them in memory (LoadMemory).
        parseCacheDir: join(this.cacheDir, "parsed"),
        ...(changedArticleFiles ? { changedArticleFiles } : {}),
        hostedPages: async () => (this.hosted ??= await renderHostedPages({ input: this.contentDir })),
      },
      this.planMemory,
    );
    if (!plan) {
      this.showProblems(issues);
      return { report: { manifest: this.manifest, written: [], removed: [], kept: 0 }, issues };
    }
    this.site = plan.site;
    this.articles = plan.articles;
    this.editions = plan.editions;
    if (this.seeding) await this.takeSeed(this.seeding);
    const sameFolder = this.folderWritten !== undefined && this.folderWritten === folderIdentity(this.outputDir);
    // A preview killed while it writes leaves the mark: its next start writes every file again.
    const changed = markChanging(this.outputDir, this.cacheDir);
    // Ahead of the next new headline, in turns: beside the first rebuild's writing, else once the pages are written, while the editor reads them.
    const indexStories = () => this.planMemory.indexStories().catch(() => undefined);
    const indexedBeside = indexBesideWriting ? indexStories() : undefined;
    const sinceLastCall = sameFolder ? this.lastOutputs : undefined;
    this.lastOutputs = undefined;
    const report = await writeOutputs(unguardedChange(this.outputDir), plan.outputs, this.manifest, { previousOnDisk: sameFolder, updateInPlace: true, ...(sinceLastCall ? { sinceLastCall } : {}) });
    this.lastOutputs = plan.outputs;
    this.folderWritten = folderIdentity(this.outputDir);
    this.manifest = report.manifest;
    this.seeding = undefined;
    // Shown once the pages they are about are written: a report of a broken story over the page that still lists it would say two things at once.
    this.showProblems(issues);
    // The first rebuild is done once every page is indexed; after a later one the indexing goes on in the background (a headline indexes what is left itself).
    if (indexedBeside) await indexedBeside;
    else void indexStories();
    // The record of a whole rebuild is saved at once (a restart starts from it); after a save
    // in place, once saves pause: at 100,000 stories it is 18 MB, more than the rest of a save.
    // Until it is saved the mark stays, and a preview killed before then writes every file again.
    this.unsavedRecord ??= changed;
    if (changedArticleFiles) this.saveRecordSoon();
    else this.saveRecord();
    return { report, issues };
  }

  private showProblems(issues: ContentIssue[]): void {
    this.problems = previewProblems(issues);
    this.issues = issues;
  }

  private saveRecordSoon(): void {
    clearTimeout(this.recordTimer);
    this.recordTimer = setTimeout(() => this.saveRecord(), RECORD_SAVE_DELAY_MS).unref();
  }

  /** Saves the records of the preview folder's files and search index, if rebuilds left them unsaved: on stopping, and a moment after the last save. */
  saveRecord(): void {
    clearTimeout(this.recordTimer);
    if (this.searchUnsaved) {
      saveSearchRecord(this.outputDir, this.searchRecord, this.cacheDir);
      for (const [folder, record] of this.editionRecords) saveSearchRecord(join(this.outputDir, folder), record, this.cacheDir);
      this.searchUnsaved = false;
    }
    const saved = this.unsavedRecord;
    if (!saved) return;
    saveManifest(this.outputDir, this.manifest, this.cacheDir);
    saved();
    this.unsavedRecord = undefined;
  }

  /** Brings the search index up to date with what rebuilds wrote since it was last updated; returns the bundles indexed. */
  async updateSearch(): Promise<string[]> {
    if (!this.site) return [];
    const { record, indexed } = await updateSearchIndex({
      outputDir: resolve(this.outputDir),
      site: this.site,
      articles: this.articles,
      previous: this.searchRecord,
      output: unguardedChange(this.outputDir),
      mode: "edits",
      keepIndexerRunning: true,
      priority: "background",
    });
    this.searchRecord = record;
    for (const { folder, site, articles } of this.editions) {
      const editionDir = join(this.outputDir, folder);
      const edition = await updateSearchIndex({
        outputDir: resolve(editionDir),
        site,
        articles,
        previous: this.editionRecords.get(folder) ?? loadSearchRecord(editionDir, this.cacheDir),
        output: unguardedChange(editionDir),
        mode: "edits",
        keepIndexerRunning: true,
        priority: "background",
      });
      this.editionRecords.set(folder, edition.record);
      indexed.push(...edition.indexed.map((bundle) => `${folder}${bundle}`));
    }
    // Like the record of files: saved at once after indexing whole bundles, and once saves pause
    // after the edits bundle alone (at 100,000 stories the record is a digest per story). A
    // preview killed before then indexes the stories changed since the saved record again.
    this.searchUnsaved = true;
    if (indexed.every((bundle) => bundle.endsWith(EDITS_BUNDLE))) this.saveRecordSoon();
    else this.saveRecord();
    return indexed;
  }
}
