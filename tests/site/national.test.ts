/**
 * The State Council (国务院, level national) as a government of the atlas, read from the build of the development
 * corpus (.atlas/dist-corpus/, made by npm test; ATLAS_CORPUS_DIST overrides), which holds its reports of several
 * years: listed first (全国) on the home page and in the filters, in the places index with its own page across years,
 * and on the GDP page as the reference row above the provinces — never as "null", "undefined" or an empty province.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import type { PlaceHistory } from '../../src/pipeline/outcomes.ts';
import type { ReportSummary } from '../../src/pipeline/types.ts';
import { decodeEntities, readDist, readJson, textOf } from './html.ts';

const CORPUS_DIST = process.env.ATLAS_CORPUS_DIST ?? '.atlas/dist-corpus';
const read = (path: string) => readDist(path, CORPUS_DIST);

/** No word a missing value leaves behind, in the text or in an attribute (an empty province among them). */
function expectClean(html: string, page: string) {
  const text = textOf(html);
  expect(text, page).not.toMatch(/\bnull\b|\bundefined\b|NaN/);
  expect(decodeEntities(html), page).not.toMatch(/="(?:null|undefined)"|data-(?:province|level|value)=""/);
}

describe('the State Council in the corpus build', () => {
  const summaries = readJson<ReportSummary[]>('data/reports.json', CORPUS_DIST);
  const places = readJson<PlaceHistory[]>('data/places.json', CORPUS_DIST);
  const nationalReports = summaries.filter((r) => r.place?.level === 'national');
  const national = places.find((p) => p.level === 'national');

  it('has reports and a place of level national in the data', () => {
    expect(nationalReports.length).toBeGreaterThanOrEqual(2);
    expect(national).toBeDefined();
    expect(national!.tier).toBe('national');
    expect(national!.parents).toEqual([]);
  });

  it('lists its reports first on the home page, under 全国, and offers 全国 and 国家 first in the filters', () => {
    const html = read('index.html');
    expectClean(html, 'index.html');
    const groups = [...html.matchAll(/<details class="report-group" data-province="([^"]*)"/g)].map((m) => m[1]);
    expect(groups[0]).toBe('全国');
    const at = html.indexOf('<details class="report-group" data-province="全国"');
    const group = html.slice(at, html.indexOf('</details>', at));
    for (const r of nationalReports) expect(group).toContain(`reports/${r.slug}/`);
    for (const page of ['index.html', 'targets/index.html', 'search/index.html']) {
      const form = read(page);
      // The first option after 全部 (attributes of scoped styles may follow the value).
      const firstChoice = (name: string) => form.match(new RegExp(`name="${name}"[^>]*>\\s*<option value=""[^>]*>全部</option>\\s*<option value="([^"]*)"`))?.[1];
      expect(firstChoice('province'), page).toBe('全国');
      expect(firstChoice('level'), page).toBe('国家');
    }
  });

  it('gives the explorer, the offline search and Pagefind’s documents 全国 as its province', () => {
    // The explorer's index: each run of reports of one (year, province, level), and every report's slug by position.
    const script = (path: string) => { const s = read(path); return JSON.parse(s.slice(s.indexOf('(') + 1, s.lastIndexOf(')'))); };
    const { groups } = script('explorer/index.js') as { groups: [number | null, string, string, number, number, number][] };
    const { slugs } = script('explorer/reports.js') as { slugs: string[] };
    for (const r of nationalReports) {
      const i = slugs.indexOf(r.slug);
      expect(i, r.slug).toBeGreaterThanOrEqual(0);
      const group = groups.find((g) => g[3] <= i && i < g[3] + g[4])!;
      expect(group.slice(1, 3), r.slug).toEqual(['全国', '国家']);
    }
    // 全国 first among the provinces of each year.
    for (const year of new Set(groups.map((g) => g[0]))) {
      const provinces = groups.filter((g) => g[0] === year).map((g) => g[1]);
      if (provinces.includes('全国')) expect(provinces[0]).toBe('全国');
    }
    const files = unzipSync(readFileSync(join(CORPUS_DIST, 'download/report-atlas-offline.zip')));
    const offline = new TextDecoder().decode(files['search/offline/reports.js']);
    for (const r of nationalReports) expect(offline).toMatch(new RegExp(`\\["${r.slug}","[^"]*","全国",null,"国家",`));
  });

  it('lists it in the places index, first, with its own page across years', () => {
    const index = read('places/index.html');
    expectClean(index, 'places/index.html');
    const first = index.indexOf('<h2 id="tier-');
    expect(index.slice(first)).toMatch(/^<h2 id="tier-national"/);
    const section = index.slice(first, index.indexOf('<h2 id="tier-', first + 1));
    expect(section).toContain(`places/${national!.slug}/`);
    expect(textOf(section)).toContain(national!.name);

    const html = read(`places/${national!.slug}/index.html`);
    expectClean(html, `places/${national!.slug}/`);
    expect(textOf(html.match(/<h1[\s\S]*?<\/h1>/)![0])).toContain(national!.name);
    // Every report in year order, and no empty link of a parent it does not have.
    const order = national!.reports.map((r) => html.indexOf(`reports/${r.slug}/`));
    expect(order.every((i) => i > 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    expect(nationalReports.map((r) => r.slug).sort()).toEqual(national!.reports.map((r) => r.slug).sort());
    expect(textOf(html.match(/<p class="muted crumbs"[\s\S]*?<\/p>/)![0]).trim()).not.toMatch(/\/\s*$/);
  });

  it('shows its GDP growth targets on the GDP page as the 全国 reference row above the provinces', () => {
    const growth = national!.rows.find((r) => r.indicatorId === 'gdp' && r.term === 'change');
    expect(growth, 'a national GDP growth target').toBeDefined();
    const html = decodeEntities(read('indicators/gdp/index.html'));
    expectClean(html, 'indicators/gdp/');
    const start = html.indexOf('<h2 id="tier-provincial"');
    expect(start).toBeGreaterThan(0);
    const provincial = html.slice(start, html.indexOf('<h2 id="tier-', start + 1) >>> 0 || undefined);
    const table = provincial.slice(provincial.indexOf('<tbody'));
    const rows = table.match(/<tr[\s\S]*?<\/tr>/g)!;
    // The first row is 全国, marked as the reference, linking to its place page and to each of its targets.
    expect(rows[0]).toMatch(/<tr class="reference"/);
    expect(textOf(rows[0])).toContain('全国');
    expect(rows[0]).toContain(`places/${national!.slug}/`);
    for (const c of growth!.cells) expect(rows[0]).toContain(`reports/${c.target.report}/#${c.target.id}`);
    expect(rows.slice(1).some((r) => r.includes('class="reference"'))).toBe(false);
    // The chart draws it as a reference line and says so in its text alternative.
    expect(provincial).toMatch(/aria-label="[^"]*全国目标：[^"]*年/);
    expect(provincial).toContain('class="reference"');
  });

  it('renders its report pages without a province or parent that is not there', () => {
    for (const r of nationalReports) {
      const html = read(`reports/${r.slug}/index.html`);
      expectClean(html, r.slug);
      expect(textOf(html)).toContain('国务院');
    }
  });
});
