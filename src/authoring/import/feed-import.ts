// An RSS 2.0, Atom or JSON Feed file as articles, one per item, parsed with feedsmith:
// the full text when the feed carries it, else the summary, with the item's link as
// source_url and the outlet from the feed's title.
import { parseFeed } from "feedsmith";
import { AnnalsError } from "../../errors.ts";
import type { KnownNames } from "../known-names.ts";
import type { ImportOutcome } from "./outcome.ts";
import { plainText } from "./plain-text.ts";
import { webDate } from "./web-date.ts";
import { webStoryOutcome, type WebImportOptions, type WebStory } from "./web-story.ts";

type ParsedFeed = ReturnType<typeof parseFeed>;
type Found = Omit<WebStory, "from" | "dateHint" | "outletHint" | "outlet"> & { label?: string };

const text = (value: string | { value?: string } | undefined): string | undefined =>
  typeof value === "string" ? value : value?.value;

/** feedsmith hands dates over as the feed wrote them. */
const dateText = (value: unknown): string | undefined =>
  typeof value === "string" ? value : value instanceof Date ? value.toISOString() : undefined;

// RSS's <author> is an e-mail address, optionally followed by the name in brackets.
function rssAuthor(author: string | { name?: string } | undefined): string | undefined {
  const written = typeof author === "string" ? author : author?.name;
  return written?.match(/\(([^)]+)\)/)?.[1] ?? (written?.includes("@") ? undefined : written);
}

function rssItems(feed: Extract<ParsedFeed, { format: "rss" }>["feed"]): Found[] {
  return (feed.items ?? []).map((item) => {
    const media = item.media?.contents?.find((content) => content.medium === "image" || content.type?.startsWith("image/")) ?? item.media?.thumbnails?.[0];
    const enclosure = item.enclosures?.find((candidate) => candidate.type?.startsWith("image/"));
    const imageUrl = media?.url ?? enclosure?.url;
    const caption = item.media?.contents?.[0]?.description;
    const id = item.guid?.value ?? item.link;
    return {
      title: item.title,
      date: webDate(dateText(item.pubDate ?? item.dc?.dates?.[0])),
      author: item.dc?.creators?.[0] ?? rssAuthor(item.authors?.[0]),
      sourceUrl: item.link,
      summary: item.description,
      html: item.content?.encoded ?? "",
      ...(imageUrl ? { image: { src: imageUrl, ...(caption ? { caption: plainText(text(caption) ?? "") } : {}) } } : {}),
      tags: (item.categories ?? []).map((category) => category.name).filter((name): name is string => Boolean(name)),
      ...(id ? { importId: id } : {}),
    };
  });
}

function atomItems(feed: Extract<ParsedFeed, { format: "atom" }>["feed"]): Found[] {
  return (feed.entries ?? []).map((entry) => {
    const link = entry.links?.find((candidate) => !candidate.rel || candidate.rel === "alternate")?.href;
    const image = entry.links?.find((candidate) => candidate.rel === "enclosure" && candidate.type?.startsWith("image/"))?.href;
    return {
      title: text(entry.title),
      date: webDate(dateText(entry.published ?? entry.updated)),
      author: entry.authors?.[0]?.name,
      sourceUrl: link,
      summary: text(entry.summary),
      html: text(entry.content) ?? "",
      ...(image ? { image: { src: image } } : {}),
      tags: (entry.categories ?? []).map((category) => category.label ?? category.term).filter((name): name is string => Boolean(name)),
      ...(entry.id ? { importId: entry.id } : {}),
    };
  });
}

function jsonItems(feed: Extract<ParsedFeed, { format: "json" }>["feed"]): Found[] {
  return (feed.items ?? []).map((item) => ({
    title: item.title,
    date: webDate(dateText(item.date_published ?? item.date_modified)),
    author: item.authors?.[0]?.name,
    sourceUrl: item.url ?? item.external_url,
    summary: item.summary,
    html: item.content_html ?? (item.content_text ? item.content_text.split(/\n\s*\n/).map((paragraph) => `<p>${paragraph}</p>`).join("") : ""),
    ...(item.image ?? item.banner_image ? { image: { src: (item.image ?? item.banner_image)! } } : {}),
    tags: item.tags ?? [],
    importId: item.id,
  }));
}

export interface FeedSummary {
  format: string;
  title: string;
  items: number;
}

export function parseFeedFile(name: string, content: string): { summary: FeedSummary; found: Found[] } {
  let parsed: ParsedFeed;
  try {
    parsed = parseFeed(content);
  } catch (error) {
    throw new AnnalsError(`${name}: not an RSS, Atom or JSON feed that can be read (${error instanceof Error ? error.message : String(error)}).`, { cause: error });
  }
  const found = parsed.format === "rss" ? rssItems(parsed.feed) : parsed.format === "atom" ? atomItems(parsed.feed) : parsed.format === "json" ? jsonItems(parsed.feed) : [];
  if (parsed.format === "rdf") throw new AnnalsError(`${name}: an RSS 1.0 (RDF) feed; Annals imports RSS 2.0, Atom and JSON Feed.`);
  const title = plainText((parsed.format === "atom" ? text(parsed.feed.title) : parsed.feed.title) ?? "");
  const format = { rss: "RSS feed", atom: "Atom feed", json: "JSON Feed" }[parsed.format];
  return { summary: { format, title, items: found.length }, found };
}

export function* importFeed(name: string, content: string, contentDir: string, known: KnownNames, existing: ReadonlyMap<string, string>, options: WebImportOptions, summary: { feed?: FeedSummary }): Generator<ImportOutcome> {
  const parsed = parseFeedFile(name, content);
  summary.feed = parsed.summary;
  if (options.title && parsed.found.length > 1) throw new AnnalsError("--title names one story; a feed has several. Leave it out and edit the titles after.");
  for (const [index, item] of parsed.found.entries()) {
    const story: WebStory = {
      ...item,
      from: `${name} item ${index + 1}${item.title ? ` "${plainText(item.title)}"` : ""}`,
      dateHint: "the item's published and updated dates",
      ...(parsed.summary.title ? { outlet: parsed.summary.title } : {}),
      outletHint: "the feed's title",
    };
    yield webStoryOutcome(story, contentDir, known, existing, options);
  }
}
