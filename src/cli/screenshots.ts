// `npm run screenshots [-- --out DIR]`: builds the sample archive into a temporary
// folder, serves it on 127.0.0.1 and writes full-page PNGs of the home page, an article
// with a photo and an Arabic (right-to-left) article, and the Arabic edition's home,
// article and search page, 375 px and 1280 px wide, in the light and dark themes, into
// screenshots/ (or DIR). Needs Chromium, as the browser tests do.
import { mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative, resolve } from "node:path";
import { parseArgs } from "node:util";
import { launchBrowser } from "../dev/browser.ts";
import { imageArticle, rtlArticle, sampleArchive, samplePages } from "../dev/sample-pages.ts";
import { serveSite } from "../dev/static-server.ts";
import { buildSite } from "../build.ts";
import { countLine, printIssues } from "./report.ts";

const ROOT = resolve(import.meta.dirname, "../..");
const WIDTHS = [375, 1280] as const;
const THEMES = ["light", "dark"] as const;

const { values } = parseArgs({ options: { out: { type: "string", default: join(ROOT, "screenshots") } } });
const out = resolve(values.out);

const archive = sampleArchive(ROOT);
const SHOWN_EDITION_PAGES = new Set(["ar-home", "ar-article", "ar-search"]);
const pages = [
  { name: "home", path: "/" },
  { name: "article", path: imageArticle(archive).url },
  { name: "article-rtl", path: rtlArticle(archive).url },
  ...samplePages(archive)
    .filter((sample) => SHOWN_EDITION_PAGES.has(sample.name))
    .map((sample) => ({ name: sample.name, path: `/${sample.path}`, ready: sample.ready })),
];

const work = mkdtempSync(join(tmpdir(), "annals-screenshots-"));
try {
  const output = join(work, "_site");
  const result = await buildSite({ input: join(ROOT, "content"), output });
  if (!result.ok) {
    printIssues(result.issues);
    throw new Error(`the sample archive does not build: ${countLine(result.issues)}`);
  }
  const site = await serveSite(output);
  const browser = await launchBrowser();
  try {
    mkdirSync(out, { recursive: true });
    for (const theme of THEMES) {
      for (const width of WIDTHS) {
        const context = await browser.newContext({ viewport: { width, height: 800 }, colorScheme: theme, reducedMotion: "reduce" });
        const page = await context.newPage();
        for (const { name, path, ...sample } of pages) {
          await page.goto(`${site.url}${path.slice(1)}`, { waitUntil: "load" });
          if ("ready" in sample) await sample.ready(page);
          // A full-page screenshot does not scroll, so lazy images below the fold would stay blank.
          await page.evaluate(async () => {
            const images = [...document.images];
            for (const image of images) image.loading = "eager";
            await Promise.all(images.map((image) => image.decode().catch(() => undefined)));
            await document.fonts.ready;
          });
          const file = join(out, `${name}-${width}-${theme}.png`);
          await page.screenshot({ path: file, fullPage: true });
          console.log(`wrote ${relative(process.cwd(), file) || file}  (${path})`);
        }
        await context.close();
      }
    }
  } finally {
    await browser.close();
    await site.close();
  }
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
} finally {
  rmSync(work, { recursive: true, force: true });
}
