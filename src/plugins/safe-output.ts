// No content may make the build write outside the output folder, whatever its permalink says.
import { resolve } from "node:path";
import { AnnalsError } from "../errors.ts";
import type { EleventyConfig } from "../eleventy-types.ts";
import { isInside } from "../output/write-site.ts";

export function safeOutputPlugin(eleventyConfig: EleventyConfig): void {
  eleventyConfig.addTransform("annals-safe-output", function (content) {
    const outputPath = this.page.outputPath;
    if (outputPath !== false && !isInside(resolve(eleventyConfig.directories.output), resolve(outputPath))) {
      throw new AnnalsError(
        `Refusing to write ${outputPath}: it is outside the output folder ${eleventyConfig.directories.output}. ` +
          "Fix the page's permalink so it stays inside the site.",
      );
    }
    return content;
  });
}
