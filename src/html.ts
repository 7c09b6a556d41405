// The `html` tagged template: every interpolated value is escaped unless it is
// already SafeHtml, so no front-matter value can inject markup into a page.

export class SafeHtml {
  constructor(readonly value: string) {}
  toString(): string {
    return this.value;
  }
}

export type HtmlValue = string | number | SafeHtml | null | undefined | false | readonly HtmlValue[];

const ESCAPES: Record<string, string> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&#39;",
};

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => ESCAPES[char] ?? char);
}

function render(value: HtmlValue): string {
  if (value === null || value === undefined || value === false) return "";
  if (value instanceof SafeHtml) return value.value;
  if (Array.isArray(value)) return value.map(render).join("");
  return escapeHtml(String(value));
}

export function html(strings: TemplateStringsArray, ...values: HtmlValue[]): SafeHtml {
  let out = strings[0] ?? "";
  values.forEach((value, i) => {
    out += render(value) + (strings[i + 1] ?? "");
  });
  return new SafeHtml(out);
}

/** Marks markup we produced ourselves (rendered markdown) as safe to print. */
export function trustedHtml(markup: string): SafeHtml {
  return new SafeHtml(markup);
}

/** A value as JSON inside a <script> element: `<` escaped, so nothing in the data can end the element. */
export const jsonInScript = (value: unknown): SafeHtml => trustedHtml(JSON.stringify(value).replace(/</g, "\\u003c"));
