// The Pagefind index a build writes, and the markup it is built from.
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { before, describe, it } from "node:test";
import { buildFixture, text, type BuiltSite } from "../helpers/site.ts";

describe("the search index of a build", () => {
  let site: BuiltSite;
  before(async () => {
    site = await buildFixture("browse");
    assert.ok(site.result.ok, JSON.stringify(site.result.issues));
  });

  it("indexes the article pages and nothing else, in one index for every language", () => {
    const entry = JSON.parse(readFileSync(join(site.output, "pagefind/pagefind-entry.json"), "utf8")) as {
      languages: Record<string, { page_count: number }>;
    };
    assert.deepEqual(Object.keys(entry.languages), ["en"]);
    assert.equal(entry.languages.en?.page_count, 6);
  });

  it("files each article under its canonical names, year, source and tags, sorted by date", () => {
    const page = site.page("/2021/01/10/a1/");
    const facets = page.querySelectorAll("[data-pagefind-filter]").map((element) => {
      const filter = element.getAttribute("data-pagefind-filter") ?? "";
      return filter.includes(":") ? filter : `${filter}:${text(element)}`;
    });
    assert.deepEqual(facets.sort(), [
      "organization:Daesh",
      "person:Moqtada Al-Sadr",
      "place:Iraq",
      "place:Mosul",
      "source:AFP",
      "tag:militias",
      "year:2021",
    ]);
    assert.equal(page.querySelector("[data-pagefind-sort]")?.getAttribute("data-pagefind-sort"), "date:20210110T000000Z");
    assert.ok(page.querySelector("article[data-pagefind-body]"), "only the article is the indexed body");
    assert.equal(page.querySelectorAll("[data-pagefind-body]").length, 1);
  });

  it("offers a search box in every page's header and a search within each entity", () => {
    for (const url of ["/", "/2021/01/10/a1/", "/tags/", "/search/"]) {
      const form = site.page(url).querySelector('header form[role="search"]');
      assert.equal(form?.getAttribute("action"), "/search/", url);
      assert.ok(form?.querySelector('label[for="site-search"]'), `${url} labels its search box`);
    }
    const entityForm = site.page("/people/moqtada-al-sadr/").querySelector('main form[role="search"]');
    assert.equal(entityForm?.querySelector('input[type="hidden"]')?.getAttribute("name"), "person");
    assert.equal(entityForm?.querySelector('input[type="hidden"]')?.getAttribute("value"), "Moqtada Al-Sadr");
  });

  it("keeps the search page out of the sitemap and search engines", () => {
    assert.ok(!readFileSync(join(site.output, "sitemap.xml"), "utf8").includes("/search/"));
    assert.equal(site.page("/search/").querySelector('meta[name="robots"]')?.getAttribute("content"), "noindex");
  });
});
