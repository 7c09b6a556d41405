// The part of Citation.js (https://citation.js.org/api/) that Annals calls: it ships no declarations.
declare module "@citation-js/core" {
  export class Cite {
    constructor(data: unknown);
    /** The items as CSL-JSON. */
    data: Record<string, unknown>[];
    format(format: "bibtex" | "data", options?: { format?: "text" | "object" }): string;
    /** `spec`: "mixed" (the default), "new" or "old" (RIS as first specified); as text or as one object a record. */
    format(format: "ris", options: { spec?: "mixed" | "new" | "old"; format: "object" }): ({ TY: string } & Record<string, string | string[]>)[];
    format(format: "bibliography", options: { template: string; lang?: string; format?: "text" | "html" }): string;
  }
}
declare module "@citation-js/plugin-bibtex";
declare module "@citation-js/plugin-ris";
declare module "@citation-js/plugin-csl";
