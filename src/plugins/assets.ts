// Copies images and the stylesheet to the output untouched.
import { relative, resolve } from "node:path";
import { displayPath } from "../display-path.ts";
import { inInput, type EleventyConfig } from "../eleventy-types.ts";
import { publishableFilter, publishableImages } from "../images/publishable-images.ts";

// The stylesheet ships with Annals, not with a site's content.
const STYLES = relative(process.cwd(), resolve(import.meta.dirname, "../../layouts/assets"));

export function assetsPlugin(eleventyConfig: EleventyConfig): void {
  // Annals decides which images are copied (never a link out of content/), listed again
  // before every build so a photo added while the preview runs is copied too. `expand`
  // copies a link inside content/ as the file it names. The preview copies rather than
  // serving content/images/ directly, which would bypass the list.
  let publishable = (_path: string) => false;
  eleventyConfig.on("eleventy.before", () => {
    publishable = publishableFilter(publishableImages(resolve(eleventyConfig.directories.input), displayPath).files);
  });
  eleventyConfig.addPassthroughCopy({ [inInput(eleventyConfig, "images")]: "images" }, { expand: true, filter: (path: string) => publishable(path) });
  eleventyConfig.setServerPassthroughCopyBehavior("copy");
  eleventyConfig.addPassthroughCopy({ [STYLES]: "assets" });
}
