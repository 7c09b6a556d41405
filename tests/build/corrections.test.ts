// Corrections on a built site: the dated notice on the story, its metadata and feeds
// changed with it, and the /corrections/ page with its own feed.
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { before, describe, it } from "node:test";
import { XMLParser } from "fast-xml-parser";
import { article, build, makeContent, text, type BuiltSite } from "../helpers/site.ts";

const SOURCES = "- name: AFP\n  url: https://www.afp.com\n";
const corrected = article(
  `title: "Parliament votes on the budget"\ndate: 2022-03-01\nsource: AFP\ncorrections:\n  - date: 2022-03-04\n    text: "The vote was on Sunday, not Monday."\n  - date: 2022-03-02\n    text: "The budget is 89 trillion dinars."`,
);
const also = article(`title: "Talks resume"\ndate: 2022-03-03\nsource: AFP\ncorrections:\n  - date: 2022-03-03\n    text: "Talks resumed in Baghdad, not Erbil."`);
const plain = article(`title: "A story never corrected"\ndate: 2022-03-05\nsource: AFP`);

interface AtomEntry {
  title: string;
  updated: string;
  summary: string;
}
const entries = (site: BuiltSite, file: string): AtomEntry[] => {
  const feed = new XMLParser().parse(readFileSync(join(site.output, file), "utf8")) as { feed: { entry: AtomEntry | AtomEntry[] } };
  return [feed.feed.entry].flat();
};

describe("corrections on a built site", () => {
  let site: BuiltSite;
  before(async () => {
    site = await build(makeContent({ "_data/sources.yaml": SOURCES, "articles/2022/03/budget.md": corrected, "articles/2022/03/talks.md": also, "articles/2022/03/plain.md": plain }));
    assert.ok(site.result.ok, JSON.stringify(site.result.issues));
  });

  it("shows each correction, dated and oldest first, above the story", () => {
    const notices = site.page("/2022/03/01/budget/").querySelectorAll("aside.corrections p").map(text);
    assert.deepEqual(notices, ["Correction, March 2, 2022: The budget is 89 trillion dinars.", "Correction, March 4, 2022: The vote was on Sunday, not Monday."]);
    assert.equal(site.page("/2022/03/05/plain/").querySelector("aside.corrections"), null);
  });

  it("dates the story's change by its newest correction, and lists them in its JSON-LD", () => {
    const page = site.page("/2022/03/01/budget/");
    const jsonLd = JSON.parse(page.querySelector('script[type="application/ld+json"]')?.textContent ?? "[]") as Record<string, unknown>[];
    const news = [jsonLd].flat().find((thing) => thing["@type"] === "NewsArticle")!;
    assert.equal(news["dateModified"], "2022-03-04");
    assert.deepEqual(news["correction"], [
      { "@type": "CorrectionComment", text: "The budget is 89 trillion dinars.", datePublished: "2022-03-02" },
      { "@type": "CorrectionComment", text: "The vote was on Sunday, not Monday.", datePublished: "2022-03-04" },
    ]);
    assert.equal(page.querySelector('meta[property="article:modified_time"]')?.getAttribute("content"), "2022-03-04");
  });

  it("updates the story's entry in the site's feed", () => {
    const entry = entries(site, "feed.xml").find((candidate) => candidate.title === "Parliament votes on the budget");
    assert.equal(entry?.updated, "2022-03-04T00:00:00Z");
  });

  it("lists every correction on /corrections/, newest first, with a feed of the corrected stories", () => {
    const items = site.page("/corrections/").querySelectorAll(".corrections-list li").map(text);
    assert.equal(items.length, 3);
    assert.match(items[0]!, /^March 4, 2022: Parliament votes on the budget \(AFP, March 1, 2022\) ?The vote was on Sunday, not Monday\.$/);
    assert.match(items[1]!, /^March 3, 2022: Talks resume \(AFP, March 3, 2022\) ?Talks resumed in Baghdad, not Erbil\.$/);
    assert.match(items[2]!, /^March 2, 2022: Parliament votes on the budget/);
    const feed = entries(site, "corrections/feed.xml");
    assert.deepEqual(feed.map((entry) => entry.title), ["Parliament votes on the budget", "Talks resume"]);
    assert.equal(feed[0]?.summary, "Correction, March 4, 2022: The vote was on Sunday, not Monday.");
    assert.ok(site.page("/").querySelector('footer a[href="/corrections/"]'), "every page links the corrections");
  });
});
