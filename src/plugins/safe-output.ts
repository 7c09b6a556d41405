// No content may make the build write outside the output folder, whatever its permalink says.
import { relative, resolve, isAbsolute } from "node:path";
import { AnnalsError } from "../errors.ts";
import type { EleventyConfig } from "../eleventy-types.ts";

export function isInside(folder: string, path: string): boolean {
  const rel = relative(resolve(folder), resolve(path));
  return rel !== "" && !rel.startsWith("..") && !isAbsolute(rel);
}

export function safeOutputPlugin(eleventyConfig: EleventyConfig): void {
  eleventyConfig.addTransform("annals-safe-output", function (content) {
    const outputPath = this.page.outputPath;
    if (outputPath !== false && !isInside(eleventyConfig.directories.output, outputPath)) {
      throw new AnnalsError(
        `Refusing to write ${outputPath}: it is outside the output folder ${eleventyConfig.directories.output}. ` +
          "Fix the page's permalink so it stays inside the site.",
      );
    }
    return content;
  });
}
