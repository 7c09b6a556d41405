import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { mkdirSync, statSync, symlinkSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { describe, it } from "node:test";
import { listContentFiles, refusedContentLinks } from "../../src/content/content-files.ts";
import { displayPath } from "../../src/display-path.ts";
import { tempDir, writeFiles } from "../helpers/site.ts";

function list(content: string, dir: string, wanted = (name: string) => name.endsWith(".md")) {
  const result = listContentFiles(join(content, dir), { contentDir: content, wanted, display: (path) => displayPath(path, dirname(content)) });
  return {
    files: result.files.map((file) => displayPath(file, dirname(content))),
    issues: result.issues.map((issue) => `${issue.file}  ${issue.message}`),
  };
}

describe("listing content files", () => {
  it("refuses a linked file or folder that resolves outside content/, naming the link", () => {
    const root = tempDir("links");
    const content = join(root, "content");
    writeFiles(root, { "outside/story.md": "x", "outside/folder/inner.md": "x", "content/articles/own.md": "x" });
    symlinkSync(join(root, "outside/story.md"), join(content, "articles/linked.md"));
    symlinkSync(join(root, "outside/folder"), join(content, "articles/folder"));
    const result = list(content, "articles");
    assert.deepEqual(result.files, ["content/articles/own.md"]);
    assert.deepEqual(result.issues, [
      `content/articles/folder  is a link to ${join(root, "outside/folder")}, outside content/. Annals reads and publishes only files inside content/: copy the folder in instead of linking to it.`,
      `content/articles/linked.md  is a link to ${join(root, "outside/story.md")}, outside content/. Annals reads and publishes only files inside content/: copy the file in instead of linking to it.`,
    ]);
  });

  it("refuses /etc/passwd behind an image's name", () => {
    const content = join(tempDir("passwd"), "content");
    mkdirSync(join(content, "images"), { recursive: true });
    symlinkSync("/etc/passwd", join(content, "images/photo.jpg"));
    const result = list(content, "images", () => true);
    assert.deepEqual(result.files, []);
    assert.match(result.issues[0] ?? "", /^content\/images\/photo\.jpg {2}is a link to \/etc\/passwd, outside content\//);
  });

  it("follows links that stay inside content/ and stops one that loops back", () => {
    const content = join(tempDir("inside"), "content");
    writeFiles(content, { "shared/story.md": "x" });
    mkdirSync(join(content, "articles"));
    symlinkSync(join(content, "shared/story.md"), join(content, "articles/story.md"));
    symlinkSync("..", join(content, "articles/up"));
    const result = list(content, "articles");
    assert.deepEqual(result.files, ["content/articles/story.md"]);
    assert.deepEqual(result.issues, ["content/articles/up  is a link back to content, a folder that contains it. Delete the link."]);
    // A linked file's stamp is that of the file it leads to, as a stat of the link gives.
    const linked = join(content, "articles/story.md");
    const { mtimeMs, size } = statSync(linked);
    assert.deepEqual(listContentFiles(join(content, "articles"), { contentDir: content, wanted: () => true, display: (path) => path }).stamps.get(linked), { mtimeMs, size });
  });

  it("reports a dangling .md link and a non-file, and walks a folder named x.md as a folder", () => {
    const content = join(tempDir("odd"), "content");
    writeFiles(content, { "articles/x.md/inner.md": "x" });
    symlinkSync("nowhere.md", join(content, "articles/dangling.md"));
    symlinkSync(join(content, "articles/x.md"), join(content, "articles/folder-link.md"));
    // Reading a pipe would wait for ever.
    execFileSync("mkfifo", [join(content, "articles/pipe.md")]);
    const result = list(content, "articles");
    assert.deepEqual(result.files, ["content/articles/folder-link.md/inner.md", "content/articles/x.md/inner.md"]);
    assert.deepEqual(result.issues, [
      "content/articles/dangling.md  is a link to nothing (ENOENT). Delete the link, or point it at a file inside content/.",
      "content/articles/pipe.md  is not a regular file (a pipe, socket or device). Replace it with a text file.",
    ]);
  });

  it("skips editors' lock, swap and backup files and hidden folders, but reads other odd names", () => {
    const content = join(tempDir("editors"), "content");
    writeFiles(content, {
      "articles/story.md": "x",
      "articles/x.md~": "x",
      "articles/.x.md.swp": "x",
      "articles/.x.md.swo": "x",
      "articles/#x.md#": "x",
      "articles/._x.md": "x",
      "articles/.git/HEAD.md": "x",
      "articles/...md": "x",
    });
    // Emacs's lock: a link to user@host.pid, which does not exist.
    symlinkSync("editor@host.1234:1700000000", join(content, "articles/.#story.md"));
    writeFileSync(join(content, "articles/.DS_Store"), "x");
    const result = list(content, "articles", () => true);
    assert.deepEqual(result.files, ["content/articles/...md", "content/articles/story.md"]);
    assert.deepEqual(result.issues, []);
  });
});

describe("links elsewhere in content/", () => {
  it("a page, a data file or an image that leads out of content/ is refused; the articles folder is left to its own walk", () => {
    const root = tempDir("pages");
    const content = join(root, "content");
    writeFiles(root, { "outside/site.yaml": "title: x", "content/articles/own.md": "x", "content/images/own.jpg": "x", "content/_data/sources.yaml": "[]" });
    symlinkSync("/etc/passwd", join(content, "about.md"));
    symlinkSync(join(root, "outside/site.yaml"), join(content, "_data/site.yaml"));
    symlinkSync("/etc/passwd", join(content, "images/passwd.jpg"));
    symlinkSync("/etc/passwd", join(content, "articles/passwd.md"));
    const issues = refusedContentLinks(content, (path) => displayPath(path, root), [join(content, "articles")]);
    assert.deepEqual(
      issues.map((issue) => issue.file),
      ["content/_data/site.yaml", "content/about.md", "content/images/passwd.jpg"],
    );
  });
});
