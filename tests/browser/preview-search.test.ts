// Search in the preview server (`npm start`): a story saved while it runs becomes findable.
import assert from "node:assert/strict";
import { cpSync, rmSync } from "node:fs";
import { join } from "node:path";
import { after, before, describe, it } from "node:test";
import type { Browser } from "playwright-core";
import { launchBrowser } from "../../src/dev/browser.ts";
import { startPreview, waitFor, type Preview } from "../helpers/preview.ts";
import { article, ROOT, tempDir, writeFiles } from "../helpers/site.ts";

describe("search in the preview server", () => {
  let preview: Preview;
  let browser: Browser;
  let content: string;

  before(async () => {
    const dir = tempDir("preview");
    content = join(dir, "content");
    cpSync(join(ROOT, "tests/fixtures/browse/content"), content, { recursive: true });
    preview = await startPreview(content, join(dir, "_site"));
    browser = await launchBrowser();
  });
  after(async () => {
    await browser?.close();
    await preview?.stop();
  });

  it("finds a story written into content/ while the server runs", async () => {
    const page = await browser.newPage();
    const word = "zanzibarite";
    await page.goto(`${preview.url}search/?q=${word}`);
    await page.locator(".search-status").filter({ hasText: "No stories found" }).waitFor();

    writeFiles(content, {
      "articles/2022/06/new-story.md": article(`title: "A story saved during the preview"\ndate: 2022-06-01\nsource: AFP`, `The word ${word} is in it.`),
    });
    const found = await waitFor(
      "the new story in search results",
      async () => {
        await page.goto(`${preview.url}search/?q=${word}`);
        await page.locator(".search-status").filter({ hasText: /found/ }).waitFor({ timeout: 5_000 });
        const links = await page.locator(".search-result h2 a").allTextContents();
        return links.includes("A story saved during the preview") ? links : undefined;
      },
      60_000,
    ).catch((error: Error) => assert.fail(`${error.message}\n${preview.log()}`));
    assert.deepEqual(found, ["A story saved during the preview"]);
  });

  it("shows drafts in the preview, and finds them", async () => {
    const page = await browser.newPage();
    writeFiles(content, {
      "articles/2022/07/draft-story.md": article(`title: "An unfinished draft"\ndate: 2022-07-01\nsource: AFP\ndraft: true`, "Quillwort appears here."),
    });
    await waitFor("the draft in search results", async () => {
      await page.goto(`${preview.url}search/?q=quillwort`);
      await page.locator(".search-status").filter({ hasText: /found/ }).waitFor({ timeout: 5_000 });
      return (await page.locator(".search-result").count()) === 1 ? true : undefined;
    }, 60_000);
    await page.locator(".search-result h2 a").click();
    assert.match((await page.locator(".draft-banner").textContent()) ?? "", /Draft/);
  });

  it("stops finding a story once its file is deleted", async () => {
    const page = await browser.newPage();
    const word = "zanzibarite";
    rmSync(join(content, "articles/2022/06/new-story.md"));
    await waitFor("the deleted story to leave search", async () => {
      await page.goto(`${preview.url}search/?q=${word}`);
      const status = page.locator(".search-status");
      await status.filter({ hasText: /found/ }).waitFor({ timeout: 5_000 });
      return /No stories found/.test((await status.textContent()) ?? "") ? true : undefined;
    }, 60_000).catch((error: Error) => assert.fail(`${error.message}\n${preview.log()}`));
  });
});
