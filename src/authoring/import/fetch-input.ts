// `--url`: the feed, page or WordPress export at a web address, saved to a temporary file
// as it streams in, then imported as a file is. What is read is bounded in bytes and in
// time, and redirects are followed to http:// and https:// addresses only, so a server
// can neither fill memory or disk, nor hold the import up, nor send it to a local file.
import { mkdtempSync, rmSync } from "node:fs";
import { open } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { AnnalsError } from "../../errors.ts";
import { DEFAULT_DOWNLOAD_MAX_MB, DEFAULT_DOWNLOAD_MAX_SECONDS, MB, megabytes } from "./input-limits.ts";
import { kindOfFile, type InputKind } from "./input-kind.ts";

export interface FetchLimits {
  /** The largest answer read, in bytes (`--max-download`, in MB). */
  maxBytes: number;
  /** The time the whole exchange may take, redirects and body included, in milliseconds (`--max-time`, in seconds). */
  maxMs: number;
}

export const DEFAULT_FETCH_LIMITS: FetchLimits = { maxBytes: DEFAULT_DOWNLOAD_MAX_MB * MB, maxMs: DEFAULT_DOWNLOAD_MAX_SECONDS * 1000 };

export interface FetchedInput {
  /** Where the redirects led. */
  url: string;
  kind: InputKind;
  /** The answer, saved. */
  file: string;
  /** Removes the saved answer. */
  discard(): void;
}

const ACCEPT = "application/rss+xml, application/atom+xml, application/feed+json, application/json, text/html, */*";
const REDIRECTS = new Set([301, 302, 303, 307, 308]);
const MAX_REDIRECTS = 10;

/** The answer at `url`, after following its redirects to web addresses only. */
async function followRedirects(url: string, signal: AbortSignal, where: string): Promise<{ response: Response; url: string }> {
  let current = url;
  for (let hops = 0; ; hops++) {
    const response = await fetch(current, { redirect: "manual", signal, headers: { accept: ACCEPT } });
    if (!REDIRECTS.has(response.status)) return { response, url: current };
    await response.body?.cancel();
    const location = response.headers.get("location");
    if (!location) throw new AnnalsError(`${where}: the server answered ${response.status} (moved) without saying where to.`);
    let next: URL;
    try {
      next = new URL(location, current);
    } catch {
      throw new AnnalsError(`${where}: the server redirected to "${location}", which is not an address.`);
    }
    if (next.protocol !== "https:" && next.protocol !== "http:") {
      throw new AnnalsError(`${where}: the server redirected to ${next.href}, which is not a web address; Annals follows redirects to https:// and http:// addresses only, and read nothing there.`);
    }
    if (hops === MAX_REDIRECTS) throw new AnnalsError(`${where}: more than ${MAX_REDIRECTS} redirects (the last to ${next.href}); the address may go round in a circle.`);
    current = next.href;
  }
}

function tooLarge(where: string, limits: FetchLimits, announced?: number): AnnalsError {
  const size = announced === undefined ? `is larger than ${megabytes(limits.maxBytes)}` : `is ${megabytes(announced)} (as the server announced it)`;
  const needed = Math.ceil((announced ?? limits.maxBytes * 2) / MB);
  return new AnnalsError(
    `${where}: the answer ${size}, more than the ${megabytes(limits.maxBytes)} Annals reads; it stopped reading and imported nothing from it. ` +
      `If the file is what you meant to import, pass --max-download ${needed} (in MB), or download it and import the file.`,
  );
}

export async function fetchInput(url: string, limits: FetchLimits = DEFAULT_FETCH_LIMITS): Promise<FetchedInput> {
  const where = `--url ${url}`;
  if (!/^https?:\/\//i.test(url)) throw new AnnalsError(`${where}: expected a web address starting with https:// or http://.`);
  const signal = AbortSignal.timeout(limits.maxMs);
  const dir = mkdtempSync(join(tmpdir(), "annals-import-"));
  const file = join(dir, "answer");
  const discard = () => rmSync(dir, { recursive: true, force: true });
  let received = 0;
  try {
    const { response, url: finalUrl } = await followRedirects(url, signal, where);
    if (!response.ok) {
      await response.body?.cancel();
      throw new AnnalsError(`${where}: the server answered ${response.status} ${response.statusText}.`);
    }
    const announced = Number(response.headers.get("content-length") ?? Number.NaN);
    if (announced > limits.maxBytes) {
      await response.body?.cancel();
      throw tooLarge(where, limits, announced);
    }
    const saved = await open(file, "w");
    try {
      for await (const chunk of response.body ?? []) {
        received += chunk.byteLength;
        // Leaving the loop cancels the rest of the body.
        if (received > limits.maxBytes) throw tooLarge(where, limits);
        await saved.write(chunk);
      }
    } finally {
      await saved.close();
    }
    const type = response.headers.get("content-type") ?? "";
    const kind = kindOfFile(file) ?? (/html/i.test(type) ? "page" : /xml|json/i.test(type) ? "feed" : undefined);
    if (!kind || kind === "pasted") throw new AnnalsError(`${where}: neither a feed nor a web page (content type "${type}").`);
    return { url: finalUrl, kind, file, discard };
  } catch (error) {
    discard();
    if (error instanceof AnnalsError) throw error;
    if (signal.aborted) {
      const seconds = Math.round(limits.maxMs / 1000);
      throw new AnnalsError(
        `${where}: no complete answer in ${seconds} s (${received.toLocaleString("en-US")} bytes had come); Annals stopped waiting and imported nothing from it. ` +
          `Try again later, or pass --max-time ${seconds * 4} (in seconds) to wait longer.`,
        { cause: error },
      );
    }
    const reason = error instanceof Error ? (error.cause instanceof Error ? error.cause.message : error.message) : String(error);
    throw new AnnalsError(`${where}: could not fetch it (${reason}).`, { cause: error });
  }
}
