// The stylesheet's promises, checked in Chromium on the built sample archive: phones
// without sideways scrolling, the dark theme, clean printing, right-to-left articles,
// visible focus, photos that do not shift the page.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import type { Page } from "playwright-core";
import { imageArticle, rtlArticle, sampleArchive, samplePages } from "../../src/dev/sample-pages.ts";
import { ROOT } from "../helpers/site.ts";
import { sampleInBrowser } from "../helpers/served-sample.ts";

const archive = sampleArchive(ROOT);

describe("the design of the built sample archive", () => {
  const served = sampleInBrowser();

  async function open(path: string, options: { width?: number; colorScheme?: "light" | "dark" } = {}): Promise<Page> {
    const page = await served.browser.newPage({ viewport: { width: options.width ?? 1280, height: 800 }, colorScheme: options.colorScheme ?? "light" });
    await page.goto(`${served.site.url}${path.replace(/^\//, "")}`);
    return page;
  }

  it("fits a 320 px phone without sideways scrolling on every kind of page", async () => {
    for (const sample of samplePages(archive)) {
      const page = await open(sample.path, { width: 320 });
      await sample.ready(page);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      assert.equal(overflow, 0, `/${sample.path} is ${overflow}px too wide at 320px`);
      await page.close();
    }
  });

  it("follows the reader's dark theme", async () => {
    const background = async (scheme: "light" | "dark") => {
      const page = await open("/", { colorScheme: scheme });
      const color = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
      await page.close();
      return color;
    };
    assert.equal(await background("light"), "rgb(253, 252, 249)");
    assert.equal(await background("dark"), "rgb(20, 20, 20)");
  });

  it("prints an article without navigation, and with the address after each outside link", async () => {
    const story = archive.articles.find((article) => article.html.includes('href="http'));
    assert.ok(story, "a sample story links outside the site");
    const page = await open(story.url);
    await page.emulateMedia({ media: "print" });
    for (const selector of [".site-nav", ".site-header .search-form", ".breadcrumbs", ".older-newer", ".related", ".site-footer"]) {
      const display = await page.locator(selector).first().evaluate((element) => getComputedStyle(element).display);
      assert.equal(display, "none", `${selector} is not printed`);
    }
    const after = await page.locator('.article-body a[href^="http"]').first().evaluate((link) => getComputedStyle(link, "::after").content);
    assert.match(after, /\(" attr\(href\) "\)|\(https?:\/\//, "the link's address is printed after it");
  });

  it("lays an Arabic article out right to left, with its headline and paragraphs aligned to the right", async () => {
    const story = rtlArticle(archive);
    const page = await open(story.url);
    const article = page.locator("article.article");
    assert.equal(await article.evaluate((element) => getComputedStyle(element).direction), "rtl");
    const [articleBox, headingBox, paragraphBox] = await Promise.all([
      article.boundingBox(),
      page.locator("article.article h1").boundingBox(),
      page.locator(".article-body p").first().boundingBox(),
    ]);
    assert.ok(articleBox && headingBox && paragraphBox);
    const rightEdge = articleBox.x + articleBox.width;
    assert.ok(Math.abs(headingBox.x + headingBox.width - rightEdge) < 2, "the headline starts at the right edge");
    const lastLine = await page.locator(".article-body p").first().evaluate((p) => {
      const range = document.createRange();
      range.selectNodeContents(p);
      const rects = [...range.getClientRects()];
      return rects[rects.length - 1]!.right;
    });
    assert.ok(Math.abs(lastLine - rightEdge) < 2, "the paragraph's lines start at the right edge");
  });

  it("shows where the keyboard focus is", async () => {
    const page = await open("/");
    await page.keyboard.press("Tab");
    const skip = page.locator(".skip-link");
    assert.equal(await skip.evaluate((element) => element === document.activeElement), true, "Tab first reaches the skip link");
    const outline = await skip.evaluate((element) => {
      const style = getComputedStyle(element);
      return `${style.outlineStyle} ${style.outlineWidth} ${style.outlineColor}`;
    });
    const box = await skip.boundingBox();
    // The stylesheet's own focus ring: 3px in the focus colour, whatever the browser's default.
    assert.equal(outline, "solid 3px rgb(242, 183, 5)");
    assert.ok(box && box.y >= 0, "the focused skip link comes into view");
  });

  it("reserves each photo's space before it loads", async () => {
    const page = await open(imageArticle(archive).url);
    const sizes = await page.locator("main img").evaluateAll((images) =>
      images.map((image) => [image.getAttribute("width"), image.getAttribute("height"), image.getAttribute("alt")]),
    );
    assert.ok(sizes.length > 0);
    for (const [width, height, alt] of sizes) assert.ok(width && height && alt !== null, `an image lacks width, height or alt: ${[width, height, alt].join(" ")}`);
  });
});
