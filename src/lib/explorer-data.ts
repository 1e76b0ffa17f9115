/**
 * The targets explorer's data: compact classic-script files (`explorer/meta.js`, `explorer/rows-<n>.js`) that assign to
 * a global, so the explorer works the same over http and from file:// (no fetch), and loads rows by need — a page of
 * 10 or 10,000 reports paints the same small HTML, then pulls the chunks its filters need.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ReportSummary, Target } from '../pipeline/types.ts';
import { provinceGroup } from './data.ts';

/** Rows per chunk, about 0.3 MB of script each. */
const CHUNK_ROWS = 4000;

const PREFIX: [RegExp, number][] = [[/^万亿/, 1e12], [/^亿/, 1e8], [/^千万/, 1e7], [/^百万/, 1e6], [/^万/, 1e4], [/^千(?![米克瓦])/, 1e3]];

/** The number in one unit, so 45178人 sorts below 75.7万人: the unit's 万/亿 multiplier applied. */
export function valueInOneUnit(value: number, unit: string): number {
  for (const [re, m] of PREFIX) if (re.test(unit)) return value * m;
  return value;
}

/** The column order of a row in `rows-<n>.js`. public/explorer.js reads rows by these positions. */
export const ROW_COLUMNS = ['report', 'id', 'indicator', 'value', 'valueMax', 'unit', 'comparator', 'deadline', 'kind', 'theme', 'sortValue', 'indicatorId'] as const;

export interface ExplorerReport {
  summary: ReportSummary;
  label: string;
  level: string | null;
  targets: Target[];
}

/** `words`: the Chinese labels of coded columns (comparator, kind, theme), for the table and downloads. */
export function writeExplorerData(dir: string, reports: ExplorerReport[], words: Record<string, Record<string, string>>) {
  mkdirSync(dir, { recursive: true });
  const units: string[] = [];
  const unitIndex = new Map<string, number>();
  const unitOf = (u: string) => {
    if (!unitIndex.has(u)) { unitIndex.set(u, units.length); units.push(u); }
    return unitIndex.get(u)!;
  };
  const metaReports: (string | number | null)[][] = [];
  let chunk: unknown[][] = [];
  let chunkNo = 0;
  let rows = 0;
  let bytes = 0;
  const flush = () => {
    if (!chunk.length) return;
    const body = `ATLAS_EXPLORER_ROWS(${chunkNo},${JSON.stringify(chunk)});\n`;
    writeFileSync(join(dir, `rows-${chunkNo}.js`), body);
    bytes += Buffer.byteLength(body);
    chunk = [];
    chunkNo++;
  };
  reports.forEach((r, i) => {
    // A report's rows never straddle two chunks, so a filter on one report loads one file.
    if (chunk.length && chunk.length + r.targets.length > CHUNK_ROWS) flush();
    const s = r.summary;
    metaReports.push([s.slug, r.label, provinceGroup(s), r.level, s.year, chunkNo, r.targets.length]);
    for (const t of r.targets) {
      chunk.push([i, t.id, t.indicator, t.value, t.valueMax, unitOf(t.unit), t.comparator, t.deadline, t.kind === 'achievement' ? 1 : 0, t.theme, valueInOneUnit(t.value, t.unit), t.indicatorId ?? null]);
      rows++;
    }
  });
  flush();
  const meta = `window.ATLAS_EXPLORER=${JSON.stringify({ columns: ROW_COLUMNS, chunks: chunkNo, rows, units, words, reports: metaReports })};\n`;
  writeFileSync(join(dir, 'meta.js'), meta);
  return { chunks: chunkNo, rows, bytes: bytes + Buffer.byteLength(meta) };
}
