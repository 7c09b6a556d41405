// `npm run new -- "Headline" [--date YYYY-MM-DD] [--source NAME] [--lang ar] [--slug x]`
import { resolve } from "node:path";
import { parseArgs } from "node:util";
import { writeNewArticle } from "../authoring/article-file.ts";
import { displayPath } from "../display-path.ts";
import { readKnownNames } from "../authoring/known-names.ts";
import { newArticle } from "../authoring/new-article.ts";
import { AnnalsError } from "../errors.ts";

try {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      date: { type: "string" },
      source: { type: "string" },
      lang: { type: "string" },
      slug: { type: "string" },
      input: { type: "string", default: "content" },
    },
  });
  const contentDir = resolve(values.input);
  const article = newArticle(contentDir, { ...values, title: positionals.join(" ") }, readKnownNames(contentDir));
  writeNewArticle(article, article.text);
  console.log(`Created ${displayPath(article.file)}`);
  console.log(`It is a draft: the preview shows it at http://localhost:8080${article.url}, a build leaves it out.`);
  console.log(`When it is ready, delete the line \`draft: true\` (or set it to false); it will be published at ${article.url}.`);
  for (const note of article.notes) console.log(`note: ${note}`);
} catch (error) {
  if (!(error instanceof AnnalsError) && !(error instanceof TypeError)) throw error;
  // parseArgs reports an unknown option as a TypeError with a readable message.
  console.error(error.message);
  process.exitCode = 1;
}
