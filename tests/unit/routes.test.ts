// The route table's own rules: where a URL is written, and sitemaps past the protocol's limit.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { outputFileOf, renderRoute, sitemapRoutes } from "../../src/model/routes.ts";
import { siteAssets } from "../../src/output/assets.ts";
import type { SiteSettings } from "../../src/types.ts";

const SITE: SiteSettings = {
  title: "Test",
  description: "A test.",
  url: "https://test.example.org",
  language: "en",
  pageSize: 20,
  allowHtmlInMarkdown: false,
  calendars: [],
  navigation: [],
  pathPrefix: "/",
  assets: siteAssets().urls,
};

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

  it("splits a larger site into sitemap-N.xml files listed by a sitemap index at sitemap.xml", async () => {
    const entries = [{ url: "/a/", lastmod: "2021-01-01" }, { url: "/b/", lastmod: "2022-05-05" }, { url: "/c/" }];
    const routes = sitemapRoutes(entries, 2);
    assert.deepEqual(routes.map((route) => [route.kind, route.file]), [["sitemap", "sitemap-1.xml"], ["sitemap", "sitemap-2.xml"], ["sitemapIndex", "sitemap.xml"]]);
    const index = await renderRoute(SITE, routes[2]!);
    assert.match(index, /<sitemapindex /);
    assert.match(index, /<sitemap><loc>https:\/\/test\.example\.org\/sitemap-1\.xml<\/loc><lastmod>2022-05-05<\/lastmod><\/sitemap>/);
    assert.match(index, /<sitemap><loc>https:\/\/test\.example\.org\/sitemap-2\.xml<\/loc><\/sitemap>/);
    assert.match(await renderRoute(SITE, routes[1]!), /<loc>https:\/\/test\.example\.org\/c\/<\/loc>/);
  });
});
