import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { notesLine } from "../../src/cli/report.ts";
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
