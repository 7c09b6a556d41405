// `node --import tsx src/bench/wxr-import.ts [--posts N] [--words W]`: generates a
// WordPress export of N posts (50,000 by default, about 500 MB) into .bench/wxr/ and
// imports it into a fresh content folder there as a whole process, reporting the
// export's size, the time and the importer's peak memory.
import { existsSync, mkdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { parseArgs } from "node:util";
import { runMeasured } from "./process-tree.ts";
import { generateWxr } from "./wxr-generate.ts";

const { values } = parseArgs({
  options: { posts: { type: "string", default: "50000" }, words: { type: "string", default: "1400" }, heap: { type: "string" } },
});
// --heap MB caps Node's heap in the import: a run that completes under a small cap shows the
// import keeps little alive, whatever peak the default heap lets garbage reach.
if (values.heap) process.env.NODE_OPTIONS = `${process.env.NODE_OPTIONS ?? ""} --max-old-space-size=${Number(values.heap)}`.trim();
const posts = Number(values.posts);
const words = Number(values.words);
const root = resolve(".bench/wxr");
const exportFile = join(root, `export-${posts}.xml`);
const reuse = existsSync(exportFile);
// Its own folder per heap setting, so a capped and an uncapped run can go side by side.
const content = join(root, values.heap ? `content-heap-${values.heap}` : "content");
mkdirSync(root, { recursive: true });

const generated = performance.now();
// The export is deterministic for a size, so a second run reuses it.
if (!reuse) await generateWxr(exportFile, { posts, words });
const bytes = statSync(exportFile).size;
console.log(`${reuse ? "reused" : "generated"} ${exportFile}: ${posts.toLocaleString("en-US")} posts, ${(bytes / 1e6).toFixed(0)} MB in ${((performance.now() - generated) / 1000).toFixed(0)} s`);

rmSync(content, { recursive: true, force: true });
mkdirSync(join(content, "_data"), { recursive: true });
writeFileSync(join(content, "_data/site.yaml"), "title: Bench\ndescription: Import bench.\nurl: https://bench.example.org\nlanguage: en\npageSize: 20\n");
writeFileSync(join(content, "_data/sources.yaml"), "- name: AFP\n- name: Reuters\n- name: AP\n- name: Al-Monitor\n");
writeFileSync(join(content, "_data/entities.yaml"), "- name: Joe Biden\n  type: person\n- name: Mustafa Al-Kadhimi\n  type: person\n- name: Hashd Al-Shaabi\n  type: organization\n- name: Baghdad\n  type: place\n");

const run = await runMeasured(process.execPath, ["--import", "tsx", resolve("src/cli/import.ts"), exportFile, "--source-field", "source", `--input=${content}`], { cwd: process.cwd() });
const summary = run.output.trim().split("\n").filter((line) => /WordPress export of|^Imported/.test(line));
console.log(summary.join("\n"));
console.log(`import: ${(run.wallMs / 1000).toFixed(0)} s, peak memory ${run.peakMb.node ? `${run.peakMb.node.toFixed(0)} MB` : "not measured"} (${(bytes / 1e6).toFixed(0)} MB export${values.heap ? `, heap capped at ${values.heap} MB` : ""})`);
