/**
 * The comparison with the previous report, on the report pages of the development corpus's build (.atlas/dist-corpus/,
 * made by npm test; ATLAS_CORPUS_DIST overrides): where a government has consecutive reports, each later page shows
 * the indicators both set targets for, every figure a link to its row, and the verdict the published outcome pairs
 * (data/outcomes.json) give the previous year's target.
 */
import { describe, expect, it } from 'vitest';
import type { OutcomeRow } from '../../src/pipeline/outcomes.ts';
import type { Report, ReportSummary } from '../../src/pipeline/types.ts';
import { decodeEntities, readDist, readJson } from './html.ts';

const CORPUS_DIST = process.env.ATLAS_CORPUS_DIST ?? '.atlas/dist-corpus';
const VERDICT_WORDS: Record<string, string> = { met: '完成', missed: '未完成', 'not-stated': '未报告' };

interface ShownRow {
  indicator: string;
  then: string | null;
  outcome: string | null;
  now: string | null;
  verdict: string | null;
}
/** The comparison table's rows as the page shows them: each figure's link target, and the verdict's words. */
function comparisonRows(html: string): ShownRow[] | null {
  const table = html.match(/<table[^>]*id="previous-comparison"[^>]*>([\s\S]*?)<\/table>/)?.[1];
  if (!table) return null;
  return [...table.matchAll(/<tr[^>]*data-indicator="([^"]+)"[^>]*>([\s\S]*?)<\/tr>/g)].map(([, indicator, tr]) => {
    const href = (cls: string) => decodeEntities(tr.match(new RegExp(`<a[^>]*class="${cls}"[^>]*href="([^"]+)"`))?.[1] ?? tr.match(new RegExp(`<a[^>]*href="([^"]+)"[^>]*class="${cls}"`))?.[1] ?? '') || null;
    return { indicator, then: href('then'), outcome: href('outcome'), now: href('now'), verdict: tr.match(/class="verdict"[^>]*>([^<]+)</)?.[1] ?? null };
  });
}

describe('comparison with the previous report, in the corpus build', () => {
  const summaries = readJson<ReportSummary[]>('data/reports.json', CORPUS_DIST);
  const reports = new Map(summaries.map((s) => [s.slug, readJson<Report>(`data/reports/${s.slug}.json`, CORPUS_DIST)]));
  const outcomes = readJson<OutcomeRow[]>('data/outcomes.json', CORPUS_DIST);
  const page = (slug: string) => readDist(`reports/${slug}/index.html`, CORPUS_DIST);
  const consecutive = [...reports.values()].filter((r) => r.previous && reports.get(r.previous)!.year === r.year! - 1);

  it('is shown on a report page only when the report has a previous one', () => {
    for (const r of reports.values()) expect(page(r.slug).includes('id="previous-comparison-title"'), r.slug).toBe(Boolean(r.previous));
  });

  it('shows a table with its caption and header cells for each government with consecutive reports', () => {
    const shown = consecutive.filter((r) => comparisonRows(page(r.slug))?.length);
    // Several governments of the corpus have consecutive years (a district over four years, cities, the national reports).
    expect(new Set(shown.map((r) => r.place!.slug)).size).toBeGreaterThanOrEqual(3);
    for (const r of shown) {
      const html = page(r.slug);
      expect(html, r.slug).toMatch(/<caption[^>]*>[\s\S]*?完成情况[\s\S]*?<\/caption>/);
      expect(html.match(/<table[^>]*id="previous-comparison"[\s\S]*?<\/table>/)![0], r.slug).toMatch(/<th[^>]*scope="row"/);
    }
  });

  it('links each target then to its row in the previous report, each target now and outcome to rows of this one, with the published verdict', () => {
    let checked = 0;
    const verdicts = new Set<string>();
    for (const r of consecutive) {
      const rows = comparisonRows(page(r.slug));
      if (!rows) continue;
      const previous = reports.get(r.previous!)!;
      const previousPage = page(previous.slug);
      const html = page(r.slug);
      for (const row of rows) {
        expect(row.then ?? row.now, `${r.slug} ${row.indicator}`).not.toBeNull();
        if (row.now) {
          const id = row.now.match(/^#(.+)$/)?.[1];
          expect(id, `${r.slug} ${row.now}`).toBeDefined();
          const t = r.targets.find((x) => x.id === id);
          expect(t?.kind, `${r.slug} ${row.now}`).toBe('target');
          expect(t?.indicatorId).toBe(row.indicator);
          expect(html).toContain(`id="${id}"`);
        }
        if (!row.then) continue;
        const [, slug, id] = row.then.match(/reports\/([a-z0-9-]+)\/#(.+)$/) ?? [];
        expect(slug, `${r.slug} ${row.then}`).toBe(previous.slug);
        expect(previous.targets.find((x) => x.id === id)?.indicatorId).toBe(row.indicator);
        expect(previousPage).toContain(`id="${id}"`);
        // The verdict and outcome are the published pair's for that target.
        const pair = outcomes.find((o) => o.targetReport === previous.slug && o.target === id);
        expect(pair, `${r.slug}: ${previous.slug}#${id} has a published pair`).toBeDefined();
        expect(row.verdict, `${r.slug} ${row.indicator}`).toBe(VERDICT_WORDS[pair!.verdict]);
        verdicts.add(pair!.verdict);
        if (pair!.outcome) {
          expect(row.outcome, `${r.slug} ${row.indicator}`).toBe(pair!.outcomeReport === r.slug ? `#${pair!.outcome}` : expect.stringContaining(`reports/${pair!.outcomeReport}/#${pair!.outcome}`));
          expect(r.targets.find((x) => x.id === pair!.outcome)?.kind).toBe('achievement');
        } else expect(row.outcome).toBeNull();
        checked++;
      }
      // Every indicator the two reports both target is listed, and no other: the published pairs of the previous
      // report name what it targeted; this report's own targets, what it targets now.
      const then = new Set(outcomes.filter((o) => o.targetReport === previous.slug).map((o) => o.indicatorId));
      for (const row of rows) expect(then.has(row.indicator), `${r.slug} ${row.indicator}`).toBe(true);
    }
    expect(checked).toBeGreaterThan(20);
    expect([...verdicts].sort()).toEqual(['met', 'missed', 'not-stated']);
  });
});
