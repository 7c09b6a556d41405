import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { parseArticleDate } from "../../src/dates.ts";
import { changedBundles, defaultBundleLayout, planSearchBundles, type PlannedArticle } from "../../src/search/bundle-plan.ts";
import { pagesGlob, pagesGlobs } from "../../src/search/page-globs.ts";

function story(day: string, slug = day): PlannedArticle {
  const parsed = parseArticleDate(day);
  assert.ok(parsed.ok);
  return { url: `/${day.replace(/-/g, "/")}/${slug}/`, date: parsed.date };
}

/** `count` stories spread over the days of one month. */
function month(yearMonth: string, count: number): PlannedArticle[] {
  return Array.from({ length: count }, (_, i) => story(`${yearMonth}-${String((i % 28) + 1).padStart(2, "0")}`, `s${i}`));
}

const ids = (articles: readonly PlannedArticle[], maxArticles: number) => planSearchBundles(articles, { kind: "period", maxArticles }).map((bundle) => bundle.id);

describe("planning the search bundles", () => {
  it("makes one bundle per year while a year fits, newest first", () => {
    assert.deepEqual(ids([story("2019-03-01"), story("2021-07-28"), story("2020-01-05")], 10), ["2021", "2020", "2019"]);
  });

  it("splits an oversized year into quarters, and an oversized quarter into months", () => {
    const articles = [...month("2021-01", 3), ...month("2021-07", 4), ...month("2021-08", 3), story("2020-05-01")];
    assert.deepEqual(ids(articles, 5), ["2021-08", "2021-07", "2021-q1", "2020"]);
  });

  it("puts every article in exactly one bundle, none over the cap unless a single day is", () => {
    const articles = [...month("2021-07", 40), ...month("2022-02", 7), ...month("2023-11", 2)];
    const bundles = planSearchBundles(articles, { kind: "period", maxArticles: 5 });
    const urls = bundles.flatMap((bundle) => bundle.articleUrls);
    assert.equal(urls.length, articles.length);
    assert.equal(new Set(urls).size, articles.length);
    for (const bundle of bundles) assert.ok(bundle.articleUrls.length <= 5 || /^\d{4}-\d{2}-\d{2}$/.test(bundle.id), bundle.id);
  });

  it("keeps an article's bundle when stories are added in other years", () => {
    const before = [...month("2021-07", 4), ...month("2022-03", 2)];
    const after = [...before, ...month("2023-01", 30), ...month("2020-06", 12), story("2022-12-31", "new-in-2022")];
    const bundleOf = (articles: readonly PlannedArticle[], url: string) =>
      planSearchBundles(articles, { kind: "period", maxArticles: 5 }).find((bundle) => bundle.articleUrls.includes(url))?.id;
    for (const article of month("2021-07", 4)) assert.equal(bundleOf(after, article.url), bundleOf(before, article.url), article.url);
  });

  it("gives the same plan whatever order the articles come in", () => {
    const articles = [...month("2021-07", 9), ...month("2019-02", 3)];
    assert.deepEqual(planSearchBundles([...articles].reverse(), { kind: "period", maxArticles: 4 }), planSearchBundles(articles, { kind: "period", maxArticles: 4 }));
  });

  it("also plans one index for everything, or one a year, and nothing for an empty archive", () => {
    const articles = [...month("2021-07", 9), ...month("2019-02", 3)];
    assert.deepEqual(planSearchBundles(articles, { kind: "single" }).map((bundle) => [bundle.id, bundle.articleUrls.length]), [["all", 12]]);
    assert.deepEqual(planSearchBundles(articles, { kind: "year" }).map((bundle) => bundle.id), ["2021", "2019"]);
    assert.deepEqual(planSearchBundles([]), []);
  });

  it("re-indexes only the bundles whose articles changed, appeared or were edited", () => {
    const before = planSearchBundles([...month("2021-07", 3), ...month("2019-02", 3)]);
    const added = planSearchBundles([...month("2021-07", 4), ...month("2019-02", 3)]);
    assert.deepEqual([...changedBundles(before, added, new Set())], ["2021"]);
    assert.deepEqual([...changedBundles(before, before, new Set(["/2019/02/02/s1/"]))], ["2019"]);
    assert.deepEqual([...changedBundles([], before, new Set())], ["2021", "2019"]);
  });

  it("gives the last plan again for the same stories at the same moments, and plans a moved story anew", () => {
    const layout = { kind: "period", maxArticles: 5 } as const;
    const articles = [...month("2021-07", 8), ...month("2022-02", 3)];
    const first = planSearchBundles(articles, layout);
    // A body or headline saved: new objects, the same addresses and moments.
    const edited = articles.map((article) => ({ ...article }));
    assert.equal(planSearchBundles(edited, layout), first, "the same plan object");
    // An edition's index planned in between (the preview updates the site's, then each edition's).
    planSearchBundles(month("2020-03", 4), layout);
    assert.equal(planSearchBundles(edited.map((article) => ({ ...article })), layout), first, "still the same plan object after an edition's");
    const moved = edited.map((article, i) => (i === 0 ? story("2022-02-27", "moved") : article));
    const replanned = planSearchBundles(moved, layout);
    assert.notEqual(replanned, first);
    assert.deepEqual(replanned, planSearchBundles([...moved].reverse(), layout), "as a plan from nothing (the order differs, so nothing is reused)");
    assert.ok(replanned.some((bundle) => bundle.articleUrls.includes("/2022/02/27/moved/")));
  });

  it("keeps bundles of 2,000 stories up to 40,000, and doubles them as the archive doubles", () => {
    const caps = [1, 10_000, 40_000, 40_001, 80_000, 100_000].map((count) => {
      const layout = defaultBundleLayout(count);
      return layout.kind === "period" ? layout.maxArticles : NaN;
    });
    assert.deepEqual(caps, [2000, 2000, 2000, 4000, 4000, 8000]);
  });
});

describe("the glob Pagefind indexes a bundle's pages by", () => {
  it("names exactly the bundle's pages, under the folder they share", () => {
    assert.equal(pagesGlob(["/2021/07/28/a/", "/2021/08/01/b/"]), "2021/{07/28/a,08/01/b}/index.html");
    assert.equal(pagesGlob(["/2021/07/28/a/", "/2021/07/28/b/"]), "2021/07/28/{a,b}/index.html");
    assert.equal(pagesGlob(["/2021/07/28/a/"]), "2021/07/28/{a}/index.html");
    assert.equal(pagesGlob(["/2020/01/01/a/", "/2021/07/28/b/"]), "{2020/01/01/a,2021/07/28/b}/index.html");
  });

  it("splits a long list into several globs, in order", () => {
    assert.deepEqual(pagesGlobs(["/2021/07/28/a/", "/2021/07/28/b/", "/2021/08/01/c/"], 30), ["2021/07/28/{a,b}/index.html", "2021/08/01/{c}/index.html"]);
    assert.deepEqual(pagesGlobs(["/2021/07/28/a/", "/2021/07/28/b/"]), ["2021/07/28/{a,b}/index.html"]);
  });

  it("keeps letters of any script and escapes what a glob would read as a pattern", () => {
    assert.equal(pagesGlob(["/2021/07/28/بغداد-اليوم/"]), "2021/07/28/{بغداد-اليوم}/index.html");
    assert.equal(pagesGlob(["/2021/07/28/a{b,c}*/"]), "2021/07/28/{a\\{b\\,c\\}\\*}/index.html");
  });
});
