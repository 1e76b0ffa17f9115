/**
 * 词语历年 in the built sites (seeds at /, seeds under /atlas/, the development corpus): the page and its form, the
 * link from the search page, and the published index read by the page's own reader, whose counts must equal a
 * brute-force search over the built reports' text, year by year and tier by tier, for many terms.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runInNewContext } from 'node:vm';
import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { fold } from '../../src/publish/offline-search.ts';
import { foldedSections, tierOf, type TermIndexMeta } from '../../src/publish/term-index.ts';
import type { Report, ReportSummary } from '../../src/pipeline/types.ts';
import { DIST, SUB_BASE, SUB_DIST, readDist, readJson } from './html.ts';

const CORPUS_DIST = process.env.ATLAS_CORPUS_DIST ?? '.atlas/dist-corpus';
const reader = (() => {
  const context: Record<string, unknown> = {};
  runInNewContext(readFileSync(join(DIST, 'term-index.js'), 'utf8'), context);
  return context.AtlasTermIndex as {
    countTerm: (t: string, m: TermIndexMeta, load: (k: number, name: string) => Promise<string>, b: number, texts?: { load: (n: number) => Promise<unknown> }) => Promise<{ status: string; rows: { tier: string; year: number; reports: number }[]; unknown: number }>;
    shardPath: (kind: number, name: string) => string;
  };
})();

function publishedIndex(dist: string) {
  const dir = join(dist, 'terms', 'index');
  const metaText = readFileSync(join(dir, 'index.js'), 'utf8');
  const context: Record<string, unknown> = { window: {} };
  runInNewContext(metaText, context);
  const meta = (context.window as { ATLAS_TERM_INDEX: TermIndexMeta }).ATLAS_TERM_INDEX;
  const load = async (kind: number, name: string) => {
    let bits = '';
    runInNewContext(readFileSync(join(dir, reader.shardPath(kind, name)), 'utf8'), { ATLAS_TERM_SHARD: (_k: number, _n: string, b: string) => (bits = b) });
    return bits;
  };
  return { meta, load, metaBytes: Buffer.byteLength(metaText) };
}

/** Terms from the built reports' own text (1 to 12 characters, spread over the text), Latin and digits, and absent ones. */
/** What 词语历年 must say of a term, counted by brute force: reports holding it per tier and year, and those of no tier or year. */
function bruteForceCount(term: string, summaries: ReportSummary[], sections: string[][]): { truth: Map<string, number>; unknown: number } {
  const t = fold(term);
  const truth = new Map<string, number>();
  let unknown = 0;
  summaries.forEach((s, i) => {
    const hit = sections[i].some((sec) => sec.includes(t)) ? 1 : 0;
    const tier = tierOf(s);
    if (tier === null || s.year === null) unknown += hit;
    else truth.set(`${tier} ${s.year}`, (truth.get(`${tier} ${s.year}`) ?? 0) + hit);
  });
  return { truth, unknown };
}

function termsFrom(sections: string[][], count: number): string[] {
  const terms = new Set(['PM2.5', 'pm2.5', '5G', 'GDP', '发展', '的', '新质生产力', '高质量发展', '城镇新增就业', '一般公共预算收入', '人工智能+', '※不存在的词语※', 'qqqzzz']);
  const flat = sections.flat();
  let k = 0;
  while (terms.size < count && flat.length) {
    const text = flat[(k * 7919) % flat.length];
    const length = 1 + (k % 12);
    const at = (k * 104729) % Math.max(1, text.length - length);
    const t = text.slice(at, at + length);
    if (t) terms.add(t);
    k++;
  }
  return [...terms];
}

const builds = [
  ['seeds at /', DIST],
  ['seeds under /atlas/', SUB_DIST],
  ['the development corpus', CORPUS_DIST],
] as const;

describe.each(builds)('词语历年 over the built reports of %s', (_name, dist) => {
  it.skipIf(!existsSync(join(dist, 'terms', 'index', 'index.js')))('counts equal a brute-force search of the built reports, year by year and tier by tier', async () => {
    const summaries = readJson<ReportSummary[]>('data/reports.json', dist);
    const sections = summaries.map((s) => foldedSections(readJson<Report>(`data/reports/${s.slug}.json`, dist)));
    const index = publishedIndex(dist);
    expect(index.meta.reports).toBe(summaries.length);
    const statuses = new Map<string, number>();
    for (const term of termsFrom(sections, 150)) {
      const got = await reader.countTerm(term, index.meta, index.load, index.metaBytes);
      statuses.set(got.status, (statuses.get(got.status) ?? 0) + 1);
      if (got.status !== 'exact') continue;
      const { truth, unknown } = bruteForceCount(term, summaries, sections);
      expect(new Map(got.rows.map((r) => [`${r.tier} ${r.year}`, r.reports])), term).toEqual(truth);
      expect(got.unknown, term).toBe(unknown);
    }
    // At this size every term is counted: none is too long or too common for the budget.
    expect([...statuses.keys()]).toEqual(['exact']);
  }, 120_000);
});

/**
 * The province editions of the corpus build (scripts/test.ts forces them): each has its own index of its own reports,
 * with no positions, and confirms a longer term in the texts its offline search carries — read here from the zip as the
 * page reads them from disk. A text numbered otherwise than meta.texts says (or one missing) gives wrong counts.
 */
describe('词语历年 in the province editions of the development corpus', () => {
  const editionsFile = join(CORPUS_DIST, 'download', 'editions.json');
  it.skipIf(!existsSync(editionsFile))('count, from their own files, what a brute-force search of their reports finds', async () => {
    const editions = (JSON.parse(readFileSync(editionsFile, 'utf8')) as { key: string; file: string }[]).filter((e) => e.key !== 'all');
    expect(editions.length).toBeGreaterThan(2);
    let confirmed = 0;
    for (const e of editions) {
      const zip = unzipSync(readFileSync(join(CORPUS_DIST, 'download', e.file)));
      const text = (name: string) => new TextDecoder().decode(zip[name]);
      const summaries = JSON.parse(text('data/reports.json')) as ReportSummary[];
      const sections = summaries.map((s) => foldedSections(JSON.parse(text(`data/reports/${s.slug}.json`)) as Report));
      const context: Record<string, unknown> = { window: {} };
      runInNewContext(text('terms/index/index.js'), context);
      const meta = (context.window as { ATLAS_TERM_INDEX: TermIndexMeta }).ATLAS_TERM_INDEX;
      expect(meta.reports, e.file).toBe(summaries.length);
      // No positions: each report's text number instead (a permutation of the search's texts).
      expect([...meta.texts!].sort((a, b) => a - b), e.file).toEqual(summaries.map((_, n) => n));
      const load = async (kind: number, name: string) => {
        let bits = '';
        runInNewContext(text(`terms/index/${reader.shardPath(kind, name)}`), { ATLAS_TERM_SHARD: (_k: number, _n: string, b: string) => (bits = b) });
        return bits;
      };
      const texts = {
        load: async (n: number) => {
          confirmed++;
          let got: unknown;
          runInNewContext(text(`search/offline/text/${n}.js`), { ATLAS_TEXT: (_n: number, s: unknown) => (got = s) });
          return got;
        },
      };
      for (const term of termsFrom(sections, 60)) {
        const got = await reader.countTerm(term, meta, load, Buffer.byteLength(text('terms/index/index.js')), texts);
        expect(got.status, `${e.file}: ${term}`).toBe('exact');
        const { truth, unknown } = bruteForceCount(term, summaries, sections);
        expect(new Map(got.rows.map((r) => [`${r.tier} ${r.year}`, r.reports])), `${e.file}: ${term}`).toEqual(truth);
        expect(got.unknown, `${e.file}: ${term}`).toBe(unknown);
      }
    }
    // Longer terms were confirmed in texts, not only answered from sets.
    expect(confirmed).toBeGreaterThan(0);
  }, 300_000);
});

describe('the page /terms/', () => {
  it('has a form that submits q, the table #term-years and its scripts, under the base path', () => {
    for (const [dist, base] of [[DIST, '/'], [SUB_DIST, SUB_BASE]] as const) {
      if (!existsSync(join(dist, 'terms', 'index.html'))) continue;
      const html = readDist('terms/index.html', dist);
      expect(html).toMatch(/<form id="terms-form"[^>]*method="get"/);
      expect(html).toMatch(/<input id="terms-q" name="q" type="search"/);
      expect(html).toContain('<table id="term-years"');
      for (const script of ['terms/d3.js', 'term-index.js', 'terms.js']) expect(html).toContain(`src="${base}${script}"`);
      // The d3 bundle defines the scales the chart uses.
      const d3 = readFileSync(join(dist, 'terms', 'd3.js'), 'utf8');
      expect(d3).toContain('scaleLinear');
      expect(d3).toContain('scalePoint');
    }
  });
  it('the search page links each query to it and offers the tier filter its counts link to', () => {
    const html = readDist('search/index.html');
    expect(html).toContain('id="search-terms-link"');
    for (const tier of ['national', 'provincial', 'prefectural', 'county']) expect(html).toMatch(new RegExp(`<option value="${tier}" data-levels="[^"]+"`));
  });
});
