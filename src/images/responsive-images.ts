// Article photos as responsive images: AVIF, WebP and JPEG at a few widths, made by
// eleventy-img. Encoding AVIF is slow, so files are made once into a cache folder kept
// between builds, and each build copies in the ones its pages use.
import { statSync } from "node:fs";
import { basename, join, resolve } from "node:path";
import type ImageFunction from "@11ty/eleventy-img";
import { AnnalsError } from "../errors.ts";
import { writeWholeFile } from "../whole-file.ts";
import type { Article, ArticleImage, ResponsiveImage } from "../types.ts";

const WIDTHS = [400, 800, 1200];
const FORMATS = ["avif", "webp", "jpeg"] as const;
const IMAGE_URL_PATH = "/img/";
/**
 * Outside the output folder, which a build replaces; listed in .gitignore. Named for the
 * way entries are written: the first folder (`annals-images`) may hold empty or cut-off
 * files from a build killed while encoding, so it is left behind rather than trusted.
 */
const IMAGE_CACHE = resolve(".cache/annals-images-whole");

type ImageMetadata = Awaited<ReturnType<typeof ImageFunction>>;

/**
 * eleventy-img, loaded the first time a photo is made: with sharp and their dependencies it
 * takes about a tenth of a second to load, which a site without local photos never needs.
 */
let eleventyImg: Promise<typeof ImageFunction> | undefined;
const loadEleventyImg = () => (eleventyImg ??= import("@11ty/eleventy-img").then((module) => module.default));

function cacheEntries(metadata: ImageMetadata): { outputPath: string; buffer?: Buffer }[] {
  return FORMATS.flatMap((format) => metadata[format] ?? []);
}

/** An entry is whole if it is there and not empty: entries are only ever renamed into place complete. */
function isWhole(path: string): boolean {
  try {
    return statSync(path).size > 0;
  } catch {
    return false;
  }
}

/**
 * eleventy-img skips any output file that exists, whatever is in it, so it is asked first
 * only for the names and sizes (statsOnly); the images are encoded in memory (dryRun)
 * and written whole when an entry is missing or empty.
 */
async function cachedImage(file: string): Promise<ImageMetadata> {
  const options = { widths: WIDTHS, formats: [...FORMATS], outputDir: IMAGE_CACHE, urlPath: IMAGE_URL_PATH };
  const Image = await loadEleventyImg();
  const planned = await Image(file, { ...options, statsOnly: true });
  if (cacheEntries(planned).every((entry) => isWhole(entry.outputPath))) return planned;
  const made = await Image(file, { ...options, dryRun: true, useCache: false });
  for (const entry of cacheEntries(made)) {
    if (!entry.buffer) throw new Error(`eleventy-img returned no bytes for ${entry.outputPath}`);
    writeWholeFile(entry.outputPath, entry.buffer);
  }
  return made;
}

export async function responsiveImage(file: string): Promise<ResponsiveImage> {
  const metadata = await cachedImage(file);
  const jpegs = metadata.jpeg ?? [];
  const largest = jpegs[jpegs.length - 1];
  if (!largest) throw new Error(`eleventy-img made no JPEG of ${file}`);
  return {
    src: largest.url,
    thumbnail: jpegs[0]!.url,
    width: largest.width,
    height: largest.height,
    sources: FORMATS.flatMap((format) => {
      const entries = metadata[format] ?? [];
      return entries.length > 0 ? [{ type: entries[0]!.sourceType, srcset: entries.map((entry) => entry.srcset).join(", ") }] : [];
    }),
    files: FORMATS.flatMap((format) => (metadata[format] ?? []).map((entry) => entry.outputPath)),
  };
}

/** Makes (or finds in the cache) every local article photo's responsive versions, once per file. */
export async function makeResponsiveImages(articles: readonly Article[], contentDir: string): Promise<Map<string, ResponsiveImage>> {
  // The first article using each file names it in an error.
  const usedBy = new Map<string, Article>();
  for (const article of articles) if (article.image?.src.startsWith("/") && !usedBy.has(article.image.src)) usedBy.set(article.image.src, article);
  const made = await Promise.all(
    [...usedBy].map(async ([src, article]) => {
      try {
        return [src, await responsiveImage(join(contentDir, src))] as const;
      } catch (error) {
        throw new AnnalsError(`${article.inputPath}  image.src  ${src} could not be read as an image (${(error as Error).message}). Replace the file with a JPEG, PNG, WebP or SVG.`);
      }
    }),
  );
  return new Map(made);
}

/** The articles with their local photos' responsive versions attached (new objects; the input is left as it was). */
// The article with its photo's versions, for as long as the article object and the versions
// are the same: the preview's rebuilds then keep the same objects (and their fingerprints).
const withImage = new WeakMap<Article, { versions: string; article: Article }>();

export async function withResponsiveImages(articles: readonly Article[], contentDir: string): Promise<Article[]> {
  const images = await makeResponsiveImages(articles, contentDir);
  return articles.map((article) => {
    const responsive = article.image && images.get(article.image.src);
    if (!responsive) return article;
    const versions = JSON.stringify(responsive);
    const known = withImage.get(article);
    if (known?.versions === versions) return known.article;
    const result = { ...article, image: { ...article.image!, responsive } };
    withImage.set(article, { versions, article: result });
    return result;
  });
}

/** The image files a site's pages use, as output-relative paths with the cached file each is copied from. */
export function publishedImageFiles(articles: readonly Article[]): { file: string; from: string }[] {
  const files = new Map<string, string>();
  for (const article of articles) {
    for (const from of article.image?.responsive?.files ?? []) files.set(`${IMAGE_URL_PATH.slice(1)}${basename(from)}`, from);
  }
  return [...files].map(([file, from]) => ({ file, from }));
}

/**
 * The photo for feeds, social cards and structured data: the JPEG where one was made,
 * since feed readers and card renderers seldom take AVIF, WebP or SVG.
 */
export function shareableImage(image: Pick<ArticleImage, "src" | "responsive">): string {
  return image.responsive?.src ?? image.src;
}
