/**
 * Live examples for the methodology pages (src/pages/about/method/): each rule of the pipeline shown on a real row of
 * the built corpus, chosen by a rule over the data — never a slug or a place — so a build of another corpus shows its
 * own. The rows are found by the scan of src/lib/example-scan.ts, over the reports in the order of reports.json (at
 * most SCAN_LIMIT of them, stopping as soon as every rule has its example), in the pass over the corpus the pages
 * share (src/lib/corpus-pass.ts); a rule no report shows gets no example, and the page says so.
 */
import { corpusPass } from './corpus-pass.ts';
import { outcomeRows, report, reportSummaries } from './data.ts';
import type { Scan } from './example-scan.ts';
import type { OutcomeRow } from '../pipeline/outcomes.ts';
import type { Target } from '../pipeline/types.ts';

export { SCAN_LIMIT, TARGET_RULES, type FrontExample, type SectionExample, type TargetExample, type TargetRule } from './example-scan.ts';

/** The examples of this build (the corpus pass, made on first use). */
export const examples = (): Scan => corpusPass().examples;

export interface VerdictExample {
  row: OutcomeRow;
  target: Target;
  outcome: Target | null;
  targetTitle: string;
  outcomeTitle: string | null;
}
export type VerdictRule = 'met' | 'missed' | 'not-stated' | 'estimated';
const VERDICT_RULES: Record<VerdictRule, (o: OutcomeRow) => boolean> = {
  met: (o) => o.verdict === 'met',
  missed: (o) => o.verdict === 'missed',
  'not-stated': (o) => o.verdict === 'not-stated',
  estimated: (o) => o.estimated,
};
const verdicts = new Map<VerdictRule, VerdictExample | null>();
/** The first pair of outcomes.json that the rule picks, with both rows read from their reports. */
export function verdictExample(rule: VerdictRule): VerdictExample | null {
  if (verdicts.has(rule)) return verdicts.get(rule)!;
  // A firm figure first where the rule is not about estimates, so that each rule shows its own pair where it can.
  const rows = outcomeRows().filter(VERDICT_RULES[rule]);
  const row = (rule === 'estimated' ? undefined : rows.find((o) => !o.estimated)) ?? rows[0];
  let example: VerdictExample | null = null;
  if (row) {
    const targetReport = report(row.targetReport);
    const target = targetReport.targets.find((t) => t.id === row.target);
    const outcomeReport = row.outcomeReport ? report(row.outcomeReport) : null;
    const outcome = outcomeReport?.targets.find((t) => t.id === row.outcome) ?? null;
    if (target) example = { row, target, outcome, targetTitle: targetReport.title, outcomeTitle: outcomeReport?.title ?? null };
  }
  verdicts.set(rule, example);
  return example;
}

/** The words of the "no example" line: how many reports were looked at. */
export function noExampleWords(): string {
  const total = reportSummaries().length;
  const scanned = examples().scanned;
  return scanned < total ? `本次构建的前 ${scanned} 份报告（共 ${total} 份）中没有这样的例子。` : `本次构建的 ${total} 份报告中没有这样的例子。`;
}
