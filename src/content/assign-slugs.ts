// Gives every name in one URL section its own slug. When two names slugify alike
// (`OPEC`, `OPEC +`), the closest match keeps the plain slug and the others get a
// suffix derived from their own name, so a slug never changes when a new name arrives.
import { createHash } from "node:crypto";
import { slugify } from "../slugs.ts";

export interface Sluggable {
  name: string;
  /** A slug set by hand in a registry, which always wins. */
  slug?: string | undefined;
  registered: boolean;
}

function shortHash(text: string): string {
  return createHash("sha1").update(text).digest("hex").slice(0, 6);
}

function plainness(item: Sluggable, slug: string): number {
  // Fewer characters lost to slugification means the slug reads as this name.
  return Math.abs(item.name.replace(/[^\p{L}\p{N}]/gu, "").length - slug.replace(/-/g, "").length);
}

export function assignSlugs<T extends Sluggable>(items: readonly T[]): Map<T, string> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const slug = item.slug ?? (slugify(item.name) || shortHash(item.name));
    groups.set(slug, [...(groups.get(slug) ?? []), item]);
  }
  const slugs = new Map<T, string>();
  for (const [slug, group] of groups) {
    const ranked = [...group].sort(
      (a, b) =>
        Number(b.slug === slug) - Number(a.slug === slug) ||
        Number(b.registered) - Number(a.registered) ||
        plainness(a, slug) - plainness(b, slug) ||
        a.name.localeCompare(b.name),
    );
    ranked.forEach((item, index) => slugs.set(item, index === 0 ? slug : `${slug}-${shortHash(item.name)}`));
  }
  return slugs;
}
