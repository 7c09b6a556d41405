// Resolves the names articles use to canonical entities and sources: aliases,
// letter case and diacritics all land on one page.
import type { ContentIssue } from "../errors.ts";
import { nameKey } from "../slugs.ts";
import { ENTITY_SECTIONS, type Entity, type EntityType, type Source } from "../types.ts";
import { urls } from "../urls.ts";
import { assignSlugs } from "./assign-slugs.ts";
import type { EntityEntry, SourceEntry } from "./data-schemas.ts";

interface Draft<T> {
  name: string;
  slug?: string | undefined;
  registered: boolean;
  entry?: T;
}

/** Maps every spelling of a registered name to its entry, reporting spellings claimed twice. */
export function indexNames<T extends { name: string; aliases: string[]; names?: Readonly<Record<string, string>> | undefined }>(
  entries: readonly T[],
  file: string,
  issues: ContentIssue[],
): Map<string, T> {
  const byKey = new Map<string, T>();
  for (const entry of entries) {
    for (const spelling of new Set([entry.name, ...entry.aliases, ...Object.values(entry.names ?? {})])) {
      const key = nameKey(spelling);
      const owner = byKey.get(key);
      if (owner && owner !== entry) {
        issues.push({
          severity: "error",
          file,
          field: "aliases",
          message: `"${spelling}" names both "${owner.name}" and "${entry.name}". Keep it on one of them.`,
        });
        continue;
      }
      byKey.set(key, entry);
    }
  }
  return byKey;
}

export class NameRegistry {
  private readonly entityKeys: Map<string, EntityEntry>;
  private readonly sourceKeys: Map<string, SourceEntry>;
  private readonly entityDrafts = new Map<string, Draft<EntityEntry> & { type: EntityType }>();
  private readonly sourceDrafts = new Map<string, Draft<SourceEntry>>();
  private entities?: Map<string, Entity>;
  private sources?: Map<string, Source>;

  constructor(entities: readonly EntityEntry[], sources: readonly SourceEntry[], dataDir: string, issues: ContentIssue[]) {
    this.entityKeys = indexNames(entities, `${dataDir}/entities.yaml`, issues);
    this.sourceKeys = indexNames(sources, `${dataDir}/sources.yaml`, issues);
    for (const entry of entities) this.noteEntity(entry.name, entry.type);
    for (const entry of sources) this.noteSource(entry.name);
  }

  private entityId(name: string, listType: EntityType): { id: string; entry?: EntityEntry } {
    const entry = this.entityKeys.get(nameKey(name));
    // An unregistered name is typed by the list it came from, so `Iraq` as a place and
    // as an organization would be two pages; a registry entry settles it.
    return entry ? { id: `${entry.type}:${nameKey(entry.name)}`, entry } : { id: `${listType}:${nameKey(name)}` };
  }

  /** First pass: every name an article uses. True for a name the registry has not heard of yet. */
  noteEntity(name: string, listType: EntityType): boolean {
    const { id, entry } = this.entityId(name, listType);
    if (this.entityDrafts.has(id)) return false;
    this.entityDrafts.set(id, {
      name: entry?.name ?? name.trim(),
      type: entry?.type ?? listType,
      slug: entry?.slug,
      registered: entry !== undefined,
      ...(entry ? { entry } : {}),
    });
    return entry === undefined;
  }

  noteSource(name: string): void {
    const entry = this.sourceKeys.get(nameKey(name));
    const id = nameKey(entry?.name ?? name);
    if (this.sourceDrafts.has(id)) return;
    this.sourceDrafts.set(id, { name: entry?.name ?? name.trim(), registered: entry !== undefined, ...(entry ? { entry } : {}) });
  }

  /** Second pass, once every name is known: slugs are settled per URL section. */
  private settle(): { entities: Map<string, Entity>; sources: Map<string, Source> } {
    if (this.entities && this.sources) return { entities: this.entities, sources: this.sources };
    const entities = new Map<string, Entity>();
    for (const type of Object.keys(ENTITY_SECTIONS) as EntityType[]) {
      const drafts = [...this.entityDrafts].filter(([, draft]) => draft.type === type);
      const slugs = assignSlugs(drafts.map(([, draft]) => draft));
      for (const [id, draft] of drafts) {
        const slug = slugs.get(draft)!;
        const entry = draft.entry;
        entities.set(id, {
          name: draft.name,
          type,
          slug,
          url: urls.entity(type, slug),
          aliases: [...new Set([...(entry?.aliases ?? []), ...Object.values(entry?.names ?? {})])].filter((alias) => alias !== draft.name),
          ...(entry?.names && Object.keys(entry.names).length > 0 ? { names: entry.names } : {}),
          ...(entry?.description ? { description: entry.description } : {}),
          links: entry?.links ?? [],
          registered: draft.registered,
        });
      }
    }
    const sources = new Map<string, Source>();
    const sourceSlugs = assignSlugs([...this.sourceDrafts.values()]);
    for (const [id, draft] of this.sourceDrafts) {
      const slug = sourceSlugs.get(draft)!;
      sources.set(id, {
        name: draft.name,
        slug,
        url: urls.source(slug),
        ...(draft.entry?.url ? { homepage: draft.entry.url } : {}),
        ...(draft.entry?.description ? { description: draft.entry.description } : {}),
        registered: draft.registered,
      });
    }
    this.entities = entities;
    this.sources = sources;
    return { entities, sources };
  }

  entity(name: string, listType: EntityType): Entity {
    const found = this.settle().entities.get(this.entityId(name, listType).id);
    if (!found) throw new Error(`"${name}" was not noted before slugs were settled`);
    return found;
  }

  source(name: string): Source {
    const entry = this.sourceKeys.get(nameKey(name));
    const found = this.settle().sources.get(nameKey(entry?.name ?? name));
    if (!found) throw new Error(`source "${name}" was not noted before slugs were settled`);
    return found;
  }

  allEntities(): Entity[] {
    return [...this.settle().entities.values()];
  }

  allSources(): Source[] {
    return [...this.settle().sources.values()];
  }
}
