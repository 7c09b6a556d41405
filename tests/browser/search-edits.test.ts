// A change written into the edits bundle (src/search/bundles.ts) is what the search page
// finds: the edited story by its new words and not its old ones, once, and a deleted
// story not at all, while the bundles that held them are left as they were.
import assert from "node:assert/strict";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { after, before, describe, it } from "node:test";
import type { Browser, Page } from "playwright-core";
import { launchBrowser } from "../../src/dev/browser.ts";
import { serveSite, type StaticSite } from "../../src/dev/static-server.ts";
import { articlesOnDisk } from "../../src/bench/search-site.ts";
import { closeSearchIndexer, planSearchBundles, writeSearchBundles } from "../../src/search/bundles.ts";
import { article, build, makeContent } from "../helpers/site.ts";

/** Searches from the search box of a page already open, as a reader does for a second search. */
async function searchAgain(page: Page, query: string): Promise<string[]> {
  // The status still reads as the last search's until this one ends: blanked, it tells them apart.
  await page.locator(".search-status").evaluate((status) => (status.textContent = ""));
  await page.fill('[data-search] input[name="q"]', query);
  await page.press('[data-search] input[name="q"]', "Enter");
  await page.locator(".search-status").filter({ hasText: new RegExp(`found for “${query}”`) }).waitFor();
  return page.locator(".search-result h2 a").evaluateAll((links) => links.map((link) => new URL((link as HTMLAnchorElement).href).pathname));
}

async function found(page: Page, siteUrl: string, query: string): Promise<string[]> {
  await page.goto(`${siteUrl}search/?q=${encodeURIComponent(query)}`);
  await page.locator(".search-status").filter({ hasText: /found/ }).waitFor();
  return page.locator(".search-result h2 a").evaluateAll((links) => links.map((link) => new URL((link as HTMLAnchorElement).href).pathname));
}

describe("search after a change written into the edits bundle", () => {
  let site: StaticSite;
  let browser: Browser;
  let output: string;
  let remaining: ReturnType<typeof articlesOnDisk>;
  before(async () => {
    const built = await build(
      makeContent({
        "_data/sources.yaml": "- name: AFP\n  url: https://www.afp.com\n",
        "articles/2021/03/walrus.md": article(`title: "Harbour news"\ndate: 2021-03-01\nsource: AFP`, "A walrus was seen in the harbour."),
        "articles/2021/04/heron.md": article(`title: "Birds"\ndate: 2021-04-01\nsource: AFP`, "A heron nested by the river."),
        // "Nar" is a prefix of the edit's new word: Pagefind answers "narwhal" in this
        // bundle, which lacks it, with its stories about Nar, weighed as if they held it.
        "articles/2022/05/otter.md": article(`title: "Nar Hassan: river news"\ndate: 2022-05-01\nsource: AFP`, "Nar Hassan said an otter swam past the bridge. Nar Hassan watched."),
        "articles/2022/06/crane.md": article(`title: "Port news"\ndate: 2022-06-01\nsource: AFP`, "A crane flew over the port."),
      }),
    );
    assert.ok(built.result.ok, JSON.stringify(built.result.issues));
    const edited = join(built.output, "2021/03/01/walrus/index.html");
    writeFileSync(edited, readFileSync(edited, "utf8").replaceAll("A walrus was seen", "A narwhal was seen"));
    output = built.output;
    remaining = articlesOnDisk(built.output).filter((story) => !story.url.includes("heron"));
    const written = await writeSearchBundles({
      outputDir: built.output,
      language: "en",
      bundles: planSearchBundles(remaining),
      changed: new Set(),
      changedUrls: new Set(["/2021/03/01/walrus/", "/2021/04/01/heron/"]),
    });
    assert.deepEqual(written.indexed, ["edits"], "only the edits bundle was indexed");
    await closeSearchIndexer();
    site = await serveSite(built.output);
    browser = await launchBrowser();
  });
  after(async () => {
    await browser?.close();
    await site?.close();
  });

  it("finds the edited story by its new words, once, and not by the old ones", async () => {
    const page = await browser.newPage();
    assert.deepEqual(await found(page, site.url, "narwhal"), ["/2021/03/01/walrus/"]);
    assert.deepEqual(await found(page, site.url, "harbour"), ["/2021/03/01/walrus/"], "one result, not the stale copy beside it");
    assert.deepEqual(await found(page, site.url, "walrus"), []);
  });

  it("no longer finds a deleted story, and still finds the untouched ones", async () => {
    const page = await browser.newPage();
    assert.deepEqual(await found(page, site.url, "heron"), []);
    assert.deepEqual(await found(page, site.url, "otter"), ["/2022/05/01/otter/"]);
  });

  it("searches again on the index opened afresh when a file of the one it had open is gone", async () => {
    const page = await browser.newPage();
    assert.deepEqual(await found(page, site.url, "otter"), ["/2022/05/01/otter/"]);
    // As when the preview re-indexes, or the site is published anew, between the page's
    // reading of the manifest and its search: the next file it fetches answers 404 once.
    let refused = 0;
    await page.route("**/pagefind/**/fragment/**", (route) => (refused++ === 0 ? route.fulfill({ status: 404 }) : route.fallback()));
    assert.deepEqual(await searchAgain(page, "harbour"), ["/2021/03/01/walrus/"]);
    assert.equal(refused > 1, true, "the fragment was asked for again");
  });

  // Last: it changes the index the others read.
  it("stops finding a story deleted while the search page is open, on its next search", async () => {
    const page = await browser.newPage();
    assert.deepEqual(await found(page, site.url, "crane"), ["/2022/06/01/crane/"]);
    // Only the manifest changes: the crane's copy in the 2022 bundle is hidden, no file goes.
    remaining = remaining.filter((story) => !story.url.includes("crane"));
    const written = await writeSearchBundles({ outputDir: output, language: "en", bundles: planSearchBundles(remaining), changed: new Set(), changedUrls: new Set(["/2022/06/01/crane/"]) });
    assert.deepEqual(written.indexed, [], "the manifest alone tells the change");
    assert.deepEqual(await searchAgain(page, "crane"), []);
  });
});
