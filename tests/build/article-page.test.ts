import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { before, describe, it } from "node:test";
import { article, build, buildFixture, DEFAULT_SITE_YAML, makeContent, text, type BuiltSite } from "../helpers/site.ts";
import { indexedPages } from "../helpers/search-index.ts";

const FULL = "/2021/07/28/full-article/";

describe("a built article page", () => {
  let site: BuiltSite;
  before(async () => {
    site = await buildFixture("basic");
    assert.ok(site.result.ok, JSON.stringify(site.result.issues));
  });

  it("is published at /YYYY/MM/DD/<slug>/ with one h1", () => {
    const page = site.page(FULL);
    assert.deepEqual(page.querySelectorAll("h1").map(text), ["Kadhimi meets tribal leaders in Anbar"]);
    assert.equal(text(page.querySelector("title")), "Kadhimi meets tribal leaders in Anbar · Fixture Archive");
  });

  it("shows the date in a <time datetime> as a calendar day", () => {
    const time = site.page(FULL).querySelector(".dateline time");
    assert.equal(time?.getAttribute("datetime"), "2021-07-28");
    assert.equal(text(time), "July 28, 2021");
  });

  it("keeps a full ISO time with its offset", () => {
    const time = site.page("/2022/01/15/arabic-story/").querySelector(".dateline time");
    assert.equal(time?.getAttribute("datetime"), "2022-01-15T09:30:00+03:00");
    assert.equal(text(time), "January 15, 2022");
  });

  it("links the source's page and, marked apart, the original story; names the author, and shows the update", () => {
    const page = site.page(FULL);
    const [source, original] = page.querySelectorAll(".dateline a");
    assert.equal(source?.getAttribute("href"), "/sources/afp/");
    assert.equal(text(source), "AFP", "the alias resolves to the registered outlet");
    assert.equal(original?.getAttribute("href"), "https://example.org/original-story");
    assert.equal(original?.getAttribute("rel"), "external noopener");
    assert.equal(text(original), "Original: AFP ↗");
    assert.equal(site.page("/2022/01/15/arabic-story/").querySelector(".dateline .original"), null, "no original link without source_url");
    assert.match(text(page.querySelector(".dateline")), /By Jane Doe/);
    assert.equal(page.querySelector(".updated time")?.getAttribute("datetime"), "2021-07-29T10:00:00+03:00");
  });

  it("shows the image as a responsive picture with its alt text, size, caption and credit", () => {
    const figure = site.page(FULL).querySelector("figure");
    const img = figure?.querySelector("picture img");
    assert.equal(img?.getAttribute("alt"), "Tribal leaders seated in a tent");
    assert.deepEqual([img?.getAttribute("width"), img?.getAttribute("height")], ["640", "360"], "no layout shift");
    assert.equal(img?.getAttribute("fetchpriority"), "high", "the lead photo is not lazy");
    assert.deepEqual(figure?.querySelectorAll("source").map((source) => source.getAttribute("type")), ["image/avif", "image/webp"]);
    const files = [img?.getAttribute("src") ?? "", ...(figure?.querySelectorAll("source, img").flatMap((element) =>
      (element.getAttribute("srcset") ?? "").split(", ").map((candidate) => candidate.split(" ")[0] ?? "")) ?? [])];
    assert.ok(files.length >= 7 && files.every((file) => file.startsWith("/img/") && site.exists(file)), files.join(" "));
    assert.match(img?.getAttribute("src") ?? "", /-640\.jpeg$/);
    assert.equal(text(figure?.querySelector("figcaption")), "Tribal leaders in Ramadi, July 2021. REUTERS");
  });

  it("lazy-loads listing thumbnails with their size", () => {
    const thumb = site.page("/").querySelector(".card picture.thumb img");
    assert.equal(thumb?.getAttribute("loading"), "lazy");
    assert.ok(thumb?.getAttribute("width") && thumb.getAttribute("height"));
  });

  it("renders the body and links people, organizations, places and tags by their canonical names", () => {
    const page = site.page(FULL);
    assert.equal(text(page.querySelector(".article-body strong")), "Anbar");
    const links = page.querySelectorAll(".about a").map((a) => [text(a), a.getAttribute("href")]);
    assert.deepEqual(links, [
      ["Mustafa Al-Kadhimi", "/people/mustafa-al-kadhimi/"],
      ["Daesh", "/organizations/daesh/"],
      ["Iraq", "/places/iraq/"],
      ["Ramadi", "/places/ramadi/"],
      ["security", "/tags/security/"],
    ]);
  });

  it("marks the article body for search and the page with landmarks and a skip link", () => {
    const page = site.page(FULL);
    assert.ok(page.querySelector("article[data-pagefind-body]"));
    assert.ok(page.querySelector("header.site-header"));
    assert.ok(page.querySelector("main#main"));
    assert.ok(page.querySelector("footer.site-footer"));
    assert.equal(page.querySelector("a.skip-link")?.getAttribute("href"), "#main");
    assert.equal(page.querySelector("html")?.getAttribute("lang"), "en");
  });

  it("sets lang and dir from an Arabic article's lang", () => {
    const article = site.page("/2022/01/15/arabic-story/").querySelector("article");
    assert.equal(article?.getAttribute("lang"), "ar");
    assert.equal(article?.getAttribute("dir"), "rtl");
  });

  it("shows front-matter values as text, never as markup", () => {
    const page = site.page("/2021/07/27/script-title/");
    const scripts = page.querySelectorAll("script");
    assert.deepEqual(scripts.map((script) => script.getAttribute("type")), ["application/ld+json", "application/vnd.citationstyles.csl+json", "module"], "only the structured data, the citation and the citation's script");
    for (const data of scripts.slice(0, 2)) assert.doesNotMatch(data.innerHTML, /<\/?script/i);
    assert.match(scripts[2]!.getAttribute("src") ?? "", /^\/assets\/cite\.[0-9a-f]{8}\.js$/);
    assert.equal(page.querySelectorAll("img").length, 0);
    assert.equal(text(page.querySelector("h1")), "<script>alert('title')</script> & friends");
    assert.match(text(page.querySelector(".dateline")), /<b>Source<\/b>.*By <img src=x onerror=alert\(1\)>/);
    assert.equal(page.querySelectorAll("a").filter((a) => /^javascript:/i.test(a.getAttribute("href") ?? "")).length, 0);
    assert.match(text(page.querySelector(".article-body")), /<script>alert\('body'\)<\/script>/);
  });

  it("leaves drafts out of a build", () => {
    assert.equal(site.exists("/2021/07/20/draft-story/"), false);
    const titles = site.page("/").querySelectorAll(".card-title").map(text);
    assert.equal(titles.length, 3, "the home page lists every published story");
    assert.ok(!titles.includes("An unfinished draft"));
    // Nowhere else either: listings, its entity and tag pages, feeds, sitemaps, search.
    for (const file of readdirSync(site.output, { recursive: true, encoding: "utf8" })) {
      if (!/\.(html|xml|json|txt)$/.test(file)) continue;
      assert.doesNotMatch(readFileSync(join(site.output, file), "utf8"), /unfinished draft|draft-story|Draftee|drafting/, file);
    }
    assert.equal(site.exists("/people/draftee-person/"), false);
    assert.deepEqual(indexedPages(site.output), { en: 3 }, "the three published stories are indexed, the draft is not");
  });

  it("renders a site's own typed .11ty.ts page from content/", () => {
    assert.equal(text(site.page("/colophon/").querySelector("main p")), "Set in Fixture Archive.");
  });

  it("renders markdown pages in content/ with the page shell", () => {
    const page = site.page("/about/");
    assert.equal(text(page.querySelector("h1")), "About the fixture");
    assert.ok(page.querySelector("main#main"));
  });
});

describe("the home page", () => {
  let site: BuiltSite;
  before(async () => {
    site = await buildFixture("basic");
  });

  it("lists the latest articles newest first, on one page while they fill less than two", () => {
    // Three stories at two a page: the first address holds what is newer than the last full page (src/paginate.ts).
    const first = site.page("/");
    assert.deepEqual(first.querySelectorAll(".card-title").map(text), [
      "الكاظمي يزور طهران",
      "Kadhimi meets tribal leaders in Anbar",
      "<script>alert('title')</script> & friends",
    ]);
    assert.equal(first.querySelector(".pagination"), null);
    assert.equal(site.exists("/pages/1/"), false);
  });

  it("shows each card's date, source, summary and thumbnail", () => {
    const card = site.page("/").querySelectorAll(".card")[1];
    assert.equal(card?.querySelector("time")?.getAttribute("datetime"), "2021-07-28");
    assert.equal(text(card?.querySelector(".meta a")), "AFP");
    assert.equal(text(card?.querySelector(".summary")), "The prime minister met tribal leaders.");
    assert.equal(card?.querySelector("img")?.getAttribute("alt"), "Tribal leaders seated in a tent");
  });

  it("uses the first paragraph as the summary when there is none", () => {
    const card = site.page("/").querySelectorAll(".card")[0];
    assert.equal(text(card?.querySelector(".summary")), "زار رئيس الوزراء العراقي طهران يوم السبت.");
    assert.equal(card?.getAttribute("dir"), "rtl");
  });
});

describe("regional calendars", () => {
  const story = article(`title: "Story"\ndate: 2021-07-28\nsource: AFP`);

  it("shows the Hijri and Solar Hijri dates beside the Gregorian one when the site asks", async () => {
    const site = await build(makeContent({ "_data/site.yaml": `${DEFAULT_SITE_YAML}calendars: [hijri, solar-hijri]\n`, "articles/2021/07/story.md": story }));
    const dateline = site.page("/2021/07/28/story/").querySelector(".dateline");
    assert.deepEqual(dateline?.querySelectorAll(".regional-date").map(text), ["Dhuʻl-Hijjah 18, 1442 AH", "Mordad 6, 1400 AP"]);
    assert.equal(text(dateline?.querySelector(".regional-dates")), "(Dhuʻl-Hijjah 18, 1442 AH; Mordad 6, 1400 AP)", "in one bracket, not one each");
  });

  it("shows none by default", async () => {
    const site = await build(makeContent({ "articles/2021/07/story.md": story }));
    assert.equal(site.page("/2021/07/28/story/").querySelectorAll(".regional-date").length, 0);
  });

  it("names the setting when a calendar is misspelt", async () => {
    const site = await build(makeContent({ "_data/site.yaml": `${DEFAULT_SITE_YAML}calendars: [hijra]\n`, "articles/2021/07/story.md": story }));
    assert.equal(site.result.ok, false);
    assert.ok(site.result.issues.some((issue) => issue.field === "calendars.0" && /expected hijri or solar-hijri/.test(issue.message)), JSON.stringify(site.result.issues));
  });
});
