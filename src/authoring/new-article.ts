// The file `npm run new` writes: the given fields filled in, the optional ones as
// commented-out lines ready to fill.
import { join } from "node:path";
import { DateTime } from "luxon";
import { parseArticleDate, type ArticleDate } from "../dates.ts";
import { AnnalsError } from "../errors.ts";
import { displayPath } from "../display-path.ts";
import { SLUG_PATTERN } from "../slugs.ts";
import { articleLocation, articleText, slugForTitle, type ArticleLocation } from "./article-file.ts";
import type { KnownNames } from "./known-names.ts";
import { PLACEHOLDER_BODY } from "../content/placeholder.ts";

export interface NewArticleRequest {
  title: string;
  /** YYYY-MM-DD; today, where the command runs, when missing. */
  date?: string;
  source?: string;
  lang?: string;
  slug?: string;
}

export interface NewArticle extends ArticleLocation {
  text: string;
  /** Things the author should know, such as an outlet missing from sources.yaml. */
  notes: string[];
}

const OPTIONAL_FIELDS = [
  "# source_url: https://",
  "# author: ",
  '# summary: "One or two sentences for listings and search results."',
  "# image:",
  "#   src: /images/photo.jpg",
  '#   alt: "What the photo shows, for readers who cannot see it"',
  '#   caption: ""',
  '#   credit: ""',
  "# entities:",
  "#   people: []",
  "#   organizations: []",
  "#   places: []",
  "# tags: []",
];

const LANGUAGE_TAG = /^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*$/;

function dateOf(value: string | undefined): ArticleDate {
  const text = value ?? DateTime.local().toISODate()!;
  const parsed = parseArticleDate(text);
  if (!parsed.ok) throw new AnnalsError(`--date: ${parsed.reason}`);
  return parsed.date;
}

export function newArticle(contentDir: string, request: NewArticleRequest, known: KnownNames): NewArticle {
  const title = request.title.trim();
  if (!title) throw new AnnalsError('Give the headline first: npm run new -- "Iraqi PM visits Tehran" --source AFP');
  if (request.lang !== undefined && !LANGUAGE_TAG.test(request.lang)) {
    throw new AnnalsError(`--lang: expected a language tag like en, ar or fa, got "${request.lang}".`);
  }
  const date = dateOf(request.date);
  if (request.slug !== undefined && !SLUG_PATTERN.test(request.slug)) {
    throw new AnnalsError(`--slug: expected a URL slug of lowercase letters, digits and hyphens, like pm-visits-tehran, got "${request.slug}".`);
  }
  const slug = request.slug ?? slugForTitle(title);
  if (!slug) throw new AnnalsError(`The headline "${title}" gives no URL slug; add --slug with lowercase letters, digits and hyphens.`);

  const notes: string[] = [];
  const source = request.source === undefined ? undefined : (known.source(request.source) ?? request.source.trim());
  if (request.source === undefined) {
    notes.push("No --source given: fill in `source:` (the outlet, e.g. AFP); the preview and `npm run check` point to it until then.");
  } else if (known.source(request.source) === undefined) {
    const sourcesFile = displayPath(join(contentDir, "_data", "sources.yaml"));
    notes.push(`\`${source}\` is not in ${sourcesFile}; the story is filed under that name. Add the outlet there to give it a link and a description.`);
  }
  // A draft until the author says otherwise: the preview shows it, a build leaves it out.
  const fields = { title, date: date.iso, source: source ?? "", lang: request.lang, draft: true };
  return { ...articleLocation(contentDir, date, slug), text: articleText(fields, PLACEHOLDER_BODY, OPTIONAL_FIELDS), notes };
}
