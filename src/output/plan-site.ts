// From a content folder to the list of files the site consists of, each with its
// fingerprint: the one pipeline the build and the preview share.
import { buildArchivePages, type ArchivePages } from "../archive-pages.ts";
import { groupingKey, withArticlesReplaced, withBodiesReplaced } from "../replaced-stories.ts";
import type { Archive } from "../content/archive.ts";
import { collectArchive, type LoadOptions } from "../content/load-archive.ts";
import { LoadMemory } from "../content/load-in-place.ts";
import type { ContentIssue } from "../errors.ts";
import { withResponsiveImages } from "../images/responsive-images.ts";
import { buildRoutes, type Route } from "../model/routes.ts";
import { editionRoutes, mainEdition, otherEditions } from "../model/editions.ts";
import { redirectsOverPages } from "../content/redirect-clashes.ts";
import { oldAddresses } from "../content/redirect-paths.ts";
import { siteAddresses } from "../model/site-addresses.ts";
import { redirectFileFor } from "../hosting/redirects.ts";
import type { Article, SiteSettings } from "../types.ts";
import { articleMetadataDigest } from "./fingerprint.ts";
import type { HostedPageOutput } from "./hosted-pages.ts";
import { StoryHolders } from "../story-holders.ts";
import { GroupingMemory } from "../collections/grouping-memory.ts";
import { siteAssets } from "./assets.ts";
import { AddressMemory, addressesOf, linkWarnings } from "./checked-addresses.ts";
import { keepUnchanged } from "./keep-unchanged.ts";
import { editionOutputs, OutputMemory, siteOutputs } from "./site-outputs.ts";
import type { OutputFile } from "./write-site.ts";

export interface SitePlan {
  site: SiteSettings;
  articles: Article[];
  routes: Route[];
  outputs: OutputFile[];
  /** The editions below `/` (site.yaml `editions:`), each searched in an index of its own in its folder. */
  editions: { folder: string; site: SiteSettings; articles: Article[] }[];
}

export interface PlanOptions extends Omit<LoadOptions, "assets"> {
  /** The pages Eleventy renders (about.md ...), asked for once the content is valid. */
  hostedPages(): Promise<readonly HostedPageOutput[]>;
}

/**
 * What one plan leaves for the next in the same process (the preview): the articles
 * loaded, the pages grouped from them, and the digests of their slices. When a save changed
 * article bodies and nothing else, the next plan takes the pages as they were, with the
 * new bodies where pages show them, instead of grouping the archive again.
 */
export class PlanMemory {
  readonly load = new LoadMemory();
  /** The inputs of the last grouping and its result. */
  last?: LastGrouping;
  readonly outputs = new OutputMemory();
  /** Which pages hold each story, for a new headline (see story-holders.ts). */
  readonly holders = new StoryHolders();
  /** The site's addresses as the last plan made them. */
  readonly addresses = new AddressMemory();
  /** What the groupings made, kept while the settings and registry they were made with are the same. */
  grouping = { from: "", memory: new GroupingMemory() };

  /** Whether the pages the last plan grouped are all indexed by the stories they hold. */
  storiesIndexed(): boolean {
    return this.last !== undefined && this.holders.covers(this.last.pages);
  }

  /** Indexes the pages the last plan grouped, in turns, ahead of the first new headline (see story-holders.ts). */
  async indexStories(): Promise<void> {
    const last = this.last;
    if (!last) return;
    const stories = storiesHeld(last);
    await this.holders.indexInTurns(last.pages, (value) => stories.has(value as Article));
  }
}

interface LastGrouping {
  groupedFrom: string;
  articles: readonly Article[];
  pages: ArchivePages;
  /**
   * For an article whose body alone changed since the grouping, the earlier object that
   * pages showing metadata alone still hold (see withBodiesReplaced).
   */
  held: ReadonlyMap<Article, Article>;
}

/**
 * Every story object the last plan's pages hold: its articles, and the earlier versions pages
 * showing metadata alone still show. Made once per plan: the next save asks again.
 */
const storiesHeldBy = new WeakMap<LastGrouping, Set<Article>>();
function storiesHeld(last: LastGrouping): Set<Article> {
  let stories = storiesHeldBy.get(last);
  if (!stories) storiesHeldBy.set(last, (stories = new Set([...last.articles, ...last.held.values()])));
  return stories;
}

/** What the grouping of articles into pages depends on besides the articles: settings and the registry; made once for the same objects. */
const groupingInputsMade = new WeakMap<object, { site: object; sources: object; inputs: string }>();
function groupingInputs(archive: Archive): string {
  const made = groupingInputsMade.get(archive.entities);
  if (made?.site === archive.site && made.sources === archive.sources) return made.inputs;
  const inputs = JSON.stringify([archive.site, archive.entities, archive.sources]);
  groupingInputsMade.set(archive.entities, { site: archive.site, sources: archive.sources, inputs });
  return inputs;
}

/**
 * The last plan's pages, if the articles are the same stories in the same order, each
 * standing where it stood (`groupingKey`), with the new objects of those that changed;
 * undefined when the archive must be grouped again (a story added, removed, redated,
 * retagged ...). A change of body alone touches only the pages that show bodies
 * (`withBodiesReplaced`); a new headline, summary or photo, every page that shows the
 * story (`withArticlesReplaced`), still without grouping the archive.
 */
function pagesToReuse(memory: PlanMemory | undefined, groupedFrom: string, articles: readonly Article[]): Pick<LastGrouping, "pages" | "held"> | undefined {
  const last = memory?.last;
  if (!last || last.groupedFrom !== groupedFrom || last.articles.length !== articles.length) return undefined;
  const replaced = new Map<Article, Article>();
  let shownChanged = false;
  for (const [i, article] of articles.entries()) {
    const before = last.articles[i]!;
    if (before === article) continue;
    if (articleMetadataDigest(before) !== articleMetadataDigest(article)) {
      if (groupingKey(before) !== groupingKey(article)) return undefined;
      shownChanged = true;
    }
    replaced.set(before, article);
  }
  if (replaced.size === 0) return last;
  if (!shownChanged) {
    const held = new Map([...last.held].filter(([current]) => !replaced.has(current)));
    for (const [before, article] of replaced) held.set(article, last.held.get(before) ?? before);
    return { pages: withBodiesReplaced(last.pages, replaced), held };
  }
  // Pages copied for the change are digested again, so every earlier version they may
  // hold gives way to the current object too: afterwards no page holds an old one.
  const everywhere = new Map(replaced);
  for (const [current, older] of last.held) everywhere.set(older, replaced.get(current) ?? current);
  return { pages: withArticlesReplaced(last.pages, everywhere, storiesHeld(last), memory.holders), held: new Map() };
}

/**
 * The archive grouped again; in the preview, each group holding the same stories as in the
 * last grouping kept with what was made of it (see grouping-memory.ts), and every other
 * part equal to the last plan's kept as that object (see keep-unchanged.ts).
 */
function regrouped(archive: Archive, groupedFrom: string, memory: PlanMemory | undefined): ArchivePages {
  if (memory && memory.grouping.from !== groupedFrom) memory.grouping = { from: groupedFrom, memory: new GroupingMemory() };
  const pages = buildArchivePages(archive, memory?.grouping.memory.begin());
  if (!memory?.last) return pages;
  const current = new Set<object>(archive.articles);
  // A story's page is kept by the grouping while its neighbours and related stories are the
  // same objects, and one made again holds another of them: not compared (at 100,000 stories
  // that was a tenth of a new date's save, and found nothing).
  const kept = keepUnchanged({ ...pages, articles: [] }, { ...memory.last.pages, articles: [] }, (value) => current.has(value));
  return { ...kept, articles: pages.articles };
}

export async function planSite(options: PlanOptions, memory?: PlanMemory): Promise<{ plan?: SitePlan; issues: ContentIssue[] }> {
  const { archive: loaded, issues } = collectArchive({ ...options, assets: siteAssets().urls, ...(memory ? { memory: memory.load } : {}) });
  if (!loaded) return { issues };
  const withImages = { ...loaded, articles: await withResponsiveImages(loaded.articles, options.contentDir) };
  const archive = mainEdition(withImages);
  const articles = archive.articles;
  const groupedFrom = groupingInputs(archive);
  const { pages, held } = pagesToReuse(memory, groupedFrom, articles) ?? { pages: regrouped({ ...archive, articles }, groupedFrom, memory), held: new Map<Article, Article>() };
  if (memory) memory.last = { groupedFrom, articles, pages, held };
  const hosted = await options.hostedPages();
  const allRoutes = buildRoutes({ ...archive, articles, pages }, { hosted, now: options.now ?? new Date() });
  const { ownPages, addresses } = addressesOf(allRoutes, hosted, articles, archive.site, memory?.addresses);
  const clashes = redirectsOverPages(articles, ownPages, redirectFileFor);
  issues.push(...clashes);
  if (clashes.length > 0 && !options.keepGoing) return { issues };
  // The preview leaves such a redirect out, as it does any broken article.
  const routes = clashes.length === 0 ? allRoutes : allRoutes.filter((route) => route.kind !== "redirect" || !ownPages.has(route.file));
  issues.push(...linkWarnings(archive, clashes.length === 0 ? addresses : siteAddresses(routes, hosted, oldAddresses(articles)), memory?.addresses));
  const editions = otherEditions(withImages).map((view) => ({ view, routes: editionRoutes(view, options.now ?? new Date()) }));
  const outputs = siteOutputs({
    site: archive.site,
    routes,
    articles,
    hosted: hosted.map((page) => page.output),
    contentDir: options.contentDir,
    photosOf: withImages.articles,
    ...(memory ? { memory: memory.outputs } : {}),
  }).concat(editions.flatMap(({ view, routes: own }) => editionOutputs(view, own, archive.site.pathPrefix, memory?.outputs)));
  const editionPlans = editions.map(({ view }) => ({ folder: view.folder, site: view.archive.site, articles: view.archive.articles }));
  return { plan: { site: archive.site, articles, routes, outputs, editions: editionPlans }, issues };
}
