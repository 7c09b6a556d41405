// The crash test's check of an output folder (src/dev/site-check.ts), on small folders
// written by hand: what it takes for whole and consistent, and what it reports.
import assert from "node:assert/strict";
import { join } from "node:path";
import { describe, it } from "node:test";
import { SiteChecker } from "../../src/dev/site-check.ts";
import { tempDir, writeFiles } from "../helpers/site.ts";

const page = (body: string) => `<!doctype html><html lang="en"><head><link rel="alternate" type="application/atom+xml" href="/feed.xml"></head><body>${body}</body></html>\n`;

const WHOLE: Record<string, string> = {
  "index.html": page(`<a href="/a/">A</a> <a href="https://test.example.org/b/">B</a> <a href="https://elsewhere.example.com/x/">away</a> <a href="#top">top</a>`),
  "a/index.html": page(`<a href="../">home</a> <img src="/images/photo.jpg" srcset="/images/photo-400.jpg 400w, /images/photo.jpg 800w" alt="">`),
  "b/index.html": page(`<form action="/search/"></form>`),
  "search/index.html": page(""),
  "404.html": page(`<a href="/">home</a>`),
  "images/photo.jpg": "jpeg",
  "images/photo-400.jpg": "jpeg",
  "feed.xml": `<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><link rel="self" href="https://test.example.org/feed.xml"/><entry><link rel="alternate" href="https://test.example.org/a/"/></entry></feed>\n`,
  "sitemap.xml": `<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><url><loc>https://test.example.org/b/</loc></url></urlset>\n`,
  "robots.txt": "User-agent: *\nAllow: /\n\nSitemap: https://test.example.org/sitemap.xml\n",
  "pagefind/bundles.json": JSON.stringify({ bundles: ["2021.0123456789"], pages: [2] }),
  "pagefind/2021.0123456789/pagefind-entry.json": JSON.stringify({ version: "1.6.0", languages: { en: { hash: "en_1", wasm: "en", page_count: 2 } } }),
  "pagefind/2021.0123456789/pagefind.js": "export {}",
  "pagefind/2021.0123456789/pagefind.en_1.pf_meta": "meta",
  "pagefind/2021.0123456789/wasm.en.pagefind": "wasm",
  "pagefind/2021.0123456789/page-ids.json": JSON.stringify({ "/a/": "en_a", "/b/": "en_b" }),
};

function check(changes: Record<string, string>, publishedBefore?: ReadonlySet<string>) {
  const output = join(tempDir("site-check"), "_site");
  writeFiles(output, { ...WHOLE, ...changes });
  return new SiteChecker({ url: "https://test.example.org", pathPrefix: "/" }).check(output, publishedBefore);
}

describe("checking a built site", () => {
  it("finds a whole site whole, following links, feeds, sitemaps and search results", () => {
    const result = check({});
    assert.deepEqual(result.problems, []);
    assert.equal(result.pages, 5);
    assert.deepEqual([...result.published].sort(), ["/", "/404.html", "/a/", "/b/", "/feed.xml", "/images/photo-400.jpg", "/images/photo.jpg", "/robots.txt", "/search/", "/sitemap.xml"]);
    assert.equal(result.searchBundles, 1);
    assert.equal(result.searchResults, 2);
  });

  it("reports a page cut short, an empty file, XML that is not well-formed and JSON that does not parse", () => {
    const result = check({ "a/index.html": "<!doctype html><html><body><a href", "images/photo.jpg": "", "feed.xml": "<feed><entry>", "pagefind/2021.0123456789/page-ids.json": "{" });
    assert.deepEqual(result.problems.map((problem) => problem.replace(/:.*/s, "")), [
      "a/index.html is cut short",
      "feed.xml is not well-formed XML",
      "images/photo.jpg is empty",
      "pagefind/2021.0123456789/page-ids.json does not parse as JSON",
      "pagefind/2021.0123456789/page-ids.json does not parse",
    ]);
  });

  it("reports a link from a published page, feed or sitemap to a file that is not there", () => {
    const result = check({
      "index.html": page(`<a href="/a/">A</a> <a href="/2021/07/28/not-written/">missing</a>`),
      "sitemap.xml": `<?xml version="1.0"?><urlset><url><loc>https://test.example.org/gone/</loc></url></urlset>`,
    });
    assert.deepEqual(result.problems.sort(), ["/ links to /2021/07/28/not-written/, which is not there", "/sitemap.xml links to /gone/, which is not there"]);
  });

  it("counts apart the links of a new page no published page leads to yet", () => {
    const result = check({ "2030/01/02/new-story/index.html": page(`<a href="/2030/">a year page still to be written</a>`) });
    assert.deepEqual(result.problems, []);
    assert.equal(result.linksAhead, 1);
  });

  it("holds a page published at the last check to its links, linked or not", () => {
    const result = check({ "old/index.html": page(`<a href="/removed/">gone</a>`) }, new Set(["/old/"]));
    assert.deepEqual(result.problems, ["/old/ links to /removed/, which is not there"]);
  });

  it("reports a bundle bundles.json names that is not there, a page count that differs, and a search result that is not a page", () => {
    const missing = check({ "pagefind/bundles.json": JSON.stringify({ bundles: ["2021.0123456789", "2020.9999999999"], pages: [2, 1] }) });
    assert.deepEqual(missing.problems, ["pagefind/2020.9999999999/pagefind-entry.json, named by pagefind/bundles.json, is missing"]);
    const miscounted = check({ "pagefind/bundles.json": JSON.stringify({ bundles: ["2021.0123456789"], pages: [3] }) });
    assert.deepEqual(miscounted.problems, ["pagefind/2021.0123456789 holds 2 pages, but pagefind/bundles.json counts 3"]);
    const nowhere = check({ "pagefind/2021.0123456789/page-ids.json": JSON.stringify({ "/a/": "en_a", "/2021/07/28/deleted/": "en_d" }) });
    assert.deepEqual(nowhere.problems, ["pagefind/2021.0123456789 returns /2021/07/28/deleted/ as a result, which is not a page of the site"]);
  });

  it("leaves alone the files a build was still writing under temporary names", () => {
    const result = check({ "a/index.html.annals-4242.tmp": "", "pagefind/2021.next/fragment/en_1.pf_fragment": "" });
    assert.deepEqual(result.problems, []);
    assert.equal(result.temporary, 2);
  });
});
