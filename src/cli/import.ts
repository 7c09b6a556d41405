// `npm run import -- FILE|FOLDER... [--source NAME] [--title "..."]`: pasted stories to articles.
import { constants, copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { parseArgs } from "node:util";
import { writeNewArticle } from "../authoring/article-file.ts";
import { displayPath } from "../display-path.ts";
import { importStory } from "../authoring/import/import-story.ts";
import { readKnownNames } from "../authoring/known-names.ts";
import { AnnalsError } from "../errors.ts";

function storyFiles(paths: readonly string[]): string[] {
  return paths.flatMap((path) => {
    if (!existsSync(path)) throw new AnnalsError(`${path}: no such file or folder.`);
    if (!statSync(path).isDirectory()) return [path];
    return readdirSync(path)
      .filter((name) => name.endsWith(".txt"))
      .sort()
      .map((name) => join(path, name));
  });
}

function run(): number {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { source: { type: "string" }, title: { type: "string" }, input: { type: "string", default: "content" } },
  });
  if (positionals.length === 0) throw new AnnalsError("Name the stories to import: npm run import -- stories/ --source Reuters");
  const files = storyFiles(positionals);
  if (values.title && files.length > 1) throw new AnnalsError("--title names one story; import the files one at a time to give each its title.");
  if (files.length === 0) throw new AnnalsError(`No .txt files in ${positionals.join(", ")}.`);

  const contentDir = resolve(values.input);
  const known = readKnownNames(contentDir);
  let failed = 0;
  for (const file of files) {
    const result = importStory(file, readFileSync(file, "utf8"), contentDir, known, values);
    try {
      if (!result.ok) throw new AnnalsError(result.problems.join("\n  "));
      if (result.photo && existsSync(result.photo.to)) {
        throw new AnnalsError(`${displayPath(result.photo.to)} already exists; rename the photo beside the story.`);
      }
      writeNewArticle(result, result.text);
      if (result.photo) {
        mkdirSync(dirname(result.photo.to), { recursive: true });
        copyFileSync(result.photo.from, result.photo.to, constants.COPYFILE_EXCL);
      }
      console.log(`${file} -> ${displayPath(result.file)} (${result.url})`);
      for (const note of result.notes) console.log(`  note: ${note}`);
    } catch (error) {
      if (!(error instanceof AnnalsError)) throw error;
      failed += 1;
      console.error(`${file}: not imported:\n  ${error.message}`);
    }
  }
  console.log(`\nImported ${files.length - failed} of ${files.length} ${files.length === 1 ? "story" : "stories"}.${failed > 0 ? " Fix the others and run the import again for them." : " Run npm run check, then read each one through."}`);
  return failed > 0 ? 1 : 0;
}

try {
  process.exitCode = run();
} catch (error) {
  if (!(error instanceof AnnalsError) && !(error instanceof TypeError)) throw error;
  console.error(error.message);
  process.exitCode = 1;
}
