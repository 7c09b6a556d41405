// What the preview tells an author about broken content: on every page it serves, and
// once in the terminal for each problem (again only when its file changes).
import { statSync } from "node:fs";
import { resolve } from "node:path";
import { previewProblemsBox } from "../../layouts/preview-problems.ts";
import { formatIssue, sortIssues, type ContentIssue } from "../errors.ts";

export interface PreviewProblems {
  heading: string;
  /** Errors and warnings, sorted by file; notes stay in the terminal. */
  lines: ContentIssue[];
}

export function previewProblems(issues: readonly ContentIssue[]): PreviewProblems | undefined {
  const lines = sortIssues(issues.filter((issue) => issue.severity !== "note"));
  if (lines.length === 0) return undefined;
  const errors = lines.filter((issue) => issue.severity === "error").length;
  const warnings = lines.length - errors;
  const count = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;
  const counted = [...(errors > 0 ? [count(errors, "content error")] : []), ...(warnings > 0 ? [count(warnings, "warning")] : [])].join(" and ");
  const heading = errors > 0 ? `${counted}: the files with errors are left out of the preview until fixed` : counted;
  return { heading, lines };
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
