import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { before, describe, it } from "node:test";
import { HtmlValidate } from "html-validate";
import { crawlSite, type CrawlReport } from "../helpers/crawl.ts";
import { indexedMetadata } from "../helpers/search-index.ts";
import { build, ROOT, type BuiltSite } from "../helpers/site.ts";

const validator = new HtmlValidate({
  extends: ["html-validate:recommended"],
  // News headlines are routinely longer than 70 characters; the page title carries them whole.
  rules: { "long-title": "off" },
});

describe("the built sample archive", () => {
  let site: BuiltSite;
  let crawl: CrawlReport;
  before(async () => {
    site = await build(join(ROOT, "content"));
    assert.ok(site.result.ok, JSON.stringify(site.result.issues));
    crawl = crawlSite(site.output);
  });

  it("builds without a single error, warning or note, so a newcomer's first build is quiet", () => {
    assert.deepEqual(site.result.issues, []);
  });

  it("gives a search result a story's own photo or none, never a related story's", () => {
    const metadata = indexedMetadata(site.output);
    const kadhimi = [...metadata].filter(([, meta]) => /Kadhimi/.test(meta.title ?? ""));
    assert.ok(kadhimi.length >= 2, "the sample's Kadhimi stories are indexed");
    for (const [url, meta] of metadata) {
      const photo = site.page(url).querySelector("figure.lead-image img");
      if (photo) assert.ok(meta.image, `${url} shows its own photo in results`);
      else assert.equal(meta.image ?? "", "", `${url} has no photo, so its result has none (a related story's: ${meta.image})`);
    }
  });

  it("has no internal link or asset that leads nowhere", () => {
    assert.deepEqual(crawl.broken, []);
  });

  it("reaches every page by links from the home page", () => {
    // A host serves each edition's 404.html at addresses that do not exist; nothing links it.
    const unreached = [...crawl.allPages].filter((url) => !crawl.reached.has(url) && !url.endsWith("/404.html"));
    assert.deepEqual(unreached, []);
    for (const kind of ["/people/", "/organizations/", "/places/", "/entities/", "/sources/", "/tags/", "/archive/"]) {
      assert.ok(crawl.reached.has(kind), `${kind} is reachable`);
    }
  });

  it("is valid HTML on every page (html-validate, recommended rules)", async () => {
    assert.ok(crawl.allPages.size > 50, `expected the sample archive's pages, found ${crawl.allPages.size}`);
    const problems: string[] = [];
    for (const url of crawl.allPages) {
      const file = join(site.output, url.endsWith("/") ? `${url}index.html` : url);
      const report = await validator.validateString(readFileSync(file, "utf8"), url);
      for (const result of report.results) {
        for (const message of result.messages) problems.push(`${url}:${message.line}:${message.column} ${message.ruleId} ${message.message}`);
      }
    }
    assert.deepEqual(problems, []);
  });
});
