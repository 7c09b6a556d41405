import assert from "node:assert/strict";
import { it } from "node:test";
import { recentArticles } from "../../src/seo/sitemaps.ts";
import type { Article } from "../../src/types.ts";

const HOUR = 3_600_000;
const now = new Date("2026-03-10T12:00:00Z");
/** Stand-ins with what recentArticles reads: a date's moment. */
const story = (url: string, hoursBefore: number) => ({ url, date: { epoch: now.getTime() - hoursBefore * HOUR } }) as Article;

it("takes the stories of the two days before now from a newest-first archive, leaving out those dated ahead", () => {
  const archive = [story("/ahead/", -5), story("/today/", 1), story("/yesterday/", 30), story("/edge/", 48), story("/older/", 49), story("/oldest/", 5000)];
  assert.deepEqual(recentArticles(archive, now).map((article) => article.url), ["/today/", "/yesterday/", "/edge/"]);
});

it("takes at most 1,000", () => {
  const archive = Array.from({ length: 1500 }, (_, i) => story(`/${i}/`, i / 100));
  const recent = recentArticles(archive, now);
  assert.equal(recent.length, 1000);
  assert.equal(recent.at(-1)!.url, "/999/");
});
