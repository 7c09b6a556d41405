import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { relatedArticles } from "../../src/collections/related-articles.ts";
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
