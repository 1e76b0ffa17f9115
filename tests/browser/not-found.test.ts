/**
 * The 404 page as a static host serves it (src/build/static-server.ts: the site's 404.html for any missing address):
 * what it says, its search box, and for a missing report of a known government a link to that government's page — at
 * the root and under a sub-path. The government is taken from the build's data, never named here.
 */
import type { Server } from 'node:http';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ReportSummary } from '../../src/pipeline/types.ts';
import { DIST, SUB_BASE, SUB_DIST, readJson } from '../site/html.ts';
import { launch } from './chromium.ts';
import { serve } from './helpers.ts';

let browser: Browser;
const sites: { dist: string; base: string; server?: Server; root?: string }[] = [
  { dist: DIST, base: '/' },
  { dist: SUB_DIST, base: SUB_BASE },
];

beforeAll(async () => {
  browser = await launch();
  for (const s of sites) ({ server: s.server, url: s.root } = await serve(s.dist, s.base));
});
afterAll(async () => {
  await browser?.close();
  for (const s of sites) s.server?.close();
});

/** A government with a page, and a year the atlas holds no report of it for. */
function missingReportOf(dist: string) {
  const summaries = readJson<ReportSummary[]>('data/reports.json', dist);
  const placed = summaries.find((s) => s.place !== null && s.year !== null)!;
  const years = new Set(summaries.filter((s) => s.place?.slug === placed.place!.slug).map((s) => s.year));
  let year = placed.year! + 1;
  while (years.has(year)) year++;
  return { place: placed.place!, year };
}

describe.each(sites)('the 404 page of the build in $dist (base $base)', (site) => {
  it('says the address is missing, offers the search box, and leads a missing report of a known government to its page', async () => {
    const { place, year } = missingReportOf(site.dist);
    const page = await browser.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    const response = await page.goto(`${site.root}reports/${place.slug}-${year}/`);
    expect(response?.status()).toBe(404);
    await expect(page.locator('html').getAttribute('lang')).resolves.toBe('zh-CN');
    await expect(page.locator('h1').textContent()).resolves.toContain('找不到');
    await expect(page.locator('main').textContent()).resolves.toContain(`/reports/${place.slug}-${year}/`);
    const suggestion = page.locator('#place-suggestion a');
    await expect(suggestion.getAttribute('href')).resolves.toBe(`${site.base}places/${place.slug}/`);
    await expect(suggestion.textContent()).resolves.toContain(place.name);
    // The search box leads to the site's search page with the words.
    await page.fill('main input[type="search"]', place.name);
    await Promise.all([page.waitForURL(/\/search\/\?q=/), page.press('main input[type="search"]', 'Enter')]);
    expect(new URL(page.url()).pathname).toBe(`${site.base}search/`);
    // The suggested page exists.
    const placePage = await page.request.get(new URL(`${site.base}places/${place.slug}/`, site.root).href);
    expect(placePage.status()).toBe(200);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('suggests nothing for an address that names no known government', async () => {
    const page = await browser.newPage();
    await page.goto(`${site.root}reports/no-such-place-at-all-2020/`);
    await expect(page.locator('h1').textContent()).resolves.toContain('找不到');
    await expect(page.locator('#place-suggestion').isHidden()).resolves.toBe(true);
    await page.goto(`${site.root}no/such/page/`);
    await expect(page.locator('#place-suggestion').isHidden()).resolves.toBe(true);
    await page.close();
  });
});
