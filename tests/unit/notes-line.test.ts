import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { notesLine, writtenLine } from "../../src/cli/report.ts";
import type { ContentIssue } from "../../src/errors.ts";

const issue = (severity: ContentIssue["severity"], field: string): ContentIssue => ({ severity, file: "content/articles/2021/07/x.md", field, message: "..." });
const names = (count: number) => Array.from({ length: count }, () => issue("note", "entities.people"));

describe("notesLine", () => {
  it("counts the names missing from entities.yaml in one line that points to npm run check", () => {
    assert.equal(notesLine([...names(1971), issue("error", "date"), issue("warning", "entites")]), "1,971 names are not in entities.yaml; `npm run check` lists them.");
    assert.equal(notesLine(names(1)), "1 name is not in entities.yaml; `npm run check` lists it.");
  });

  it("counts any other kind of note beside them, and says nothing without notes", () => {
    assert.equal(notesLine([...names(2), issue("note", "source")]), "2 names are not in entities.yaml and 1 other note; `npm run check` lists them.");
    assert.equal(notesLine([issue("note", "source"), issue("note", "source")]), "2 notes; `npm run check` lists them.");
    assert.equal(notesLine([issue("warning", "entites")]), undefined);
  });
});

describe("writtenLine", () => {
  it("says what a first build wrote, without calling anything up to date", () => {
    assert.equal(writtenLine(287, 0, 0), "287 files written.");
  });

  it("says what a later build wrote, removed and kept", () => {
    assert.equal(writtenLine(12, 1, 20_456), "12 files written, 1 removed; 20,456 were up to date.");
    assert.equal(writtenLine(1, 0, 1), "1 file written, 0 removed; 1 was up to date.");
  });
});
