// The peer in `npm run bench`: the site a user would assemble from Eleventy and
// Pagefind's CLI without Annals, of the same shape as an Annals archive: an article page
// per story (with the same search filters and sort), a page per person, organisation and
// place listing its stories, and a page per year. Plain JavaScript templates, the way
// Eleventy's docs show them; the index is built afterwards with `pagefind --site`.
const SECTIONS = { people: "person", organizations: "organization", places: "place" };

const slug = (text) => String(text).normalize("NFKD").replace(/[\u0300-\u036f]/g, "").toLowerCase().replace(/[^\p{L}\p{N}]+/gu, "-").replace(/^-|-$/g, "");
const escape = (text) => String(text ?? "").replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
const day = (date) => date.toISOString().slice(0, 10);

const shell = (title, body) => `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${escape(title)}</title></head><body>${body}</body></html>`;
const list = (articles) => `<ul>${articles.map((a) => `<li><a href="${a.url}">${escape(a.data.title)}</a> ${day(a.date)}</li>`).join("")}</ul>`;

export default function (eleventyConfig) {
  // The benchmark's archive lives in .bench/, which .gitignore lists and Eleventy would skip.
  eleventyConfig.setUseGitIgnore(false);
  eleventyConfig.ignores.add("_data/**");
  eleventyConfig.addGlobalData("eleventyComputed", {
    permalink: (data) => {
      if (!data.page.inputPath.includes("/articles/")) return data.permalink;
      const date = data.page.date;
      return `/${day(date).replace(/-/g, "/")}/${data.page.fileSlug}/`;
    },
  });
  eleventyConfig.addCollection("articles", (api) => api.getFilteredByGlob("**/articles/**/*.md").sort((a, b) => b.date - a.date));
  eleventyConfig.addCollection("entityPages", (api) => {
    const pages = new Map();
    for (const article of api.getFilteredByGlob("**/articles/**/*.md").sort((a, b) => b.date - a.date)) {
      for (const [section, type] of Object.entries(SECTIONS)) {
        for (const name of article.data.entities?.[section] ?? []) {
          const key = `${section}/${slug(name)}`;
          if (!pages.has(key)) pages.set(key, { url: `/${key}/`, name, type, articles: [] });
          pages.get(key).articles.push(article);
        }
      }
    }
    return [...pages.values()];
  });
  eleventyConfig.addCollection("years", (api) => {
    const years = new Map();
    for (const article of api.getFilteredByGlob("**/articles/**/*.md").sort((a, b) => b.date - a.date)) {
      const year = article.date.getUTCFullYear();
      if (!years.has(year)) years.set(year, []);
      years.get(year).push(article);
    }
    return [...years].map(([year, articles]) => ({ year, articles }));
  });

  eleventyConfig.addTemplate("_includes/peer-article.11ty.js", {
    render(data) {
      const filters = Object.entries(SECTIONS).flatMap(([section, type]) =>
        (data.entities?.[section] ?? []).map((name) => `<li><a href="/${section}/${slug(name)}/" data-pagefind-filter="${type}">${escape(name)}</a></li>`),
      );
      const tags = (data.tags ?? []).map((tag) => `<li data-pagefind-filter="tag">${escape(tag)}</li>`);
      return shell(
        data.title,
        `<article data-pagefind-body><h1 data-pagefind-meta="title">${escape(data.title)}</h1>
<p data-pagefind-ignore data-pagefind-filter="year:${data.page.date.getUTCFullYear()}" data-pagefind-sort="date:${data.page.date.toISOString()}">${day(data.page.date)} · <span data-pagefind-filter="source" data-pagefind-meta="source">${escape(data.source)}</span></p>
${data.content}
<ul>${filters.join("")}${tags.join("")}</ul></article>`,
      );
    },
  });
  eleventyConfig.addGlobalData("layout", "peer-article.11ty.js");

  eleventyConfig.addTemplate("entity.11ty.js", {
    data: { layout: false, pagination: { data: "collections.entityPages", size: 1, alias: "entity" }, permalink: (data) => data.entity.url },
    render: ({ entity }) => shell(entity.name, `<h1>${escape(entity.name)}</h1>${list(entity.articles)}`),
  });
  eleventyConfig.addTemplate("year.11ty.js", {
    data: { layout: false, pagination: { data: "collections.years", size: 1, alias: "year" }, permalink: (data) => `/${data.year.year}/` },
    render: ({ year }) => shell(String(year.year), `<h1>${year.year}</h1>${list(year.articles)}`),
  });
  eleventyConfig.addTemplate("home.11ty.js", {
    data: { layout: false, permalink: "/" },
    render: ({ collections }) => shell("Latest", `<h1>Latest</h1>${list(collections.articles.slice(0, 20))}`),
  });
}

export const config = { markdownTemplateEngine: false };
