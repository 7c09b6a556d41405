// A save changes a few pages of each list of pages; the route table takes the route of a
// page that is the same object at the same place as in the last list from there, and looks
// at the others alone, with the table the same as one made from nothing.
import assert from "node:assert/strict";
import { join } from "node:path";
import { it } from "node:test";
import { buildArchivePages, type ArticlePage } from "../../src/archive-pages.ts";
import { generateArchive } from "../../src/bench/generate-archive.ts";
import { loadArchive } from "../../src/content/load-archive.ts";
import { buildRoutes, type Route } from "../../src/model/routes.ts";
import { siteAssets } from "../../src/output/assets.ts";
import { OutputMemory, siteOutputs } from "../../src/output/site-outputs.ts";
import { ROOT, tempDir } from "../helpers/site.ts";

const content = join(tempDir("route-lists"), "content");
generateArchive({ dir: content, articles: 60, seed: 9 });
const archive = loadArchive({ projectRoot: ROOT, contentDir: content, includeDrafts: false, assets: siteAssets().urls });
const pages = buildArchivePages(archive);

it("looks only at the pages that are not where the last list had them", () => {  let looks = 0;
  // Each story page counts the looks at its story.
  const counted = pages.articles.map((entry): ArticlePage => {
    const { article, ...rest } = entry;
    return Object.defineProperty({ ...rest } as ArticlePage, "article", { enumerable: true, get: () => (looks++, article) });
  });
  const options = { hosted: [], now: new Date("2026-01-01T00:00:00Z") };
  const first = buildRoutes({ ...archive, pages: { ...pages, articles: counted } }, options);
  assert.ok(looks >= counted.length, "every story page looked at once");
  const changed = [...counted];
  changed[7] = { ...pages.articles[7]! };
  looks = 0;
  const second = buildRoutes({ ...archive, pages: { ...pages, articles: changed } }, options);
  assert.equal(looks, 0, "no page kept in its place was looked at");
  assert.deepEqual(second, buildRoutes({ ...archive, pages: { ...pages, articles: changed.map((entry) => ({ ...entry })) } }, options), "the table one made from nothing");
  assert.equal(second.length, first.length);
});

it("gives a route kept in its place the output it had, looking only at the others", () => {
  const routes = buildRoutes({ ...archive, pages }, { hosted: [], now: new Date("2026-01-01T00:00:00Z") });
  let looks = 0;
  // Each route counts the looks at its file, which finding its output starts with.
  const counted = routes.map((route) => new Proxy(route, { get: (target, key) => (key === "file" && looks++, Reflect.get(target, key)) }));
  const memory = new OutputMemory();
  const outputsOf = (list: readonly Route[], memo?: OutputMemory) => siteOutputs({ site: archive.site, routes: list, articles: archive.articles, hosted: [], contentDir: content, ...(memo ? { memory: memo } : {}) });
  const first = outputsOf(counted, memory);
  assert.ok(looks >= counted.length, "every route looked at once");
  const changed = [...counted];
  const at = changed.findIndex((route) => route.kind === "home");
  changed[at] = { ...routes[at]!, slice: { ...routes[at]!.slice } } as Route;
  looks = 0;
  const second = outputsOf(changed, memory);
  assert.equal(looks, 0, "no route kept in its place was looked at");
  const renamed = second.filter((output, index) => output !== first[index]).map((output) => output.file);
  assert.deepEqual(renamed, [routes[at]!.file], "every other output is the one made before");
  const fresh = outputsOf(changed.map((route) => ({ ...route }) as Route));
  assert.deepEqual(second.map(({ file, fingerprint }) => [file, fingerprint]), fresh.map(({ file, fingerprint }) => [file, fingerprint]), "the files and fingerprints of outputs made from nothing");
});
