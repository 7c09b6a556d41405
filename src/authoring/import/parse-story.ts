// Takes apart a story pasted from a news site: an optional photo caption ending in its
// credit, a date line, the body paragraphs, and the site's "About ..." boilerplate.
import { storyDate } from "./story-date.ts";

export interface StoryCaption {
  caption: string;
  credit: string;
  /** The caption without its trailing date: what the photo shows. */
  alt: string;
}

export interface ParsedStory {
  caption?: StoryCaption;
  /** `2021-07-28` */
  date?: string;
  paragraphs: string[];
  /** The X of a dropped "About X" block, often the outlet. */
  aboutSite?: string;
}

// "... in Baghdad, Iraq, August 23, 2020. (REUTERS)" or "(Photo: AFP / Ahmad al-Rubaye)"
// The caption is a finished sentence; "... on Friday (witnesses said)" is body text.
const CREDIT = /^(?<caption>[\s\S]+?[.!?”"])\s*\((?<credit>[^()]{2,60})\)\s*$/u;
const TRAILING_DATE = /,?\s*(on\s+)?(\p{L}+\.?\s+\d{1,2},?\s+\d{4}|\d{1,2}\s+\p{L}+\.?,?\s+\d{4})\s*\.?\s*$/u;
// A heading line such as "About Al-Monitor", or a paragraph opening "About The National: ...".
const ABOUT = /^About\s+(?<site>[^\n.:]{2,60}?)\s*(:|$|\n)/;

function paragraphsOf(text: string): string[] {
  return text
    .replace(/^\uFEFF/, "")
    .replace(/\r\n?/g, "\n")
    .split(/\n\s*\n/)
    .map((paragraph) => paragraph.trim())
    .filter((paragraph) => paragraph.length > 0);
}

function captionOf(paragraph: string): StoryCaption | undefined {
  const match = CREDIT.exec(paragraph);
  const caption = match?.groups?.caption?.trim();
  const credit = match?.groups?.credit?.trim().replace(/^(photo|picture|image)\s*:\s*/i, "");
  // A caption is one or two sentences; a long paragraph ending in brackets is body text.
  if (!caption || !credit || caption.length > 400) return undefined;
  const alt = caption.replace(TRAILING_DATE, "").replace(/[.,;\s]+$/, "");
  return { caption, credit, alt };
}

export function parseStory(text: string): ParsedStory {
  const paragraphs = paragraphsOf(text);
  const story: ParsedStory = { paragraphs: [] };

  // Boilerplate comes last: everything from an "About ..." block in the second half on.
  const aboutIndex = paragraphs.findIndex((paragraph, i) => i > 0 && i >= paragraphs.length / 2 && ABOUT.test(paragraph));
  if (aboutIndex > 0) {
    story.aboutSite = ABOUT.exec(paragraphs[aboutIndex] ?? "")?.groups?.site?.trim();
    paragraphs.splice(aboutIndex);
  }

  // The date line sits near the top, before or after the caption.
  const dateIndex = paragraphs.slice(0, 4).findIndex((paragraph) => storyDate(paragraph) !== undefined);
  if (dateIndex >= 0) {
    story.date = storyDate(paragraphs[dateIndex] ?? "");
    paragraphs.splice(dateIndex, 1);
  }

  const caption = paragraphs.length > 1 ? captionOf(paragraphs[0] ?? "") : undefined;
  if (caption) {
    story.caption = caption;
    paragraphs.shift();
  }
  story.paragraphs = paragraphs;
  return story;
}

/** A headline proposed from the first sentence, when none is given. */
export function proposedTitle(paragraphs: readonly string[]): string | undefined {
  const first = paragraphs[0];
  if (!first) return undefined;
  const sentence = (/^[\s\S]+?[.!?](?=\s+[\p{Lu}"“‘]|\s*$)/u.exec(first)?.[0] ?? first).replace(/[.!?]$/, "").trim();
  if (sentence.length <= 100) return sentence;
  const cut = sentence.slice(0, 100);
  return `${cut.slice(0, cut.lastIndexOf(" ")).replace(/[\s,;:–—-]+$/u, "")}…`;
}
