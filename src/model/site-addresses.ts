// Every address the site answers at, as one set: the route table's pages, feeds and
// sitemaps, the pages Eleventy writes (about.md), the old addresses stories redirect
// from, and anything under /images/. What a link inside the site is checked against.
import { closest, distance } from "fastest-levenshtein";
import { redirectKey } from "../content/redirect-paths.ts";
import type { Route } from "./routes.ts";

/** Published as they are from content/images/: not worth listing one by one. */
const ALWAYS_THERE = ["/images/"];

/** One address written several ways (`/a/b`, `/a/b/`, `/a/b/index.html`) is one key. */
export function addressKey(path: string): string {
  return path.replace(/\/index\.html$/, "/").replace(/\/+$/, "") || "/";
}

/**
 * A page's key, once per page object: a route is never changed once made, and the preview's
 * plans keep most routes from one save to the next (at 100,000 stories, 150,000 addresses
 * are made into keys again after every save that moves a story).
 */
const keys = new WeakMap<Pick<Route, "url">, string>();
function keyOf(page: Pick<Route, "url">): string {
  let key = keys.get(page);
  if (key === undefined) keys.set(page, (key = addressKey(page.url)));
  return key;
}

/** The last part of an address: `slug` of `/2021/07/28/slug/`. */
const lastPart = (key: string) => key.slice(key.lastIndexOf("/") + 1);

export class SiteAddresses {
  /** Key -> the address as the site writes it. */
  private readonly addresses = new Map<string, string>();
  private readonly redirects: Set<string>;
  private byLastPart?: Map<string, string[]>;
  private readonly suggested = new Map<string, string | undefined>();

  /** @param addresses each address, or a page with its address (whose key is then made once per page object: see keyOf). */
  constructor(addresses: Iterable<string | Pick<Route, "url">>, redirectFrom: Iterable<string>) {
    for (const address of addresses) {
      if (typeof address === "string") this.addresses.set(addressKey(address), address);
      else this.addresses.set(keyOf(address), address.url);
    }
    this.redirects = new Set([...redirectFrom].map(redirectKey));
  }

  has(path: string): boolean {
    return this.addresses.has(addressKey(path)) || this.redirects.has(redirectKey(path)) || ALWAYS_THERE.some((prefix) => path.startsWith(prefix));
  }

  /**
   * The address a mistaken `path` most likely meant, or undefined when none is close: a
   * page with the same last part (`/2021/07/28/slug/` for `/articles/2021/slug/`), else
   * the nearest address by edit distance, if at most a fifth of it (or 2 letters) differs.
   * Compared only with addresses of about the same length, and once per path.
   */
  nearest(path: string): string | undefined {
    const key = addressKey(path);
    if (this.suggested.has(key)) return this.suggested.get(key);
    if (!this.byLastPart) {
      this.byLastPart = new Map();
      for (const address of this.addresses.keys()) {
        const part = lastPart(address);
        const same = this.byLastPart.get(part);
        if (same) same.push(address);
        else this.byLastPart.set(part, [address]);
      }
    }
    const sameLastPart = key === "/" ? undefined : this.byLastPart.get(lastPart(key));
    const limit = Math.max(2, Math.floor(key.length / 5));
    const candidates = sameLastPart ?? [...this.addresses.keys()].filter((address) => Math.abs(address.length - key.length) <= limit);
    const best = candidates.length > 0 ? closest(key, candidates) : undefined;
    const found = best !== undefined && (sameLastPart !== undefined || distance(key, best) <= limit) ? this.addresses.get(best) : undefined;
    this.suggested.set(key, found);
    return found;
  }
}

/** The addresses of a site: its routes, the pages Eleventy rendered and every `redirect_from`. */
export function siteAddresses(routes: readonly Pick<Route, "url">[], hosted: readonly { url: string }[], redirectFrom: readonly string[]): SiteAddresses {
  return new SiteAddresses([...routes, ...hosted], redirectFrom);
}
