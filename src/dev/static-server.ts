// Serves a built site on 127.0.0.1, under a path prefix if asked, the way a static
// host would: /x/ serves x/index.html, a missing page gets 404.html, and text is
// sent gzip-compressed to a browser that accepts it, so measured payloads are real.
import { createReadStream, existsSync, statSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { extname, join, normalize } from "node:path";
import { createGzip } from "node:zlib";

const COMPRESSED = new Set([".html", ".css", ".js", ".json", ".xml", ".svg"]);

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".json": "application/json",
  ".xml": "application/xml",
  ".svg": "image/svg+xml",
  ".jpg": "image/jpeg",
  ".png": "image/png",
  ".webp": "image/webp",
  ".avif": "image/avif",
  ".wasm": "application/wasm",
};

export interface StaticSite {
  /** e.g. http://127.0.0.1:40123/archive/ */
  url: string;
  close(): Promise<void>;
}

function fileFor(root: string, pathname: string): string | undefined {
  const path = normalize(join(root, decodeURIComponent(pathname)));
  if (!path.startsWith(root)) return undefined;
  if (existsSync(path) && statSync(path).isDirectory()) {
    const index = join(path, "index.html");
    return existsSync(index) ? index : undefined;
  }
  return existsSync(path) ? path : undefined;
}

export async function serveSite(root: string, pathPrefix = "/"): Promise<StaticSite> {
  const server: Server = createServer((request, response) => {
    const { pathname } = new URL(request.url ?? "/", "http://127.0.0.1");
    const inSite = pathname.startsWith(pathPrefix) ? `/${pathname.slice(pathPrefix.length)}` : undefined;
    const file = inSite === undefined ? undefined : fileFor(root, inSite);
    if (!file) {
      response.writeHead(404, { "content-type": TYPES[".html"] });
      const notFound = join(root, "404.html");
      if (existsSync(notFound)) createReadStream(notFound).pipe(response);
      else response.end("Not found");
      return;
    }
    const type = TYPES[extname(file)] ?? "application/octet-stream";
    // Pagefind's own index files are gzip inside already; only plain text gains from it.
    if (COMPRESSED.has(extname(file)) && /\bgzip\b/.test(request.headers["accept-encoding"] ?? "")) {
      response.writeHead(200, { "content-type": type, "content-encoding": "gzip", vary: "accept-encoding" });
      createReadStream(file).pipe(createGzip()).pipe(response);
    } else {
      response.writeHead(200, { "content-type": type });
      createReadStream(file).pipe(response);
    }
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}${pathPrefix}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
