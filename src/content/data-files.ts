// Reads the YAML data files in content/_data (site settings, sources, entities),
// validating each against its schema so a typo names the file, line and field.
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { deserialize, serialize } from "node:v8";
import { LineCounter, parseDocument, type Node } from "yaml";
import { z } from "zod";
import { displayPath } from "../display-path.ts";
import type { ContentIssue } from "../errors.ts";
import { decodeContentText } from "./content-text.ts";
import { keyTreeOf, unknownKeyWarnings } from "./known-keys.ts";
import { yamlValues } from "./yaml-values.ts";
import { describeYamlError } from "./yaml-errors.ts";
import { lineOfPath, type YamlPath } from "./yaml-lines.ts";
import { checkMessageTable } from "../messages/check-table.ts";
import { SHIPPED_MESSAGES, shippedMessages } from "../messages/index.ts";
import type { MessageTable } from "../messages/table.ts";
import { codeVersion, sha1 } from "../hash.ts";
import { writeWholeFile } from "../whole-file.ts";
import { entitiesSchema, messagesFileSchema, siteSchema, sourcesSchema, type EntityEntry, type SiteFile, type SourceEntry } from "./data-schemas.ts";

export interface DataFiles {
  site: SiteFile;
  /** The interface's text in the site's language and in each edition's. */
  messages: Readonly<Record<string, MessageTable>>;
  sources: SourceEntry[];
  entities: EntityEntry[];
}

function readYaml<S extends z.ZodType>(
  path: string,
  displayPath: string,
  schema: S,
  fallback: unknown,
  issues: ContentIssue[],
  /** Warn about keys the schema does not know, suggesting the nearest one (a file of settings, not a list). */
  warnUnknownKeys = false,
  /** Given, receives the line of a path into the file, for checks after the schema's. */
  where?: { lineOf?: (keys: YamlPath) => number | undefined },
): z.output<S> | undefined {
  const fail = (message: string, field = "", line?: number): undefined => {
    issues.push({ severity: "error", file: displayPath, field, message, ...(line === undefined ? {} : { line }) });
    return undefined;
  };
  let raw: unknown = fallback;
  const lines = new LineCounter();
  let root: Node | null = null;
  if (!existsSync(path) && fallback === undefined) {
    return fail("is missing. Create it with at least `title:`, `description:` and `url:` (see docs/authoring.md, Data files).");
  }
  if (existsSync(path)) {
    let bytes: Buffer;
    try {
      bytes = readFileSync(path);
    } catch (error) {
      // A folder, or a link to nothing, where the file should be.
      return fail(`could not be read (${(error as NodeJS.ErrnoException).code ?? (error as Error).message}). It should be a YAML text file.`);
    }
    const decoded = decodeContentText(displayPath, bytes);
    if (!decoded.ok) return fail(decoded.issue.message);
    issues.push(...decoded.issues);
    const doc = parseDocument(decoded.text, { lineCounter: lines, prettyErrors: true });
    const error = doc.errors[0];
    if (error) return fail(`is not valid YAML: ${describeYamlError(error)}`, "", error.linePos?.[0].line);
    const values = yamlValues(doc, lines, displayPath, "the file");
    if (!values.ok) return fail(values.issue.message, "", values.issue.line);
    issues.push(...values.issues);
    raw = values.value ?? fallback;
    root = doc.contents;
    if (where) where.lineOf = (keys) => lineOfPath(root, keys, lines);
    if (warnUnknownKeys) issues.push(...unknownKeyWarnings(raw, keyTreeOf(schema), { file: displayPath, lineOf: (keys) => lineOfPath(root, keys, lines) }));
  }
  const result = schema.safeParse(raw);
  if (result.success) return result.data;
  for (const issue of result.error.issues) {
    fail(issue.message, issue.path.join("."), lineOfPath(root, issue.path, lines));
  }
  return undefined;
}

/**
 * The editions, checked together: one at `/`, in the site's language, and no two at one
 * path or in one language.
 */
function editionIssues(site: SiteFile, file: string, lineOf: ((keys: YamlPath) => number | undefined) | undefined): ContentIssue[] {
  const issues: ContentIssue[] = [];
  const problem = (keys: YamlPath, message: string) => {
    const line = lineOf?.(keys);
    issues.push({ severity: "error", file, field: keys.join("."), message, ...(line === undefined ? {} : { line }) });
  };
  if (site.editions.length === 0) return issues;
  const main = site.editions.findIndex((edition) => edition.path === "/");
  if (main < 0) problem(["editions"], "has no edition at `/`: the edition in the site's language is at `/`, the others at their folders (`path: /ar/`).");
  else if (site.editions[main]!.lang !== site.language) problem(["editions", main, "lang"], `is "${site.editions[main]!.lang}", but the edition at \`/\` is in the site's language, "${site.language}".`);
  site.editions.forEach((edition, i) => {
    const earlier = site.editions.findIndex((other) => other.path === edition.path || other.lang === edition.lang);
    if (earlier < i) problem(["editions", i], `repeats the ${site.editions[earlier]!.path === edition.path ? `path ${edition.path}` : `language "${edition.lang}"`} of edition ${earlier + 1}: each edition has its own.`);
  });
  return issues;
}

const DATA_FILES = ["site.yaml", "sources.yaml", "entities.yaml"];
/** A site's own interface languages, one file each: `messages/ar.yaml`. */
const MESSAGES_FOLDER = "messages";

/** What one read of the data files gave. */
interface DataRead {
  data: DataFiles | undefined;
  issues: readonly ContentIssue[];
}

/**
 * The last read of each content folder's data files, kept while their size and time hold;
 * `kept`: the cache file it is in, with that file's stamp when this process last wrote or read it.
 */
const lastRead = new Map<string, DataRead & { stamp: string; kept?: { path: string; stamp: string } }>();

function stampOf(paths: readonly string[]): string {
  return paths.map((path) => {
    try {
      const stat = statSync(path);
      return `${stat.mtimeMs}:${stat.size}:${stat.ino}`;
    } catch {
      return "-";
    }
  }).join("|");
}

/** The data files a site may have, as paths inside _data/. */
function dataFileNames(dataDir: string): string[] {
  const messageFiles = existsSync(join(dataDir, MESSAGES_FOLDER)) ? readdirSync(join(dataDir, MESSAGES_FOLDER)).sort().map((name) => join(MESSAGES_FOLDER, name)) : [];
  return [...DATA_FILES, ...messageFiles];
}

/** The file, in the parse cache's folder, that keeps the last read of the data files for the next process. */
const CACHE_FILE = "data-files.bin";

/**
 * Reads and validates the data files, pushing their issues into `issues`. Unchanged files
 * are not parsed again: the preview rebuilds on every save, and a large entities.yaml takes
 * a fifth of a second to parse. The same object comes back, so callers can tell nothing changed.
 * `cacheDir` (a build's or the preview's parse cache): the read is kept there, by the files'
 * bytes, for the next process, which takes it from there instead of parsing the files.
 */
export function readDataFiles(projectRoot: string, contentDir: string, issues: ContentIssue[], cacheDir?: string): DataFiles | undefined {
  const dataDir = join(contentDir, "_data");
  const key = `${projectRoot}\0${dataDir}`;
  const stamp = stampOf(dataFileNames(dataDir).map((name) => join(dataDir, name)));
  let read = lastRead.get(key);
  if (read?.stamp !== stamp) {
    read = { stamp, ...(cacheDir ? readThroughCache(projectRoot, dataDir, join(cacheDir, CACHE_FILE)) : readNow(projectRoot, dataDir)) };
    lastRead.set(key, read);
  } else if (cacheDir) {
    const path = join(cacheDir, CACHE_FILE);
    // Put there again if it is not the file this process left (deleted, or another's since).
    if (read.kept?.path !== path || read.kept.stamp !== stampOf([path])) read.kept = keepRead(read, bytesKey(projectRoot, dataDir), path);
  }
  issues.push(...read.issues);
  return read.data;
}

function readNow(projectRoot: string, dataDir: string): DataRead {
  const issues: ContentIssue[] = [];
  return { data: readDataFilesNow(projectRoot, dataDir, issues), issues };
}

/** What a read of the data files is kept by: their bytes, the code that reads them, and where they are. */
function bytesKey(projectRoot: string, dataDir: string): string {
  const files = dataFileNames(dataDir).flatMap((name) => {
    try {
      return [name, readFileSync(join(dataDir, name))];
    } catch {
      return [name, "-"];
    }
  });
  return sha1(codeVersion(), projectRoot, dataDir, ...files);
}

function keepRead(read: DataRead, key: string, path: string): { path: string; stamp: string } {
  writeWholeFile(path, serialize({ key, data: read.data, issues: read.issues }));
  return { path, stamp: stampOf([path]) };
}

/** The read kept at `path` when it was made from the files as they are; otherwise read now and kept there. */
function readThroughCache(projectRoot: string, dataDir: string, path: string): DataRead & { kept: { path: string; stamp: string } } {
  const key = bytesKey(projectRoot, dataDir);
  try {
    const kept = deserialize(readFileSync(path)) as DataRead & { key: string };
    if (kept.key === key) return { data: kept.data, issues: kept.issues, kept: { path, stamp: stampOf([path]) } };
  } catch {
    // None kept yet, or damaged: read the files.
  }
  const read = readNow(projectRoot, dataDir);
  return { ...read, kept: keepRead(read, key, path) };
}

function readDataFilesNow(projectRoot: string, dataDir: string, issues: ContentIssue[]): DataFiles | undefined {
  const read = <S extends z.ZodType>(name: string, schema: S, fallback: unknown, warnUnknownKeys = false, where?: { lineOf?: (keys: YamlPath) => number | undefined }) =>
    readYaml(join(dataDir, name), displayPath(join(dataDir, name), projectRoot), schema, fallback, issues, warnUnknownKeys, where);
  const siteLines: { lineOf?: (keys: YamlPath) => number | undefined } = {};
  const site = read("site.yaml", siteSchema, undefined, true, siteLines);
  const sources = read("sources.yaml", sourcesSchema, []);
  const entities = read("entities.yaml", entitiesSchema, []);
  if (site) issues.push(...editionIssues(site, displayPath(join(dataDir, "site.yaml"), projectRoot), siteLines.lineOf));
  const languages = site ? [...new Set([site.language, ...site.editions.map((edition) => edition.lang)])] : [];
  const tables = languages.map((language, i) => [language, readMessages(language, siteLines.lineOf?.(i === 0 ? ["language"] : ["editions", site!.editions.findIndex((edition) => edition.lang === language), "lang"]))] as const);
  if (!site || !sources || !entities || tables.some(([, table]) => !table)) return undefined;
  return { site, sources, entities, messages: Object.fromEntries(tables) as Record<string, MessageTable> };

  /** The site's language's table: a site's own file over the one Annals ships, checked whole. */
  function readMessages(language: string, languageLine: number | undefined): MessageTable | undefined {
    const name = join(MESSAGES_FOLDER, `${language}.yaml`);
    const shipped = shippedMessages(language);
    if (!existsSync(join(dataDir, name))) {
      if (shipped) return shipped;
      issues.push({
        severity: "error",
        file: displayPath(join(dataDir, "site.yaml"), projectRoot),
        field: languageLine === siteLines.lineOf?.(["language"]) ? "language" : "editions",
        message: `Annals has no interface text in "${language}" (it ships ${Object.keys(SHIPPED_MESSAGES).join(", ")}). Write content/_data/${name} with every message (see docs/site.md, Interface languages), or choose one of those.`,
        ...(languageLine === undefined ? {} : { line: languageLine }),
      });
      return undefined;
    }
    const lines: { lineOf?: (keys: YamlPath) => number | undefined } = {};
    const own = read(name, messagesFileSchema, undefined, false, lines);
    if (!own) return undefined;
    const checked = checkMessageTable({ ...shipped, ...own }, language, displayPath(join(dataDir, name), projectRoot), (key) => lines.lineOf?.([key]));
    issues.push(...checked.issues);
    return checked.table;
  }
}
