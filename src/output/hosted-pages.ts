// The pages Eleventy renders for a site (about.md, a site's own .11ty.ts pages), taken
// from Eleventy in memory and written by Annals beside its own pages, so the whole
// output goes through one writer and one atomic swap.
import { resolve } from "node:path";
import Eleventy from "@11ty/eleventy";
import { findAnnalsError } from "../errors.ts";
import { outputFileOf } from "../model/routes.ts";
import { sha1 } from "../hash.ts";
import type { OutputFile } from "./write-site.ts";

export const CONFIG_PATH = resolve(import.meta.dirname, "../../.eleventy.ts");

export interface HostedPageOutput {
  url: string;
  output: OutputFile;
}

export async function renderHostedPages(options: { input: string; pathPrefix?: string }): Promise<HostedPageOutput[]> {
  const eleventy = new Eleventy(options.input, undefined, {
    configPath: CONFIG_PATH,
    quietMode: true,
    ...(options.pathPrefix ? { pathPrefix: options.pathPrefix } : {}),
  });
  let results: Awaited<ReturnType<Eleventy["toJSON"]>>;
  try {
    results = await eleventy.toJSON();
  } catch (error) {
    // Our own errors already say what to fix; Eleventy's wrappers add only noise.
    throw findAnnalsError(error) ?? error;
  }
  return results.flatMap((result) => {
    if (typeof result.url !== "string") return [];
    const content = result.content;
    return [{ url: result.url, output: { file: outputFileOf(result.url), fingerprint: sha1(content), produce: () => content } }];
  });
}
