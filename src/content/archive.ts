// The archive as a load leaves it: settings, stories, registry and what was found on the way.
import type { StoryLinks } from "../body-links.ts";
import type { ContentIssue } from "../errors.ts";
import type { Article, Entity, SiteSettings, Source } from "../types.ts";

export interface Archive {
  site: SiteSettings;
  /** Newest first. */
  articles: Article[];
  entities: Entity[];
  sources: Source[];
  /** Warnings and notes; in a build, errors are thrown as ContentErrors. */
  issues: ContentIssue[];
  /** The links of the stories' bodies, each at its file line: checked once the site's addresses are known (src/model/broken-links.ts). */
  bodyLinks: StoryLinks[];
}
