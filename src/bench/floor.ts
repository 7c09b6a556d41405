// The benchmark's floor: the least work any generator must do for this archive
// (read each article, parse its front-matter, render its markdown, write one page).
// Annals' build time is reported as a multiple of this.
//
//   node --import tsx src/bench/floor.ts --input DIR --output OUT
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { parseArgs } from "node:util";
import matter from "gray-matter";
import markdownIt from "markdown-it";

const { values } = parseArgs({
  options: { input: { type: "string", default: "content" }, output: { type: "string", default: ".bench/floor-out" } },
});

const escape = (text: string): string =>
  text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

const started = performance.now();
const articlesDir = join(values.input, "articles");
const md = markdownIt({ html: false, linkify: true });
rmSync(values.output, { recursive: true, force: true });
const files = readdirSync(articlesDir, { recursive: true, encoding: "utf8" }).filter((name) => name.endsWith(".md"));
for (const name of files) {
  const { data, content } = matter(readFileSync(join(articlesDir, name), "utf8"));
  const title = typeof data.title === "string" ? data.title : name;
  const target = join(values.output, name.replace(/\.md$/, ""), "index.html");
  mkdirSync(dirname(target), { recursive: true });
  writeFileSync(target, `<!doctype html><meta charset="utf-8"><title>${escape(title)}</title><h1>${escape(title)}</h1>\n${md.render(content)}`);
}
console.log(`Floor: ${files.length} pages in ${((performance.now() - started) / 1000).toFixed(2)} s.`);
