// Serves a built site on this machine the way a static host does: compressed responses
// (or the build's own .br/.gz files), content types a browser accepts (WebAssembly
// included), /about -> /about/, the site's 404.html with status 404, and the path prefix
// the site was built for. sirv finds and sends the files; compression compresses them.
import { existsSync, readFileSync, statSync } from "node:fs";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { extname, join, normalize, resolve, sep } from "node:path";
import compression from "compression";
import sirv from "sirv";

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

export function staticHostHandler(folder: string, pathPrefix: string): (request: IncomingMessage, response: ServerResponse) => void {
  const root = resolve(folder);
  const files = sirv(root, {
    // Look each file up when asked, so a rebuild while serving is seen at once.
    dev: true,
    etag: true,
    gzip: true,
    brotli: true,
    setHeaders: (response, pathname) => {
      if (BINARY.test(pathname)) response.setHeader("Content-Type", "application/octet-stream");
    },
  });
  const compress = compression({ filter: (request, response) => !BINARY.test(request.url ?? "") && compression.filter(request, response) });
  return (request, response) => {
    compress(request as Parameters<typeof compress>[0], response as Parameters<typeof compress>[1], () => {
      const { pathname, search } = new URL(request.url ?? "/", "http://localhost");
      const inSite = pathname.startsWith(pathPrefix) ? `/${pathname.slice(pathPrefix.length)}` : undefined;
      if (`${pathname}/` === pathPrefix || (inSite && folderWithoutSlash(root, inSite))) {
        response.writeHead(301, { Location: `${pathname}/${search}` });
        return response.end();
      }
      if (inSite === undefined) return notFound(root, response);
      request.url = `${inSite}${search}`;
      files(request, response, () => notFound(root, response));
    });
  };
}

export async function startStaticHost(options: StaticHostOptions): Promise<StaticHost> {
  const host = options.host ?? "127.0.0.1";
  const server = createServer(staticHostHandler(options.root, options.pathPrefix));
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
