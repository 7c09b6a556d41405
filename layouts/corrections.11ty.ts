// /corrections/: every correction the archive has published, newest first, with its feed.
import type { CorrectionNotice } from "../src/collections/corrections.ts";
import { html } from "../src/html.ts";
import { collectionMeta } from "../src/seo/page-meta.ts";
import type { SiteSettings } from "../src/types.ts";
import { urls } from "../src/urls.ts";
import { renderPage } from "./base.11ty.ts";
import { time } from "./components.ts";

interface CorrectionsData {
  site: SiteSettings;
  notices: readonly CorrectionNotice[];
}

export function render({ site, notices }: CorrectionsData): string {
  const title = "Corrections";
  const description = "Stories corrected after they were published, the newest correction first.";
  const feed = { title: `${site.title}: Corrections`, base: urls.corrections };
  const main = html`<h1>${title}</h1>
<p>${description} <a href="${urls.corrections}feed.xml">Follow them as a feed</a>.</p>
${notices.length === 0
    ? html`<p class="empty">No story has been corrected.</p>`
    : html`<ol class="corrections-list">${notices.map(
        ({ article, correction }) => html`<li><p>${time(correction.date)}: <a href="${article.url}">${article.title}</a> <span class="source">(${article.source.name}, ${time(article.date)})</span></p><p>${correction.text}</p></li>`,
      )}</ol>`}`;
  const meta = { ...collectionMeta(site, { url: urls.corrections, name: title, description }, [{ label: "Home", url: urls.home }]), feed };
  return renderPage({ site, title, description, url: urls.corrections, main, meta });
}
