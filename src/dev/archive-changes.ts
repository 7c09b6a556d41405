// The changes a newsroom makes between two builds, applied to a generated archive
// (src/bench/generate-archive.ts) from a seed, so the same run makes the same changes:
// body edits, a new headline, stories added (sometimes in a year the archive has not
// reached yet) and deleted, a registry entry edited, and on request the site's title.
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import type { Random } from "../bench/prng.ts";

export interface ChangeOptions {
  /** Also rename the site in _data/site.yaml: every page changes. */
  settings: boolean;
  /** Names the stories this change adds, so that every change adds new files. */
  label: string;
}

function articleFiles(contentDir: string): string[] {
  return readdirSync(join(contentDir, "articles"), { recursive: true, encoding: "utf8" })
    .filter((file) => file.endsWith(".md"))
    .sort()
    .map((file) => join(contentDir, "articles", file));
}

const pad2 = (n: number) => String(n).padStart(2, "0");

/** A day the generated archive covers (2015 to 2024), or now and then one in 2025, which it does not. */
function pickDay(random: Random): { year: number; month: number; day: number } {
  return { year: random.chance(0.2) ? 2025 : random.int(2015, 2024), month: random.int(1, 12), day: random.int(1, 28) };
}

function replaceLine(text: string, key: string, value: string): string {
  return text.replace(new RegExp(`^${key}: .*$`, "m"), `${key}: ${value}`);
}

/** Applies one set of changes to `contentDir`; returns a line per change, for the report. */
export function applyChanges(contentDir: string, random: Random, { settings, label }: ChangeOptions): string[] {
  const done: string[] = [];
  const files = articleFiles(contentDir);
  const name = (path: string) => path.slice(contentDir.length + 1);

  for (let edits = random.int(1, 3); edits > 0; edits--) {
    const file = random.pick(files);
    writeFileSync(file, `${readFileSync(file, "utf8")}\nA paragraph added by change ${label}.\n`);
    done.push(`edited the body of ${name(file)}`);
  }
  if (random.chance(0.5)) {
    const file = random.pick(files);
    writeFileSync(file, replaceLine(readFileSync(file, "utf8"), "title", JSON.stringify(`A headline rewritten by change ${label}`)));
    done.push(`rewrote the headline of ${name(file)}`);
  }
  for (let added = random.int(1, 2); added > 0; added--) {
    const { year, month, day } = pickDay(random);
    const file = join(contentDir, "articles", String(year), pad2(month), `crash-story-${label}-${added}.md`);
    let text = readFileSync(random.pick(files), "utf8");
    text = replaceLine(text, "title", JSON.stringify(`A story added by change ${label} (${added})`));
    text = replaceLine(text, "date", `${year}-${pad2(month)}-${pad2(day)}`);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, text);
    done.push(`added ${name(file)}`);
  }
  for (let deleted = random.int(1, 2); deleted > 0; deleted--) {
    const file = random.pick(files.filter((candidate) => !done.some((line) => line.endsWith(name(candidate)))));
    rmSync(file);
    done.push(`deleted ${name(file)}`);
  }
  if (random.chance(0.3)) {
    const registry = join(contentDir, "_data", "entities.yaml");
    const lines = readFileSync(registry, "utf8").split("\n");
    const descriptions = lines.flatMap((line, index) => (/^\s+description: /.test(line) ? [index] : []));
    const at = random.pick(descriptions);
    lines[at] = lines[at]!.replace(/description: .*$/, `description: Described again by change ${label}.`);
    writeFileSync(registry, lines.join("\n"));
    done.push("edited a description in _data/entities.yaml");
  }
  if (settings) {
    const site = join(contentDir, "_data", "site.yaml");
    writeFileSync(site, replaceLine(readFileSync(site, "utf8"), "title", JSON.stringify(`Annals crash test ${label}`)));
    done.push("renamed the site in _data/site.yaml");
  }
  return done;
}
