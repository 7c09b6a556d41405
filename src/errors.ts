// Errors Annals reports to people: each names where the problem is and how to fix it.

export type Severity = "error" | "warning" | "note";

export interface ContentIssue {
  severity: Severity;
  /** Path relative to the project root, e.g. content/articles/2021/07/x.md */
  file: string;
  line?: number;
  /** Dotted front-matter path (image.alt), or "" for the file as a whole. */
  field: string;
  message: string;
}

/**
 * Control characters shown as \u{1b} rather than sent to the terminal: a file named with
 * an escape sequence (or a value quoted in a message) could otherwise clear the screen,
 * recolour it or fake lines of the report.
 */
function visible(text: string): string {
  return text.replace(/[\u0000-\u0008\u000A-\u001F\u007F-\u009F]/g, (character) => `\\u{${character.charCodeAt(0).toString(16)}}`);
}

export function formatIssue(issue: ContentIssue): string {
  const where = issue.line === undefined ? issue.file : `${issue.file}:${issue.line}`;
  const label = issue.severity === "error" ? "" : `${issue.severity}: `;
  return visible(`${where}  ${issue.field || "-"}  ${label}${issue.message}`);
}

/** Files first, then line, so a reader can work down the list. */
export function sortIssues(issues: readonly ContentIssue[]): ContentIssue[] {
  return [...issues].sort(
    (a, b) => a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0) || a.field.localeCompare(b.field),
  );
}

export class AnnalsError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = new.target.name;
  }
}

/** Every content error of a build, reported together. */
export class ContentErrors extends AnnalsError {
  readonly issues: ContentIssue[];
  constructor(issues: readonly ContentIssue[]) {
    const errors = sortIssues(issues.filter((issue) => issue.severity === "error"));
    super(
      `${errors.length} content ${errors.length === 1 ? "error" : "errors"}; nothing was written.\n` +
        errors.map(formatIssue).join("\n"),
    );
    this.issues = sortIssues(issues);
  }
}

/** Finds our own error inside whatever Eleventy wrapped it in. */
export function findAnnalsError(error: unknown): AnnalsError | undefined {
  let current: unknown = error;
  for (let depth = 0; current instanceof Error && depth < 10; depth++) {
    if (current instanceof AnnalsError) return current;
    const wrapped = current as Error & { originalError?: unknown };
    current = wrapped.originalError ?? wrapped.cause;
  }
  return undefined;
}
