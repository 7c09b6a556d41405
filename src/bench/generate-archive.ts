// Writes a complete synthetic content folder (data files and articles) for the
// benchmark. Same seed, same bytes: runs on different days measure the same archive.
//
//   node --import tsx src/bench/generate-archive.ts --articles 2000 --out DIR [--seed 1]
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { stringify } from "yaml";
import { slugForTitle } from "../authoring/article-file.ts";
import { generateArticle, pickTags } from "./generate-article.ts";
import { makeEntities, makeSources, type SyntheticEntity, type SyntheticSource } from "./generate-registry.ts";
import { createRandom, createZipf, type Random } from "./prng.ts";
import { TAGS } from "./word-lists.ts";

export interface GenerateOptions {
  dir: string;
  articles: number;
  seed: number;
}

const FIRST_DAY = Date.UTC(2015, 0, 1);
const DAY_COUNT = 3653; // 2015-01-01 .. 2024-12-31

const SITE = {
  title: "Annals benchmark",
  description: "A synthetic news archive generated to measure build and preview performance.",
  url: "https://bench.example.org",
  language: "en",
  pageSize: 20,
};

const ABOUT = `---
title: About this archive
---
This archive is synthetic: every story, name and outlet was generated for benchmarking.
`;

function shuffled<T>(random: Random, items: readonly T[]): T[] {
  const copy = [...items];
  for (let i = copy.length - 1; i > 0; i--) {
    const j = Math.floor(random.next() * (i + 1));
    [copy[i], copy[j]] = [copy[j] as T, copy[i] as T];
  }
  return copy;
}

/** Later years hold more stories, as archives grow. */
function pickDay(random: Random): string {
  const index = Math.floor(DAY_COUNT * Math.sqrt(random.next()));
  return new Date(FIRST_DAY + Math.min(index, DAY_COUNT - 1) * 86_400_000).toISOString().slice(0, 10);
}


function writeData(dir: string, random: Random): { entities: SyntheticEntity[]; sources: SyntheticSource[] } {
  const dataDir = join(dir, "_data");
  mkdirSync(dataDir, { recursive: true });
  const sources = makeSources(random);
  const entities = makeEntities(random);
  writeFileSync(join(dataDir, "site.yaml"), stringify(SITE));
  writeFileSync(join(dataDir, "sources.yaml"), stringify(sources));
  // nativeName is the generator's own bookkeeping, not a registry key.
  writeFileSync(join(dataDir, "entities.yaml"), stringify(entities.map(({ nativeName: _native, ...entry }) => entry)));
  writeFileSync(join(dir, "about.md"), ABOUT);
  return { entities, sources };
}

export function generateArchive({ dir, articles, seed }: GenerateOptions): { articleCount: number } {
  const root = resolve(dir);
  // Only what this generator writes is cleared, so a stale archive never leaks in.
  for (const part of ["articles", "_data", "about.md"]) rmSync(join(root, part), { recursive: true, force: true });
  const random = createRandom(seed);
  const { entities, sources } = writeData(root, random);

  // Ranks are shuffled so the most-named entities mix people, organisations and places.
  const byRank = shuffled(random, entities);
  const entityZipf = createZipf(byRank.length, 1.0);
  const sourceZipf = createZipf(sources.length, 1.1);
  const tagZipf = createZipf(TAGS.length, 0.9);

  const usedPaths = new Set<string>();
  const madeDirs = new Set<string>();
  for (let n = 0; n < articles; n++) {
    const day = pickDay(random);
    const chosen = new Set<SyntheticEntity>();
    for (let count = random.int(2, 8); chosen.size < count; ) chosen.add(byRank[entityZipf(random)]!);
    const roll = random.next();
    const lang = roll < 0.02 ? "ar" : roll < 0.03 ? "fa" : undefined;
    const article = generateArticle({
      random,
      day,
      source: sources[sourceZipf(random)]!,
      entities: [...chosen],
      tags: pickTags(random, tagZipf),
      ...(lang ? { lang } : {}),
    });

    // Files share a month folder, so a slug must be unique per month, which also
    // makes it unique per day (the URL is /YYYY/MM/DD/slug/).
    const monthDir = join(root, "articles", day.slice(0, 4), day.slice(5, 7));
    const base = slugForTitle(article.slugSource);
    let slug = base;
    for (let suffix = 2; usedPaths.has(join(monthDir, slug)); suffix++) slug = `${base}-${suffix}`;
    usedPaths.add(join(monthDir, slug));
    if (!madeDirs.has(monthDir)) {
      mkdirSync(monthDir, { recursive: true });
      madeDirs.add(monthDir);
    }
    writeFileSync(join(monthDir, `${slug}.md`), article.text);
  }
  return { articleCount: articles };
}

function main(): void {
  const { values } = parseArgs({
    options: {
      articles: { type: "string", default: "1000" },
      out: { type: "string", default: ".bench/archive" },
      seed: { type: "string", default: "1" },
    },
  });
  const articles = Number(values.articles);
  const seed = Number(values.seed);
  if (!Number.isInteger(articles) || articles < 0) throw new Error(`--articles expects a whole number, got ${values.articles}`);
  if (!Number.isInteger(seed)) throw new Error(`--seed expects a whole number, got ${values.seed}`);
  const started = performance.now();
  const { articleCount } = generateArchive({ dir: values.out, articles, seed });
  console.log(`Wrote ${articleCount} articles to ${values.out}/ in ${((performance.now() - started) / 1000).toFixed(1)} s.`);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
