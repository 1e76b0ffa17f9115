import type { Browser } from 'playwright-core';
import type { Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Report, ReportSummary } from '../../src/pipeline/types.ts';
import { DIST, SUB_BASE, SUB_DIST, readJson } from '../site/html.ts';
import { launch } from './chromium.ts';
import { serve, watchedPage } from './helpers.ts';

const summaries = readJson<ReportSummary[]>('data/reports.json');
const reports = summaries.map((s) => readJson<Report>(`data/reports/${s.slug}.json`));
const fold = (s: string) => s.normalize('NFKC').toLowerCase().replace(/\s+/g, '');
/** The reports whose text really contains the words: what search must name, no more, no less. */
const containing = (q: string) =>
  reports.filter((r) => r.sections.some((s) => fold(`${s.number ?? ''}${s.title}\n${s.paragraphs.map((p) => p.text).join('\n')}`).includes(fold(q)))).map((r) => r.slug).sort();

let browser: Browser;
let server: Server;
let root: string;
let subServer: Server;
let subRoot: string;

beforeAll(async () => {
  browser = await launch();
  ({ server, url: root } = await serve(DIST, '/'));
  ({ server: subServer, url: subRoot } = await serve(SUB_DIST, SUB_BASE));
});
afterAll(async () => {
  await browser?.close();
  server?.close();
  subServer?.close();
});

describe('reading a report', () => {
  it('opens a report from the home page and follows a table-of-contents link to its section', async () => {
    const { page, failures } = await watchedPage(browser, { viewport: { width: 1280, height: 900 } });
    await page.goto(root);
    const first = summaries[0];
    await page.click(`a[href="/reports/${first.slug}/"]`);
    await expect(page.locator('h1').textContent()).resolves.toBe(first.title);
    const target = reports[0].sections.find((s) => s.level === 2) ?? reports[0].sections.at(-1)!;
    await page.click(`.toc-wide a[href="#${target.id}"]`);
    expect(new URL(page.url()).hash).toBe(`#${target.id}`);
    await expect(page.locator(`[id="${target.id}"]`).isVisible()).resolves.toBe(true);
    const inView = await page.locator(`[id="${target.id}"]`).evaluate((el) => el.getBoundingClientRect().top >= -1 && el.getBoundingClientRect().top < innerHeight);
    expect(inView).toBe(true);
    await page.waitForFunction((id) => document.querySelector(`[data-toc-link="${id}"]`)?.classList.contains('current'), target.id);
    expect(failures).toEqual([]);
    await page.close();
  });

  it('reads and navigates with JavaScript off', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${root}reports/${summaries[0].slug}/`);
    const links = await page.locator('.toc-wide a').count();
    expect(links).toBeGreaterThan(0);
    await page.locator('.toc-narrow summary').isVisible();
    const firstPara = reports[0].sections.find((s) => s.paragraphs.length)!.paragraphs[0].text;
    await expect(page.locator('.report-body').textContent()).resolves.toContain(firstPara);
    await context.close();
  });

  it('lands on a shared #id, highlights it, and copies a section link', async () => {
    const context = await browser.newContext();
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: root.replace(/\/$/, '') });
    const page = await context.newPage();
    const r = reports.find((x) => x.targets.length)!;
    const t = r.targets[0];
    await page.goto(`${root}reports/${r.slug}/#${t.id}`);
    await page.waitForFunction((id) => document.getElementById(id)?.classList.contains('flash'), t.id);
    const section = r.sections.at(-1)!;
    await page.click(`[id="${section.id}"] [data-copy-link]`);
    await page.waitForFunction(() => document.querySelector('.copied'));
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toBe(`${root}reports/${r.slug}/#${section.id}`);
    await context.close();
  });
});

describe('search', () => {
  for (const q of ['托位', '城镇新增就业', '优良天数', 'PM2.5']) {
    it(`/search/?q=${q} lists exactly the reports containing it, linking to sections`, async () => {
      const { page, failures } = await watchedPage(browser);
      const pagefindLoads: string[] = [];
      page.on('request', (req) => {
        if (req.url().includes('/pagefind/')) pagefindLoads.push(req.url());
      });
      await page.goto(`${root}search/?q=${encodeURIComponent(q)}`);
      await page.waitForFunction(() => /找到|没有/.test(document.getElementById('search-status')!.textContent!));
      await expect(page.locator('input[type="search"]').inputValue()).resolves.toBe(q);
      const hrefs = await page.locator('#search-results a').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).getAttribute('href')!));
      const slugs = [...new Set(hrefs.map((h) => h.match(/reports\/([^/]+)\//)![1]))].sort();
      expect(slugs).toEqual(containing(q));
      for (const h of hrefs) expect(h).toMatch(/\/reports\/[a-z0-9-]+\/.*#[a-z0-9-]+$/);
      expect(pagefindLoads.some((u) => u.endsWith('pagefind.js'))).toBe(true);
      // Pagefind's own index ranked results: it is really used, not only the exact-match fallback.
      const ranked = Number(await page.locator('#search-results').getAttribute('data-ranked-by-pagefind'));
      if (hrefs.length) expect(ranked).toBeGreaterThan(0);
      expect(failures).toEqual([]);
      await page.close();
    });
  }

  it('names no report for words Pagefind segments into matches that the text does not have', async () => {
    const { page } = await watchedPage(browser);
    // 托育 and 学位 both occur; 托学 does not: a segmenting index may still match it.
    expect(containing('托学')).toEqual([]);
    await page.goto(`${root}search/?q=${encodeURIComponent('托学')}`);
    await page.waitForFunction(() => /找到|没有/.test(document.getElementById('search-status')!.textContent!));
    await expect(page.locator('#search-results a').count()).resolves.toBe(0);
    await page.close();
  });

  it('filters by city, keeps the query in the URL, and a result lands on its section with the words marked', async () => {
    const { page, failures } = await watchedPage(browser);
    await page.goto(`${root}search/`);
    await page.fill('input[type="search"]', '托位');
    await page.press('input[type="search"]', 'Enter');
    await page.waitForFunction(() => /找到/.test(document.getElementById('search-status')!.textContent!));
    expect(new URL(page.url()).searchParams.get('q')).toBe('托位');
    const city = summaries.find((s) => containing('托位').includes(s.slug))!.city!;
    await page.selectOption('#f-city', city);
    await page.waitForFunction(() => /找到/.test(document.getElementById('search-status')!.textContent!));
    const hrefs = await page.locator('#search-results a').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
    const citySlugs = summaries.filter((s) => s.city === city).map((s) => s.slug);
    for (const h of hrefs) expect(citySlugs.some((s) => h.includes(`/reports/${s}/`))).toBe(true);
    await page.click('#search-results a >> nth=0');
    await page.waitForLoadState('load');
    const hash = new URL(page.url()).hash.slice(1);
    await expect(page.locator(`[id="${hash}"]`).count()).resolves.toBe(1);
    await page.waitForFunction(() => document.querySelectorAll('mark.search-hit').length > 0);
    expect(failures).toEqual([]);
    await page.close();
  });
});

describe('targets explorer', () => {
  it('filters by kind and theme, sorts, and keeps the view in the URL', async () => {
    const { page, failures } = await watchedPage(browser);
    await page.goto(`${root}targets/`);
    const all = await page.locator('#targets-table tbody tr').count();
    await page.selectOption('select[name="kind"]', 'achievement');
    const kinds = await page.locator('#targets-table tbody tr:not([hidden])').evaluateAll((rows) => rows.map((r) => (r as HTMLElement).dataset.kind));
    expect(kinds.length).toBeGreaterThan(0);
    expect(kinds.length).toBeLessThan(all);
    expect(new Set(kinds)).toEqual(new Set(['achievement']));
    await page.click('button[data-sort="value"]');
    await page.click('button[data-sort="value"]');
    const values = await page.locator('#targets-table tbody tr:not([hidden])').evaluateAll((rows) => rows.map((r) => Number((r as HTMLElement).dataset.value)));
    expect(values).toEqual([...values].sort((a, b) => b - a));
    const url = page.url();
    expect(new URL(url).searchParams.get('kind')).toBe('achievement');
    expect(new URL(url).searchParams.get('dir')).toBe('desc');
    await page.goto(url);
    await expect(page.locator('select[name="kind"]').inputValue()).resolves.toBe('achievement');
    await expect(page.locator('#targets-table tbody tr:not([hidden])').count()).resolves.toBe(kinds.length);
    await expect(page.locator('svg[role="img"]').count()).resolves.toBeGreaterThan(0);
    expect(failures).toEqual([]);
    await page.close();
  });
});

describe('sub-path build', () => {
  it('works under its base path: pages, links, assets and Pagefind search', async () => {
    const { page, failures } = await watchedPage(browser);
    await page.goto(subRoot);
    await page.click(`a[href="${SUB_BASE}reports/${summaries[0].slug}/"]`);
    await expect(page.locator('h1').textContent()).resolves.toBe(summaries[0].title);
    await page.click(`a[href="${SUB_BASE}search/"]`);
    await page.fill('input[type="search"]', '托位');
    await page.press('input[type="search"]', 'Enter');
    await page.waitForFunction(() => /找到/.test(document.getElementById('search-status')!.textContent!));
    const hrefs = await page.locator('#search-results a').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
    expect(hrefs.length).toBeGreaterThan(0);
    for (const h of hrefs) expect(h.startsWith(`${SUB_BASE}reports/`)).toBe(true);
    expect(failures).toEqual([]);
    await page.close();
  });
});

describe('installable offline', () => {
  it('keeps the pages a reader opened, so they can be read and searched again without a network', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(root);
    await page.evaluate(() => navigator.serviceWorker.ready.then(() => true));
    // Opened once online (now under the service worker): a search and the report it leads to.
    await page.goto(`${root}search/?q=${encodeURIComponent('托位')}`);
    await page.waitForFunction(() => /找到/.test(document.getElementById('search-status')!.textContent!));
    await page.click('#search-results a >> nth=0');
    await page.waitForLoadState('load');
    const opened = page.url();
    await context.setOffline(true);
    await page.goto(`${root}search/?q=${encodeURIComponent('托位')}`);
    await page.waitForFunction(() => /找到/.test(document.getElementById('search-status')!.textContent!));
    const hrefs = await page.locator('#search-results a').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
    const slugs = [...new Set(hrefs.map((h) => h.match(/reports\/([^/]+)\//)![1]))].sort();
    expect(slugs).toEqual(containing('托位'));
    await page.goto(opened);
    await expect(page.locator('h1').count()).resolves.toBe(1);
    await context.close();
  });
});
