// Fingerprints: what a page is made of, reduced to a hash. A page is rewritten only
// when its fingerprint changes, so the fingerprint must cover everything it renders
// from: its data slice, the site settings, and the code that renders it.
import { codeVersion, sha1 } from "../hash.ts";
import { perEntitySection, type Article } from "../types.ts";

// src/search/update-index.ts takes sha1 from here, with the page digests it goes with.
export { sha1 };

/**
 * A digest computed once per object, for the object's life: objects handed to the writer
 * are never changed afterwards, and the preview reuses unchanged articles between saves.
 */
function digestOnce<T extends object>(compute: (value: T) => string): (value: T) => string {
  const digests = new WeakMap<T, string>();
  return (value) => {
    let digest = digests.get(value);
    if (digest === undefined) digests.set(value, (digest = sha1(compute(value))));
    return digest;
  };
}

/** A story's source or an entity it names: objects of the registry, each shared by many stories. */
const registryDigest = digestOnce<object>((value) => JSON.stringify(value));

/**
 * An article's metadata: everything but its body (which only some pages show), the body's
 * digest and its word count, which follow from the body (src/markdown.ts). Its source and
 * entities stand by their own digests: each is serialised once for all the stories that
 * name it, not once per story (they are most of a story's metadata).
 */
const articleDigest = digestOnce<Article>((article) =>
  JSON.stringify({
    ...article,
    html: undefined,
    bodyDigest: undefined,
    wordCount: undefined,
    source: registryDigest(article.source),
    ...perEntitySection((_type, section) => article[section].map(registryDigest)),
  }),
);
/** Everything about an article but its body: what listings, related-story boxes and most pages show of it. */
export const articleMetadataDigest: (article: Article) => string = articleDigest;

/** What every page shares: Annals' rendering code and the site settings. */
export function sharedInputs(site: object): string {
  return sha1(codeVersion(), JSON.stringify(site));
}

/** Everything an article's own page shows of it, metadata and body, as one digest. */
export function articleContentDigest(article: Article): string {
  return `${articleDigest(article)}:${article.bodyDigest}`;
}

/** How many items make a list worth digesting apart from the slice that holds it. */
const LONG_LIST = 16;

/**
 * Fingerprints page slices. Articles inside a slice count by a digest of their metadata
 * (title, date, summary, entities...), computed once per article: a listing of 20
 * stories hashes 20 short digests, and an edit deep in a story's body leaves the
 * listings and related-story boxes that show it alone. Pages that show bodies name
 * those articles, whose bodies are hashed too. Objects shared by many pages (a
 * listing's subject, with all its articles) are digested once as well.
 */
export class SliceFingerprinter {
  constructor(
    /** Settings and code shared by every page. */
    private readonly base: string,
    private readonly articles: ReadonlySet<Article>,
    private readonly shared: ReadonlySet<object> = new Set(),
    /**
     * Digests of slices by object, kept by the preview from one rebuild to the next: a
     * slice is never changed once made, so a page reused from the last plan is not
     * serialised again.
     */
    private readonly sliceDigests: WeakMap<object, string> = new WeakMap(),
    /** Digests of shared objects, kept like those of slices: a new index page of a few hundred entities digests only the entities that changed. */
    private readonly sharedDigests: WeakMap<object, string> = new WeakMap(),
  ) {}

  private sharedDigest(value: object): string {
    let digest = this.sharedDigests.get(value);
    if (digest === undefined) this.sharedDigests.set(value, (digest = sha1(JSON.stringify(value, (key, inner: unknown) => (key === "" ? inner : this.replacer(key, inner))))));
    return digest;
  }

  private readonly replacer = (_key: string, value: unknown): unknown => {
    if (typeof value !== "object" || value === null) return value;
    if (this.articles.has(value as Article)) return `article:${articleDigest(value as Article)}`;
    if (this.shared.has(value)) return `shared:${this.sharedDigest(value)}`;
    if (Array.isArray(value) && value.length >= LONG_LIST) return `list:${this.listDigest(value)}`;
    return value;
  };

  /**
   * A long list inside a slice (a month's stories in the archive's years, an entity's
   * mentions) digested on its own, once per list object: a slice made anew around
   * lists that are the same objects as before (the preview's next plan) is digested
   * without going through them again.
   */
  private listDigest(list: readonly unknown[]): string {
    let digest = this.sliceDigests.get(list);
    if (digest !== undefined) return digest;
    // A list of stories alone (the common case) is their digests, without serialising anything.
    const stories = list.every((item) => this.articles.has(item as Article));
    digest = sha1(stories ? `articles:${list.map((item) => articleDigest(item as Article)).join(",")}` : JSON.stringify(list, (key, inner: unknown) => (key === "" ? inner : this.replacer(key, inner))));
    this.sliceDigests.set(list, digest);
    return digest;
  }

  of(kind: string, slice: unknown, bodies: readonly Article[] = []): string {
    return sha1(this.base, kind, this.sliceDigest(slice), ...bodies.map((article) => article.bodyDigest));
  }

  private sliceDigest(slice: unknown): string {
    if (typeof slice !== "object" || slice === null) return sha1(JSON.stringify(slice) ?? "");
    let digest = this.sliceDigests.get(slice);
    if (digest === undefined) this.sliceDigests.set(slice, (digest = sha1(JSON.stringify(slice, this.replacer))));
    return digest;
  }
}
