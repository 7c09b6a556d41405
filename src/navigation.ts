// The site's main navigation, written once for the header and the tests.

export interface NavItem {
  label: string;
  url: string;
}

export const MAIN_NAV: readonly NavItem[] = [
  { label: "Latest", url: "/" },
  { label: "About", url: "/about/" },
];
