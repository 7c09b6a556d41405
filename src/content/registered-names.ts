// The names the published stories use (their sources and entities) noted in the registry,
// with a note for each name entities.yaml does not have; kept between the preview's saves
// while no save names a new one.
import { join } from "node:path";
import type { ContentIssue } from "../errors.ts";
import { ENTITY_SECTIONS, ENTITY_TYPES } from "../types.ts";
import type { DataFiles } from "./data-files.ts";
import { NameRegistry } from "./registry.ts";
import type { ArticleFrontMatter } from "./schema.ts";

/** The front-matter list each entity type is written in: `entities.people`, ... */
export const ENTITY_LISTS = ENTITY_TYPES.map((type) => [ENTITY_SECTIONS[type], type] as const);

/** What of a published story its names are read from. */
interface PublishedFile {
  inputPath: string;
  frontMatter: ArticleFrontMatter;
}

/** The names the published stories use, registered: what resolving them needs, and the notes about unregistered ones. */
export interface RegisteredNames {
  data: DataFiles;
  published: readonly PublishedFile[];
  registry: NameRegistry;
  issues: ContentIssue[];
  /** Every name in use, sorted: a new one can change another's slug. */
  key: string;
}

/** What of a story the registry reads: its source and entity names, in the order written. */
const namesOf = (file: PublishedFile) => JSON.stringify([file.frontMatter.source, file.frontMatter.entities ?? {}]);

/** Whether two versions of a story name the same sources and entities, in the same order. */
export const sameNames = (before: PublishedFile, after: PublishedFile): boolean => namesOf(before) === namesOf(after);

/**
 * Whether the names registered last time still hold: the same data files, and the same
 * published stories in the same order, each the very object it was or, for a file saved
 * since, naming the same sources and entities (a new headline or body, the everyday save).
 */
export function namesUnchanged(earlier: RegisteredNames, data: DataFiles, published: readonly PublishedFile[]): boolean {
  if (earlier.data !== data || earlier.published.length !== published.length) return false;
  return published.every((file, index) => {
    const before = earlier.published[index]!;
    return file === before || (file.inputPath === before.inputPath && sameNames(before, file));
  });
}

export function registerNames(data: DataFiles, published: readonly PublishedFile[], display: (path: string) => string, contentDir: string): RegisteredNames {
  const issues: ContentIssue[] = [];
  const registry = new NameRegistry(data.entities, data.sources, display(join(contentDir, "_data")), issues);
  const registryFile = display(join(contentDir, "_data", "entities.yaml"));
  // Each name as written, once: an archive names a few thousand sources and entities a
  // million times, and what follows depends only on the first story naming each.
  const sources = new Set<string>();
  const entities = new Map(ENTITY_TYPES.map((type) => [type, new Set<string>()]));
  for (const { frontMatter, inputPath } of published) {
    if (!sources.has(frontMatter.source)) {
      sources.add(frontMatter.source);
      registry.noteSource(frontMatter.source);
    }
    for (const [list, type] of ENTITY_LISTS) {
      const named = entities.get(type)!;
      for (const name of frontMatter.entities?.[list] ?? []) {
        if (named.has(name)) continue;
        named.add(name);
        // Reported once, at the first article naming it, so an editor can register it.
        if (registry.noteEntity(name, type)) {
          issues.push({
            severity: "note",
            file: inputPath,
            field: `entities.${list}`,
            message: `\`${name}\` is not in ${registryFile}; it gets a page as ${type === "organization" ? "an" : "a"} ${type}. Add it there to give it a description and aliases.`,
          });
        }
      }
    }
  }
  const namesUsed = [...[...sources].map((name) => `source:${name}`), ...[...entities].flatMap(([type, names]) => [...names].map((name) => `${type}:${name}`))];
  return { data, published, registry, issues, key: namesUsed.sort().join("\n") };
}
