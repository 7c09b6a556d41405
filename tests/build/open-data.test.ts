// The open data of a whole built site: the files at /data/ are the ones
// datapackage.json names, hold every published story and no draft, the /data/ page
// links them all and is linked from every page, the sitemap lists the page but not the
// files, and a story added to a year that has files rewrites only that year's files and
// the page, leaving the output byte-identical to a clean build.
import assert from "node:assert/strict";
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { before, describe, it } from "node:test";
import { buildSite } from "../../src/build.ts";
import { STORY_FIELDS } from "../../src/open-data/tables.ts";
import { article, build, makeContent, sitemapFiles, tempDir, text, type BuiltSite } from "../helpers/site.ts";
import { assertSameTree } from "../helpers/trees.ts";

const SITE_YAML = `title: Data Archive
description: A test archive.
url: https://data.example.org
language: en
pageSize: 2
dataLicense:
  name: CC-BY-4.0
  path: https://creativecommons.org/licenses/by/4.0/
  title: Creative Commons Attribution 4.0
`;

const CONTENT = {
  "_data/site.yaml": SITE_YAML,
  "_data/entities.yaml": `- name: Mustafa Al-Kadhimi\n  type: person\n  aliases: [Kadhimi]\n  description: "Prime minister of Iraq, 2020 to 2022."\n`,
  "articles/2021/07/kadhimi.md": article(`title: "Kadhimi, in Anbar, meets \\"tribal\\" leaders"\ndate: 2021-07-28\nsource: AFP\nentities:\n  people: [Kadhimi]\n  places: [Iraq, Anbar]\ntags: [security]`),
  "articles/2021/03/early.md": article(`title: "An early story"\ndate: 2021-03-01\nsource: Reuters\nentities:\n  places: [Iraq]`),
  "articles/2022/01/later.md": article(`title: "A later story"\ndate: 2022-01-15T09:30:00+03:00\nsource: AFP\nlang: ar\nentities:\n  people: [Mustafa Al-Kadhimi]`),
  "articles/2022/02/draft.md": article(`title: "A draft never published"\ndate: 2022-02-01\nsource: AFP\ndraft: true\nentities:\n  people: [Draft Only Person]`),
};

interface Descriptor {
  resources: { name: string; path: string | string[]; schema: { fields: { name: string }[] } }[];
}

const read = (site: BuiltSite, file: string) => readFileSync(join(site.output, "data", file), "utf8");
const pathsOf = (descriptor: Descriptor) => descriptor.resources.flatMap((resource) => resource.path);

describe("the open data of a built site", () => {
  let site: BuiltSite;
  before(async () => {
    site = await build(makeContent(CONTENT));
    assert.ok(site.result.ok, JSON.stringify(site.result.issues));
  });

  it("publishes the files datapackage.json names, and no other, beside the page", () => {
    const descriptor = JSON.parse(read(site, "datapackage.json")) as Descriptor;
    assert.deepEqual(pathsOf(descriptor), ["stories-2021.jsonl", "stories-2022.jsonl", "entities.csv", "mentions-2021.csv", "mentions-2022.csv"]);
    assert.deepEqual(readdirSync(join(site.output, "data")).sort(), [...pathsOf(descriptor), "datapackage.json", "index.html"].sort());
  });

  it("holds every published story once, in its year's file, and nothing of a draft", () => {
    const stories = ["2021", "2022"].flatMap((year) => read(site, `stories-${year}.jsonl`).trimEnd().split("\n").map((line) => JSON.parse(line) as Record<string, unknown>));
    assert.deepEqual(
      stories.map((story) => [story.date, story.title]),
      [
        ["2021-03-01", "An early story"],
        ["2021-07-28", 'Kadhimi, in Anbar, meets "tribal" leaders'],
        ["2022-01-15", "A later story"],
      ],
    );
    for (const story of stories) assert.deepEqual(Object.keys(story), STORY_FIELDS.map((field) => field.name));
    const everything = readdirSync(join(site.output, "data")).map((file) => read(site, file)).join("\n");
    assert.ok(!everything.includes("Draft Only Person") && !everything.includes("never published"), "a draft leaves no trace");
  });

  it("writes CSV files whose header is the descriptor's columns, quoting a comma", () => {
    const descriptor = JSON.parse(read(site, "datapackage.json")) as Descriptor;
    for (const resource of descriptor.resources.filter((candidate) => candidate.name !== "stories")) {
      for (const file of [resource.path].flat()) {
        assert.equal(read(site, file).split("\r\n")[0], resource.schema.fields.map((field) => field.name).join(","), file);
      }
    }
    assert.match(read(site, "entities.csv"), /\r\npeople\/mustafa-al-kadhimi,person,Mustafa Al-Kadhimi,https:\/\/data\.example\.org\/people\/mustafa-al-kadhimi\/,"\[""Kadhimi""\]","Prime minister of Iraq, 2020 to 2022\.",\[\],true\r\n/);
    assert.equal(read(site, "mentions-2021.csv").split("\r\n").length - 2, 4, "a header, four mentions, and the last line's end");
  });

  it("explains the files on /data/, linking each with its count and naming the licence", () => {
    const page = site.page("/data/");
    const links = page.querySelectorAll("main a").map((link) => link.getAttribute("href"));
    for (const file of ["datapackage.json", "entities.csv", "stories-2021.jsonl", "mentions-2021.csv", "stories-2022.jsonl", "mentions-2022.csv"]) {
      assert.ok(links.includes(`/data/${file}`), `${file} is linked`);
    }
    assert.match(text(page.querySelector(".data-years")), /2021: stories-2021\.jsonl 2 stories, mentions-2021\.csv 4 mentions/);
    const licence = page.querySelector('main a[href="https://creativecommons.org/licenses/by/4.0/"]');
    assert.equal(text(licence), "Creative Commons Attribution 4.0 (CC-BY-4.0)");
    assert.ok(page.querySelectorAll("main dl.data-columns dt code").some((code) => text(code) === "word_count"), "the columns are explained");
  });

  it("is linked from every page's footer", () => {
    for (const url of ["/", "/2021/07/28/kadhimi/", "/people/mustafa-al-kadhimi/", "/search/"]) {
      assert.ok(site.page(url).querySelector('footer a[href="/data/"]'), url);
    }
  });

  it("lists the /data/ page in the sitemap, but none of the data files", () => {
    const sitemaps = sitemapFiles(site).join("\n");
    assert.ok(sitemaps.includes("<loc>https://data.example.org/data/</loc>"));
    assert.doesNotMatch(sitemaps, /\/data\/[^<]+\.(jsonl|csv|json)</);
  });
});

describe("a story added to a year that has data files", () => {
  it("rewrites that year's files and the /data/ page, not the descriptor or other years, and matches a clean build", async () => {
    const root = tempDir("open-data-warm");
    const options = { input: makeContent(CONTENT), output: join(root, "_site"), cacheDir: join(root, "cache") };
    assert.ok((await buildSite(options)).ok);
    writeFileSync(join(options.input, "articles/2021/07/added.md"), article(`title: "An added story"\ndate: 2021-08-02\nsource: AFP\nentities:\n  places: [Iraq]`));
    const result = await buildSite(options);
    assert.ok(result.ok);
    const data = result.report.written.filter((file) => file.startsWith("data/")).sort();
    assert.deepEqual(data, ["data/index.html", "data/mentions-2021.csv", "data/stories-2021.jsonl"]);
    const clean = join(tempDir("open-data-clean"), "_site");
    assert.ok((await buildSite({ input: options.input, output: clean, cacheDir: join(tempDir("open-data-cache"), "cache") })).ok);
    assertSameTree(options.output, clean);
  });
});
