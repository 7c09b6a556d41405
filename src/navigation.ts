// The site's main navigation, written once for the header and the tests.
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

/** Pages every site has, linked from the footer of every page. */
export const FOOTER_NAV: readonly NavItem[] = [{ label: "Corrections", url: urls.corrections }];

/** The main navigation of a site, leaving out pages its content folder does not have. */
export function navigationFor(contentDir: string): NavItem[] {
  const hasAbout = existsSync(join(contentDir, "about.md"));
  return MAIN_NAV.filter((item) => item.url !== urls.about || hasAbout);
}
