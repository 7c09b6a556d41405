// Pagefind's JavaScript API, as much of it as the search worker uses
// (https://pagefind.app/docs/api/): the module each bundle's pagefind.js exports.

export interface ResultData {
  url: string;
  excerpt: string;
  content: string;
  meta: Record<string, string | undefined>;
  /** The story's filter values, by filter. */
  filters?: Record<string, string[]>;
}

export interface Result {
  id: string;
  score: number;
  data(): Promise<ResultData>;
}

export interface SearchResponse {
  results: Result[];
  filters: Record<string, Record<string, number>>;
}

export interface Pagefind {
  search(query: string | null, options: object): Promise<SearchResponse>;
  filters(): Promise<unknown>;
  options(options: object): Promise<void>;
  mergeIndex(path: string, options: object): Promise<void>;
  destroy(): Promise<void>;
}
