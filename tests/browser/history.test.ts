/**
 * Place and indicator pages as a reader meets them, over the development corpus build (.atlas/dist-corpus, made by
 * npm test): the chart with JavaScript off, the offline edition from file://, and links from a place's table cell to
 * the very row of the report it quotes.
 */
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { unzipSync } from 'fflate';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OutcomeRow, PlaceHistory } from '../../src/pipeline/outcomes.ts';
import type { Report, ReportSummary } from '../../src/pipeline/types.ts';
import { readJson } from '../site/html.ts';
import { launch } from './chromium.ts';
import { axeViolations, serve, watchedPage } from './helpers.ts';

const CORPUS_DIST = process.env.ATLAS_CORPUS_DIST ?? '.atlas/dist-corpus';
const places = readJson<PlaceHistory[]>('data/places.json', CORPUS_DIST);
const outcomes = readJson<OutcomeRow[]>('data/outcomes.json', CORPUS_DIST);
/** The government with the most judged pairs: the one whose history the page is for. */
const paired = outcomes.filter((o) => o.outcome !== null);
const placeSlug = paired.length > 0 ? paired[0].place : places[0]?.slug;
/** The report whose page shows the most judged pairs of its previous report's targets: its page compares the two. */
const compared = readJson<ReportSummary[]>('data/reports.json', CORPUS_DIST)
  .map((s) => readJson<Report>(`data/reports/${s.slug}.json`, CORPUS_DIST))
  .filter((r) => r.previous)
  .map((r) => ({ r, judged: paired.filter((o) => o.targetReport === r.previous && o.outcomeReport === r.slug).length }))
  .sort((a, b) => b.judged - a.judged)[0].r;
const gdpPlaces = places.filter((p) => p.rows.some((r) => r.indicatorId === 'gdp'));

let browser: Browser;
let server: Server;
let origin: string;
beforeAll(async () => {
  browser = await launch();
  const s = await serve(CORPUS_DIST);
  server = s.server;
  origin = s.url.replace(/\/$/, '');
});
afterAll(async () => {
  await browser?.close();
  server?.close();
});

describe('indicator page', () => {
  it('shows its chart and table with JavaScript off', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    const failures: string[] = [];
    page.on('response', (r) => {
      if (r.status() >= 400) failures.push(`HTTP ${r.status()}: ${r.url()}`);
    });
    await page.goto(`${origin}/indicators/gdp/`);
    const chart = page.locator('svg[role="img"]').first();
    expect(await chart.isVisible()).toBe(true);
    expect((await chart.boundingBox())!.height).toBeGreaterThan(100);
    expect(await chart.getAttribute('aria-label')).toMatch(/\d{4}年/);
    expect(await page.locator('svg[role="img"] circle, svg[role="img"] rect').count()).toBeGreaterThan(0);
    for (const p of gdpPlaces) expect(await page.locator(`table a[href="/places/${p.slug}/"]`).count(), p.slug).toBeGreaterThan(0);
    expect(failures).toEqual([]);
    await context.close();
  });
});

describe('tables of many places at 390 px', () => {
  it('keep each place name on one line, the first column\'s and those a place belongs to (the table scrolls in its box)', async () => {
    const { page, failures } = await watchedPage(browser, { viewport: { width: 390, height: 800 } });
    const pages: [string, string][] = [
      ['/indicators/gdp/', '.indicator-table tbody th[scope="row"]'],
      ['/places/', '.places-table tbody td:first-child'],
      ['/places/', '.places-table tbody .parents-cell span'],
      ['/places/', '.places-table tbody .years-cell'],
      ['/targets/', '#targets-table tbody td:first-child'],
    ];
    for (const [path, cells] of pages) {
      await page.goto(`${origin}${path}`);
      await page.waitForFunction((sel) => document.querySelectorAll(sel).length > 0, cells);
      // The height of a cell's own text (its row may be taller for the other cells): one line of its line height.
      const heights = await page.locator(cells).evaluateAll((els) =>
        els.map((el) => {
          const range = document.createRange();
          range.selectNodeContents(el);
          const style = getComputedStyle(el);
          const line = parseFloat(style.lineHeight) || parseFloat(style.fontSize) * 1.2;
          return { text: el.textContent!.trim(), lines: range.getBoundingClientRect().height / line };
        }),
      );
      expect(heights.length, path).toBeGreaterThan(1);
      for (const h of heights) expect(h.lines, `${path} ${h.text}`).toBeLessThan(1.5);
      // The page itself does not scroll sideways: the table does, in its own box.
      expect(await page.evaluate(() => document.documentElement.scrollWidth <= innerWidth), path).toBe(true);
    }
    expect(failures).toEqual([]);
    await page.close();
  });
});

describe('place page', () => {
  it('takes the reader from a table cell to the quoted row of the report, and from there back to the place', async () => {
    const { page, failures } = await watchedPage(browser, { viewport: { width: 1280, height: 900 } });
    await page.goto(`${origin}/places/${placeSlug}/`);
    const o = paired.find((x) => x.place === placeSlug) ?? outcomes.find((x) => x.place === placeSlug)!;
    const cellLink = page.locator(`table.history-table a[href="/reports/${o.targetReport}/#${o.target}"]`);
    await cellLink.click();
    await page.waitForURL(`**/reports/${o.targetReport}/#${o.target}`);
    const row = page.locator(`tr[id="${o.target}"]`);
    expect(await row.isVisible()).toBe(true);
    const box = (await row.boundingBox())!;
    expect(box.y).toBeGreaterThanOrEqual(0);
    expect(box.y).toBeLessThan(900);
    await row.locator(`a[href="/places/${placeSlug}/#targets"]`).click();
    await page.waitForURL(`**/places/${placeSlug}/#targets`);
    expect(failures).toEqual([]);
  });
});

describe('offline edition of the corpus from file://', () => {
  it('opens the indicator and place pages from disk, chart included, with no network', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'atlas-history-'));
    const files = unzipSync(readFileSync(join(CORPUS_DIST, 'download/report-atlas-offline.zip')));
    for (const [name, bytes] of Object.entries(files)) {
      mkdirSync(dirname(join(dir, name)), { recursive: true });
      writeFileSync(join(dir, name), bytes);
    }
    const { page, failures } = await watchedPage(browser, { viewport: { width: 1280, height: 900 } });
    const network: string[] = [];
    page.on('request', (r) => {
      if (!r.url().startsWith('file:') && !r.url().startsWith('data:')) network.push(r.url());
    });
    await page.goto(pathToFileURL(join(dir, 'indicators/index.html')).href);
    await page.click('a[href="gdp/index.html"], a[href="../indicators/gdp/index.html"]');
    expect(page.url()).toMatch(/\/indicators\/gdp\/index\.html$/);
    expect(await page.locator('svg[role="img"]').first().isVisible()).toBe(true);
    await page.locator(`table a[href$="places/${gdpPlaces[0].slug}/index.html"]`).first().click();
    expect(page.url()).toMatch(new RegExp(`/places/${gdpPlaces[0].slug}/index\\.html$`));
    expect(await page.locator('h1').textContent()).toContain(gdpPlaces[0].name);
    expect(failures).toEqual([]);
    expect(network).toEqual([]);
  });
});

describe('report page with a previous report', () => {
  it('shows the comparison with no axe violations at 390 and 1280 px, light and dark, and no sideways scroll at 320 px', async () => {
    const found: string[] = [];
    for (const colorScheme of ['light', 'dark'] as const) {
      for (const width of [390, 1280]) {
        const page = await browser.newPage({ viewport: { width, height: 900 }, colorScheme });
        await page.goto(`${origin}/reports/${compared.slug}/`);
        expect(await page.locator('table#previous-comparison tbody tr').count()).toBeGreaterThan(0);
        for (const v of await axeViolations(page)) found.push(`${width}px ${colorScheme}: ${v}`);
        await page.close();
      }
    }
    expect(found).toEqual([]);
    const narrow = await browser.newPage({ viewport: { width: 320, height: 640 } });
    await narrow.goto(`${origin}/reports/${compared.slug}/`);
    expect(await narrow.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBe(0);
    await narrow.close();
  }, 180_000);

  it('takes the reader from an outcome to its row on this page, and from a target then to its row in the previous report', async () => {
    const { page, failures } = await watchedPage(browser, { viewport: { width: 1280, height: 900 } });
    await page.goto(`${origin}/reports/${compared.slug}/`);
    const outcome = page.locator('#previous-comparison a.outcome').first();
    const outcomeId = (await outcome.getAttribute('href'))!.replace(/^#/, '');
    await outcome.click();
    await page.waitForURL(`**/reports/${compared.slug}/#${outcomeId}`);
    expect(await page.locator(`tr[id="${outcomeId}"]`).isVisible()).toBe(true);
    await page.goto(`${origin}/reports/${compared.slug}/`);
    const then = page.locator('#previous-comparison a.then').first();
    const [, slug, id] = (await then.getAttribute('href'))!.match(/^\/reports\/([a-z0-9-]+)\/#(.+)$/)!;
    expect(slug).toBe(compared.previous);
    await then.click();
    await page.waitForURL(`**/reports/${slug}/#${id}`);
    const row = page.locator(`tr[id="${id}"]`);
    expect(await row.isVisible()).toBe(true);
    const box = (await row.boundingBox())!;
    expect(box.y).toBeGreaterThanOrEqual(0);
    expect(box.y).toBeLessThan(900);
    expect(failures).toEqual([]);
    await page.close();
  });
});
