/**
 * Compares what the pipeline extracted with a hand-labelled gold (tests/gold/corpus.json), file by file.
 * Used by `npm run eval` and by tests/unit/gold.test.ts, so the figures printed and the floors tested are the same.
 * Pure apart from loadGold/ingestFolder: takes reports, returns counts and the list of disagreements.
 */
import { readFileSync } from 'node:fs';
import { ingest } from '../pipeline/ingest.ts';
import { readSeeds } from '../pipeline/io.ts';
import type { Bound, Comparator, GovernmentLevel, Report } from '../pipeline/types.ts';
import type { Vocabulary } from '../pipeline/indicators.ts';

export interface GoldTarget {
  quote: string;
  indicator: string;
  /** Other spellings that name the quantity as the text does (the phrase with its scope word 全省, without 涨幅). */
  indicatorAlso?: string[];
  value: number;
  valueMax: number | null;
  unit: string;
  comparator: Comparator;
  bound: Bound | null;
  indicatorId: string | null;
}

export interface GoldEntry {
  place: { name: string; level: GovernmentLevel; code: string | null; parents: { name: string; level: GovernmentLevel }[] } | null;
  city: string | null;
  province: string | null;
  year: number | null;
  delivered: string | null;
  session: string | null;
  speaker: { name: string | null; office: string | null } | null;
  notes?: string[];
  /** Every target of the main targets passage; [] when the text has none; null when not labelled (rows not judged). */
  headline: GoldTarget[] | null;
}

/** Keyed by source file name. */
export type Gold = Record<string, GoldEntry>;

/** The core indicator ids every gold label and the vocabulary share. */
export const CORE_INDICATOR_IDS = [
  'gdp', 'general-budget-revenue', 'fixed-asset-investment', 'retail-sales', 'foreign-trade', 'exports',
  'foreign-investment', 'urban-new-jobs', 'surveyed-unemployment', 'registered-unemployment', 'cpi',
  'disposable-income', 'urban-disposable-income', 'rural-disposable-income', 'grain-output', 'energy-intensity',
  'industrial-value-added', 'rd-intensity', 'good-air-days', 'pm25', 'urbanization',
] as const;

export const META_FIELDS = [
  'place name', 'level', 'parents', 'code', 'city', 'province', 'year', 'delivered', 'session', 'speaker name', 'speaker office',
] as const;
export type MetaField = (typeof META_FIELDS)[number];

/** Fields a correct ingest of a work report must state whenever the gold has them (the text states them). */
export const REQUIRED_FIELDS: MetaField[] = ['place name', 'level', 'parents', 'year', 'delivered', 'speaker name', 'speaker office'];

/** The floors the product must hold on the development corpus. */
export const FLOORS = { wrongMeta: 0, recall: 0.95, indicatorNamed: 0.9, precision: 0.95 } as const;

export type Verdict = 'correct' | 'wrong' | 'missing' | 'spurious';

export interface FieldIssue {
  file: string;
  field: MetaField;
  verdict: Exclude<Verdict, 'correct'>;
  expected: string | null;
  got: string | null;
}

export interface HeadlineRow {
  file: string;
  quote: string;
  indicator: string;
  value: number;
  valueMax: number | null;
  unit: string;
  comparator: string;
  bound: string | null;
  indicatorId: string | null;
}

export interface MatchedPair {
  gold: GoldTarget & { file: string };
  row: HeadlineRow;
  comparatorBound: boolean;
  indicatorNamed: boolean;
  indicatorId: boolean;
}

export interface EvalResult {
  files: number;
  /** Gold files no report was built from (the ingest failed on them), with the reason when known. */
  unreported: { file: string; reason: string }[];
  /** Reports built from more than one gold file: each file should be a report of its own. */
  merged: { slug: string; files: string[] }[];
  meta: Record<MetaField, Record<Verdict, number>>;
  issues: FieldIssue[];
  headline: {
    gold: number;
    rows: number;
    matched: MatchedPair[];
    missed: (GoldTarget & { file: string })[];
    spurious: HeadlineRow[];
    recall: number;
    /** Ratios over matched rows; null when nothing matched. */
    comparatorBound: number | null;
    indicatorNamed: number | null;
    indicatorId: number | null;
    /** Null when the pipeline marked no row as headline. */
    precision: number | null;
  };
}

export function loadGold(path: string): Gold {
  return JSON.parse(readFileSync(path, 'utf8')) as Gold;
}

/** Runs the pipeline over a folder the way `npm run ingest` reads it. */
export function ingestFolder(dir: string): { reports: Report[]; errors: { file: string; reason: string }[]; vocabulary: Vocabulary } {
  const { files, catalog, redirects, vocabulary, errors: readErrors } = readSeeds(dir);
  const result = ingest(files, catalog, redirects, vocabulary);
  return { reports: result.reports, errors: [...readErrors, ...result.errors].map((e) => ({ file: e.file, reason: e.reason })), vocabulary };
}

/** Width and whitespace folded, so 25％ and 25%, 韦 韬 and 韦韬 compare equal. */
export function fold(s: string): string {
  return s.normalize('NFKC').replace(/\s+/g, '');
}

/**
 * The office as a title, whatever the text puts before it: 河北省人民政府省长, 省长 and 河北省省长 are one office;
 * 自治区人民政府主席 and 自治区主席 are one office.
 */
export function officeKey(office: string, placeName: string | null): string {
  let s = fold(office);
  if (placeName && s.startsWith(placeName)) s = s.slice(placeName.length);
  return s.replace(/^(省|市|区|县|旗|自治区|自治州)?人民政府/, '').replace(/^自治区(?=主席)/, '');
}

const show = (v: unknown): string | null => (v === null || v === undefined ? null : typeof v === 'string' ? v : JSON.stringify(v));

function parentsKey(parents: { name: string; level: string }[] | null | undefined): string | null {
  if (!parents) return null;
  return parents.map((p) => `${p.name}(${p.level})`).join(' › ') || '(none)';
}

/** The value of each metadata field in a gold entry and in a report, as comparable strings (null when absent). */
function metaValues(gold: GoldEntry, report: Report | undefined): Record<MetaField, [string | null, string | null]> {
  const r = report;
  const place = r?.place ?? null;
  const goldName = gold.place?.name ?? null;
  const speakerName = (s: string | null | undefined) => (s ? fold(s) : null);
  const office = (s: string | null | undefined) => (s ? officeKey(s, goldName) : null);
  return {
    'place name': [goldName, place?.name ?? null],
    level: [gold.place?.level ?? null, place?.level ?? null],
    parents: [parentsKey(gold.place?.parents), place ? parentsKey(place.parents) : null],
    code: [gold.place?.code ?? null, place?.code ?? null],
    city: [gold.city, r?.city ?? null],
    province: [gold.province, r?.province ?? null],
    year: [show(gold.year), show(r?.year)],
    delivered: [gold.delivered, r?.delivered ?? null],
    session: [gold.session ? fold(gold.session) : null, r?.session ? fold(r.session) : null],
    'speaker name': [speakerName(gold.speaker?.name), speakerName(r?.speaker?.name)],
    'speaker office': [office(gold.speaker?.office), office(r?.speaker?.office)],
  };
}

function verdict(expected: string | null, got: string | null): Verdict {
  if (expected === null) return got === null ? 'correct' : 'spurious';
  if (got === null) return 'missing';
  return expected === got ? 'correct' : 'wrong';
}

function toRow(file: string, t: Report['targets'][number]): HeadlineRow {
  return {
    file,
    quote: t.quote,
    indicator: t.indicator,
    value: t.value,
    valueMax: t.valueMax ?? null,
    unit: t.unit,
    comparator: t.comparator,
    bound: t.bound ?? null,
    indicatorId: t.indicatorId ?? null,
  };
}

const sameQuantity = (g: GoldTarget, r: HeadlineRow) =>
  g.value === r.value && (g.valueMax ?? null) === (r.valueMax ?? null) && fold(g.unit) === fold(r.unit);

const namedAsText = (g: GoldTarget, r: HeadlineRow) => [g.indicator, ...(g.indicatorAlso ?? [])].some((n) => fold(n) === fold(r.indicator));

/**
 * One-to-one matching of gold targets and headline rows of one report with the same value, valueMax and unit, and
 * something tying the row to the target (the same indicator name or id, or overlapping quotes), so that an
 * unrelated row that happens to share a number (3% for trade and for investment) does not count as found.
 * Pairs are taken best first: same indicator name, then same indicator id, then overlapping quotes, then order.
 */
function matchTargets(gold: GoldTarget[], rows: HeadlineRow[]): { pairs: [number, number][]; missed: number[]; spurious: number[] } {
  const candidates: { g: number; r: number; score: number }[] = [];
  gold.forEach((g, gi) =>
    rows.forEach((r, ri) => {
      if (!sameQuantity(g, r)) return;
      const quotesOverlap = fold(g.quote).includes(fold(r.quote)) || fold(r.quote).includes(fold(g.quote));
      const score = (namedAsText(g, r) ? 4 : 0) + (g.indicatorId !== null && g.indicatorId === r.indicatorId ? 2 : 0) + (quotesOverlap ? 1 : 0);
      if (score > 0) candidates.push({ g: gi, r: ri, score });
    }),
  );
  candidates.sort((a, b) => b.score - a.score || a.g - b.g || a.r - b.r);
  const usedG = new Set<number>();
  const usedR = new Set<number>();
  const pairs: [number, number][] = [];
  for (const c of candidates) {
    if (usedG.has(c.g) || usedR.has(c.r)) continue;
    usedG.add(c.g);
    usedR.add(c.r);
    pairs.push([c.g, c.r]);
  }
  return {
    pairs: pairs.sort((a, b) => a[0] - b[0]),
    missed: gold.map((_, i) => i).filter((i) => !usedG.has(i)),
    spurious: rows.map((_, i) => i).filter((i) => !usedR.has(i)),
  };
}

const ratio = (n: number, d: number): number | null => (d === 0 ? null : n / d);

/** Compares the reports built from the gold's files with the gold. Reports of files the gold does not list are ignored. */
export function evaluate(gold: Gold, reports: Report[], errors: { file: string; reason: string }[] = []): EvalResult {
  const meta = Object.fromEntries(META_FIELDS.map((f) => [f, { correct: 0, wrong: 0, missing: 0, spurious: 0 }])) as EvalResult['meta'];
  const issues: FieldIssue[] = [];
  const unreported: EvalResult['unreported'] = [];
  const matched: MatchedPair[] = [];
  const missed: EvalResult['headline']['missed'] = [];
  const spurious: HeadlineRow[] = [];
  let goldTargets = 0;
  let rowCount = 0;

  const files = Object.keys(gold).sort();
  const merged = reports
    .map((r) => ({ slug: r.slug, files: r.sources.filter((s) => s in gold) }))
    .filter((m) => m.files.length > 1);

  for (const file of files) {
    const g = gold[file];
    const report = reports.find((r) => r.sources.includes(file));
    if (!report) unreported.push({ file, reason: errors.find((e) => e.file === file)?.reason ?? 'no report lists this file as a source' });

    for (const [field, [expected, got]] of Object.entries(metaValues(g, report)) as [MetaField, [string | null, string | null]][]) {
      const v = verdict(expected, got);
      meta[field][v]++;
      if (v !== 'correct') issues.push({ file, field, verdict: v, expected, got });
    }

    if (g.headline === null) continue;
    const goldHeadline = g.headline;
    const rows = (report?.targets ?? []).filter((t) => t.headline === true).map((t) => toRow(file, t));
    goldTargets += goldHeadline.length;
    rowCount += rows.length;
    const m = matchTargets(goldHeadline, rows);
    for (const [gi, ri] of m.pairs) {
      const gt = goldHeadline[gi];
      const row = rows[ri];
      matched.push({
        gold: { ...gt, file },
        row,
        comparatorBound: gt.comparator === row.comparator && (gt.bound ?? null) === row.bound,
        indicatorNamed: namedAsText(gt, row),
        // The gold labels only the core ids: a row with an id outside that list where the gold says null is not judged wrong.
        indicatorId:
          (gt.indicatorId ?? null) === row.indicatorId ||
          (gt.indicatorId == null && row.indicatorId !== null && !(CORE_INDICATOR_IDS as readonly string[]).includes(row.indicatorId)),
      });
    }
    missed.push(...m.missed.map((i) => ({ ...goldHeadline[i], file })));
    spurious.push(...m.spurious.map((i) => rows[i]));
  }

  return {
    files: files.length,
    unreported,
    merged,
    meta,
    issues,
    headline: {
      gold: goldTargets,
      rows: rowCount,
      matched,
      missed,
      spurious,
      recall: goldTargets === 0 ? 1 : matched.length / goldTargets,
      comparatorBound: ratio(matched.filter((p) => p.comparatorBound).length, matched.length),
      indicatorNamed: ratio(matched.filter((p) => p.indicatorNamed).length, matched.length),
      indicatorId: ratio(matched.filter((p) => p.indicatorId).length, matched.length),
      // No row where the text has no main targets is exactly right.
      precision: rowCount === 0 && goldTargets === 0 ? 1 : ratio(matched.length, rowCount),
    },
  };
}

/** Wrong and spurious values are errors; a missing value (null) is allowed unless the field is required. */
export function wrongMetaCount(r: EvalResult): number {
  return META_FIELDS.reduce((n, f) => n + r.meta[f].wrong + r.meta[f].spurious, 0);
}

/** Required fields the pipeline left null although the gold (the text) states them. */
export function missingRequired(r: EvalResult): FieldIssue[] {
  return r.issues.filter((i) => i.verdict === 'missing' && REQUIRED_FIELDS.includes(i.field));
}

/**
 * The floors that fail, as one line each; empty when all hold. `requireStated: false` when the text was stripped of
 * some facts: a field may then be null, but never wrong.
 */
export function failedFloors(r: EvalResult, { requireStated = true } = {}): string[] {
  const failures: string[] = [];
  const pct = (x: number | null) => (x === null ? 'n/a' : x.toFixed(3));
  const wrong = wrongMetaCount(r);
  if (wrong > FLOORS.wrongMeta) failures.push(`wrong metadata fields: ${wrong} (floor ${FLOORS.wrongMeta})`);
  const missing = missingRequired(r).length;
  if (requireStated && missing > 0) failures.push(`required metadata fields missing: ${missing} (${REQUIRED_FIELDS.join(', ')})`);
  const h = r.headline;
  if (h.recall < FLOORS.recall) failures.push(`headline recall ${pct(h.recall)} < ${FLOORS.recall}`);
  if (h.gold > 0 && (h.indicatorNamed ?? 0) < FLOORS.indicatorNamed) failures.push(`indicator named as the text names it ${pct(h.indicatorNamed)} < ${FLOORS.indicatorNamed}`);
  if ((h.precision ?? 0) < FLOORS.precision) failures.push(`headline precision ${pct(h.precision)} < ${FLOORS.precision}`);
  return failures;
}

function table(header: string[], rows: (string | number)[][]): string {
  const cells = [header, ...rows].map((r) => r.map(String));
  const width = (s: string) => [...s].reduce((n, c) => n + (/[\u1100-\uFFFF]/.test(c) ? 2 : 1), 0);
  const widths = header.map((_, i) => Math.max(...cells.map((r) => width(r[i]))));
  const line = (r: string[]) => r.map((c, i) => (i === 0 ? c + ' '.repeat(widths[i] - width(c)) : ' '.repeat(widths[i] - width(c)) + c)).join('  ');
  return [line(cells[0]), widths.map((w) => '-'.repeat(w)).join('  '), ...cells.slice(1).map(line)].join('\n');
}

const quantity = (t: { value: number; valueMax: number | null; unit: string }) => `${t.value}${t.valueMax !== null ? `—${t.valueMax}` : ''}${t.unit}`;

/** The printed report: the tables first, then every disagreement, so a developer can act on each. */
export function formatEval(r: EvalResult): string {
  const out: string[] = [];
  const pct = (x: number | null) => (x === null ? 'n/a' : `${(x * 100).toFixed(1)}%`);
  out.push(`Gold: ${r.files} files, ${r.headline.gold} headline targets.`, '');
  out.push('Metadata');
  out.push(table(['field', 'correct', 'wrong', 'missing', 'spurious'], META_FIELDS.map((f) => [f, r.meta[f].correct, r.meta[f].wrong, r.meta[f].missing, r.meta[f].spurious])));
  out.push('');
  const h = r.headline;
  const n = h.matched.length;
  out.push('Headline targets');
  out.push(
    table(
      ['measure', 'value', 'of'],
      [
        ['recall', pct(h.recall), `${n}/${h.gold}`],
        ['comparator+bound', pct(h.comparatorBound), `${h.matched.filter((p) => p.comparatorBound).length}/${n}`],
        ['indicator named', pct(h.indicatorNamed), `${h.matched.filter((p) => p.indicatorNamed).length}/${n}`],
        ['indicatorId', pct(h.indicatorId), `${h.matched.filter((p) => p.indicatorId).length}/${n}`],
        ['precision', pct(h.precision), `${n}/${h.rows}`],
      ],
    ),
  );
  const section = (title: string, lines: string[]) => {
    if (lines.length) out.push('', `${title} (${lines.length})`, ...lines.map((l) => `  ${l}`));
  };
  section('Files without a report', r.unreported.map((u) => `${u.file}: ${u.reason}`));
  section('Reports merging several gold files', r.merged.map((m) => `${m.slug}: ${m.files.join(', ')}`));
  const byVerdict = (v: FieldIssue['verdict']) => r.issues.filter((i) => i.verdict === v).map((i) => `${i.file}: ${i.field}: expected ${i.expected ?? 'null'}, got ${i.got ?? 'null'}`);
  section('Wrong fields', byVerdict('wrong'));
  section('Spurious fields (the gold says the text does not state them)', byVerdict('spurious'));
  section('Missing fields (null where the text states a value)', byVerdict('missing'));
  section('Missed headline targets', h.missed.map((t) => `${t.file}: ${quantity(t)} ${t.indicator} «${t.quote}»`));
  section('Spurious headline rows', h.spurious.map((t) => `${t.file}: ${quantity(t)} ${t.indicator} «${t.quote}»`));
  const detail = (p: MatchedPair) => {
    const d: string[] = [];
    if (!p.indicatorNamed) d.push(`indicator ${p.row.indicator} ≠ ${p.gold.indicator}`);
    if (!p.comparatorBound) d.push(`comparator/bound ${p.row.comparator}/${p.row.bound} ≠ ${p.gold.comparator}/${p.gold.bound}`);
    if (!p.indicatorId) d.push(`indicatorId ${p.row.indicatorId} ≠ ${p.gold.indicatorId}`);
    return `${p.gold.file}: ${quantity(p.gold)} «${p.gold.quote}»: ${d.join('; ')}`;
  };
  section('Matched rows that disagree', h.matched.filter((p) => !p.indicatorNamed || !p.comparatorBound || !p.indicatorId).map(detail));
  return out.join('\n');
}

/* ---------- rows outside the headline passage: precision and recall on a hand-labelled sample ---------- */

export type RowLabel = 'right' | 'wrong-indicator' | 'not-a-target' | 'wrong-number';

/** One sampled row as it was when labelled (tests/gold/row-sample.json). */
export interface SampleRow {
  report: string;
  quote: string;
  value: number;
  unit: string;
  /** The indicator the row had when it was labelled. */
  indicator: string;
  label: RowLabel;
  /** For a wrong indicator: the names that say what the number measures as the text does, when it says it. */
  textNames?: string[];
  /** For a right row: other names judged right by hand after the rules renamed it. */
  alsoRight?: string[];
  why?: string;
}

export interface RowSample {
  about: string;
  rows: SampleRow[];
  /**
   * Later samples, each drawn and labelled before the rules were changed on what it showed: its first figure is a
   * check on rows no rule was written from (its about gives that figure and how it was used since).
   */
  later?: { name: string; about: string; rows: SampleRow[] }[];
}

/** Precision floor on the sample, measured on the hand labels after the rules for rows outside the headline passage. */
export const ROW_SAMPLE_FLOORS = { precision: 0.97, recall: 0.95 } as const;

export type SampleVerdict =
  | 'right' // labelled right, same indicator
  | 'fixed' // labelled wrong-indicator, now named as the text names it
  | 'still-wrong' // labelled wrong (any kind), still produced
  | 'renamed' // labelled right, now with another indicator: not judged right until relabelled
  | 'dropped'; // no longer produced

export interface RowSampleResult {
  rows: number;
  labelledRight: number;
  produced: number;
  judgedRight: number;
  keptRight: number;
  /** Judged right / produced; null when no sample row is produced. */
  precision: number | null;
  /** Rows labelled right still produced with the same indicator (or one judged right since) / rows labelled right. */
  recall: number;
  verdicts: { row: SampleRow; verdict: SampleVerdict; indicator: string | null }[];
}

export function loadRowSample(path: string): RowSample {
  return JSON.parse(readFileSync(path, 'utf8')) as RowSample;
}

/**
 * Finds each sampled row among the reports' rows (same report, value and unit; the same quote, or one containing the
 * other, so that a quote widened to show its verb is still the row) and judges it by its label. A row labelled right
 * whose indicator changed is not counted right: nobody has judged the new name.
 */
export function evaluateRowSample(sample: Pick<RowSample, 'rows'>, reports: Report[]): RowSampleResult {
  const bySlug = new Map(reports.map((r) => [r.slug, r]));
  const used = new Set<string>();
  const verdicts: RowSampleResult['verdicts'] = [];
  for (const row of sample.rows) {
    const candidates = (bySlug.get(row.report)?.targets ?? []).filter(
      (t) => !used.has(`${row.report} ${t.id}`) && t.value === row.value && fold(t.unit) === fold(row.unit) && (fold(t.quote).includes(fold(row.quote)) || fold(row.quote).includes(fold(t.quote))),
    );
    candidates.sort((a, b) => Number(b.quote === row.quote) - Number(a.quote === row.quote) || Number(b.indicator === row.indicator) - Number(a.indicator === row.indicator));
    const hit = candidates[0];
    if (!hit) {
      verdicts.push({ row, verdict: 'dropped', indicator: null });
      continue;
    }
    used.add(`${row.report} ${hit.id}`); // ids are unique within a report only
    // A verb now kept in the row's action still says what the label read: 建设 + 高标准农田 is 建设高标准农田.
    const same = [row.indicator, ...(row.alsoRight ?? [])].some((n) => fold(hit.indicator) === fold(n) || (!!hit.action && [hit.action + hit.indicator, hit.indicator + hit.action].some((m) => fold(m) === fold(n))));
    let verdict: SampleVerdict;
    if (row.label === 'right') verdict = same ? 'right' : 'renamed';
    else if (row.label === 'wrong-indicator' && row.textNames?.some((n) => fold(n) === fold(hit.indicator) || (!!hit.action && [hit.action + hit.indicator, hit.indicator + hit.action].some((m) => fold(m) === fold(n))))) verdict = 'fixed';
    else verdict = 'still-wrong';
    verdicts.push({ row, verdict, indicator: hit.indicator });
  }
  const count = (...v: SampleVerdict[]) => verdicts.filter((x) => v.includes(x.verdict)).length;
  const labelledRight = sample.rows.filter((r) => r.label === 'right').length;
  const produced = verdicts.length - count('dropped');
  const judgedRight = count('right', 'fixed');
  return {
    rows: sample.rows.length,
    labelledRight,
    produced,
    judgedRight,
    keptRight: count('right'),
    precision: ratio(judgedRight, produced),
    recall: labelledRight === 0 ? 1 : count('right') / labelledRight,
    verdicts,
  };
}

/** The floors the sample figures fail, one line each. */
export function failedRowSampleFloors(r: RowSampleResult): string[] {
  const failures: string[] = [];
  if ((r.precision ?? 0) < ROW_SAMPLE_FLOORS.precision) failures.push(`row-sample precision ${(r.precision ?? 0).toFixed(3)} < ${ROW_SAMPLE_FLOORS.precision}`);
  if (r.recall < ROW_SAMPLE_FLOORS.recall) failures.push(`row-sample recall ${r.recall.toFixed(3)} < ${ROW_SAMPLE_FLOORS.recall}`);
  return failures;
}

export function formatRowSample(r: RowSampleResult, title = 'Rows outside the headline passage (hand-labelled sample'): string {
  const pct = (x: number | null) => (x === null ? 'n/a' : `${(x * 100).toFixed(1)}%`);
  const out = [
    `${title} of ${r.rows}, ${r.labelledRight} labelled right)`,
    table(
      ['measure', 'value', 'of'],
      [
        ['precision', pct(r.precision), `${r.judgedRight}/${r.produced}`],
        ['recall of right rows', pct(r.recall), `${r.keptRight}/${r.labelledRight}`],
      ],
    ),
  ];
  const list = (title: string, v: SampleVerdict, labelledRight?: boolean) => {
    const lines = r.verdicts.filter((x) => x.verdict === v && (labelledRight === undefined || (x.row.label === 'right') === labelledRight));
    if (lines.length)
      out.push('', `${title} (${lines.length})`, ...lines.map((x) => `  ${x.row.report}: ${x.row.value}${x.row.unit} ${x.indicator ?? x.row.indicator} «${x.row.quote}»${x.row.why ? ` — ${x.row.why}` : ''}`));
  };
  list('Labelled wrong, still produced', 'still-wrong');
  list('Labelled wrong, now named as the text names it', 'fixed');
  list('Labelled right, renamed (judge again)', 'renamed');
  list('Labelled right, dropped', 'dropped', true);
  list('Labelled wrong, dropped', 'dropped', false);
  return out.join('\n');
}
