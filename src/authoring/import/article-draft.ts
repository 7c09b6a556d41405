// The article file an importer writes, from what it found: fields in docs/authoring.md's
// order, entities filed from the registry, names the registry does not know left as
// comments for an editor to confirm.
import type { ArticleDate } from "../../dates.ts";
import { articleLocation, articleText, type ArticleLocation } from "../article-file.ts";
import type { KnownNames } from "../known-names.ts";
import { suggestEntities, type EntityLists } from "./suggest-entities.ts";

export interface ArticleDraft {
  title: string;
  date: ArticleDate;
  slug: string;
  source: string;
  sourceUrl?: string;
  author?: string;
  summary?: string;
  image?: { src: string; alt: string; caption?: string; credit?: string };
  tags?: string[];
  lang?: string;
  draft?: boolean;
  redirectFrom?: string[];
  importId?: string;
  /** Markdown. */
  body: string;
  /** Commented-out lines for the editor, after the fields. */
  commented?: string[];
}

export interface DraftedArticle extends ArticleLocation {
  text: string;
  /** Names the registry does not know were left as comments for an editor. */
  unconfirmedNames: boolean;
}

function nonEmpty(lists: EntityLists): Partial<EntityLists> | undefined {
  const present = Object.fromEntries(Object.entries(lists).filter(([, names]) => names.length > 0));
  return Object.keys(present).length > 0 ? present : undefined;
}

/** Markdown as the words a reader sees, for finding names: link targets and markup out. */
function readableText(markdown: string): string {
  return markdown.replace(/!?\[([^\]]*)\]\([^)]*\)/g, "$1").replace(/[*_#>`\\]/g, "");
}

// Characters XML 1.0 forbids: one in a title would make the site's feed unreadable.
const FORBIDDEN_IN_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/gu;
const clean = <T extends string | undefined>(text: T): T => (text === undefined ? text : (text.replace(FORBIDDEN_IN_XML, "") as T));

export function draftArticle(contentDir: string, found: ArticleDraft, known: KnownNames): DraftedArticle {
  const draft: ArticleDraft = {
    ...found,
    title: clean(found.title),
    author: clean(found.author),
    summary: clean(found.summary),
    body: clean(found.body),
    ...(found.image ? { image: { ...found.image, alt: clean(found.image.alt), caption: clean(found.image.caption) } } : {}),
    ...(found.tags ? { tags: found.tags.map(clean) } : {}),
  };
  const entities = suggestEntities(`${draft.title}.\n\n${readableText(draft.body)}`, known);
  const commented = [...(draft.commented ?? [])];
  const unconfirmed = nonEmpty(entities.unregistered);
  if (unconfirmed) {
    commented.push("# Also named in the text, not in entities.yaml: move the right ones into entities above.");
    for (const [list, names] of Object.entries(unconfirmed)) commented.push(`#   ${list}: [${names.join(", ")}]`);
  }
  const fields = {
    title: draft.title,
    date: draft.date.iso,
    source: draft.source,
    source_url: draft.sourceUrl,
    author: draft.author,
    summary: draft.summary,
    image: draft.image,
    entities: nonEmpty(entities.registered),
    tags: draft.tags && draft.tags.length > 0 ? draft.tags : undefined,
    lang: draft.lang,
    draft: draft.draft ? true : undefined,
    redirect_from: draft.redirectFrom && draft.redirectFrom.length > 0 ? draft.redirectFrom : undefined,
    import_id: draft.importId,
  };
  const location = articleLocation(contentDir, draft.date, draft.slug);
  return { ...location, text: articleText(fields, draft.body || "(The original had no text.)", commented), unconfirmedNames: unconfirmed !== undefined };
}
