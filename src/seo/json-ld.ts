// Structured data (schema.org JSON-LD) for articles and listing pages, so search
// engines and aggregators read the archive as news. https://schema.org/NewsArticle
import { jsonInScript, type SafeHtml } from "../html.ts";
import type { Crumb } from "../archive-pages.ts";
import { mentionedEntities, type Article, type EntityRef, type EntityType, type SiteSettings } from "../types.ts";
import { absoluteUrl } from "../urls.ts";
import { shareableImage } from "../images/responsive-images.ts";

/** Each entity type as schema.org names it: https://schema.org/Person, /Organization, /Place */
const SCHEMA_TYPES = { person: "Person", organization: "Organization", place: "Place" } as const satisfies Record<EntityType, string>;

export type JsonLd = { "@context"?: string; "@type": string } & { [key: string]: unknown };

function publisher(site: SiteSettings): JsonLd {
  return { "@type": "Organization", name: site.title, url: absoluteUrl(site, "/") };
}

function entityThing(site: SiteSettings, entity: EntityRef): JsonLd {
  return {
    "@type": SCHEMA_TYPES[entity.type],
    name: entity.name,
    url: absoluteUrl(site, entity.url),
    ...(entity.links.length > 0 ? { sameAs: [...entity.links] } : {}),
  };
}

export function newsArticle(site: SiteSettings, article: Article): JsonLd {
  const url = absoluteUrl(site, article.url);
  const entities = mentionedEntities(article);
  return {
    "@context": "https://schema.org",
    "@type": "NewsArticle",
    headline: article.title,
    description: article.summary,
    url,
    mainEntityOfPage: url,
    datePublished: article.date.iso,
    dateModified: article.modified.iso,
    inLanguage: article.lang ?? site.language,
    author: article.author
      ? { "@type": "Person", name: article.author }
      : { "@type": "Organization", name: article.source.name, ...(article.source.homepage ? { url: article.source.homepage } : {}) },
    publisher: publisher(site),
    ...(article.image
      ? {
          image: {
            "@type": "ImageObject",
            url: absoluteUrl(site, shareableImage(article.image)),
            ...(article.image.caption ? { caption: article.image.caption } : {}),
            ...(article.image.credit ? { creditText: article.image.credit } : {}),
          },
        }
      : {}),
    ...(article.sourceUrl ? { isBasedOn: article.sourceUrl } : {}),
    ...(article.corrections.length > 0
      ? { correction: article.corrections.map((correction) => ({ "@type": "CorrectionComment", text: correction.text, datePublished: correction.date.iso })) }
      : {}),
    ...(entities.length > 0 ? { mentions: entities.map((entity) => entityThing(site, entity)) } : {}),
    ...(article.tags.length > 0 ? { keywords: article.tags.map((tag) => tag.name).join(", ") } : {}),
  };
}

export function breadcrumbList(site: SiteSettings, crumbs: readonly Crumb[]): JsonLd {
  return {
    "@context": "https://schema.org",
    "@type": "BreadcrumbList",
    itemListElement: crumbs.map((crumb, index) => ({
      "@type": "ListItem",
      position: index + 1,
      name: crumb.label,
      item: absoluteUrl(site, crumb.url),
    })),
  };
}

export function collectionPage(site: SiteSettings, page: { url: string; name: string; description: string }): JsonLd {
  return {
    "@context": "https://schema.org",
    "@type": "CollectionPage",
    name: page.name,
    description: page.description,
    url: absoluteUrl(site, page.url),
    isPartOf: { "@type": "WebSite", name: site.title, url: absoluteUrl(site, "/") },
  };
}

/**
 * The open data as a schema.org Dataset, which dataset search engines read
 * (https://developers.google.com/search/docs/appearance/structured-data/dataset).
 */
export function dataset(
  site: SiteSettings,
  page: { url: string; name: string; description: string },
  files: readonly { title: string; url: string; mediatype: string }[],
): JsonLd {
  const licence = site.dataLicense;
  return {
    "@context": "https://schema.org",
    "@type": "Dataset",
    name: page.name,
    description: page.description,
    url: absoluteUrl(site, page.url),
    ...(licence ? { license: licence.path ?? licence.name } : {}),
    isAccessibleForFree: true,
    creator: publisher(site),
    distribution: files.map((file) => ({ "@type": "DataDownload", name: file.title, encodingFormat: file.mediatype, contentUrl: absoluteUrl(site, file.url) })),
  };
}

/** JSON for a <script> element: `<` is escaped so no value can close the element. */
export function serializeJsonLd(data: readonly JsonLd[]): SafeHtml {
  return jsonInScript(data.length === 1 ? data[0] : data);
}
