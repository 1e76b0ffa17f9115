/**
 * Place and indicator pages and the outcome pairs, read from the built sites: the seeds build (dist/) and the build of
 * the development corpus (.atlas/dist-corpus/, made by npm test), whose four consecutive reports of one district are
 * checked against pairs labelled by hand from the raw text.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import { parse as parseYaml } from 'yaml';
import { describe, expect, it } from 'vitest';
import { LEVEL_TIER, TIER_NAMES } from '../../src/pipeline/levels.ts';
import { judge, type OutcomeRow, type PlaceHistory, type Term } from '../../src/pipeline/outcomes.ts';
import type { Report, ReportSummary } from '../../src/pipeline/types.ts';
import { DIST, SUB_BASE, SUB_DIST, decodeEntities, idCounts, readDist, readJson, textOf } from './html.ts';

const CORPUS_DIST = process.env.ATLAS_CORPUS_DIST ?? '.atlas/dist-corpus';

interface Site {
  dir: string;
  summaries: ReportSummary[];
  reports: Map<string, Report>;
  outcomes: OutcomeRow[];
  places: PlaceHistory[];
}
function site(dir: string): Site {
  const summaries = readJson<ReportSummary[]>('data/reports.json', dir);
  return {
    dir,
    summaries,
    reports: new Map(summaries.map((s) => [s.slug, readJson<Report>(`data/reports/${s.slug}.json`, dir)])),
    outcomes: readJson<OutcomeRow[]>('data/outcomes.json', dir),
    places: readJson<PlaceHistory[]>('data/places.json', dir),
  };
}
/** Every `href` of a page that points into a report, as [slug, fragment]. */
function reportLinks(html: string): [string, string][] {
  return [...html.matchAll(/href="[^"]*reports\/([a-z0-9-]+)\/(?:index\.html)?#([a-z0-9-]+)"/g)].map((m) => [m[1], m[2]]);
}
function checkSite(s: Site) {
  it('publishes outcomes.json and outcomes.csv (with a BOM), each pair naming real rows of the right kind', () => {
    const csv = readDist('data/outcomes.csv', s.dir);
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(csv.split('\n')[0]).toMatch(/^\uFEFFplace,placeName,indicatorId,year,target,targetReport,outcome,outcomeReport,verdict,estimated/);
    for (const o of s.outcomes) {
      const target = s.reports.get(o.targetReport)!.targets.find((t) => t.id === o.target)!;
      expect(target, `${o.targetReport}#${o.target}`).toMatchObject({ kind: 'target', indicatorId: o.indicatorId, period: { from: o.year, to: o.year } });
      if (o.outcome === null) {
        expect(o.verdict).toBe('not-stated');
        continue;
      }
      const outcome = s.reports.get(o.outcomeReport!)!.targets.find((t) => t.id === o.outcome)!;
      expect(outcome).toMatchObject({ kind: 'achievement', indicatorId: o.indicatorId, period: { from: o.year, to: o.year }, estimated: o.estimated });
      expect(s.reports.get(o.outcomeReport!)!.year).toBe(o.year + 1);
      expect(judge(target, outcome)).toBe(o.verdict);
    }
  });
  it('gives every government a page listing its reports in year order, and every cell links to a real row', () => {
    const index = readDist('places/index.html', s.dir);
    for (const p of s.places) {
      expect(index).toContain(`places/${p.slug}/`);
      const html = readDist(`places/${p.slug}/index.html`, s.dir);
      const reportOrder = p.reports.map((r) => html.indexOf(`reports/${r.slug}/`));
      expect(reportOrder.every((i) => i > 0)).toBe(true);
      expect([...reportOrder].sort((a, b) => a - b)).toEqual(reportOrder);
      for (const [slug, id] of reportLinks(html)) {
        const r = s.reports.get(slug);
        expect(r, slug).toBeDefined();
        expect(r!.targets.some((t) => t.id === id), `${slug}#${id}`).toBe(true);
      }
      for (const [, n] of idCounts(html)) expect(n).toBe(1);
    }
  });
  it('reaches every report of a known government from its place page, the second click of a large corpus’s home page (src/lib/home.ts, which lists the others itself)', () => {
    for (const r of readJson<ReportSummary[]>('data/reports.json', s.dir)) {
      if (r.place?.slug && r.year !== null) expect(readDist(`places/${r.place.slug}/index.html`, s.dir), r.slug).toContain(`reports/${r.slug}/`);
    }
  });
  it('gives every indicator a page with a chart and its text alternative, one tier per section', () => {
    const ids = [...new Set(s.places.flatMap((p) => p.rows.map((r) => r.indicatorId)))];
    for (const id of ids) {
      const html = readDist(`indicators/${id}/index.html`, s.dir);
      expect(html).toMatch(/<svg[^>]*role="img"[^>]*aria-label="[^"]+年/);
      // Each place's table row sits under the heading of its own tier; the State Council's (全国) is the provinces'
      // reference row, or under a heading of its own for terms no province shares.
      const sections = html.split(/<h2 id="tier-/).slice(1);
      for (const p of s.places.filter((x) => x.rows.some((r) => r.indicatorId === id))) {
        const inSections = sections.filter((sec) => sec.includes(`places/${p.slug}/`));
        const tiers = LEVEL_TIER[p.level] === 'national' ? ['national', 'provincial'] : [LEVEL_TIER[p.level]];
        expect(inSections.length, p.slug).toBeGreaterThanOrEqual(1);
        expect(inSections.length, p.slug).toBeLessThanOrEqual(tiers.length);
        for (const sec of inSections) expect(tiers.some((t) => sec.startsWith(`${t}"`)), p.slug).toBe(true);
      }
    }
  });
  it('links target rows of report pages to their indicator and place pages', () => {
    for (const [slug, r] of s.reports) {
      const place = s.places.find((p) => p.reports.some((x) => x.slug === slug));
      const html = readDist(`reports/${slug}/index.html`, s.dir);
      for (const t of r.targets.filter((x) => x.indicatorId && existsSync(join(s.dir, `indicators/${x.indicatorId}/index.html`)))) {
        const row = html.match(new RegExp(`<tr id="${t.id}"[\\s\\S]*?</tr>`))![0];
        expect(row).toContain(`indicators/${t.indicatorId}/`);
        if (place) expect(row).toContain(`places/${place.slug}/`);
      }
    }
  });
}

describe('history pages over the seeds', () => checkSite(site(DIST)));

describe('history pages in the sitemap and the offline edition', () => {
  const s = site(DIST);
  it('lists place and indicator pages in the sitemap', () => {
    // Only a build with a configured site address writes a sitemap: the sub-path build has one.
    const sitemap = readDist('sitemap-0.xml', SUB_DIST);
    expect(sitemap).toContain('/places/</loc>');
    for (const p of s.places) expect(sitemap).toContain(`/places/${p.slug}/</loc>`);
    expect(sitemap).toContain('/indicators/</loc>');
  });
  it('prefixes their links with the base path in the sub-path build', () => {
    const places = readJson<PlaceHistory[]>('data/places.json', SUB_DIST);
    const ids = [...new Set(places.flatMap((p) => p.rows.map((r) => r.indicatorId)))];
    const pages = ['places/index.html', 'indicators/index.html', ...places.map((p) => `places/${p.slug}/index.html`), ...ids.map((id) => `indicators/${id}/index.html`)];
    for (const p of pages) {
      const html = readDist(p, SUB_DIST);
      for (const m of html.matchAll(/\s(?:href|src)="(\/[^"]*)"/g)) expect(m[1], p).toMatch(new RegExp(`^${SUB_BASE}`));
    }
  });
  it('puts them in the offline zip, linked relatively', () => {
    const files = unzipSync(readFileSync(join(DIST, 'download/report-atlas-offline.zip')));
    expect(files['places/index.html']).toBeDefined();
    expect(files['indicators/index.html']).toBeDefined();
    for (const p of s.places) {
      const html = new TextDecoder().decode(files[`places/${p.slug}/index.html`]);
      expect(html).not.toMatch(/href="\/(?!\/)/);
    }
  });
});

interface Label {
  year: number;
  indicatorId: string;
  term: Term;
  target: string;
  outcome: string | null;
  verdict: OutcomeRow['verdict'];
}
const labels = parseYaml(readFileSync(new URL('../fixtures/history/hailaer-outcomes.yaml', import.meta.url), 'utf8')) as {
  place: string;
  years: number[];
  pairs: Label[];
};

describe('the development corpus: consecutive reports of one district, against hand labels', () => {
  const s = site(CORPUS_DIST);
  checkSite(s);
  const place = s.places.find((p) => p.name === labels.place);
  const quote = (report: string | null, id: string | null) => s.reports.get(report ?? '')?.targets.find((t) => t.id === id)?.quote ?? null;

  it(`finds ${labels.place} with a report for each of ${labels.years.join('、')}`, () => {
    expect(place).toBeDefined();
    expect(place!.reports.map((r) => r.year)).toEqual(labels.years);
  });
  for (const l of labels.pairs) {
    it(`${l.year} ${l.indicatorId} (${l.term}): ${l.verdict}`, () => {
      const pairs = s.outcomes.filter((o) => o.place === place?.slug && o.year === l.year && o.indicatorId === l.indicatorId && o.term === l.term);
      expect(pairs).toHaveLength(1);
      const [o] = pairs;
      expect(quote(o.targetReport, o.target)).toContain(l.target);
      if (l.outcome === null) expect(o.outcome).toBeNull();
      else expect(quote(o.outcomeReport, o.outcome)).toContain(l.outcome);
      expect(o.verdict).toBe(l.verdict);
    });
  }
  it('shows the labelled pairs on the place page, both quotes linked', () => {
    const html = readDist(`places/${place!.slug}/index.html`, CORPUS_DIST);
    const text = textOf(html);
    for (const y of labels.years) expect(text).toContain(`${y}年`);
    const mine = s.outcomes.filter((o) => o.place === place!.slug);
    const n = (v: string) => mine.filter((o) => o.verdict === v).length;
    expect(text).toContain(`${mine.length}项目标与次年报告对照：完成${n('met')}项，未完成${n('missed')}项，次年报告未给出同口径数字${n('not-stated')}项`);
    const links = new Set(reportLinks(html).map(([slug, id]) => `${slug}#${id}`));
    for (const l of labels.pairs) {
      const o = s.outcomes.find((x) => x.place === place!.slug && x.year === l.year && x.indicatorId === l.indicatorId && x.term === l.term)!;
      expect(o, `${l.year} ${l.indicatorId} ${l.term}`).toBeDefined();
      expect(links.has(`${o.targetReport}#${o.target}`)).toBe(true);
      if (o.outcome) expect(links.has(`${o.outcomeReport}#${o.outcome}`)).toBe(true);
      expect(text).toContain(quote(o.targetReport, o.target)!);
    }
  });
  it('lists every report’s GDP growth target on the GDP page, provinces apart from districts', () => {
    const html = decodeEntities(readDist('indicators/gdp/index.html', CORPUS_DIST));
    const sections = Object.fromEntries(html.split(/<h2 id="tier-/).slice(1).map((sec) => [sec.slice(0, sec.indexOf('"')), sec]));
    for (const p of s.places) {
      const growth = p.rows.find((r) => r.indicatorId === 'gdp' && r.term === 'change');
      if (!growth) continue;
      // The State Council's growth target is the reference row of the provincial table.
      const sec = p.tier === 'national' ? [sections.national, sections.provincial].filter(Boolean).join('') || undefined : sections[p.tier];
      expect(sec, `${p.name}: ${TIER_NAMES[p.tier]}`).toBeDefined();
      for (const c of growth.cells) {
        expect(sec).toContain(`reports/${c.target.report}/#${c.target.id}`);
        if (c.outcome) expect(sec).toContain(`reports/${c.outcome.report}/#${c.outcome.id}`);
      }
    }
    expect(Object.keys(sections)).toEqual(expect.arrayContaining(['provincial', 'county']));
  });
});

describe('indicator pages name what they gather', () => {
  // Every built indicator page whose vocabulary entry has other names lists them, each with its date where it has one.
  const vocabulary = readJson<{ indicators: { id: string; names?: { wordings: string[]; since?: number; until?: number }[]; succeeds?: { id: string; since: number } }[] }>('data/indicators.json');
  const withNames = vocabulary.indicators.filter((e) => (e.names?.length || e.succeeds) && existsSync(join(DIST, `indicators/${e.id}/index.html`)));
  it('has pages to check', () => expect(withNames.length).toBeGreaterThan(0));
  it('lists every other name under 名称与口径, dated, and links the quantity it replaced', () => {
    for (const e of withNames) {
      const text = textOf(readDist(`indicators/${e.id}/index.html`));
      expect(text, e.id).toContain('名称与口径');
      for (const g of e.names ?? []) {
        for (const w of g.wordings) expect(text, `${e.id}: ${w}`).toContain(w);
        if (g.until !== undefined) expect(text, e.id).toContain(`${g.until}年及以前`);
        if (g.since !== undefined) expect(text, e.id).toContain(`${g.since}年起`);
      }
      if (e.succeeds) expect(text, e.id).toContain(`${e.succeeds.since}年起取代`);
    }
  });
});
