// Atom and JSON feeds: /feed.xml and /feed.json, and the same below every entity,
// source and tag page (/people/<slug>/feed.xml, ...).
import type { FeedSpec } from "../src/feeds/feed-specs.ts";
import { renderAtom } from "../src/feeds/atom.ts";
import { renderJsonFeed } from "../src/feeds/json-feed.ts";
import type { SiteSettings } from "../src/types.ts";

interface FeedData {
  site: SiteSettings;
  feed: FeedSpec;
}

const feedTemplate = (file: string, render: (site: SiteSettings, feed: FeedSpec) => Promise<string>) => ({
  data: {
    layout: false,
    eleventyExcludeFromCollections: true,
    pagination: { data: "archive.pages.feeds", size: 1, alias: "feed" },
    permalink: (data: FeedData) => `${data.feed.base}${file}`,
  },
  render: (data: FeedData) => render(data.site, data.feed),
});

export const atom = feedTemplate("feed.xml", renderAtom);
export const json = feedTemplate("feed.json", renderJsonFeed);
