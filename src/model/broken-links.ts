// A story's body that links to an address inside the site that the site does not have
// (an old URL scheme, a typo, a story since deleted) is a warning naming the file, the
// line and the address, with the nearest address the site has when one is close. One
// pass over the links, each looked up in the set of the site's addresses.
import type { StoryLinks } from "../body-links.ts";
import type { ContentIssue } from "../errors.ts";
import type { SiteSettings } from "../types.ts";
import type { SiteAddresses } from "./site-addresses.ts";

function decoded(path: string): string {
  try {
    return decodeURIComponent(path);
  } catch {
    return path;
  }
}

/**
 * The site path an `href` points to, or undefined for a link elsewhere: a root-relative
 * link (`/2021/`), or an absolute one to the site's own `url` below its path prefix.
 * Relative links (`../x/`), fragments and other schemes are not read.
 */
export function sitePathOf(href: string, site: Pick<SiteSettings, "url" | "pathPrefix">): string | undefined {
  let path: string;
  if (href.startsWith("/") && !href.startsWith("//")) {
    path = href;
  } else {
    let target: URL;
    let own: URL;
    try {
      target = new URL(href.startsWith("//") ? `https:${href}` : href);
      own = new URL(site.url);
    } catch {
      return undefined;
    }
    // http or https, the site is the same host.
    if (!/^https?:$/.test(target.protocol) || target.host.toLowerCase() !== own.host.toLowerCase()) return undefined;
    if (!target.pathname.startsWith(site.pathPrefix)) return undefined;
    path = `/${target.pathname.slice(site.pathPrefix.length)}`;
  }
  return decoded(path.replace(/[?#].*$/s, "")).normalize("NFC") || "/";
}

export interface LinkCheckOptions {
  /** Addresses of drafts (`npm run check` reads them): a published story linking one links to nothing once built. */
  drafts?: ReadonlyMap<string, string>;
}

/** A warning for every link of `stories` to an address inside the site that `addresses` does not hold. */
export function brokenLinkWarnings(stories: readonly StoryLinks[], addresses: SiteAddresses, site: Pick<SiteSettings, "url" | "pathPrefix">, { drafts }: LinkCheckOptions = {}): ContentIssue[] {
  const issues: ContentIssue[] = [];
  for (const story of stories) {
    for (const { href, line } of story.links) {
      const path = sitePathOf(href, site);
      if (path === undefined || addresses.has(path)) continue;
      const written = path === href ? href : `${href} (${path} on this site)`;
      const draft = drafts?.get(path.replace(/\/?$/, "/"));
      let message: string;
      if (draft && story.draft) continue;
      if (draft) {
        message = `links to ${written}, the address of a draft (${draft}), which a build does not publish. Publish that story first, or remove the link.`;
      } else {
        const nearest = addresses.nearest(path);
        message = `links to ${written}, an address this site does not have: no page, feed or image is published there.${nearest ? ` Did you mean ${nearest}?` : ""} Fix the link or remove it.`;
      }
      issues.push({ severity: "warning", file: story.file, line, field: "", message });
    }
  }
  return issues;
}
