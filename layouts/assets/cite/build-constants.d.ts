/** The citation formatter's published file name, beside the article page's script: set by esbuild as the site is written (src/output/assets.ts). */
declare const CITE_FORMAT_FILE: string;
