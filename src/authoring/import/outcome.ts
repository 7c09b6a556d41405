// What one imported item came to, whatever it was imported from: an article to write
// (with the files to copy beside it), an item skipped on purpose, or one that failed.

export interface FileCopy {
  /** A checked regular file inside the folder being imported. */
  from: string;
  /** Where it goes in content/. */
  to: string;
}

export type ImportOutcome =
  | { kind: "article"; from: string; file: string; url: string; text: string; notes: string[]; copies: FileCopy[] }
  | { kind: "skipped"; from: string; reason: string }
  | { kind: "failed"; from: string; problems: string[] };
