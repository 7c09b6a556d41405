// What the preview tells an author: each problem once in the terminal while the server
// runs (again when its file is saved), the notes in one line, a box on every page it
// serves, and a page listing every problem and note.
import assert from "node:assert/strict";
import { utimesSync } from "node:fs";
import { join } from "node:path";
import { describe, it } from "node:test";
import type { ContentIssue } from "../../src/errors.ts";
import { previewProblemsPage } from "../../layouts/preview-problems.ts";
import { notesLine } from "../../src/cli/report.ts";
import { previewProblems, problemsReport, ProblemLog, withProblemsBox } from "../../src/preview/problems.ts";
import { tempDir, writeFiles } from "../helpers/site.ts";

describe("the preview's problem reports", () => {
  it("prints a note once per server run, and again only when its file changes", () => {
    const root = tempDir("problems");
    writeFiles(root, { "content/articles/x.md": "---\n---\n" });
    const note: ContentIssue = { severity: "note", file: "content/articles/x.md", field: "entities.people", message: "`Abdul Latif Rashid` is not in entities.yaml" };
    const log = new ProblemLog(root);
    assert.equal(log.fresh([note]).length, 1, "printed the first time");
    assert.equal(log.fresh([note]).length, 0, "not after the next save of another file");
    utimesSync(join(root, "content/articles/x.md"), new Date(), new Date(Date.now() + 5000));
    assert.equal(log.fresh([note]).length, 1, "printed again once its file is saved");
  });

  it("puts errors and warnings, not notes, in a box at the top of the page's body", () => {
    const issues: ContentIssue[] = [
      { severity: "error", file: "content/articles/b.md", line: 3, field: "date", message: "expected a date" },
      { severity: "note", file: "content/articles/a.md", field: "entities.people", message: "not registered" },
    ];
    const problems = previewProblems(issues)!;
    assert.equal(problems.heading, "1 content error: the files with errors are left out of the preview until fixed");
    assert.equal(problems.lines.length, 1);
    const page = withProblemsBox("<!DOCTYPE html><html><body class=x><main>M</main></body></html>", problems);
    assert.match(page, /<body class=x>\n<aside class="preview-problems" role="alert"[^>]*>[\s\S]*b\.md:3  date  expected a date[\s\S]*<\/aside><main>/);
    assert.equal(previewProblems([issues[1]!]), undefined, "notes alone show no box");
  });

  it("counts the errors and the warnings it lists, each as what it is", () => {
    const warning: ContentIssue = { severity: "warning", file: "content/articles/c.md", line: 2, field: "entites", message: "unknown key" };
    const error: ContentIssue = { severity: "error", file: "content/articles/b.md", line: 3, field: "date", message: "expected a date" };
    assert.equal(previewProblems([error, warning])!.heading, "1 content error and 1 warning: the files with errors are left out of the preview until fixed");
    assert.equal(previewProblems([warning, { ...warning, line: 4 }])!.heading, "2 warnings");
  });

  it("links the box to the full list when there are notes besides, and lists everything there, by severity", () => {
    const issues: ContentIssue[] = [
      { severity: "note", file: "content/articles/a.md", field: "entities.people", message: "`<Ali>` is not in entities.yaml" },
      { severity: "warning", file: "content/articles/c.md", line: 2, field: "entites", message: "unknown key" },
      { severity: "note", file: "content/articles/d.md", field: "entities.places", message: "`Basra` is not in entities.yaml" },
    ];
    const box = withProblemsBox("<body></body>", previewProblems(issues)!);
    assert.match(box, /<a href="\/_annals\/problems\/">The full list, with 2 notes<\/a>/);
    const report = problemsReport(issues);
    assert.equal(report.heading, "Content problems: 0 errors, 1 warning, 2 notes");
    assert.deepEqual(
      report.sections.map(({ title, lines }) => [title, lines.map((issue) => issue.file)]),
      [
        ["Warnings (1)", ["content/articles/c.md"]],
        ["Notes (2)", ["content/articles/a.md", "content/articles/d.md"]],
      ],
    );
    const page = previewProblemsPage(report);
    assert.match(page, /<h2>Notes \(2\)<\/h2>/);
    assert.match(page, /`&lt;Ali&gt;` is not in entities\.yaml/, "escaped");
  });

  it("sums the notes up in one line that says where they are listed", () => {
    const note = (name: string): ContentIssue => ({ severity: "note", file: "content/articles/a.md", field: "entities.people", message: `\`${name}\` is not in entities.yaml` });
    assert.equal(notesLine([note("A"), note("B")], "http://localhost:8080/_annals/problems/"), "2 names are not in entities.yaml; `npm run check` and http://localhost:8080/_annals/problems/ list them.");
    assert.equal(notesLine([note("A")]), "1 name is not in entities.yaml; `npm run check` lists it.");
  });
});
