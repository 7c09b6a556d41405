// Copies images and the stylesheet to the output untouched.
import { relative, resolve } from "node:path";
import { inInput, type EleventyConfig } from "../eleventy-types.ts";

// The stylesheet ships with Annals, not with a site's content.
const STYLES = relative(process.cwd(), resolve(import.meta.dirname, "../../layouts/assets"));

export function assetsPlugin(eleventyConfig: EleventyConfig): void {
  eleventyConfig.addPassthroughCopy({ [inInput(eleventyConfig, "images")]: "images" });
  eleventyConfig.addPassthroughCopy({ [STYLES]: "assets" });
}
