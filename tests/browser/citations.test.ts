/**
 * Citations in Chromium, as a reader gets them: a click on a section's or a row's 引 control, then what a paste of the
 * clipboard gives (into a text box on the page) — over http, and from file:// in the offline editions. The expected
 * words are read from the report's data (government, title, section heading, ids), never written here.
 */
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { unzipSync } from 'fflate';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { citationParts, formatCitation } from '../../src/lib/citation.ts';
import type { Report, ReportSummary } from '../../src/pipeline/types.ts';
import { DIST, SUB_BASE, SUB_DIST, SUB_SITE_URL, readJson } from '../site/html.ts';
import { launch } from './chromium.ts';
import { serve, watchedPage } from './helpers.ts';

/** The report with the most targets, a numbered section of it and one of its rows (its section's heading too). */
function subject(dist: string) {
  const summaries = readJson<ReportSummary[]>('data/reports.json', dist);
  const slug = [...summaries].sort((a, b) => b.targetCount - a.targetCount)[0].slug;
  const report = readJson<Report>(`data/reports/${slug}.json`, dist);
  const section = report.sections.find((s) => s.number !== null && s.level <= 2) ?? report.sections[0];
  const target = report.targets[0];
  const targetSection = report.sections.find((s) => s.id === target.section)!;
  return { report, section, target, targetSection };
}

function unzipped(dist: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'atlas-cite-offline-'));
  for (const [name, bytes] of Object.entries(unzipSync(readFileSync(join(dist, 'download/report-atlas-offline.zip'))))) {
    mkdirSync(dirname(join(dir, name)), { recursive: true });
    writeFileSync(join(dir, name), bytes);
  }
  return dir;
}

/** Clicks the control, then pastes the clipboard into a text box of the page: what a reader would paste. */
async function copiedBy(page: Page, control: string): Promise<string> {
  // (The status of the copy before is cleared first: else the wait below may see it and paste the clipboard before this
  // copy has reached it.)
  await page.evaluate(() => {
    const status = document.querySelector('[data-copy-status]');
    if (status) status.textContent = '';
  });
  await page.locator(control).click();
  await page.waitForFunction(() => /已复制引文/.test(document.querySelector('[data-copy-status]')?.textContent ?? ''));
  await page.evaluate(() => {
    const box = document.createElement('textarea');
    box.id = 'paste-here';
    document.body.append(box);
  });
  await page.locator('#paste-here').focus();
  await page.keyboard.press('Control+V');
  const pasted = await page.locator('#paste-here').inputValue();
  await page.evaluate(() => document.getElementById('paste-here')!.remove());
  return pasted;
}

const DATE = /\[\d{4}-\d{2}-\d{2}\]/;
const headingOf = (s: Report['sections'][number]) => `${s.number ?? ''}${s.title}`;

let browser: Browser;
let context: BrowserContext;
let server: Server;
let root: string;
let subServer: Server;
let subRoot: string;

beforeAll(async () => {
  browser = await launch();
  context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  ({ server, url: root } = await serve(DIST, '/'));
  ({ server: subServer, url: subRoot } = await serve(SUB_DIST, SUB_BASE));
});
afterAll(async () => {
  await browser?.close();
  server?.close();
  subServer?.close();
});

/** Copies a section's and a row's citation on the page at `pageUrl` and checks them against the data. */
async function checkCitations(pageUrl: string, dist: string, citedPage: string) {
  const { report, section, target, targetSection } = subject(dist);
  const page = await context.newPage();
  const { failures } = { failures: [] as string[] };
  page.on('pageerror', (e) => failures.push(e.message));
  await page.goto(pageUrl);

  const ofSection = await copiedBy(page, `[id="${section.id}"] [data-cite]`);
  expect(ofSection).toContain(report.place!.name);
  expect(ofSection).toContain(report.title);
  expect(ofSection).toContain(headingOf(section));
  expect(ofSection).toContain(`${citedPage}#${section.id}`);
  expect(ofSection).toContain('[R/OL]');
  expect(ofSection).toMatch(DATE);
  // Written as src/lib/citation.ts writes it, word for word, on the day the reader copied it.
  const accessed = ofSection.match(DATE)![0].slice(1, -1);
  expect(ofSection).toBe(formatCitation(citationParts(report), headingOf(section), `${citedPage}#${section.id}`, accessed));

  const ofRow = await copiedBy(page, `tr[id="${target.id}"] [data-cite]`);
  expect(ofRow).toContain(report.place!.name);
  expect(ofRow).toContain(report.title);
  expect(ofRow).toContain(headingOf(targetSection));
  expect(ofRow).toContain(`${citedPage}#${target.id}`);
  expect(ofRow).toBe(formatCitation(citationParts(report), headingOf(targetSection), `${citedPage}#${target.id}`, accessed));
  expect(failures).toEqual([]);
  await page.close();
  return ofSection;
}

describe('citations of a section and of a target row', () => {
  it('over http, name the government, the report, the section and the page address with its #id', async () => {
    const { report } = subject(DIST);
    await checkCitations(`${root}reports/${report.slug}/`, DIST, `${root}reports/${report.slug}/`);
  });

  it('over http on a site with an address, name the published address', async () => {
    const { report } = subject(SUB_DIST);
    await checkCitations(`${subRoot}reports/${report.slug}/`, SUB_DIST, `${SUB_SITE_URL}reports/${report.slug}/`);
  });

  it('from file:// in the offline edition of a site with an address, name the published address, not the file', async () => {
    const { report } = subject(SUB_DIST);
    const dir = unzipped(SUB_DIST);
    const citation = await checkCitations(pathToFileURL(join(dir, 'reports', report.slug, 'index.html')).href, SUB_DIST, `${SUB_SITE_URL}reports/${report.slug}/`);
    expect(citation).not.toContain('file:');
  });

  it('from file:// in the offline edition of a site without an address, name the file the reader has', async () => {
    const { report } = subject(DIST);
    const dir = unzipped(DIST);
    const file = pathToFileURL(join(dir, 'reports', report.slug, 'index.html')).href;
    await checkCitations(file, DIST, file);
  });
});

describe('the report as text', () => {
  it('links plain text and Markdown files that hold every section heading, the Markdown with its ids', async () => {
    const { report } = subject(DIST);
    const { page, failures } = await watchedPage(browser);
    await page.goto(`${root}reports/${report.slug}/`);
    for (const [label, ext] of [['纯文本', 'txt'], ['Markdown', 'md']]) {
      const href = await page.locator(`.take-away a:text-is("${label}")`).getAttribute('href');
      expect(href).toMatch(new RegExp(`\\.${ext}$`));
      const response = await page.request.get(new URL(href!, page.url()).href);
      expect(response.status()).toBe(200);
      const body = (await response.body()).toString('utf8');
      for (const s of report.sections) {
        expect(body).toContain(ext === 'md' ? `{#${s.id}}` : `[#${s.id}]`);
      }
      if (ext === 'txt') for (const p of report.sections.flatMap((s) => s.paragraphs)) expect(body).toContain(p.text);
    }
    expect(failures).toEqual([]);
    await page.close();
  });
});
