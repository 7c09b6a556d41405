// The article front-matter contract (docs/authoring.md, "Front-matter reference"), in one place.
// Each schema's error text says what was expected; validate-article.ts adds where and what was found.
import { z } from "zod";
import { DATE_EXPECTED, parseArticleDate } from "../dates.ts";
import { SLUG_PATTERN, slugify } from "../slugs.ts";

const text = (expected: string) => z.string({ error: `expected ${expected}` }).trim().min(1, { error: `expected ${expected}, got an empty value` });

const articleDate = z.string({ error: `expected ${DATE_EXPECTED}` }).transform((value, ctx) => {
  const result = parseArticleDate(value);
  if (result.ok) return result.date;
  ctx.addIssue({ code: "custom", message: result.reason, input: value });
  return z.NEVER;
});

const nameList = (example: string) =>
  z.array(text("a name"), { error: `expected a list of names like [${example}]` });

// An old address on the site's own host: `/news/iraq/old-slug/` or `/?p=102`. Anything
// that could point off the site (a scheme, `//host`) or out of the output folder (`..`,
// a backslash) is refused, because a redirect page is written at that path.
const REDIRECT_PATH_EXPECTED = "expected an old address on this site starting with /, like /news/iraq/old-slug/ or /?p=102";

function redirectPathProblem(path: string): string | undefined {
  if (!path.startsWith("/") || path.startsWith("//")) return REDIRECT_PATH_EXPECTED;
  if (path === "/") return `${REDIRECT_PATH_EXPECTED}; "/" alone is the home page`;
  if (/[\\\s#]|[\u0000-\u001f\u007f]/u.test(path)) return `${REDIRECT_PATH_EXPECTED}, without spaces, backslashes or #`;
  let decoded = path;
  try {
    decoded = decodeURIComponent(path);
  } catch {
    return `${REDIRECT_PATH_EXPECTED}; its %-escapes do not decode`;
  }
  if (decoded.split(/[/?\\]/).some((segment) => segment === ".." || segment === ".")) return `${REDIRECT_PATH_EXPECTED}, without . or .. segments`;
  return undefined;
}

const redirectPath = z.string({ error: REDIRECT_PATH_EXPECTED }).superRefine((path, ctx) => {
  const problem = redirectPathProblem(path);
  if (problem) ctx.addIssue({ code: "custom", message: `${problem}, got "${path}".`, input: path });
});

export const articleFrontMatterSchema = z.object({
  title: text("a headline in quotes"),
  date: articleDate,
  source: text("the outlet's name, e.g. AFP"),
  source_url: z
    .url({ protocol: /^https?$/, error: "expected a web address starting with https:// or http://" })
    .optional(),
  author: text("the author's name").optional(),
  summary: text("one or two sentences").optional(),
  image: z
    .object(
      {
        src: text("an image path like /images/photo.jpg"),
        alt: text("a description of the image for readers who cannot see it"),
        caption: text("the photo caption").optional(),
        credit: text("the photo credit, e.g. REUTERS").optional(),
      },
      { error: "expected src, alt, caption and credit indented under image:" },
    )
    .optional(),
  entities: z
    .object(
      {
        people: nameList("Joe Biden, Mustafa Al-Kadhimi").optional(),
        organizations: nameList("Hashd Al-Shaabi, Daesh").optional(),
        places: nameList("Iraq, Baghdad").optional(),
      },
      { error: "expected people, organizations and places lists indented under entities:" },
    )
    .optional(),
  tags: z
    .array(
      // A tag's page is /tags/<slug>/: a tag of symbols alone would have no address.
      text("a tag").refine((tag) => slugify(tag) !== "", {
        error: (issue) => `"${String(issue.input)}" has no letters or digits to make the tag's web address from; use words, like us-iraq.`,
      }),
      { error: "expected a list of tags like [us-iraq, militias]" },
    )
    .optional(),
  lang: z
    .string({ error: "expected a language tag like en, ar or fa" })
    .regex(/^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*$/, { error: "expected a language tag like en, ar or fa" })
    .optional(),
  updated: articleDate.optional(),
  corrections: z
    .array(
      z.object(
        { date: articleDate, text: text("what was corrected, in a sentence or two") },
        { error: "expected date: and text: under each correction" },
      ),
      { error: "expected a list of corrections, each a date and a text, like [{date: 2021-07-29, text: An earlier version gave the wrong date.}]" },
    )
    .optional(),
  draft: z.boolean({ error: "expected true or false" }).optional(),
  slug: z
    .string({ error: "expected a URL slug like pm-visits-tehran" })
    .regex(SLUG_PATTERN, { error: "expected a URL slug of lowercase letters, digits and hyphens, like pm-visits-tehran" })
    .optional(),
  redirect_from: z.array(redirectPath, { error: "expected a list of old addresses like [/news/iraq/old-slug/]" }).optional(),
  import_id: text("the imported post's id, e.g. its WordPress GUID").optional(),
});

export type ArticleFrontMatter = z.output<typeof articleFrontMatterSchema>;

/** What to write when a required field is missing. */
export const REQUIRED_EXAMPLES: Readonly<Record<string, string>> = {
  title: 'title: "Iraqi PM visits Tehran"',
  date: "date: 2021-07-28",
  source: "source: AFP",
  "image.src": "src: /images/photo.jpg",
  "image.alt": 'alt: "What the photo shows"',
  "corrections.date": "date: 2021-07-29",
  "corrections.text": 'text: "An earlier version gave the wrong date of the vote."',
};
