// One old address written several ways (`/old-slug`, `/old-slug/`, `/Old-Slug/`) is one
// address to a static host, so clashes are found on this key, not on the text as written.

function decoded(pathname: string): string {
  try {
    return decodeURIComponent(pathname);
  } catch {
    return pathname;
  }
}

/**
 * The form two spellings of one site path share: trailing slash, letter case and
 * %-escapes aside (WordPress links Arabic slugs %-encoded; hosts decode before looking).
 */
export function redirectKey(path: string): string {
  const [pathname = "", query] = path.split("?", 2);
  const trimmed = decoded(pathname).normalize("NFC").replace(/\/+$/, "").toLowerCase() || "/";
  return query === undefined ? trimmed : `${trimmed}?${query}`;
}

/** Every old address the stories redirect from, in their order; most stories have none, and the preview asks after every save. */
export function oldAddresses(articles: readonly { redirectFrom: readonly string[] }[]): string[] {
  const addresses: string[] = [];
  for (const article of articles) if (article.redirectFrom.length > 0) addresses.push(...article.redirectFrom);
  return addresses;
}
