/**
 * What the targets explorer fetches, in Chromium, over the corpus build (.atlas/dist-corpus, made by npm test;
 * ATLAS_CORPUS_DIST and ATLAS_CORPUS_WORK override) with its explorer files written again in files of 150 rows, so
 * that every view spans several files: the first view reads meta.js and one row file and nothing after it; a filter
 * reads only the files of that filter; paging reads the next file; a sort and a download read every file of the view
 * and are exact over it. Counted with a request listener, no timing.
 */
import { mkdtempSync, readdirSync, readFileSync, statSync, symlinkSync } from 'node:fs';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { runInNewContext } from 'node:vm';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COMPARATOR_WORDS, KIND_WORDS, THEME_WORDS, levelName, provinceGroup } from '../../src/lib/data.ts';
import { valueInOneUnit, writeExplorerData } from '../../src/lib/explorer-data.ts';
import type { Report, ReportSummary, Target } from '../../src/pipeline/types.ts';
import { launch } from './chromium.ts';
import { serve, watchedPage } from './helpers.ts';

const CORPUS_DIST = resolve(process.env.ATLAS_CORPUS_DIST ?? '.atlas/dist-corpus');
const DATA = resolve(process.env.ATLAS_CORPUS_WORK ?? '.atlas/work-corpus', 'data');
const FILE_ROWS = 150;

const summaries: ReportSummary[] = JSON.parse(readFileSync(join(DATA, 'reports.json'), 'utf8'));
const reports = new Map(summaries.map((s) => [s.slug, JSON.parse(readFileSync(join(DATA, 'reports', `${s.slug}.json`), 'utf8')) as Report]));
const all: (Target & { province: string })[] = summaries.flatMap((s) => reports.get(s.slug)!.targets.map((t) => ({ ...t, province: provinceGroup(s) ?? '未知' })));

/** The site as built, but its explorer files written in files of FILE_ROWS rows. */
let site: string;
let explorer: string;
let browser: Browser;
let server: Server;
let root: string;
/** What each row file holds: its layout key and its rows' report slugs and ids. */
const fileRows = new Map<string, { layout: string; slugs: string[]; ids: string[] }>();
let layouts: [string, number, number][];

beforeAll(async () => {
  site = mkdtempSync(join(tmpdir(), 'atlas-explorer-site-'));
  for (const name of readdirSync(CORPUS_DIST)) if (name !== 'explorer') symlinkSync(join(CORPUS_DIST, name), join(site, name));
  explorer = join(site, 'explorer');
  const label = (s: ReportSummary) => `${s.place?.name ?? s.city ?? s.province ?? s.title}${s.year ? ` ${s.year}` : ''}`;
  writeExplorerData(explorer, summaries.map((s) => ({ summary: s, label: label(s), level: levelName(s), targets: reports.get(s.slug)!.targets })), { comparator: COMPARATOR_WORDS, kind: KIND_WORDS, theme: THEME_WORDS }, { fileRows: FILE_ROWS });
  const ctx = { window: {} as Record<string, { layouts: [string, number, number][] }> };
  runInNewContext(readFileSync(join(explorer, 'meta.js'), 'utf8'), ctx);
  layouts = ctx.window.ATLAS_EXPLORER.layouts;
  for (const name of readdirSync(explorer).filter((n) => n.startsWith('rows-'))) {
    runInNewContext(readFileSync(join(explorer, name), 'utf8'), {
      ATLAS_EXPLORER_ROWS: (li: number, _n: number, names: Record<string, [string]>, rows: unknown[][]) =>
        fileRows.set(name, { layout: layouts[li][0], slugs: rows.map((r) => names[r[0] as number][0]), ids: rows.map((r) => r[1] as string) }),
    });
  }
  browser = await launch();
  ({ server, url: root } = await serve(site, '/'));
});
afterAll(async () => {
  await browser?.close();
  server?.close();
});

/** Every explorer file the page requests, in order, and the bytes of the responses of all of them. */
function recorder(page: Page) {
  const seen: string[] = [];
  const all: string[] = [];
  const bytes: Promise<number>[] = [];
  page.on('request', (r) => {
    all.push(r.url());
    const m = /\/explorer\/([^/?]+\.js)$/.exec(new URL(r.url()).pathname);
    if (m) seen.push(m[1]);
  });
  page.on('response', (r) => {
    if (/\/explorer\/[^/?]+\.js$/.test(new URL(r.url()).pathname)) bytes.push(r.body().then((b) => b.length, () => 0));
  });
  return { all, files: () => [...seen], since: (n: number) => seen.slice(n), bytes: async () => (await Promise.all(bytes)).reduce((a, b) => a + b, 0) };
}
const settled = (page: Page) =>
  page.waitForFunction(() => document.getElementById('explorer-status')!.textContent === '' && !document.getElementById('targets-table')!.hasAttribute('aria-busy'));
const countText = (page: Page) => page.locator('#explorer-count').textContent();
const shownRows = (page: Page) => page.locator('#targets-table tbody tr').evaluateAll((rows) => rows.map((r) => ({ ...(r as HTMLElement).dataset })));
const rowFilesOf = (layout: string) => [...fileRows].filter(([, f]) => f.layout === layout).map(([name]) => name);
const size = (name: string) => statSync(join(explorer, name)).size;
/** The files, in order, that the first page of a view (100 rows) needs: up to the one holding its 100th row. */
function firstPage(files: string[], matches: (slug: string, id: string) => boolean) {
  const out: string[] = [];
  let n = 0;
  for (const f of files) {
    if (n >= 100) break;
    const rows = fileRows.get(f)!;
    const own = rows.ids.filter((id, i) => matches(rows.slugs[i], id)).length;
    if (own) out.push(f);
    n += own;
  }
  return out;
}

describe('explorer fetches', () => {
  it('reads meta.js and the first page’s row file for the first view, and nothing after it until a filter', async () => {
    expect(rowFilesOf('all').length).toBeGreaterThan(3);
    const { page, failures } = await watchedPage(browser);
    const rec = recorder(page);
    await page.goto(`${root}targets/`);
    await settled(page);
    await page.waitForLoadState('networkidle');
    const firstFiles = firstPage(rowFilesOf('all'), () => true);
    expect(firstFiles.length).toBeLessThan(rowFilesOf('all').length / 2);
    expect(rec.files()).toEqual(['meta.js', ...firstFiles]);
    await expect(countText(page)).resolves.toBe(`共 ${all.length} 项`);
    expect(await page.locator('#targets-table tbody tr').count()).toBe(100);
    // The first rows are the first file's, newest year first.
    expect((await shownRows(page)).map((r) => r.report)).toEqual(firstFiles.flatMap((f) => fileRows.get(f)!.slugs).slice(0, 100));
    const firstViewBytes = await rec.bytes();
    expect(firstViewBytes).toBe(size('meta.js') + firstFiles.reduce((sum, f) => sum + size(f), 0));
    // Idle, scrolled to the charts and back: nothing more.
    const before = rec.all.length;
    await page.mouse.wheel(0, 4000);
    await page.waitForLoadState('networkidle');
    await page.mouse.wheel(0, -4000);
    await page.waitForLoadState('networkidle');
    expect(rec.all.slice(before)).toEqual([]);
    // A filter on the rows already read (kind) reads nothing either: its count is known.
    await page.selectOption('select[name="kind"]', 'achievement');
    await settled(page);
    await expect(countText(page)).resolves.toBe(`共 ${all.filter((t) => t.kind === 'achievement').length} 项`);
    expect(rec.files().filter((f) => !f.startsWith('rows-0-'))).toEqual(['meta.js']);
    expect(failures).toEqual([]);
    await page.close();
  });

  it('an indicator filter reads only that indicator’s files; paging reads the next; a download reads the rest and is exact', async () => {
    const counts = new Map<string, number>();
    for (const t of all) if (t.indicatorId) counts.set(t.indicatorId, (counts.get(t.indicatorId) ?? 0) + 1);
    const [id, n] = [...counts].sort((a, b) => b[1] - a[1])[0];
    const own = rowFilesOf(`i:${id}`);
    const { page, failures } = await watchedPage(browser, { acceptDownloads: true });
    const rec = recorder(page);
    await page.goto(`${root}targets/`);
    await settled(page);
    const first = rec.files().length;
    await page.selectOption('select[name="indicatorId"]', id);
    await settled(page);
    await expect(countText(page)).resolves.toBe(`共 ${n} 项`);
    const read = rec.since(first);
    expect(read.length).toBeGreaterThan(0);
    for (const f of read) expect(own, f).toContain(f);
    // As many files as the first 100 rows need, no more.
    expect(read).toEqual(firstPage(own, () => true));
    expect(new Set((await shownRows(page)).map((r) => r.report)).size).toBeGreaterThan(0);
    if (n > 100) {
      await page.click('#explorer-more');
      await settled(page);
      expect(await page.locator('#targets-table tbody tr').count()).toBe(Math.min(200, n));
      for (const f of rec.since(first)) expect(own).toContain(f);
    }
    const [json] = await Promise.all([page.waitForEvent('download'), page.click('button[data-download="json"]')]);
    const rows = JSON.parse(readFileSync(await json.path(), 'utf8')) as { id: string; report: string; indicatorId: string }[];
    expect(rows.map((r) => `${r.report}#${r.id}`).sort()).toEqual(all.filter((t) => t.indicatorId === id).map((t) => `${t.report}#${t.id}`).sort());
    expect(new Set(rec.since(first))).toEqual(new Set(own));
    expect(failures).toEqual([]);
    await page.close();
  });

  it('a province filter reads the index and only its province’s files; sorting it reads all of them and is exact', async () => {
    const byProvince = new Map<string, number>();
    for (const t of all) byProvince.set(t.province, (byProvince.get(t.province) ?? 0) + 1);
    // The province in most files of all rows, short of all of them.
    const filesOf = (province: string) => {
      const slugs = new Set(summaries.filter((s) => (provinceGroup(s) ?? '未知') === province).map((s) => s.slug));
      return { slugs, own: rowFilesOf('all').filter((f) => fileRows.get(f)!.slugs.some((s) => slugs.has(s))) };
    };
    const [province, n] = [...byProvince].filter(([p]) => filesOf(p).own.length < rowFilesOf('all').length).sort((a, b) => filesOf(b[0]).own.length - filesOf(a[0]).own.length)[0];
    const { slugs, own } = filesOf(province);
    expect(own.length).toBeGreaterThan(1);
    const { page, failures } = await watchedPage(browser);
    const rec = recorder(page);
    await page.goto(`${root}targets/?province=${encodeURIComponent(province)}`);
    await settled(page);
    await expect(countText(page)).resolves.toBe(`共 ${n} 项`);
    expect(new Set((await shownRows(page)).map((r) => r.report)).size).toBeGreaterThan(0);
    for (const r of await shownRows(page)) expect(slugs).toContain(r.report);
    const read = rec.files();
    expect(read.slice(0, 2)).toEqual(['meta.js', 'index.js']);
    expect(read.slice(2)).toEqual(firstPage(own, (slug) => slugs.has(slug)));
    // Sort by value, largest first: every file of the province, and the same order as over all its rows.
    await page.click('button[data-sort="value"]');
    await page.click('button[data-sort="value"]');
    await settled(page);
    expect(new Set(rec.files().slice(2))).toEqual(new Set(own));
    const values = (await shownRows(page)).map((r) => Number(r.value));
    const expected = all.filter((t) => t.province === province).map((t) => valueInOneUnit(t.value, t.unit));
    expect(values.slice(0, 5)).toEqual(expected.sort((a, b) => b - a).slice(0, 5));
    expect(failures).toEqual([]);
    await page.close();
  });

  it('a report from the URL reads the report index and its one file', async () => {
    const s = summaries.find((x) => reports.get(x.slug)!.targets.length > 0 && x.place)!;
    const { page, failures } = await watchedPage(browser);
    const rec = recorder(page);
    await page.goto(`${root}targets/?report=${s.slug}`);
    await settled(page);
    await expect(countText(page)).resolves.toBe(`共 ${reports.get(s.slug)!.targets.length} 项`);
    const read = rec.files().filter((f) => f.startsWith('rows-'));
    expect(read).toHaveLength(1);
    expect(fileRows.get(read[0])!.slugs).toContain(s.slug);
    expect(new Set((await shownRows(page)).map((r) => r.report))).toEqual(new Set([s.slug]));
    // A place: its reports' files only.
    const placeSlugs = new Set(summaries.filter((x) => x.place?.slug === s.place!.slug).map((x) => x.slug));
    const placeRows = summaries.filter((x) => placeSlugs.has(x.slug)).reduce((sum, x) => sum + reports.get(x.slug)!.targets.length, 0);
    await page.goto(`${root}targets/?place=${s.place!.slug}`);
    await settled(page);
    await expect(countText(page)).resolves.toBe(`共 ${placeRows} 项`);
    expect([...new Set((await shownRows(page)).map((r) => r.report))].every((x) => placeSlugs.has(x!))).toBe(true);
    expect(failures).toEqual([]);
    await page.close();
  });

  it('a theme filter reads only that theme’s files', async () => {
    const counts = new Map<string, number>();
    for (const t of all) counts.set(t.theme, (counts.get(t.theme) ?? 0) + 1);
    const [theme, n] = [...counts].sort((a, b) => a[1] - b[1])[0];
    const { page, failures } = await watchedPage(browser);
    const rec = recorder(page);
    await page.goto(`${root}targets/?theme=${theme}`);
    await settled(page);
    await expect(countText(page)).resolves.toBe(`共 ${n} 项`);
    const read = rec.files().filter((f) => f.startsWith('rows-'));
    expect(read.length).toBeGreaterThan(0);
    for (const f of read) expect(rowFilesOf(`t:${theme}`)).toContain(f);
    expect(failures).toEqual([]);
    await page.close();
  });
  it('a text filter reads a few files at a time, and the rest as the reader asks, until its count is exact', async () => {
    // An indicator wording in few rows, spread over the corpus.
    const counts = new Map<string, Set<string>>();
    for (const t of all) counts.set(t.indicator, (counts.get(t.indicator) ?? new Set()).add(t.report));
    const [q] = [...counts].filter(([w, r]) => r.size >= 3 && w.length >= 4).sort((a, b) => b[1].size - a[1].size).at(-1)!;
    const n = all.filter((t) => t.indicator.normalize('NFKC').toLowerCase().replace(/\s+/g, '').includes(q.normalize('NFKC').toLowerCase().replace(/\s+/g, ''))).length;
    const { page, failures } = await watchedPage(browser);
    const rec = recorder(page);
    await page.goto(`${root}targets/?q=${encodeURIComponent(q)}`);
    await settled(page);
    expect(rec.files().filter((f) => f.startsWith('rows-')).length).toBeLessThanOrEqual(8);
    while (await page.locator('#explorer-more').isVisible()) {
      await page.click('#explorer-more');
      await settled(page);
    }
    await expect(countText(page)).resolves.toBe(`共 ${n} 项`);
    expect(await page.locator('#targets-table tbody tr').count()).toBe(n);
    for (const f of rec.files().filter((x) => x.startsWith('rows-'))) expect(fileRows.get(f)!.layout).toBe('all');
    expect(failures).toEqual([]);
    await page.close();
  });
});
