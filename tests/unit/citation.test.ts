// A story as reference managers read it: the citation_* tags and the CSL-JSON item say
// what the page's NewsArticle JSON-LD says, and the files made from the item parse back.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { Cite } from "@citation-js/core";
import { citationsOf } from "../../layouts/assets/cite/format.js";
import { sampleArchive } from "../../src/dev/sample-pages.ts";
import { citationTags, cslItem } from "../../src/seo/citation.ts";
import { newsArticle } from "../../src/seo/json-ld.ts";
import { ROOT } from "../helpers/site.ts";

const archive = sampleArchive(ROOT);
// The sample's seed story: AFP, 28 July 2021.
const seed = archive.articles.find((article) => article.date.iso === "2021-07-28" && article.source.name === "AFP" && article.title.startsWith("Pro-Iran groups"));
assert.ok(seed, "the sample archive has its seed story");
const item = cslItem(archive.site, seed);

describe("citing a story", () => {
  it("tags the page for reference managers with what its JSON-LD says", () => {
    const tags = new Map(citationTags(archive.site, seed));
    const jsonLd = newsArticle(archive.site, seed) as Record<string, unknown>;
    assert.equal(tags.get("citation_title"), jsonLd["headline"]);
    assert.equal(tags.get("citation_publication_date"), String(jsonLd["datePublished"]).slice(0, 10).replaceAll("-", "/"));
    assert.equal(tags.get("citation_public_url"), jsonLd["url"]);
    assert.equal(tags.get("citation_journal_title"), "AFP");
    assert.equal(tags.get("citation_language"), jsonLd["inLanguage"]);
    assert.equal(tags.has("citation_author"), Boolean(seed.author), "an author only where one is known");
  });

  it("carries the archive's address, the date it archived the story and the original's address", () => {
    assert.equal(item.URL, `${archive.site.url}${seed.url}`);
    assert.equal(item.archive, archive.site.title);
    assert.deepEqual(item["available-date"], { "date-parts": [[2021, 7, 28]] });
    assert.equal(item.note, `Archived by ${archive.site.title} on July 28, 2021`);
    const withOriginal = cslItem(archive.site, { ...seed, sourceUrl: "https://www.afp.com/en/news/1" });
    assert.equal(withOriginal.note, `Archived by ${archive.site.title} on July 28, 2021. Original: https://www.afp.com/en/news/1`);
  });

  for (const format of ["BibTeX", "RIS"]) {
    it(`exports ${format} that Citation.js reads back into the same title, date and outlet`, () => {
      const file = citationsOf(item).files.find((candidate) => candidate.label === format);
      assert.ok(file, format);
      const [back] = new Cite(file.text).data;
      assert.equal(back?.["title"], seed.title);
      // Citation.js reads a newspaper story's RIS date from PY, which holds the year; Y1 holds the whole date.
      const date = (back?.["issued"] as { "date-parts": number[][] })["date-parts"][0];
      if (format === "RIS") {
        assert.deepEqual(date, [2021]);
        assert.match(file.text, /^Y1 {2}- 2021\/7\/28\/\r$/m);
      } else assert.deepEqual(date, [2021, 7, 28]);
      assert.equal(back?.["container-title"], "AFP");
      assert.ok(String(back?.["URL"]).endsWith(seed.url), `${format} keeps the archive's address: ${String(back?.["URL"])}`);
    });
  }

  it("formats the story in APA and Harvard style", () => {
    const { styles } = citationsOf(item);
    assert.deepEqual(styles.map((style) => style.name), ["APA", "Harvard"]);
    const apa = styles[0]!.html.replace(/<[^>]+>/g, "");
    assert.match(apa, /Pro-Iran groups welcome end of US combat mission\. \(2021, July 28\)\. AFP\./);
    assert.match(styles[1]!.html, /AFP<\/i> \(2021\)/);
  });
});
