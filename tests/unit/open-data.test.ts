// The open data's rows, from a small archive loaded as a build loads it: what each
// story, entity and mention becomes, how the files are split by year, and that the
// files keep their columns in one order.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { siteAssets } from "../../src/output/assets.ts";
import type { Archive } from "../../src/content/archive.ts";
import { loadArchive } from "../../src/content/load-archive.ts";
import { openData } from "../../src/open-data/data-years.ts";
import { entitiesCsv, mentionsCsv, storiesJsonl } from "../../src/open-data/files.ts";
import { entityId, storyRecord } from "../../src/open-data/records.ts";
import { ENTITY_FIELDS, MENTION_FIELDS, STORY_FIELDS } from "../../src/open-data/tables.ts";
import type { Article, SiteSettings } from "../../src/types.ts";
import { article, makeContent, ROOT } from "../helpers/site.ts";

const REGISTRY = `- name: Moqtada Al-Sadr
  type: person
  aliases: [Muqtada al-Sadr, مقتدى الصدر]
  description: Shia cleric, leader of the "Sadrist" movement, Iraq.
  links: [https://www.wikidata.org/wiki/Q360458]
- name: Iraq
  type: place
`;

function archive(files: Record<string, string>, pathPrefix?: string): Archive {
  const contentDir = makeContent({ "_data/entities.yaml": REGISTRY, ...files });
  return loadArchive({ projectRoot: ROOT, contentDir, includeDrafts: false, assets: siteAssets().urls, ...(pathPrefix ? { pathPrefix } : {}) });
}

const STORIES = {
  "articles/2021/07/sadr.md": article(
    `title: "Sadr, in Najaf, says he will boycott the vote"\ndate: 2021-07-15T18:45:10+03:00\nsource: AFP\nsource_url: https://example.org/afp/1\nauthor: Jane Doe\nupdated: 2021-07-16\nentities:\n  people: [Muqtada al-Sadr]\n  places: [Iraq, Najaf]\ntags: [elections]`,
    "The cleric said on Thursday that his movement would not take part.\n\nA second paragraph.",
  ),
  "articles/2021/03/oldest.md": article(`title: "The oldest story of 2021"\ndate: 2021-03-01\nsource: Reuters\nlang: ar`, "نص قصير جدا."),
  "articles/2022/01/next-year.md": article(`title: "A story of the next year"\ndate: 2022-01-02\nsource: AFP\nentities:\n  places: [Iraq]`),
  "articles/2022/02/draft.md": article(`title: "A draft"\ndate: 2022-02-02\nsource: AFP\ndraft: true\nentities:\n  people: [A Draft Name]`),
};

const byTitle = (loaded: Archive, start: string): Article => loaded.articles.find((story) => story.title.startsWith(start))!;

describe("the open data's rows", () => {
  const loaded = archive(STORIES);
  const site: SiteSettings = loaded.site;

  it("gives a story its full addresses, its day and its UTC moment, and null for what it lacks", () => {
    const sadr = storyRecord(site, byTitle(loaded, "Sadr"));
    assert.deepEqual(sadr, {
      url: "https://test.example.org/2021/07/15/sadr/",
      title: "Sadr, in Najaf, says he will boycott the vote",
      date: "2021-07-15",
      datetime_utc: "2021-07-15T15:45:10Z",
      updated: "2021-07-16",
      source: { name: "AFP", url: "https://test.example.org/sources/afp/" },
      original_url: "https://example.org/afp/1",
      author: "Jane Doe",
      language: "en",
      summary: "The cleric said on Thursday that his movement would not take part.",
      tags: [{ name: "elections", url: "https://test.example.org/tags/elections/" }],
      entities: {
        people: [{ id: "people/moqtada-al-sadr", name: "Moqtada Al-Sadr", url: "https://test.example.org/people/moqtada-al-sadr/" }],
        organizations: [],
        places: [
          { id: "places/iraq", name: "Iraq", url: "https://test.example.org/places/iraq/" },
          { id: "places/najaf", name: "Najaf", url: "https://test.example.org/places/najaf/" },
        ],
      },
      word_count: 15,
    });
    const oldest = storyRecord(site, byTitle(loaded, "The oldest"));
    assert.equal(oldest.datetime_utc, null, "a story given only its day has no moment");
    assert.deepEqual([oldest.updated, oldest.original_url, oldest.author], [null, null, null]);
    assert.equal(oldest.language, "ar");
    assert.equal(oldest.word_count, 3);
  });

  it("writes addresses below the path prefix the site is built for", () => {
    const prefixed = archive(STORIES, "/archive/");
    const record = storyRecord(prefixed.site, byTitle(prefixed, "Sadr"));
    assert.equal(record.url, "https://test.example.org/archive/2021/07/15/sadr/");
    assert.equal(entitiesCsv(prefixed.site, openData(prefixed.articles, prefixed.entities).entities).split("\r\n")[1]!.split(",")[3], "https://test.example.org/archive/people/moqtada-al-sadr/");
  });

  it("splits the stories by year, oldest first, and counts each year's stories and mentions", () => {
    const data = openData(loaded.articles, loaded.entities);
    assert.deepEqual(
      data.years.map(({ year, articles }) => [year, articles.map((story) => story.title)]),
      [
        [2021, ["The oldest story of 2021", "Sadr, in Najaf, says he will boycott the vote"]],
        [2022, ["A story of the next year"]],
      ],
    );
    assert.deepEqual(data.catalogue, { years: [{ year: 2021, stories: 2, mentions: 3 }, { year: 2022, stories: 1, mentions: 1 }], entities: 3 });
  });

  it("lists the entities published stories name, by type then id, and never a draft's", () => {
    const data = openData(loaded.articles, loaded.entities);
    assert.deepEqual(data.entities.map(entityId), ["people/moqtada-al-sadr", "places/iraq", "places/najaf"]);
    assert.ok(!storiesJsonl(site, loaded.articles).includes("draft"), "a draft is not a published story");
  });

  it("writes one JSON object a line, every line with the same keys in the same order", () => {
    const text = storiesJsonl(site, openData(loaded.articles, loaded.entities).years[0]!.articles);
    assert.ok(text.endsWith("\n"));
    const lines = text.slice(0, -1).split("\n");
    assert.equal(lines.length, 2);
    for (const line of lines) assert.deepEqual(Object.keys(JSON.parse(line) as object), STORY_FIELDS.map((field) => field.name));
    assert.match(lines[0]!, /"title":"The oldest story of 2021"/, "oldest first");
  });

  it("writes the entities and mentions as CSV with a header row, quoting what needs it", () => {
    const data = openData(loaded.articles, loaded.entities);
    const entities = entitiesCsv(site, data.entities).split("\r\n");
    assert.equal(entities[0], ENTITY_FIELDS.map((field) => field.name).join(","));
    assert.equal(
      entities[1],
      'people/moqtada-al-sadr,person,Moqtada Al-Sadr,https://test.example.org/people/moqtada-al-sadr/,"[""Muqtada al-Sadr"",""مقتدى الصدر""]","Shia cleric, leader of the ""Sadrist"" movement, Iraq.","[""https://www.wikidata.org/wiki/Q360458""]",true',
    );
    assert.equal(entities[3], 'places/najaf,place,Najaf,https://test.example.org/places/najaf/,[],,[],false', "an entity only a story names: unregistered, no description");
    assert.equal(
      mentionsCsv(site, data.years[0]!.articles),
      `${MENTION_FIELDS.map((field) => field.name).join(",")}\r\n` +
        "https://test.example.org/2021/07/15/sadr/,2021-07-15,people/moqtada-al-sadr,person,Moqtada Al-Sadr\r\n" +
        "https://test.example.org/2021/07/15/sadr/,2021-07-15,places/iraq,place,Iraq\r\n" +
        "https://test.example.org/2021/07/15/sadr/,2021-07-15,places/najaf,place,Najaf\r\n",
    );
  });
});
