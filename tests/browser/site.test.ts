import { readFileSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import type { Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Report, ReportSummary } from '../../src/pipeline/types.ts';
import { DIST, SUB_BASE, SUB_DIST, readJson } from '../site/html.ts';
import { launch } from './chromium.ts';
import { serve, watchedPage } from './helpers.ts';

const summaries = readJson<ReportSummary[]>('data/reports.json');
const reports = summaries.map((s) => readJson<Report>(`data/reports/${s.slug}.json`));
/** Width, case and spaces folded; web subscripts PM_2.5 read as PM2.5. */
const fold = (s: string) => s.normalize('NFKC').toLowerCase().replace(/\s+/g, '').replace(/_(?=\d)/g, '');
/** The reports whose text really contains the words: what search must name, no more, no less. */
const containing = (q: string) =>
  reports.filter((r) => r.sections.some((s) => fold(`${s.number ?? ''}${s.title}\n${s.paragraphs.map((p) => p.text).join('\n')}`).includes(fold(q)))).map((r) => r.slug).sort();

/** Asks for more results until every candidate has been checked. */
async function showAll(page: import('playwright-core').Page) {
  while (await page.locator('#search-more').isVisible()) {
    const before = await page.locator('#search-results > li').count();
    await page.click('#search-more');
    await page.waitForFunction(() => !document.getElementById('search-results')!.hasAttribute('aria-busy'));
    expect(await page.locator('#search-results > li').count()).toBeGreaterThanOrEqual(before);
  }
}

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
      await showAll(page);
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

  it('finds a word only the oldest part holds in the first view, merging only that part, as the parts’ directory says', async () => {
    const { parts, directory } = readJson<{ parts: { path: string; years: number[] }[]; directory: string }>('pagefind/atlas-parts.json');
    expect(directory).toBe('directory/');
    // Three characters of the oldest part's report (one report a part in the test build) cut into three words, each of
    // which every report has, and one of whose two pairs no other report has: every part holds its words, only the
    // oldest its pairs, which the directory knows.
    const oldest = summaries.find((s) => s.year === Math.min(...parts.at(-1)!.years))!;
    const segmenter = new Intl.Segmenter('zh-CN', { granularity: 'word' });
    const textOf = (r: Report) => r.sections.map((sec) => fold(`${sec.number ?? ''}${sec.title}${sec.paragraphs.map((p) => p.text).join('')}`)).join('|');
    const others = reports.filter((r) => r.slug !== oldest.slug).map(textOf);
    const own = textOf(reports.find((r) => r.slug === oldest.slug)!);
    let word = '';
    for (let i = 0; i + 3 <= own.length && !word; i++) {
      const w = own.slice(i, i + 3);
      if (!/^\p{Script=Han}{3}$/u.test(w) || [...segmenter.segment(w)].length !== 3) continue;
      if ([...w].every((c) => others.every((t) => t.includes(c))) && others.every((t) => !t.includes(w.slice(0, 2)))) word = w;
    }
    expect(word).toBeTruthy();
    expect(containing(word)).toEqual([oldest.slug]);
    const { page, failures } = await watchedPage(browser);
    const metas: string[] = [];
    page.on('request', (req) => {
      const m = req.url().match(/\/pagefind\/((?:parts\/\d+\/|directory\/)?)pagefind\.[^/]+\.pf_meta$/);
      if (m) metas.push(m[1]);
    });
    await page.goto(`${root}search/?q=${encodeURIComponent(word)}`);
    await page.waitForFunction(() => /找到|没有/.test(document.getElementById('search-status')!.textContent!) && !document.getElementById('search-results')!.hasAttribute('aria-busy'));
    const found = await page.locator('#search-results > li').evaluateAll((lis) => lis.map((li) => (li as HTMLElement).dataset.report!));
    expect(found).toEqual([oldest.slug]);
    // The primary part, the directory and the one part that holds the word: not the parts between.
    expect(metas.sort()).toEqual(['', 'directory/', parts.at(-1)!.path].sort());
    await expect(page.locator('#search-status').textContent()).resolves.toMatch(/找到.*。$/);
    await expect(page.locator('#search-more').isVisible()).resolves.toBe(false);
    expect(failures).toEqual([]);
    await page.close();
  });

  it('reads few candidates whose words stand apart: a phrase no report has costs three fragments a request', async () => {
    // Three characters that no report has together, each pair of which every report has (so the parts' directory
    // rules no part out), cut into three words: every report is a candidate, none has the words one after another.
    const segmenter = new Intl.Segmenter('zh-CN', { granularity: 'word' });
    const texts = reports.map((r) => r.sections.map((sec) => fold(`${sec.number ?? ''}${sec.title}\n${sec.paragraphs.map((p) => p.text).join('\n')}`)).join('|'));
    const pairs = texts.map((t) => new Set([...t].slice(1).map((c, i) => t[i] + c)));
    const shared = [...pairs[0]].filter((p) => /^\p{Script=Han}{2}$/u.test(p) && pairs.every((set) => set.has(p)));
    const phrase = shared.flatMap((a) => shared.filter((b) => b[0] === a[1]).map((b) => a + b[1])).find((w) => [...segmenter.segment(w)].length === 3 && containing(w).length === 0)!;
    expect(phrase).toBeTruthy();
    const { page, failures } = await watchedPage(browser);
    const fragments: string[] = [];
    page.on('request', (req) => {
      if (req.url().includes('/fragment/')) fragments.push(req.url());
    });
    await page.goto(`${root}search/?q=${encodeURIComponent(phrase)}`);
    await page.waitForFunction(() => /没有/.test(document.getElementById('search-status')!.textContent!) && !document.getElementById('search-results')!.hasAttribute('aria-busy'));
    expect(fragments.length).toBeGreaterThan(0);
    expect(fragments.length).toBeLessThanOrEqual(3);
    await showAll(page);
    await expect(page.locator('#search-status').textContent()).resolves.toBe(`没有章节包含“${phrase}”。`);
    expect(fragments.length).toBeGreaterThan(3);
    expect(failures).toEqual([]);
    await page.close();
  });

  it('filters by province, keeps the query in the URL, and a result lands on its section with the words marked', async () => {
    const { page, failures } = await watchedPage(browser);
    await page.goto(`${root}search/`);
    await page.fill('input[type="search"]', '托位');
    await page.press('input[type="search"]', 'Enter');
    await page.waitForFunction(() => /找到/.test(document.getElementById('search-status')!.textContent!));
    expect(new URL(page.url()).searchParams.get('q')).toBe('托位');
    const province = summaries.find((s) => containing('托位').includes(s.slug))!.province!;
    await page.selectOption('#f-province', province);
    await page.waitForFunction(() => /找到/.test(document.getElementById('search-status')!.textContent!));
    expect(new URL(page.url()).searchParams.get('province')).toBe(province);
    const hrefs = await page.locator('#search-results a').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
    const inProvince = summaries.filter((s) => s.province === province).map((s) => s.slug);
    const expected = containing('托位').filter((s) => inProvince.includes(s));
    expect([...new Set(hrefs.map((h) => h.match(/reports\/([^/]+)\//)![1]))].sort()).toEqual(expected);
    await page.click('#search-results a >> nth=0');
    await page.waitForLoadState('load');
    const hash = new URL(page.url()).hash.slice(1);
    await expect(page.locator(`[id="${hash}"]`).count()).resolves.toBe(1);
    await page.waitForFunction(() => document.querySelectorAll('mark.search-hit').length > 0);
    expect(failures).toEqual([]);
    await page.close();
  });

  it('runs a query typed and submitted at once only once: the results shown stay', async () => {
    const { page, failures } = await watchedPage(browser);
    await page.goto(`${root}search/`);
    await page.evaluate(() => {
      // Counts the searches started: each one first says 正在搜索….
      const status = document.getElementById('search-status')!;
      const w = window as unknown as { started: number };
      w.started = 0;
      new MutationObserver(() => {
        if (status.textContent === '正在搜索…') w.started++;
      }).observe(status, { childList: true, characterData: true, subtree: true });
    });
    await page.fill('input[type="search"]', '托位');
    await page.press('input[type="search"]', 'Enter');
    await page.waitForFunction(() => /找到/.test(document.getElementById('search-status')!.textContent!));
    // Past the typing's 300 ms pause, which submitting cancels.
    await page.waitForTimeout(800);
    await expect(page.locator('#search-results a').count()).resolves.toBeGreaterThan(0);
    await expect(page.evaluate(() => (window as unknown as { started: number }).started)).resolves.toBe(1);
    expect(failures).toEqual([]);
    await page.close();
  });

  it('groups results by report, best sections first, a few reports at a time with a button for more', async () => {
    const { page, failures } = await watchedPage(browser);
    const q = '发展';
    const all = containing(q);
    await page.goto(`${root}search/?q=${encodeURIComponent(q)}`);
    await page.waitForFunction(() => /找到/.test(document.getElementById('search-status')!.textContent!));
    const groups = () => page.locator('#search-results > li').evaluateAll((lis) => lis.map((li) => (li as HTMLElement).dataset.report!));
    await page.waitForFunction(() => !document.getElementById('search-results')!.hasAttribute('aria-busy'));
    const first = await groups();
    // A page holds three reports whenever three have the words, however many candidates had to be read to find them.
    expect(first.length).toBe(Math.min(3, all.length));
    expect(new Set(first).size).toBe(first.length); // one group per report
    if (first.length < all.length) {
      await expect(page.locator('#search-more').isVisible()).resolves.toBe(true);
      await page.click('#search-more');
      await page.waitForFunction(() => !document.getElementById('search-results')!.hasAttribute('aria-busy'));
      expect((await groups()).length).toBeGreaterThan(first.length);
    }
    // Every section link of a group is its report's, with at most three excerpts shown.
    for (const slug of await groups()) {
      const hrefs = await page.locator(`#search-results > li[data-report="${slug}"] a`).evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
      for (const h of hrefs) expect(h).toContain(`/reports/${slug}/`);
      await expect(page.locator(`#search-results > li[data-report="${slug}"] .excerpt`).count()).resolves.toBeLessThanOrEqual(3);
    }
    expect(failures).toEqual([]);
    await page.close();
  });

  it('searches the index part by part, newest years first, and merges only the parts a year filter needs', async () => {
    // The test build cuts the seeds' index into parts of one report (scripts/test.ts).
    const { parts } = readJson<{ parts: { path: string; years: number[] }[] }>('pagefind/atlas-parts.json');
    expect(parts.length).toBeGreaterThan(2);
    const q = '发展';
    const all = containing(q);
    const { page, failures } = await watchedPage(browser);
    const merged: string[] = [];
    page.on('request', (req) => {
      const m = req.url().match(/\/pagefind\/(parts\/\d+\/)pagefind\.[^/]+\.pf_meta$/);
      if (m) merged.push(m[1]);
    });
    await page.goto(`${root}search/?q=${encodeURIComponent(q)}`);
    await page.waitForFunction(() => /找到/.test(document.getElementById('search-status')!.textContent!) && !document.getElementById('search-results')!.hasAttribute('aria-busy'));
    // The first view merged only as many parts as its three reports needed, and says which years are not searched yet.
    const firstParts = await page.locator('#search-results > li').evaluateAll((lis) => lis.map((li) => Number((li as HTMLElement).dataset.part)));
    expect(firstParts.length).toBe(Math.min(3, all.length));
    expect(merged.length).toBeLessThan(parts.length - 1);
    await expect(page.locator('#search-status').textContent()).resolves.toMatch(/已查找.*年的报告，.*年的报告尚未查找/);
    await showAll(page);
    // Every report found, each once, part by part in order.
    const groups = await page.locator('#search-results > li').evaluateAll((lis) => lis.map((li) => [(li as HTMLElement).dataset.report!, Number((li as HTMLElement).dataset.part)] as const));
    expect(groups.map(([slug]) => slug).sort()).toEqual(all);
    for (let i = 1; i < groups.length; i++) expect(groups[i][1]).toBeGreaterThanOrEqual(groups[i - 1][1]);
    expect(new Set(merged).size).toBe(merged.length);
    expect(failures).toEqual([]);
    await page.close();

    // A year the primary index does not hold: only the parts that hold it are merged.
    const year = Math.min(...parts.flatMap((p) => p.years));
    const holding = parts.filter((p, k) => k > 0 && p.years.includes(year)).map((p) => p.path);
    const filtered = await watchedPage(browser);
    const loaded: string[] = [];
    filtered.page.on('request', (req) => {
      const m = req.url().match(/\/pagefind\/(parts\/\d+\/)pagefind\.[^/]+\.pf_meta$/);
      if (m) loaded.push(m[1]);
    });
    await filtered.page.goto(`${root}search/?q=${encodeURIComponent(q)}&year=${year}`);
    await filtered.page.waitForFunction(() => /找到|没有/.test(document.getElementById('search-status')!.textContent!));
    await showAll(filtered.page);
    const inYear = summaries.filter((s) => s.year === year).map((s) => s.slug);
    const found = await filtered.page.locator('#search-results > li').evaluateAll((lis) => lis.map((li) => (li as HTMLElement).dataset.report!));
    expect(found.sort()).toEqual(all.filter((slug) => inYear.includes(slug)));
    expect(loaded.sort()).toEqual(holding.sort());
    expect(filtered.failures).toEqual([]);
    await filtered.page.close();
  });

  it('answers from Pagefind alone: no full-text index is downloaded', async () => {
    const { page } = await watchedPage(browser);
    const urls: string[] = [];
    page.on('request', (r) => urls.push(r.url()));
    await page.goto(`${root}search/?q=${encodeURIComponent('城镇新增就业')}`);
    await page.waitForFunction(() => /找到|没有/.test(document.getElementById('search-status')!.textContent!));
    expect(urls.filter((u) => /search-index|data\/reports|\/offline\//.test(u))).toEqual([]);
    expect(urls.some((u) => u.includes('/pagefind/fragment/'))).toBe(true);
    await page.close();
  });

  it('keeps its layout while results arrive and its placeholder whole', async () => {
    const { page } = await watchedPage(browser, { viewport: { width: 390, height: 800 } });
    await page.goto(`${root}search/?q=${encodeURIComponent('城镇新增就业')}`);
    await page.waitForFunction(() => /找到|没有/.test(document.getElementById('search-status')!.textContent!));
    const placeholderFits = await page.locator('#q').evaluate((el) => {
      const input = el as HTMLInputElement;
      const probe = document.createElement('span');
      probe.style.font = getComputedStyle(input).font;
      probe.style.position = 'absolute';
      probe.textContent = input.placeholder;
      document.body.appendChild(probe);
      const fits = probe.getBoundingClientRect().width <= input.clientWidth;
      probe.remove();
      return fits;
    });
    expect(placeholderFits).toBe(true);
    const shift = await page.evaluate(
      () =>
        new Promise<number>((resolve) => {
          let total = 0;
          new PerformanceObserver((list) => {
            for (const e of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) if (!e.hadRecentInput) total += e.value;
          }).observe({ type: 'layout-shift', buffered: true });
          setTimeout(() => resolve(total), 300);
        }),
    );
    expect(shift).toBeLessThanOrEqual(0.05);
    // Search hits and extracted targets are marked differently.
    const hit = await page.locator('#search-results mark.search-hit').first().evaluate((m) => getComputedStyle(m).backgroundColor);
    await page.goto(`${root}reports/${reports.find((r) => r.targets.length)!.slug}/`);
    const target = await page.locator('mark[data-target]').first().evaluate((m) => getComputedStyle(m).backgroundColor);
    expect(hit).not.toBe(target);
    await page.close();
  });
});

describe('header search', () => {
  /** Does what submits a form and waits for the page it leads to, wherever that is. */
  async function submitted(page: import('playwright-core').Page, act: () => Promise<void>) {
    await Promise.all([page.waitForEvent('framenavigated', { predicate: (f) => f === page.mainFrame() }), act()]);
    await page.waitForLoadState('domcontentloaded');
  }
  const q = '城镇新增就业';
  for (const [name, base] of [['/', '/'], ['a sub-path', SUB_BASE]] as const) {
    it(`types in the header box of a report page, presses Enter and gets results, under ${name}`, async () => {
      expect(containing(q).length).toBeGreaterThan(0);
      const start = base === '/' ? root : subRoot;
      const { page, failures } = await watchedPage(browser);
      await page.goto(`${start}reports/${summaries[0].slug}/`);
      await page.fill('#site-q', q);
      await submitted(page, () => page.press('#site-q', 'Enter'));
      const url = new URL(page.url());
      expect(url.pathname, url.href).toBe(`${base}search/`);
      expect(url.searchParams.get('q')).toBe(q);
      await page.waitForFunction(() => /找到/.test(document.getElementById('search-status')!.textContent!));
      const hrefs = await page.locator('#search-results a').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
      expect(hrefs.length).toBeGreaterThan(0);
      for (const h of hrefs) expect(h.startsWith(`${base}reports/`)).toBe(true);
      expect(containing(q)).toContain(hrefs[0].match(/reports\/([^/]+)\//)![1]);
      expect(failures).toEqual([]);
      await page.close();
    });
  }
  it('reaches the search page from the header box with JavaScript off', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${subRoot}reports/${summaries[0].slug}/`);
    await page.fill('#site-q', '托位');
    await submitted(page, () => page.press('#site-q', 'Enter'));
    const url = new URL(page.url());
    expect(url.pathname, url.href).toBe(`${SUB_BASE}search/`);
    expect(url.searchParams.get('q')).toBe('托位');
    await expect(page.locator('h1').textContent()).resolves.toMatch(/搜索/);
    await context.close();
  });
});

describe('targets explorer', () => {
  const allTargets = reports.flatMap((r) => r.targets);
  const rowsShown = (page: import('playwright-core').Page) =>
    page.locator('#targets-table tbody tr').evaluateAll((rows) => rows.map((r) => ({ ...(r as HTMLElement).dataset })));
  const loaded = (page: import('playwright-core').Page) =>
    page.waitForFunction(() => document.getElementById('explorer-status')!.textContent === '' && document.querySelectorAll('#targets-table tbody tr').length > 0);

  it('filters by kind, sorts by value in one unit, and keeps the view in the URL', async () => {
    const { page, failures } = await watchedPage(browser);
    await page.goto(`${root}targets/`);
    await loaded(page);
    await expect(page.locator('#explorer-count').textContent()).resolves.toBe(`共 ${allTargets.length} 项`);
    await page.selectOption('select[name="kind"]', 'achievement');
    const achievements = allTargets.filter((t) => t.kind === 'achievement').length;
    await expect(page.locator('#explorer-count').textContent()).resolves.toBe(`共 ${achievements} 项`);
    expect(new Set((await rowsShown(page)).map((r) => r.kind))).toEqual(new Set(['achievement']));
    await page.click('button[data-sort="value"]');
    await page.click('button[data-sort="value"]');
    await expect(page.locator('th[data-column="value"]').getAttribute('aria-sort')).resolves.toBe('descending');
    // A sort reads every file of the view first (where the first view has not read them all).
    await loaded(page);
    await expect(page.locator('button[data-sort="value"]').getAttribute('aria-sort')).resolves.toBeNull();
    const values = (await rowsShown(page)).map((r) => Number(r.value));
    expect(values).toEqual([...values].sort((a, b) => b - a));
    const url = page.url();
    expect(new URL(url).searchParams.get('kind')).toBe('achievement');
    expect(new URL(url).searchParams.get('dir')).toBe('desc');
    await page.goto(url);
    await loaded(page);
    await expect(page.locator('select[name="kind"]').inputValue()).resolves.toBe('achievement');
    await expect(page.locator('#explorer-count').textContent()).resolves.toBe(`共 ${achievements} 项`);
    expect((await rowsShown(page)).map((r) => Number(r.value))).toEqual(values.slice(0, 100));
    await expect(page.locator('svg[role="img"]').count()).resolves.toBeGreaterThan(0);
    await expect(page.locator('svg[role="img"] a').count()).resolves.toBe(0);
    expect(failures).toEqual([]);
    await page.close();
  });

  it('loads only the rows of the report it is asked for, and downloads what is shown', async () => {
    const { page, failures } = await watchedPage(browser, { acceptDownloads: true });
    const r = reports.find((x) => x.targets.length)!;
    await page.goto(`${root}targets/?report=${r.slug}`);
    await loaded(page);
    expect(new Set((await rowsShown(page)).map((x) => x.report))).toEqual(new Set([r.slug]));
    await expect(page.locator('#explorer-count').textContent()).resolves.toBe(`共 ${r.targets.length} 项`);
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('button[data-download="csv"]')]);
    const csv = readFileSync(await download.path(), 'utf8');
    expect(csv.startsWith('\ufeff')).toBe(true);
    const lines = csv.trim().split('\n');
    expect(lines).toHaveLength(r.targets.length + 1);
    expect(lines.slice(1).every((l) => l.startsWith(`${r.slug},`))).toBe(true);
    const [json] = await Promise.all([page.waitForEvent('download'), page.click('button[data-download="json"]')]);
    const rows = JSON.parse(readFileSync(await json.path(), 'utf8')) as { id: string }[];
    expect(rows.map((x) => x.id).sort()).toEqual(r.targets.map((t) => t.id).sort());
    expect(failures).toEqual([]);
    await page.close();
  });

  it('filters by indicator id from the URL and downloads the id with each row', async () => {
    const { page, failures } = await watchedPage(browser, { acceptDownloads: true });
    const counts = new Map<string, number>();
    for (const t of allTargets) if (t.indicatorId) counts.set(t.indicatorId, (counts.get(t.indicatorId) ?? 0) + 1);
    const [id, n] = [...counts].sort((a, b) => b[1] - a[1])[0];
    await page.goto(`${root}targets/?indicatorId=${id}`);
    await loaded(page);
    await expect(page.locator('select[name="indicatorId"]').inputValue()).resolves.toBe(id);
    await expect(page.locator('#explorer-count').textContent()).resolves.toBe(`共 ${n} 项`);
    const [json] = await Promise.all([page.waitForEvent('download'), page.click('button[data-download="json"]')]);
    const rows = JSON.parse(readFileSync(await json.path(), 'utf8')) as { id: string; indicatorId: string }[];
    expect(rows.map((r) => r.id).sort()).toEqual(allTargets.filter((t) => t.indicatorId === id).map((t) => t.id).sort());
    expect(new Set(rows.map((r) => r.indicatorId))).toEqual(new Set([id]));
    expect(failures).toEqual([]);
    await page.close();
  });

  it('puts the filters first in the tab order', async () => {
    const { page } = await watchedPage(browser);
    await page.goto(`${root}targets/`);
    let tabs = 0;
    for (; tabs < 10; tabs++) {
      await page.keyboard.press('Tab');
      if (await page.evaluate(() => !!document.activeElement?.closest('#explorer-filters'))) break;
    }
    expect(tabs).toBeLessThan(10);
    await page.close();
  });
});

describe('home page', () => {
  it('groups reports by province and filters them by level, province and year', async () => {
    const { page, failures } = await watchedPage(browser);
    await page.goto(root);
    const groups = await page.locator('.report-group').count();
    expect(groups).toBe(new Set(summaries.map((s) => s.province ?? '未知')).size);
    const year = String(summaries[0].year ?? '未知');
    await page.selectOption('#report-filters select[name="year"]', year);
    const visible = await page.locator('.report-group li:not([hidden]) a').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
    expect(visible.sort()).toEqual(summaries.filter((s) => String(s.year ?? '未知') === year).map((s) => `/reports/${s.slug}/`).sort());
    expect(new URL(page.url()).searchParams.get('year')).toBe(year);
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
    // Until the search is done: the parts of the index it merges and the fragments it reads are kept as they arrive.
    await page.waitForFunction(() => /找到/.test(document.getElementById('search-status')!.textContent!) && !document.getElementById('search-results')!.hasAttribute('aria-busy'));
    await page.click('#search-results a >> nth=0');
    await page.waitForLoadState('load');
    const opened = page.url();
    await context.setOffline(true);
    await page.goto(`${root}search/?q=${encodeURIComponent('托位')}`);
    await page.waitForFunction(() => /找到/.test(document.getElementById('search-status')!.textContent!) && !document.getElementById('search-results')!.hasAttribute('aria-busy'));
    const hrefs = await page.locator('#search-results a').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
    const slugs = [...new Set(hrefs.map((h) => h.match(/reports\/([^/]+)\//)![1]))].sort();
    expect(slugs).toEqual(containing('托位'));
    await page.goto(opened);
    await expect(page.locator('h1').count()).resolves.toBe(1);
    await context.close();
  });
});
