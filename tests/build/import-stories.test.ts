// `npm run import`: pasted stories become valid articles; what it cannot work out, it says.
import assert from "node:assert/strict";
import { copyFileSync, existsSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, it } from "node:test";
import matter from "gray-matter";
import { runCli } from "../helpers/cli.ts";
import { build, makeContent, ROOT, tempDir, writeFiles } from "../helpers/site.ts";

const STORIES = join(ROOT, "tests/fixtures/import");
const REGISTRY = {
  "_data/sources.yaml": "- name: Al-Monitor\n- name: Reuters\n",
  "_data/entities.yaml": [
    "- name: Moqtada Al-Sadr\n  type: person\n  aliases: [Muqtada al-Sadr]",
    "- name: Hashd Al-Shaabi\n  type: organization\n  aliases: [Popular Mobilization Forces, PMF]",
    "- name: Baghdad\n  type: place",
    "- name: Daesh\n  type: organization\n  aliases: [ISIS]",
  ].join("\n"),
};

function frontMatterOf(path: string): Record<string, unknown> {
  return matter(readFileSync(path, "utf8")).data;
}

describe("npm run import", () => {
  it("imports a folder: date, caption and credit, canonical entities, body; drops boilerplate; reports the undated story", async () => {
    const content = makeContent(REGISTRY);
    const folder = tempDir("stories");
    for (const name of ["taji-handover.txt", "kirkuk-talks.txt", "undated.txt"]) copyFileSync(join(STORIES, name), join(folder, name));
    writeFiles(folder, { "taji-handover.svg": '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 16 9"><rect width="16" height="9"/></svg>' });

    const result = runCli("import.ts", [folder, `--input=${content}`]);
    assert.equal(result.status, 0, "one story of three was imported: not a failure of the command");
    assert.match(result.stderr, /not imported: .*undated\.txt:\n {4}no date line found near the top/);
    assert.match(result.stderr, /not imported: .*kirkuk-talks\.txt:\n {4}the outlet could not be worked out: pass --source/);
    assert.match(result.stdout, /Imported 1 article; 2 could not be imported \(see above\)\./);

    const taji = join(content, "articles/2021/07/armed-factions-close-to-tehran-said-on-wednesday-that-the-end-of-the-us.md");
    const fm = frontMatterOf(taji);
    assert.equal(fm.source, "Al-Monitor", "the outlet comes from the About block");
    assert.equal(String(fm.date instanceof Date ? fm.date.toISOString().slice(0, 10) : fm.date), "2021-07-28");
    assert.deepEqual(fm.image, {
      src: "/images/armed-factions-close-to-tehran-said-on-wednesday-that-the-end-of-the-us.svg",
      alt: "US soldiers stand in formation during a handover ceremony at the Taji base north of Baghdad, Iraq",
      caption: "US soldiers stand in formation during a handover ceremony at the Taji base north of Baghdad, Iraq, August 23, 2020.",
      credit: "REUTERS",
    });
    assert.deepEqual(fm.entities, {
      people: ["Moqtada Al-Sadr"],
      organizations: ["Hashd Al-Shaabi"],
      places: ["Baghdad"],
    });
    const text = readFileSync(taji, "utf8");
    assert.match(text, /# Also named in the text, not in entities\.yaml/);
    assert.match(text, /#\s+people: \[.*Joe Biden.*\]/);
    assert.match(text, /“only a first step” — and/, "curly quotes and dashes are kept");
    assert.doesNotMatch(text, /award-winning|About Al-Monitor/);
    assert.ok(existsSync(join(content, "images/armed-factions-close-to-tehran-said-on-wednesday-that-the-end-of-the-us.svg")));

    const site = await build(content);
    assert.ok(site.result.ok, JSON.stringify(site.result.issues));
    const page = site.page("/2021/07/28/armed-factions-close-to-tehran-said-on-wednesday-that-the-end-of-the-us/");
    assert.equal(page.querySelectorAll(".article-body p").length, 3);
  });

  it("takes --title and --source, keeps an unfound photo's caption as a comment, and never overwrites", () => {
    const content = makeContent(REGISTRY);
    const args = [join(STORIES, "taji-handover.txt"), "--title", "Pro-Iran groups welcome end of US combat mission", "--source", "Reuters", `--input=${content}`];
    const first = runCli("import.ts", args);
    assert.equal(first.status, 0, first.stderr);
    assert.match(first.stdout, /no photo file beside taji-handover\.txt/);
    const path = join(content, "articles/2021/07/pro-iran-groups-welcome-end-of-us-combat-mission.md");
    const fm = frontMatterOf(path);
    assert.equal(fm.title, "Pro-Iran groups welcome end of US combat mission");
    assert.equal(fm.source, "Reuters");
    assert.equal(fm.image, undefined);
    assert.match(readFileSync(path, "utf8"), /^# {3}caption: "US soldiers stand in formation/m);

    const same = runCli("import.ts", args);
    assert.equal(same.status, 0, "the same story imported again is nothing to do");
    assert.match(same.stdout, /already imported as .*pro-iran-groups-welcome-end-of-us-combat-mission\.md, unchanged\./);
    const edited = `${readFileSync(path, "utf8")}An editor's addition.\n`;
    writeFileSync(path, edited);
    const again = runCli("import.ts", args);
    assert.equal(again.status, 1);
    assert.match(again.stderr, /already exists and was left as it was/);
    assert.equal(readFileSync(path, "utf8"), edited);
  });

  it("escapes markdown in the body, and asks for files to import", () => {
    const content = makeContent(REGISTRY);
    const kirkuk = runCli("import.ts", [join(STORIES, "kirkuk-talks.txt"), "--source", "Reuters", `--input=${content}`]);
    assert.equal(kirkuk.status, 0, kirkuk.stderr);
    const text = readFileSync(join(content, "articles/2021/07/kurdish-and-federal-officials-met-in-kirkuk-on-tuesday-to-discuss-the.md"), "utf8");
    assert.match(text, /^\\# Officials said/m, "a line markdown would make a heading stays a paragraph");
    assert.match(text, /^ {2}organizations: \[Daesh\]$/m);
    const nothing = runCli("import.ts", [`--input=${content}`]);
    assert.equal(nothing.status, 1);
    assert.match(nothing.stderr, /Name what to import/);
    const twoTitles = runCli("import.ts", [STORIES, "--title", "One title", `--input=${content}`]);
    assert.match(twoTitles.stderr, /--title names one story/);
  });

  it("refuses a title that gives no slug, instead of writing a hidden .md file", () => {
    const content = makeContent(REGISTRY);
    const result = runCli("import.ts", [join(STORIES, "taji-handover.txt"), "--title", "!!!", "--source", "Reuters", `--input=${content}`]);
    assert.equal(result.status, 1);
    assert.match(result.stderr, /the title "!!!" gives no URL slug; pass a --title with letters or digits\./);
    assert.ok(!existsSync(join(content, "articles")));
  });

  it("reports a folder entry named *.txt that is a folder or a dangling link, and imports the rest", () => {
    const content = makeContent(REGISTRY);
    const folder = tempDir("stories");
    copyFileSync(join(STORIES, "taji-handover.txt"), join(folder, "b-taji-handover.txt"));
    mkdirSync(join(folder, "a-folder.txt"));
    symlinkSync(join(folder, "nowhere.txt"), join(folder, "c-dangling.txt"));
    symlinkSync(join(folder, "nowhere.txt"), join(folder, ".#b-taji-handover.txt"));
    const result = runCli("import.ts", [folder, `--input=${content}`]);
    assert.equal(result.status, 0, result.stderr);
    assert.match(result.stderr, /not imported: .*a-folder\.txt:\n {4}.*a-folder\.txt is not a file\./);
    assert.match(result.stderr, /not imported: .*c-dangling\.txt:\n {4}.*c-dangling\.txt is a link to nothing\./);
    assert.doesNotMatch(result.stdout + result.stderr, /\.#b-taji-handover/, "an editor's lock file is not a story");
    assert.match(result.stdout, /Imported 1 article; 2 could not be imported/);
    assert.doesNotMatch(result.stderr, /\n\s+at /, "no stack trace");
  });

  it("refuses to copy a photo that is a link to a file outside the folder, naming the link", () => {
    const content = makeContent(REGISTRY);
    const folder = tempDir("stories");
    copyFileSync(join(STORIES, "taji-handover.txt"), join(folder, "taji-handover.txt"));
    symlinkSync("/etc/passwd", join(folder, "taji-handover.jpg"));
    const result = runCli("import.ts", [folder, "--source", "Reuters", `--input=${content}`]);
    assert.equal(result.status, 0, result.stderr);
    assert.match(result.stdout, /note: photo refused: .*taji-handover\.jpg is a link to \/etc\/passwd, outside .*; copy the file itself/);
    assert.ok(!existsSync(join(content, "images")), "nothing copied");
  });
});
