// `npm run import -- export.xml`: a WordPress export becomes articles that check and build;
// a second run writes nothing.
import assert from "node:assert/strict";
import { cpSync, existsSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, it } from "node:test";
import matter from "gray-matter";
import { runCli } from "../helpers/cli.ts";
import { build, makeContent, ROOT, tempDir } from "../helpers/site.ts";

const FIXTURE = join(ROOT, "tests/fixtures/import-wxr");
const EXPORT = join(FIXTURE, "export.xml");
const REGISTRY = {
  "_data/sources.yaml": "- name: AFP\n- name: Reuters\n- name: Shafaq News\n- name: Rudaw\n- name: Example News\n",
  "_data/entities.yaml": [
    "- name: Joe Biden\n  type: person",
    "- name: Mustafa Al-Kadhimi\n  type: person",
    "- name: Hashd Al-Shaabi\n  type: organization\n  aliases: [Popular Mobilization Forces]",
    "- name: Iraq\n  type: place",
  ].join("\n"),
};

function frontMatterOf(content: string, path: string): Record<string, unknown> {
  return matter(readFileSync(join(content, "articles", path), "utf8")).data;
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: "utf8" }).filter((name) => statSync(join(dir, name)).isFile()).sort();
}

describe("npm run import: WordPress export", () => {
  it("imports posts with their dates, authors, terms, images, drafts and old addresses; skips the trash; checks and builds; a second run writes nothing", async () => {
    const content = makeContent(REGISTRY);
    const uploads = join(FIXTURE, "uploads");
    const first = runCli("import.ts", [EXPORT, "--source-field", "source", "--uploads", uploads, `--input=${content}`]);
    assert.equal(first.status, 0, first.stderr);
    assert.match(first.stdout, /WordPress export of "Example News": 42 items, 35 posts to import \(3 as drafts\), 1 trashed post skipped; not posts, left out: page \(2\), nav_menu_item \(1\), attachment \(3\)\./);
    assert.match(first.stdout, /skipped post 106 "Trashed duplicate of the Basra story": it is in the WordPress trash\./);
    assert.match(first.stdout, /4 images copied from .*uploads into/);
    assert.match(first.stdout, /Imported 35 articles; skipped 1\./);
    assert.equal(readdirSync(join(content, "articles/2021/06")).length, 25);

    const lead = frontMatterOf(content, "2021/07/iraq-militias-welcome-end-of-us-combat-mission.md");
    const leadText = () => readFileSync(join(content, "articles/2021/07/iraq-militias-welcome-end-of-us-combat-mission.md"), "utf8");
    assert.match(leadText(), /^date: 2021-07-28T14:30:00\+03:00$/m, "the site's time zone, from post_date and post_date_gmt");
    assert.equal(lead.author, "Jane Doe", "the author's display name, not the login");
    assert.equal(lead.source, "AFP", "from the custom field named with --source-field");
    assert.equal(lead.summary, "Armed factions close to Tehran called the announcement a first step.");
    assert.deepEqual(lead.tags, ["Iraq", "militias", "US-Iraq"], "categories and tags, without Uncategorized");
    assert.deepEqual(lead.image, {
      src: "/images/2021/07/taji-handover.gif",
      alt: "US soldiers at a handover ceremony at Taji base",
      caption: "US soldiers during a handover ceremony at Taji base, August 2020.",
    });
    assert.deepEqual((lead.entities as { people: string[] }).people, ["Joe Biden", "Mustafa Al-Kadhimi"]);
    assert.equal(lead.import_id, "https://example.org/?p=101");
    assert.equal(lead.redirect_from, undefined, "a default permalink is already the Annals address");
    assert.match(leadText(), /^#\s+organizations: \[Imam Ali Brigades\]$/m, "a militia is suggested as an organisation");
    assert.match(leadText(), /first step\. {2}\nPrime Minister/, "a bare line break stays a line break");
    assert.match(leadText(), /!\[US soldiers at a handover ceremony at Taji base\]\(\/images\/2021\/07\/taji-handover-640x360\.gif\)\n\n_US soldiers during a handover ceremony at Taji base, August 2020\. \(REUTERS\)_/);
    assert.match(leadText(), /\[a local broadcaster\]\(https:\/\/www\.example\.net\/report\)/);
    assert.doesNotMatch(leadText(), /trackPageView|color:red|\[caption/);
    assert.ok(existsSync(join(content, "images/2021/07/taji-handover-640x360.gif")));

    assert.deepEqual(frontMatterOf(content, "2021/07/kadhimi-visits-washington.md").redirect_from, ["/news/iraq/kadhimi-visits-washington/"]);
    assert.deepEqual(frontMatterOf(content, "2021/07/oil-exports-from-basra-rise-in-july.md").redirect_from, ["/?p=103"]);
    assert.deepEqual(frontMatterOf(content, "2021/07/kirkuk-talks.md").redirect_from, ["/2021/07/13/Kirkuk_Talks/"], "a slug Annals had to change");
    for (const draft of ["draft-sadr-announces-election-boycott", "internal-note-on-kirkuk-coverage", "najaf-pilgrims"]) {
      const fm = frontMatterOf(content, `2021/07/${draft}.md`);
      assert.equal(fm.draft, true, `${draft} is a draft`);
      assert.equal(fm.redirect_from, undefined, "an unpublished post had no public address");
    }
    assert.ok(!existsSync(join(content, "articles/2021/07/oil-exports-duplicate.md")), "trashed");
    assert.ok(!existsSync(join(content, "articles/2020")), "pages are not articles");

    const arabic = frontMatterOf(content, "2021/07/الصدر-يعلن-مقاطعة-الانتخابات.md");
    assert.equal(arabic.lang, "ar");
    assert.equal(arabic.redirect_from, undefined, "the %-encoded WordPress address is the same address");
    assert.match(readFileSync(join(content, "articles/2021/07/late-night-vote-in-parliament-passes-budget.md"), "utf8"), /^date: 2021-07-29T01:15:00\+03:00$/m, "the local day, as in WordPress' own address");

    const mosul = readFileSync(join(content, "articles/2021/07/video-mosuls-old-city-rebuilt.md"), "utf8");
    assert.match(mosul, /\[https:\/\/www\.youtube\.com\/watch\?v=mosul123\]\(https:\/\/www\.youtube\.com\/watch\?v=mosul123\)/);
    assert.match(mosul, /!\[A rebuilt street in Mosul's old city\]\(\/images\/2021\/07\/mosul-street\.gif\)/, "the gallery's images");
    assert.match(mosul, /^The reconstruction is funded by UNESCO\.$/m, "page-builder shortcodes dropped, their text kept");
    assert.doesNotMatch(mosul, /\[(vc_|gallery|contact-form|embed)/);
    assert.match(first.stdout, /note: dropped WordPress shortcodes with no meaning here: \[contact-form-7\], \[vc_column\], \[vc_row\]\./);

    const check = runCli("check.ts", [`--input=${content}`]);
    assert.equal(check.status, 0, check.stdout);
    const site = await build(content);
    assert.ok(site.result.ok, JSON.stringify(site.result.issues));
    assert.ok(site.exists("/2021/07/28/iraq-militias-welcome-end-of-us-combat-mission/"));
    assert.ok(site.exists("/2021/07/15/الصدر-يعلن-مقاطعة-الانتخابات/"));
    assert.ok(!site.exists("/2021/07/20/draft-sadr-announces-election-boycott/"), "drafts are not published");

    const before = filesUnder(content).map((name) => [name, statSync(join(content, name)).mtimeMs]);
    const second = runCli("import.ts", [EXPORT, "--source-field", "source", "--uploads", uploads, `--input=${content}`]);
    assert.equal(second.status, 0, second.stderr);
    assert.match(second.stdout, /skipped post 101 "Iraq militias welcome end of US combat mission": already imported \(import_id https:\/\/example\.org\/\?p=101 is in /);
    assert.match(second.stdout, /Imported 0 articles; skipped 36\.\nNothing new to import\./);
    assert.deepEqual(filesUnder(content).map((name) => [name, statSync(join(content, name)).mtimeMs]), before, "nothing written the second time");
  });

  it("without --uploads keeps images as web addresses and says how many; refuses an upload that links outside the folder", () => {
    const content = makeContent(REGISTRY);
    const plain = runCli("import.ts", [EXPORT, "--source", "AFP", `--input=${content}`]);
    assert.equal(plain.status, 0, plain.stderr);
    assert.match(plain.stdout, /4 images left as web addresses: pass --uploads with a copy of wp-content\/uploads/);
    assert.equal(frontMatterOf(content, "2021/07/oil-exports-from-basra-rise-in-july.md").source, "AFP");
    assert.equal((frontMatterOf(content, "2021/07/iraq-militias-welcome-end-of-us-combat-mission.md").image as { src: string }).src, "https://example.org/wp-content/uploads/2021/07/taji-handover.gif");

    const hostile = makeContent(REGISTRY);
    const uploads = join(tempDir("uploads"), "uploads");
    cpSync(join(FIXTURE, "uploads"), uploads, { recursive: true });
    rmSync(join(uploads, "2021/07/taji-handover.gif"));
    symlinkSync("/etc/passwd", join(uploads, "2021/07/taji-handover.gif"));
    const result = runCli("import.ts", [EXPORT, "--source", "AFP", "--uploads", uploads, `--input=${hostile}`]);
    assert.equal(result.status, 0, result.stderr);
    assert.match(result.stdout, /note: image not copied, kept as its web address: .*taji-handover\.gif is a link to \/etc\/passwd, outside /);
    assert.ok(!existsSync(join(hostile, "images/2021/07/taji-handover.gif")));
  });

  it("says what is wrong with a file that is not a WordPress export, and exits 1", () => {
    const content = makeContent(REGISTRY);
    const text = readFileSync(EXPORT, "utf8");
    const cut = join(tempDir("cut"), "export.xml");
    writeFileSync(cut, `${text.slice(0, text.indexOf("<item>", 3000))}<item><title>Broken</title></channel>`);
    const result = runCli("import.ts", [cut, `--input=${content}`]);
    assert.equal(result.status, 1);
    assert.match(result.stderr, /not a readable WordPress export: line \d+, column \d+: unexpected close tag/);
    assert.doesNotMatch(result.stderr, /\n\s+at /, "no stack trace");
  });

  it("npm run check refuses an old address claimed twice, or one that is another story's address", () => {
    const story = (title: string, redirects: string) => `---\ntitle: ${title}\ndate: 2021-07-28\nsource: AFP\nredirect_from: ${redirects}\n---\nText.\n`;
    const content = makeContent({
      ...REGISTRY,
      "articles/2021/07/first.md": story("First", "[/news/old/]"),
      "articles/2021/07/second.md": story("Second", "[/news/old, /2021/07/28/first/]"),
    });
    const check = runCli("check.ts", [`--input=${content}`]);
    assert.equal(check.status, 1);
    assert.match(check.stdout, /second\.md {2}redirect_from\[0\] {2}"\/news\/old" is also in redirect_from of .*first\.md/);
    assert.match(check.stdout, /second\.md {2}redirect_from\[1\] {2}"\/2021\/07\/28\/first\/" is the address of .*first\.md/);
  });
});
