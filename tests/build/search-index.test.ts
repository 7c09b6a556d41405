// The Pagefind index a build writes, and the markup it is built from.
import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { before, describe, it } from "node:test";
import { bundleManifest, indexedPages } from "../helpers/search-index.ts";
import { buildFixture, text, type BuiltSite } from "../helpers/site.ts";

describe("the search index of a build", () => {
  let site: BuiltSite;
  before(async () => {
    site = await buildFixture("browse");
    assert.ok(site.result.ok, JSON.stringify(site.result.issues));
  });

  it("indexes the article pages and nothing else, in bundles of one language listed newest first", () => {
    assert.deepEqual(indexedPages(site.output), { en: 6 });
    // The fixture's stories fall in 2021 and 2022: a bundle a year, at the default cap.
    assert.deepEqual(bundleManifest(site.output).bundles, ["2022", "2021"]);
    const folders = readdirSync(join(site.output, "pagefind")).sort();
    assert.deepEqual(folders, ["2021", "2022", "bundles.json"], "nothing else is left in pagefind/");
    const files = readdirSync(join(site.output, "pagefind/2021"));
    assert.ok(files.includes("pagefind.js") && files.includes("pagefind-worker.js"), files.join(" "));
    assert.ok(!files.some((file) => file.includes("-ui.")), `Pagefind's unused UI bundles are not shipped: ${files.join(" ")}`);
  });

  it("indexes every name the registry knows for the entities an article names, out of the reader's sight", () => {
    const fields = site.page("/2021/01/10/a1/").querySelector("article [hidden][data-pagefind-ignore]");
    assert.ok(fields, "the search-only fields are hidden and not part of the indexed text");
    assert.equal(
      text(fields.querySelector('[data-pagefind-meta="names"]')),
      "Moqtada Al-Sadr = Muqtada al-Sadr = Al-Sadr | Daesh = ISIS = Islamic State",
    );
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
