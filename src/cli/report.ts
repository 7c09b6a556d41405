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

const formatCount = (n: number) => n.toLocaleString("en-US");

/**
 * A build's notes in one line, so the error that matters is not buried under one note per
 * unregistered name (1,971 of them in a generated 10,000-story archive). `npm run check` lists each.
 */
export function notesLine(issues: readonly ContentIssue[]): string | undefined {
  const notes = issues.filter((issue) => issue.severity === "note");
  if (notes.length === 0) return undefined;
  const names = notes.filter((issue) => issue.field.startsWith("entities.")).length;
  const others = notes.length - names;
  const parts = [
    ...(names > 0 ? [`${formatCount(names)} ${names === 1 ? "name is" : "names are"} not in entities.yaml`] : []),
    ...(others > 0 ? [`${formatCount(others)} ${names > 0 ? "other " : ""}${others === 1 ? "note" : "notes"}`] : []),
  ];
  return `${parts.join(" and ")}; \`npm run check\` lists ${notes.length === 1 ? "it" : "them"}.`;
}
