import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { articlesOnDisk, parseLayout } from "../../src/bench/search-site.ts";
import { tempDir, writeFiles } from "../helpers/site.ts";

describe("the search benchmark's view of a built site", () => {
  it("finds the article pages by their dated URLs and nothing else", () => {
    const site = tempDir("search-site");
    writeFiles(site, { "2021/07/28/a/index.html": "", "2021/07/page/2/index.html": "", "search/index.html": "", "2020/01/05/b/index.html": "" });
    const found = articlesOnDisk(site).map((article) => `${article.url} ${article.date.year}-${article.date.month}-${article.date.day}`).sort();
    assert.deepEqual(found, ["/2020/01/05/b/ 2020-1-5", "/2021/07/28/a/ 2021-7-28"]);
  });

  it("reads the layouts named on the command line, and says what it expects otherwise", () => {
    assert.deepEqual(parseLayout("period:250", 10), { kind: "period", maxArticles: 250 });
    assert.deepEqual(parseLayout("default", 100_000), { kind: "period", maxArticles: 8000 });
    assert.throws(() => parseLayout("monthly", 10), /"single", "year", "default" or "period:N"/);
  });
});
