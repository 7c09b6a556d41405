// What the registry knows, for commands that write articles: the canonical name and
// type behind any name or alias, spelled in any of the ways nameKey forgives.
import { readDataFiles, type DataFiles } from "../content/data-files.ts";
import type { ContentIssue } from "../errors.ts";
import { nameKey } from "../slugs.ts";
import type { EntityType } from "../types.ts";

export interface KnownEntity {
  name: string;
  type: EntityType;
}

export interface KnownNames {
  source(name: string): string | undefined;
  entity(name: string): KnownEntity | undefined;
  /** Every entity name and alias, with the entity it stands for. */
  entityNames(): Iterable<[spelling: string, entity: KnownEntity]>;
}

export function knownNames(data: Pick<DataFiles, "sources" | "entities">): KnownNames {
  const sources = new Map<string, string>();
  for (const source of data.sources) for (const name of [source.name, ...source.aliases]) sources.set(nameKey(name), source.name);
  const entities = new Map<string, KnownEntity>();
  const spellings: [string, KnownEntity][] = [];
  for (const entry of data.entities) {
    const entity = { name: entry.name, type: entry.type };
    for (const name of [entry.name, ...entry.aliases]) {
      entities.set(nameKey(name), entity);
      spellings.push([name, entity]);
    }
  }
  return {
    source: (name) => sources.get(nameKey(name)),
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
