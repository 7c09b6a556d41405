// Reads a WordPress export (WXR, an RSS file with wp: elements) as a stream of items,
// so a 500 MB export is never held in memory: the XML is parsed chunk by chunk with
// saxes and each <item> is handed on as soon as it closes. No one field may grow past
// XML_FIELD_MAX_CHARS (input-limits.ts): saxes holds a text whole until it ends, so a
// 200 MB post body would otherwise take gigabytes before anything could refuse it.
import { createReadStream } from "node:fs";
import { SaxesParser } from "saxes";
import { AnnalsError } from "../../errors.ts";
import { megabytes, XML_FIELD_MAX_CHARS } from "./input-limits.ts";

export interface WxrCategory {
  /** `category` or `post_tag` */
  domain: string;
  name: string;
}

export interface WxrItem {
  /** Line in the export where the item starts, for messages. */
  line: number;
  title: string;
  link: string;
  guid: string;
  creator: string;
  content: string;
  excerpt: string;
  postId: string;
  postDate: string;
  postDateGmt: string;
  postName: string;
  status: string;
  postType: string;
  postParent: string;
  attachmentUrl: string;
  categories: WxrCategory[];
  meta: Map<string, string>;
}

export interface WxrChannel {
  title: string;
  link: string;
  baseSiteUrl: string;
  baseBlogUrl: string;
  /** login -> display name */
  authors: Map<string, string>;
}

/**
 * A copy of a field that owns its characters. V8 keeps a substring as a view of the string
 * it was cut from, here a 64 kB chunk of the file: ten thousand attachment URLs kept as
 * views held 640 MB of export text alive.
 */
export function ownCopy(text: string): string {
  return text === "" ? text : Buffer.from(text, "utf8").toString("utf8");
}

export type WxrEvent = { kind: "item"; item: WxrItem } | { kind: "channel"; channel: WxrChannel };

// Element names as WordPress writes them; the namespace prefixes are the same in every
// WXR version (1.0 to 1.2), so they are matched as written.
const ITEM_FIELDS: Record<string, keyof WxrItem> = {
  title: "title",
  link: "link",
  guid: "guid",
  "dc:creator": "creator",
  "content:encoded": "content",
  "excerpt:encoded": "excerpt",
  "wp:post_id": "postId",
  "wp:post_date": "postDate",
  "wp:post_date_gmt": "postDateGmt",
  "wp:post_name": "postName",
  "wp:status": "status",
  "wp:post_type": "postType",
  "wp:post_parent": "postParent",
  "wp:attachment_url": "attachmentUrl",
};

function emptyItem(line: number): WxrItem {
  return {
    line, title: "", link: "", guid: "", creator: "", content: "", excerpt: "", postId: "", postDate: "", postDateGmt: "",
    postName: "", status: "", postType: "", postParent: "", attachmentUrl: "", categories: [], meta: new Map(),
  };
}

export interface ReadOptions {
  /** Hears how many bytes of the file have been parsed, for a progress line. */
  onChunk?: (bytesRead: number) => void;
  /** Leave post bodies out: a pass that only wants attachments makes no garbage of 500 MB of text. */
  skipContent?: boolean;
  /** The longest field read, in characters; XML_FIELD_MAX_CHARS unless a test asks for less. */
  maxFieldChars?: number;
}

/** The export refused for a field too long to read, naming the item it is in. */
function fieldTooLong(file: string, item: WxrItem | undefined, element: string | undefined, line: number, limit: number): AnnalsError {
  const title = item?.title ? ` "${item.title.slice(0, 80)}"` : "";
  const where = item ? `the item that starts at line ${item.line}${title}` : `line ${line}`;
  return new AnnalsError(
    `${file}: ${where} has ${element ? `a <${element}>` : "a text"} longer than ${megabytes(limit)}, more than Annals reads of one field, which it holds in memory whole; nothing was imported from this export. ` +
      "Shorten or delete that post in WordPress (pictures pasted into the text make a post this long) and export again.",
  );
}

export async function* readWxr(file: string, options: ReadOptions = {}): AsyncGenerator<WxrEvent> {
  const parser = new SaxesParser({ position: true });
  const maxField = options.maxFieldChars ?? XML_FIELD_MAX_CHARS;
  // Where saxes last handed something over: what it has read since, it holds.
  let handedOver = 0;
  const progress = () => void (handedOver = parser.position);
  const ready: WxrEvent[] = [];
  const channel: WxrChannel = { title: "", link: "", baseSiteUrl: "", baseBlogUrl: "", authors: new Map() };
  let channelSent = false;
  let item: WxrItem | undefined;
  let text = "";
  let category: { domain: string } | undefined;
  let metaKey = "";
  let author = { login: "", name: "" };
  const path: string[] = [];

  parser.on("opentag", (tag) => {
    progress();
    path.push(tag.name);
    text = "";
    if (tag.name === "item" && path.at(-2) === "channel") {
      if (!channelSent) {
        ready.push({ kind: "channel", channel });
        channelSent = true;
      }
      item = emptyItem(parser.line);
    } else if (item && tag.name === "category") {
      category = { domain: String(tag.attributes.domain ?? "category") };
    }
  });
  const keep = (chunk: string) => {
    progress();
    if (options.skipContent && path.at(-1) === "content:encoded") return;
    // One field may come in many pieces (CDATA sections one after another).
    if (text.length + chunk.length > maxField) throw fieldTooLong(file, item, path.at(-1), parser.line, maxField);
    text += chunk;
  };
  parser.on("text", keep);
  parser.on("cdata", keep);
  parser.on("comment", progress);
  parser.on("processinginstruction", progress);
  parser.on("closetag", (tag) => {
    progress();
    path.pop();
    const value = text.trim();
    if (item) {
      const field = ITEM_FIELDS[tag.name];
      if (tag.name === "item") {
        ready.push({ kind: "item", item });
        item = undefined;
      } else if (tag.name === "category" && category) {
        if (value) item.categories.push({ domain: category.domain, name: value });
        category = undefined;
      } else if (tag.name === "wp:meta_key") metaKey = value;
      else if (tag.name === "wp:meta_value") item.meta.set(metaKey, text);
      else if (field && path.at(-1) === "item") (item[field] as string) = field === "content" || field === "excerpt" ? text : value;
    } else if (path.at(-1) === "channel") {
      if (tag.name === "title") channel.title = value;
      else if (tag.name === "link") channel.link = value;
      else if (tag.name === "wp:base_site_url") channel.baseSiteUrl = value;
      else if (tag.name === "wp:base_blog_url") channel.baseBlogUrl = value;
      else if (tag.name === "wp:author") channel.authors.set(ownCopy(author.login), ownCopy(author.name || author.login));
    } else if (path.at(-1) === "wp:author") {
      if (tag.name === "wp:author_login") author = { login: value, name: author.name };
      else if (tag.name === "wp:author_display_name") author = { login: author.login, name: value };
    }
    text = "";
  });

  const stream = createReadStream(file, { encoding: "utf8" });
  try {
    for await (const chunk of stream) {
      parser.write(chunk as string);
      if (parser.position - handedOver > maxField) throw fieldTooLong(file, item, path.at(-1), parser.line, maxField);
      options.onChunk?.(stream.bytesRead);
      yield* ready.splice(0);
    }
    parser.close();
  } catch (error) {
    stream.destroy();
    if (error instanceof Error && !(error instanceof AnnalsError)) {
      throw new AnnalsError(`${file}: not a readable WordPress export: ${error.message.split("\n")[0]!.replace(/^(\d+):(\d+): /, "line $1, column $2: ")}`, { cause: error });
    }
    throw error;
  }
  if (!channelSent) ready.push({ kind: "channel", channel });
  yield* ready.splice(0);
}
