import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { relatedArticles, restoreRankings, savedRankings, type SavedRanking } from "../../src/collections/related-articles.ts";
import type { Article, EntityRef } from "../../src/types.ts";

const DAY = 86_400_000;

function place(name: string): EntityRef {
  return { name, type: "place", slug: name.toLowerCase(), url: `/places/${name.toLowerCase()}/`, links: [], aliases: [] };
}

function fakeArticle(id: number, places: string[]): Article {
  return {
    url: `/a/${id}/`,
    date: { epoch: id * DAY },
    people: [],
    organizations: [],
    places: places.map(place),
  } as unknown as Article;
}

describe("relatedArticles", () => {
  it("prefers an article sharing a rare entity to one sharing a common one", () => {
    const articles = [
      fakeArticle(5, ["Iraq", "Sinjar"]),
      fakeArticle(4, ["Iraq"]),
      fakeArticle(3, ["Iraq"]),
      fakeArticle(2, ["Iraq"]),
      fakeArticle(1, ["Iraq", "Sinjar"]),
    ];
    assert.deepEqual(relatedArticles(articles).get("/a/5/")!.map((a) => a.url), ["/a/1/", "/a/4/", "/a/3/", "/a/2/"]);
  });

  it("leaves an article with no shared entity without related articles", () => {
    const articles = [fakeArticle(2, ["Iraq"]), fakeArticle(1, ["Iran"])];
    assert.deepEqual(relatedArticles(articles).get("/a/2/"), []);
  });

  it("scans only a window of a very common entity's articles, nearest in date", () => {
    const articles = Array.from({ length: 1000 }, (_, i) => fakeArticle(1000 - i, ["Iraq"]));
    const related = relatedArticles(articles, { window: 10, limit: 3 });
    assert.deepEqual(related.get("/a/500/")!.map((a) => a.url), ["/a/499/", "/a/501/", "/a/498/"]);
  });
});

describe("relatedArticles after a change", () => {
  // A small archive where names are shared widely, changed the ways an editor does.
  const names = ["Iraq", "Sinjar", "Basra", "Mosul", "Kirkuk", "Erbil", "Najaf", "Tikrit"];
  const archive = (ids: readonly number[], namesOf: (id: number) => string[]) =>
    [...ids].sort((a, b) => b - a).map((id) => fakeArticle(id, namesOf(id)));
  const namesOf = (id: number) => names.filter((_, index) => (id * (index + 3)) % 5 === 0 || index === id % names.length);
  const newestFirst = (articles: Article[]) => articles.sort((a, b) => b.date.epoch - a.date.epoch || a.url.localeCompare(b.url));
  const ranking = (related: Iterable<[string, Article[]]>) => [...related].map(([url, list]) => [url, list.map((article) => article.url)]);
  // The first five of a ranking for six are the ranking for five: a different setting, so nothing of the last ranking is reused.
  const fromNothing = (articles: Article[], window: number) => [...relatedArticles(articles, { limit: 6, window })].map(([url, list]) => [url, list.slice(0, 5).map((article) => article.url)]);

  // A window of 60 reads every list whole; one of 6 reads only the stories nearest in date.
  for (const window of [60, 6]) it(`ranks again only what a change touches, and agrees with a ranking from nothing (window ${window})`, () => {
    const ids = Array.from({ length: 120 }, (_, i) => i + 1);
    relatedArticles(archive(ids, namesOf));
    const changes: [string, Article[]][] = [
      ["a story redated", archive([...ids.filter((id) => id !== 40), 400], (id) => namesOf(id === 400 ? 40 : id))],
      ["a story redated a little", archive([...ids.filter((id) => id !== 40), 40.5], (id) => namesOf(id === 40.5 ? 40 : id))],
      ["a second story on a day", newestFirst([...archive(ids, namesOf), { ...fakeArticle(50, ["Iraq", "Mosul"]), url: "/a/50-b/" }])],
      ["a name added to a story", archive(ids, (id) => (id === 7 ? [...namesOf(id), "Tikrit"] : namesOf(id)))],
      ["a story deleted", archive(ids.filter((id) => id !== 61), namesOf)],
      ["a story added", archive([...ids, 500], (id) => (id === 500 ? ["Sinjar", "Basra"] : namesOf(id)))],
      ["nothing ranked changed", archive(ids, namesOf)],
    ];
    for (const [change, articles] of changes) {
      relatedArticles(archive(ids, namesOf), { window });
      const updated = ranking(relatedArticles(articles, { window }));
      assert.deepEqual(updated, fromNothing(articles, window), change);
    }
  });

  it("agrees with a ranking from nothing after many random changes, stories sharing days among them (window 6)", () => {
    // A seeded sequence: each step redates, renames, deletes or adds a few stories, on days many stories share.
    let seed = 11;
    const random = () => ((seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31);
    const day = (id: number) => Math.floor(id / 3);
    const story = (id: number, day: number, places: string[]) => ({ ...fakeArticle(id, places), date: { epoch: day * DAY } }) as Article;
    let stories = Array.from({ length: 150 }, (_, i) => story(i + 1, day(i + 1), namesOf(i + 1)));
    let next = 1000;
    relatedArticles(newestFirst([...stories]), { window: 6, archive: "random" });
    for (let step = 0; step < 40; step++) {
      stories = stories.flatMap((article): Article[] => {
        const roll = random();
        if (roll < 0.02) return [];
        if (roll < 0.05) return [{ ...article, date: { epoch: Math.floor(random() * 60) * DAY } } as Article];
        if (roll < 0.07) return [{ ...article, places: namesOf(Math.floor(random() * 100)).map(place) } as Article];
        return [article];
      });
      if (random() < 0.5) stories.push(story(next, Math.floor(random() * 60), namesOf(next++)));
      const articles = newestFirst([...stories]);
      assert.deepEqual(ranking(relatedArticles(articles, { window: 6, archive: "random" })), ranking(relatedArticles(articles, { window: 6, archive: `fresh ${step}` })), `step ${step}`);
    }
  });

  it("ranks again every story of an entity whose rarity a change moved", () => {
    // Erbil is named by 15 stories; a 16th, far in time from story 20, makes it commoner
    // (as common as Basra): story 20 then prefers 21, which shares Basra and is nearer.
    const erbil = Array.from({ length: 15 }, (_, i) => (i + 1) * 10);
    const basra = [20, 21, ...Array.from({ length: 14 }, (_, i) => 1001 + i)];
    const ids = [...new Set([...erbil, ...basra, 500])];
    const namesOf = (id: number, gained: boolean) => [...(erbil.includes(id) || (gained && id === 500) ? ["Erbil"] : []), ...(basra.includes(id) ? ["Basra"] : [])];
    const top = (articles: Article[], limit: number) => relatedArticles(articles, { window: 4, limit }).get("/a/20/")!.map((article) => article.url)[0];
    relatedArticles(archive(ids, (id) => namesOf(id, false)), { window: 4, limit: 1 });
    const after = archive(ids, (id) => namesOf(id, true));
    const updated = top(after, 1);
    assert.equal(updated, "/a/21/");
    assert.equal(top(after, 2), updated);
  });

  describe("from the ranking an earlier build saved", () => {
    const ids = Array.from({ length: 120 }, (_, i) => i + 1);
    relatedArticles(archive(ids, namesOf), { archive: "saved" });
    /** The saved ranking as the next build reads it back, under a name of its own. */
    const restored = (name: string, change: (saved: SavedRanking) => void = () => {}) => {
      const saved = JSON.parse(JSON.stringify(savedRankings()["saved"])) as SavedRanking;
      change(saved);
      restoreRankings({ [name]: saved });
      return { archive: name };
    };
    const tampered = (saved: SavedRanking) => {
      // A list no ranking gives, for a story no change below touches.
      const place = (url: string) => saved.lines.findIndex(([line]) => line === url);
      saved.related[place("/a/3/")] = [place("/a/119/")];
    };

    it("agrees with a ranking from nothing after each kind of change", () => {
      const changes: [string, Article[]][] = [
        ["a story redated", archive([...ids.filter((id) => id !== 40), 400], (id) => namesOf(id === 400 ? 40 : id))],
        ["a name added to a story", archive(ids, (id) => (id === 7 ? [...namesOf(id), "Tikrit"] : namesOf(id)))],
        ["a story deleted", archive(ids.filter((id) => id !== 61), namesOf)],
        ["a story added", archive([...ids, 500], (id) => (id === 500 ? ["Sinjar", "Basra"] : namesOf(id)))],
      ];
      for (const [change, articles] of changes) assert.deepEqual(ranking(relatedArticles(articles, restored(change))), fromNothing(articles, 60), change);
    });

    it("keeps the saved ranking of a story no change touched, without ranking it again", () => {
      const related = relatedArticles(archive(ids, namesOf), restored("untouched", tampered));
      assert.deepEqual(related.get("/a/3/")!.map((article) => article.url), ["/a/119/"]);
    });

    it("ranks every story again when most of them changed", () => {
      const other = archive(Array.from({ length: 120 }, (_, i) => i + 1000), namesOf);
      assert.deepEqual(ranking(relatedArticles(other, restored("most changed", tampered))), fromNothing(other, 60));
    });
  });

  it("saves a ranking updated after a save in the archive's order, which the next build agrees with", () => {
    const ids = Array.from({ length: 120 }, (_, i) => i + 1);
    relatedArticles(archive(ids, namesOf), { archive: "updated" });
    // Redated: the ranking's maps are updated in place, the story's entries moved to their ends.
    const redated = archive([...ids.filter((id) => id !== 30), 300], (id) => namesOf(id === 300 ? 30 : id));
    relatedArticles(redated, { archive: "updated" });
    const saved = savedRankings()["updated"]!;
    assert.deepEqual(saved.lines.map(([url]) => url), redated.map((article) => article.url), "newest first, as the archive lists them");
    restoreRankings({ "updated, restored": saved });
    const added = archive([...ids.filter((id) => id !== 30), 300, 301], (id) => (id === 301 ? ["Kirkuk", "Erbil"] : namesOf(id === 300 ? 30 : id)));
    assert.deepEqual(ranking(relatedArticles(added, { archive: "updated, restored" })), fromNothing(added, 60));
  });

  it("gives a story saved again as its new object in the lists it stands in, where its ranking is unchanged", () => {
    const ids = Array.from({ length: 60 }, (_, i) => i + 1);
    const first = archive(ids, namesOf);
    relatedArticles(first, { archive: "objects" });
    const resaved = first.map((article) => (article.url === "/a/20/" ? ({ ...article } as Article) : article));
    const related = relatedArticles(resaved, { archive: "objects" });
    const holding = [...related].filter(([, list]) => list.some((article) => article.url === "/a/20/"));
    assert.ok(holding.length > 0);
    for (const [url, list] of holding) assert.ok(list.includes(resaved[resaved.findIndex((article) => article.url === "/a/20/")]!), `${url} lists the story's new object`);
    // Saved again once more: a list given back for the second time still holds the latest object.
    const again = resaved.map((article) => (article.url === "/a/20/" ? ({ ...article } as Article) : article));
    for (const [, list] of relatedArticles(again, { archive: "objects" })) assert.ok(!list.some((article) => article.url === "/a/20/" && !again.includes(article)));
  });

  it("gives the current article objects for a ranking it reuses", () => {
    const first = archive([1, 2, 3], () => ["Iraq"]);
    relatedArticles(first);
    const again = archive([1, 2, 3], () => ["Iraq"]);
    const related = relatedArticles(again).get("/a/3/")!;
    assert.ok(related.every((article) => again.includes(article)));
  });
});
