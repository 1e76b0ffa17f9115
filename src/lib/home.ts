/**
 * The home page's list once the corpus is large. Below HOME_LIST_MAX reports the home page lists every report (grouped
 * by province, src/pages/index.astro); above it, a list of every report would outgrow the page budget (10,000 reports:
 * 121 KB gzipped against 100 KB), so it lists instead the governments — grouped by province, each linking to its place
 * page, which lists its reports of every year — and the most recent reports. Every report stays two clicks away
 * (home → place page → report); a report on no place page (its government or its year not known) is listed itself.
 * The size then grows with the number of governments, which the gazetteer bounds (all 3,372 with ten years each: 44 KB
 * gzipped, tests/unit/home.test.ts), not with the years collected.
 */
import type { ReportSummary } from '../pipeline/types.ts';
import { levelName, levelOrder, provinceGroup, provinceOrder, zhSort } from './data.ts';

/** Reports above which the home page lists governments instead of reports (`ATLAS_HOME_LIST_MAX` changes it). */
export const HOME_LIST_MAX = Number(process.env.ATLAS_HOME_LIST_MAX ?? 2000);
/** How many of the newest reports the large home page lists above the governments. */
export const HOME_RECENT = 30;
export const UNKNOWN = '未知';

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

export interface HomePlace {
  slug: string;
  name: string;
  level: string;
  province: string;
  reports: number;
  first: number | null;
  last: number | null;
}

export interface HomeGovernments {
  /** Province groups in reading order (全国 first), each with its governments in pinyin order. */
  groups: { province: string; places: HomePlace[]; reports: ReportSummary[] }[];
  recent: ReportSummary[];
  places: number;
  levels: string[];
}

/** The large home page's model: governments by province, reports of no known government, the newest reports. */
export function homeGovernments(reports: ReportSummary[], recent = HOME_RECENT): HomeGovernments {
  const byPlace = new Map<string, HomePlace>();
  const placeless = new Map<string, ReportSummary[]>();
  for (const r of reports) {
    const province = provinceGroup(r) ?? UNKNOWN;
    // A report of no known government, or of no known year, is on no place page (src/pipeline/outcomes.ts pairs
    // only reports of a place and a year): it is listed itself.
    if (!r.place?.slug || r.year === null) {
      (placeless.get(province) ?? placeless.set(province, []).get(province)!).push(r);
      continue;
    }
    let p = byPlace.get(r.place.slug);
    if (!p) byPlace.set(r.place.slug, (p = { slug: r.place.slug, name: r.place.name, level: levelName(r) ?? UNKNOWN, province, reports: 0, first: null, last: null }));
    p.reports++;
    if (r.year !== null) {
      p.first = p.first === null ? r.year : Math.min(p.first, r.year);
      p.last = p.last === null ? r.year : Math.max(p.last, r.year);
    }
  }
  const places = [...byPlace.values()];
  const provinces = provinceOrder([...new Set([...places.map((p) => p.province), ...placeless.keys()])]);
  const groups = provinces.map((province) => ({
    province,
    places: zhSort(places.filter((p) => p.province === province), (p) => p.name),
    reports: (placeless.get(province) ?? []).sort((a, b) => (b.year ?? 0) - (a.year ?? 0)),
  }));
  const newest = [...reports].sort((a, b) => (b.year ?? -Infinity) - (a.year ?? -Infinity) || (b.delivered ?? '').localeCompare(a.delivered ?? '')).slice(0, recent);
  return { groups, recent: newest, places: places.length, levels: levelOrder([...new Set(places.map((p) => p.level))]) };
}

const yearsOf = (p: HomePlace) => (p.first === null || p.last === null ? '' : p.first === p.last ? `${p.first}` : `${p.first}—${p.last}`);

/**
 * The large home page's lists as HTML (for `set:html`, so the page and tests/unit/home.test.ts render the same bytes):
 * the newest reports (`recent`), and one folded group per province of its governments (`groups`, inside #report-groups). Each government is one list item,
 * `data-level`/`data-province` for public/home.js's filters; the offline editions drop the items that lead out of an
 * edition and the groups left empty (src/publish/offline.ts).
 */
export function homeGovernmentsHtml(model: HomeGovernments, to: (path: string) => string): { recent: string; groups: string } {
  const out: string[] = [];
  const reportItem = (r: ReportSummary, province: string) =>
    `<li data-level="${esc(levelName(r) ?? UNKNOWN)}" data-province="${esc(province)}"><a href="${esc(to(`reports/${r.slug}/`))}">${esc(r.title)}</a></li>`;
  if (model.recent.length) {
    out.push('<section class="home-recent"><h2 class="list-title">最新报告</h2><ul class="recent-list">');
    for (const r of model.recent) out.push(`<li><a href="${esc(to(`reports/${r.slug}/`))}">${esc(r.title)}</a></li>`);
    out.push('</ul></section>');
  }
  const recent = out.join('');
  out.length = 0;
  for (const g of model.groups) {
    const n = g.places.reduce((s, p) => s + p.reports, 0) + g.reports.length;
    out.push(`<details class="report-group" data-province="${esc(g.province)}"><summary>${esc(g.province)} <span class="muted">${g.places.length} 地 · ${n} 份</span></summary><ul class="place-list">`);
    // One line per government: its name (to its place page) and its years; the level is a filter, not shown.
    for (const p of g.places) out.push(`<li data-level="${esc(p.level)}" data-province="${esc(g.province)}"><a href="${esc(to(`places/${p.slug}/`))}">${esc(p.name)}</a> <small>${yearsOf(p)}</small></li>`);
    for (const r of g.reports) out.push(reportItem(r, g.province));
    out.push('</ul></details>');
  }
  return { recent, groups: out.join('') };
}
