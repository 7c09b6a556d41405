import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { parse } from "node-html-parser";
import { redirectClashes } from "../../src/content/redirect-clashes.ts";
import { render as renderNotFound } from "../../layouts/not-found.11ty.ts";
import { redirectFileFor, redirectPages, redirectsFile } from "../../src/hosting/redirects.ts";
import { en } from "../../src/messages/en.ts";
import { TEST_SETTINGS } from "../helpers/site.ts";

const SITE = { url: "https://news.example.org", pathPrefix: "/", language: "en", digits: "latin", messages: en } as const;
const STORY = { url: "/2021/07/28/militias-welcome-end/", title: "Militias <welcome> end", redirectFrom: ["/news/iraq/old-slug/", "/?p=102"] };

describe("redirect pages", () => {
  it("writes a page at each old path that can be a file, none for a query string", () => {
    const pages = redirectPages(SITE, [STORY]);
    assert.deepEqual(pages.map((page) => page.path), ["news/iraq/old-slug/index.html"]);
  });

  it("sends readers and search engines to the story: refresh, canonical, noindex, a plain link", () => {
    const [page] = redirectPages({ ...SITE, pathPrefix: "/archive/" }, [STORY]);
    const document = parse(page!.html);
    assert.equal(document.querySelector('meta[http-equiv="refresh"]')?.getAttribute("content"), "0; url=/archive/2021/07/28/militias-welcome-end/");
    assert.equal(document.querySelector('link[rel="canonical"]')?.getAttribute("href"), "https://news.example.org/archive/2021/07/28/militias-welcome-end/");
    assert.equal(document.querySelector('meta[name="robots"]')?.getAttribute("content"), "noindex");
    assert.equal(document.querySelector("a")?.getAttribute("href"), "/archive/2021/07/28/militias-welcome-end/");
    assert.equal(document.querySelector("a")?.text, "Militias <welcome> end", "the title is escaped");
    assert.match(page!.html, /^<!doctype html>/);
  });

  it("names the file a static host serves for each shape of old path", () => {
    assert.equal(redirectFileFor("/news/old"), "news/old/index.html");
    assert.equal(redirectFileFor("/news/old.html"), "news/old.html");
    assert.equal(redirectFileFor("/2021/07/%D8%B9%D8%B1%D8%A7%D9%82/"), "2021/07/عراق/index.html");
    assert.equal(redirectFileFor("/?p=102"), undefined);
  });
});

describe("_redirects", () => {
  it("lists every old address with its target as a 301, queries in Netlify's form, under the path prefix", () => {
    const file = redirectsFile({ ...SITE, pathPrefix: "/archive/" }, [STORY]);
    const lines = file.split("\n").filter((line) => line && !line.startsWith("#"));
    assert.deepEqual(lines.slice(0, 2), [
      "/archive/ p=102 /archive/2021/07/28/militias-welcome-end/ 301",
      "/archive/news/iraq/old-slug/ /archive/2021/07/28/militias-welcome-end/ 301",
    ]);
  });

  it("sends every listing's former pages, numbered from the newest story, to its first address", () => {
    const lines = redirectsFile({ ...SITE, pathPrefix: "/archive/" }, []).split("\n").filter((line) => line && !line.startsWith("#"));
    assert.deepEqual(lines, [
      "/archive/page/* /archive/ 301",
      "/archive/sources/:slug/page/* /archive/sources/:slug/ 301",
      "/archive/tags/:slug/page/* /archive/tags/:slug/ 301",
      "/archive/people/:slug/page/* /archive/people/:slug/ 301",
      "/archive/organizations/:slug/page/* /archive/organizations/:slug/ 301",
      "/archive/places/:slug/page/* /archive/places/:slug/ 301",
      "/archive/:year/:month/page/* /archive/:year/:month/ 301",
    ]);
  });
});

describe("the 404 page at a former listing page", () => {
  /** Runs the 404 page's script at `path` and returns where it sent the reader, if anywhere. */
  const sentFrom = (path: string): string | undefined => {
    const page = renderNotFound({ site: { ...TEST_SETTINGS, pathPrefix: "/archive/" } });
    const script = parse(page).querySelector("script")?.text ?? "";
    let target: string | undefined;
    new Function("location", script)({ pathname: path, replace: (to: string) => (target = to) });
    return target;
  };

  it("sends the reader to the listing's first address, path prefix kept", () => {
    assert.equal(sentFrom("/archive/page/3/"), "/archive/");
    assert.equal(sentFrom("/archive/tags/oil/page/12/"), "/archive/tags/oil/");
    assert.equal(sentFrom("/archive/2021/07/page/2"), "/archive/2021/07/");
  });

  it("leaves every other missing address alone", () => {
    assert.equal(sentFrom("/archive/tags/oil/pages/3/"), undefined);
    assert.equal(sentFrom("/archive/2021/07/28/a-story/"), undefined);
    assert.equal(sentFrom("/archive/page/two/"), undefined);
  });
});

describe("redirect clashes", () => {
  const a = { inputPath: "content/articles/2021/07/a.md", url: "/2021/07/28/a/", redirectFrom: ["/old/a/"] };
  it("reports an old address claimed by two articles, naming both", () => {
    const b = { inputPath: "content/articles/2021/07/b.md", url: "/2021/07/28/b/", redirectFrom: ["/OLD/a"] };
    const [issue, ...rest] = redirectClashes([a, b]);
    assert.equal(rest.length, 0);
    assert.equal(issue?.file, b.inputPath);
    assert.equal(issue?.field, "redirect_from[0]");
    assert.match(issue!.message, /also in redirect_from of content\/articles\/2021\/07\/a\.md/);
  });

  it("reports an old address that is another article's address", () => {
    const b = { inputPath: "content/articles/2021/07/b.md", url: "/2021/07/28/b/", redirectFrom: ["/2021/07/28/a/"] };
    const issues = redirectClashes([a, b]);
    assert.equal(issues.length, 1);
    assert.match(issues[0]!.message, /is the address of content\/articles\/2021\/07\/a\.md/);
  });

  it("has nothing to say about distinct addresses", () => {
    assert.deepEqual(redirectClashes([a, { inputPath: "b.md", url: "/2021/07/28/b/", redirectFrom: ["/old/b/"] }]), []);
  });
});
