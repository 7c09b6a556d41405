// The site's navigation, the header's and the footer's, written once for the layouts and the tests.
// Each link's text is a message (src/messages/), so that every edition shows it in its language.
import { existsSync } from "node:fs";
import { join } from "node:path";
import { ENTITY_TYPES, type NavItem } from "./types.ts";
import { urls } from "./urls.ts";

const MAIN_NAV: readonly NavItem[] = [
  { label: "nav.latest", url: urls.home },
  { label: "nav.archive", url: urls.archive },
  ...ENTITY_TYPES.map((type): NavItem => ({ label: `entity.${type}.many`, url: urls.entityIndex(type) })),
  { label: "nav.sources", url: urls.sources },
  { label: "nav.tags", url: urls.tags },
  { label: "nav.about", url: urls.about },
];

/** The footer's links, on every page: what a reader seldom needs but should be able to find. */
export const FOOTER_NAV: readonly NavItem[] = [
  { label: "nav.corrections", url: urls.corrections },
  { label: "nav.openData", url: urls.openData },
];

/** The main navigation of a site, leaving out pages its content folder does not have. */
export function navigationFor(contentDir: string): NavItem[] {
  const hasAbout = existsSync(join(contentDir, "about.md"));
  return MAIN_NAV.filter((item) => item.url !== urls.about || hasAbout);
}
