/** Build-time access to what the pipeline wrote. The site renders this data and computes nothing of its own. */
import { readdirSync } from 'node:fs';
import { PAGE_DATA_DIR, REPORT_SOURCES_DIR } from '../pipeline/history-pages.ts';
import type { BuildLog } from '../pipeline/ingest.ts';
import type { ReportSources } from '../pipeline/ingest-tasks.ts';
import { LEVEL_NAMES } from '../pipeline/levels.ts';
import type { OutcomeRow } from '../pipeline/outcomes.ts';
import type { Report, ReportSummary, Target } from '../pipeline/types.ts';
import { readText } from './read-text.ts';

const DATA_DIR = `${process.env.ATLAS_WORK ?? '.atlas'}/data`;
const cache = new Map<string, unknown>();
function read<T>(path: string): T {
  if (!cache.has(path)) cache.set(path, parse(path));
  return cache.get(path) as T;
}
function parse<T>(path: string): T {
  return JSON.parse(readText(`${DATA_DIR}/${path}`));
}

/**
 * The reports last read. Pages render one at a time, and a report page asks for its report once per heading and
 * table: a few are kept, not all — holding every report would make the render's memory grow with the corpus.
 */
const recentReports = new Map<string, Report>();
const RECENT_REPORTS = 4;

export const reportSummaries = (): ReportSummary[] => read('reports.json');
let titles: Map<string, string> | null = null;
/** A report's title by its slug (the reports list read once), for links that name another report. */
export function reportTitle(slug: string): string | undefined {
  titles ??= new Map(reportSummaries().map((s) => [s.slug, s.title]));
  return titles.get(slug);
}
export function report(slug: string): Report {
  let r = recentReports.get(slug);
  if (r) recentReports.delete(slug);
  else r = parse<Report>(`reports/${slug}.json`);
  recentReports.set(slug, r);
  if (recentReports.size > RECENT_REPORTS) recentReports.delete(recentReports.keys().next().value!);
  return r;
}
/** A report's provenance and sources (a small file the ingest writes beside it), for pages that show nothing else of it. */
export const reportSources = (slug: string): ReportSources => parse(`${PAGE_DATA_DIR}/${REPORT_SOURCES_DIR}/${slug}.json`);
/**
 * The report bodies (MDX, one file per report, named by slug) a render shows: ATLAS_MDX_DIR narrows a render to some
 * reports (scripts/build.ts renders the report pages in parts).
 */
const MDX_DIR = process.env.ATLAS_MDX_DIR ?? `${DATA_DIR}/mdx`;
export const reportBodySlugs = (): string[] =>
  readdirSync(MDX_DIR)
    .filter((f) => f.endsWith('.mdx'))
    .map((f) => f.slice(0, -'.mdx'.length))
    .sort();
export const reportBodyMdx = (slug: string): string => readText(`${MDX_DIR}/${slug}.mdx`);
/**
 * Every target of every report, one report at a time (read afresh, never kept): the page that sums over them all holds
 * one report's rows at a time, not the corpus's (targets.json is ≈ 0.74 GB at 10,000 reports).
 */
export function* allTargets(): Generator<{ summary: ReportSummary; targets: Target[] }> {
  for (const { summary, report } of allReports()) yield { summary, targets: report.targets };
}
/** Every report, one at a time in the order of reports.json (read afresh, never kept). */
export function* allReports(): Generator<{ summary: ReportSummary; report: Report }> {
  for (const summary of reportSummaries()) yield { summary, report: parse<Report>(`reports/${summary.slug}.json`) };
}
/** The indicator vocabulary the rows were matched against (seeds/indicators.yaml as the ingest read it). */
export const indicatorVocabulary = (): { version: number; indicators: { id: string; name: string; kind: string; unit: string }[] } =>
  read('indicators.json');
let vocabularyNames: Map<string, string> | null = null;
/** The vocabulary's name of an indicator id, where it names it (the map made once per render). */
export const vocabularyName = (id: string): string | undefined =>
  (vocabularyNames ??= new Map(indicatorVocabulary().indicators.map((i) => [i.id, i.name]))).get(id);
export const buildLog = (): BuildLog & { errors: { file: string; reason: string }[] } => read('build-log.json');

export const COMPARATOR_WORDS: Record<Target['comparator'], string> = {
  growth: '增长',
  decline: '下降',
  gte: '不低于',
  lte: '不高于',
  approx: '约',
  eq: '达到',
};
export const KIND_WORDS: Record<Target['kind'], string> = { target: '目标', achievement: '已完成' };
export const THEME_WORDS: Record<string, string> = {
  economy: '经济发展',
  employment: '就业',
  environment: '生态环境',
  education: '教育',
  health: '医疗养老',
  housing: '住房',
  infrastructure: '基础设施',
  culture: '文化体育',
  science: '科技创新',
  agriculture: '农业农村',
  other: '其他',
};

export const BOUND_WORDS: Record<NonNullable<Target['bound']>, string> = { gte: '以上', lte: '以内', approx: '左右', range: '区间' };

/** The bound as the text writes it after the number (增长 5%左右, 增长 4%以上), where the comparator does not already say it. */
export function boundSuffix(t: Pick<Target, 'bound' | 'comparator'>): string {
  if (t.bound === 'approx') return t.comparator === 'approx' ? '' : '左右';
  if ((t.bound === 'gte' || t.bound === 'lte') && (t.comparator === 'growth' || t.comparator === 'decline' || t.comparator === 'eq')) return BOUND_WORDS[t.bound];
  return '';
}

export function formatValue(t: Pick<Target, 'value' | 'valueMax' | 'unit'>): string {
  return `${t.value}${t.valueMax !== null ? `—${t.valueMax}` : ''}${t.unit}`;
}

/** Chinese labels in pinyin order, the order a Chinese reader looks things up in. */
const zhCollator = new Intl.Collator('zh-CN-u-co-pinyin');
export function zhSort<T>(xs: T[], key: (x: T) => string = (x) => String(x)): T[] {
  return [...xs].sort((a, b) => zhCollator.compare(key(a), key(b)));
}

/** The group a report of the State Council is listed under, where others list their province: first in every list. */
export const NATIONAL_GROUP = '全国';
/**
 * The province a report is listed and filtered under: its provincial-level ancestor (or itself), 全国 for the State
 * Council's reports (which belong to no province), null while the place is not known (lists show 未知).
 */
export function provinceGroup(r: Pick<ReportSummary, 'province' | 'place'>): string | null {
  return r.place?.level === 'national' ? NATIONAL_GROUP : r.province;
}
/** Province groups in reading order: 全国 first, then the provinces in pinyin order. */
export function provinceOrder(groups: string[]): string[] {
  const rest = zhSort(groups.filter((g) => g !== NATIONAL_GROUP));
  return groups.includes(NATIONAL_GROUP) ? [NATIONAL_GROUP, ...rest] : rest;
}
/** Level names in reading order: the State Council's level (国家) first, then the others in pinyin order. */
export function levelOrder(levels: string[]): string[] {
  const national = LEVEL_NAMES.national;
  const rest = zhSort(levels.filter((l) => l !== national));
  return levels.includes(national) ? [national, ...rest] : rest;
}

/** The Chinese name of a report's government level, or null while the place is not known. */
export function levelName(r: Pick<ReportSummary, 'place'>): string | null {
  return r.place?.level ? LEVEL_NAMES[r.place.level] : null;
}

/** The outcome pairs (outcomes.json): a year's targets beside what the next report says of that year. */
export const outcomeRows = (): OutcomeRow[] => read('outcomes.json');
