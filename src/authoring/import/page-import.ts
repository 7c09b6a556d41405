// A news page saved from the web as an article: Mozilla's Readability finds the story
// in the page (navigation, share buttons and related links stay out), the page's own
// metadata (Open Graph, JSON-LD) gives the date, outlet and lead photo.
import { Readability } from "@mozilla/readability";
import { parseHTML } from "linkedom";
import type { KnownNames } from "../known-names.ts";
import type { ImportOutcome } from "./outcome.ts";
import { plainText } from "./plain-text.ts";
import { storyDate } from "./story-date.ts";
import { webDate } from "./web-date.ts";
import { webStoryOutcome, type WebImportOptions, type WebStory } from "./web-story.ts";

type PageDocument = ReturnType<typeof parseHTML>["document"];

// Blocks Readability sometimes keeps at the end of a story: an outlet's "About" box,
// share and follow prompts, lists of related stories.
const BOILERPLATE = /^(about\s+(us|the\s+\w+|[\p{Lu}][^.]{0,40}$)|share( this)?\b|follow us|related( stories| articles| news)?\b|read more\b|more from\b|sign up\b|subscribe\b|recommended\b)/iu;

/** JSON-LD objects of the page, flattened out of arrays and @graph. */
function jsonLd(document: PageDocument): Record<string, unknown>[] {
  const found: Record<string, unknown>[] = [];
  const visit = (value: unknown) => {
    if (Array.isArray(value)) value.forEach(visit);
    else if (value && typeof value === "object") {
      found.push(value as Record<string, unknown>);
      visit((value as Record<string, unknown>)["@graph"]);
    }
  };
  for (const script of document.querySelectorAll('script[type="application/ld+json"]')) {
    try {
      visit(JSON.parse(script.textContent ?? ""));
    } catch {
      continue; // A page's broken JSON-LD is the page's problem; the other sources remain.
    }
  }
  return found;
}

function meta(document: PageDocument, ...names: string[]): string | undefined {
  for (const name of names) {
    const content = document.querySelector(`meta[property="${name}"], meta[name="${name}"]`)?.getAttribute("content")?.trim();
    if (content) return content;
  }
  return undefined;
}

function nameOf(value: unknown): string | undefined {
  if (typeof value === "string") return value;
  if (Array.isArray(value)) return nameOf(value[0]);
  if (value && typeof value === "object") return nameOf((value as Record<string, unknown>).name);
  return undefined;
}

function urlOf(value: unknown): string | undefined {
  if (typeof value === "string") return value;
  if (Array.isArray(value)) return urlOf(value[0]);
  if (value && typeof value === "object") return urlOf((value as Record<string, unknown>).url);
  return undefined;
}

/** A date line near the top of the story text, as a person would read it. */
function dateLine(document: PageDocument): string | undefined {
  for (const element of [...document.querySelectorAll("time, .date, .dateline, p, span, div")].slice(0, 400)) {
    const line = element.textContent?.trim() ?? "";
    const day = line.length <= 60 ? storyDate(line) : undefined;
    if (day) return element.getAttribute("datetime") ?? day;
  }
  return undefined;
}

/** The story's first photo, taken out of the body to become the lead image. */
function leadFigure(body: PageDocument): { src: string; alt?: string; caption?: string } | undefined {
  const figure = body.querySelector("figure");
  const img = figure?.querySelector("img");
  const src = img?.getAttribute("src");
  if (!figure || !img || !src || !/^https?:\/\//.test(src)) return undefined;
  const caption = plainText(figure.querySelector("figcaption")?.innerHTML ?? "");
  figure.remove();
  return { src, ...(img.getAttribute("alt") ? { alt: img.getAttribute("alt")! } : {}), ...(caption ? { caption } : {}) };
}

export function pageStory(name: string, html: string, pageUrl?: string): WebStory {
  const { document } = parseHTML(html);
  const graph = jsonLd(document);
  const article = graph.find((node) => /Article|Posting|Report/.test(String(node["@type"] ?? ""))) ?? {};
  const canonical = document.querySelector('link[rel="canonical"]')?.getAttribute("href") ?? meta(document, "og:url") ?? urlOf(article.mainEntityOfPage) ?? urlOf(article.url) ?? pageUrl;
  const published = meta(document, "article:published_time", "datePublished", "date", "pubdate") ?? (typeof article.datePublished === "string" ? article.datePublished : undefined) ?? dateLine(document);
  const siteName = meta(document, "og:site_name", "application-name") ?? nameOf(article.publisher);
  const ogImage = meta(document, "og:image", "twitter:image") ?? urlOf(article.image);

  // Readability changes the document it reads, so the metadata is read first.
  const readable = new Readability(document as unknown as Document).parse();
  const { document: body } = parseHTML(`<html><body>${readable?.content ?? ""}</body></html>`);
  for (const element of [...body.querySelectorAll("p, div, section, aside, ul, h2, h3, h4")]) {
    if (element.isConnected && BOILERPLATE.test(element.textContent?.trim() ?? "") && (element.textContent?.length ?? 0) < 600) element.remove();
  }
  // A headline Readability left at the top of the body repeats the title.
  const title = meta(document, "og:title") ?? (typeof article.headline === "string" ? article.headline : undefined) ?? readable?.title ?? undefined;
  const firstHeading = body.querySelector("h1, h2");
  if (firstHeading && title && plainText(firstHeading.innerHTML) === plainText(title)) firstHeading.remove();

  const figure = leadFigure(body);
  const lead = figure ?? (ogImage && /^https?:\/\//.test(ogImage) ? { src: ogImage, ...(meta(document, "og:image:alt") ? { alt: meta(document, "og:image:alt")! } : {}) } : undefined);
  const byline = nameOf(article.author) ?? meta(document, "author", "article:author") ?? readable?.byline?.replace(/^by\s+/i, "");
  return {
    from: name,
    ...(title ? { title } : {}),
    ...(webDate(published) ? { date: webDate(published)! } : {}),
    dateHint: "article:published_time, JSON-LD datePublished and a date line in the text",
    ...(byline && !/^https?:/.test(byline) ? { author: plainText(byline) } : {}),
    ...(siteName ? { outlet: siteName } : {}),
    outletHint: "the page's og:site_name or JSON-LD publisher",
    ...(canonical ? { sourceUrl: canonical } : {}),
    ...(meta(document, "description", "og:description") ? { summary: meta(document, "description", "og:description")! } : {}),
    html: body.body.innerHTML,
    ...(lead ? { image: lead } : {}),
    ...(canonical ? { importId: canonical } : {}),
    pageFurniture: true,
  };
}

export function importPage(name: string, html: string, contentDir: string, known: KnownNames, existing: ReadonlyMap<string, string>, options: WebImportOptions, pageUrl?: string): ImportOutcome {
  return webStoryOutcome(pageStory(name, html, pageUrl), contentDir, known, existing, options);
}
