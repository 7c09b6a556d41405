// Every URL the site publishes is built here, so links and pages can never disagree.
import { pad2 } from "./dates.ts";
import { ENTITY_SECTIONS, type EntityType } from "./types.ts";

export const urls = {
  home: "/",
  archive: "/archive/",
  entities: "/entities/",
  sources: "/sources/",
  tags: "/tags/",
  about: "/about/",
  article: (year: number, month: number, day: number, slug: string) => `/${year}/${pad2(month)}/${pad2(day)}/${slug}/`,
  year: (year: number) => `/${year}/`,
  month: (year: number, month: number) => `/${year}/${pad2(month)}/`,
  entityIndex: (type: EntityType) => `/${ENTITY_SECTIONS[type]}/`,
  entityIndexByCount: (type: EntityType) => `/${ENTITY_SECTIONS[type]}/by-count/`,
  entity: (type: EntityType, slug: string) => `/${ENTITY_SECTIONS[type]}/${slug}/`,
  source: (slug: string) => `/sources/${slug}/`,
  tag: (slug: string) => `/tags/${slug}/`,
} as const;
