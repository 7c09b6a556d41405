// The preview's HTTP side: Eleventy's dev server (live reload included) serving the
// preview's own folder on this machine only, with the content problems of the last
// rebuild put at the top of every page it sends.
import { readFileSync } from "node:fs";
import type { IncomingMessage, ServerResponse } from "node:http";
import { join } from "node:path";
import EleventyDevServer from "@11ty/eleventy-dev-server";
import { previewProblemsPage } from "../../layouts/preview-problems.ts";
import type { ContentIssue } from "../errors.ts";
import { urls } from "../urls.ts";
import { problemsReport, withProblemsBox, type PreviewProblems } from "./problems.ts";

export interface PreviewServerOptions {
  /** The folder served first (see PreviewServer.serveFrom). */
  dir: string;
  port: number;
  problems(): PreviewProblems | undefined;
  /** Every issue of the last rebuild, notes too: the problems page lists them. */
  issues(): readonly ContentIssue[];
}

export interface PreviewServer {
  /** Serves `dir` from now on: the build's folder is served while the preview's is filled from it. */
  serveFrom(dir: string): void;
  /** Tells open pages to reload. */
  reload(files: readonly string[]): void;
  close(): Promise<void>;
  ready(): Promise<void>;
}

/**
 * The dev server listens on every interface and has no option to choose one (its
 * `_serverListen` calls `listen({ port })`; https://github.com/11ty/dev-server/issues/128).
 * This subclass binds it to loopback; tests/build/preview-server.test.ts checks that the
 * server does not answer on the machine's other addresses, so an upgrade that renames
 * the method fails there rather than silently exposing drafts to the network.
 */
class LoopbackDevServer extends EleventyDevServer {
  /**
   * The dev server reads the folder it serves from its `dir` field on every request, and
   * has no method to change it; tests/unit/preview-server-folder.test.ts checks that a
   * page only the new folder holds is served after the change.
   */
  serveFrom(dir: string): void {
    this.dir = dir;
  }

  override _serverListen(port: number): void {
    this.server.listen({ port, host: "localhost" });
  }

  /**
   * The dev server parses `http://localhost:PORT` followed by the request's target, where
   * nothing catches the error: a target that is a whole address (`GET http://example.org/`,
   * as a browser set to use a proxy sends it) or no address at all stopped the preview.
   * Such a request is answered 400 here; tests/build/preview-server.test.ts checks it.
   */
  override onRequestHandler(request: IncomingMessage, response: ServerResponse): Promise<void> {
    if (request.url?.startsWith("/")) return super.onRequestHandler(request, response);
    response.writeHead(400, { "Content-Type": "text/plain; charset=utf-8" });
    response.end("Bad request: the preview answers addresses on this server only, like /2021/07/28/story/.");
    return Promise.resolve();
  }
}

/** A request path that cannot name a file of the site: `..` after decoding, or bad encoding. */
export function isUnsafePath(pathname: string): boolean {
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return true;
  }
  return decoded.split(/[\\/]/).includes("..") || decoded.includes("\0");
}

function htmlFileOf(dir: string, pathname: string): string | undefined {
  const decoded = decodeURIComponent(pathname);
  if (decoded.endsWith("/")) return join(dir, decoded, "index.html");
  if (decoded.endsWith(".html")) return join(dir, decoded);
  return undefined;
}

export function startPreviewServer(options: PreviewServerOptions): PreviewServer {
  let dir = options.dir;
  const notFound = () => {
    let body = "Not found";
    try {
      body = readFileSync(join(dir, "404.html"), "utf8");
    } catch {
      // No 404 page yet: the plain text will do.
    }
    return { status: 404, headers: { "Content-Type": "text/html; charset=utf-8" }, body };
  };
  // `getServer` would construct the base class, so the subclass is constructed directly.
  const server = new LoopbackDevServer("annals-preview", options.dir, {
    port: options.port,
    showVersion: false,
    // A full reload: the problems box and the search index change outside the DOM diff.
    domDiff: false,
    onRequest: {
      "/*": ({ url }: { url: URL }) => {
        if (isUnsafePath(url.pathname)) return notFound();
        if (url.pathname === urls.previewProblems) {
          return { status: 200, headers: { "Content-Type": "text/html; charset=utf-8" }, body: previewProblemsPage(problemsReport(options.issues())) };
        }
        const problems = options.problems();
        if (!problems) return undefined;
        const file = htmlFileOf(dir, url.pathname);
        if (!file) return undefined;
        try {
          return { status: 200, headers: { "Content-Type": "text/html; charset=utf-8" }, body: withProblemsBox(readFileSync(file, "utf8"), problems) };
        } catch {
          // Not a page of the site: the dev server answers (with the 404 page).
          return undefined;
        }
      },
    },
  });
  server.serve(options.port);
  return {
    serveFrom(folder) {
      dir = folder;
      server.serveFrom(folder);
    },
    reload: (files) => server.reload({ files: files.map((file) => join(dir, file)) }),
    close: () => server.close(),
    ready: () => server.ready(),
  };
}
