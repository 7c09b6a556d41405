// What the preview tells an author about broken content: on every page it serves, on a
// page of its own (urls.previewProblems), and in the terminal: once for each error and
// warning (again only when its file changes), the notes summed up in one line.
import { statSync } from "node:fs";
import { resolve } from "node:path";
import { previewProblemsBox, type PreviewProblems, type ProblemsReport } from "../../layouts/preview-problems.ts";
import { countLine } from "../cli/report.ts";
import { formatIssue, sortIssues, type ContentIssue } from "../errors.ts";

export type { PreviewProblems, ProblemsReport };

const count = (n: number, word: string) => `${n.toLocaleString("en-US")} ${word}${n === 1 ? "" : "s"}`;

/** The box's contents: errors and warnings; undefined when there are none (notes alone show no box). */
export function previewProblems(issues: readonly ContentIssue[]): PreviewProblems | undefined {
  const lines = sortIssues(issues.filter((issue) => issue.severity !== "note"));
  if (lines.length === 0) return undefined;
  const errors = lines.filter((issue) => issue.severity === "error").length;
  const warnings = lines.length - errors;
  const notes = issues.length - lines.length;
  const counted = [...(errors > 0 ? [count(errors, "content error")] : []), ...(warnings > 0 ? [count(warnings, "warning")] : [])].join(" and ");
  const heading = errors > 0 ? `${counted}: the files with errors are left out of the preview until fixed` : counted;
  return { heading, lines, ...(notes > 0 ? { more: `with ${count(notes, "note")}` } : {}) };
}

/** Everything the last rebuild found, errors first, for the preview's problems page. */
export function problemsReport(issues: readonly ContentIssue[]): ProblemsReport {
  const sorted = sortIssues(issues);
  const sections = (
    [
      ["error", "Errors: these files are left out of the preview"],
      ["warning", "Warnings"],
      ["note", "Notes"],
    ] as const
  ).flatMap(([severity, title]) => {
    const lines = sorted.filter((issue) => issue.severity === severity);
    return lines.length > 0 ? [{ title: `${title} (${lines.length.toLocaleString("en-US")})`, lines }] : [];
  });
  return { heading: issues.length === 0 ? "No content problems" : `Content problems: ${countLine(issues)}`, sections };
}

/** The page with the problems box first in its body. */
export function withProblemsBox(page: string, problems: PreviewProblems): string {
  const box = previewProblemsBox(problems).toString();
  const body = /<body[^>]*>/i.exec(page);
  return body ? `${page.slice(0, body.index + body[0].length)}\n${box}${page.slice(body.index + body[0].length)}` : `${box}${page}`;
}

/** Remembers which problems were printed, so a rebuild prints only what is new or re-saved. */
export class ProblemLog {
  private readonly printed = new Set<string>();

  constructor(private readonly projectRoot: string) {}

  private stamp(file: string): string {
    try {
      return String(statSync(resolve(this.projectRoot, file)).mtimeMs);
    } catch {
      return "gone";
    }
  }

  /** The issues not printed before in this session (or whose file has changed since). */
  fresh(issues: readonly ContentIssue[]): ContentIssue[] {
    return sortIssues(issues).filter((issue) => {
      const key = `${issue.file}\0${this.stamp(issue.file)}\0${formatIssue(issue)}`;
      if (this.printed.has(key)) return false;
      this.printed.add(key);
      return true;
    });
  }
}
