import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { formatIssue } from "../../src/errors.ts";

describe("an issue printed to the terminal", () => {
  it("shows control characters in a file name or message instead of sending them to the terminal", () => {
    const line = formatIssue({ severity: "error", file: "content/articles/x\u001b[2J\nfake.md", field: "title", message: "expected text, got \"\u009b31m\"." });
    assert.equal(line, "content/articles/x\\u{1b}[2J\\u{a}fake.md  title  expected text, got \"\\u{9b}31m\".");
  });

  it("leaves ordinary text, Arabic and tabs alone", () => {
    const issue = { severity: "warning", file: "content/articles/2021/07/x.md", line: 3, field: "title", message: "ok\tبغداد" } as const;
    assert.equal(formatIssue(issue), "content/articles/2021/07/x.md:3  title  warning: ok\tبغداد");
  });
});
