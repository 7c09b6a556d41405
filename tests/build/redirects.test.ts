// Old addresses keep working: `redirect_from:` gives a page at each old path and a line
// in `_redirects`, with the path prefix when the site has one.
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, it } from "node:test";
import { article, build, makeContent, sitemapFiles } from "../helpers/site.ts";

const CONTENT = {
  "articles/2021/07/moved-story.md": article(`title: "A story that moved"\ndate: 2021-07-28\nsource: AFP\nredirect_from: [/news/iraq/old-slug/, "/?p=102"]`),
};

describe("redirects from old addresses", () => {
  it("writes a page at each old path and every old address in _redirects", async () => {
    const site = await build(makeContent(CONTENT));
    const old = site.page("/news/iraq/old-slug/");
    assert.equal(old.querySelector('meta[http-equiv="refresh"]')?.getAttribute("content"), "0; url=/2021/07/28/moved-story/");
    assert.equal(old.querySelector("a")?.getAttribute("href"), "/2021/07/28/moved-story/");
    assert.equal(old.querySelector('meta[name="robots"]')?.getAttribute("content"), "noindex");
    const redirects = readFileSync(join(site.output, "_redirects"), "utf8");
    assert.match(redirects, /^\/news\/iraq\/old-slug\/ \/2021\/07\/28\/moved-story\/ 301$/m);
    assert.match(redirects, /^\/ p=102 \/2021\/07\/28\/moved-story\/ 301$/m);
    assert.ok(!sitemapFiles(site).some((sitemap) => sitemap.includes("old-slug")), "old addresses stay out of the sitemaps");
  });

  it("carries the path prefix once, in the page and in _redirects", async () => {
    const site = await build(makeContent(CONTENT), { pathPrefix: "/archive/" });
    const old = site.page("/news/iraq/old-slug/");
    assert.equal(old.querySelector('meta[http-equiv="refresh"]')?.getAttribute("content"), "0; url=/archive/2021/07/28/moved-story/");
    assert.equal(old.querySelector("a")?.getAttribute("href"), "/archive/2021/07/28/moved-story/");
    assert.match(readFileSync(join(site.output, "_redirects"), "utf8"), /^\/archive\/news\/iraq\/old-slug\/ \/archive\/2021\/07\/28\/moved-story\/ 301$/m);
  });

  it("refuses an old address that is one of the site's own pages, naming the file and the field", async () => {
    const site = await build(
      makeContent({
        "about.md": "---\ntitle: About\n---\nAbout the archive.\n",
        "articles/2021/07/moved-story.md": article(`title: "A story that moved"\ndate: 2021-07-28\nsource: AFP\nredirect_from: [/old/, /2021/, /search, /about/]`),
      }),
    );
    assert.equal(site.result.ok, false);
    const messages = site.result.issues.filter((issue) => issue.severity === "error").map((issue) => `${issue.file.split("/").at(-1)} ${issue.field} ${issue.message}`);
    assert.deepEqual(messages, [
      'moved-story.md redirect_from[1] "/2021/" is the address of the site\'s own page /2021/; a redirect there would replace it. Remove it from the list.',
      'moved-story.md redirect_from[2] "/search" is the address of the site\'s own page /search/; a redirect there would replace it. Remove it from the list.',
      'moved-story.md redirect_from[3] "/about/" is the address of the site\'s own page /about/; a redirect there would replace it. Remove it from the list.',
    ]);
  });
});
