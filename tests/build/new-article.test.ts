// `npm run new`: a valid article where the archive expects it, never over another.
import assert from "node:assert/strict";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, it } from "node:test";
import { DateTime } from "luxon";
import { runCli } from "../helpers/cli.ts";
import { build, makeContent } from "../helpers/site.ts";

const SOURCES = "- name: AFP\n  aliases: [Agence France-Presse]\n";

describe("npm run new", () => {
  it("writes the article with today's date, the canonical source and commented-out fields, as a draft a build leaves out", async () => {
    const content = makeContent({ "_data/sources.yaml": SOURCES });
    const result = runCli("new.ts", ["Iraqi PM visits Tehran: talks on militias", "--source", "agence france-presse", `--input=${content}`]);
    assert.equal(result.status, 0, result.stderr);
    const today = DateTime.local();
    const path = join(content, "articles", today.toFormat("yyyy/MM"), "iraqi-pm-visits-tehran-talks-on-militias.md");
    assert.match(result.stdout, new RegExp(`Created ${relative(process.cwd(), path).replace(/[.]/g, "\\.")}`));
    const url = `/${today.toFormat("yyyy/MM/dd")}/iraqi-pm-visits-tehran-talks-on-militias/`;
    assert.match(result.stdout, /It is a draft/);
    assert.match(result.stdout, new RegExp(`delete the line \`draft: true\`.*published at ${url}`));
    const text = readFileSync(path, "utf8");
    assert.match(text, /^title: "Iraqi PM visits Tehran: talks on militias"$/m);
    assert.match(text, new RegExp(`^date: ${today.toISODate()}$`, "m"));
    assert.match(text, /^source: AFP$/m);
    assert.match(text, /^# summary: /m);
    assert.match(text, /^# entities:$/m);
    assert.match(text, /^draft: true$/m);
    const draft = await build(content);
    assert.ok(draft.result.ok, JSON.stringify(draft.result.issues));
    assert.equal(draft.exists(url), false, "the placeholder story is not published");
    assert.deepEqual(draft.result.issues, [], "a draft with the placeholder is no problem yet");
    // Published without writing the story: a warning naming the file and the line.
    writeFileSync(path, text.replace(/^draft: true\n/m, ""));
    const published = await build(content);
    assert.ok(published.result.ok);
    assert.ok(published.exists(url));
    const [warning] = published.result.issues;
    assert.equal(warning?.severity, "warning");
    assert.match(warning?.message ?? "", /still "Write the story here\."/);
    assert.equal(warning?.line, text.replace(/^draft: true\n/m, "").split("\n").indexOf("Write the story here.") + 1);
  });

  it("takes a date and a language, and notes an outlet missing from sources.yaml", () => {
    const content = makeContent({ "_data/sources.yaml": SOURCES });
    const result = runCli("new.ts", ["الصدر يعلن مقاطعة الانتخابات", "--date", "2021-07-15", "--source", "Shafaq News", "--lang", "ar", `--input=${content}`]);
    assert.equal(result.status, 0, result.stderr);
    assert.match(result.stdout, /note: `Shafaq News` is not in .*sources\.yaml/);
    const text = readFileSync(join(content, "articles/2021/07/الصدر-يعلن-مقاطعة-الانتخابات.md"), "utf8");
    assert.match(text, /^lang: ar$/m);
    assert.match(text, /^date: 2021-07-15$/m);
  });

  it("refuses to overwrite an existing article", () => {
    const content = makeContent({ "_data/sources.yaml": SOURCES });
    const args = ["Same headline", "--date", "2021-07-28", "--source", "AFP", `--input=${content}`];
    assert.equal(runCli("new.ts", args).status, 0);
    const path = join(content, "articles/2021/07/same-headline.md");
    const before = readFileSync(path, "utf8");
    const again = runCli("new.ts", args);
    assert.equal(again.status, 1);
    assert.match(again.stderr, /same-headline\.md already exists and was left as it was/);
    assert.equal(readFileSync(path, "utf8"), before);
  });

  it("explains a bad date, a bad language tag and a missing headline", () => {
    const content = makeContent({});
    const badDate = runCli("new.ts", ["X", "--date", "2021-02-30", `--input=${content}`]);
    assert.equal(badDate.status, 1);
    assert.match(badDate.stderr, /--date: "2021-02-30" is not a real date: February 2021 has 28 days\./);
    const badLang = runCli("new.ts", ["X", "--lang", "Arabic!", `--input=${content}`]);
    assert.match(badLang.stderr, /--lang: expected a language tag like en, ar or fa/);
    const noTitle = runCli("new.ts", [`--input=${content}`]);
    assert.equal(noTitle.status, 1);
    assert.match(noTitle.stderr, /Give the headline first/);
  });

  it("refuses a --slug that is not a slug, writing nothing outside the articles", () => {
    const content = makeContent({});
    for (const slug of ["../../../../evil", "Upper-Case", "a/b", ""]) {
      const result = runCli("new.ts", ["T", "--slug", slug, "--date", "2021-07-28", `--input=${content}`]);
      assert.equal(result.status, 1, slug);
      assert.match(result.stderr, /--slug: expected a URL slug of lowercase letters, digits and hyphens/);
      assert.doesNotMatch(result.stderr, /\n\s+at /, "no stack trace");
    }
    assert.ok(!existsSync(join(content, "articles")), "no folder created on the way");
    assert.ok(!existsSync(join(content, "..", "..", "evil.md")));
  });
});
