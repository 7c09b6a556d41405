// Search in real Chromium against the built sample archive, served on 127.0.0.1.
import assert from "node:assert/strict";
import { join } from "node:path";
import { describe, it } from "node:test";
import type { Page } from "playwright-core";
import { sampleArchive } from "../../src/dev/sample-pages.ts";
import { makeResponsiveImages } from "../../src/images/responsive-images.ts";
import { bytesTransferred, launchBrowser } from "../../src/dev/browser.ts";
import { ROOT } from "../helpers/site.ts";
import { sampleInBrowser, serveSample } from "../helpers/served-sample.ts";

const SAMPLE = join(ROOT, "content");

/** Waits for the search to settle and returns the number it announced. */
async function announcedCount(page: Page): Promise<number> {
  const status = page.locator(".search-status");
  await status.filter({ hasText: /found/ }).waitFor();
  const match = /^([\d,]+) stor/.exec((await status.textContent()) ?? "");
  return match ? Number(match[1]?.replace(/,/g, "")) : 0;
}

async function resultLinks(page: Page): Promise<string[]> {
  return page.locator(".search-result h2 a").evaluateAll((links) => links.map((link) => new URL((link as HTMLAnchorElement).href).pathname));
}

describe("search on the built sample archive", () => {
  const archive = sampleArchive(ROOT);
  const served = sampleInBrowser();
  let page: Page;

  it("finds a story by a word in its body and opens it from the results", async (t) => {
    page = await served.browser.newPage();
    const expected = archive.articles.find((article) => article.title.includes("Aramco"));
    assert.ok(expected, "the sample archive has the Aramco story");
    await page.goto(`${served.site.url}search/?q=aramco`);
    assert.ok((await announcedCount(page)) >= 1);
    assert.ok((await resultLinks(page)).includes(expected.url));
    const result = page.locator(".search-result", { has: page.locator(`a[href="${expected.url}"]`) });
    assert.equal(await result.locator("time").getAttribute("datetime"), expected.date.iso.slice(0, 10));
    assert.match((await result.locator(".meta").textContent()) ?? "", new RegExp(expected.source.name));
    assert.equal(await result.locator("mark").first().textContent().then((word) => word?.toLowerCase()), "aramco");
    const photo = (await makeResponsiveImages([expected], SAMPLE)).get(expected.image?.src ?? "");
    assert.equal(await result.locator("img.thumb").getAttribute("src"), photo?.thumbnail, "the thumbnail is the story's photo, narrowest");
    await result.locator("h2 a").click();
    await page.waitForURL(`${served.site.url}${expected.url.slice(1)}`);
    assert.equal(await page.locator("h1").textContent(), expected.title);
    t.diagnostic(`opened ${expected.url}`);
  });

  it("runs the search typed in any page's header", async () => {
    page = await served.browser.newPage();
    await page.goto(served.site.url);
    await page.getByRole("search", { name: "Site" }).getByLabel("Search the archive").fill("Hezbollah");
    await page.keyboard.press("Enter");
    await page.waitForURL(/\/search\/\?q=Hezbollah$/);
    assert.ok((await announcedCount(page)) >= 1);
  });

  it("narrows the results with a source facet to exactly that source's stories", async () => {
    page = await served.browser.newPage();
    await page.goto(`${served.site.url}search/?q=iraq`);
    const before = await announcedCount(page);
    const facet = page.locator('[data-facet="source"] label').first();
    const [, name, count] = /^\s*(.+?)\s+\((\d+)\)\s*$/.exec((await facet.textContent()) ?? "") ?? [];
    assert.ok(name && count, "the source facet shows a name and a count");
    await facet.locator("input").check();
    await page.waitForURL(new RegExp(`source=${encodeURIComponent(name).replace(/%20/g, "\\+")}`));
    await page.locator(".search-status").filter({ hasText: new RegExp(`^${count} stor`) }).waitFor();
    assert.ok(Number(count) < before, `${count} of ${before}`);
    const sources = await page.locator(".search-result .meta").allTextContents();
    assert.equal(sources.length, Number(count));
    assert.ok(sources.every((meta) => meta.endsWith(`· ${name}`)), sources.join("\n"));
  });

  it("lists a filter's stories without any words, as many as the archive has", async () => {
    page = await served.browser.newPage();
    const reuters = archive.articles.filter((article) => article.source.name === "Reuters");
    await page.goto(`${served.site.url}search/?source=Reuters`);
    assert.equal(await announcedCount(page), reuters.length);
  });

  it("orders by date when newest first is chosen, and by relevance otherwise", async () => {
    page = await served.browser.newPage();
    await page.goto(`${served.site.url}search/?q=iraq`);
    await announcedCount(page);
    await page.getByLabel("Newest first").check();
    await page.waitForURL(/sort=newest/);
    await page.locator(".search-status").filter({ hasText: /found/ }).waitFor();
    while (await page.locator(".search-more").isVisible()) {
      const shown = await page.locator(".search-result").count();
      await page.locator(".search-more").click();
      await page.locator(".search-result").nth(shown).waitFor();
    }
    const dates = await page.locator(".search-result time").evaluateAll((times) => times.map((time) => time.getAttribute("datetime") ?? ""));
    assert.ok(dates.length > 10, "more than one batch of results was loaded");
    assert.deepEqual(dates, [...dates].sort().reverse());
  });

  it("restores a shared search from its URL, and the back button returns to the previous one", async () => {
    page = await served.browser.newPage();
    await page.goto(`${served.site.url}search/?q=sadr&source=AFP`);
    const count = await announcedCount(page);
    assert.ok(count >= 1);
    assert.equal(await page.getByLabel("Words to find").inputValue(), "sadr");
    assert.equal(await page.locator('[data-facet="source"] input[value="AFP"]').isChecked(), true);
    assert.ok((await page.locator(".search-result .meta").allTextContents()).every((meta) => meta.endsWith("· AFP")));
    await page.locator('[data-facet="source"] input[value="AFP"]').uncheck();
    await page.waitForURL(/\?q=sadr$/);
    const wider = await announcedCount(page);
    assert.ok(wider > count);
    await page.goBack();
    await page.waitForURL(/source=AFP/);
    await page.locator(".search-status").filter({ hasText: new RegExp(`^${count} stor`) }).waitFor();
    assert.equal(await page.locator('[data-facet="source"] input[value="AFP"]').isChecked(), true);
  });

  it("finds Arabic and Persian stories by words in their own script", async () => {
    page = await served.browser.newPage();
    for (const [lang, word] of [["ar", "الصدر"], ["fa", "رئیسی"]] as const) {
      const stories = archive.articles.filter((article) => article.lang === lang && article.html.includes(word));
      assert.ok(stories.length > 0, `the sample has a ${lang} story with ${word}`);
      await page.goto(`${served.site.url}search/?q=${encodeURIComponent(word)}`);
      assert.ok((await announcedCount(page)) >= stories.length);
      const links = await resultLinks(page);
      for (const story of stories) assert.ok(links.includes(story.url), `${word} finds ${story.url}`);
      const item = page.locator(".search-result", { has: page.locator(`a[href="${stories[0]?.url}"]`) });
      assert.equal(await item.getAttribute("lang"), lang);
    }
  });

  it("searches within one entity from its page", async () => {
    page = await served.browser.newPage();
    const daesh = archive.entities.find((entity) => entity.name === "Daesh");
    assert.ok(daesh);
    await page.goto(`${served.site.url}${daesh.url.slice(1)}`);
    await page.getByLabel("Search within stories naming Daesh").fill("iraq");
    await page.getByLabel("Search within stories naming Daesh").press("Enter");
    await page.waitForURL(/organization=Daesh/);
    const count = await announcedCount(page);
    const naming = archive.articles.filter((article) => article.organizations.some((entity) => entity.name === "Daesh"));
    assert.ok(count >= 1 && count <= naming.length, `${count} of ${naming.length}`);
    for (const url of await resultLinks(page)) assert.ok(naming.some((article) => article.url === url), url);
  });

  for (const [kind, label, param] of [
    ["source", "Search within stories from Reuters", "source=Reuters"],
    ["tag", "Search within stories tagged us-iraq", "tag=us-iraq"],
  ] as const) {
    it(`searches within one ${kind} from its page`, async () => {
      page = await served.browser.newPage();
      const within = archive.articles.filter((article) => (kind === "source" ? article.source.name === "Reuters" : article.tags.some((tag) => tag.name === "us-iraq")));
      const subjectUrl = kind === "source" ? within[0]!.source.url : within[0]!.tags.find((tag) => tag.name === "us-iraq")!.url;
      await page.goto(`${served.site.url}${subjectUrl.slice(1)}`);
      await page.getByLabel(label).fill("iraq");
      await page.getByLabel(label).press("Enter");
      await page.waitForURL(new RegExp(param));
      const count = await announcedCount(page);
      const matching = archive.articles.filter((article) => /iraq/i.test(`${article.title} ${article.html}`));
      assert.ok(count >= 1 && count <= within.length && count < matching.length, `${count} of ${within.length}, ${matching.length} in all`);
      for (const url of await resultLinks(page)) assert.ok(within.some((article) => article.url === url), url);
    });
  }

  it("works from the keyboard: a facet toggled with Space keeps the focus", async () => {
    page = await served.browser.newPage();
    await page.goto(`${served.site.url}search/?q=iraq`);
    await announcedCount(page);
    const box = page.locator('[data-facet="year"] input').first();
    const year = await box.getAttribute("value");
    await box.focus();
    await page.keyboard.press("Space");
    await page.waitForURL(new RegExp(`year=${year}`));
    await page.locator(".search-status").filter({ hasText: /found/ }).waitFor();
    assert.equal(await page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.value), year);
    assert.equal(await page.locator(".search-status").getAttribute("role"), "status");
  });

  it("transfers little for a first one-word query", async (t) => {
    page = await served.browser.newPage();
    const sizes = await bytesTransferred(page, async () => {
      await page.goto(`${served.site.url}search/?q=oil`);
      await announcedCount(page);
      // The facet counts load after the results; they count too.
      await page.locator('[data-facet="source"]:not([hidden])').waitFor();
    });
    const searchBytes = [...sizes].filter(([url]) => url.includes("/pagefind/")).reduce((sum, [, size]) => sum + size, 0);
    t.diagnostic(`first query for "oil": ${searchBytes} bytes from /pagefind/ in ${[...sizes.keys()].filter((url) => url.includes("/pagefind/")).length} files`);
    assert.ok(searchBytes > 0 && searchBytes < 150_000, `${searchBytes} bytes`);
  });
});

describe("search under a path prefix", () => {
  it("finds and opens a story when the site is served from /archive/", async () => {
    const { site } = await serveSample({ pathPrefix: "/archive/" });
    const browser = await launchBrowser();
    try {
      const page = await browser.newPage();
      await page.goto(site.url);
      await page.getByRole("search", { name: "Site" }).getByLabel("Search the archive").fill("aramco");
      await page.keyboard.press("Enter");
      await page.waitForURL(/\/archive\/search\/\?q=aramco$/);
      assert.ok((await announcedCount(page)) >= 1);
      const links = await resultLinks(page);
      assert.ok(links.every((link) => link.startsWith("/archive/")), links.join(" "));
      await page.locator(".search-result h2 a").first().click();
      await page.waitForURL(/\/archive\/2019\//);
      const stylesheet = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
      assert.notEqual(stylesheet, "rgba(0, 0, 0, 0)", "the stylesheet loads under the prefix");
    } finally {
      await browser.close();
      await site.close();
    }
  });
});
