/**
 * The one pass over every report's JSON that the pages summing over the corpus share: the targets page's totals and
 * charts (target-totals.ts) and the methodology pages' live examples (example-scan.ts, over the first SCAN_LIMIT
 * reports at most). Made on the first page that asks, in the order of reports.json; only what the two keep is held.
 * Why one pass: a report's JSON is mostly its rows, and each page reading every report again cost ≈ 0.4 CPU-s of a
 * 200-report render.
 */
import { allReports } from './data.ts';
import { ExampleScan, SCAN_LIMIT, type Scan } from './example-scan.ts';
import { TargetTotals } from './target-totals.ts';

let pass: { targets: TargetTotals; examples: Scan } | null = null;

export function corpusPass(): { targets: TargetTotals; examples: Scan } {
  if (pass) return pass;
  const targets = new TargetTotals();
  const scan = new ExampleScan();
  let scanning = true;
  let read = 0;
  for (const { summary, report } of allReports()) {
    targets.add(summary, report.targets);
    if (scanning && read++ < SCAN_LIMIT) scanning = scan.add(summary, report);
  }
  pass = { targets, examples: scan.result() };
  return pass;
}
