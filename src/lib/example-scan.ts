/**
 * The rules the methodology pages illustrate, and the scan that finds a real row of the built corpus for each
 * (src/lib/method-examples.ts shows them), chosen by a rule over the data — never a slug or a place — so a build of
 * another corpus shows its own.
 */
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

export interface Scan {
  scanned: number;
  targets: Map<TargetRule, TargetExample>;
  /** The first section of each level (1–4) that has a number as written. */
  sections: Map<number, SectionExample>;
  /** The first report whose delivery date, session and speaker are all read. */
  front: FrontExample | null;
}

/** A text's length in characters (code points), as a reader counts them. Counted without making an array of them. */
function codePoints(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    // A high surrogate followed by a low one is one character.
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) i++;
    }
    n++;
  }
  return n;
}

/**
 * The examples, report by report in the order of reports.json (src/lib/corpus-pass.ts feeds it, at most SCAN_LIMIT
 * reports): `add` says whether it still wants more, `result` picks each rule's example.
 */
export class ExampleScan {
  private readonly rules = Object.entries(TARGET_RULES) as [TargetRule, TargetTest][];
  private readonly short = new Map<TargetRule, TargetExample[]>(this.rules.map(([name]) => [name, []]));
  private readonly long = new Map<TargetRule, TargetExample[]>(this.rules.map(([name]) => [name, []]));
  private readonly s: Scan = { scanned: 0, targets: new Map(), sections: new Map(), front: null };

  /** Reads one report for examples; false once every rule has its candidates (no report after it is needed). */
  add(summary: ReportSummary, r: Report): boolean {
    const { rules, short, s } = this;
    s.scanned++;
    this.addTargets(summary, r);
    this.addSections(summary, r);
    if (!s.front && r.delivered && r.session && r.speaker?.name && r.place) s.front = { report: r };
    return !(rules.every(([name]) => short.get(name)!.length >= CANDIDATES) && s.sections.size === 4 && s.front !== null);
  }

  /*
   * The loops over a report's rows and sections are functions of their own, with nothing after the loop: V8 optimizes
   * a function while it runs its first loop (on-stack replacement), and code after that loop, not yet run then,
   * threw the optimized code away again, report after report (--trace-deopt).
   */
  private addTargets(summary: ReportSummary, r: Report): void {
    const { rules, short, long } = this;
    const sectionOf = new Map(r.sections.map((x) => [x.id, x]));
    for (const t of r.targets) {
      const lists = codePoints(t.quote) <= SHORT_QUOTE ? short : long;
      for (const [name, test] of rules) {
        const list = lists.get(name)!;
        if (list.length >= CANDIDATES || !test(t, r)) continue;
        list.push({ target: t, report: summary, section: sectionOf.get(t.section) ?? null });
      }
    }
  }

  private addSections(summary: ReportSummary, r: Report): void {
    const { sections } = this.s;
    for (const section of r.sections) {
      if (section.number && !sections.has(section.level)) sections.set(section.level, { section, report: summary });
    }
  }

  /** Each rule its own row where it can: the first candidate (short ones first) that no earlier rule shows. */
  result(): Scan {
    const shown = new Set<string>();
    for (const [name] of this.rules) {
      const candidates = [...this.short.get(name)!, ...this.long.get(name)!];
      const pick = candidates.find((c) => !shown.has(`${c.target.report}#${c.target.id}`)) ?? candidates[0];
      if (!pick) continue;
      shown.add(`${pick.target.report}#${pick.target.id}`);
      this.s.targets.set(name, pick);
    }
    return this.s;
  }
}
