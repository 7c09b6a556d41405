// The programmatic API of Eleventy that Annals calls (Eleventy 3 ships no declarations).
// https://www.11ty.dev/docs/programmatic/
declare module "@11ty/eleventy" {
  interface EleventyOptions {
    configPath?: string;
    quietMode?: boolean;
    pathPrefix?: string;
    runMode?: "build" | "watch" | "serve";
    config?: (eleventyConfig: import("./eleventy-types.ts").EleventyConfig) => void;
  }
  export default class Eleventy {
    constructor(input?: string, output?: string, options?: EleventyOptions);
    write(): Promise<unknown>;
    toJSON(): Promise<{ url: string | false; inputPath: string; outputPath: string | false; content: string }[]>;
  }
  /** Prefixes every URL in HTML output with the path prefix. https://www.11ty.dev/docs/plugins/html-base/ */
  export function HtmlBasePlugin(eleventyConfig: import("./eleventy-types.ts").EleventyConfig): void;
}

declare module "@11ty/eleventy-dev-server" {
  /** https://github.com/11ty/eleventy-dev-server (its options: https://www.11ty.dev/docs/dev-server/) */
  export default class EleventyDevServer {
    constructor(name: string, dir: string, options: Record<string, unknown>);
    readonly server: import("node:http").Server;
    /** The folder served, read on every request (set by the constructor; no method changes it). */
    dir: string;
    serve(port: number): void;
    ready(): Promise<void>;
    reload(event: { files?: string[]; subtype?: string }): void;
    close(): Promise<void>;
    /** Private in the dev server: the one place it calls listen(). */
    _serverListen(port: number): void;
    /** What the dev server's HTTP server calls with every request. */
    onRequestHandler(request: import("node:http").IncomingMessage, response: import("node:http").ServerResponse): Promise<void>;
  }
}

declare module "@11ty/eleventy-plugin-rss" {
  export function dateToRfc3339(date: Date): string;
  export function convertHtmlToAbsoluteUrls(html: string, base: string): Promise<string>;
}

declare module "@11ty/eleventy-img" {
  interface ImageEntry {
    format: string;
    width: number;
    height: number;
    url: string;
    sourceType: string;
    srcset: string;
    outputPath: string;
    /** With dryRun: the encoded file, not written. */
    buffer?: Buffer;
  }
  interface ImageOptions {
    widths?: (number | "auto")[];
    formats?: string[];
    outputDir?: string;
    urlPath?: string;
    statsOnly?: boolean;
    dryRun?: boolean;
    useCache?: boolean;
  }
  /** https://www.11ty.dev/docs/plugins/image/ */
  export default function Image(src: string, options?: ImageOptions): Promise<Record<string, ImageEntry[] | undefined>>;
}
