// `--url`: the feed or page at a web address, fetched with Node's fetch. A WordPress
// export is saved to a temporary file first, so it streams like a local one.
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { AnnalsError } from "../../errors.ts";
import { kindOfText, type InputKind } from "./input-kind.ts";

export interface FetchedInput {
  url: string;
  kind: InputKind;
  text: string;
  /** For a WordPress export: where it was saved. */
  file?: string;
}

const TIMEOUT_MS = 30_000;

export async function fetchInput(url: string): Promise<FetchedInput> {
  if (!/^https?:\/\//i.test(url)) throw new AnnalsError(`--url ${url}: expected a web address starting with https:// or http://.`);
  let response: Response;
  try {
    response = await fetch(url, { redirect: "follow", signal: AbortSignal.timeout(TIMEOUT_MS), headers: { accept: "application/rss+xml, application/atom+xml, application/feed+json, application/json, text/html, */*" } });
  } catch (error) {
    const reason = error instanceof Error ? (error.cause instanceof Error ? error.cause.message : error.message) : String(error);
    throw new AnnalsError(`--url ${url}: could not fetch it (${reason}).`, { cause: error });
  }
  if (!response.ok) throw new AnnalsError(`--url ${url}: the server answered ${response.status} ${response.statusText}.`);
  const text = await response.text();
  const type = response.headers.get("content-type") ?? "";
  const kind = kindOfText(text) ?? (/html/i.test(type) ? "page" : /xml|json/i.test(type) ? "feed" : undefined);
  if (!kind || kind === "pasted") throw new AnnalsError(`--url ${url}: neither a feed nor a web page (content type "${type}").`);
  if (kind !== "wxr") return { url: response.url || url, kind, text };
  const file = join(mkdtempSync(join(tmpdir(), "annals-import-")), "export.xml");
  writeFileSync(file, text);
  return { url: response.url || url, kind, text: "", file };
}
