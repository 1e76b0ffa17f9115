/**
 * Target vs outcome: what a government set for year Y (its report of year Y) beside what its report of year Y + 1
 * says year Y came to, judged met / missed / not stated. Pure: reports in, pairs and place histories out.
 *
 * Everything here is keyed on the rows' own fields (place, year, indicator id, comparator, bound, unit, period), never
 * on a place or a file, so any run of consecutive reports of any government pairs the same way.
 */
import { comparableTerms, EMPTY_VOCABULARY, matchKey, nameGroupOf, relatedIds, type Vocabulary } from './indicators.ts';
import { LEVEL_TIER, type GovernmentTier } from './levels.ts';
import type { Bound, Comparator, Government, Outcome, Report, Target } from './types.ts';

/**
 * The terms a number is stated in: a rate of change (增长8%), an absolute change (增加200亿元) or a level (达到240亿元,
 * 4%以内). Only rows in the same terms are compared.
 */
export type Term = 'change' | 'increment' | 'level';

export type Verdict = Outcome['verdict'];

/** An outcome row as published: the contract's fields, then what a reader of the CSV needs to check the verdict. */
export interface OutcomeRow extends Outcome {
  placeName: string;
  term: Term;
  targetValue: number;
  targetValueMax: number | null;
  outcomeValue: number | null;
  /** Unit both values are in (the vocabulary's canonical unit where both rows have it). */
  unit: string;
  comparator: Comparator;
  bound: Bound | null;
  /** Why no verdict, or what else the next report said; null when nothing needs saying. */
  note: string | null;
}

/** A row as it appears in a place's history: where it is, what it says. */
export interface RowRef {
  report: string;
  id: string;
  value: number;
  valueMax: number | null;
  unit: string;
  comparator: Comparator;
  bound: Bound | null;
  quote: string;
  estimated: boolean;
  headline: boolean;
}

export interface HistoryCell {
  year: number;
  target: RowRef;
  /** The target in the row's unit (canonical where known; a decline negative), for charts across places. */
  targetValue: number;
  /** What the target asks of its outcome. */
  rule: Rule;
  /** Upper end of a range target (5—5.5%), in the same unit, or null. */
  targetValueMax: number | null;
  /** The outcome the next report states, or null (not stated, or no next report). */
  outcome: RowRef | null;
  /** The outcome in the row's unit (as targetValue), or null. */
  outcomeValue: number | null;
  /** null when the atlas holds no report of the next year, so nobody could say. */
  verdict: Verdict | null;
  note: string | null;
}

export interface HistoryRow {
  indicatorId: string;
  term: Term;
  unit: string;
  cells: HistoryCell[];
}

export interface PlaceHistory {
  slug: string;
  name: string;
  level: Government['level'];
  tier: GovernmentTier;
  code: string | null;
  parents: Government['parents'];
  reports: { slug: string; year: number | null; title: string; kind: string | null }[];
  rows: HistoryRow[];
}

export interface OutcomesResult {
  outcomes: OutcomeRow[];
  places: PlaceHistory[];
  /** Why reports or rows could not take part, for the build log. */
  notes: string[];
}

/**
 * Indicators where less is better, so that a bare number (城镇登记失业率4%, 居民消费价格涨幅3%) is a ceiling rather
 * than a floor. A property of the measured quantity, not of any report.
 */
export const LOWER_IS_BETTER = new Set(['registered-unemployment', 'surveyed-unemployment', 'cpi', 'energy-intensity', 'pm25']);

/** 左右: how far an outcome may fall from the number and still be "about" it. */
export const APPROX_RATE_POINTS = 0.5;
export const APPROX_LEVEL_SHARE = 0.05;
/** Canonical conversions (万元 → 亿元) leave binary noise; no report states a figure this finely. */
const EPSILON = 1e-9;

/**
 * Indicators whose own value is a rate of change: 居民消费价格涨幅3%左右 (a level of the 涨幅) and 居民消费价格上涨2.1%
 * (a growth) state the same quantity.
 */
export const RATE_OF_CHANGE_INDICATORS = new Set(['cpi']);

export function termOf(t: Pick<Target, 'comparator' | 'unit' | 'indicatorId'>): Term {
  if (t.comparator === 'growth' || t.comparator === 'decline') return t.unit === '%' ? 'change' : 'increment';
  if (t.unit === '%' && t.indicatorId !== null && RATE_OF_CHANGE_INDICATORS.has(t.indicatorId)) return 'change';
  return 'level';
}

/** The value to compare: in the canonical unit when the row has one; changes signed (下降3% → −3). */
function measure(t: Target): { value: number; valueMax: number | null; unit: string } {
  const canonical = t.canonicalValue !== null && t.canonicalUnit !== null && termOf(t) !== 'change';
  const scale = canonical && t.value !== 0 ? t.canonicalValue! / t.value : 1;
  let value = canonical ? t.canonicalValue! : t.value;
  let valueMax = t.valueMax === null ? null : t.valueMax * scale;
  const unit = canonical ? t.canonicalUnit! : t.unit;
  if (t.comparator === 'decline') [value, valueMax] = valueMax === null ? [-value, null] : [-valueMax, -value];
  return { value: round(value), valueMax: valueMax === null ? null : round(valueMax), unit };
}
const round = (x: number) => Math.round(x * 1e9) / 1e9;

/**
 * What a target asks of its outcome, on signed values (a decline is negative): inside a range, about the number (左右),
 * at least or at most the number. Its bound decides, else its comparator; a bare number is a floor, or a ceiling for
 * indicators where less is better; 下降3%以上 is a larger fall, so a decline's bounds point the other way.
 */
export type Rule = 'range' | 'approx' | 'at-least' | 'at-most';
export function ruleOf(target: Target): Rule {
  if (target.valueMax !== null || target.bound === 'range') return 'range';
  if (target.bound === 'approx' || target.comparator === 'approx') return 'approx';
  const declining = target.comparator === 'decline';
  const bound = target.bound ?? (target.comparator === 'gte' ? 'gte' : target.comparator === 'lte' ? 'lte' : null);
  if (bound === 'gte') return declining ? 'at-most' : 'at-least';
  if (bound === 'lte') return declining ? 'at-least' : 'at-most';
  if (declining) return 'at-most';
  return target.indicatorId !== null && LOWER_IS_BETTER.has(target.indicatorId) ? 'at-most' : 'at-least';
}

/** Whether the outcome meets the target by the target's rule; null when the two are not in the same terms and unit. */
export function judge(target: Target, outcome: Target): 'met' | 'missed' | null {
  const t = measure(target);
  const o = measure(outcome);
  if (t.unit !== o.unit || termOf(target) !== termOf(outcome)) return null;
  const rule = ruleOf(target);
  let ok: boolean;
  if (rule === 'range') ok = o.value >= t.value - EPSILON && o.value <= (t.valueMax ?? t.value) + EPSILON;
  else if (rule === 'approx') {
    // 左右 is met within the tolerance, and also beyond it on the better side: 增长8.5%左右 with 9.2% was beaten, not
    // missed (超额完成). Better is lower for a decline (signed negative here) and for a less-is-better indicator.
    const tolerance = approxTolerance(t.value, t.unit) + EPSILON;
    const lowerIsBetter = target.comparator === 'decline' || (target.indicatorId !== null && LOWER_IS_BETTER.has(target.indicatorId));
    ok = lowerIsBetter ? o.value <= t.value + tolerance : o.value >= t.value - tolerance;
  }
  else if (rule === 'at-least') ok = o.value >= t.value - EPSILON;
  else ok = o.value <= t.value + EPSILON;
  return ok ? 'met' : 'missed';
}

/** 左右: half a percentage point for rates, 5 % of the number for levels. */
export function approxTolerance(value: number, unit: string): number {
  return unit === '%' ? APPROX_RATE_POINTS : Math.abs(value) * APPROX_LEVEL_SHARE;
}

/** The single year a row describes, or null (no period, or a range such as a five-year review). */
function singleYear(t: Target): number | null {
  return t.period && t.period.from === t.period.to ? t.period.from : null;
}

/**
 * The annual targets a report sets for its own year, one per indicator and term: headline rows first, then text order.
 * An annual average (年均增长5%) is a plan's pace over several years, not the year's target, so it takes no part; nor
 * does a row that comes before the report's main-targets passage, where the review of past years stands (a figure read
 * there as a goal is far likelier a result than a plan for the new year).
 */
export function annualTargets(report: Report): Target[] {
  if (report.year === null) return [];
  const chosen = new Map<string, Target>();
  const firstHeadline = report.targets.findIndex((t) => t.headline);
  const rows = report.targets.filter(
    (t, i) =>
      t.kind === 'target' && t.indicatorId !== null && !t.annualAverage && singleYear(t) === report.year && (t.headline || i > firstHeadline),
  );
  for (const t of [...rows.filter((r) => r.headline), ...rows.filter((r) => !r.headline)]) {
    const key = `${t.indicatorId}|${termOf(t)}`;
    if (!chosen.has(key)) chosen.set(key, t);
  }
  return [...chosen.values()];
}

function ref(t: Target): RowRef {
  return {
    report: t.report, id: t.id, value: t.value, valueMax: t.valueMax, unit: t.unit, comparator: t.comparator,
    bound: t.bound, quote: t.quote, estimated: t.estimated, headline: t.headline,
  };
}

/** Reports of one government: the same slug, or the same name and gazetteer code. */
function groupByGovernment(reports: Report[]): Report[][] {
  const parent = new Map<number, number>();
  const find = (i: number): number => (parent.get(i) === undefined || parent.get(i) === i ? i : find(parent.get(i)!));
  const firstWithKey = new Map<string, number>();
  reports.forEach((r, i) => {
    parent.set(i, i);
    const keys = [`slug:${r.place!.slug}`, ...(r.place!.code ? [`code:${r.place!.name}|${r.place!.code}`] : [])];
    for (const k of keys) {
      const j = firstWithKey.get(k);
      if (j === undefined) firstWithKey.set(k, i);
      else parent.set(find(i), find(j));
    }
  });
  const groups = new Map<number, Report[]>();
  reports.forEach((r, i) => groups.set(find(i), [...(groups.get(find(i)) ?? []), r]));
  return [...groups.values()];
}

/** Work reports first: where a year has a report and an action plan, the report is the one that reviews the year. */
const reportOrder = (a: Report, b: Report) => Number(b.kind === '政府工作报告') - Number(a.kind === '政府工作报告') || a.slug.localeCompare(b.slug);

interface Pairing {
  outcome: Target | null;
  verdict: Verdict;
  note: string | null;
}

/** The achievements of the next year's reports with an indicator id, in text order (work report first). */
function achievementsOf(nextReports: Report[]): Target[] {
  return nextReports.flatMap((r) => r.targets).filter((o) => o.kind === 'achievement' && o.indicatorId !== null);
}

/**
 * The outcome of `target` among the next year's achievements of its indicator — or of an indicator the vocabulary
 * links to it (a former name, a statistical basis, a quantity it replaced), in the terms the link allows — and the
 * verdict. Where the next report states the figure under the target's own name, that one stands.
 */
function pairOne(target: Target, year: number, achievements: Target[], vocabulary: Vocabulary): Pairing {
  const term = termOf(target);
  const ids = new Set(relatedIds(vocabulary, target.indicatorId!));
  const related = achievements.filter((o) => ids.has(o.indicatorId!));
  const sameTerms = related.filter((o) => singleYear(o) === year && termOf(o) === term && !o.annualAverage && judge(target, o) !== null);
  const comparable = sameTerms.filter((o) => comparableTerms(vocabulary, year, target, o).includes(term));
  const sameName = comparable.filter((o) => matchKey(o.indicator) === matchKey(target.indicator));
  const candidates = sameName.length ? sameName : comparable;
  if (candidates.length === 0) {
    const other = sameTerms.find((o) => !comparable.includes(o));
    const why = other
      ? `下一年的报告以另一口径（${other.indicator}）给出数值，与目标（${target.indicator}）的${TERM_WORDS[term]}不可比：${basisNote(vocabulary, target, other)}`
      : related.length === 0
        ? '下一年的报告中没有归入该指标的完成数'
        : `下一年的报告提及该指标，但没有以同一口径（${TERM_WORDS[term]}、${year}年全年）给出数值`;
    return { outcome: null, verdict: 'not-stated', note: why };
  }
  // A firm figure over an estimate of the same year, then the first in the text (the review of the year comes first).
  const ordered = [...candidates.filter((c) => !c.estimated), ...candidates.filter((c) => c.estimated)];
  const verdicts = new Set(ordered.map((c) => judge(target, c)));
  if (verdicts.size > 1) {
    const values = [...new Set(ordered.map((c) => `${c.value}${c.unit}`))].join('、');
    return { outcome: null, verdict: 'not-stated', note: `下一年的报告给出多个不一致的数值（${values}），不作判断` };
  }
  const values = new Set(ordered.map((c) => measure(c).value));
  return {
    outcome: ordered[0],
    verdict: judge(target, ordered[0])!,
    note: values.size > 1 ? `下一年的报告另有数值：${ordered.slice(1).map((c) => `${c.value}${c.unit}`).join('、')}` : null,
  };
}

/** What the vocabulary says of the change between two names, for a note on a pair left unjudged. */
function basisNote(vocabulary: Vocabulary, a: Target, b: Target): string {
  const groups = [nameGroupOf(vocabulary, a.indicator), nameGroupOf(vocabulary, b.indicator)];
  const succession = [a, b].map((t) => vocabulary.byId.get(t.indicatorId!)?.succeeds).find((s) => s && (s.id === a.indicatorId || s.id === b.indicatorId));
  return succession?.note ?? groups.find((g) => g?.kind === 'basis')?.note ?? '统计口径不同';
}

export const TERM_WORDS: Record<Term, string> = { change: '增速', increment: '增量', level: '总量或水平' };

/** Pairs every annual target with the next year's outcome, and builds each government's history. */
export function pairOutcomes(reports: Report[], vocabulary: Vocabulary = EMPTY_VOCABULARY): OutcomesResult {
  const notes: string[] = [];
  const placed = reports.filter((r) => {
    if (!r.place) notes.push(`${r.slug}: 报告未确定所属政府（place 为空），不参与历年对照`);
    else if (r.year === null) notes.push(`${r.slug}: 报告年份未确定，不参与历年对照`);
    return r.place !== null && r.year !== null;
  });
  const outcomes: OutcomeRow[] = [];
  const places: PlaceHistory[] = [];
  for (const group of groupByGovernment(placed)) {
    const byYear = new Map<number, Report[]>();
    for (const r of group) byYear.set(r.year!, [...(byYear.get(r.year!) ?? []), r].sort(reportOrder));
    const years = [...byYear.keys()].sort((a, b) => a - b);
    const place = group[0].place!;
    const rows = new Map<string, HistoryRow>();
    for (const year of years) {
      const next = byYear.has(year + 1) ? achievementsOf(byYear.get(year + 1)!) : null;
      for (const report of byYear.get(year)!) {
        for (const target of annualTargets(report)) {
          const pairing = next ? pairOne(target, year, next, vocabulary) : null;
          const m = measure(target);
          if (pairing) {
            outcomes.push({
              place: place.slug,
              placeName: place.name,
              indicatorId: target.indicatorId!,
              year,
              target: target.id,
              targetReport: report.slug,
              outcome: pairing.outcome?.id ?? null,
              outcomeReport: pairing.outcome?.report ?? null,
              verdict: pairing.verdict,
              estimated: pairing.outcome?.estimated ?? false,
              term: termOf(target),
              targetValue: m.value,
              targetValueMax: m.valueMax,
              outcomeValue: pairing.outcome ? measure(pairing.outcome).value : null,
              unit: m.unit,
              comparator: target.comparator,
              bound: target.bound,
              note: pairing.note,
            });
          }
          const key = `${target.indicatorId}|${termOf(target)}|${m.unit}`;
          const row = rows.get(key) ?? { indicatorId: target.indicatorId!, term: termOf(target), unit: m.unit, cells: [] };
          rows.set(key, row);
          // One cell per year: a second report of the same year (an action plan) does not overwrite the work report.
          if (row.cells.some((c) => c.year === year)) continue;
          row.cells.push({
            year,
            target: ref(target),
            targetValue: m.value,
            targetValueMax: m.valueMax,
            rule: ruleOf(target),
            outcome: pairing?.outcome ? ref(pairing.outcome) : null,
            outcomeValue: pairing?.outcome ? measure(pairing.outcome).value : null,
            verdict: pairing?.verdict ?? null,
            note: pairing ? pairing.note : `尚未收录${year + 1}年的报告`,
          });
        }
      }
    }
    places.push({
      slug: place.slug,
      name: place.name,
      level: place.level,
      tier: LEVEL_TIER[place.level],
      code: place.code,
      parents: place.parents,
      reports: years.flatMap((y) => byYear.get(y)!.map((r) => ({ slug: r.slug, year: r.year, title: r.title, kind: r.kind }))),
      rows: [...rows.values()].sort((a, b) => a.indicatorId.localeCompare(b.indicatorId) || a.term.localeCompare(b.term)),
    });
  }
  places.sort((a, b) => a.slug.localeCompare(b.slug));
  outcomes.sort((a, b) => a.place.localeCompare(b.place) || a.year - b.year || a.indicatorId.localeCompare(b.indicatorId) || a.term.localeCompare(b.term));
  return { outcomes, places, notes };
}
