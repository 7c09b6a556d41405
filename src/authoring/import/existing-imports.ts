// The import_id of every article already in the archive, so a second run of an import
// skips what the first one filed (whatever the file was renamed to since).
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { parse } from "yaml";

const IMPORT_ID_LINE = /^import_id:[ \t]*(.+)$/m;

/** import_id -> the file that has it. Files that cannot be read are left to `npm run check`. */
export function existingImports(articlesDir: string): Map<string, string> {
  const found = new Map<string, string>();
  let names: string[];
  try {
    names = readdirSync(articlesDir, { recursive: true, encoding: "utf8" }).filter((name) => name.endsWith(".md"));
  } catch {
    return found;
  }
  for (const name of names) {
    const path = join(articlesDir, name);
    try {
      if (!statSync(path).isFile()) continue;
      const text = readFileSync(path, "utf8");
      const frontMatter = text.startsWith("---") ? text.slice(0, text.indexOf("\n---", 3) + 1 || undefined) : "";
      const line = IMPORT_ID_LINE.exec(frontMatter)?.[1];
      const id: unknown = line === undefined ? undefined : parse(line);
      if (typeof id === "string" || typeof id === "number") found.set(String(id), path);
    } catch {
      continue;
    }
  }
  return found;
}
