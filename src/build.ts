// A production build that never leaves a half-written site: content is validated
// first, the site is built into a staging folder beside the output, and only a
// complete build replaces the previous one.
import { existsSync, renameSync, rmSync } from "node:fs";
import { resolve } from "node:path";
import Eleventy from "@11ty/eleventy";
import { collectArchive } from "./content/load-archive.ts";
import { findAnnalsError, type ContentIssue } from "./errors.ts";

export interface BuildOptions {
  /** The folder holding articles/, _data/, images/. */
  input: string;
  output: string;
  pathPrefix?: string;
  quiet?: boolean;
}

export type BuildResult = { ok: true; issues: ContentIssue[] } | { ok: false; issues: ContentIssue[] };

export const CONFIG_PATH = resolve(import.meta.dirname, "../.eleventy.ts");

export async function buildSite(options: BuildOptions): Promise<BuildResult> {
  const { issues } = collectArchive({ projectRoot: process.cwd(), contentDir: resolve(options.input), includeDrafts: false });
  if (issues.some((issue) => issue.severity === "error")) return { ok: false, issues };

  const output = resolve(options.output);
  const staging = `${output}.staging-${process.pid}`;
  const previous = `${output}.previous-${process.pid}`;
  rmSync(staging, { recursive: true, force: true });
  // A build that fails, or never finishes, leaves no staging folder behind. Eleventy's
  // passthrough copies may still be running into it after a template fails, so it is
  // removed once the process has nothing left to do.
  const removeStaging = () => rmSync(staging, { recursive: true, force: true });
  process.once("exit", removeStaging);
  try {
    const eleventy = new Eleventy(options.input, staging, {
      configPath: CONFIG_PATH,
      quietMode: options.quiet ?? true,
      ...(options.pathPrefix ? { pathPrefix: options.pathPrefix } : {}),
    });
    await eleventy.write();
  } catch (error) {
    // Our own errors already say what to fix; Eleventy's wrappers add only noise.
    throw findAnnalsError(error) ?? error;
  }
  if (existsSync(output)) renameSync(output, previous);
  renameSync(staging, output);
  process.off("exit", removeStaging);
  rmSync(previous, { recursive: true, force: true });
  return { ok: true, issues };
}
