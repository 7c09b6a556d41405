import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { headersFile, IMMUTABLE, REVALIDATE } from "../../src/hosting/headers.ts";

interface ParsedRule {
  path: string;
  cacheControl: string;
}

/** Reads a `_headers` file back: a path line, then indented `Name: value` lines. */
function parseHeaders(text: string): ParsedRule[] {
  const rules: ParsedRule[] = [];
  for (const line of text.split("\n")) {
    if (line.startsWith("#") || line.trim() === "") continue;
    if (!/^\s/.test(line)) rules.push({ path: line, cacheControl: "" });
    else {
      const [, name, value] = /^\s+([\w-]+):\s*(.*)$/.exec(line) ?? [];
      const rule = rules.at(-1);
      assert.ok(rule && name === "Cache-Control" && value, `an indented Cache-Control line under a path, got ${JSON.stringify(line)}`);
      rule.cacheControl = value;
    }
  }
  return rules;
}

const escape = (text: string) => text.replace(/[.+?^${}()|[\]\\]/g, "\\$&");

/** Cloudflare Pages: one greedy splat anywhere in the path. */
function cloudflareMatches(rule: string, path: string): boolean {
  return new RegExp(`^${rule.split("*").map(escape).join(".*")}$`).test(path);
}

/** Netlify, as its CLI reproduces it: a lone `*` segment matches the rest, a `*` inside a segment matches anything. */
function netlifyMatches(rule: string, path: string): boolean {
  const parts = rule.split("/").filter(Boolean);
  if (parts.length === 0) return path === "/";
  let pattern = "^";
  for (const part of parts) {
    if (part === "*") pattern = `${pattern.replace(/\/\?$/, "")}(?:|/|/.*)`;
    else if (part.includes("*")) pattern += `/${part.split("*").map(escape).join(".*")}`;
    else pattern += `/${escape(part)}/?`;
  }
  return new RegExp(`${pattern}$`).test(path);
}

function cacheControlFor(rules: readonly ParsedRule[], path: string): string[] {
  const cloudflare = rules.filter((rule) => cloudflareMatches(rule.path, path)).map((rule) => rule.cacheControl);
  const netlify = rules.filter((rule) => netlifyMatches(rule.path, path)).map((rule) => rule.cacheControl);
  assert.deepEqual(netlify, cloudflare, `${path}: Netlify and Cloudflare pick the same rules`);
  return cloudflare;
}

const ASSETS = ["annals.3f9a1c2b.css", "search.0badc0de.js", "annals.css", "favicon.svg", "annals.3f9a1c2.css"];

const EXPECTED: Record<string, string | undefined> = {
  "/assets/annals.3f9a1c2b.css": IMMUTABLE,
  "/assets/search.0badc0de.js": IMMUTABLE,
  // Not fingerprinted: left to the hosts' default, which revalidates.
  "/assets/annals.css": undefined,
  "/assets/annals.3f9a1c2.css": undefined,
  "/assets/favicon.svg": undefined,
  "/img/TCTbHhTmab-1200.avif": IMMUTABLE,
  "/images/taji-handover.jpg": "public, max-age=86400",
  "/pagefind/pagefind.en_5d4f0def9e.pf_meta": IMMUTABLE,
  "/pagefind/fragment/en_6f1b2c3.pf_fragment": IMMUTABLE,
  "/pagefind/index/en_9a8b7c6.pf_index": IMMUTABLE,
  "/pagefind/filter/en_1a2b3c4.pf_filter": IMMUTABLE,
  "/pagefind/news/index/en_9a8b7c6.pf_index": IMMUTABLE,
  "/pagefind/pagefind-entry.json": REVALIDATE,
  "/pagefind/news/pagefind-entry.json": REVALIDATE,
  "/pagefind/pagefind.js": REVALIDATE,
  "/pagefind/wasm.en.pagefind": REVALIDATE,
  "/": REVALIDATE,
  "/404.html": REVALIDATE,
  "/2021/07/28/x/index.html": REVALIDATE,
  "/feed.xml": REVALIDATE,
  "/feed.json": REVALIDATE,
  "/people/moqtada-al-sadr/feed.xml": REVALIDATE,
  "/tags/militias/feed.json": REVALIDATE,
  "/sitemap.xml": REVALIDATE,
  "/news-sitemap.xml": REVALIDATE,
  "/robots.txt": REVALIDATE,
  "/data/index.html": REVALIDATE,
  "/data/datapackage.json": REVALIDATE,
  "/data/stories-2021.jsonl": REVALIDATE,
  "/data/mentions-2021.csv": REVALIDATE,
  "/data/entities.csv": REVALIDATE,
};

describe("headersFile", () => {
  it("keeps content-named files a year and revalidates pages, feeds, sitemaps and the search entry point, one rule per file on both hosts", () => {
    const rules = parseHeaders(headersFile({ pathPrefix: "/" }, ASSETS));
    for (const [path, expected] of Object.entries(EXPECTED)) {
      assert.deepEqual(cacheControlFor(rules, path), expected ? [expected] : [], path);
    }
  });

  it("puts the path prefix before every rule, so paths outside it match nothing", () => {
    const rules = parseHeaders(headersFile({ pathPrefix: "/archive/" }, ASSETS));
    assert.ok(rules.every((rule) => rule.path.startsWith("/archive/")), rules.map((rule) => rule.path).join("\n"));
    assert.deepEqual(cacheControlFor(rules, "/archive/"), [REVALIDATE]);
    assert.deepEqual(cacheControlFor(rules, "/archive/assets/annals.3f9a1c2b.css"), [IMMUTABLE]);
    assert.deepEqual(cacheControlFor(rules, "/archive/pagefind/pagefind-entry.json"), [REVALIDATE]);
    assert.deepEqual(cacheControlFor(rules, "/img/TCTbHhTmab-1200.avif"), []);
  });

  it("writes no catch-all rule, whose header the hosts would mix into every other rule's", () => {
    const rules = parseHeaders(headersFile({ pathPrefix: "/" }));
    assert.ok(!rules.some((rule) => rule.path === "/*"));
  });
});
