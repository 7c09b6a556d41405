// A paginated listing of one subject's articles (a source, a tag), with breadcrumbs,
// metadata and feeds: the parts those pages share, so each template says only what differs.
// The first address shows the subject's summary (counts); older pages, which a new story
// never changes, show only what the subject is, and lead back to its first address.
import type { Crumb, Listing } from "../src/archive-pages.ts";
import { html, type SafeHtml } from "../src/html.ts";
import { collectionMeta } from "../src/seo/page-meta.ts";
import { localize, type Localizer } from "../src/messages/localize.ts";
import type { SiteSettings } from "../src/types.ts";
import { renderPage } from "./base.11ty.ts";
import { breadcrumbs, homeCrumb, listingMain, listingTitle, searchForm, type SearchFormOptions } from "./components.ts";

export interface SubjectListing<Subject, Summary> {
  /** The index page this subject belongs to. */
  section(ui: Localizer): Crumb;
  name(subject: Subject): string;
  heading(ui: Localizer, subject: Subject): string;
  /** The page's description; `summary` only on the first address. */
  description(ui: Localizer, subject: Subject, summary?: Summary): string;
  /** What stands below the heading of the first address. */
  intro(ui: Localizer, subject: Subject, summary: Summary): SafeHtml;
  /** The subject's page, below which its feeds live. */
  base(subject: Subject): string;
  /** "Search within": the search box of every page of the listing, narrowed to the subject. */
  searchWithin(ui: Localizer, subject: Subject): Pick<SearchFormOptions, "label" | "landmark" | "filters">;
}

interface ListingData<Subject, Summary> {
  site: SiteSettings;
  listing: Listing<Subject, Summary>;
}

export function subjectListingTemplate<Subject, Summary>(spec: SubjectListing<Subject, Summary>) {
  return {
    render({ site, listing }: ListingData<Subject, Summary>): string {
      const ui = localize(site);
      const { subject, summary } = listing;
      const heading = spec.heading(ui, subject);
      const title = listingTitle(ui, listing, heading);
      const description = spec.description(ui, subject, summary);
      const crumbs = [homeCrumb(ui), spec.section(ui), ...(listing.first ? [] : [{ label: spec.name(subject), url: spec.base(subject) }])];
      const feed = { title: ui.text("feed.subject", { site: site.title, name: spec.name(subject) }), base: spec.base(subject) };
      return renderPage({
        site,
        title,
        description,
        url: listing.url,
        main: html`${breadcrumbs(ui, crumbs)}
${listingMain(ui, listing, heading, html`${summary ? spec.intro(ui, subject, summary) : ""}${searchForm(ui, { id: "listing-search", ...spec.searchWithin(ui, subject) })}`)}`,
        meta: collectionMeta(site, { url: listing.url, name: title, description }, crumbs, feed),
      });
    },
  };
}
