// The addresses of a site's own pages, as `npm run check` finds them without Eleventy:
// Eleventy's default for each page file, or its plain `permalink:`.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { hostedPageAddresses } from "../../src/content/hosted-addresses.ts";
import { makeContent } from "../helpers/site.ts";

describe("the addresses of a site's own pages", () => {
  it("are Eleventy's defaults or a page's plain permalink; articles, data and drafts of pages with no address are not pages", () => {
    const content = makeContent({
      "about.md": "---\ntitle: About\n---\nAbout.\n",
      "index.md": "---\ntitle: Home of the press kit\n---\n",
      "press/kit.md": "---\ntitle: Press kit\n---\n",
      "corrections-policy.md": "---\ntitle: Corrections\npermalink: /policies/corrections/\n---\n",
      "unpublished.md": "---\ntitle: Not a page\npermalink: false\n---\n",
      "colophon.11ty.ts": "export const render = () => '';\n",
      "articles/2021/07/story.md": "---\ntitle: A story\n---\n",
      "_data/notes.md": "not a page",
      "images/readme.md": "not a page",
    });
    assert.deepEqual(hostedPageAddresses(content).sort(), ["/", "/about/", "/colophon/", "/policies/corrections/", "/press/kit/"]);
  });
});
