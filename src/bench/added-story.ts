// The story the benchmark adds between two builds to time the everyday build: one new
// article, dated after every generated one, removed again when the benchmark is done.
import { mkdirSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";

const FOLDER = "articles/2099/01";
const PREFIX = "benchmark-added-story-";

export function addStory(archiveDir: string, n: number): string {
  const dir = join(archiveDir, FOLDER);
  mkdirSync(dir, { recursive: true });
  const path = join(dir, `${PREFIX}${n}.md`);
  writeFileSync(
    path,
    `---\ntitle: "A story added by the benchmark, number ${n}"\ndate: 2099-01-${String(n).padStart(2, "0")}\nsource: Reuters\nentities:\n  places: [Baghdad]\ntags: [economy]\n---\nThe benchmark added this story to time a build after one new article.\n`,
  );
  return path;
}

export function removeAddedStories(archiveDir: string): void {
  const dir = join(archiveDir, FOLDER);
  for (const name of readdirSync(dir)) if (name.startsWith(PREFIX)) rmSync(join(dir, name));
}
