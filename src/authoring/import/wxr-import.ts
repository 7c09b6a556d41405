// A WordPress export as Annals articles: posts only (pages, attachments and menu items
// are counted and left), drafts and private posts as drafts, trashed posts skipped.
// Two streaming passes: the first learns the attachments (featured images are usually
// exported after their post), the second converts the posts one at a time.
import { displayPath } from "../../display-path.ts";
import { DateTime } from "luxon";
import { parseArticleDate, type ArticleDate } from "../../dates.ts";
import { SLUG_PATTERN } from "../../slugs.ts";
import { urls } from "../../urls.ts";
import { redirectKey } from "../../content/redirect-paths.ts";
import { slugForTitle } from "../article-file.ts";
import type { KnownNames } from "../known-names.ts";
import { draftArticle } from "./article-draft.ts";
import { htmlToMarkdown } from "./html-to-markdown.ts";
import type { FileCopy, ImportOutcome } from "./outcome.ts";
import { proposedTitle } from "./parse-story.ts";
import { decodeEntities, plainText, scriptLanguage } from "./plain-text.ts";
import { uploadsImages, type UploadsImages } from "./uploads-images.ts";
import { wordpressHtml, type AttachmentInfo } from "./wordpress-html.ts";
import { ownCopy, readWxr, type WxrChannel, type WxrItem } from "./wxr-reader.ts";
import { megabytes, STORY_MAX_CHARS } from "./input-limits.ts";

export interface WxrOptions {
  source?: string;
  /** A custom field (post meta key) that holds each post's outlet. */
  sourceField?: string;
  /** A copy of wp-content/uploads. */
  uploads?: string;
}

export interface WxrStats {
  site: string;
  items: number;
  posts: number;
  drafts: number;
  trashed: number;
  /** Items that are not posts, by type: page, attachment, nav_menu_item, ... */
  otherTypes: Map<string, number>;
  /** Posts filed under the site's own name for want of a source. */
  siteSourced: number;
  /** Posts with names the registry does not know, left as comments. */
  unconfirmedNames: number;
  images: UploadsImages["counts"];
}

const UNPUBLISHED = new Set(["draft", "pending", "private", "future"]);

/**
 * An attachment's alt text, caption and title are a line or two; they are kept for the
 * whole import, so one longer than this is cut here (with an ellipsis an editor sees in
 * the front-matter) rather than let ten thousand attachments hold gigabytes.
 */
const ATTACHMENT_TEXT_MAX = 2000;

function attachmentText(text: string): string {
  const plain = plainText(text.length > ATTACHMENT_TEXT_MAX * 4 ? text.slice(0, ATTACHMENT_TEXT_MAX * 4) : text);
  return ownCopy(plain.length > ATTACHMENT_TEXT_MAX ? `${plain.slice(0, ATTACHMENT_TEXT_MAX - 1)}…` : plain);
}
const IGNORED_TAGS = new Set(["uncategorized"]);

async function attachmentsOf(file: string): Promise<Map<string, AttachmentInfo>> {
  const attachments = new Map<string, AttachmentInfo>();
  for await (const event of readWxr(file, { skipContent: true })) {
    if (event.kind !== "item" || event.item.postType !== "attachment") continue;
    const { item } = event;
    // Kept for the whole import: copies, so that no field holds its chunk of the file.
    attachments.set(ownCopy(item.postId.slice(0, ATTACHMENT_TEXT_MAX)), {
      url: ownCopy((item.attachmentUrl || item.guid).slice(0, ATTACHMENT_TEXT_MAX)),
      alt: attachmentText(item.meta.get("_wp_attachment_image_alt") ?? ""),
      caption: attachmentText(item.excerpt),
      title: attachmentText(item.title),
    });
  }
  return attachments;
}

/** `2021-07-28 14:30:00` and its GMT twin -> `2021-07-28T14:30:00+03:00`; the day alone without GMT. */
export function wordpressDate(local: string, gmt: string): ArticleDate | undefined {
  const localTime = DateTime.fromSQL(local, { zone: "utc" });
  if (!localTime.isValid) return undefined;
  const gmtTime = DateTime.fromSQL(gmt, { zone: "utc" });
  if (!gmtTime.isValid) {
    const day = parseArticleDate(localTime.toISODate()!);
    return day.ok ? day.date : undefined;
  }
  const offset = Math.round(localTime.diff(gmtTime, "minutes").minutes);
  const zoned = gmtTime.setZone(offset === 0 ? "utc" : `UTC${offset > 0 ? "+" : "-"}${Math.floor(Math.abs(offset) / 60)}:${String(Math.abs(offset) % 60).padStart(2, "0")}`);
  const parsed = parseArticleDate(zoned.toISO({ suppressMilliseconds: true, includeOffset: true })!);
  return parsed.ok ? parsed.date : undefined;
}

/** The slug WordPress gave the post, %-decoded, if Annals can use it as it is. */
function slugOf(item: WxrItem, title: string): { slug: string; changed: boolean } {
  let wordpress = "";
  try {
    wordpress = decodeURIComponent(item.postName).normalize("NFC");
  } catch {
    wordpress = item.postName;
  }
  if (wordpress && SLUG_PATTERN.test(wordpress)) return { slug: wordpress, changed: false };
  const made = slugForTitle(wordpress || title) || `post-${item.postId}`;
  return { slug: made, changed: wordpress !== "" };
}

/** The post's old address on its own site, as a site-absolute path. */
function oldPath(link: string, channel: WxrChannel): string | undefined {
  try {
    const url = new URL(link);
    const base = new URL(channel.baseBlogUrl || channel.link || url.origin);
    if (url.host !== base.host) return undefined;
    const basePath = base.pathname.replace(/\/+$/, "");
    const path = url.pathname.startsWith(basePath) ? url.pathname.slice(basePath.length) || "/" : url.pathname;
    return `${path}${url.search}`;
  } catch {
    return undefined;
  }
}

function featuredImage(item: WxrItem, attachments: Map<string, AttachmentInfo>, images: UploadsImages, notes: string[]) {
  const id = item.meta.get("_thumbnail_id");
  const attachment = id ? attachments.get(id.trim()) : undefined;
  if (!attachment?.url) return undefined;
  const alt = attachment.alt || attachment.caption || attachment.title;
  if (!attachment.alt) notes.push(`the featured image has no alt text in WordPress; "${alt}" was used: check it describes the photo.`);
  return { src: images.rewrite(attachment.url, notes), alt: alt || "Photo", ...(attachment.caption ? { caption: attachment.caption } : {}) };
}

export async function* importWxr(
  file: string, contentDir: string, known: KnownNames, existing: ReadonlyMap<string, string>, options: WxrOptions, stats: WxrStats,
  onChunk?: (bytesRead: number) => void,
): AsyncGenerator<ImportOutcome> {
  const attachments = await attachmentsOf(file);
  let images = uploadsImages(contentDir, options.uploads, "");
  let channel: WxrChannel | undefined;
  for await (const event of readWxr(file, onChunk ? { onChunk } : {})) {
    if (event.kind === "channel") {
      channel = event.channel;
      stats.site = channel.title;
      images = uploadsImages(contentDir, options.uploads, channel.baseBlogUrl || channel.link);
      stats.images = images.counts;
      continue;
    }
    const { item } = event;
    stats.items += 1;
    if (item.postType !== "post") {
      stats.otherTypes.set(item.postType || "unknown", (stats.otherTypes.get(item.postType || "unknown") ?? 0) + 1);
      continue;
    }
    const label = `post ${item.postId.slice(0, 40)} "${plainText(item.title.slice(0, 400)).slice(0, 120) || "(no title)"}"`;
    if (item.status === "trash") {
      stats.trashed += 1;
      yield { kind: "skipped", from: label, reason: "it is in the WordPress trash." };
      continue;
    }
    if (item.status === "auto-draft" || item.status === "inherit") continue;
    const importId = item.guid || `${channel?.baseBlogUrl ?? ""}/?p=${item.postId}`;
    const earlier = existing.get(importId);
    if (earlier) {
      yield { kind: "skipped", from: label, reason: `already imported (import_id ${importId} is in ${displayPath(earlier)}).` };
      continue;
    }
    stats.posts += 1;
    yield postOutcome(item, label, importId, channel, attachments, images, contentDir, known, options, stats);
  }
}

function postOutcome(
  item: WxrItem, label: string, importId: string, channel: WxrChannel | undefined, attachments: Map<string, AttachmentInfo>,
  images: UploadsImages, contentDir: string, known: KnownNames, options: WxrOptions, stats: WxrStats,
): ImportOutcome {
  const notes: string[] = [];
  const oversized = (["content", "excerpt", "title"] as const).find((field) => item[field].length > STORY_MAX_CHARS);
  if (oversized) {
    return {
      kind: "failed",
      from: label,
      problems: [`line ${item.line}: its ${oversized === "content" ? "text" : oversized} is ${megabytes(item[oversized].length)} long, more than the ${megabytes(STORY_MAX_CHARS)} Annals imports of one story (a long story is under 100 kB: pictures pasted into the text make a post this long). Shorten the post in WordPress and export it again, or copy the story in by hand.`],
    };
  }
  const date = wordpressDate(item.postDate, item.postDateGmt);
  if (!date) return { kind: "failed", from: label, problems: [`line ${item.line}: no usable wp:post_date ("${item.postDate}").`] };

  const converted = wordpressHtml(item.content, (id) => attachments.get(id));
  if (converted.droppedShortcodes.length > 0) notes.push(`dropped WordPress shortcodes with no meaning here: ${converted.droppedShortcodes.map((name) => `[${name}]`).join(", ")}.`);
  const body = htmlToMarkdown(converted.html, { imageSrc: (src) => images.rewrite(src, notes) });

  let title = plainText(item.title);
  if (!title) {
    title = proposedTitle([plainText(converted.html)]) ?? "";
    if (!title) return { kind: "failed", from: label, problems: [`line ${item.line}: the post has neither a title nor text to propose one from.`] };
    notes.push(`the post had no title; proposed from the first sentence, check it: "${title}".`);
  }

  const fieldSource = options.sourceField ? item.meta.get(options.sourceField)?.trim() : undefined;
  const named = fieldSource || options.source;
  let source = named ? (known.source(named) ?? named) : undefined;
  if (named && !known.source(named)) notes.push(`\`${named}\` is not in sources.yaml; add the outlet there.`);
  if (!source) {
    source = known.source(channel?.title ?? "") ?? (channel?.title || "Unknown");
    stats.siteSourced += 1;
  }

  const published = !UNPUBLISHED.has(item.status);
  if (!published) stats.drafts += 1;
  if (item.status === "future") notes.push("scheduled in WordPress, not yet published: imported as a draft.");
  const { slug, changed } = slugOf(item, title);
  if (changed) notes.push(`WordPress' slug "${item.postName}" is not a valid Annals slug; "${slug}" was used.`);
  const url = urls.article(date.year, date.month, date.day, slug);
  const old = published && channel ? oldPath(item.link, channel) : undefined;
  const redirectFrom = old && redirectKey(old) !== redirectKey(url) && old !== "/" ? [old] : [];

  const excerpt = plainText(item.excerpt);
  const tags = [...new Set(item.categories.map((category) => decodeEntities(category.name).trim()).filter((name) => name && !IGNORED_TAGS.has(name.toLowerCase())))];
  const lang = scriptLanguage(`${title} ${body}`);
  const image = featuredImage(item, attachments, images, notes);
  const copies: FileCopy[] = images.takeCopies();
  const drafted = draftArticle(contentDir, {
    title,
    date,
    slug,
    source,
    ...(item.creator ? { author: channel?.authors.get(item.creator) ?? item.creator } : {}),
    ...(excerpt ? { summary: excerpt } : {}),
    ...(image ? { image } : {}),
    tags,
    ...(lang ? { lang } : {}),
    draft: !published,
    redirectFrom,
    importId,
    body,
  }, known);
  if (drafted.unconfirmedNames) stats.unconfirmedNames += 1;
  return { kind: "article", from: label, file: drafted.file, url: drafted.url, text: drafted.text, notes, copies };
}

export function emptyWxrStats(): WxrStats {
  return { site: "", items: 0, posts: 0, drafts: 0, trashed: 0, otherTypes: new Map(), siteSourced: 0, unconfirmedNames: 0, images: { copied: 0, remote: 0, missing: 0 } };
}

