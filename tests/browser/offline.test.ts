import { mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { unzipSync } from 'fflate';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Report, ReportSummary } from '../../src/pipeline/types.ts';
import { DIST, readJson } from '../site/html.ts';
import { launch } from './chromium.ts';
import { watchedPage } from './helpers.ts';

const summaries = readJson<ReportSummary[]>('data/reports.json');
const reports = summaries.map((s) => readJson<Report>(`data/reports/${s.slug}.json`));
/** Width, case and spaces folded; web subscripts PM_2.5 read as PM2.5. */
const fold = (s: string) => s.normalize('NFKC').toLowerCase().replace(/\s+/g, '').replace(/_(?=\d)/g, '');
const containing = (q: string) =>
  reports.filter((r) => r.sections.some((s) => fold(`${s.number ?? ''}${s.title}\n${s.paragraphs.map((p) => p.text).join('\n')}`).includes(fold(q)))).map((r) => r.slug).sort();

/** Does what submits a form and waits for the page it leads to, wherever that is (a missing file is an error page). */
async function submitted(page: Page, act: () => Promise<void>) {
  await Promise.all([page.waitForEvent('framenavigated', { predicate: (f) => f === page.mainFrame() }), act()]);
  await page.waitForLoadState('domcontentloaded');
}

let browser: Browser;
let home: string;

beforeAll(async () => {
  browser = await launch();
  // Unzip the download somewhere else entirely, as a reader would.
  const dir = mkdtempSync(join(tmpdir(), 'atlas-offline-'));
  const files = unzipSync(readFileSync(join(DIST, 'download/report-atlas-offline.zip')));
  for (const [name, bytes] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, name)), { recursive: true });
    writeFileSync(join(dir, name), bytes);
  }
  home = pathToFileURL(join(dir, 'index.html')).href;
});
afterAll(async () => {
  await browser?.close();
});

describe('offline edition from file://', () => {
  it('shows every report, navigates, and searches in Chinese with no network and no failed load', async () => {
    const { page, failures } = await watchedPage(browser, { viewport: { width: 1280, height: 900 } });
    const network: string[] = [];
    page.on('request', (r) => {
      if (!r.url().startsWith('file:') && !r.url().startsWith('data:')) network.push(r.url());
    });
    await page.goto(home);
    for (const s of summaries) await expect(page.locator(`a[href="reports/${s.slug}/index.html"]`).count()).resolves.toBe(1);

    await page.click(`a[href="reports/${summaries[0].slug}/index.html"]`);
    await expect(page.locator('h1').textContent()).resolves.toBe(summaries[0].title);
    expect(page.url()).toMatch(/^file:.*\/reports\/[a-z0-9-]+\/index\.html$/);

    await page.click('a:has-text("目标指标")');
    await expect(page.locator('svg[role="img"]').count()).resolves.toBeGreaterThan(0);

    await page.click('a:has-text("搜索")');
    expect(page.url()).toMatch(/\/search\/index\.html$/);
    await page.fill('input[type="search"]', '城镇新增就业');
    await page.press('input[type="search"]', 'Enter');
    await page.waitForFunction(() => /找到/.test(document.getElementById('search-status')!.textContent!));
    const hrefs = await page.locator('#search-results a').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
    expect(hrefs.length).toBeGreaterThan(0);
    for (const h of hrefs) expect(h).toMatch(/reports\/[a-z0-9-]+\/index\.html\?highlight=.*#[a-z0-9-]+$/);

    await page.click('#search-results a >> nth=0');
    await page.waitForLoadState('load');
    const hash = decodeURIComponent(new URL(page.url()).hash.slice(1));
    await expect(page.locator(`[id="${hash}"]`).count()).resolves.toBe(1);
    await page.waitForFunction(() => document.querySelectorAll('mark.search-hit').length > 0);
    const inView = await page.locator(`[id="${hash}"]`).evaluate((el) => {
      const top = el.getBoundingClientRect().top;
      return top >= -1 && top < innerHeight;
    });
    expect(inView).toBe(true);

    expect(network).toEqual([]);
    expect(failures).toEqual([]);
    await page.close();
  });

  it('searches from the header box of any page, as a reader does: type, press Enter, results from disk', async () => {
    const q = '城镇新增就业';
    expect(containing(q).length).toBeGreaterThan(0);
    const { page, failures } = await watchedPage(browser);
    const network: string[] = [];
    page.on('request', (r) => {
      if (!r.url().startsWith('file:') && !r.url().startsWith('data:')) network.push(r.url());
    });
    // Pages at every depth: home, a report, the explorer, an indicator page.
    const indicator = readdirSync(join(DIST, 'indicators')).find((f) => f !== 'index.html');
    const pages = ['index.html', `reports/${summaries[0].slug}/index.html`, 'targets/index.html', ...(indicator ? [`indicators/${indicator}/index.html`] : [])];
    for (const from of pages) {
      await page.goto(home.replace(/index\.html$/, from));
      await page.fill('#site-q', q);
      await submitted(page, () => page.press('#site-q', 'Enter'));
      const url = new URL(page.url());
      expect(url.href.startsWith(home.replace(/index\.html$/, 'search/index.html')), `${from} → ${url.href}`).toBe(true);
      expect(url.searchParams.get('q')).toBe(q);
      await page.waitForFunction(() => /找到/.test(document.getElementById('search-status')!.textContent!));
      const hrefs = await page.locator('#search-results a').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
      expect(hrefs.length, from).toBeGreaterThan(0);
      expect(containing(q)).toContain(hrefs[0].match(/reports\/([^/]+)\//)![1]);
    }
    expect(network).toEqual([]);
    expect(failures).toEqual([]);
    await page.close();
  });

  it('reaches the search page from the header box with JavaScript off (a plain form GET from disk)', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(home.replace(/index\.html$/, `reports/${summaries[0].slug}/index.html`));
    await page.fill('#site-q', '托位');
    await submitted(page, () => page.press('#site-q', 'Enter'));
    expect(page.url().startsWith(home.replace(/index\.html$/, 'search/index.html?q=')), page.url()).toBe(true);
    await expect(page.locator('h1').textContent()).resolves.toMatch(/搜索/);
    await context.close();
  });

  it('opens a search link with ?q= from disk', async () => {
    const { page, failures } = await watchedPage(browser);
    await page.goto(home.replace(/index\.html$/, `search/index.html?q=${encodeURIComponent('托位')}`));
    await page.waitForFunction(() => /找到/.test(document.getElementById('search-status')!.textContent!));
    await expect(page.locator('#search-results a').count()).resolves.toBeGreaterThan(0);
    expect(failures).toEqual([]);
    await page.close();
  });

  it('searches exactly from disk, loading only the index shards and texts a query needs', async () => {
    const { page, failures } = await watchedPage(browser);
    const loads: string[] = [];
    page.on('request', (r) => loads.push(r.url()));
    for (const q of ['托位', '托学', 'PM2.5']) {
      await page.goto(home.replace(/index\.html$/, `search/index.html?q=${encodeURIComponent(q)}`));
      await page.waitForFunction(() => /找到|没有/.test(document.getElementById('search-status')!.textContent!) && !document.getElementById('search-results')!.hasAttribute('aria-busy'));
      while (await page.locator('#search-more').isVisible()) {
        await page.click('#search-more');
        await page.waitForFunction(() => !document.getElementById('search-results')!.hasAttribute('aria-busy'));
      }
      const hrefs = await page.locator('#search-results a').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
      expect([...new Set(hrefs.map((h) => h.match(/reports\/([^/]+)\//)![1]))].sort(), q).toEqual(containing(q));
    }
    const shards = loads.filter((u) => u.includes('/search/offline/shards/'));
    expect(shards.length).toBeGreaterThan(0);
    expect(loads.filter((u) => u.includes('/search/offline/text/')).length).toBeLessThanOrEqual(3 * summaries.length);
    expect(loads.some((u) => /search-index\.js/.test(u))).toBe(false);
    expect(loads.every((u) => u.startsWith('file:') || u.startsWith('data:'))).toBe(true);
    expect(failures).toEqual([]);
    await page.close();
  });

  it('runs the targets explorer from disk: rows from data scripts, filters and sorting', async () => {
    const { page, failures } = await watchedPage(browser);
    const network: string[] = [];
    page.on('request', (r) => {
      if (!r.url().startsWith('file:') && !r.url().startsWith('data:')) network.push(r.url());
    });
    await page.goto(home.replace(/index\.html$/, 'targets/index.html?kind=target'));
    await page.waitForFunction(() => document.getElementById('explorer-status')!.textContent === '' && document.querySelectorAll('#targets-table tbody tr').length > 0);
    const targets = reports.flatMap((r) => r.targets).filter((t) => t.kind === 'target');
    await expect(page.locator('#explorer-count').textContent()).resolves.toBe(`共 ${targets.length} 项`);
    const href = await page.locator('#targets-table tbody a').first().getAttribute('href');
    expect(href).toMatch(/^\.\.\/reports\/[a-z0-9-]+\/index\.html#t-/);
    expect(network).toEqual([]);
    expect(failures).toEqual([]);
    await page.close();
  });
});

/**
 * A province edition of the corpus build (scripts/test.ts builds it with ATLAS_EDITION_SPLIT_BYTES=0, so the small
 * corpus gets the editions a large one gets): unzipped elsewhere, it holds its province's reports and nothing links to
 * any other; its pages, the header box and the search page work from disk, and nothing is requested off the disk.
 */
describe('a province edition of the corpus from file://', () => {
  const CORPUS_DIST = process.env.ATLAS_CORPUS_DIST ?? '.atlas/dist-corpus';
  interface Entry { key: string; name: string; file: string; bytes: number; reports: number }
  const editions = readJson<Entry[]>('download/editions.json', CORPUS_DIST);
  const corpusSummaries = readJson<ReportSummary[]>('data/reports.json', CORPUS_DIST);
  const groupOf = (s: ReportSummary) => (s.place?.level === 'national' ? '全国' : s.province);
  // The province with the most reports.
  const edition = editions.filter((e) => e.key !== 'all' && e.key !== 'national' && e.key !== 'other').sort((a, b) => b.reports - a.reports)[0];
  const own = corpusSummaries.filter((s) => groupOf(s) === edition.name);
  const ownSlugs = new Set(own.map((s) => s.slug));
  const corpusReports = () => corpusSummaries.map((s) => readJson<Report>(`data/reports/${s.slug}.json`, CORPUS_DIST));
  let dir: string;
  let root: string;
  let names: string[];

  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'atlas-edition-'));
    const files = unzipSync(readFileSync(join(CORPUS_DIST, 'download', edition.file)));
    names = Object.keys(files);
    for (const [name, bytes] of Object.entries(files)) {
      mkdirSync(dirname(join(dir, name)), { recursive: true });
      writeFileSync(join(dir, name), bytes);
    }
    root = pathToFileURL(dir).href + '/';
  });

  it('the download page lists every edition with the size of its zip', () => {
    const page = readFileSync(join(CORPUS_DIST, 'download/index.html'), 'utf8');
    expect(editions.length).toBeGreaterThan(2);
    expect(editions.some((e) => e.key === 'national')).toBe(true);
    expect(editions.reduce((n, e) => n + (e.key === 'all' ? 0 : e.reports), 0)).toBe(corpusSummaries.length);
    for (const e of editions) {
      const size = statSync(join(CORPUS_DIST, 'download', e.file)).size;
      expect(e.bytes, e.file).toBe(size);
      const row = page.match(new RegExp(`<tr data-edition="${e.key}" data-bytes="(\\d+)">([\\s\\S]*?)</tr>`));
      expect(row, e.file).not.toBeNull();
      expect(Number(row![1])).toBe(size);
      expect(row![2]).toContain(`href="${e.file}"`);
      const shown = row![2].match(/([\d.]+) (MB|KB)/)!;
      const stated = Number(shown[1]) * (shown[2] === 'MB' ? 1024 * 1024 : 1024);
      expect(Math.abs(stated - size) / size, e.file).toBeLessThan(0.06);
    }
  });

  it('holds its own reports and links to no report, place or page outside itself', () => {
    const reportPages = names.filter((n) => /^reports\/[^/]+\/index\.html$/.test(n)).map((n) => n.split('/')[1]);
    expect(new Set(reportPages)).toEqual(ownSlugs);
    const fileSet = new Set(names);
    for (const name of names.filter((n) => n.endsWith('.html'))) {
      const html = readFileSync(join(dir, name), 'utf8');
      for (const m of html.matchAll(/\s(?:href|src|action)="(?![a-z]+:)([^"#?]*)[^"]*"/g)) {
        if (!m[1]) continue;
        const target = join(name, '..', decodeURIComponent(m[1]));
        expect(fileSet.has(target), `${name} → ${m[1]}`).toBe(true);
        const slug = target.match(/^reports\/([^/]+)\//)?.[1];
        if (slug) expect(ownSlugs.has(slug), `${name} → ${m[1]}`).toBe(true);
      }
    }
    // Each report's text to take away: the plain text, linked from its page; the Markdown, which repeats it, is the
    // website's only (neither held nor linked).
    for (const slug of ownSlugs) {
      expect(fileSet.has(`reports/${slug}/${slug}.txt`), slug).toBe(true);
      expect(fileSet.has(`reports/${slug}/${slug}.md`), slug).toBe(false);
      const html = readFileSync(join(dir, 'reports', slug, 'index.html'), 'utf8');
      expect(html).toContain(`href="${slug}.txt"`);
      expect(html).not.toContain('.md"');
    }
    // Its data: the edition's reports only.
    expect(new Set(JSON.parse(readFileSync(join(dir, 'data/reports.json'), 'utf8')).map((s: ReportSummary) => s.slug))).toEqual(ownSlugs);
    expect(names.some((n) => n.startsWith('pagefind/') || n.startsWith('download/'))).toBe(false);
  });

  it('shows its reports, searches from the header box and the search page, and runs the explorer, all from disk', async () => {
    const reportsAll = corpusReports();
    const containingIn = (q: string, slugs?: Set<string>) =>
      reportsAll
        .filter((r) => (!slugs || slugs.has(r.slug)) && r.sections.some((s) => fold(`${s.number ?? ''}${s.title}\n${s.paragraphs.map((p) => p.text).join('\n')}`).includes(fold(q))))
        .map((r) => r.slug)
        .sort();
    // A query found both inside the edition and outside it.
    const q = ['城镇新增就业', '高质量发展', '营商环境', '乡村振兴'].find((w) => containingIn(w, ownSlugs).length > 0 && containingIn(w).length > containingIn(w, ownSlugs).length)!;
    expect(q).toBeDefined();
    const { page, failures } = await watchedPage(browser, { viewport: { width: 1280, height: 900 } });
    const offDisk: string[] = [];
    page.on('request', (r) => {
      if (!r.url().startsWith('file:') && !r.url().startsWith('data:')) offDisk.push(r.url());
    });
    await page.goto(`${root}index.html`);
    const listed = await page.locator('#report-groups a').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
    expect(new Set(listed.map((h) => h.match(/^reports\/([^/]+)\/index\.html$/)![1]))).toEqual(ownSlugs);
    await expect(page.locator('main').textContent()).resolves.toContain(`本分册收录 ${own.length} 份报告`);

    // The header box, as a reader uses it: type, Enter, from the home page, a report page and the places index.
    for (const from of ['index.html', `reports/${own[0].slug}/index.html`, 'places/index.html']) {
      await page.goto(root + from);
      await page.fill('#site-q', q);
      await submitted(page, () => page.press('#site-q', 'Enter'));
      expect(page.url().startsWith(`${root}search/index.html?`), `${from} → ${page.url()}`).toBe(true);
      await page.waitForFunction(() => /找到|没有/.test(document.getElementById('search-status')!.textContent!) && !document.getElementById('search-results')!.hasAttribute('aria-busy'));
      while (await page.locator('#search-more').isVisible()) {
        await page.click('#search-more');
        await page.waitForFunction(() => !document.getElementById('search-results')!.hasAttribute('aria-busy'));
      }
      const hrefs = await page.locator('#search-results a').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
      expect([...new Set(hrefs.map((h) => h.match(/reports\/([^/]+)\//)![1]))].sort(), from).toEqual(containingIn(q, ownSlugs));
    }
    // The search page's own box.
    await page.fill('input[type="search"]', '托位');
    await page.press('input[type="search"]', 'Enter');
    await page.waitForFunction(() => /找到|没有/.test(document.getElementById('search-status')!.textContent!) && !document.getElementById('search-results')!.hasAttribute('aria-busy'));
    for (const h of await page.locator('#search-results a').evaluateAll((as) => as.map((a) => a.getAttribute('href')!))) {
      expect(ownSlugs.has(h.match(/reports\/([^/]+)\//)![1])).toBe(true);
    }

    // A result opens its section.
    await page.goto(`${root}search/index.html?q=${encodeURIComponent(q)}`);
    await page.waitForFunction(() => /找到/.test(document.getElementById('search-status')!.textContent!));
    await page.click('#search-results a >> nth=0');
    await page.waitForLoadState('load');
    await expect(page.locator(`[id="${decodeURIComponent(new URL(page.url()).hash.slice(1))}"]`).count()).resolves.toBe(1);

    // The explorer: the edition's rows alone.
    await page.goto(`${root}targets/index.html`);
    await page.waitForFunction(() => document.getElementById('explorer-status')!.textContent === '' && document.querySelectorAll('#targets-table tbody tr').length > 0);
    const ownTargets = own.reduce((n, s) => n + s.targetCount, 0);
    await expect(page.locator('#explorer-count').textContent()).resolves.toBe(`共 ${ownTargets} 项`);

    // An indicator page: only the edition's places in its tables.
    const indicator = names.find((n) => /^indicators\/[^/]+\/index\.html$/.test(n));
    if (indicator) {
      await page.goto(root + indicator);
      const rowLinks = await page.locator('table a[href*="reports/"]').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
      expect(rowLinks.length).toBeGreaterThan(0);
      for (const h of rowLinks) expect(ownSlugs.has(h.match(/reports\/([^/]+)\//)![1]), h).toBe(true);
    }

    expect(offDisk).toEqual([]);
    expect(failures).toEqual([]);
    await page.close();
  });
});
