// A build that cannot write a file (a full disk, a read-only folder, no permission) says
// which file, why, and where the published site stands, instead of a stack trace.
import { basename } from "node:path";
import { displayPath } from "../display-path.ts";
import { AnnalsError } from "../errors.ts";
import { intendedName } from "../whole-file.ts";

/** The file-system errors a person can fix, with what happened and what to do. */
const REASONS: Record<string, { what: string; fix: string }> = {
  ENOSPC: { what: "the disk is full", fix: "Free some space on it and build again." },
  EDQUOT: { what: "the disk quota is used up", fix: "Free some space on it and build again." },
  EROFS: { what: "the file system is read-only", fix: "Build to a folder on a writable disk (--output), or make it writable." },
  EACCES: { what: "permission is denied", fix: "Give the user running the build permission to write there, or build to another folder (--output)." },
  EPERM: { what: "the operation is not permitted", fix: "Give the user running the build permission to write there, or build to another folder (--output)." },
};

/** Where the published folder stands after the failure, as the message says it. */
const STATES = {
  unchanged: (folder: string) => `nothing was changed in ${folder}`,
  "put back by the next build": (folder: string) => `${folder} holds a mix of old and new pages, each complete, which the next build puts back as they were before this one`,
  built: (folder: string) => `${folder} was built in full, but its record was not saved, so the next build writes every file again`,
};
export type SiteState = keyof typeof STATES;

export class WriteFailure extends AnnalsError {
  constructor(
    readonly code: string,
    readonly file: string,
    readonly site: SiteState,
    output: string,
    cause: unknown,
  ) {
    const reason = REASONS[code]!;
    const folder = `${basename(output)}/`;
    super(`${reason.what[0]!.toUpperCase()}${reason.what.slice(1)} while writing ${file}; ${STATES[site](folder)}. ${reason.fix}`, { cause });
    this.name = "WriteFailure";
  }
}

/** The file-system error inside `error` (directly, or as the cause Eleventy or Pagefind wrapped), when it is one a person can fix. */
function fixableError(error: unknown): NodeJS.ErrnoException | undefined {
  let current: unknown = error;
  for (let depth = 0; current instanceof Error && depth < 10; depth++) {
    const code = (current as NodeJS.ErrnoException).code;
    if (code && code in REASONS) return current as NodeJS.ErrnoException;
    current = current.cause;
  }
  return undefined;
}

/** `error` as a WriteFailure naming the file, when it is a fixable file-system error; otherwise undefined. */
export function writeFailure(error: unknown, output: string, site: SiteState): WriteFailure | undefined {
  if (error instanceof WriteFailure) return error;
  const found = fixableError(error);
  if (!found) return undefined;
  // A copy, rename or link names its target as `dest`: the file being written.
  const path = (found as NodeJS.ErrnoException & { dest?: string }).dest ?? found.path;
  return new WriteFailure(found.code!, path ? displayPath(intendedName(path)) : "a file", site, output, error);
}

/** Why a folder cannot be written at all (read-only, no permission), or undefined for any other error (a full disk passes). */
export function whyUnwritable(error: unknown): string | undefined {
  const code = (error as NodeJS.ErrnoException).code;
  return code === "EROFS" || code === "EACCES" || code === "EPERM" ? REASONS[code]!.what : undefined;
}
