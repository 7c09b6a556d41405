// `npm run import -- page.html`: the story out of a saved news page, its boilerplate left behind.
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, it } from "node:test";
import matter from "gray-matter";
import { runCli } from "../helpers/cli.ts";
import { build, makeContent, ROOT } from "../helpers/site.ts";

const PAGES = join(ROOT, "tests/fixtures/import-pages");
const REGISTRY = {
  "_data/sources.yaml": "- name: Reuters\n- name: Al-Monitor\n- name: Kirkuk Now\n",
  "_data/entities.yaml": "- name: Joe Biden\n  type: person\n- name: Mustafa Al-Kadhimi\n  type: person\n- name: Hashd Al-Shaabi\n  type: organization\n",
};
const BOILERPLATE = /Share on|Related coverage|Rockets hit Baghdad airport|About Reuters|Sign up for our newsletter|Most read|About Al-Monitor|About the author|Front page|Share this|Read more|Subscribe|dataLayer/;

describe("npm run import: saved web pages", () => {
  it("takes title, byline, date, outlet and lead photo from three page layouts, keeps the story and drops the rest; the result checks and builds", async () => {
    const content = makeContent(REGISTRY);
    const result = runCli("import.ts", [join(PAGES, "wire-story.html"), join(PAGES, "monitor-originals.html"), `--input=${content}`]);
    assert.equal(result.status, 0, result.stderr);
    assert.match(result.stdout, /note: source: Reuters, from the page's og:site_name or JSON-LD publisher "Reuters"\./);

    const wirePath = join(content, "articles/2021/07/iraq-militias-welcome-end-of-us-combat-mission.md");
    const wire = matter(readFileSync(wirePath, "utf8"));
    assert.equal(wire.data.title, "Iraq militias welcome end of US combat mission");
    assert.equal(wire.data.author, "John Davison and Ahmed Rasheed");
    assert.equal(wire.data.source_url, "https://wire.example.com/world/middle-east/iraq-militias-welcome-end-us-combat-mission-2021-07-28/");
    assert.deepEqual(wire.data.image, {
      src: "https://wire.example.com/resizer/taji.jpg",
      alt: "US soldiers stand in formation at Taji base",
      caption: "US soldiers stand in formation during a handover ceremony at Taji base north of Baghdad, Iraq, August 23, 2020.",
      credit: "REUTERS",
    });
    assert.match(wire.content, /^BAGHDAD, July 28 \(Reuters\) - Armed factions/, "the story starts at its first paragraph");
    assert.match(wire.content, /risen this year\.\n$/);
    assert.doesNotMatch(wire.content, BOILERPLATE);
    assert.doesNotMatch(wire.content, /taji\.jpg/, "the lead photo is not repeated in the body");

    const monitorPath = join(content, "articles/2021/07/kadhimi-heads-to-washington-with-militias-on-his-mind.md");
    const monitor = matter(readFileSync(monitorPath, "utf8"));
    assert.match(readFileSync(monitorPath, "utf8"), /^date: 2021-07-25T16:20:00\+03:00$/m, "from JSON-LD datePublished");
    assert.equal(monitor.data.source, "Al-Monitor", "from JSON-LD's publisher");
    assert.equal(monitor.data.author, "Shelly Kittleson");
    assert.equal(monitor.data.source_url, "https://monitor.example.org/originals/2021/07/kadhimi-heads-washington-militias-his-mind");
    assert.equal((monitor.data.image as { alt: string }).alt, "Iraqi Prime Minister Mustafa Al-Kadhimi walks on the tarmac at Baghdad airport");
    assert.match(monitor.content, /^Iraqi Prime Minister Mustafa Al-Kadhimi travels to Washington/);
    assert.equal(monitor.content.trim().split(/\n\n/).length, 4, "four paragraphs, nothing else");
    assert.doesNotMatch(monitor.content, BOILERPLATE);

    assert.equal(runCli("check.ts", [`--input=${content}`]).status, 0);
    const site = await build(content);
    assert.ok(site.result.ok, JSON.stringify(site.result.issues));
  });

  it("reads a date line in the text of a page with no metadata, and asks for the outlet it cannot find", () => {
    const content = makeContent(REGISTRY);
    const page = join(PAGES, "local-blog.html");
    const without = runCli("import.ts", [page, `--input=${content}`]);
    assert.equal(without.status, 1);
    assert.match(without.stderr, /the outlet could not be worked out \(the page's og:site_name or JSON-LD publisher is empty\): pass --source/);

    const withSource = runCli("import.ts", [page, "--source", "kirkuk now", `--input=${content}`]);
    assert.equal(withSource.status, 0, withSource.stderr);
    const path = join(content, "articles/2021/07/kirkuk-talks-end-without-deal.md");
    const story = matter(readFileSync(path, "utf8"));
    assert.match(readFileSync(path, "utf8"), /^date: 2021-07-13$/m);
    assert.equal(story.data.source, "Kirkuk Now");
    assert.match(story.content, /^Kurdish and federal officials ended two days of talks/);
    assert.match(story.content, /!\[The citadel of Kirkuk at dusk\]\(https:\/\/desk\.example\.org\/photos\/kirkuk-citadel\.jpg\)/);
    assert.doesNotMatch(story.content, BOILERPLATE);
    assert.doesNotMatch(story.content, /Posted by|Tuesday, July 13/);

    const again = runCli("import.ts", [page, "--source", "kirkuk now", `--input=${content}`]);
    assert.equal(again.status, 0);
    assert.match(again.stdout, /already imported as .*kirkuk-talks-end-without-deal\.md, unchanged\.\n\nImported 0 articles; skipped 1\.\nNothing new to import\./);
  });
});
