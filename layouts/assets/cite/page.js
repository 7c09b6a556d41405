// The article page's "Cite this story": when a reader first opens it, loads the
// citation formatter (format.js, published under its hashed name) and shows the story in
// two reference styles with BibTeX and RIS downloads beside the CSL-JSON one the page
// has without a script.
// @ts-check

const box = /** @type {HTMLDetailsElement | null} */ (document.querySelector("details.cite"));

/** @param {HTMLDetailsElement} details */
async function showCitations(details) {
  const data = details.querySelector('script[type="application/vnd.citationstyles.csl+json"]');
  const styles = /** @type {HTMLElement} */ (details.querySelector(".cite-styles"));
  const downloads = /** @type {HTMLElement} */ (details.querySelector(".cite-downloads ul"));
  try {
    const [item] = JSON.parse(data?.textContent ?? "[]");
    /** @type {typeof import("./format.js")} */
    const { citationsOf } = await import(new URL(CITE_FORMAT_FILE, import.meta.url).href);
    const { styles: styled, files } = citationsOf(item);
    styles.replaceChildren(
      ...styled.map(({ name, html }) => {
        const figure = document.createElement("figure");
        const caption = document.createElement("figcaption");
        caption.textContent = name;
        const text = document.createElement("div");
        // Citation.js's own markup: the story's fields escaped, <i> for the outlet.
        text.innerHTML = html;
        figure.append(caption, text);
        return figure;
      }),
    );
    downloads.prepend(
      ...files.map((file) => {
        const link = document.createElement("a");
        link.href = URL.createObjectURL(new Blob([file.text], { type: file.mediaType }));
        link.download = file.fileName;
        link.textContent = file.label;
        const item = document.createElement("li");
        item.append(link);
        return item;
      }),
    );
    styles.hidden = false;
    details.dataset.cited = "";
  } catch (error) {
    // In the page's language (layouts/article.11ty.ts).
    styles.textContent = details.dataset.failed ?? "";
    styles.hidden = false;
    console.error(error);
  }
}

if (box) {
  const once = () => {
    if (!box.open) return;
    box.removeEventListener("toggle", once);
    void showCitations(box);
  };
  box.addEventListener("toggle", once);
}
