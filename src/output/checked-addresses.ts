// The site's addresses (what a link inside the site is checked against) and the warnings
// for links that lead nowhere. The preview keeps both from one save to the next while the
// site's addresses are the same (a save that moved no story), and checks again only the
// links of stories whose links are new objects.
import type { StoryLinks } from "../body-links.ts";
import type { Archive } from "../content/archive.ts";
import type { ContentIssue } from "../errors.ts";
import { brokenLinkWarnings } from "../model/broken-links.ts";
import { oldAddresses } from "../content/redirect-paths.ts";
import { outputFileOf, type Route } from "../model/routes.ts";
import { siteAddresses, type SiteAddresses } from "../model/site-addresses.ts";
import type { Article, SiteSettings } from "../types.ts";
import type { HostedPageOutput } from "./hosted-pages.ts";

export interface SiteAddressesMade {
  /** What they were made from: the site's own address, the routes', the hosted pages' and the old ones stories redirect from. */
  from: { site: string; routes: readonly Route[]; hosted: readonly string[]; redirectFrom: readonly string[] };
  /** Each file the site writes, besides redirects, with its URL: what an old address must not replace. */
  ownPages: Map<string, string>;
  addresses: SiteAddresses;
  /** The broken-link warnings of each story's links, against these addresses. */
  warnings: WeakMap<StoryLinks, ContentIssue[]>;
}

/** What the last plan of the preview made of the site's addresses. */
export class AddressMemory {
  made?: SiteAddressesMade;
}

/** The site's addresses; in the preview, the last plan's while they are the same (a save that moved no story). */
export function addressesOf(routes: readonly Route[], hosted: readonly HostedPageOutput[], articles: readonly Article[], site: SiteSettings, memory: AddressMemory | undefined): SiteAddressesMade {
  const from = { site: `${site.url} ${site.pathPrefix}`, routes, hosted: hosted.map((page) => page.url), redirectFrom: oldAddresses(articles) };
  const last = memory?.made?.from;
  const sameList = <T>(a: readonly T[], b: readonly T[], same: (x: T, y: T) => boolean) => a.length === b.length && a.every((x, index) => same(x, b[index]!));
  const same =
    last &&
    last.site === from.site &&
    sameList(last.routes, routes, (a, b) => a === b || a.url === b.url) &&
    sameList(last.hosted, from.hosted, (a, b) => a === b) &&
    sameList(last.redirectFrom, from.redirectFrom, (a, b) => a === b);
  if (same) return memory!.made!;
  const made = {
    from,
    // A route's file is its address's (outputFileOf), but for a redirect's, which is left out.
    ownPages: new Map([...routes.filter((route) => route.kind !== "redirect").map((route): [string, string] => [route.file, route.url]), ...hosted.map((page): [string, string] => [outputFileOf(page.url), page.url])]),
    addresses: siteAddresses(routes, hosted, from.redirectFrom),
    warnings: new WeakMap<StoryLinks, ContentIssue[]>(),
  };
  if (memory) memory.made = made;
  return made;
}

/** The warnings for links to addresses the site does not have, each story's checked once per set of addresses. */
export function linkWarnings(archive: Archive, addresses: SiteAddresses, memory: AddressMemory | undefined): ContentIssue[] {
  const made = memory?.made;
  if (made?.addresses !== addresses) return brokenLinkWarnings(archive.bodyLinks, addresses, archive.site);
  return archive.bodyLinks.flatMap((story) => {
    let warnings = made.warnings.get(story);
    if (!warnings) made.warnings.set(story, (warnings = brokenLinkWarnings([story], addresses, archive.site)));
    return warnings;
  });
}
