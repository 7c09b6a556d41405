// Search finds a story by any name the registry knows for what it mentions, in either
// spelling of Arabic and Persian letters, and merging the index's bundles does not bury
// the best match. Run in Chromium on the sample archive and on small built archives.
import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import type { Browser, Page } from "playwright-core";
import { launchBrowser } from "../../src/dev/browser.ts";
import { sampleArchive } from "../../src/dev/sample-pages.ts";
import { serveSite, type StaticSite } from "../../src/dev/static-server.ts";
import { sampleInBrowser } from "../helpers/served-sample.ts";
import { bundlePeriods } from "../helpers/search-index.ts";
import { article, build, makeContent, ROOT } from "../helpers/site.ts";

/** The result URLs of a search on /search/, every batch loaded. */
async function foundUrls(page: Page, siteUrl: string, query: string): Promise<string[]> {
  await page.goto(`${siteUrl}search/?q=${encodeURIComponent(query)}`);
  await page.locator(".search-status").filter({ hasText: /found/ }).waitFor();
  while (await page.locator(".search-more").isVisible()) {
    const shown = await page.locator(".search-result").count();
    await page.locator(".search-more").click();
    await page.locator(".search-result").nth(shown).waitFor();
  }
  return page.locator(".search-result h2 a").evaluateAll((links) => links.map((link) => new URL((link as HTMLAnchorElement).href).pathname));
}

describe("search by the registry's names, on the sample archive", () => {
  const served = sampleInBrowser();
  const archive = sampleArchive(ROOT);
  const naming = archive.articles.filter((story) => story.organizations.some((entity) => entity.name === "Daesh")).map((story) => story.url);

  it("finds every story naming Daesh by each of its names", async () => {
    assert.equal(naming.length, 4, "the sample has four stories naming Daesh");
    const page = await served.browser.newPage();
    for (const name of ["ISIS", "Islamic State", "ISIL", "Daesh", "داعش"]) {
      const found = await foundUrls(page, served.site.url, name);
      for (const url of naming) assert.ok(found.includes(url), `${name} finds ${url}: ${found.join(" ")}`);
    }
  });

  it("says which entity matched when the story's text does not hold the word", async () => {
    const page = await served.browser.newPage();
    await foundUrls(page, served.site.url, "ISIL");
    const explained = await page.locator(".search-result .matched-names").allTextContents();
    assert.ok(explained.includes("Names Daesh (ISIL)"), explained.join(" / "));
  });

  it("does not ship the alias table to the browser", async () => {
    const page = await served.browser.newPage();
    const bodies: string[] = [];
    page.on("response", (response) => void response.text().then((body) => bodies.push(body), () => undefined));
    await page.goto(`${served.site.url}search/`);
    await page.waitForLoadState("networkidle");
    for (const alias of ["Islamic State", "ISIL", "داعش"]) assert.ok(!bodies.some((body) => body.includes(alias)), `${alias} is not sent before a search`);
  });
});

describe("the sample's Arabic edition", () => {
  const served = sampleInBrowser();
  const archive = sampleArchive(ROOT);
  const hospital = archive.articles.find((story) => story.lang === "ar" && story.html.includes("مستشفى"));

  it("searches its own stories, in Arabic, finding a word in either spelling of its folded letters", async () => {
    assert.ok(hospital, "an Arabic story of the sample names a hospital, مستشفى");
    const page = await served.browser.newPage();
    for (const query of ["مستشفى", "مستشفي", "الحكومة", "الحكومه"]) {
      await page.goto(`${served.site.url}ar/search/?q=${encodeURIComponent(query)}`);
      await page.locator(".search-status").filter({ hasText: /عُثر على/ }).waitFor();
      const found = await page.locator(".search-result h2 a").evaluateAll((links) => links.map((link) => new URL((link as HTMLAnchorElement).href).pathname));
      assert.ok(found.includes(`/ar${hospital.url}`), `${query} finds the story in the Arabic edition: ${found.join(" ")}`);
      assert.ok(found.every((url) => url.startsWith("/ar/")), `only the edition's stories: ${found.join(" ")}`);
    }
  });
});

describe("Arabic and Persian spellings, and ranking across bundles, on a built archive", () => {
  // Each pair: two spellings readers use for the same word; a story is written with each.
  const PAIRS: readonly [string, string, string][] = [
    ["yeh", "علی", "علي"],
    ["alef maksura", "مصطفى", "مصطفي"],
    ["kaf", "کتاب", "كتاب"],
    ["teh marbuta", "مدرسة", "مدرسه"],
    ["alef with hamza", "أمين", "امين"],
    ["alef madda", "آمال", "امال"],
    ["alef wasla", "ٱلنور", "النور"],
    ["waw with hamza", "مؤتمر", "موتمر"],
    ["yeh with hamza", "رئيس", "رييس"],
    ["tatweel", "بغـــداد", "بغداد"],
    ["short vowels", "مُحَمَّد", "محمد"],
    ["Latin accents", "Ṣadr", "Sadr"],
  ];
  const files: Record<string, string> = {
    "_data/sources.yaml": "- name: AFP\n  url: https://www.afp.com\n",
  };
  PAIRS.forEach(([, first, second], i) => {
    for (const [n, word] of [[1, first], [2, second]] as const) {
      files[`articles/2023/0${1 + (i % 9)}/p${i}-${n}.md`] = article(`title: "Story ${i}-${n}"\ndate: 2023-0${1 + (i % 9)}-1${n}\nsource: AFP\nlang: ar`, `كلمة ${word} هنا.`);
    }
  });
  // Ranking: 2021 is a big bundle where "pipeline" is everywhere and one story is about
  // nothing else; 2022 a small bundle where one story names it once. Per-bundle word
  // statistics must not lift the passing mention over the story about it.
  files["articles/2021/05/the-pipeline.md"] = article(`title: "The pipeline"\ndate: 2021-05-01\nsource: AFP`, "The pipeline opened. The pipeline carries oil. The pipeline is long. Pipeline fees rose.");
  for (let i = 0; i < 30; i++) {
    files[`articles/2021/06/other-${i}.md`] = article(`title: "Other story ${i}"\ndate: 2021-06-${String(1 + (i % 28)).padStart(2, "0")}\nsource: AFP`, `Talks went on for hours about taxes, ports and roads, and a pipeline was mentioned once among many other matters of state in story ${i}.`);
  }
  files["articles/2022/02/passing-mention.md"] = article(`title: "Elections"\ndate: 2022-02-01\nsource: AFP`, "Voters chose a parliament; a pipeline came up once in a long list of matters discussed by the candidates over weeks of campaigning.");
  // Stand-ins: Pagefind answers a word an index lacks with the longest prefix of it that
  // the index holds, so the 2021 bundle would answer "zanzibar" with its stories about Zan.
  files["articles/2022/04/zanzibar.md"] = article(`title: "Talks in Zanzibar"\ndate: 2022-04-01\nsource: AFP`, "Delegates met in Zanzibar.");
  files["articles/2021/07/zan.md"] = article(`title: "Zan Hassan speaks"\ndate: 2021-07-01\nsource: AFP`, "Zan Hassan said that Zan would return. Zan Hassan left.");
  // A bundle without the word itself but with a longer word starting with it extends it, as one index would.
  files["articles/2022/04/kadhim.md"] = article(`title: "A speech"\ndate: 2022-04-02\nsource: AFP`, "Mustafa Kadhim spoke.");
  files["articles/2021/07/kadhimi.md"] = article(`title: "Another speech"\ndate: 2021-07-02\nsource: AFP`, "Mustafa Kadhimi spoke.");
  for (let i = 0; i < 3; i++) files[`articles/2022/03/election-${i}.md`] = article(`title: "Election ${i}"\ndate: 2022-03-0${i + 1}\nsource: AFP`, "Voters went to the polls across the country.");

  let site: StaticSite;
  let browser: Browser;
  let bundles: string[];
  before(async () => {
    const built = await build(makeContent(files));
    assert.ok(built.result.ok, JSON.stringify(built.result.issues));
    bundles = bundlePeriods(built.output).bundles;
    site = await serveSite(built.output);
    browser = await launchBrowser();
  });
  after(async () => {
    await browser?.close();
    await site?.close();
  });

  for (const [letters, first, second] of PAIRS) {
    it(`finds both spellings of ${letters} (${first} / ${second}) by either`, async () => {
      const i = PAIRS.findIndex(([name]) => name === letters);
      const page = await browser.newPage();
      for (const query of [first, second]) {
        const found = (await foundUrls(page, site.url, query)).filter((url) => url.includes(`/p${i}-`)).sort();
        assert.equal(found.length, 2, `${query} finds both stories: ${found.join(" ")}`);
      }
      await page.close();
    });
  }

  it("ranks the story about a word first, whichever bundle holds it", async () => {
    assert.ok(bundles.includes("2021") && bundles.includes("2022"), `the stories are in separate bundles: ${bundles.join(" ")}`);
    const page = await browser.newPage();
    const found = await foundUrls(page, site.url, "pipeline");
    assert.equal(found.length, 32);
    assert.equal(found[0], "/2021/05/01/the-pipeline/", found.slice(0, 3).join(" "));
    // One search of the merged index answered for both bundles, each result's bundle told
    // by its score (Pagefind's indexWeight), not a search per bundle.
    const atOnce = await page.evaluate(() => performance.getEntriesByName("annals:searched-all-bundles-at-once").length);
    assert.ok(atOnce > 0, "the page searched each bundle alone");
  });

  it("answers a word one bundle holds with the stories holding it, not with another bundle's prefix of it", async () => {
    const page = await browser.newPage();
    assert.deepEqual(await foundUrls(page, site.url, "zanzibar"), ["/2022/04/01/zanzibar/"]);
    const sourceCount = page.locator('[data-facet="source"] .count').first();
    await sourceCount.waitFor();
    assert.equal(await sourceCount.textContent(), "(1)", "the facet counts leave the stand-ins out too");
    assert.deepEqual(await foundUrls(page, site.url, "zanzibar talks"), ["/2022/04/01/zanzibar/"], "each word of a longer query too");
  });

  it("still extends a word to the longer words starting with it in a bundle without the word itself", async () => {
    const page = await browser.newPage();
    assert.deepEqual((await foundUrls(page, site.url, "kadhim")).sort(), ["/2021/07/02/kadhimi/", "/2022/04/02/kadhim/"]);
  });
});
