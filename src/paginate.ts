// Splits a list into numbered pages at `base`, `base/page/2/`, ... once, in TypeScript,
// so each Eleventy page receives its slice instead of filtering the archive itself.

export interface PageOf<T> {
  url: string;
  items: T[];
  pageNumber: number;
  pageCount: number;
  previousUrl?: string;
  nextUrl?: string;
}

export function pageUrl(base: string, pageNumber: number): string {
  return pageNumber === 1 ? base : `${base}page/${pageNumber}/`;
}

export function paginate<T>(items: readonly T[], pageSize: number, base: string): PageOf<T>[] {
  const pageCount = Math.max(1, Math.ceil(items.length / pageSize));
  return Array.from({ length: pageCount }, (_, index) => {
    const pageNumber = index + 1;
    return {
      url: pageUrl(base, pageNumber),
      items: items.slice(index * pageSize, pageNumber * pageSize),
      pageNumber,
      pageCount,
      ...(pageNumber > 1 ? { previousUrl: pageUrl(base, pageNumber - 1) } : {}),
      ...(pageNumber < pageCount ? { nextUrl: pageUrl(base, pageNumber + 1) } : {}),
    };
  });
}
