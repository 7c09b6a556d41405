// Serves a built site on this machine the way a static host does: compressed responses
// (or the build's own .br/.gz files), content types a browser accepts (WebAssembly
// included), /about -> /about/, the site's 404.html with status 404, byte ranges, and the
// path prefix the site was built for. sirv finds and sends the files; compression
// compresses them. No request can stop the server: what goes wrong answering one is
// that request's 400 or 500.
import { existsSync, readFileSync, statSync } from "node:fs";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { extname, join, normalize, resolve, sep } from "node:path";
import compression from "compression";
import sirv from "sirv";
import { byteRange } from "./byte-range.ts";

// Pagefind's index files are gzip inside already (its script unpacks them): compressing
// them again costs time and saves nothing. No extension names them, so their type is set here.
const BINARY = /\.(pf_meta|pf_fragment|pf_index|pf_filter|pagefind)(\?|$)/;

export interface StaticHostOptions {
  root: string;
  /** `/` or e.g. `/archive/`. */
  pathPrefix: string;
  /** 0 for any free port. */
  port: number;
  host?: string;
  /** Hears, in one line, what went wrong answering a request (the request gets a 500). */
  onError?: (message: string) => void;
}

export interface StaticHost {
  /** e.g. http://127.0.0.1:8080/archive/ */
  url: string;
  server: Server;
  close(): Promise<void>;
}

function notFound(root: string, response: ServerResponse): void {
  const page = join(root, "404.html");
  response.statusCode = 404;
  response.setHeader("Content-Type", "text/html; charset=utf-8");
  response.end(existsSync(page) ? readFileSync(page) : "Not found");
}

/** A folder asked for without its slash: hosts redirect, so relative links resolve the same way. */
function folderWithoutSlash(root: string, pathname: string): boolean {
  if (pathname.endsWith("/") || extname(pathname) !== "") return false;
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return false; // a malformed address names no folder; sirv answers it with the 404 page
  }
  const path = normalize(join(root, decoded));
  return path.startsWith(`${root}${sep}`) && existsSync(path) && statSync(path).isDirectory();
}

/**
 * Puts the request's Range header in the one form sirv reads correctly, once the file and
 * its size are known. sirv reads `bytes=A-B` alone, and misreads the rest: it crashes on
 * `5-2`, sends bytes 0-5 for `-5` and the whole file as a part for `abc` or `0-0` (it reads
 * an end of 0 as "to the end"). So an unsatisfiable range becomes one starting at the
 * file's length, which sirv answers with 416 and `Content-Range: bytes *\/length`; a range
 * ending at byte 0, and anything else this host does not offer, is dropped, and the
 * whole file is sent, as RFC 9110 allows. tests/build/serve.test.ts holds sirv to this.
 */
function settleRange(request: IncomingMessage, size: number): void {
  const ifRange = request.headers["if-range"];
  const range = byteRange(request.headers.range, Array.isArray(ifRange) ? ifRange.join(",") : ifRange, size);
  if (range.kind === "unsatisfiable") request.headers.range = `bytes=${size}-`;
  else if (range.kind === "part" && range.end > 0) request.headers.range = `bytes=${range.start}-${range.end}`;
  else delete request.headers.range;
}

/** The request's path and query, or undefined for a target that is not an address (`http://[`). */
function targetOf(request: IncomingMessage): { pathname: string; search: string } | undefined {
  try {
    const { pathname, search } = new URL(request.url ?? "/", "http://localhost");
    return { pathname, search };
  } catch {
    return undefined; // answered 400 by the caller
  }
}

function answerPlainly(response: ServerResponse, status: number, text: string): void {
  if (response.headersSent) return void response.destroy();
  response.writeHead(status, { "Content-Type": "text/plain; charset=utf-8" });
  response.end(text);
}

export function staticHostHandler(folder: string, pathPrefix: string, onError: (message: string) => void = () => {}): (request: IncomingMessage, response: ServerResponse) => void {
  const root = resolve(folder);
  const files = sirv(root, {
    // Look each file up when asked, so a rebuild while serving is seen at once.
    dev: true,
    etag: true,
    gzip: true,
    brotli: true,
    // Called with the file found, just before sirv sends it.
    setHeaders: (response, pathname, stats) => {
      if (BINARY.test(pathname)) response.setHeader("Content-Type", "application/octet-stream");
      settleRange(response.req, stats.size);
    },
  });
  // A part of a file is sent as it is: compressing it would make its Content-Range a lie.
  const compress = compression({ filter: (request, response) => response.statusCode !== 206 && !BINARY.test(request.url ?? "") && compression.filter(request, response) });
  const answer = (request: IncomingMessage, response: ServerResponse) => {
    const target = targetOf(request);
    if (!target) return answerPlainly(response, 400, "Bad request: the address asked for is not one.");
    const { pathname, search } = target;
    const inSite = pathname.startsWith(pathPrefix) ? `/${pathname.slice(pathPrefix.length)}` : undefined;
    if (`${pathname}/` === pathPrefix || (inSite && folderWithoutSlash(root, inSite))) {
      response.writeHead(301, { Location: `${pathname}/${search}` });
      return response.end();
    }
    if (inSite === undefined) return notFound(root, response);
    request.url = `${inSite}${search}`;
    files(request, response, () => notFound(root, response));
  };
  return (request, response) => {
    try {
      compress(request as Parameters<typeof compress>[0], response as Parameters<typeof compress>[1], () => answer(request, response));
    } catch (error) {
      onError(`${request.method ?? "GET"} ${request.url ?? ""}: ${error instanceof Error ? error.message : String(error)}; answered 500, still serving.`);
      answerPlainly(response, 500, "Internal error: the server could not send this file; it keeps serving the others.");
    }
  };
}

export async function startStaticHost(options: StaticHostOptions): Promise<StaticHost> {
  const host = options.host ?? "127.0.0.1";
  const server = createServer(staticHostHandler(options.root, options.pathPrefix, options.onError));
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port, host, () => {
      server.off("error", reject);
      resolve();
    });
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://${host}:${port}${options.pathPrefix}`,
    server,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
