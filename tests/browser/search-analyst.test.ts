// Searching as an analyst: a quoted phrase, a word left out, a date range with the facets,
// all kept in the URL; in English and in Arabic, on the built site and in the preview.
import assert from "node:assert/strict";
import { join } from "node:path";
import { after, before, describe, it } from "node:test";
import type { Browser, Page } from "playwright-core";
import { launchBrowser } from "../../src/dev/browser.ts";
import { serveSite } from "../../src/dev/static-server.ts";
import { startPreview, waitFor } from "../helpers/preview.ts";
import { article, build, makeContent, tempDir } from "../helpers/site.ts";

const SOURCES = "- name: AFP\n  url: https://www.afp.com\n- name: Reuters\n  url: https://www.reuters.com\n";
const FILES = {
  "_data/sources.yaml": SOURCES,
  "articles/2021/03/cap.md": article(`title: "The oil price cap"\ndate: 2021-03-10\nsource: AFP`, "Ministers agreed an oil price cap in Baghdad."),
  "articles/2021/06/price.md": article(`title: "Price of crude"\ndate: 2021-06-10\nsource: Reuters`, "The price of Iraqi oil fell in Basra."),
  "articles/2021/09/erbil.md": article(`title: "Talks in Erbil"\ndate: 2021-09-10\nsource: AFP`, "Oil talks were held in Erbil, not Baghdad."),
  "articles/2022/02/later.md": article(`title: "Oil exports resume"\ndate: 2022-02-10\nsource: AFP`, "Oil exports resumed through Ceyhan."),
  "articles/2021/04/ar-one.md": article(`title: "النفط العراقي"\ndate: 2021-04-10\nsource: AFP\nlang: ar`, "ارتفع سعر النفط في بغداد."),
  "articles/2021/05/ar-two.md": article(`title: "أسعار الخام"\ndate: 2021-05-10\nsource: AFP\nlang: ar`, "النفط الخام في البصرة وسعر الصرف."),
};

/** The addresses a search shows, once it has answered. */
async function found(page: Page, url: string): Promise<string[]> {
  await page.goto(url);
  await page.locator(".search-status").filter({ hasText: /found/ }).waitFor();
  return (await page.locator(".search-result h2 a").evaluateAll((links) => links.map((link) => new URL((link as HTMLAnchorElement).href).pathname))).sort();
}

/** The same cases against any served site: the built one and the preview. */
function analystCases(site: () => { url: string; browser: Browser }) {
  const search = async (query: string) => {
    const page = await site().browser.newPage();
    try {
      return await found(page, `${site().url}search/${query}`);
    } finally {
      await page.close();
    }
  };

  it("matches a quoted phrase as written, and the words apart without quotes", async () => {
    assert.deepEqual(await search(`?q=${encodeURIComponent('"oil price"')}`), ["/2021/03/10/cap/"]);
    assert.ok((await search("?q=oil+price")).includes("/2021/06/10/price/"));
    assert.deepEqual(await search(`?q=${encodeURIComponent('"سعر النفط"')}`), ["/2021/04/10/ar-one/"]);
  });

  it("leaves out the stories containing a word after a minus", async () => {
    assert.deepEqual(await search("?q=oil+-baghdad"), ["/2021/06/10/price/", "/2022/02/10/later/"]);
    assert.deepEqual(await search(`?q=${encodeURIComponent("النفط -بغداد")}`), ["/2021/05/10/ar-two/"]);
  });

  it("narrows to a range of months together with the facets, and keeps it all in the URL", async () => {
    assert.deepEqual(await search("?q=oil&from=2021-03&to=2021-09&source=AFP"), ["/2021/03/10/cap/", "/2021/09/10/erbil/"]);
    assert.deepEqual(await search("?q=oil&from=2021-07"), ["/2021/09/10/erbil/", "/2022/02/10/later/"]);
    const page = await site().browser.newPage();
    await page.goto(`${site().url}search/?q=oil`);
    await page.locator(".search-status").filter({ hasText: /found/ }).waitFor();
    await page.getByLabel("To", { exact: true }).fill("2021-06");
    await page.getByLabel("To", { exact: true }).dispatchEvent("change");
    await page.waitForURL(/to=2021-06/);
    await page.locator(".search-status").filter({ hasText: /to 2021-06/ }).waitFor();
    assert.deepEqual((await page.locator(".search-result h2 a").allTextContents()).sort(), ["Price of crude", "The oil price cap"]);
    await page.reload();
    await page.locator(".search-status").filter({ hasText: /to 2021-06/ }).waitFor();
    assert.equal(await page.getByLabel("To", { exact: true }).inputValue(), "2021-06", "a shared or bookmarked address gives the same search");
    await page.close();
  });
}

describe("searching as an analyst", () => {
  describe("on the built site", () => {
    const state = {} as { url: string; browser: Browser; close(): Promise<void> };
    before(async () => {
      const built = await build(makeContent(FILES));
      assert.ok(built.result.ok, JSON.stringify(built.result.issues));
      const served = await serveSite(built.output);
      state.url = served.url;
      state.close = () => served.close();
      state.browser = await launchBrowser();
    });
    after(async () => {
      await state.browser?.close();
      await state.close?.();
    });
    analystCases(() => state);
  });

  describe("in the preview", () => {
    const state = {} as { url: string; browser: Browser; stop(): Promise<void> };
    before(async () => {
      const dir = tempDir("analyst-preview");
      const preview = await startPreview(makeContent(FILES), join(dir, "_site"));
      state.url = preview.url;
      state.stop = () => preview.stop();
      state.browser = await launchBrowser();
      // Search is ready once the preview has indexed what it wrote.
      await waitFor("search in the preview", async () => ((await preview.log()).includes("Search:") ? true : undefined), 60_000);
    });
    after(async () => {
      await state.browser?.close();
      await state.stop?.();
    });
    analystCases(() => state);
  });
});
