/**
 * The targets explorer's data: compact classic-script files that call a global, so the explorer works the same over
 * http and from file:// (no fetch), and fetches only what the view needs.
 *
 * Rows are written in one report order — newest year first, then province (全国 first), level, place — in several
 * layouts, each cut into files of about FILE_ROWS rows:
 * - `all`: every row (a report never split over two files). The default view reads its first file; a province, a
 *   year, a level, a place or a report reads only the files of its reports (year and province are runs of this order);
 * - `i:<indicator id>`: the rows of one indicator id; `t:<theme>`: the rows of one theme. A filter on either reads
 *   that layout (the smallest layout a view's filters allow).
 * Each row file is `ATLAS_EXPLORER_ROWS(layout, n, {report index: [slug, label, place slug]}, rows)`, carrying the
 * names of its own reports, so no list of every report is needed to show rows.
 *
 * `meta.js` (read with the page) holds what does not grow with the corpus: the layouts (files, rows), the row count of
 * every single filter value, units and words. `index.js` (read by a province, year, level filter) holds the runs of
 * reports per (year, province, level) and each file's report range; `reports.js` (read by a report or place filter)
 * holds every report's slug, place and rows.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ReportSummary, Target } from '../pipeline/types.ts';
import { provinceGroup, provinceOrder, levelOrder } from './data.ts';

/** Rows per file, about 45 KB gzipped. */
export const FILE_ROWS = 2000;

const PREFIX: [RegExp, number][] = [[/^万亿/, 1e12], [/^亿/, 1e8], [/^千万/, 1e7], [/^百万/, 1e6], [/^万/, 1e4], [/^千(?![米克瓦])/, 1e3]];

/** The number in one unit, so 45178人 sorts below 75.7万人: the unit's 万/亿 multiplier applied. */
export function valueInOneUnit(value: number, unit: string): number {
  for (const [re, m] of PREFIX) if (re.test(unit)) return value * m;
  return value;
}

/** The column order of a row in the row files. public/explorer.js reads rows by these positions. */
export const ROW_COLUMNS = ['report', 'id', 'indicator', 'value', 'valueMax', 'unit', 'comparator', 'deadline', 'kind', 'theme', 'sortValue', 'indicatorId', 'action'] as const;

export interface ExplorerReport {
  summary: ReportSummary;
  label: string;
  level: string | null;
  /** The report's targets, or a function reading them: they are read one report at a time, in the explorer's order. */
  targets: Target[] | (() => Target[]);
}

const UNKNOWN = '未知';
const collator = new Intl.Collator('zh-CN-u-co-pinyin');

/** The explorer's report order: newest year first (no year last), province group, level, label, slug. */
export function explorerOrder(reports: ExplorerReport[]): ExplorerReport[] {
  const provinces = provinceOrder([...new Set(reports.map((r) => provinceGroup(r.summary) ?? UNKNOWN))]);
  const levels = levelOrder([...new Set(reports.map((r) => r.level ?? UNKNOWN))]);
  const rank = (list: string[], v: string) => { const i = list.indexOf(v); return i < 0 ? list.length : i; };
  const provinceRank = new Map(provinces.map((p) => [p, rank(provinces, p)]));
  const levelRank = new Map(levels.map((l) => [l, rank(levels, l)]));
  return [...reports].sort((a, b) =>
    (b.summary.year ?? -Infinity) - (a.summary.year ?? -Infinity) ||
    provinceRank.get(provinceGroup(a.summary) ?? UNKNOWN)! - provinceRank.get(provinceGroup(b.summary) ?? UNKNOWN)! ||
    levelRank.get(a.level ?? UNKNOWN)! - levelRank.get(b.level ?? UNKNOWN)! ||
    collator.compare(a.label, b.label) ||
    (a.summary.slug < b.summary.slug ? -1 : a.summary.slug > b.summary.slug ? 1 : 0));
}

type Row = unknown[];
interface Layout { key: string; files: [number, number, number][]; rows: number; chunk: Row[]; first: number; last: number; names: Record<number, [string, string, string | null]> }

/**
 * Writes the explorer's files into `dir`. `words`: the Chinese labels of coded columns (comparator, kind, theme), for
 * the table and downloads. Memory: one report's targets and one open file per layout at a time.
 */
export function writeExplorerData(dir: string, input: ExplorerReport[], words: Record<string, Record<string, string>>, options: { fileRows?: number } = {}) {
  const fileRows = options.fileRows ?? FILE_ROWS;
  mkdirSync(dir, { recursive: true });
  const reports = explorerOrder(input);
  const units: string[] = [];
  const unitIndex = new Map<string, number>();
  const unitOf = (u: string) => {
    if (!unitIndex.has(u)) { unitIndex.set(u, units.length); units.push(u); }
    return unitIndex.get(u)!;
  };
  const layouts: Layout[] = [];
  const layoutOf = new Map<string, Layout>();
  const layout = (key: string) => {
    let l = layoutOf.get(key);
    if (!l) {
      l = { key, files: [], rows: 0, chunk: [], first: -1, last: -1, names: {} };
      layoutOf.set(key, l);
      layouts.push(l);
    }
    return l;
  };
  layout('all');
  let bytes = 0;
  let fileCount = 0;
  const flush = (l: Layout) => {
    if (!l.chunk.length) return;
    const li = layouts.indexOf(l);
    const n = l.files.length;
    const body = `ATLAS_EXPLORER_ROWS(${li},${n},${JSON.stringify(l.names)},${JSON.stringify(l.chunk)});\n`;
    writeFileSync(join(dir, `rows-${li}-${n}.js`), body);
    bytes += Buffer.byteLength(body);
    fileCount++;
    l.files.push([l.first, l.last, l.chunk.length]);
    l.chunk = [];
    l.names = {};
    l.first = -1;
  };
  const add = (l: Layout, i: number, name: [string, string, string | null], row: Row) => {
    if (l.first < 0) l.first = i;
    l.last = i;
    l.names[i] = name;
    l.chunk.push(row);
    l.rows++;
  };
  const counts: Record<string, Record<string, number>> = { province: {}, level: {}, year: {}, theme: {}, kind: {}, comparator: {}, indicatorId: {} };
  const count = (k: string, v: string, n = 1) => { counts[k][v] = (counts[k][v] ?? 0) + n; };
  const groups: [number | null, string, string, number, number, number][] = [];
  const slugs: string[] = [];
  const places: (string | null)[] = [];
  const reportRows: number[] = [];
  let rows = 0;
  reports.forEach((r, i) => {
    const s = r.summary;
    const targets = typeof r.targets === 'function' ? r.targets() : r.targets;
    const province = provinceGroup(s) ?? UNKNOWN;
    const level = r.level ?? UNKNOWN;
    const last = groups.at(-1);
    if (last && last[0] === s.year && last[1] === province && last[2] === level) { last[4]++; last[5] += targets.length; }
    else groups.push([s.year, province, level, i, 1, targets.length]);
    slugs.push(s.slug);
    places.push(s.place?.slug ?? null);
    reportRows.push(targets.length);
    count('province', province, targets.length);
    count('level', level, targets.length);
    count('year', s.year === null ? UNKNOWN : String(s.year), targets.length);
    const all = layout('all');
    // A report's rows never straddle two files of `all`, so a report filter reads one file.
    if (all.chunk.length && all.chunk.length + targets.length > fileRows) flush(all);
    const name: [string, string, string | null] = [s.slug, r.label, s.place?.slug ?? null];
    for (const t of targets) {
      const row = [i, t.id, t.indicator, t.value, t.valueMax, unitOf(t.unit), t.comparator, t.deadline, t.kind === 'achievement' ? 1 : 0, t.theme, valueInOneUnit(t.value, t.unit), t.indicatorId ?? null, t.action ?? null];
      add(all, i, name, row);
      for (const key of [t.indicatorId ? `i:${t.indicatorId}` : null, `t:${t.theme}`]) {
        if (!key) continue;
        const l = layout(key);
        add(l, i, name, row);
        if (l.chunk.length >= fileRows) flush(l);
      }
      count('theme', t.theme, 1);
      count('kind', t.kind, 1);
      count('comparator', t.comparator, 1);
      if (t.indicatorId) count('indicatorId', t.indicatorId, 1);
      rows++;
    }
  });
  for (const l of layouts) flush(l);
  const write = (name: string, body: string) => {
    writeFileSync(join(dir, name), body);
    bytes += Buffer.byteLength(body);
  };
  write('index.js', `ATLAS_EXPLORER_INDEX(${JSON.stringify({ groups, files: layouts.map((l) => l.files) })});\n`);
  write('reports.js', `ATLAS_EXPLORER_REPORTS(${JSON.stringify({ slugs, places, rows: reportRows })});\n`);
  const meta = {
    columns: ROW_COLUMNS,
    rows,
    reports: reports.length,
    layouts: layouts.map((l) => [l.key, l.files.length, l.rows]),
    counts,
    units,
    words,
  };
  write('meta.js', `window.ATLAS_EXPLORER=${JSON.stringify(meta)};\n`);
  return { files: fileCount, rows, bytes };
}
