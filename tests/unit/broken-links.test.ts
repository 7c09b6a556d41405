// Links inside the site that lead nowhere, found in a story's body: which links count as
// inside the site, which addresses the site has, what is suggested, and at which line.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { createMarkdown, renderMarkdown } from "../../src/markdown.ts";
import { brokenLinkWarnings, sitePathOf } from "../../src/model/broken-links.ts";
import { SiteAddresses } from "../../src/model/site-addresses.ts";

const SITE = { url: "https://news.example.org", pathPrefix: "/" };
const ADDRESSES = new SiteAddresses(
  ["/", "/2021/07/28/militias-welcome-end/", "/2021/07/", "/2021/", "/people/", "/people/moqtada-al-sadr/", "/feed.xml", "/tags/oil/feed.json", "/about/", "/search/"],
  ["/news/iraq/old-slug/", "/?p=102"],
);
const linksOf = (body: string) => renderMarkdown(createMarkdown({ allowHtml: false }), body).links;

describe("a link inside the site", () => {
  it("is a root-relative link or an absolute one to the site's own url, read without query or fragment", () => {
    assert.equal(sitePathOf("/2021/07/", SITE), "/2021/07/");
    assert.equal(sitePathOf("/search/?q=oil#results", SITE), "/search/");
    assert.equal(sitePathOf("https://news.example.org/people/", SITE), "/people/");
    assert.equal(sitePathOf("http://NEWS.example.org/people/", SITE), "/people/");
    assert.equal(sitePathOf("//news.example.org/feed.xml", SITE), "/feed.xml");
    assert.equal(sitePathOf("/2021/07/%D8%B9%D8%B1%D8%A7%D9%82/", SITE), "/2021/07/عراق/");
  });

  it("is not a link to another site, a relative link, an anchor or another scheme", () => {
    for (const href of ["https://other.example.org/people/", "../people/", "people/", "#notes", "mailto:desk@news.example.org", "//other.example.org/x/"]) {
      assert.equal(sitePathOf(href, SITE), undefined, href);
    }
  });

  it("is below the path prefix when the site is built under one", () => {
    const prefixed = { ...SITE, pathPrefix: "/archive/" };
    assert.equal(sitePathOf("https://news.example.org/archive/2021/", prefixed), "/2021/");
    assert.equal(sitePathOf("https://news.example.org/shop/", prefixed), undefined, "another part of the same host");
    assert.equal(sitePathOf("/2021/", prefixed), "/2021/", "bodies link site paths; the writer adds the prefix");
  });
});

describe("the site's addresses", () => {
  it("hold every page, feed and old address, however the trailing slash or index.html is written", () => {
    for (const path of ["/2021/07/28/militias-welcome-end/", "/2021/07/28/militias-welcome-end", "/2021/07/28/militias-welcome-end/index.html", "/tags/oil/feed.json", "/", "/news/iraq/old-slug", "/News/Iraq/Old-Slug/", "/?p=102"]) {
      assert.equal(ADDRESSES.has(path), true, path);
    }
  });

  it("hold anything under /images/, published as it is from content/images/", () => {
    assert.equal(ADDRESSES.has("/images/taji-handover.jpg"), true);
  });

  it("suggest the page with the same slug for an old scheme, the nearest for a typo, nothing when none is close", () => {
    assert.equal(ADDRESSES.nearest("/articles/2021/militias-welcome-end/"), "/2021/07/28/militias-welcome-end/");
    assert.equal(ADDRESSES.nearest("/peopel/moqtada-al-sadr/"), "/people/moqtada-al-sadr/");
    assert.equal(ADDRESSES.nearest("/2021/07/28/a-story-never-written/"), undefined);
  });
});

describe("a story's links", () => {
  it("are read with their line in the body: in paragraphs, tables, lists, reference links and bare addresses", () => {
    const body = ["First [a](/a/) and", "then [b](/b/).", "", "| h |", "|---|", "| [c](/c/) |", "", "- [d][ref]", "", "See https://news.example.org/e/", "", "[ref]: /d/", ""].join("\n");
    assert.deepEqual(linksOf(body), [
      { href: "/a/", line: 0 },
      { href: "/b/", line: 1 },
      { href: "/c/", line: 5 },
      { href: "/d/", line: 7 },
      { href: "https://news.example.org/e/", line: 9 },
    ]);
  });

  it("that lead nowhere are warnings naming the file, the line and the address, with the nearest page", () => {
    const story = { file: "content/articles/2022/01/x.md", draft: false, links: [
      { href: "/2021/07/28/militias-welcome-end/", line: 8 },
      { href: "/articles/2021/militias-welcome-end/", line: 9 },
      { href: "https://news.example.org/2021/07/28/a-story-since-deleted/", line: 12 },
      { href: "https://elsewhere.example.com/nothing/", line: 13 },
      { href: "/images/photo.jpg", line: 14 },
    ] };
    assert.deepEqual(brokenLinkWarnings([story], ADDRESSES, SITE), [
      {
        severity: "warning",
        file: "content/articles/2022/01/x.md",
        line: 9,
        field: "",
        message: "links to /articles/2021/militias-welcome-end/, an address this site does not have: no page, feed or image is published there. Did you mean /2021/07/28/militias-welcome-end/? Fix the link or remove it.",
      },
      {
        severity: "warning",
        file: "content/articles/2022/01/x.md",
        line: 12,
        field: "",
        message: "links to https://news.example.org/2021/07/28/a-story-since-deleted/ (/2021/07/28/a-story-since-deleted/ on this site), an address this site does not have: no page, feed or image is published there. Fix the link or remove it.",
      },
    ]);
  });

  it("to a draft are a warning from a published story, not from another draft", () => {
    const drafts = new Map([["/2022/02/01/coming-soon/", "content/articles/2022/02/coming-soon.md"]]);
    const link = { href: "/2022/02/01/coming-soon/", line: 5 };
    const [warning] = brokenLinkWarnings([{ file: "content/articles/2022/01/x.md", draft: false, links: [link] }], ADDRESSES, SITE, { drafts });
    assert.equal(warning?.message, "links to /2022/02/01/coming-soon/, the address of a draft (content/articles/2022/02/coming-soon.md), which a build does not publish. Publish that story first, or remove the link.");
    assert.deepEqual(brokenLinkWarnings([{ file: "content/articles/2022/01/y.md", draft: true, links: [link] }], ADDRESSES, SITE, { drafts }), []);
  });
});
