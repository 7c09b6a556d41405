// A story found on the web (a feed item or a saved page), as an article: the part of
// importing that feeds and pages share once each has said what it found.
import { displayPath } from "../../display-path.ts";
import type { ArticleDate } from "../../dates.ts";
import { slugForTitle } from "../article-file.ts";
import type { KnownNames } from "../known-names.ts";
import { draftArticle } from "./article-draft.ts";
import { htmlToMarkdown } from "./html-to-markdown.ts";
import type { ImportOutcome } from "./outcome.ts";
import { proposedTitle } from "./parse-story.ts";
import { plainText, scriptLanguage } from "./plain-text.ts";

export interface WebStory {
  /** What the report calls it: `feed.xml item 3 "Title"`. */
  from: string;
  title?: string;
  date?: ArticleDate;
  /** Where the date was looked for, for the message when there is none. */
  dateHint: string;
  author?: string;
  /** The outlet as the feed or page names it (feed title, og:site_name). */
  outlet?: string;
  /** Where the outlet's name came from, for the note. */
  outletHint: string;
  sourceUrl?: string;
  summary?: string;
  /** The story's HTML; empty when only a summary exists. */
  html: string;
  image?: { src: string; alt?: string; caption?: string; credit?: string };
  tags?: string[];
  importId?: string;
  notes?: string[];
  /** A page's story may open with its kicker, byline and date line: drop those. */
  pageFurniture?: boolean;
}

const UNCONFIRMED_NOTE = "names found in the text but not in the registry are listed as comments for an editor to confirm.";

export interface WebImportOptions {
  source?: string;
  title?: string;
}

function sourceOf(story: WebStory, known: KnownNames, options: WebImportOptions, notes: string[]): string | undefined {
  if (options.source) {
    const registered = known.source(options.source);
    if (!registered) notes.push(`\`${options.source}\` is not in sources.yaml; add the outlet there.`);
    return registered ?? options.source.trim();
  }
  if (!story.outlet) return undefined;
  const registered = known.source(story.outlet) ?? known.sourceIn(story.outlet);
  if (registered) {
    notes.push(`source: ${registered}, from ${story.outletHint} "${story.outlet}".`);
    return registered;
  }
  notes.push(`source: "${story.outlet}", from ${story.outletHint}; it is not in sources.yaml: add the outlet there, or pass --source.`);
  return story.outlet;
}

/**
 * Short lines before the first real paragraph that are not sentences ("Originals",
 * "By Jane Doe · July 25, 2021", "Tuesday, July 13, 2021"): a page's furniture, already
 * in the front-matter as kicker-less title, author and date.
 */
export function withoutLeadingFurniture(markdown: string): string {
  const blocks = markdown.split(/\n{2,}/);
  const first = blocks.findIndex((block) => block.length >= 100 || /[.!?”"]$/.test(block.trim()) || /^(!\[|#|>|- |\d+\. )/.test(block));
  return first <= 0 ? markdown : blocks.slice(first).join("\n\n");
}

type ImageFields = { src: string; alt: string; caption?: string; credit?: string };

/** "Caption text. (REUTERS)" or "Caption text. Photo: AFP" -> the caption and its credit. */
export function splitCredit(caption: string): { caption: string; credit?: string } {
  const match = /^(?<caption>[\s\S]+?[.!?”"])\s*(\((?<a>[^()]{2,60})\)|(photo|picture|image)\s*:\s*(?<b>.{2,60}))$/iu.exec(caption.trim());
  const credit = match?.groups?.a ?? match?.groups?.b;
  return match?.groups?.caption && credit ? { caption: match.groups.caption.trim(), credit: credit.trim() } : { caption: caption.trim() };
}

/**
 * The photo as front-matter. Alt text says what a photo shows; a caption is the nearest
 * thing and is used with a note. With neither, the headline would mislead a reader who
 * cannot see the photo, so the image is left commented out for an editor to describe.
 */
function imageFields(found: WebStory["image"], notes: string[]): { image?: ImageFields; commented: string[] } {
  if (!found) return { commented: [] };
  const split = found.caption ? splitCredit(plainText(found.caption)) : undefined;
  const credit = found.credit ?? split?.credit;
  const caption = split?.caption;
  const alt = found.alt?.trim() || caption;
  if (!alt) {
    notes.push("the photo has no description to use as alt text: it is kept as a commented-out image block; describe the photo in alt and uncomment it.");
    return { commented: ["# image:", `#   src: ${found.src}`, '#   alt: "What the photo shows"', ...(credit ? [`#   credit: ${JSON.stringify(credit)}`] : [])] };
  }
  if (!found.alt?.trim()) notes.push("the photo has no alt text; its caption was used: check it describes the photo.");
  return { image: { src: found.src, alt, ...(caption ? { caption } : {}), ...(credit ? { credit } : {}) }, commented: [] };
}

export function webStoryOutcome(story: WebStory, contentDir: string, known: KnownNames, existing: ReadonlyMap<string, string>, options: WebImportOptions): ImportOutcome {
  const earlier = story.importId ? existing.get(story.importId) : undefined;
  if (earlier) return { kind: "skipped", from: story.from, reason: `already imported (import_id ${story.importId} is in ${displayPath(earlier)}).` };
  const notes = [...(story.notes ?? [])];
  const problems: string[] = [];

  let body = story.pageFurniture ? withoutLeadingFurniture(htmlToMarkdown(story.html)) : htmlToMarkdown(story.html);
  const summary = story.summary ? plainText(story.summary) : undefined;
  if (!body && summary) {
    body = summary;
    notes.push("the full text is not in the feed; the summary is the body until you paste the story in.");
  }
  if (!body) problems.push("no text found: neither the story nor a summary.");

  let title = options.title?.trim() || (story.title ? plainText(story.title) : "");
  if (!title && body) {
    title = proposedTitle([plainText(story.html) || body]) ?? "";
    if (title) notes.push(`title proposed from the first sentence, check it: "${title}".`);
  }
  if (!title) problems.push("no title found: pass --title.");
  const slug = title ? slugForTitle(title) : "";
  if (title && !slug) problems.push(`the title "${title}" gives no URL slug; pass a --title with letters or digits.`);
  if (!story.date) problems.push(`no publication date found (looked in ${story.dateHint}).`);
  const source = sourceOf(story, known, options, notes);
  if (!source) problems.push(`the outlet could not be worked out (${story.outletHint} is empty): pass --source, e.g. --source Reuters.`);
  if (problems.length > 0 || !story.date || !source) return { kind: "failed", from: story.from, problems };

  const { image, commented } = imageFields(story.image, notes);
  const lang = scriptLanguage(`${title} ${body}`);
  const drafted = draftArticle(contentDir, {
    title,
    date: story.date,
    slug,
    source,
    ...(story.sourceUrl && /^https?:\/\//.test(story.sourceUrl) ? { sourceUrl: story.sourceUrl } : {}),
    ...(story.author ? { author: story.author } : {}),
    ...(summary && summary !== body ? { summary } : {}),
    ...(image ? { image } : {}),
    ...(story.tags ? { tags: story.tags } : {}),
    ...(lang ? { lang } : {}),
    ...(story.importId ? { importId: story.importId } : {}),
    body,
    commented,
  }, known);
  return { kind: "article", from: story.from, file: drafted.file, url: drafted.url, text: drafted.text, notes: [...notes, ...(drafted.unconfirmedNames ? [UNCONFIRMED_NOTE] : [])], copies: [] };
}
