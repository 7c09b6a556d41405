import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { before, describe, it } from "node:test";
import { XMLParser, XMLValidator } from "fast-xml-parser";
import { parseAtomFeed, parseJsonFeed } from "feedsmith";
import type { HTMLElement } from "node-html-parser";
import { article, build, buildFixture, makeContent, outputFile, ROOT, sitemapFiles, text, type BuiltSite } from "../helpers/site.ts";
import { join } from "node:path";

const SITE = "https://fixture.example.org";
const FULL = "/2021/07/28/full-article/";

const read = (site: BuiltSite, url: string) => readFileSync(outputFile(site.output, url), "utf8");
const xml = new XMLParser({ ignoreAttributes: false, isArray: (name) => ["url", "entry"].includes(name) });

/** feedsmith gives Atom text constructs as strings or as { value }. */
function plain(value: unknown): string {
  return typeof value === "string" ? value : ((value as { value?: string } | undefined)?.value ?? "");
}

function jsonLd(page: HTMLElement): Record<string, unknown>[] {
  const scripts = page.querySelectorAll('script[type="application/ld+json"]');
  assert.equal(scripts.length, 1, "one JSON-LD block");
  const data: unknown = JSON.parse(scripts[0]!.textContent);
  return (Array.isArray(data) ? data : [data]) as Record<string, unknown>[];
}

function meta(page: HTMLElement, key: string): string | undefined {
  return (page.querySelector(`meta[property="${key}"]`) ?? page.querySelector(`meta[name="${key}"]`))?.getAttribute("content");
}

describe("feeds", () => {
  let site: BuiltSite;
  before(async () => {
    site = await buildFixture("basic");
    assert.ok(site.result.ok);
  });

  it("publishes the site-wide Atom feed with every published article, newest first", () => {
    const feed = parseAtomFeed(read(site, "/feed.xml"));
    assert.equal(plain(feed.title), "Fixture Archive");
    const entries = feed.entries ?? [];
    assert.deepEqual(entries.map((entry) => plain(entry.title)), ["الكاظمي يزور طهران", "Kadhimi meets tribal leaders in Anbar", "<script>alert('title')</script> & friends"]);
    for (const entry of entries) {
      assert.ok(entry.links?.[0]?.href?.startsWith(`${SITE}/`), "absolute link");
      assert.ok(entry.updated && entry.published, "dates");
    }
    const full = entries[1]!;
    assert.match(plain(full.content), /<strong>Anbar<\/strong>/, "full content");
    assert.deepEqual(full.categories?.map((c) => c.term), ["Mustafa Al-Kadhimi", "Daesh", "Iraq", "Ramadi"]);
    assert.equal(plain(full.summary), "The prime minister met tribal leaders.");
    const enclosure = full.links?.find((link) => link.rel === "enclosure");
    // The JPEG made from the photo: feed readers seldom show AVIF or WebP.
    assert.match(enclosure?.href ?? "", new RegExp(`^${SITE}/img/[\\w-]+-640\\.jpeg$`));
    assert.equal(enclosure?.type, "image/jpeg");
  });

  it("publishes the same as a JSON Feed with its required fields", () => {
    const raw = JSON.parse(read(site, "/feed.json")) as { version: string; title: string; items: Record<string, unknown>[] };
    assert.equal(raw.version, "https://jsonfeed.org/version/1.1");
    const feed = parseJsonFeed(raw);
    assert.equal(feed.title, "Fixture Archive");
    assert.equal(feed.items?.length, 3);
    for (const item of raw.items) {
      assert.equal(typeof item.id, "string");
      assert.ok(typeof item.content_html === "string" || typeof item.content_text === "string");
    }
    const full = feed.items![1]!;
    assert.equal(full.url, `${SITE}${FULL}`);
    assert.equal(full.date_published, "2021-07-28T00:00:00Z");
    assert.equal(full.date_modified, "2021-07-29T10:00:00+03:00");
    assert.deepEqual(full.tags, ["Mustafa Al-Kadhimi", "Daesh", "Iraq", "Ramadi"]);
    assert.match(full.attachments?.[0]?.url ?? "", new RegExp(`^${SITE}/img/[\\w-]+-640\\.jpeg$`));
    assert.equal(full.external_url, "https://example.org/original-story");
  });

  it("publishes a feed per entity, source and tag, linked from its page", () => {
    for (const base of ["/people/mustafa-al-kadhimi/", "/sources/afp/", "/tags/security/", "/places/iraq/"]) {
      const feed = parseAtomFeed(read(site, `${base}feed.xml`));
      const entry = (feed.entries ?? []).find((candidate) => plain(candidate.title) === "Kadhimi meets tribal leaders in Anbar");
      assert.ok(entry, base);
      assert.equal(plain(entry.summary), "The prime minister met tribal leaders.");
      assert.equal(entry.content, undefined, "topic feeds carry summaries, the site feed full text");
      assert.ok(JSON.parse(read(site, `${base}feed.json`)).items.length > 0);
      const links = site.page(base).querySelectorAll('link[rel="alternate"]').map((link) => link.getAttribute("href"));
      assert.deepEqual(links, [`${base}feed.xml`, `${base}feed.json`]);
    }
    assert.deepEqual(site.page("/").querySelectorAll('link[rel="alternate"]').map((link) => link.getAttribute("href")), ["/feed.xml", "/feed.json"]);
  });

  it("never puts a draft in a feed", () => {
    for (const url of ["/feed.xml", "/feed.json", "/sources/afp/feed.xml"]) assert.doesNotMatch(read(site, url), /unfinished draft/);
  });
});

describe("sitemaps and robots.txt", () => {
  let site: BuiltSite;
  before(async () => {
    site = await buildFixture("basic");
  });

  it("lists every public page, each of which exists, with lastmod from the article, in a sitemap per year", () => {
    const index = read(site, "/sitemap.xml");
    assert.equal(XMLValidator.validate(index), true);
    const parts = (xml.parse(index).sitemapindex.sitemap as { loc: string }[]).map((entry) => entry.loc.slice(SITE.length));
    assert.deepEqual(parts, ["/sitemap-2021.xml", "/sitemap-2022.xml", "/sitemap-pages.xml"]);
    const urls = parts.flatMap((part) => {
      const body = read(site, part);
      assert.equal(XMLValidator.validate(body), true, part);
      return [xml.parse(body).urlset.url].flat() as { loc: string; lastmod?: string }[];
    });
    const locs = urls.map((entry) => entry.loc);
    for (const loc of locs) assert.ok(site.exists(loc.slice(SITE.length)), `${loc} is built`);
    for (const page of ["/", FULL, "/people/mustafa-al-kadhimi/", "/2021/07/", "/about/"]) assert.ok(locs.includes(`${SITE}${page}`), page);
    assert.ok(read(site, "/sitemap-2021.xml").includes(`${SITE}${FULL}`), "a story is in its year's sitemap");
    assert.ok(!locs.some((loc) => /draft|404/.test(loc)));
    assert.equal(urls.find((entry) => entry.loc === `${SITE}${FULL}`)?.lastmod, "2021-07-29T10:00:00+03:00");
  });

  it("writes an empty but valid news sitemap when nothing is recent", () => {
    const body = read(site, "/news-sitemap.xml");
    assert.equal(XMLValidator.validate(body), true);
    assert.equal(xml.parse(body).urlset.url, undefined);
  });

  it("names both sitemaps in robots.txt", () => {
    assert.match(read(site, "/robots.txt"), new RegExp(`^Sitemap: ${SITE}/sitemap.xml$`, "m"));
    assert.match(read(site, "/robots.txt"), new RegExp(`^Sitemap: ${SITE}/news-sitemap.xml$`, "m"));
  });

  it("lists the last two days' articles in the news sitemap", async () => {
    const today = new Date().toISOString().slice(0, 10);
    const [year, month] = today.split("-");
    const recent = await build(
      makeContent({
        [`articles/${year}/${month}/fresh.md`]: article(`title: "Fresh news"\ndate: ${today}\nsource: AFP`),
        "articles/2020/01/old.md": article(`title: "Old news"\ndate: 2020-01-01\nsource: AFP`),
      }),
    );
    const urls = xml.parse(read(recent, "/news-sitemap.xml")).urlset.url as { loc: string; "news:news": { "news:title": string; "news:publication_date": string } }[];
    assert.equal(urls.length, 1);
    assert.equal(urls[0]!["news:news"]["news:title"], "Fresh news");
    assert.equal(urls[0]!["news:news"]["news:publication_date"], today);
  });
});

describe("page metadata", () => {
  let site: BuiltSite;
  before(async () => {
    site = await buildFixture("basic");
  });

  it("gives an article NewsArticle JSON-LD with its image, credit, source and entities", () => {
    const [news, crumbs] = jsonLd(site.page(FULL));
    assert.equal(news!["@type"], "NewsArticle");
    assert.equal(news!.headline, "Kadhimi meets tribal leaders in Anbar");
    assert.equal(news!.datePublished, "2021-07-28");
    assert.equal(news!.dateModified, "2021-07-29T10:00:00+03:00");
    assert.deepEqual(news!.author, { "@type": "Person", name: "Jane Doe" });
    assert.equal((news!.publisher as { name: string }).name, "Fixture Archive");
    const image = news!.image as Record<string, string>;
    assert.match(image.url ?? "", new RegExp(`^${SITE}/img/[\\w-]+-640\\.jpeg$`));
    assert.deepEqual({ ...image, url: undefined }, {
      "@type": "ImageObject",
      url: undefined,
      caption: "Tribal leaders in Ramadi, July 2021.",
      creditText: "REUTERS",
    });
    assert.equal(news!.isBasedOn, "https://example.org/original-story");
    const mentions = news!.mentions as { "@type": string; name: string }[];
    assert.deepEqual(mentions.map((m) => `${m["@type"]}:${m.name}`), ["Person:Mustafa Al-Kadhimi", "Organization:Daesh", "Place:Iraq", "Place:Ramadi"]);
    assert.equal(crumbs!["@type"], "BreadcrumbList");
  });

  it("keeps a title with </script> inside the JSON-LD as data", () => {
    const [news] = jsonLd(site.page("/2021/07/27/script-title/"));
    assert.equal(news!.headline, "<script>alert('title')</script> & friends");
  });

  it("gives listing pages CollectionPage and BreadcrumbList JSON-LD", () => {
    const [collection, crumbs] = jsonLd(site.page("/people/mustafa-al-kadhimi/"));
    assert.equal(collection!["@type"], "CollectionPage");
    assert.equal(collection!.url, `${SITE}/people/mustafa-al-kadhimi/`);
    const items = (crumbs!.itemListElement as { name: string; item: string }[]).map((item) => item.name);
    assert.deepEqual(items, ["Home", "People", "Mustafa Al-Kadhimi"]);
  });

  it("sets the canonical URL, Open Graph and Twitter card tags", () => {
    const page = site.page(FULL);
    assert.equal(page.querySelector('link[rel="canonical"]')?.getAttribute("href"), `${SITE}${FULL}`);
    assert.equal(meta(page, "og:type"), "article");
    assert.equal(meta(page, "og:title"), "Kadhimi meets tribal leaders in Anbar");
    assert.match(meta(page, "og:image") ?? "", new RegExp(`^${SITE}/img/[\\w-]+-640\\.jpeg$`));
    assert.equal(meta(page, "twitter:card"), "summary_large_image");
    assert.equal(meta(page, "description"), "The prime minister met tribal leaders.");
    assert.equal(meta(site.page("/"), "twitter:card"), "summary");
  });

  it("has a 404 page with a search form that is not indexed", () => {
    const page = site.page("/404.html");
    assert.equal(text(page.querySelector("h1")), "Page not found");
    assert.equal(page.querySelector("form[role=search]")?.getAttribute("action"), "/search/");
    assert.equal(meta(page, "robots"), "noindex");
  });
});

describe("under a path prefix", () => {
  it("puts the prefix in feed, sitemap and canonical URLs", async () => {
    const site = await build(join(ROOT, "tests/fixtures/basic/content"), { pathPrefix: "/archive/" });
    assert.match(read(site, "/feed.xml"), new RegExp(`<id>${SITE}/archive/2021/07/28/full-article/</id>`));
    assert.match(read(site, "/sitemap.xml"), new RegExp(`<loc>${SITE}/archive/sitemap-2021.xml</loc>`));
    assert.ok(sitemapFiles(site).some((sitemap) => sitemap.includes(`<loc>${SITE}/archive/people/mustafa-al-kadhimi/</loc>`)));
    assert.equal(site.page(FULL).querySelector('link[rel="canonical"]')?.getAttribute("href"), `${SITE}/archive${FULL}`);
    assert.match(read(site, "/robots.txt"), new RegExp(`Sitemap: ${SITE}/archive/sitemap.xml`));
  });
});
