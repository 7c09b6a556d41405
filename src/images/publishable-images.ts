// Which files under content/images/ a site may publish. Annals decides, not the copy
// step: a link that resolves outside content/ (to /etc/passwd, or to another project's
// photos) is refused with an error naming it, and editors' leftovers are not copied.
import { join, relative, sep } from "node:path";
import { listContentFiles } from "../content/content-files.ts";
import type { ContentIssue } from "../errors.ts";

export interface PublishableImages {
  /** Paths relative to content/images/, with forward slashes, sorted. */
  files: string[];
  /** One error per refused link. */
  issues: ContentIssue[];
}

export function publishableImages(contentDir: string, display: (path: string) => string): PublishableImages {
  const imagesDir = join(contentDir, "images");
  const listed = listContentFiles(imagesDir, { contentDir, display, wanted: () => true });
  return { files: listed.files.map((file) => relative(imagesDir, file).split(sep).join("/")), issues: listed.issues };
}
