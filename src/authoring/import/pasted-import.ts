// Pasted stories (.txt), one outcome each, for the shared writer.
import { readFileSync } from "node:fs";
import type { KnownNames } from "../known-names.ts";
import { importStory, type ImportOptions } from "./import-story.ts";
import type { ImportOutcome } from "./outcome.ts";

export function importPasted(file: string, contentDir: string, known: KnownNames, options: ImportOptions): ImportOutcome {
  const result = importStory(file, readFileSync(file, "utf8"), contentDir, known, options);
  if (!result.ok) return { kind: "failed", from: file, problems: result.problems };
  return { kind: "article", from: file, file: result.file, url: result.url, text: result.text, notes: result.notes, copies: result.photo ? [result.photo] : [] };
}
