// What `npm run build` tells `npm run serve` about the site it wrote: the path prefix its
// links carry. Kept beside the pages so the folder says how to serve itself, whoever built it.
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { normalizePathPrefix } from "../urls.ts";

export const BUILD_RECORD = ".annals-build.json";

export interface BuildRecord {
  /** `/` or e.g. `/archive/`. */
  pathPrefix: string;
}

export function buildRecordText(record: BuildRecord): string {
  return `${JSON.stringify(record, null, 2)}\n`;
}

/** The recorded build, or undefined for a folder built before builds were recorded. */
export function readBuildRecord(outputDir: string): BuildRecord | undefined {
  const path = join(outputDir, BUILD_RECORD);
  if (!existsSync(path)) return undefined;
  const data: unknown = JSON.parse(readFileSync(path, "utf8"));
  const prefix = data && typeof data === "object" && "pathPrefix" in data ? data.pathPrefix : undefined;
  if (typeof prefix !== "string") throw new Error(`${path}: expected {"pathPrefix": "/..."}, got ${JSON.stringify(data)}. Build again with npm run build.`);
  return { pathPrefix: normalizePathPrefix(prefix) };
}
