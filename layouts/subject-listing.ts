// A paginated listing of one subject's articles (a source, a tag), with breadcrumbs,
// metadata and feeds: the parts those pages share, so each template says only what differs.
import type { Crumb, Listing } from "../src/archive-pages.ts";
import { html, type SafeHtml } from "../src/html.ts";
import { collectionMeta } from "../src/seo/page-meta.ts";
import type { SiteSettings } from "../src/types.ts";
import { urls } from "../src/urls.ts";
import { renderPage } from "./base.11ty.ts";
import { breadcrumbs, listingMain, listingTitle } from "./components.ts";

export interface SubjectListing<S> {
  /** The index page this subject belongs to. */
  section: Crumb;
  name(subject: S): string;
  heading(subject: S): string;
  description(subject: S): string;
  intro(subject: S): SafeHtml;
  /** The subject's page, below which its feeds live. */
  base(subject: S): string;
}

interface ListingData<S> {
  site: SiteSettings;
  listing: Listing<S>;
}

export function subjectListingTemplate<S>(spec: SubjectListing<S>) {
  return {
    render({ site, listing }: ListingData<S>): string {
      const subject = listing.subject;
      const title = listingTitle(listing, spec.heading(subject));
      const description = spec.description(subject);
      const crumbs = [{ label: "Home", url: urls.home }, spec.section];
      const feed = { title: `${site.title}: ${spec.name(subject)}`, base: spec.base(subject) };
      return renderPage({
        site,
        title,
        description,
        url: listing.url,
        main: html`${breadcrumbs(crumbs)}
${listingMain(listing, spec.heading(subject), spec.intro(subject))}`,
        meta: collectionMeta(site, { url: listing.url, name: title, description }, crumbs, feed),
      });
    },
  };
}
