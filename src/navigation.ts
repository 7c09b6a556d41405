// The site's navigation, the header's and the footer's, written once for the layouts and the tests.
import { existsSync } from "node:fs";
import { join } from "node:path";
import { ENTITY_LABELS, ENTITY_TYPES, type NavItem } from "./types.ts";
import { urls } from "./urls.ts";

const MAIN_NAV: readonly NavItem[] = [
  { label: "Latest", url: urls.home },
  { label: "Archive", url: urls.archive },
  ...ENTITY_TYPES.map((type) => ({ label: ENTITY_LABELS[type].many, url: urls.entityIndex(type) })),
  { label: "Sources", url: urls.sources },
  { label: "Tags", url: urls.tags },
  { label: "About", url: urls.about },
];

/** The footer's links, on every page: what a reader seldom needs but should be able to find. */
export const FOOTER_NAV: readonly NavItem[] = [
  { label: "Corrections", url: urls.corrections },
  { label: "Open data", url: urls.openData },
];

/** The main navigation of a site, leaving out pages its content folder does not have. */
export function navigationFor(contentDir: string): NavItem[] {
  const hasAbout = existsSync(join(contentDir, "about.md"));
  return MAIN_NAV.filter((item) => item.url !== urls.about || hasAbout);
}
