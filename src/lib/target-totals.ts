/**
 * The targets page's totals and charts (src/pages/targets.astro), summed report by report: the render holds one
 * report's targets at a time, never the corpus's.
 */
import { SHARED_INDICATORS } from './charts.ts';
import type { ReportSummary, Target } from '../pipeline/types.ts';

export class TargetTotals {
  targetCount = 0;
  readonly themeTotals = new Map<string, number>();
  readonly usedIds = new Set<string>();
  /** Per report, the first target of each shared indicator (what the charts draw). */
  readonly chartTargets = new Map<string, Map<string, Target>>();

  add(summary: ReportSummary, targets: Target[]): void {
    this.targetCount += targets.length;
    const own = new Map<string, Target>();
    for (const t of targets) {
      this.themeTotals.set(t.theme, (this.themeTotals.get(t.theme) ?? 0) + 1);
      if (t.indicatorId !== null) this.usedIds.add(t.indicatorId);
      if (t.kind !== 'target') continue;
      for (const ind of SHARED_INDICATORS) if (!own.has(ind.key) && ind.match(t)) own.set(ind.key, t);
    }
    if (own.size) this.chartTargets.set(summary.slug, own);
  }
}
