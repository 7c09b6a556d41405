import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { parseStory, proposedTitle } from "../../src/authoring/import/parse-story.ts";
import { storyDate } from "../../src/authoring/import/story-date.ts";

describe("storyDate", () => {
  it("reads the date lines English-language news sites print", () => {
    const forms = [
      "July 28, 2021",
      "Jul 28, 2021",
      "Jul. 28, 2021",
      "28 July 2021",
      "28 Jul 2021",
      "Wednesday, July 28, 2021",
      "Wed, Jul 28, 2021 10:45 AM",
      "Published July 28, 2021",
      "Updated: 28 July 2021 - 14:30 GMT",
      "July 28th, 2021",
      "2021-07-28",
    ];
    for (const form of forms) assert.equal(storyDate(form), "2021-07-28", form);
    assert.equal(storyDate("Sept. 3, 2019"), "2019-09-03");
  });

  it("takes no sentence or impossible day for a date", () => {
    assert.equal(storyDate("Officials met on July 28, 2021 in Erbil."), undefined);
    assert.equal(storyDate("February 30, 2021"), undefined);
    assert.equal(storyDate(""), undefined);
  });
});

describe("parseStory", () => {
  const text = [
    "Protesters gather in Tahrir Square in Baghdad, Iraq, October 25, 2019. (AFP / Ahmad al-Rubaye)",
    "October 25, 2019",
    "First paragraph of the story. It goes on.",
    "Second paragraph — with a “quote”.",
    "About The National",
    "The National is a newspaper published in Abu Dhabi.",
  ].join("\r\n\r\n");

  it("finds the caption and its credit, the date, the body, and drops the About block", () => {
    const story = parseStory(`\uFEFF${text}`);
    assert.deepEqual(story.caption, {
      caption: "Protesters gather in Tahrir Square in Baghdad, Iraq, October 25, 2019.",
      credit: "AFP / Ahmad al-Rubaye",
      alt: "Protesters gather in Tahrir Square in Baghdad, Iraq",
    });
    assert.equal(story.date, "2019-10-25");
    assert.deepEqual(story.paragraphs, ["First paragraph of the story. It goes on.", "Second paragraph — with a “quote”."]);
    assert.equal(story.aboutSite, "The National");
  });

  it("keeps a paragraph that merely ends in brackets, and an early 'About' sentence", () => {
    const story = parseStory("About 200 people marched on Friday (witnesses said)\n\nJuly 2, 2021\n\nA second paragraph.");
    assert.equal(story.caption, undefined);
    assert.equal(story.aboutSite, undefined);
    assert.deepEqual(story.paragraphs, ["About 200 people marched on Friday (witnesses said)", "A second paragraph."]);
  });

  it("proposes a title from the first sentence, cut at a word when long", () => {
    assert.equal(proposedTitle(["Iraq votes on Sunday. More follows."]), "Iraq votes on Sunday");
    const long = proposedTitle([`${"word ".repeat(40)}end.`]) ?? "";
    assert.ok(long.length <= 101 && long.endsWith("word…"), long);
  });
});
