// Builds tiny sites for tests: a fixture folder or files given inline, into a temporary folder.
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync, existsSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { parse, type HTMLElement } from "node-html-parser";
import type { BuildResult } from "../../src/build.ts";
import { siteAssets } from "../../src/output/assets.ts";
import { en } from "../../src/messages/en.ts";
import type { SiteSettings } from "../../src/types.ts";

export const ROOT = resolve(import.meta.dirname, "../..");
// Outside the repository: Eleventy ignores what .gitignore lists.
const TMP = join(tmpdir(), "annals-tests");

export const DEFAULT_SITE_YAML = `title: Test Archive
description: A test archive.
url: https://test.example.org
language: en
pageSize: 2
`;

const created: string[] = [];
// Each test file runs in its own process, so its folders go when it exits.
process.on("exit", () => created.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

/** A fresh folder in the system's temporary folder, removed when the test process ends. */
/** Site settings for tests that render a page or file without loading a content folder. */
export const TEST_SETTINGS: SiteSettings = {
  title: "Test",
  description: "A test.",
  url: "https://test.example.org",
  language: "en",
  digits: "latin",
  messages: en,
  pageSize: 20,
  allowHtmlInMarkdown: false,
  calendars: [],
  navigation: [],
  pathPrefix: "/",
  assets: siteAssets().urls,
  editions: [],
  edition: "/",
};

export function tempDir(prefix: string): string {
  mkdirSync(TMP, { recursive: true });
  const dir = mkdtempSync(join(TMP, `${prefix}-`));
  created.push(dir);
  return dir;
}

export function writeFiles(dir: string, files: Record<string, string | Uint8Array>): void {
  for (const [name, content] of Object.entries(files)) {
    const path = join(dir, name);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, content);
  }
}

/** A content folder with a default site.yaml plus `files` (paths relative to content/). */
export function makeContent(files: Record<string, string | Uint8Array>): string {
  const dir = join(tempDir("site"), "content");
  writeFiles(dir, { "_data/site.yaml": DEFAULT_SITE_YAML, ...files });
  return dir;
}

export interface BuiltSite {
  output: string;
  result: BuildResult;
  /** The parsed page at a site URL such as /2021/07/28/x/. */
  page(url: string): HTMLElement;
  exists(url: string): boolean;
}

export function outputFile(output: string, url: string): string {
  const path = join(output, decodeURIComponent(url));
  return url.endsWith("/") ? join(path, "index.html") : path;
}

export async function build(contentDir: string, options: { pathPrefix?: string } = {}): Promise<BuiltSite> {
  // Loaded by the first build, not with this file: most test files use it for folders and
  // content alone, and loading the build (Eleventy with it) costs each of them a second.
  const { buildSite } = await import("../../src/build.ts");
  const output = join(tempDir("out"), "_site");
  const result = await buildSite({ input: contentDir, output, ...options });
  return {
    output,
    result,
    page: (url) => parse(readFileSync(outputFile(output, url), "utf8")),
    exists: (url) => existsSync(outputFile(output, url)),
  };
}

/** Every sitemap file of a built site, sitemap.xml first, its parts after (sitemap-2021.xml ...). */
export function sitemapFiles(site: BuiltSite): string[] {
  const parts = readdirSync(site.output).filter((name) => /^sitemap-.+\.xml$/.test(name)).sort();
  return ["sitemap.xml", ...parts].map((name) => readFileSync(join(site.output, name), "utf8"));
}

/** Builds a fixture site under tests/fixtures/<name>/content. */
export function buildFixture(name: string): Promise<BuiltSite> {
  return build(join(ROOT, "tests/fixtures", name, "content"));
}

export function article(frontMatter: string, body = "A paragraph of body text."): string {
  return `---\n${frontMatter.trim()}\n---\n${body}\n`;
}

export function text(element: HTMLElement | null | undefined): string {
  return (element?.textContent ?? "").replace(/\s+/g, " ").trim();
}
