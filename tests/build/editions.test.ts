// Editions: a site in English at / and in Arabic at /ar/, each with the stories in its
// language, its interface, its entities' names, feeds, sitemap and search index, linked
// to each other by hreflang alternates and a language switcher; the photos, assets and
// open data published once for both. A site without editions is the rest of the tests.
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { before, describe, it } from "node:test";
import { readDataFiles } from "../../src/content/data-files.ts";
import type { ContentIssue } from "../../src/errors.ts";
import { editionLink } from "../../src/urls.ts";
import { indexedMetadata } from "../helpers/search-index.ts";
import { build, DEFAULT_SITE_YAML, makeContent, ROOT, type BuiltSite } from "../helpers/site.ts";

const EDITIONS = `editions:
  - lang: en
    path: /
  - lang: ar
    path: /ar/
    digits: native
    title: حوليات
`;

const CONTENT = {
  "_data/site.yaml": `${DEFAULT_SITE_YAML}${EDITIONS}`,
  "_data/entities.yaml": `- name: Moqtada Al-Sadr
  type: person
  names: {ar: مقتدى الصدر}
`,
  "articles/2021/07/sadr-boycott.md": `---
title: "الصدر يعلن مقاطعة الانتخابات"
date: 2021-07-15
source: Al Jazeera
lang: ar
entities:
  people: [مقتدى الصدر]
---
أعلن مقتدى الصدر أنه لن يشارك في الانتخابات.
`,
  "articles/2021/07/sadr-english.md": `---
title: "Sadr says he will boycott the election"
date: 2021-07-16
source: Reuters
entities:
  people: [Moqtada Al-Sadr]
---
Moqtada al-Sadr said he would not take part in the election.
`,
};

describe("a site with an Arabic edition", () => {
  let site: BuiltSite;
  before(async () => {
    site = await build(makeContent(CONTENT));
    assert.ok(site.result.ok, JSON.stringify(site.result.issues));
  });

  it("lists each story in the edition of its language only", () => {
    assert.ok(site.exists("/ar/2021/07/15/sadr-boycott/"));
    assert.ok(!site.exists("/2021/07/15/sadr-boycott/"));
    assert.ok(site.exists("/2021/07/16/sadr-english/"));
    assert.ok(!site.exists("/ar/2021/07/16/sadr-english/"));
  });

  it("writes the Arabic edition's pages right to left, in Arabic, with the site's name and digits it asks for", () => {
    const home = site.page("/ar/");
    assert.equal(home.querySelector("html")?.getAttribute("lang"), "ar");
    assert.equal(home.querySelector("html")?.getAttribute("dir"), "rtl");
    assert.equal(home.querySelector(".site-name")?.text, "حوليات");
    assert.equal(home.querySelector("h1")?.text, "آخر الأخبار");
    assert.equal(home.querySelector("time")?.text, "١٥ يوليو ٢٠٢١");
    assert.equal(site.page("/").querySelector("html")?.getAttribute("dir"), "ltr");
  });

  it("names an entity by its name in the edition's language, at the same address", () => {
    const page = site.page("/ar/people/moqtada-al-sadr/");
    assert.equal(page.querySelector("h1")?.text, "مقتدى الصدر");
    assert.match(page.querySelector(".facts")?.text ?? "", /Moqtada Al-Sadr/, "the canonical name is among its other names");
    assert.equal(site.page("/people/moqtada-al-sadr/").querySelector("h1")?.text, "Moqtada Al-Sadr");
  });

  it("links each page to itself in the other edition: hreflang alternates and the language switcher", () => {
    const alternates = site.page("/ar/").querySelectorAll('link[rel="alternate"][hreflang]').map((link) => [link.getAttribute("hreflang"), link.getAttribute("href")]);
    assert.deepEqual(alternates, [["ar", "https://test.example.org/ar/"], ["en", "https://test.example.org/"]]);
    const switcher = site.page("/ar/people/").querySelector(".editions a");
    assert.equal(switcher?.text, "English");
    assert.equal(switcher?.getAttribute("href"), "../../people/");
    assert.equal(site.page("/").querySelector(".editions a")?.getAttribute("href"), "ar/");
    // A story only one edition has leads to the other's home, and has no alternate.
    assert.equal(site.page("/ar/2021/07/15/sadr-boycott/").querySelector(".editions a")?.getAttribute("href"), "../../../../../");
    assert.equal(site.page("/ar/2021/07/15/sadr-boycott/").querySelectorAll('link[hreflang]').length, 0);
  });

  it("gives the edition its own feeds, sitemap and search index, named in robots.txt, and the open data once", () => {
    assert.match(readFileSync(join(site.output, "ar/feed.xml"), "utf8"), /<feed xmlns="http:\/\/www.w3.org\/2005\/Atom" xml:lang="ar">/);
    assert.match(readFileSync(join(site.output, "ar/sitemap.xml"), "utf8"), /<loc>https:\/\/test.example.org\/ar\/sitemap-2021.xml<\/loc>/);
    const sitemap = readFileSync(join(site.output, "ar/sitemap-2021.xml"), "utf8") + readFileSync(join(site.output, "ar/sitemap-pages.xml"), "utf8");
    assert.match(sitemap, /<loc>https:\/\/test.example.org\/ar\/2021\/07\/15\/sadr-boycott\/<\/loc>/);
    assert.doesNotMatch(sitemap, /\/ar\/data\//);
    assert.match(readFileSync(join(site.output, "robots.txt"), "utf8"), /Sitemap: https:\/\/test.example.org\/ar\/sitemap.xml/);
    // Addresses within the edition: the search page opens the index with the edition's folder as its base.
    assert.deepEqual([...indexedMetadata(join(site.output, "ar")).keys()], ["/2021/07/15/sadr-boycott/"]);
    assert.deepEqual([...indexedMetadata(site.output).keys()], ["/2021/07/16/sadr-english/"]);
    assert.ok(site.exists("/data/") && !site.exists("/ar/data/"));
    assert.equal(site.page("/ar/").querySelector('footer a[href$="data/"]')?.getAttribute("href"), "/data/");
  });

  it("shares the stylesheet, and keeps the search page's scripts beside it so that they find the edition's index", () => {
    const search = site.page("/ar/search/");
    assert.match(search.querySelector('link[rel="stylesheet"]')?.getAttribute("href") ?? "", /^\/assets\/annals\.\w+\.css$/);
    const script = search.querySelector("script[src]")?.getAttribute("src") ?? "";
    assert.match(script, /^\/ar\/search\/search\.\w+\.js$/);
    assert.ok(site.exists(script));
  });

  it("adds the path prefix before the edition's folder", async () => {
    const prefixed = await build(makeContent(CONTENT), { pathPrefix: "/archive/" });
    assert.ok(prefixed.result.ok);
    const home = prefixed.page("/ar/");
    assert.equal(home.querySelector(".site-name")?.getAttribute("href"), "/archive/ar/");
    assert.match(home.querySelector('link[rel="stylesheet"]')?.getAttribute("href") ?? "", /^\/archive\/assets\//);
  });
});

describe("editions in site.yaml", () => {
  function issuesOf(editions: string): ContentIssue[] {
    const issues: ContentIssue[] = [];
    readDataFiles(ROOT, makeContent({ "_data/site.yaml": `${DEFAULT_SITE_YAML}${editions}` }), issues);
    return issues;
  }

  it("needs one at / in the site's language, and no two at one path", () => {
    assert.deepEqual(issuesOf("editions:\n  - lang: ar\n    path: /ar/\n").map(({ field, line }) => ({ field, line })), [{ field: "editions", line: 7 }]);
    assert.match(issuesOf("editions:\n  - lang: ar\n    path: /\n")[0]?.message ?? "", /the edition at `\/` is in the site's language, "en"/);
    assert.match(issuesOf("editions:\n  - lang: en\n    path: /\n  - lang: ar\n    path: /\n")[0]?.message ?? "", /repeats the path \/ of edition 1/);
  });

  it("needs a message table for each edition's language", () => {
    const [issue] = issuesOf("editions:\n  - lang: en\n    path: /\n  - lang: de\n    path: /de/\n");
    assert.equal(issue?.field, "editions");
    assert.match(issue?.message ?? "", /no interface text in "de"/);
  });
});

describe("a link from one edition to another", () => {
  it("is relative, so that neither edition's prefix moves it", () => {
    assert.equal(editionLink("/", "/", "/ar/", "/"), "ar/");
    assert.equal(editionLink("/people/x/", "/ar/", "/", "/people/x/"), "../../../people/x/");
    assert.equal(editionLink("/", "/ar/", "/", "/"), "../");
  });
});
