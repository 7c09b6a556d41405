// A site's editions (site.yaml `editions:`) as archives of their own: the edition at `/`
// is the site's archive, its stories chosen; every other is the stories it lists, with
// the entities under their names in its language, grouped into its own pages, routed
// below its folder (`ar/`) and rendered with its own settings: its language, messages,
// and a path prefix that its pages' links take, the shared folders apart (src/urls.ts).
import { buildArchivePages } from "../archive-pages.ts";
import type { Archive } from "../content/archive.ts";
import { editionLists } from "../editions.ts";
import { ENTITY_SECTIONS, ENTITY_TYPES, type Article, type Edition, type EntityRef, type SiteSettings } from "../types.ts";
import { urls } from "../urls.ts";
import { buildRoutes, type Route } from "./routes.ts";

export interface EditionView {
  edition: Edition;
  /** Its folder in the output, `ar/`. */
  folder: string;
  archive: Archive;
}

/** The edition at `/`: the archive, with the stories that edition lists. A site without editions is left as it is. */
export function mainEdition(archive: Archive): Archive {
  const main = archive.site.editions[0];
  if (!main || main.stories === "all") return archive;
  return { ...archive, articles: archive.articles.filter((article) => editionLists(main, article, archive.site.editions)) };
}

/** An entity under its name in `lang`, its canonical name then one of its others; one object per entity. */
function localNames(lang: string): <T extends EntityRef>(entity: T) => T {
  const renamed = new Map<EntityRef, EntityRef>();
  return <T extends EntityRef>(entity: T): T => {
    const name = entity.names?.[lang];
    if (!name || name === entity.name) return entity;
    let local = renamed.get(entity);
    if (!local) renamed.set(entity, (local = { ...entity, name, aliases: [entity.name, ...entity.aliases.filter((alias) => alias !== name)] }));
    return local as T;
  };
}

/** The settings an edition's pages render with. */
export function editionSettings(site: SiteSettings, edition: Edition): SiteSettings {
  const searchFile = (url: string) => `${urls.search}${url.slice(url.lastIndexOf("/") + 1)}`;
  return {
    ...site,
    language: edition.lang,
    digits: edition.digits,
    messages: edition.messages,
    title: edition.title ?? site.title,
    description: edition.description ?? site.description,
    pathPrefix: `${site.pathPrefix}${edition.path.slice(1)}`,
    edition: edition.path,
    // A site's own pages (about.md) are the edition at `/`'s alone.
    navigation: site.navigation.filter((item) => item.url !== urls.about),
    // The search page's scripts beside it, so that its worker finds the edition's own index one folder up.
    assets: { ...site.assets, searchScript: searchFile(site.assets.searchScript), searchWorker: searchFile(site.assets.searchWorker) },
  };
}

/** Every edition but the one at `/`, each as an archive of its own. */
export function otherEditions(archive: Archive): EditionView[] {
  return archive.site.editions.slice(1).map((edition) => {
    const local = localNames(edition.lang);
    const articles = archive.articles
      .filter((article) => editionLists(edition, article, archive.site.editions))
      .map((article): Article => {
        const named = Object.fromEntries(ENTITY_TYPES.map((type) => [ENTITY_SECTIONS[type], article[ENTITY_SECTIONS[type]].map(local)]));
        const changed = ENTITY_TYPES.some((type) => named[ENTITY_SECTIONS[type]]!.some((entity, i) => entity !== article[ENTITY_SECTIONS[type]][i]));
        return changed ? { ...article, ...named } : article;
      });
    return {
      edition,
      folder: edition.path.slice(1),
      archive: { ...archive, site: editionSettings(archive.site, edition), articles, entities: archive.entities.map(local) },
    };
  });
}

/** An edition's pages: the route table of its archive, but the files the site publishes once (robots.txt, the open data...), each below its folder. */
export function editionRoutes(view: EditionView, now: Date): Route[] {
  const routes = buildRoutes({ ...view.archive, pages: buildArchivePages(view.archive) }, { hosted: [], now, edition: true });
  return routes.map((route) => ({ ...route, file: `${view.folder}${route.file}` }));
}
