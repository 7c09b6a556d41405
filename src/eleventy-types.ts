// The part of Eleventy's configuration API that Annals uses, typed once here:
// Eleventy 3 ships no TypeScript declarations. https://www.11ty.dev/docs/config/
import { relative, resolve, sep } from "node:path";

export interface EleventyDirectories {
  input: string;
  output: string;
  includes: string;
  data: string;
}

export interface EleventyEventArgs {
  directories: EleventyDirectories;
  outputMode: string;
  runMode: "build" | "watch" | "serve";
  incremental: boolean;
}

export interface EleventyAfterArgs extends EleventyEventArgs {
  results: readonly { inputPath: string; outputPath: string | false; url: string | false; content: string }[];
}

export interface ServeOptions {
  port?: number;
  domDiff?: boolean;
  onRequest?: Record<string, (request: { url: URL; pattern: URLPattern }) => unknown>;
  [option: string]: unknown;
}

export interface EleventyConfig {
  readonly directories: EleventyDirectories;
  readonly pathPrefix: string;
  addGlobalData(name: string, value: unknown): void;
  addTemplate(virtualPath: string, content: unknown, data?: Record<string, unknown>): void;
  addExtension(extension: string | string[], options: Record<string, unknown>): void;
  addTemplateFormats(formats: string | string[]): void;
  /** `copyOptions` go to recursive-copy: https://www.11ty.dev/docs/copy/#advanced-options */
  addPassthroughCopy(paths: string | Record<string, string>, copyOptions?: { expand?: boolean; filter?: (relativePath: string) => boolean }): void;
  setServerPassthroughCopyBehavior(behavior: "copy" | "passthrough"): void;
  addWatchTarget(path: string): void;
  addPlugin<O>(plugin: (config: EleventyConfig, options: O) => unknown, options?: O): void;
  addFilter(name: string, filter: (...args: never[]) => unknown): void;
  addTransform(name: string, transform: (this: { page: { outputPath: string | false } }, content: string) => string): void;
  setLibrary(extension: string, library: unknown): void;
  setServerOptions(options: ServeOptions): void;
  setQuietMode(quiet: boolean): void;
  on(event: "eleventy.before", listener: (args: EleventyEventArgs) => unknown): void;
  on(event: "eleventy.after", listener: (args: EleventyAfterArgs) => unknown): void;
  on(event: string, listener: (...args: never[]) => unknown): void;
  ignores: Set<string>;
  watchIgnores: Set<string>;
}

export type EleventyPlugin<O = void> = (config: EleventyConfig, options: O) => void;

/**
 * A path inside the input folder, relative to the project as Eleventy's ignore and
 * passthrough globs expect (an absolute input folder would otherwise match nothing).
 */
export function inInput(eleventyConfig: EleventyConfig, sub: string): string {
  const input = relative(process.cwd(), resolve(eleventyConfig.directories.input)) || ".";
  return `${input.split(sep).join("/")}/${sub}`;
}
