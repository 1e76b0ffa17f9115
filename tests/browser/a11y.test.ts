/**
 * Readers first: every page type checked with axe-core (all rules, best-practice included) at phone and desktop widths in
 * light and dark schemes, reflow at 320 px, a keyboard walk, and what a first visit over http downloads — online and in
 * the offline edition opened from disk.
 */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { unzipSync } from 'fflate';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { METHOD_PAGES } from '../../src/lib/method-pages.ts';
import type { ReportSummary, Target } from '../../src/pipeline/types.ts';
import { DIST, readJson } from '../site/html.ts';
import { launch } from './chromium.ts';
import { axeViolations, serve } from './helpers.ts';

const summaries = readJson<ReportSummary[]>('data/reports.json');
const targets = readJson<Target[]>('data/targets.json');
const bySize = [...summaries].sort((a, b) => b.charCount - a.charCount);
/** A word the reports really contain, so the search page shows results. */
const query = targets[0]?.indicator ?? bySize[0].title.slice(0, 2);

interface PageType {
  name: string;
  /** Site-relative path over http ('' is the home page). */
  path: string;
  /** The same page in the offline edition. */
  file: string;
  /** Resolves once the page's scripts have drawn what a reader sees. */
  ready?: (page: Page) => Promise<unknown>;
}

const searchDone = (page: Page) => page.waitForFunction(() => /找到|没有/.test(document.getElementById('search-status')?.textContent ?? ''));
/** The first page of a collection the build may publish (places, indicators), when it does. */
function firstPageUnder(dir: string): string | null {
  const full = join(DIST, dir);
  if (!existsSync(full)) return null;
  const sub = readdirSync(full).sort().find((d) => statSync(join(full, d)).isDirectory() && existsSync(join(full, d, 'index.html')));
  return sub ? `${dir}/${sub}/` : null;
}

const PAGE_TYPES: PageType[] = [
  { name: 'home', path: '', file: 'index.html' },
  { name: 'largest report', path: `reports/${bySize[0].slug}/`, file: `reports/${bySize[0].slug}/index.html` },
  { name: 'smallest report', path: `reports/${bySize.at(-1)!.slug}/`, file: `reports/${bySize.at(-1)!.slug}/index.html` },
  { name: 'targets', path: 'targets/', file: 'targets/index.html' },
  { name: 'search', path: `search/?q=${encodeURIComponent(query)}`, file: `search/index.html?q=${encodeURIComponent(query)}`, ready: searchDone },
  // 词语历年 with its chart and table drawn for the same query.
  { name: 'terms', path: `terms/?q=${encodeURIComponent(query)}`, file: `terms/index.html?q=${encodeURIComponent(query)}`, ready: (page: Page) => page.waitForSelector('#term-years tbody tr') },
  { name: 'about', path: 'about/', file: 'about/index.html' },
  { name: 'build log', path: 'about/log/1/', file: 'about/log/1/index.html' },
  // The methodology pages (MDX) with their live examples, and the data dictionary.
  ...METHOD_PAGES.map((m) => ({ name: `method: ${m.title}`, path: m.path, file: `${m.path}index.html` })),
  { name: 'data dictionary', path: 'about/data/', file: 'about/data/index.html' },
  // What a static host serves for a missing address (over http: a missing report; in the edition: the file itself).
  { name: 'not found', path: 'reports/no-such-report-2020/', file: '404.html' },
  ...['places', 'indicators'].flatMap((dir) => {
    const index = existsSync(join(DIST, dir, 'index.html')) ? [{ name: `${dir} list`, path: `${dir}/`, file: `${dir}/index.html` }] : [];
    const p = firstPageUnder(dir);
    return [...index, ...(p ? [{ name: `one of ${dir}`, path: p, file: `${p}index.html` }] : [])];
  }),
];

/** How much wider than the viewport the page is (0 when it reflows). */
const overflow = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

let browser: Browser;
let server: Server;
let root: string;
let offlineRoot: string;

beforeAll(async () => {
  browser = await launch();
  ({ server, url: root } = await serve(DIST, '/'));
  const dir = mkdtempSync(join(tmpdir(), 'atlas-a11y-offline-'));
  for (const [name, bytes] of Object.entries(unzipSync(readFileSync(join(DIST, 'download/report-atlas-offline.zip'))))) {
    mkdirSync(dirname(join(dir, name)), { recursive: true });
    writeFileSync(join(dir, name), bytes);
  }
  offlineRoot = pathToFileURL(dir).href + '/';
});
afterAll(async () => {
  await browser?.close();
  server?.close();
});

for (const edition of ['http', 'offline edition'] as const) {
  const url = (t: PageType) => (edition === 'http' ? root + t.path : offlineRoot + t.file);
  describe(`axe-core and reflow (${edition})`, () => {
    for (const t of PAGE_TYPES) {
      it(`${t.name}: no axe violations at 390 and 1280 px, light and dark; no sideways scroll at 320 px`, async () => {
        const found: string[] = [];
        for (const colorScheme of ['light', 'dark'] as const) {
          for (const width of [390, 1280]) {
            const page = await browser.newPage({ viewport: { width, height: 900 }, colorScheme });
            await page.goto(url(t));
            await t.ready?.(page);
            for (const v of await axeViolations(page)) found.push(`${width}px ${colorScheme}: ${v}`);
            await page.close();
          }
        }
        expect(found).toEqual([]);
        const narrow = await browser.newPage({ viewport: { width: 320, height: 640 } });
        await narrow.goto(url(t));
        await t.ready?.(narrow);
        await expect(overflow(narrow)).resolves.toBe(0);
        await narrow.close();
      }, 180_000);
    }
  });
}

describe('keyboard', () => {
  it('the skip link goes past the table of contents to the article text', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(`${root}reports/${bySize[0].slug}/`);
    await page.keyboard.press('Tab');
    await expect(page.evaluate(() => document.activeElement?.classList.contains('skip-link'))).resolves.toBe(true);
    await page.keyboard.press('Enter');
    await page.keyboard.press('Tab');
    const where = await page.evaluate(() => ({ inToc: !!document.activeElement?.closest('.toc'), inArticle: !!document.activeElement?.closest('article') }));
    expect(where).toEqual({ inToc: false, inArticle: true });
    await page.close();
  });

  it('a shortcut announced with aria-keyshortcuts focuses the header search box, which leads to the results', async () => {
    const page = await browser.newPage({ viewport: { width: 390, height: 800 } });
    await page.goto(`${root}reports/${bySize.at(-1)!.slug}/`);
    const box = page.locator('header [aria-keyshortcuts]');
    const key = await box.getAttribute('aria-keyshortcuts');
    expect(key).toBeTruthy();
    await expect(box.isVisible()).resolves.toBe(true);
    await page.keyboard.press(key!);
    await expect(box.evaluate((el) => el === document.activeElement)).resolves.toBe(true);
    await page.keyboard.type(query);
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/search\/\?q=/);
    await searchDone(page);
    await expect(page.locator('#search-results a').count()).resolves.toBeGreaterThan(0);
    await page.close();
  });

  it('/targets/: the filters are reached within 10 Tabs, past the header by its skip link', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(`${root}targets/`);
    await page.keyboard.press('Tab');
    await expect(page.evaluate(() => document.activeElement?.classList.contains('skip-link'))).resolves.toBe(true);
    await page.keyboard.press('Enter');
    let reached = false;
    for (let tabs = 1; tabs < 10 && !reached; tabs++) {
      await page.keyboard.press('Tab');
      reached = await page.evaluate(() => !!document.activeElement?.closest('#explorer-filters'));
    }
    expect(reached).toBe(true);
    await page.close();
  });

  it('a copied link is announced to screen readers', async () => {
    const context = await browser.newContext();
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: root.replace(/\/$/, '') });
    const page = await context.newPage();
    await page.goto(`${root}reports/${bySize[0].slug}/`);
    const control = page.locator('.report-body [data-copy-link]').first();
    const box = await control.boundingBox();
    expect(box!.width).toBeGreaterThanOrEqual(24);
    expect(box!.height).toBeGreaterThanOrEqual(24);
    await control.focus();
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => /已复制/.test(document.querySelector('[aria-live][data-copy-status]')?.textContent ?? ''));
    await context.close();
  });
});

describe('downloads over http', () => {
  /** A server over dist/ that records every path it is asked for and the bytes it sends. */
  async function countingServer() {
    const { server: inner, url } = await serve(DIST, '/');
    const served: { path: string; bytes: number }[] = [];
    const proxy = createServer((req, res) => {
      fetch(new URL(req.url ?? '/', url)).then(async (r) => {
        const body = Buffer.from(await r.arrayBuffer());
        served.push({ path: new URL(req.url ?? '/', 'http://x').pathname, bytes: body.length });
        res.writeHead(r.status, { 'Content-Type': r.headers.get('content-type') ?? 'application/octet-stream' }).end(body);
      });
    });
    await new Promise<void>((done) => proxy.listen(0, '127.0.0.1', done));
    const port = (proxy.address() as { port: number }).port;
    return { url: `http://127.0.0.1:${port}/`, served, close: () => { proxy.close(); inner.close(); } };
  }

  it('a first visit to the home page fetches only its own files (≤ 100 KB)', async () => {
    const counting = await countingServer();
    const context = await browser.newContext();
    const page = await context.newPage();
    const asked = new Set<string>();
    page.on('request', (r) => asked.add(new URL(r.url()).pathname));
    await page.goto(counting.url);
    // Once the service worker is active its install step is over: whatever it was going to fetch unasked, it has.
    await page.evaluate(() => navigator.serviceWorker.ready.then(() => true));
    const extra = counting.served.filter((s) => !asked.has(s.path) && !s.path.endsWith('/sw.js'));
    expect(extra.map((s) => s.path)).toEqual([]);
    expect(counting.served.reduce((n, s) => n + s.bytes, 0)).toBeLessThanOrEqual(100 * 1024);
    await context.close();
    counting.close();
  });

  it('saves the whole site only when asked, shows size and progress, works offline, and removes it', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(root);
    await page.evaluate(() => navigator.serviceWorker.ready.then(() => true));
    const panel = page.locator('[data-offline-save]');
    await panel.locator('summary').click();
    await page.waitForFunction(() => /MB|KB/.test(document.querySelector('[data-offline-size-note]')?.textContent ?? ''));
    await panel.locator('button[data-offline-action="save"]').click();
    await page.waitForFunction(() => /已保存/.test(document.querySelector('[data-offline-state]')?.textContent ?? ''), null, { timeout: 30_000 });
    await expect(page.locator('[data-offline-save] progress').count()).resolves.toBe(1);

    await context.setOffline(true);
    const unseen = summaries.at(-1)!;
    await page.goto(`${root}reports/${unseen.slug}/`);
    await expect(page.locator('h1').textContent()).resolves.toBe(unseen.title);
    await page.goto(`${root}search/?q=${encodeURIComponent(query)}`);
    await searchDone(page);
    await expect(page.locator('#search-results a').count()).resolves.toBeGreaterThan(0);
    await context.setOffline(false);

    await page.goto(root);
    await page.locator('[data-offline-save] summary').click();
    await page.locator('button[data-offline-action="remove"]').click();
    await page.waitForFunction(() => /未保存/.test(document.querySelector('[data-offline-state]')?.textContent ?? ''));
    const left = await page.evaluate(async () => (await caches.keys()).filter((k) => k.includes('saved')));
    expect(left).toEqual([]);
    await context.close();
  });
});
