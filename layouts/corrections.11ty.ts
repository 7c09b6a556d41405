// /corrections/: every correction the archive has published, newest first, with its feed.
import type { CorrectionNotice } from "../src/collections/corrections.ts";
import { html } from "../src/html.ts";
import { localize } from "../src/messages/localize.ts";
import { collectionMeta } from "../src/seo/page-meta.ts";
import type { SiteSettings } from "../src/types.ts";
import { urls } from "../src/urls.ts";
import { renderPage } from "./base.11ty.ts";
import { homeCrumb, name, time } from "./components.ts";

interface CorrectionsData {
  site: SiteSettings;
  notices: readonly CorrectionNotice[];
}

export function render({ site, notices }: CorrectionsData): string {
  const ui = localize(site);
  const title = ui.text("nav.corrections");
  const description = ui.text("corrections.description");
  const feed = { title: ui.text("feed.subject", { site: site.title, name: title }), base: urls.corrections };
  const main = html`<h1>${title}</h1>
<p>${description} <a href="${urls.corrections}feed.xml">${ui.text("feed.follow")}</a>.</p>
${notices.length === 0
    ? html`<p class="empty">${ui.text("corrections.empty")}</p>`
    : html`<ol class="corrections-list">${notices.map(
        ({ article, correction }) => html`<li><p>${time(ui, correction.date)}: <a href="${article.url}"${article.lang ? html` lang="${article.lang}" dir="${article.dir}"` : ""}>${article.title}</a> <span class="source">(${name(article.source.name)}${ui.text("list.separator")}${time(ui, article.date)})</span></p><p>${correction.text}</p></li>`,
      )}</ol>`}`;
  const meta = { ...collectionMeta(site, { url: urls.corrections, name: title, description }, [homeCrumb(ui)]), feed };
  return renderPage({ site, title, description, url: urls.corrections, main, meta });
}
