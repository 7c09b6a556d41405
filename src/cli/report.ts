// Prints content issues the same way for every command.
import { formatIssue, sortIssues, type ContentIssue } from "../errors.ts";

export function printIssues(issues: readonly ContentIssue[], stream: NodeJS.WriteStream = process.stderr): void {
  for (const issue of sortIssues(issues)) stream.write(`${formatIssue(issue)}\n`);
}

export function countLine(issues: readonly ContentIssue[]): string {
  const count = (severity: ContentIssue["severity"]) => issues.filter((issue) => issue.severity === severity).length;
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;
  const notes = count("note");
  return `${plural(count("error"), "error")}, ${plural(count("warning"), "warning")}${notes > 0 ? `, ${plural(notes, "note")}` : ""}`;
}
