// A paginated listing of one subject's articles (a source, a tag), with breadcrumbs,
// metadata and feeds: the parts those pages share, so each template says only what differs.
// The first address shows the subject's summary (counts); older pages, which a new story
// never changes, show only what the subject is, and lead back to its first address.
import type { Crumb, Listing } from "../src/archive-pages.ts";
import { html, type SafeHtml } from "../src/html.ts";
import { collectionMeta } from "../src/seo/page-meta.ts";
import type { SiteSettings } from "../src/types.ts";
import { urls } from "../src/urls.ts";
import { renderPage } from "./base.11ty.ts";
import { breadcrumbs, listingMain, listingTitle, searchForm, type SearchFormOptions } from "./components.ts";

export interface SubjectListing<Subject, Summary> {
  /** The index page this subject belongs to. */
  section: Crumb;
  name(subject: Subject): string;
  heading(subject: Subject): string;
  /** The page's description; `summary` only on the first address. */
  description(subject: Subject, summary?: Summary): string;
  /** What stands below the heading of the first address. */
  intro(subject: Subject, summary: Summary): SafeHtml;
  /** The subject's page, below which its feeds live. */
  base(subject: Subject): string;
  /** "Search within": the search box of every page of the listing, narrowed to the subject. */
  searchWithin(subject: Subject): Pick<SearchFormOptions, "label" | "landmark" | "filters">;
}

interface ListingData<Subject, Summary> {
  site: SiteSettings;
  listing: Listing<Subject, Summary>;
}

export function subjectListingTemplate<Subject, Summary>(spec: SubjectListing<Subject, Summary>) {
  return {
    render({ site, listing }: ListingData<Subject, Summary>): string {
      const { subject, summary } = listing;
      const title = listingTitle(listing, spec.heading(subject));
      const description = spec.description(subject, summary);
      const crumbs = [{ label: "Home", url: urls.home }, spec.section, ...(listing.first ? [] : [{ label: spec.name(subject), url: spec.base(subject) }])];
      const feed = { title: `${site.title}: ${spec.name(subject)}`, base: spec.base(subject) };
      return renderPage({
        site,
        title,
        description,
        url: listing.url,
        main: html`${breadcrumbs(crumbs)}
${listingMain(listing, spec.heading(subject), html`${summary ? spec.intro(subject, summary) : ""}${searchForm({ id: "listing-search", ...spec.searchWithin(subject) })}`)}`,
        meta: collectionMeta(site, { url: listing.url, name: title, description }, crumbs, feed),
      });
    },
  };
}
