// `npm run import -- feed.xml` and `--url`: feed items and fetched pages become articles.
import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { join } from "node:path";
import { after, before, describe, it } from "node:test";
import matter from "gray-matter";
import { runCli, runCliAsync } from "../helpers/cli.ts";
import { build, makeContent, ROOT } from "../helpers/site.ts";

const FEEDS = join(ROOT, "tests/fixtures/import-feeds");
const PAGES = join(ROOT, "tests/fixtures/import-pages");
const REGISTRY = {
  "_data/sources.yaml": "- name: Reuters\n- name: Al Jazeera\n  aliases: [Al Jazeera English]\n- name: Al-Monitor\n",
  "_data/entities.yaml": "- name: Joe Biden\n  type: person\n- name: Mustafa Al-Kadhimi\n  type: person\n- name: Moqtada Al-Sadr\n  type: person\n- name: Hashd Al-Shaabi\n  type: organization\n",
};

const fm = (content: string, path: string) => matter(readFileSync(join(content, "articles", path), "utf8")).data;
const textOf = (content: string, path: string) => readFileSync(join(content, "articles", path), "utf8");

describe("npm run import: feeds", () => {
  it("files RSS items with full text, or the summary when that is all there is, and names the item it could not import", async () => {
    const content = makeContent(REGISTRY);
    const result = runCli("import.ts", [join(FEEDS, "world-news.rss"), `--input=${content}`]);
    assert.equal(result.status, 0, result.stderr);
    assert.match(result.stdout, /note: source: Reuters, from the feed's title "Reuters: World News"\./);
    assert.match(result.stdout, /RSS feed "Reuters: World News", 3 items\./);
    assert.match(result.stderr, /not imported: .*world-news\.rss item 3 "Undated wire brief":\n {4}no publication date found/);
    assert.match(result.stdout, /Imported 2 articles; 1 could not be imported \(see above\)\./);

    const budget = fm(content, "2021/03/iraqs-parliament-approves-2021-budget-after-weeks-of-delay.md");
    assert.equal(budget.source_url, "https://wire.example.com/world/iraq-budget-2021-03-31/");
    assert.equal(budget.author, "Ahmed Rasheed");
    assert.deepEqual(budget.tags, ["Iraq", "Economy"]);
    assert.deepEqual(budget.image, {
      src: "https://wire.example.com/images/parliament.jpg",
      alt: "Iraqi lawmakers attend a session of parliament in Baghdad, March 31, 2021.",
      caption: "Iraqi lawmakers attend a session of parliament in Baghdad, March 31, 2021.",
      credit: "REUTERS",
    });
    assert.equal(budget.import_id, "wire-iraq-budget-20210331");
    assert.doesNotMatch(textOf(content, "2021/03/iraqs-parliament-approves-2021-budget-after-weeks-of-delay.md"), /wireAnalytics|Share/);
    assert.match(textOf(content, "2021/03/iraqs-parliament-approves-2021-budget-after-weeks-of-delay.md"), /^date: 2021-03-31T22:40:00\+03:00$/m);

    assert.match(result.stdout, /note: the full text is not in the feed; the summary is the body/);
    assert.match(textOf(content, "2021/04/oil-prices-climb-as-opec-plus-keeps-output-steady.md"), /---\nOil prices rose on Thursday after OPEC\+ agreed/);

    const check = runCli("check.ts", [`--input=${content}`]);
    assert.equal(check.status, 0, check.stdout);
    const site = await build(content);
    assert.ok(site.result.ok, JSON.stringify(site.result.issues));

    const again = runCli("import.ts", [join(FEEDS, "world-news.rss"), `--input=${content}`]);
    assert.match(again.stdout, /Imported 0 articles; skipped 2; 1 could not be imported/);
    assert.equal(again.status, 1, "nothing imported and an item failed");
  });

  it("files Atom entries and JSON Feed items, matching the outlet by a registered alias or by name", () => {
    const content = makeContent(REGISTRY);
    const atom = runCli("import.ts", [join(FEEDS, "region.atom"), `--input=${content}`]);
    assert.equal(atom.status, 0, atom.stderr);
    const sadr = fm(content, "2021/07/sadr-says-he-will-not-take-part-in-octobers-elections.md");
    assert.equal(sadr.title, "Sadr says he will not take part in October’s elections");
    assert.equal(sadr.source, "Al Jazeera");
    assert.equal(sadr.source_url, "https://news.example.net/2021/7/15/sadr-boycott");
    assert.deepEqual((sadr.entities as { people: string[] }).people, ["Moqtada Al-Sadr"]);
    assert.match(textOf(content, "2021/07/sadr-says-he-will-not-take-part-in-octobers-elections.md"), /\[Iraq's elections\]\(https:\/\/news\.example\.net\/2021\/7\/14\/iraq-elections\)/);
    assert.match(atom.stdout, /the photo has no description to use as alt text: it is kept as a commented-out image block/);
    assert.match(textOf(content, "2021/07/heatwave-and-power-cuts-spark-protests-in-southern-iraq.md"), /^# {3}src: https:\/\/news\.example\.net\/images\/basra\.jpg$/m);

    const json = runCli("import.ts", [join(FEEDS, "monitor.json"), `--input=${content}`]);
    assert.equal(json.status, 0, json.stderr);
    assert.match(json.stdout, /JSON Feed "Al-Monitor", 2 items\./);
    const militias = fm(content, "2021/07/pro-iran-groups-in-iraq-welcome-end-of-us-combat-mission.md");
    assert.equal(militias.source, "Al-Monitor");
    assert.deepEqual(militias.tags, ["us-iraq", "militias"]);
    assert.equal(militias.author, "Jane Doe");
    assert.match(textOf(content, "2021/07/kurdish-and-federal-officials-meet-in-kirkuk.md"), /discuss security\.\n\nThe Kurdistan Democratic Party/, "content_text paragraphs kept");
    assert.equal(runCli("check.ts", [`--input=${content}`]).status, 0);
  });
});

describe("npm run import -- --url", () => {
  let server: Server;
  let base = "";
  before(async () => {
    server = createServer((request, response) => {
      const routes: Record<string, [string, string]> = {
        "/feed.atom": [join(FEEDS, "region.atom"), "application/atom+xml"],
        "/story": [join(PAGES, "wire-story.html"), "text/html; charset=utf-8"],
      };
      const route = routes[request.url ?? ""];
      if (!route) {
        response.writeHead(404).end("not found");
        return;
      }
      response.writeHead(200, { "content-type": route[1] }).end(readFileSync(route[0]));
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  after(() => server.close());

  it("fetches a feed and a page, and says what the server answered when it fails", async () => {
    const content = makeContent(REGISTRY);
    const feed = await runCliAsync("import.ts", ["--url", `${base}/feed.atom`, `--input=${content}`]);
    assert.equal(feed.status, 0, feed.stderr);
    assert.match(feed.stdout, /Atom feed "Al Jazeera English \| Middle East", 2 items\./);
    const page = await runCliAsync("import.ts", ["--url", `${base}/story`, `--input=${content}`]);
    assert.equal(page.status, 0, page.stderr);
    assert.equal(fm(content, "2021/07/iraq-militias-welcome-end-of-us-combat-mission.md").source, "Reuters");
    assert.equal(readdirSync(join(content, "articles/2021/07")).length, 3);
    const missing = await runCliAsync("import.ts", ["--url", `${base}/gone`, `--input=${content}`]);
    assert.equal(missing.status, 1);
    assert.match(missing.stderr, /--url http:\/\/127\.0\.0\.1:\d+\/gone: the server answered 404 Not Found\./);
  });
});
