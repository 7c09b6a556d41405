// A story found on the web (a feed item or a saved page), as an article: the part of
// importing that feeds and pages share once each has said what it found.
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

export function webStoryOutcome(story: WebStory, contentDir: string, known: KnownNames, existing: ReadonlyMap<string, string>, options: WebImportOptions): ImportOutcome {
  const earlier = story.importId ? existing.get(story.importId) : undefined;
  if (earlier) return { kind: "skipped", from: story.from, reason: `already imported (import_id ${story.importId} is in ${earlier}).` };
  const notes = [...(story.notes ?? [])];
  const problems: string[] = [];

  let body = htmlToMarkdown(story.html);
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

  let image: { src: string; alt: string; caption?: string; credit?: string } | undefined;
  if (story.image) {
    const alt = story.image.alt?.trim() || story.image.caption?.trim() || title;
    if (!story.image.alt?.trim()) notes.push(`the photo has no alt text; "${alt}" was used: check it describes the photo.`);
    image = { src: story.image.src, alt, ...(story.image.caption ? { caption: story.image.caption } : {}), ...(story.image.credit ? { credit: story.image.credit } : {}) };
  }
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
  }, known);
  return { kind: "article", from: story.from, file: drafted.file, url: drafted.url, text: drafted.text, notes: [...notes, ...(drafted.unconfirmedNames ? [UNCONFIRMED_NOTE] : [])], copies: [] };
}
