// The pages of the built sample archive that the quality checks (axe, Lighthouse,
// screenshots) look at: one of each kind of page, chosen from the archive itself so
// that renaming a story does not break them.
import assert from "node:assert/strict";
import { join } from "node:path";
import type { Page } from "playwright-core";
import type { Archive } from "../content/archive.ts";
import { loadArchive } from "../content/load-archive.ts";
import { siteAssets } from "../output/assets.ts";
import type { Article } from "../types.ts";
import { urls } from "../urls.ts";

export interface SamplePage {
  /** A short name for messages and file names, e.g. "article-rtl". */
  name: string;
  /** Site-relative, without the leading slash, e.g. "search/?q=iraq". */
  path: string;
  /** Waits until what the page fetches or draws after loading has arrived. */
  ready(page: Page): Promise<void>;
  /** The page asks search engines not to index it (on purpose). */
  noindex?: boolean;
  /**
   * An edition's page of a layout checked in the site's language, with nothing of its own
   * that loads or ranks differently (the edition's home, article and search are): Lighthouse
   * leaves it out, axe and the design test look at it.
   */
  repeatsLayout?: boolean;
}

const loaded = async (page: Page) => {
  await page.waitForLoadState("load");
};

export function sampleArchive(root: string): Archive {
  return loadArchive({ projectRoot: root, contentDir: join(root, "content"), includeDrafts: false, assets: siteAssets().urls });
}

function relative(url: string): string {
  return url.replace(/^\//, "");
}

/** The Aramco story: an English article with a photo. */
export function imageArticle(archive: Archive): Article {
  const article = archive.articles.find((story) => story.title.includes("Aramco") && story.image) ?? archive.articles.find((story) => story.image);
  assert.ok(article, "the sample archive has an article with an image");
  return article;
}

/** The newest Arabic article, which is set right to left. */
export function rtlArticle(archive: Archive): Article {
  const article = archive.articles.find((story) => story.lang === "ar" && story.dir === "rtl");
  assert.ok(article, "the sample archive has an Arabic article");
  return article;
}

export function samplePages(archive: Archive): SamplePage[] {
  const daesh = archive.entities.find((entity) => entity.name === "Daesh") ?? archive.entities[0];
  assert.ok(daesh, "the sample archive has an entity page");
  const oldest = archive.articles.at(-1);
  assert.ok(oldest, "the sample archive has articles");
  const year = oldest.date.iso.slice(0, 4);
  return [
    { name: "home", path: "", ready: loaded },
    { name: "article", path: relative(imageArticle(archive).url), ready: loaded },
    { name: "article-rtl", path: relative(rtlArticle(archive).url), ready: loaded },
    { name: "entity", path: relative(daesh.url), ready: loaded },
    {
      name: "search",
      path: "search/?q=iraq",
      noindex: true,
      ready: async (page) => {
        await page.locator(".search-status").filter({ hasText: /found/ }).waitFor();
        await page.locator(".search-result").first().waitFor();
      },
    },
    { name: "archive", path: "archive/", ready: loaded },
    { name: "corrections", path: relative(urls.corrections), ready: loaded },
    { name: `year-${year}`, path: `${year}/`, ready: loaded },
    { name: "open-data", path: relative(urls.openData), ready: loaded },
    ...arabicEditionPages(archive),
  ];
}

/** The Arabic edition's pages of the kinds checked in English that it has too (open data is the site's alone): right to left, in Arabic, with its own search index. */
function arabicEditionPages(archive: Archive): SamplePage[] {
  const edition = archive.site.editions.find((candidate) => candidate.lang === "ar");
  if (!edition) return [];
  const inEdition = (url: string) => `${relative(edition.path)}${relative(url)}`;
  const article = rtlArticle(archive);
  const named = article.people.find((person) => person.names?.ar) ?? article.places[0];
  assert.ok(named, "the sample's Arabic story names an entity");
  const oldestYear = Math.min(...archive.articles.filter((story) => story.lang?.split("-")[0] === edition.lang).map((story) => story.date.year));
  return [
    { name: "ar-home", path: inEdition(urls.home), ready: loaded },
    { name: "ar-article", path: inEdition(article.url), ready: loaded },
    { name: "ar-entity", path: inEdition(named.url), ready: loaded, repeatsLayout: true },
    { name: "ar-archive", path: inEdition(urls.archive), ready: loaded, repeatsLayout: true },
    { name: "ar-corrections", path: inEdition(urls.corrections), ready: loaded, repeatsLayout: true },
    { name: `ar-year-${oldestYear}`, path: inEdition(urls.year(oldestYear)), ready: loaded, repeatsLayout: true },
    {
      name: "ar-search",
      path: `${inEdition(urls.search)}?q=${encodeURIComponent("العراق")}`,
      noindex: true,
      ready: async (page) => {
        await page.locator(".search-status").filter({ hasText: /عُثر على/ }).waitFor();
        await page.locator(".search-result").first().waitFor();
      },
    },
  ];
}
