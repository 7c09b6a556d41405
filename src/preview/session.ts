// The preview's state between saves: what its output folder holds, which content pages
// Eleventy last rendered, which problems were printed. A rebuild re-reads only changed
// files (the parse cache, or just the files the watcher names), plans the site reusing
// what the last plan grouped when only bodies changed, and writes only the files whose fingerprint
// changed into the preview's own folder, never into the build's `_site/`.
import { statSync } from "node:fs";
import { resolve } from "node:path";
import type { ContentIssue } from "../errors.ts";
import { renderHostedPages, type HostedPageOutput } from "../output/hosted-pages.ts";
import { PlanMemory, planSite } from "../output/plan-site.ts";
import { unguardedChange } from "../output/staging.ts";
import { loadManifest, loadSearchRecord, saveManifest, saveSearchRecord } from "../output/manifest-store.ts";
import { writeOutputs, type OutputManifest, type WriteReport } from "../output/write-site.ts";
import { updateSearchIndex, type SearchRecord } from "../search/update-index.ts";
import type { Article, SiteSettings } from "../types.ts";
import { previewProblems, type PreviewProblems } from "./problems.ts";

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

export class PreviewSession {
  /** What the preview folder holds, kept between server runs so a restart is warm too. */
  private manifest: OutputManifest;
  private hosted: readonly HostedPageOutput[] | undefined;
  private site: SiteSettings | undefined;
  private articles: readonly Article[] = [];
  /** What the search index in the preview folder was written from. */
  private searchRecord: SearchRecord;
  /** What a rebuild reuses of the last one's plan. */
  private readonly planMemory = new PlanMemory();
  /** The preview folder as this session last wrote it (device and inode): while it is the same folder, it holds what the manifest records. */
  private folderWritten: string | undefined;
  /** Problems to show on every page until the next rebuild. */
  problems: PreviewProblems | undefined;

  constructor(
    readonly contentDir: string,
    readonly outputDir: string,
    private readonly projectRoot: string,
  ) {
    this.manifest = loadManifest(outputDir);
    this.searchRecord = loadSearchRecord(outputDir);
  }

  /** Eleventy renders the site's own pages again on the next rebuild (a page or data file changed). */
  contentPagesChanged(): void {
    this.hosted = undefined;
  }

  /**
   * @param changedArticleFiles the article files the watcher saw change in place since the
   *   last rebuild; undefined when anything else may have changed.
   */
  async rebuild(changedArticleFiles?: ReadonlySet<string>): Promise<RebuildResult> {
    const { plan, issues } = await planSite(
      {
        projectRoot: this.projectRoot,
        contentDir: this.contentDir,
        // Drafts show in the preview, and a broken article is left out, not fatal.
        includeDrafts: true,
        keepGoing: true,
        ...(changedArticleFiles ? { changedArticleFiles } : {}),
        hostedPages: async () => (this.hosted ??= await renderHostedPages({ input: this.contentDir })),
      },
      this.planMemory,
    );
    this.problems = previewProblems(issues);
    if (!plan) return { report: { manifest: this.manifest, written: [], removed: [], kept: 0 }, issues };
    this.site = plan.site;
    this.articles = plan.articles;
    const sameFolder = this.folderWritten !== undefined && this.folderWritten === folderIdentity(this.outputDir);
    const report = await writeOutputs(unguardedChange(this.outputDir), plan.outputs, this.manifest, { previousOnDisk: sameFolder });
    this.folderWritten = folderIdentity(this.outputDir);
    this.manifest = report.manifest;
    saveManifest(this.outputDir, report.manifest);
    return { report, issues };
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
    });
    this.searchRecord = record;
    saveSearchRecord(this.outputDir, record);
    return indexed;
  }
}
