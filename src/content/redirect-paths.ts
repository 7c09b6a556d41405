// One old address written several ways (`/old-slug`, `/old-slug/`, `/Old-Slug/`) is one
// address to a static host, so clashes are found on this key, not on the text as written.

/** The form two spellings of one site path share: trailing slash and letter case aside. */
export function redirectKey(path: string): string {
  const [pathname = "", query] = path.split("?", 2);
  const trimmed = pathname.replace(/\/+$/, "").toLowerCase() || "/";
  return query === undefined ? trimmed : `${trimmed}?${query}`;
}
