// Article pages for indexing alone, without building the site: the article's text and
// the search markup an Annals article page carries (filters, date sort, title), written
// at /YYYY/MM/DD/<slug>/ from a generated archive. For measuring the search index at a
// size the full build cannot reach yet (100,000 stories).
//
//   node --import tsx src/bench/plain-article-pages.ts --input .bench/archive-100000 --output .bench/plain-100000
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { basename, join } from "node:path";
import { parseArgs } from "node:util";
import matter from "gray-matter";
import markdownIt from "markdown-it";

const { values } = parseArgs({ options: { input: { type: "string" }, output: { type: "string" } } });
if (!values.input || !values.output) throw new Error("--input ARCHIVE and --output DIR are required.");

const escape = (text: string): string => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
const md = markdownIt();
const articlesDir = join(values.input, "articles");
rmSync(values.output, { recursive: true, force: true });
let count = 0;
for (const name of readdirSync(articlesDir, { recursive: true, encoding: "utf8" }).filter((file) => file.endsWith(".md"))) {
  const { data, content } = matter(readFileSync(join(articlesDir, name), "utf8"));
  const day = String(data.date instanceof Date ? data.date.toISOString() : data.date).slice(0, 10);
  const url = `/${day.replace(/-/g, "/")}/${basename(name, ".md")}/`;
  const entities = (data.entities ?? {}) as Record<string, string[]>;
  const filters = [
    `<a data-pagefind-filter="source">${escape(String(data.source))}</a>`,
    ...(["people", "organizations", "places"] as const).flatMap((list, i) =>
      (entities[list] ?? []).map((entity) => `<a data-pagefind-filter="${["person", "organization", "place"][i]}">${escape(entity)}</a>`),
    ),
    ...((data.tags ?? []) as string[]).map((tag) => `<a data-pagefind-filter="tag">${escape(tag)}</a>`),
  ];
  const page = `<!doctype html><html lang="en"><meta charset="utf-8"><title>${escape(data.title)}</title><body><article data-pagefind-body><h1 data-pagefind-meta="title">${escape(data.title)}</h1><p data-pagefind-ignore data-pagefind-filter="year:${day.slice(0, 4)}" data-pagefind-sort="date:${day.replace(/-/g, "")}" data-pagefind-meta="date:${day}"></p>${md.render(content)}<footer>${filters.join(" ")}</footer></article></body></html>`;
  mkdirSync(join(values.output, url), { recursive: true });
  writeFileSync(join(values.output, url, "index.html"), page);
  count++;
}
console.log(`Wrote ${count} article pages to ${values.output}.`);
