/**
 * The site's main navigation, in reading order. Pages added later (places, indicators) add an entry here; the header
 * lays the list out as a wrapping row, so any number of entries fits any width. The home page (the list of reports)
 * is the brand link before it; keep the list short, since every entry is a Tab stop before each page's own content.
 */
export interface NavItem {
  /** Site-relative path, as taken by link(): '' is the home page. */
  path: string;
  label: string;
}

/** The home page (the list of reports) is the brand link, so the list holds no second link to it: fewer Tab stops. */
export const NAV: NavItem[] = [
  { path: 'places/', label: '各地历年' },
  { path: 'indicators/', label: '指标对比' },
  { path: 'targets/', label: '目标指标' },
  { path: 'search/', label: '搜索' },
  { path: 'about/', label: '关于' },
];
