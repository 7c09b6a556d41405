// How files are named in errors and reports: relative to the project, with forward slashes.
import assert from "node:assert/strict";
import { join } from "node:path";
import { describe, it } from "node:test";
import { displayPath, displayPathsFrom } from "../../src/display-path.ts";

describe("a file's name in a report", () => {
  it("is the same whether each folder's part is made once or every name is made whole", () => {
    const root = "/work/project";
    const display = displayPathsFrom(root);
    const paths = [
      join(root, "content/articles/2021/07/story.md"),
      join(root, "content/articles/2021/07/another.md"),
      join(root, "site.yaml"),
      "/tmp/archive/articles/2021/07/story.md",
      "/work/project-other/story.md",
      "relative/story.md",
    ];
    for (const path of paths) assert.equal(display(path), displayPath(path, root), path);
    assert.equal(display(join(root, "content/articles/2021/07/story.md")), "content/articles/2021/07/story.md");
    assert.equal(display(join(root, "site.yaml")), "site.yaml");
    assert.equal(display("/tmp/archive/articles/story.md"), displayPath("/tmp/archive/articles/story.md", root));
  });
});
