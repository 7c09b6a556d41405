import assert from "node:assert/strict";
import { before, describe, it } from "node:test";
import { buildFixture, text, type BuiltSite } from "../helpers/site.ts";

let site: BuiltSite;
before(async () => {
  site = await buildFixture("browse");
  assert.ok(site.result.ok, JSON.stringify(site.result.issues));
});

const cardTitles = (url: string) => site.page(url).querySelectorAll(".card-title").map(text);
const countList = (url: string) => site.page(url).querySelectorAll(".count-list li").map((li) => text(li));

describe("entity pages", () => {
  it("gathers every alias and spelling of a name on the one canonical page", () => {
    // a1 says Al-Sadr, a2 al Sadr, a3 Moqtada Al-Ṣadr, a6 Muqtada al-Sadr.
    const all = [...cardTitles("/people/moqtada-al-sadr/"), ...cardTitles("/people/moqtada-al-sadr/pages/1/")];
    assert.deepEqual(all, ["A6", "A3", "A2", "A1"]);
    const daesh = cardTitles("/organizations/daesh/");
    assert.deepEqual(daesh, ["A6", "A2", "A1"], "ISIS and Islamic State land on Daesh");
    assert.equal(site.exists("/people/al-sadr/"), false);
    assert.equal(site.exists("/organizations/isis/"), false);
  });

  it("shows the name, type, description, aliases, links, count and first and latest mention", () => {
    const page = site.page("/people/moqtada-al-sadr/");
    assert.equal(text(page.querySelector("h1")), "Moqtada Al-Sadr");
    assert.equal(text(page.querySelector(".description")), "Iraqi Shiite cleric.");
    const facts = Object.fromEntries(page.querySelectorAll(".facts > div").map((row) => [text(row.querySelector("dt")), text(row.querySelector("dd"))]));
    assert.deepEqual(facts, {
      Type: "Person",
      "Also known as": "Muqtada al-Sadr, Al-Sadr",
      Articles: "4 articles",
      "First mentioned": "January 10, 2021",
      "Latest mention": "May 5, 2022",
      Links: "en.wikipedia.org",
    });
    assert.equal(page.querySelector(".facts a")?.getAttribute("href"), "https://en.wikipedia.org/wiki/Muqtada_al-Sadr");
  });

  it("paginates an entity's articles newest first, older pages numbered from the oldest", () => {
    assert.deepEqual(cardTitles("/people/moqtada-al-sadr/"), ["A6", "A3"]);
    assert.deepEqual(cardTitles("/people/moqtada-al-sadr/pages/1/"), ["A2", "A1"]);
    const first = site.page("/people/moqtada-al-sadr/");
    assert.equal(first.querySelector('a[rel="next"]')?.getAttribute("href"), "/people/moqtada-al-sadr/pages/1/");
    assert.equal(text(first.querySelector(".pagination span")), "Newest stories, 2 pages in all");
    assert.equal(site.exists("/people/moqtada-al-sadr/pages/2/"), false);
  });

  it("shows on an older page only what a new story cannot change, with its dates and the way back", () => {
    const older = site.page("/people/moqtada-al-sadr/pages/1/");
    assert.equal(text(older.querySelector("h1")), "Moqtada Al-Sadr, page 1");
    assert.equal(older.querySelector(".facts"), null, "no counts or latest mention");
    assert.equal(older.querySelector(".co-mentions"), null);
    assert.equal(older.querySelector('a[rel="prev"]')?.getAttribute("href"), "/people/moqtada-al-sadr/");
    assert.equal(older.querySelector('a[rel="next"]'), null);
    assert.match(text(older.querySelector(".pagination span")), /^Page 1: .+ to .+$/);
    assert.equal(older.querySelectorAll(".breadcrumbs a").at(-1)?.getAttribute("href"), "/people/moqtada-al-sadr/");
  });

  it("lists the entities most often named alongside, with counts", () => {
    assert.deepEqual(
      site.page("/people/moqtada-al-sadr/").querySelectorAll(".co-mentions li").map(text),
      ["Iraq 4 articles", "Daesh 3 articles", "Mosul 2 articles", "Baghdad 1 article", "Saraya al-Salam 1 article"],
    );
  });

  it("gives an entity missing from the registry its own page, typed by the list it came from", () => {
    const page = site.page("/organizations/saraya-al-salam/");
    assert.equal(text(page.querySelector("h1")), "Saraya al-Salam");
    assert.equal(text(page.querySelector(".facts dd")), "Organization");
  });

  it("gives names that would share a URL distinct, stable slugs", () => {
    assert.deepEqual(cardTitles("/organizations/opec/"), ["A4"]);
    assert.deepEqual(cardTitles("/organizations/opec-plus/"), ["A5"]);
    const names = ["/organizations/at-and-t/", "/organizations/at-and-t-b13ca9/"].map((url) => text(site.page(url).querySelector("h1")));
    assert.deepEqual(names.sort(), ["AT and T", "AT&T"]);
  });
});

describe("entity index pages", () => {
  it("lists every entity of a type by name, with counts and an A-Z jump", () => {
    const page = site.page("/organizations/");
    assert.deepEqual(page.querySelectorAll(".jump a").map(text), ["A", "D", "O", "S"]);
    assert.equal(page.querySelector(".jump a")?.getAttribute("href"), "#letter-a");
    assert.ok(page.querySelector("#letter-a"));
    assert.deepEqual(countList("/organizations/"), ["AT and T 1 article", "AT&T 1 article", "Daesh 3 articles", "OPEC 1 article", "OPEC+ 1 article", "Saraya al-Salam 1 article"]);
  });

  it("sorts by number of articles on its own page", () => {
    assert.deepEqual(countList("/places/by-count/"), ["Iraq 6 articles", "Mosul 2 articles", "Baghdad 1 article"]);
    assert.equal(site.page("/places/by-count/").querySelector(".sort-switch a")?.getAttribute("href"), "/places/");
  });

  it("gives an overview of all three types at /entities/", () => {
    const page = site.page("/entities/");
    assert.deepEqual(page.querySelectorAll("h2").map(text), ["People 1", "Organizations 6", "Places 3"]);
  });
});

describe("sources, tags and dates", () => {
  it("lists sources with counts and paginates each source's articles", () => {
    assert.deepEqual(
      site.page("/sources/").querySelectorAll(".count-list li").map((li) => `${text(li.querySelector("a"))} ${text(li.querySelector(".count"))}`),
      ["AFP 4 articles", "Reuters 2 articles"],
    );
    assert.deepEqual(cardTitles("/sources/afp/"), ["A6", "A5"]);
    assert.deepEqual(cardTitles("/sources/afp/pages/1/"), ["A3", "A1"]);
    const intro = site.page("/sources/afp/");
    assert.equal(text(intro.querySelector(".description")), "Agence France-Presse.");
    assert.equal(intro.querySelector('.listing-header a[rel="external noopener"]')?.getAttribute("href"), "https://www.afp.com");
  });

  it("lists tags and paginates each tag's articles", () => {
    assert.deepEqual(countList("/tags/"), ["militias 3 articles"]);
    // Three stories at two a page: one page, until a fourth fills a second.
    assert.deepEqual(cardTitles("/tags/militias/"), ["A6", "A3", "A1"]);
    assert.equal(site.exists("/tags/militias/pages/1/"), false);
  });

  it("counts articles per month on the year page", () => {
    assert.deepEqual(countList("/2021/"), ["January 2 articles", "February 1 article", "March 2 articles"]);
    assert.equal(site.page("/2021/").querySelector(".count-list a")?.getAttribute("href"), "/2021/01/");
  });

  it("draws the year's months as a chart with a text summary", () => {
    const chart = site.page("/2021/").querySelector("figure.year-chart svg");
    assert.equal(chart?.getAttribute("role"), "img");
    assert.equal(text(chart?.querySelector("title")), "5 articles in 2021; most in January (2).");
    assert.equal(chart?.querySelectorAll("rect").length, 3, "a bar for each month with articles");
  });

  it("draws an entity's timeline with its data as text", () => {
    const figure = site.page("/places/iraq/").querySelector("figure.timeline");
    assert.equal(text(figure?.querySelector("svg > title")), "6 articles naming Iraq, 2021 to 2022; most in January 2021 (2).");
    // January 2021 to May 2022: seventeen months, four of them with articles.
    assert.equal(figure?.querySelector("svg")?.getAttribute("viewBox"), `0 0 ${17 * 8 - 2} 60`);
    assert.equal(figure?.querySelectorAll("rect").length, 4);
    assert.deepEqual(figure?.querySelectorAll(".chart-data li").map(text), ["2021: January (2), February (1), March (2)", "2022: May (1)"]);
  });

  it("lists a month's articles newest first", () => {
    assert.deepEqual(cardTitles("/2021/01/"), ["A2", "A1"]);
    assert.equal(text(site.page("/2021/03/").querySelector("h1")), "March 2021");
  });

  it("gives an archive overview of every year and month, linked from the header", () => {
    const page = site.page("/archive/");
    assert.deepEqual(page.querySelectorAll("h2").map(text), ["2022 1 article", "2021 5 articles"]);
    assert.ok(site.page("/").querySelectorAll(".site-nav a").some((a) => a.getAttribute("href") === "/archive/"));
  });
});

describe("article page additions", () => {
  it("links the older and newer article by date", () => {
    const nav = site.page("/2021/02/05/a3/").querySelector(".older-newer");
    assert.equal(nav?.querySelector('a[rel="prev"]')?.getAttribute("href"), "/2021/01/20/a2/");
    assert.equal(nav?.querySelector('a[rel="next"]')?.getAttribute("href"), "/2021/03/01/a4/");
  });

  it("shows breadcrumbs Home > year > month", () => {
    const crumbs = site.page("/2021/02/05/a3/").querySelectorAll(".breadcrumbs a");
    assert.deepEqual(crumbs.map((a) => [text(a), a.getAttribute("href")]), [
      ["Home", "/"],
      ["2021", "/2021/"],
      ["February", "/2021/02/"],
    ]);
  });

  it("ranks related articles by shared entities, a rare one counting more, ties by closeness in date", () => {
    // Worked by hand: a6 shares the rare Mosul with a1, so it beats a2 despite being a year away;
    // a4 and a5 share only Iraq (in every article) and a4 is a day closer to a1.
    const related = (url: string) => site.page(url).querySelectorAll(".related .card-title").map(text);
    assert.deepEqual(related("/2021/01/10/a1/"), ["A6", "A2", "A3", "A4", "A5"]);
    // a1, a2 and a6 all share Sadr and Iraq with a3: the closest in date comes first.
    assert.deepEqual(related("/2021/02/05/a3/"), ["A2", "A1", "A6", "A4", "A5"]);
  });
});
