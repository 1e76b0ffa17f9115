/**
 * The home page of a large corpus (src/lib/home.ts): within the page budget however many years are collected, and
 * every report two clicks away (home → its government's place page → the report). The corpus is synthetic: every
 * government of the gazetteer (3,372, the most the atlas can name) with ten years each, 33,720 reports.
 */
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { editionHtml, type EditionView } from '../../src/publish/offline.ts';
import { provinceGroup } from '../../src/lib/data.ts';
import { HOME_LIST_MAX, homeGovernments, homeGovernmentsHtml } from '../../src/lib/home.ts';
import { allGovernments } from '../../src/pipeline/gazetteer.ts';
import { placeSlug } from '../../src/pipeline/slug.ts';
import type { ReportSummary } from '../../src/pipeline/types.ts';

/** The page budget of the issue, and what the page holds besides the lists (header, lead, filters, downloads, footer: the seeds' home page has about 5 KB gzipped of it). */
const PAGE_BYTES = 100 * 1024;
const SHELL_BYTES = 15 * 1024;

function corpus(years: number, placeless = 0): ReportSummary[] {
  const out: ReportSummary[] = [];
  for (const e of allGovernments()) {
    const top = [e, ...e.parents].at(-1)!;
    const slug = placeSlug(e);
    for (let y = 2026 - years + 1; y <= 2026; y++) {
      out.push({
        slug: `${slug}-${y}`, title: `${y}年${e.name}政府工作报告`, city: e.name, province: e.level === 'national' ? null : top.name, year: y, kind: '政府工作报告',
        place: { name: e.name, level: e.level, code: e.code, parents: e.parents.map((p) => ({ name: p.name, level: p.level, code: p.code })), slug },
        delivered: `${y}-01-${String(10 + (out.length % 19)).padStart(2, '0')}`, session: null, speaker: null,
        sources: [], url: `/reports/${slug}-${y}/`, sectionCount: 10, targetCount: 50, paragraphCount: 80, charCount: 20000,
      } as ReportSummary);
    }
  }
  // Reports on no place page: of no known government, or of no known year.
  for (let i = 0; i < placeless; i++) out.push({ ...out[i], slug: `unknown-${i}`, title: `政府工作报告 ${i}`, place: null, province: null } as ReportSummary);
  for (let i = 0; i < placeless; i++) out.push({ ...out[i * 10], slug: `${out[i * 10].place!.slug}`, title: `政府工作报告 ${i}`, year: null } as ReportSummary);
  return out;
}

const hrefs = (html: string) => [...html.matchAll(/href="([^"]*)"/g)].map((m) => m[1]);

describe('large home page', () => {
  const reports = corpus(10, 12);
  const model = homeGovernments(reports);
  const html = homeGovernmentsHtml(model, (p) => `/${p}`);
  const lists = html.recent + html.groups;

  it('is the page for corpora above the threshold only', () => {
    expect(reports.length).toBeGreaterThan(HOME_LIST_MAX);
    expect(HOME_LIST_MAX).toBeGreaterThanOrEqual(1000);
  });

  it('stays within the page budget, gzipped, with every government of the gazetteer and ten years each', () => {
    const bytes = gzipSync(lists).length;
    console.log(`large home page lists: ${lists.length} bytes, ${bytes} gzipped, ${model.places} governments, ${reports.length} reports`);
    expect(model.places).toBe(allGovernments().length);
    expect(bytes + SHELL_BYTES).toBeLessThanOrEqual(PAGE_BYTES);
    // And does not grow with the years collected: twenty years of the same governments, the same size within a little.
    const twenty = homeGovernmentsHtml(homeGovernments(corpus(20, 12)), (p) => `/${p}`);
    expect(gzipSync(twenty.recent + twenty.groups).length).toBeLessThan(bytes * 1.05);
    // A list of every report would not fit (the page this replaces).
    const everyReport = reports.map((r) => `<li data-level="x" data-year="${r.year}" data-province="${r.province}"><a href="/reports/${r.slug}/">${r.title}</a></li>`).join('');
    expect(gzipSync(everyReport).length).toBeGreaterThan(PAGE_BYTES);
  });

  it('links every report’s place page, or the report itself when its government is not known: two clicks at most', () => {
    const linked = new Set(hrefs(html.groups));
    for (const r of reports) {
      if (r.place && r.year !== null) expect(linked.has(`/places/${r.place.slug}/`), r.slug).toBe(true);
      else expect(linked.has(`/reports/${r.slug}/`), r.slug).toBe(true);
    }
    // Each place once, in its province's group.
    expect(hrefs(html.groups).filter((h) => h.startsWith('/places/'))).toHaveLength(model.places);
    for (const g of model.groups) for (const p of g.places) expect(p.province).toBe(g.province);
    // The newest reports, newest first.
    const recent = hrefs(html.recent);
    expect(recent.length).toBe(30);
    expect(recent.every((h) => /^\/reports\/[a-z0-9-]+-2026\/$/.test(h))).toBe(true);
  });

  it('is restricted by an edition to the edition’s governments, with its own count', () => {
    const page = `<h2 class="list-title" data-astro-cid-x>各地政府 <span class="muted" data-astro-cid-x>${model.places} 个 · 点击进入该地历年报告</span></h2><output id="report-count" aria-live="polite" data-unit=" 地">${model.places} 地</output>${html.recent}<div id="report-groups">${html.groups}</div>`;
    const recentProvinces = new Set(model.recent.map((r) => provinceGroup(r)));
    // One province with some of the newest reports, one with none of them.
    for (const province of [[...recentProvinces][0]!, model.groups.map((g) => g.province).find((p) => !recentProvinces.has(p) && p !== '未知')!]) {
      const own = reports.filter((r) => provinceGroup(r) === province);
      const places = new Set(own.filter((r) => r.year !== null).map((r) => r.place!.slug));
      const slugs = new Set(own.map((r) => r.slug));
      const view: EditionView = {
        base: '/',
        has: (f) => (f.startsWith('places/') ? places.has(f.split('/')[1]) : f.startsWith('reports/') ? slugs.has(f.split('/')[1]) : true),
        provinces: new Set([province]), levels: new Set(), years: new Set(), reportCount: own.length, targetCount: 0,
      };
      const out = editionHtml(page, view, true);
      const left = hrefs(out);
      expect(left.filter((h) => h.startsWith('/places/')).sort()).toEqual([...places].map((s) => `/places/${s}/`).sort());
      const recent = model.recent.filter((r) => slugs.has(r.slug)).map((r) => `/reports/${r.slug}/`);
      const itself = own.filter((r) => r.year === null || !r.place).map((r) => `/reports/${r.slug}/`);
      expect(left.filter((h) => h.startsWith('/reports/'))).toEqual([...recent, ...itself]);
      expect(out.includes('home-recent')).toBe(recent.length > 0);
      expect(out).toContain(`${places.size} 地</output>`);
      expect(out).toContain(`各地政府 <span class="muted" data-astro-cid-x>${places.size} 个`);
      expect(out.match(/<details class="report-group"/g)).toHaveLength(1);
    }
  });
});
