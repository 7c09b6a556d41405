import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { before, describe, it } from "node:test";
import { HtmlValidate } from "html-validate";
import { build, ROOT, type BuiltSite } from "../helpers/site.ts";

const validator = new HtmlValidate({
  extends: ["html-validate:recommended"],
  // News headlines are routinely longer than 70 characters; the page title carries them whole.
  rules: { "long-title": "off" },
});

describe("the built sample archive", () => {
  let site: BuiltSite;
  before(async () => {
    site = await build(join(ROOT, "content"));
    assert.ok(site.result.ok, JSON.stringify(site.result.issues));
  });

  it("is valid HTML on every page (html-validate, recommended rules)", async () => {
    const pages = readdirSync(site.output, { recursive: true, encoding: "utf8" }).filter((name) => name.endsWith(".html"));
    assert.ok(pages.length > 10, `expected the sample archive's pages, found ${pages.length}`);
    const problems: string[] = [];
    for (const name of pages) {
      const report = await validator.validateString(readFileSync(join(site.output, name), "utf8"), name);
      for (const result of report.results) {
        for (const message of result.messages) problems.push(`${name}:${message.line}:${message.column} ${message.ruleId} ${message.message}`);
      }
    }
    assert.deepEqual(problems, []);
  });
});
