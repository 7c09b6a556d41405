// `npm run import`: each input to its importer, everything written through one writer,
// and one summary. Exits non-zero only when nothing could be imported.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { extname, join, resolve } from "node:path";
import { displayPath } from "../../display-path.ts";
import { AnnalsError } from "../../errors.ts";
import { readKnownNames, type KnownNames } from "../known-names.ts";
import { existingImports } from "./existing-imports.ts";
import { importFeed, type FeedSummary } from "./feed-import.ts";
import { fetchInput, type FetchLimits } from "./fetch-input.ts";
import { fileInside } from "./file-inside.ts";
import { FOLDER_EXTENSIONS, kindOfFile, KIND_NAMES, type InputKind } from "./input-kind.ts";
import { checkWholeFileSize } from "./input-limits.ts";
import { importPage } from "./page-import.ts";
import { importPasted } from "./pasted-import.ts";
import { consoleOutput, writeImports, type Output, type WriteCounts } from "./write-imports.ts";
import { emptyWxrStats, importWxr } from "./wxr-import.ts";

export interface ImportRequest {
  paths: string[];
  urls: string[];
  contentDir: string;
  source?: string;
  title?: string;
  sourceField?: string;
  uploads?: string;
  /** What `--url` reads at most; the defaults of fetch-input.ts otherwise. */
  fetchLimits?: FetchLimits;
}

interface Input {
  label: string;
  kind: InputKind | undefined;
  path?: string;
  url?: string;
  /** Why this entry cannot be read at all. */
  problem?: string;
}

function inputsOf(path: string): Input[] {
  let stat;
  try {
    stat = statSync(path);
  } catch {
    throw new AnnalsError(`${path}: no such file or folder.`);
  }
  if (!stat.isDirectory()) return [{ label: path, kind: kindOfFile(path), path }];
  // A folder holds one story a file. An entry that is not a readable file (a folder
  // named x.txt, a dangling link) is reported on its own and the rest imported.
  // Hidden files are editors' lock and swap files (`.#story.txt`), not stories.
  return readdirSync(path)
    .filter((name) => !name.startsWith(".") && FOLDER_EXTENSIONS[extname(name).toLowerCase()] !== undefined)
    .sort()
    .map((name): Input => {
      const entry = join(path, name);
      const checked = fileInside(path, entry);
      return checked.ok ? { label: entry, kind: FOLDER_EXTENSIONS[extname(name).toLowerCase()], path: entry } : { label: entry, kind: undefined, problem: `${checked.reason}.` };
    });
}

function plural(count: number, one: string, many = `${one}s`): string {
  return `${count.toLocaleString("en-US")} ${count === 1 ? one : many}`;
}

async function importWordPress(input: Input & { path: string }, request: ImportRequest, known: KnownNames, existing: ReadonlyMap<string, string>, output: Output): Promise<WriteCounts> {
  const stats = emptyWxrStats();
  const size = statSync(input.path).size;
  let nextProgress = 1000;
  const onChunk = (bytes: number) => {
    if (stats.items < nextProgress) return;
    nextProgress += 1000;
    output.err(`  … ${plural(stats.items, "item")} read (${Math.round((100 * bytes) / Math.max(size, 1))}% of ${input.label})`);
  };
  const counts = await writeImports(importWxr(input.path, request.contentDir, known, existing, { ...request }, stats, onChunk), output);
  const others = [...stats.otherTypes].map(([type, count]) => `${type} (${count})`).join(", ");
  output.out(`  ${input.label}: WordPress export of "${stats.site}": ${plural(stats.items, "item")}, ${plural(stats.posts, "post")} to import (${stats.drafts} as drafts), ${stats.trashed} trashed ${stats.trashed === 1 ? "post" : "posts"} skipped${others ? `; not posts, left out: ${others}` : ""}.`);
  const { copied, remote, missing } = stats.images;
  if (copied > 0) output.out(`  ${plural(copied, "image")} copied from ${request.uploads} into ${displayPath(join(request.contentDir, "images"))}.`);
  if (remote > 0) output.out(`  ${plural(remote, "image")} left as web addresses${request.uploads ? " (not under wp-content/uploads)" : ": pass --uploads with a copy of wp-content/uploads to copy them into content/images/"}.`);
  if (missing > 0) output.out(`  ${plural(missing, "image")} not found in ${request.uploads}, left as web addresses (see the notes above).`);
  if (stats.unconfirmedNames > 0) output.out(`  ${plural(stats.unconfirmedNames, "article")} name people, organisations or places not in entities.yaml: they are listed as comments in the front-matter for an editor to confirm.`);
  if (stats.siteSourced > 0) output.out(`  ${plural(stats.siteSourced, "post")} filed under the site's own name "${stats.site}" as source: pass --source, or --source-field with the custom field that holds each post's outlet.`);
  return counts;
}

/** One file to import, local or fetched, as `kind`. */
async function importFile(input: Input, kind: InputKind, path: string, request: ImportRequest, known: KnownNames, existing: ReadonlyMap<string, string>, output: Output): Promise<WriteCounts> {
  if (kind === "wxr") {
    if (request.title) throw new AnnalsError(`--title names one story; ${input.label} is a WordPress export of many.`);
    return importWordPress({ ...input, path }, request, known, existing, output);
  }
  const options = { ...(request.source ? { source: request.source } : {}), ...(request.title ? { title: request.title } : {}) };
  checkWholeFileSize(path, kind, input.label);
  if (kind === "pasted") return writeImports([importPasted(path, request.contentDir, known, options)], output);
  const text = readFileSync(path, "utf8");
  if (kind === "page") return writeImports([importPage(input.label, text, request.contentDir, known, existing, options, input.url)], output);
  const summary: { feed?: FeedSummary } = {};
  const counts = await writeImports(importFeed(input.label, text, request.contentDir, known, existing, options, summary), output);
  if (summary.feed) output.out(`  ${input.label}: ${summary.feed.format} "${summary.feed.title}", ${plural(summary.feed.items, "item")}.`);
  return counts;
}

async function importInput(input: Input, request: ImportRequest, known: KnownNames, existing: ReadonlyMap<string, string>, output: Output): Promise<WriteCounts> {
  if (input.problem || !input.kind) {
    return writeImports([{ kind: "failed", from: input.label, problems: [input.problem ?? `cannot tell what this is: Annals imports pasted stories (.txt), saved web pages (.html), WordPress exports and RSS, Atom or JSON feeds.`] }], output);
  }
  if (!input.url) return importFile(input, input.kind, input.path!, request, known, existing, output);
  const fetched = await fetchInput(input.url, request.fetchLimits);
  try {
    return await importFile(input, fetched.kind, fetched.file, request, known, existing, output);
  } finally {
    fetched.discard();
  }
}

export async function runImport(request: ImportRequest, output: Output = consoleOutput): Promise<number> {
  if (request.paths.length === 0 && request.urls.length === 0) {
    throw new AnnalsError("Name what to import: npm run import -- stories/ --source Reuters, a WordPress export.xml, a feed, a saved page.html, or --url https://...");
  }
  const inputs = [...request.paths.flatMap(inputsOf), ...request.urls.map((url): Input => ({ label: url, kind: "page", url }))];
  if (inputs.length === 0) throw new AnnalsError(`Nothing to import in ${request.paths.join(", ")}: a folder is searched for .txt stories and .html pages.`);
  if (request.title && inputs.length > 1) throw new AnnalsError("--title names one story; import the files one at a time to give each its title.");
  if (request.uploads) {
    const uploads = resolve(request.uploads);
    if (!statSync(uploads, { throwIfNoEntry: false })?.isDirectory()) throw new AnnalsError(`--uploads ${request.uploads}: no such folder; give a copy of wp-content/uploads.`);
  }
  const known = readKnownNames(request.contentDir);
  const existing = existingImports(join(request.contentDir, "articles"));
  const total: WriteCounts = { written: 0, skipped: 0, failed: 0 };
  for (const input of inputs) {
    output.out(`${input.label}${input.kind ? ` (${KIND_NAMES[input.kind]}${input.url ? " or feed" : ""})` : ""}`);
    let counts: WriteCounts;
    try {
      counts = await importInput(input, request, known, existing, output);
    } catch (error) {
      if (!(error instanceof AnnalsError)) throw error;
      output.err(`  not imported: ${error.message}`);
      counts = { written: 0, skipped: 0, failed: 1 };
    }
    total.written += counts.written;
    total.skipped += counts.skipped;
    total.failed += counts.failed;
  }
  const parts = [`Imported ${plural(total.written, "article")}`];
  if (total.skipped > 0) parts.push(`skipped ${total.skipped}`);
  if (total.failed > 0) parts.push(`${total.failed} could not be imported (see above)`);
  output.out(`\n${parts.join("; ")}.`);
  if (total.written > 0) output.out("Next: npm run check, then read each one through.");
  else if (total.failed === 0 && total.skipped > 0) output.out("Nothing new to import.");
  return total.written === 0 && (total.failed > 0 || total.skipped === 0) ? 1 : 0;
}
