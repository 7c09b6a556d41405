// Writes what the importers produced: each article file (never over an existing one)
// and the files it needs copied, reporting every file written, every note, every item
// skipped and every failure as it goes.
import { copyFileSync, existsSync, readFileSync } from "node:fs";
import { displayPath } from "../../display-path.ts";
import { AnnalsError } from "../../errors.ts";
import { writeNewArticle } from "../article-file.ts";
import type { FileCopy, ImportOutcome } from "./outcome.ts";
import { createWholeFile } from "../../whole-file.ts";

export interface WriteCounts {
  written: number;
  skipped: number;
  failed: number;
}

export interface Output {
  out(line: string): void;
  err(line: string): void;
}

export const consoleOutput: Output = { out: (line) => console.log(line), err: (line) => console.error(line) };

/** A copy already made (by this run or an earlier one) with the same bytes is fine. */
function alreadyCopied(copy: FileCopy): boolean {
  return existsSync(copy.to) && readFileSync(copy.to).equals(readFileSync(copy.from));
}

/** An earlier run wrote exactly this file (an item with no id to remember it by). */
function sameFileThere(file: string, text: string): boolean {
  try {
    return readFileSync(file, "utf8") === text;
  } catch {
    return false;
  }
}

function writeOne(outcome: Extract<ImportOutcome, { kind: "article" }>): void {
  const pending = outcome.copies.filter((copy) => !alreadyCopied(copy));
  const taken = pending.find((copy) => existsSync(copy.to));
  if (taken) throw new AnnalsError(`${displayPath(taken.to)} already exists with other content; rename or move it, then import again.`);
  if (existsSync(outcome.file)) {
    throw new AnnalsError(
      `${displayPath(outcome.file)} already exists and was left as it was: another story has this date and headline (the same story from another channel?). Compare the two; to keep both, rename the existing file and import again.`,
    );
  }
  // The files it needs first, each whole, and the article last: an import killed in between
  // leaves no article without its photo, and the next run copies what is missing.
  for (const copy of pending) createWholeFile(copy.to, (temporary) => copyFileSync(copy.from, temporary));
  writeNewArticle(outcome, outcome.text);
}

export async function writeImports(outcomes: AsyncIterable<ImportOutcome> | Iterable<ImportOutcome>, output: Output = consoleOutput): Promise<WriteCounts> {
  const counts: WriteCounts = { written: 0, skipped: 0, failed: 0 };
  const written = new Set<string>();
  for await (const outcome of outcomes) {
    if (outcome.kind === "skipped") {
      counts.skipped += 1;
      output.out(`  skipped ${outcome.from}: ${outcome.reason}`);
      continue;
    }
    if (outcome.kind === "article" && sameFileThere(outcome.file, outcome.text)) {
      counts.skipped += 1;
      output.out(`  skipped ${outcome.from}: already imported as ${displayPath(outcome.file)}, unchanged.`);
      continue;
    }
    try {
      if (outcome.kind === "failed") throw new AnnalsError(outcome.problems.join("\n    "));
      if (written.has(outcome.file)) throw new AnnalsError(`another item of this import was just written to ${displayPath(outcome.file)}; give one of them another slug.`);
      writeOne(outcome);
      written.add(outcome.file);
      counts.written += 1;
      output.out(`  wrote ${displayPath(outcome.file)}  (${outcome.url})  from ${outcome.from}`);
      for (const note of outcome.notes) output.out(`    note: ${note}`);
    } catch (error) {
      if (!(error instanceof AnnalsError)) throw error;
      counts.failed += 1;
      output.err(`  not imported: ${outcome.from}:\n    ${error.message}`);
    }
  }
  return counts;
}
