// What the registry knows, for commands that write articles: the canonical name and
// type behind any name or alias, spelled in any of the ways nameKey forgives.
import { readDataFiles, type DataFiles } from "../content/data-files.ts";
import type { EntityEntry } from "../content/data-schemas.ts";
import { indexNames } from "../content/registry.ts";
import type { ContentIssue } from "../errors.ts";
import { nameKey } from "../slugs.ts";

export type KnownEntity = Pick<EntityEntry, "name" | "type">;

export interface KnownNames {
  source(name: string): string | undefined;
  /** The first outlet whose name or alias appears as words in `text` ("Reuters: World News"). */
  sourceIn(text: string): string | undefined;
  entity(name: string): KnownEntity | undefined;
  /** Every entity name and alias, with the entity it stands for. */
  entityNames(): Iterable<[spelling: string, entity: KnownEntity]>;
}

export function knownNames(data: Pick<DataFiles, "sources" | "entities">): KnownNames {
  // A spelling claimed twice is `npm run check`'s to report; here the first claim wins.
  const ignored: ContentIssue[] = [];
  const sources = indexNames(data.sources, "", ignored);
  const entities = indexNames(data.entities, "", ignored);
  const sourceSpellings = data.sources.flatMap((entry) => [entry.name, ...entry.aliases].map((name) => [nameKey(name), entry.name] as const));
  const spellings = data.entities.flatMap((entry) => [entry.name, ...entry.aliases].map((name): [string, KnownEntity] => [name, entry]));
  return {
    source: (name) => sources.get(nameKey(name))?.name,
    sourceIn: (text) => {
      const haystack = ` ${nameKey(text)} `;
      return sourceSpellings.find(([key]) => key.length >= 2 && haystack.includes(` ${key} `))?.[1];
    },
    entity: (name) => entities.get(nameKey(name)),
    entityNames: () => spellings,
  };
}

/** The registry of a content folder; its problems are left to `npm run check`. */
export function readKnownNames(contentDir: string): KnownNames {
  const issues: ContentIssue[] = [];
  const data = readDataFiles(process.cwd(), contentDir, issues);
  return knownNames(data ?? { sources: [], entities: [] });
}
