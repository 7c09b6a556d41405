// The route table's own rules: where a URL is written, and sitemaps past the protocol's limit.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { outputFileOf, renderRoute, sitemapRoutes } from "../../src/model/routes.ts";
import { TEST_SETTINGS as SITE } from "../helpers/site.ts";

describe("the route table", () => {
  it("writes a folder URL as its index.html and a file URL as itself", () => {
    assert.equal(outputFileOf("/2021/07/28/x/"), "2021/07/28/x/index.html");
    assert.equal(outputFileOf("/"), "index.html");
    assert.equal(outputFileOf("/people/x/feed.xml"), "people/x/feed.xml");
    assert.equal(outputFileOf("/tags/%D8%AF%D8%A7%D8%B9%D8%B4/"), "tags/داعش/index.html");
  });

  it("keeps one sitemap.xml up to the limit", () => {
    const routes = sitemapRoutes([{ url: "/a/" }, { url: "/b/" }], 2);
    assert.deepEqual(routes.map((route) => [route.kind, route.file]), [["sitemap", "sitemap.xml"]]);
  });

  it("splits a site of several years into a sitemap per year, listed by a sitemap index at sitemap.xml", async () => {
    const entries = [{ url: "/a/", lastmod: "2021-01-01" }, { url: "/b/", lastmod: "2022-05-05" }, { url: "/c/" }];
    const routes = sitemapRoutes(entries, 2);
    assert.deepEqual(routes.map((route) => [route.kind, route.file]), [["sitemap", "sitemap-2021.xml"], ["sitemap", "sitemap-2022.xml"], ["sitemap", "sitemap-pages.xml"], ["sitemapIndex", "sitemap.xml"]]);
    const index = await renderRoute(SITE, routes.at(-1)!);
    assert.match(index, /<sitemapindex /);
    assert.match(index, /<sitemap><loc>https:\/\/test\.example\.org\/sitemap-2022\.xml<\/loc><lastmod>2022-05-05<\/lastmod><\/sitemap>/);
    assert.match(index, /<sitemap><loc>https:\/\/test\.example\.org\/sitemap-pages\.xml<\/loc><\/sitemap>/);
    assert.match(await renderRoute(SITE, routes[2]!), /<loc>https:\/\/test\.example\.org\/c\/<\/loc>/);
  });

  it("splits a year past the protocol's limit in parts, and a new story changes only its year's sitemap and the index", async () => {
    const year = (y: number, n: number) => Array.from({ length: n }, (_, i) => ({ url: `/${y}/${String(i).padStart(3, "0")}/`, lastmod: `${y}-03-01` }));
    const before = sitemapRoutes([...year(2020, 5), ...year(2021, 2)], 3);
    assert.deepEqual(before.map((route) => route.file), ["sitemap-2020-1.xml", "sitemap-2020-2.xml", "sitemap-2021.xml", "sitemap.xml"]);
    const after = sitemapRoutes([...year(2020, 5), ...year(2021, 2), { url: "/2021/new/", lastmod: "2021-04-01" }], 3);
    const changed = after.filter((route) => JSON.stringify(route) !== JSON.stringify(before.find((old) => old.file === route.file))).map((route) => route.file);
    assert.deepEqual(changed, ["sitemap-2021.xml", "sitemap.xml"]);
  });
});
