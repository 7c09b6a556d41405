/** The search worker's published file name, beside the page's script: set by esbuild as the site is written (src/output/assets.ts). */
declare const SEARCH_WORKER_FILE: string;
