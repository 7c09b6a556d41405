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

/** What a build did to the output folder: "12 files written, 0 removed; 20,456 were up to date", or for a first build, the files written alone. */
export function writtenLine(written: number, removed: number, kept: number): string {
  const files = `${formatCount(written)} ${written === 1 ? "file" : "files"} written`;
  return kept === 0 && removed === 0 ? `${files}.` : `${files}, ${formatCount(removed)} removed; ${formatCount(kept)} ${kept === 1 ? "was" : "were"} up to date.`;
}

/**
 * A build's notes in one line, so the error that matters is not buried under one note per
 * unregistered name (1,971 of them in a generated 10,000-story archive). `npm run check` lists each.
 */
export function notesLine(issues: readonly ContentIssue[], alsoListedAt?: string): string | undefined {
  const notes = issues.filter((issue) => issue.severity === "note");
  if (notes.length === 0) return undefined;
  const names = notes.filter((issue) => issue.field.startsWith("entities.")).length;
  const others = notes.length - names;
  const parts = [
    ...(names > 0 ? [`${formatCount(names)} ${names === 1 ? "name is" : "names are"} not in entities.yaml`] : []),
    ...(others > 0 ? [`${formatCount(others)} ${names > 0 ? "other " : ""}${others === 1 ? "note" : "notes"}`] : []),
  ];
  const where = alsoListedAt ? `\`npm run check\` and ${alsoListedAt} list` : "`npm run check` lists";
  return `${parts.join(" and ")}; ${where} ${notes.length === 1 ? "it" : "them"}.`;
}

/**
 * Whether stack traces were asked for: `-- --debug`, or `npm run build --debug`, where npm
 * keeps the flag for itself and tells the script through npm_config_debug.
 */
export function wantsDebug(argv: readonly string[] = process.argv, env: NodeJS.ProcessEnv = process.env): boolean {
  return argv.includes("--debug") || env.npm_config_debug === "true";
}

/** The messages of an error and of what it wraps (Eleventy wraps errors in errors), outermost first. */
function messageChain(error: unknown): string[] {
  const messages: string[] = [];
  let current: unknown = error;
  for (let depth = 0; current !== undefined && current !== null && depth < 10; depth++) {
    const message = current instanceof Error ? current.message : String(current);
    const firstLine = message.split("\n")[0]!.trim();
    if (firstLine && !messages.includes(firstLine)) messages.push(firstLine);
    if (!(current instanceof Error)) break;
    const wrapped = current as Error & { originalError?: unknown };
    current = wrapped.originalError ?? wrapped.cause;
  }
  return messages;
}

/**
 * One paragraph for an error no check of Annals' own caught: what happened, what to do,
 * and how to see the stack trace, which only `--debug` prints.
 */
export function describeUnexpected(command: string, error: unknown, debug: boolean): string {
  if (debug) return error instanceof Error ? (error.stack ?? error.message) : String(error);
  const [outer = "no message", ...inner] = messageChain(error);
  const cause = inner.length > 0 ? ` (${inner[inner.length - 1]})` : "";
  return (
    `npm run ${command} stopped on an unexpected error: ${outer}${cause}. ` +
    "This is not a content error Annals knows how to explain: it may be a problem with this machine (a full disk, a file that may not be read) or a bug in Annals. " +
    `If the message does not tell you what to change, report it with the output of the same command. Run again with --debug for details: npm run ${command} -- --debug`
  );
}

/** For errors thrown where no try/catch waits (timers, callbacks): the same paragraph, and exit 1. */
export function exitOnUncaught(command: string, debug: boolean, afterReport: () => void = () => {}): void {
  const report = (error: unknown) => {
    console.error(describeUnexpected(command, error, debug));
    afterReport();
    process.exit(1);
  };
  process.on("uncaughtException", report);
  process.on("unhandledRejection", report);
}

/** node:util parseArgs reports an unknown or malformed option as a TypeError with this code prefix. */
export function isArgumentError(error: unknown): error is TypeError {
  return error instanceof TypeError && String((error as NodeJS.ErrnoException).code).startsWith("ERR_PARSE_ARGS_");
}
