// Turns one pasted story into the text of an article file, and says what it could
// not work out. Nothing is written here; the command does that.
import { existsSync } from "node:fs";
import { basename, dirname, extname, join } from "node:path";
import { parseArticleDate } from "../../dates.ts";
import { articleLocation, articleText, slugForTitle, type ArticleLocation } from "../article-file.ts";
import type { KnownNames } from "../known-names.ts";
import { parseStory, proposedTitle } from "./parse-story.ts";
import { fileInside } from "./file-inside.ts";
import { suggestEntities, type EntityLists } from "./suggest-entities.ts";

export interface ImportOptions {
  source?: string;
  title?: string;
}

export interface ImportedStory extends ArticleLocation {
  ok: true;
  text: string;
  /** The photo found beside the story, and where in content/ it goes. */
  photo?: { from: string; to: string };
  notes: string[];
}

export interface FailedImport {
  ok: false;
  problems: string[];
}

const PHOTO_EXTENSIONS = [".jpg", ".jpeg", ".png", ".webp", ".avif", ".svg"];
// A paragraph that markdown would read as a heading, quote, list or rule stays a paragraph.
const MARKDOWN_BLOCK_START = /^(#{1,6}\s|>|[-*+]\s|\d+[.)]\s|[-*_]{3,}\s*$|=+\s*$)/;

function photoBeside(storyFile: string): string | undefined {
  const stem = join(dirname(storyFile), basename(storyFile, extname(storyFile)));
  return PHOTO_EXTENSIONS.map((extension) => `${stem}${extension}`).find((path) => existsSync(path));
}

function asMarkdown(paragraph: string): string {
  const escaped = paragraph.replace(/([\\`*_[\]<])/g, "\\$1");
  return MARKDOWN_BLOCK_START.test(escaped) ? `\\${escaped}` : escaped;
}

function nonEmpty(lists: EntityLists): Partial<EntityLists> | undefined {
  const present = Object.fromEntries(Object.entries(lists).filter(([, names]) => names.length > 0));
  return Object.keys(present).length > 0 ? present : undefined;
}

export function importStory(storyFile: string, text: string, contentDir: string, known: KnownNames, options: ImportOptions): ImportedStory | FailedImport {
  const story = parseStory(text);
  const problems: string[] = [];
  const notes: string[] = [];

  const date = story.date ? parseArticleDate(story.date) : undefined;
  if (!date?.ok) problems.push("no date line found near the top (a line such as `July 28, 2021` or `28 July 2021`); add one to the file.");

  const aboutSource = story.aboutSite ? known.source(story.aboutSite) : undefined;
  const source = options.source ? (known.source(options.source) ?? options.source) : aboutSource;
  if (!source) problems.push("the outlet could not be worked out: pass --source, e.g. --source Reuters.");
  else if (!options.source) notes.push(`source: ${source}, from the "About ${story.aboutSite}" block (dropped from the body).`);
  else if (!known.source(options.source)) notes.push(`\`${options.source}\` is not in sources.yaml; add the outlet there.`);
  if (story.aboutSite && options.source) notes.push(`dropped the "About ${story.aboutSite}" block at the end as site boilerplate.`);

  if (story.paragraphs.length === 0) problems.push("no body paragraphs found after the caption and the date line.");
  const title = options.title?.trim() || proposedTitle(story.paragraphs);
  if (!options.title && title) notes.push(`title proposed from the first sentence, check it: "${title}".`);
  if (!title) problems.push("no title: pass --title.");

  if (problems.length > 0 || !date?.ok || !source || !title) return { ok: false, problems };

  const slug = slugForTitle(title);
  if (!slug) return { ok: false, problems: [`the title "${title}" gives no URL slug; pass a --title with letters or digits.`] };
  const location = articleLocation(contentDir, date.date, slug);
  const entities = suggestEntities(story.paragraphs.join("\n\n"), known);
  const photoFile = photoBeside(storyFile);
  const checked = photoFile ? fileInside(dirname(storyFile), photoFile) : undefined;
  if (checked && !checked.ok) notes.push(`photo refused: ${checked.reason}.`);
  const photo = photoFile && checked?.ok ? { from: checked.real, to: join(contentDir, "images", `${slug}${extname(photoFile).toLowerCase()}`) } : undefined;

  const image = story.caption
    ? { src: photo ? `/images/${basename(photo.to)}` : "/images/PHOTO-FILE.jpg", alt: story.caption.alt, caption: story.caption.caption, credit: story.caption.credit }
    : undefined;
  const fields = {
    title,
    date: date.date.iso,
    source,
    ...(image && photo ? { image } : {}),
    entities: nonEmpty(entities.registered),
  };
  const commented: string[] = [];
  if (image && !photo) {
    const why = photoFile ? "the photo was not copied" : `no photo file beside ${basename(storyFile)}`;
    notes.push(`${why}: its caption and credit are kept as a commented-out image block; put the photo in content/images/ and uncomment it.`);
    commented.push("# image:", `#   src: ${image.src}`, `#   alt: ${JSON.stringify(image.alt)}`, `#   caption: ${JSON.stringify(image.caption)}`, `#   credit: ${JSON.stringify(image.credit)}`);
  }
  const unconfirmed = nonEmpty(entities.unregistered);
  if (unconfirmed) {
    commented.push("# Also named in the text, not in entities.yaml: move the right ones into entities above.");
    for (const [list, names] of Object.entries(unconfirmed)) commented.push(`#   ${list}: [${names.join(", ")}]`);
    notes.push(`names found in the text but not in the registry are listed as comments for an editor to confirm.`);
  }
  const body = story.paragraphs.map(asMarkdown).join("\n\n");
  return { ok: true, ...location, text: articleText(fields, body, commented), ...(photo ? { photo } : {}), notes };
}
