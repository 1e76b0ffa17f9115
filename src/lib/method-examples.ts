/**
 * Live examples for the methodology pages (src/pages/about/method/): each rule of the pipeline shown on a real row of
 * the built corpus, chosen by a rule over the data — never a slug or a place — so a build of another corpus shows its
 * own. One pass over the reports (in the order of reports.json, each read once, at most SCAN_LIMIT of them, stopping
 * as soon as every rule has its example) serves every page; a rule no report shows gets no example, and the page says so.
 */
import { outcomeRows, report, reportSummaries } from './data.ts';
import type { OutcomeRow } from '../pipeline/outcomes.ts';
import type { Report, ReportSummary, Section, Target } from '../pipeline/types.ts';

/** Reports read at most for examples: the pages cost the same at any corpus size. */
export const SCAN_LIMIT = 300;
/** A quote this short reads at a glance: a rule's matches this short come before longer ones. */
const SHORT_QUOTE = 40;
/** Matches kept per rule, so that each rule can show a row no other rule shows. */
const CANDIDATES = 6;

type TargetTest = (t: Target, r: Report) => boolean;
/** The rules of target extraction that the pages illustrate, each as a test on a published row. */
export const TARGET_RULES = {
  target: (t) => t.kind === 'target',
  achievement: (t) => t.kind === 'achievement',
  growth: (t) => t.comparator === 'growth' && t.unit === '%' && !t.annualAverage,
  decline: (t) => t.comparator === 'decline',
  gte: (t) => t.comparator === 'gte',
  lte: (t) => t.comparator === 'lte',
  approx: (t) => t.comparator === 'approx',
  eq: (t) => t.comparator === 'eq',
  'change-amount': (t) => (t.comparator === 'growth' || t.comparator === 'decline') && t.unit !== '%',
  'bound-gte': (t) => t.bound === 'gte',
  'bound-lte': (t) => t.bound === 'lte',
  'bound-approx': (t) => t.bound === 'approx',
  'bound-range': (t) => t.bound === 'range' || t.valueMax !== null,
  headline: (t) => t.headline,
  deadline: (t, r) => t.deadline !== null && t.deadline !== r.year,
  'period-last-year': (t, r) => t.kind === 'achievement' && r.year !== null && t.period !== null && t.period.from === r.year - 1 && t.period.to === r.year - 1,
  'period-range': (t) => t.period !== null && t.period.from < t.period.to,
  'annual-average': (t) => t.annualAverage,
  estimated: (t) => t.estimated,
  'indicator-id': (t) => t.indicatorId !== null && t.canonicalUnit === t.unit,
  'canonical-unit': (t) => t.indicatorId !== null && t.canonicalUnit !== null && t.canonicalUnit !== t.unit,
  'no-indicator-id': (t) => t.indicatorId === null,
} satisfies Record<string, TargetTest>;
export type TargetRule = keyof typeof TARGET_RULES;

export interface TargetExample {
  target: Target;
  report: ReportSummary;
  section: Section | null;
}
export interface SectionExample {
  section: Section;
  report: ReportSummary;
}
export interface FrontExample {
  report: Report;
}

interface Scan {
  scanned: number;
  targets: Map<TargetRule, TargetExample>;
  /** The first section of each level (1–4) that has a number as written. */
  sections: Map<number, SectionExample>;
  /** The first report whose delivery date, session and speaker are all read. */
  front: FrontExample | null;
}

let scan: Scan | null = null;
/** The examples of this build (the one pass, made on first use). */
export function examples(): Scan {
  if (scan) return scan;
  const rules = Object.entries(TARGET_RULES) as [TargetRule, TargetTest][];
  const short = new Map<TargetRule, TargetExample[]>(rules.map(([name]) => [name, []]));
  const long = new Map<TargetRule, TargetExample[]>(rules.map(([name]) => [name, []]));
  const s: Scan = { scanned: 0, targets: new Map(), sections: new Map(), front: null };
  const done = () => rules.every(([name]) => short.get(name)!.length >= CANDIDATES) && s.sections.size === 4 && s.front !== null;
  for (const summary of reportSummaries().slice(0, SCAN_LIMIT)) {
    const r = report(summary.slug);
    s.scanned++;
    const sectionOf = new Map(r.sections.map((x) => [x.id, x]));
    for (const t of r.targets) {
      for (const [name, test] of rules) {
        const list = ([...t.quote].length <= SHORT_QUOTE ? short : long).get(name)!;
        if (list.length >= CANDIDATES || !test(t, r)) continue;
        list.push({ target: t, report: summary, section: sectionOf.get(t.section) ?? null });
      }
    }
    for (const section of r.sections) {
      if (section.number && !s.sections.has(section.level)) s.sections.set(section.level, { section, report: summary });
    }
    if (!s.front && r.delivered && r.session && r.speaker?.name && r.place) s.front = { report: r };
    if (done()) break;
  }
  // Each rule its own row where it can: the first candidate (short ones first) that no earlier rule shows.
  const shown = new Set<string>();
  for (const [name] of rules) {
    const candidates = [...short.get(name)!, ...long.get(name)!];
    const pick = candidates.find((c) => !shown.has(`${c.target.report}#${c.target.id}`)) ?? candidates[0];
    if (!pick) continue;
    shown.add(`${pick.target.report}#${pick.target.id}`);
    s.targets.set(name, pick);
  }
  scan = s;
  return s;
}

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
