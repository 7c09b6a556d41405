// Search in real Chromium through npm run serve's static host, on the sample archive built
// under a path prefix and precompressed, as it would go out.
import assert from "node:assert/strict";
import { join } from "node:path";
import { after, before, describe, it } from "node:test";
import type { Browser, Response } from "playwright-core";
import { launchBrowser } from "../../src/dev/browser.ts";
import { imageArticle, sampleArchive } from "../../src/dev/sample-pages.ts";
import { precompressFolder } from "../../src/output/precompress.ts";
import { startStaticHost, type StaticHost } from "../../src/serve/static-host.ts";
import { build, ROOT } from "../helpers/site.ts";

describe("search through npm run serve", () => {
  const story = imageArticle(sampleArchive(ROOT));
  let host: StaticHost;
  let browser: Browser;
  before(async () => {
    const built = await build(join(ROOT, "content"), { pathPrefix: "/archive/" });
    assert.ok(built.result.ok, "the sample archive builds");
    await precompressFolder(built.output);
    host = await startStaticHost({ root: built.output, pathPrefix: "/archive/", port: 0 });
    browser = await launchBrowser();
  });
  after(async () => {
    await browser?.close();
    await host?.close();
  });

  it("finds a story and opens it, every file arriving compressed or as Pagefind packed it", async () => {
    const page = await browser.newPage();
    const responses: Response[] = [];
    page.on("response", (response) => void responses.push(response));
    await page.goto(`${host.url}search/?q=aramco`);
    await page.locator(".search-status").filter({ hasText: /found/ }).waitFor();
    const link = page.locator(`.search-result h2 a[href="/archive${story.url}"]`);
    await link.click();
    await page.waitForURL(`${host.url}${story.url.slice(1)}`);
    assert.equal(await page.locator("h1").textContent(), story.title);

    const failed = responses.filter((response) => response.status() >= 400).map((response) => `${response.status()} ${response.url()}`);
    assert.deepEqual(failed, []);
    const encodings = new Map(await Promise.all(responses.map(async (response) => [new URL(response.url()).pathname, (await response.allHeaders())["content-encoding"]] as const)));
    assert.equal(encodings.get("/archive/search/"), "br", "the precompressed page");
    const script = [...encodings.keys()].find((path) => /^\/archive\/pagefind\/[^/]+\/pagefind\.js$/.test(path));
    assert.ok(script, "a search bundle's pagefind.js was loaded");
    assert.equal(encodings.get(script), "br");
    const packed = [...encodings].filter(([path]) => /\.(pf_meta|pf_index|pf_fragment|pagefind)$/.test(path));
    assert.ok(packed.length >= 3, [...encodings.keys()].join("\n"));
    assert.ok(packed.every(([, encoding]) => encoding === undefined), JSON.stringify(packed));
  });
});
