// The interface's text: one table per language, every key in each, plural forms as
// Intl.PluralRules chooses them (six in Arabic), numbers and dates in the site's digits,
// and a site's own table checked whole, each problem naming its key and file.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { readDataFiles } from "../../src/content/data-files.ts";
import { parseArticleDate, type ArticleDate } from "../../src/dates.ts";
import type { ContentIssue } from "../../src/errors.ts";
import { html } from "../../src/html.ts";
import { checkMessageTable } from "../../src/messages/check-table.ts";
import { en } from "../../src/messages/en.ts";
import { SHIPPED_MESSAGES, shippedMessages } from "../../src/messages/index.ts";
import { localize } from "../../src/messages/localize.ts";
import type { MessageTable } from "../../src/messages/table.ts";
import { DEFAULT_SITE_YAML, makeContent, ROOT } from "../helpers/site.ts";

const inLanguage = (language: string, digits: "latin" | "native" = "latin") => localize({ language, digits, messages: shippedMessages(language)! });

function day(text: string): ArticleDate {
  const parsed = parseArticleDate(text);
  assert.ok(parsed.ok);
  return parsed.date;
}

describe("the message tables Annals ships", () => {
  it("each has every message, with a form for every plural category of its language", () => {
    for (const [language, table] of Object.entries(SHIPPED_MESSAGES)) {
      assert.deepEqual(checkMessageTable(table, language, `src/messages/${language}.ts`).issues, [], language);
    }
  });

  it("are found by a regional tag's language", () => {
    assert.equal(shippedMessages("ar-IQ"), SHIPPED_MESSAGES.ar);
    assert.equal(shippedMessages("de"), undefined);
  });
});

describe("plural forms", () => {
  it("gives Arabic counts their six forms: zero, one, two, few, many and other", () => {
    const ui = inLanguage("ar");
    assert.deepEqual(
      [0, 1, 2, 3, 11, 100].map((count) => ui.count("count.articles", count)),
      ["لا مقالات", "مقال واحد", "مقالان", "3 مقالات", "11 مقالًا", "100 مقال"],
    );
  });

  it("gives English its two", () => {
    const ui = inLanguage("en");
    assert.deepEqual([0, 1, 2, 1500].map((count) => ui.count("count.articles", count)), ["0 articles", "1 article", "2 articles", "1,500 articles"]);
  });
});

describe("digits", () => {
  it("writes numbers and dates in Latin digits unless the site asks for the language's own", () => {
    assert.equal(inLanguage("ar").count("count.articles", 25), "25 مقالًا");
    assert.equal(inLanguage("ar", "native").count("count.articles", 25), "٢٥ مقالًا");
    assert.equal(inLanguage("fa", "native").number(1400), "۱٬۴۰۰");
    assert.equal(inLanguage("ar", "native").year(2021), "٢٠٢١");
    assert.equal(inLanguage("en", "native").number(2021), "2,021", "English's own digits are Latin");
  });
});

describe("dates", () => {
  it("writes the Gregorian date in the language, even where the language's own calendar is another", () => {
    assert.equal(inLanguage("en").date(day("2021-07-28")), "July 28, 2021");
    assert.equal(inLanguage("ar", "native").date(day("2021-07-28")), "٢٨ يوليو ٢٠٢١");
    assert.equal(inLanguage("fa", "native").date(day("2021-07-28")), "۲۸ ژوئیهٔ ۲۰۲۱");
    assert.equal(inLanguage("ar").month(2021, 7), "يوليو 2021");
  });

  it("writes the Hijri and Solar Hijri dates in the language's script", () => {
    assert.deepEqual(
      inLanguage("ar", "native").regionalDates(day("2021-07-28"), ["hijri", "solar-hijri"]).map((date) => date.text),
      ["١٨ ذو الحجة ١٤٤٢ هـ", "٦ مرداد ١٤٠٠ ه\u200d.ش"],
    );
    assert.deepEqual(inLanguage("fa", "native").regionalDates(day("2021-07-28"), ["solar-hijri"]).map((date) => date.text), ["۶ مرداد ۱۴۰۰"]);
  });
});

describe("filling a message", () => {
  it("escapes the message's words and its text values, and prints markup values as markup", () => {
    const ui = inLanguage("en");
    assert.equal(
      String(ui.markup("notFound.onward", { latest: html`<a href="/">latest</a>`, archive: "<b>" })),
      'Or start from the <a href="/">latest</a> or the &lt;b&gt;.',
    );
    assert.equal(ui.text("search.description", { site: "Annals" }), "Search Annals.");
  });
});

describe("a site's own message table", () => {
  const GERMAN = Object.fromEntries(Object.entries(en).map(([key, value]) => [key, typeof value === "string" ? `de ${value}` : { one: `de ${value.one}`, other: `de ${value.other}` }]));

  it("is taken whole when every message is there", () => {
    const checked = checkMessageTable(GERMAN, "de", "content/_data/messages/de.yaml");
    assert.deepEqual(checked.issues, []);
    assert.equal(checked.table?.["nav.latest"], "de Latest");
  });

  it("names the file and the key of a missing message", () => {
    const { ["nav.latest"]: _left, ...missing } = GERMAN;
    const { table, issues } = checkMessageTable(missing, "de", "content/_data/messages/de.yaml");
    assert.equal(table, undefined);
    assert.deepEqual(
      issues.map(({ file, field, severity }) => ({ file, field, severity })),
      [{ file: "content/_data/messages/de.yaml", field: "nav.latest", severity: "error" }],
    );
    assert.match(issues[0]!.message, /is missing.*"Latest"/);
  });

  it("names a plural form the language needs and the table lacks", () => {
    const arabic: Record<string, unknown> = { ...SHIPPED_MESSAGES.ar, "count.stories": { one: "خبر واحد", other: "{count} خبر" } };
    const { issues } = checkMessageTable(arabic, "ar", "content/_data/messages/ar.yaml");
    assert.equal(issues.length, 1);
    assert.equal(issues[0]!.field, "count.stories");
    assert.match(issues[0]!.message, /missing few, many, two, zero\./);
  });

  it("refuses a value the message does not have", () => {
    const { issues } = checkMessageTable({ ...GERMAN, "search.description": "Suche in {seite}." }, "de", "de.yaml");
    assert.deepEqual(issues.map((issue) => issue.field), ["search.description"]);
    assert.match(issues[0]!.message, /\{seite\} is no value of this message; it has \{site\}/);
  });

  function readSite(files: Record<string, string>): { messages: MessageTable | undefined; issues: ContentIssue[] } {
    const issues: ContentIssue[] = [];
    const data = readDataFiles(ROOT, makeContent(files), issues);
    return { messages: data?.messages[data.site.language], issues };
  }

  it("stops the build for a language Annals has no table for, naming site.yaml's line", () => {
    const { messages, issues } = readSite({ "_data/site.yaml": DEFAULT_SITE_YAML.replace("language: en", "language: de") });
    assert.equal(messages, undefined);
    assert.deepEqual(issues.map(({ file, line, field }) => ({ file, line, field })), [{ file: issues[0]!.file, line: 4, field: "language" }]);
    assert.match(issues[0]!.file, /content\/_data\/site\.yaml$/);
    assert.match(issues[0]!.message, /no interface text in "de".*messages\/de\.yaml/);
  });

  it("rewords a shipped language's messages, and a missing one in a new language stops the build with its key, file and line", () => {
    const reworded = readSite({ "_data/messages/en.yaml": 'nav.latest: "Newest"\n' });
    assert.deepEqual(reworded.issues, []);
    assert.equal(reworded.messages?.["nav.latest"], "Newest");
    assert.equal(reworded.messages?.["nav.archive"], "Archive");

    const lines = Object.entries(GERMAN).filter(([key]) => key !== "home.heading").map(([key, value]) => `${JSON.stringify(key)}: ${JSON.stringify(value)}`);
    const broken = readSite({ "_data/site.yaml": DEFAULT_SITE_YAML.replace("language: en", "language: de"), "_data/messages/de.yaml": `${lines.join("\n")}\n` });
    assert.equal(broken.messages, undefined);
    assert.deepEqual(broken.issues.map(({ field, severity }) => ({ field, severity })), [{ field: "home.heading", severity: "error" }]);
    assert.match(broken.issues[0]!.file, /content\/_data\/messages\/de\.yaml$/);
  });
});
