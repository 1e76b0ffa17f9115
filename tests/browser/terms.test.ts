/**
 * 词语历年 in Chromium: a term typed into the page's form gives the table #term-years whose counts equal a search of
 * the built reports' text, year by year and tier by tier — over http and from file:// in the offline edition — and a
 * count leads to the search restricted to its year and tier, which lists only such reports.
 */
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { unzipSync } from 'fflate';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fold } from '../../src/publish/offline-search.ts';
import { foldedSections, tierOf } from '../../src/publish/term-index.ts';
import type { Report, ReportSummary } from '../../src/pipeline/types.ts';
import { DIST, readJson } from '../site/html.ts';
import { launch } from './chromium.ts';
import { serve, watchedPage } from './helpers.ts';

const summaries = readJson<ReportSummary[]>('data/reports.json');
const sections = summaries.map((s) => foldedSections(readJson<Report>(`data/reports/${s.slug}.json`)));
/** "tier year" → reports holding the term, by plain string search (groups with none included, as the table has them). */
function truth(term: string): Map<string, number> {
  const t = fold(term);
  const out = new Map<string, number>();
  summaries.forEach((s, i) => {
    const tier = tierOf(s);
    if (tier === null || s.year === null) return;
    const key = `${tier} ${s.year}`;
    out.set(key, (out.get(key) ?? 0) + (sections[i].some((sec) => sec.includes(t)) ? 1 : 0));
  });
  return out;
}
/** Terms from the built text: a common word, a rarer longer phrase of the first report, and one absent everywhere. */
const longPhrase = sections[0].find((s) => s.length > 20)!.slice(5, 12);
const TERMS = ['发展', longPhrase, '※无此词※'];

async function countsShown(page: Page, term: string): Promise<Map<string, number>> {
  await page.fill('#terms-q', term);
  await page.press('#terms-q', 'Enter');
  await page.waitForFunction((t) => (document.getElementById('terms-status')?.textContent ?? '').includes(t) && !/正在/.test(document.getElementById('terms-status')!.textContent!), term);
  const rows = await page.$$eval('#term-years tbody tr', (trs) => trs.map((tr) => [`${tr.getAttribute('data-tier')} ${tr.getAttribute('data-year')}`, Number(tr.getAttribute('data-reports'))] as [string, number]));
  return new Map(rows);
}

let browser: Browser;
let server: Server;
let root: string;
let offlineHome: string;
beforeAll(async () => {
  browser = await launch();
  ({ server, url: root } = await serve(DIST, '/'));
  const dir = mkdtempSync(join(tmpdir(), 'atlas-terms-offline-'));
  for (const [name, bytes] of Object.entries(unzipSync(readFileSync(join(DIST, 'download/report-atlas-offline.zip'))))) {
    mkdirSync(dirname(join(dir, name)), { recursive: true });
    writeFileSync(join(dir, name), bytes);
  }
  offlineHome = pathToFileURL(join(dir, 'index.html')).href;
});
afterAll(async () => {
  await browser?.close();
  server?.close();
});

describe('词语历年 in Chromium', () => {
  it('over http: typed terms give the counts of a text search, and a count leads to the search for its year and tier', async () => {
    const { page, failures } = await watchedPage(browser, { viewport: { width: 1280, height: 900 } });
    await page.goto(`${root}terms/`);
    for (const term of TERMS) {
      const shown = await countsShown(page, term);
      const t = truth(term);
      // Absent everywhere: every row is there, each with 0 (the status says so).
      expect(shown, term).toEqual(t);
    }
    await expect(page.locator('#terms-chart svg').count()).resolves.toBe(1);
    // A count's link: the search page with the year and the tier chosen, whose results are of that year and tier only.
    await countsShown(page, '发展');
    const link = page.locator('#term-years tbody tr[data-reports]:not([data-reports="0"]) a').first();
    const row = link.locator('xpath=ancestor::tr');
    const [year, tier] = [await row.getAttribute('data-year'), await row.getAttribute('data-tier')];
    await link.click();
    await page.waitForFunction(() => /找到|没有/.test(document.getElementById('search-status')?.textContent ?? ''));
    await expect(page.inputValue('#f-year')).resolves.toBe(year);
    await expect(page.inputValue('#f-tier')).resolves.toBe(tier);
    const slugs = await page.$$eval('#search-results .hit-report', (lis) => lis.map((li) => li.getAttribute('data-report')));
    expect(slugs.length).toBeGreaterThan(0);
    for (const slug of slugs) {
      const s = summaries.find((x) => x.slug === slug)!;
      expect([String(s.year), tierOf(s)]).toEqual([year, tier]);
    }
    // And the search page links back to this page for its words.
    await expect(page.locator('#search-terms-link a').getAttribute('href')).resolves.toBe('/terms/?q=' + encodeURIComponent('发展'));
    expect(failures).toEqual([]);
  });

  it("from file:// in a province edition, whose longer terms are confirmed in its reports' text, with no network", async () => {
    // The province with the most reports in the corpus build (scripts/test.ts makes its editions), unzipped elsewhere.
    const CORPUS_DIST = process.env.ATLAS_CORPUS_DIST ?? '.atlas/dist-corpus';
    const editions = readJson<{ key: string; file: string; reports: number }[]>('download/editions.json', CORPUS_DIST);
    const edition = editions.filter((e) => !['all', 'national', 'other'].includes(e.key)).sort((a, b) => b.reports - a.reports)[0];
    const dir = mkdtempSync(join(tmpdir(), 'atlas-terms-edition-'));
    for (const [name, bytes] of Object.entries(unzipSync(readFileSync(join(CORPUS_DIST, 'download', edition.file))))) {
      mkdirSync(dirname(join(dir, name)), { recursive: true });
      writeFileSync(join(dir, name), bytes);
    }
    const own = JSON.parse(readFileSync(join(dir, 'data/reports.json'), 'utf8')) as ReportSummary[];
    const ownSections = own.map((s) => foldedSections(JSON.parse(readFileSync(join(dir, 'data/reports', `${s.slug}.json`), 'utf8')) as Report));
    const ownTruth = (term: string) => {
      const out = new Map<string, number>();
      own.forEach((s, i) => {
        const tier = tierOf(s);
        if (tier === null || s.year === null) return;
        out.set(`${tier} ${s.year}`, (out.get(`${tier} ${s.year}`) ?? 0) + (ownSections[i].some((sec) => sec.includes(fold(term))) ? 1 : 0));
      });
      return out;
    };
    // A phrase of its last report (more than three characters: confirmed in the texts) and a common word (one set).
    const phrase = ownSections.at(-1)!.find((sec) => sec.length > 40)!.slice(20, 28);
    const { page, failures } = await watchedPage(browser, { viewport: { width: 1280, height: 900 } });
    const network: string[] = [];
    const texts: string[] = [];
    page.on('request', (r) => {
      if (!r.url().startsWith('file:') && !r.url().startsWith('data:')) network.push(r.url());
      if (r.url().includes('/search/offline/text/')) texts.push(r.url());
    });
    await page.goto(pathToFileURL(join(dir, 'terms', 'index.html')).href);
    expect(await countsShown(page, '发展'), '发展').toEqual(ownTruth('发展'));
    expect(texts).toEqual([]);
    const shown = await countsShown(page, phrase);
    expect(shown, phrase).toEqual(ownTruth(phrase));
    expect([...shown.values()].some((n) => n > 0)).toBe(true);
    expect(texts.length).toBeGreaterThan(0);
    expect(network).toEqual([]);
    expect(failures).toEqual([]);
  });

  it('from file:// in the offline edition, with no network', async () => {
    const { page, failures } = await watchedPage(browser, { viewport: { width: 390, height: 800 } });
    const network: string[] = [];
    page.on('request', (r) => {
      if (!r.url().startsWith('file:') && !r.url().startsWith('data:')) network.push(r.url());
    });
    await page.goto(offlineHome.replace(/index\.html$/, 'terms/index.html'));
    for (const term of TERMS) expect(await countsShown(page, term), term).toEqual(truth(term));
    expect(network).toEqual([]);
    expect(failures).toEqual([]);
  });
});
