// Checks one article file against the front-matter schema and turns every problem
// into an issue that names the file, the line, the field, and what was expected.
import { existsSync, realpathSync, statSync } from "node:fs";
import { join, sep } from "node:path";
import type { z } from "zod";
import type { ContentIssue } from "../errors.ts";
import { parseArticleFile, type ParsedArticleFile } from "./front-matter.ts";
import { keyTreeOf, unknownKeyWarnings } from "./known-keys.ts";
import { redirectKey } from "./redirect-paths.ts";
import { urls } from "../urls.ts";
import { placeholderWarning } from "./placeholder.ts";
import { articleFrontMatterSchema, REQUIRED_EXAMPLES, type ArticleFrontMatter } from "./schema.ts";

export interface ValidArticleFile {
  inputPath: string;
  slug: string;
  frontMatter: ArticleFrontMatter;
  body: string;
  /** Where the dates are written, for the warnings that depend on the day of the build (date-range.ts). */
  dateLines: Partial<Record<"date" | "updated", number>>;
  /** The file line the body starts on. */
  bodyLine: number;
}

export interface ArticleValidation {
  article?: ValidArticleFile;
  /** Read even when the schema fails, so a missing image is reported with the other errors. */
  image?: ImageReference;
  issues: ContentIssue[];
}

const KEY_TREE = keyTreeOf(articleFrontMatterSchema);

function fieldName(path: readonly PropertyKey[]): string {
  return path.map((key, i) => (typeof key === "number" ? `[${key}]` : `${i > 0 ? "." : ""}${String(key)}`)).join("");
}

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  return path.reduce<unknown>((value, key) => (value as Record<PropertyKey, unknown> | undefined)?.[key], data);
}

function describe(value: unknown): string {
  if (Array.isArray(value)) return "a list";
  if (value === null) return "an empty value";
  if (typeof value === "object") return "a group of keys";
  if (typeof value === "string") return `"${value.length > 60 ? `${value.slice(0, 57)}...` : value}"`;
  return `${typeof value} ${String(value)}`;
}

function messageFor(issue: z.core.$ZodIssue, data: unknown): string {
  const field = fieldName(issue.path);
  const value = valueAt(data, issue.path);
  if (value === undefined) {
    // One example serves every item of a list: `corrections[1].text` -> `corrections.text`.
    const example = REQUIRED_EXAMPLES[field.replace(/\[\d+\]/g, "")];
    return `is required${example ? `: add a line like \`${example}\`` : ""}.`;
  }
  if (issue.code === "custom") return issue.message;
  return `${issue.message}, got ${describe(value)}.`;
}

/** Where the article's image is, so the caller can check the file exists at build time. */
export interface ImageReference {
  src: string;
  line?: number;
}

function imageReference(file: ParsedArticleFile): ImageReference | undefined {
  const src = valueAt(file.data, ["image", "src"]);
  if (typeof src !== "string") return undefined;
  const line = file.lineOf(["image", "src"]);
  return { src, ...(line === undefined ? {} : { line }) };
}

/** What eleventy-img reads and docs/authoring.md promises ("Photos"). */
const IMAGE_EXTENSIONS = ["jpg", "jpeg", "png", "webp", "gif", "svg"];

export function checkImageReference(image: ImageReference, inputPath: string, contentDir: string): ContentIssue | undefined {
  if (/^https?:\/\//.test(image.src)) return undefined;
  const at = { severity: "error" as const, file: inputPath, field: "image.src", ...(image.line === undefined ? {} : { line: image.line }) };
  if (!image.src.startsWith("/") || image.src.split("/").includes("..")) {
    return { ...at, message: `expected a path inside content/ like /images/photo.jpg, got "${image.src}".` };
  }
  const extension = /\.([^./]+)$/.exec(image.src)?.[1]?.toLowerCase();
  if (!extension || !IMAGE_EXTENSIONS.includes(extension)) {
    return { ...at, message: `expected an image file ending in ${IMAGE_EXTENSIONS.map((ext) => `.${ext}`).join(", ")}, like /images/photo.jpg, got "${image.src}".` };
  }
  const path = join(contentDir, image.src);
  if (!existsSync(path)) {
    return { ...at, message: `the image ${image.src} does not exist. Put the file at content${image.src} or fix the path.` };
  }
  const real = realpathSync(path);
  const root = realpathSync(contentDir);
  if (!real.startsWith(root + sep)) {
    return { ...at, message: `content${image.src} is a link to ${real}, outside content/. Copy the image into content/images/ instead of linking to it.` };
  }
  if (!statSync(real).isFile()) {
    return { ...at, message: `content${image.src} is a folder, not an image. Point image.src at the image file inside it.` };
  }
  return undefined;
}

export function validateArticle(
  inputPath: string,
  bytes: Uint8Array,
  context: { fileSlug: string },
): ArticleValidation {
  const parsed = parseArticleFile(inputPath, bytes);
  if (!parsed.ok) return { issues: [parsed.issue] };
  const { file } = parsed;
  const image = imageReference(file);
  const issues = [...parsed.issues, ...unknownKeyWarnings(file.data, KEY_TREE, { file: inputPath, lineOf: file.lineOf })];

  const result = articleFrontMatterSchema.safeParse(file.data);
  if (!result.success) {
    for (const issue of result.error.issues) {
      const line = file.lineOf(issue.path);
      issues.push({
        severity: "error",
        file: inputPath,
        ...(line === undefined ? {} : { line }),
        field: fieldName(issue.path),
        message: messageFor(issue, file.data),
      });
    }
    return { issues, ...(image ? { image } : {}) };
  }
  const frontMatter = result.data;
  if (frontMatter.slug === undefined && context.fileSlug === "") {
    issues.push({
      severity: "error",
      file: inputPath,
      field: "slug",
      message: "the file name has no letters or digits to make the article's web address from. Rename the file after its headline, like iraq-militias-welcome-end.md, or add a line like `slug: iraq-militias-welcome-end`.",
    });
    return { issues, ...(image ? { image } : {}) };
  }
  const slug = frontMatter.slug ?? context.fileSlug;
  const ownUrl = urls.article(frontMatter.date.year, frontMatter.date.month, frontMatter.date.day, slug);
  for (const [index, path] of (frontMatter.redirect_from ?? []).entries()) {
    if (redirectKey(path) !== redirectKey(ownUrl)) continue;
    const line = file.lineOf(["redirect_from", index]);
    issues.push({
      severity: "error",
      file: inputPath,
      ...(line === undefined ? {} : { line }),
      field: `redirect_from[${index}]`,
      message: `"${path}" is this article's own address; remove it from the list.`,
    });
  }
  if (issues.some((issue) => issue.severity === "error")) return { issues, ...(image ? { image } : {}) };
  const placeholder = placeholderWarning(inputPath, new TextDecoder().decode(bytes), file.body, frontMatter.draft ?? false);
  if (placeholder) issues.push(placeholder);
  const dateLines = Object.fromEntries((["date", "updated"] as const).flatMap((field) => {
    const line = file.lineOf([field]);
    return line === undefined ? [] : [[field, line]];
  }));
  return {
    article: { inputPath, slug, frontMatter, body: file.body, dateLines, bodyLine: file.bodyLine },
    ...(image ? { image } : {}),
    issues,
  };
}
