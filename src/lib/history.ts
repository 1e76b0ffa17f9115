/**
 * Build-time access to the place histories and outcome pairs the pipeline wrote (places.json, outcomes.json), and the
 * words the place and indicator pages use for them.
 */
import { existsSync, readFileSync } from 'node:fs';
import { parse as parseYaml } from 'yaml';
import { APPROX_LEVEL_SHARE, APPROX_RATE_POINTS, type HistoryCell, type PlaceHistory, type RowRef, type Term } from '../pipeline/outcomes.ts';
import { TIER_NAMES, TIER_ORDER, type GovernmentTier } from '../pipeline/levels.ts';
import { PAGE_DATA_DIR, type PlaceIndexEntry } from '../pipeline/history-pages.ts';
import { compareWithPrevious, type Comparison } from '../pipeline/comparison.ts';
import type { Report } from '../pipeline/types.ts';
import { readText } from './read-text.ts';

const WORK = process.env.ATLAS_WORK ?? '.atlas';
/**
 * The pages read what the ingest wrote for them (src/pipeline/io.ts writeHistoryPages): the places index, one place's
 * history, one indicator's places — never every place's rows at once, so the render's memory does not follow the corpus.
 */
const pageData = <T>(path: string): T => JSON.parse(readText(`${WORK}/data/${PAGE_DATA_DIR}/${path}`)) as T;
let placesCache: PlaceIndexEntry[] | null = null;
/** Every place with reports, without its rows (the places index). */
export function placeIndex(): PlaceIndexEntry[] {
  placesCache ??= pageData<PlaceIndexEntry[]>('places.json');
  return placesCache;
}
/** One place's history, read for its page. */
export const placeHistory = (slug: string): PlaceHistory => pageData(`places/${slug}.json`);
let indicatorPlacesCache: { id: string; places: PlaceHistory[] } | null = null;
/** The places with an indicator, each with only its rows of it (the last indicator asked for is kept). */
function indicatorPlaces(id: string): PlaceHistory[] {
  if (indicatorPlacesCache?.id !== id) indicatorPlacesCache = { id, places: pageData<PlaceHistory[]>(`indicators/${id}.json`) };
  return indicatorPlacesCache.places;
}

/**
 * Chinese names of the core indicator ids (fixed, shared with the vocabulary). The vocabulary's own names win where
 * it is there (seeds/indicators.yaml, or a copy the ingest wrote beside the data).
 */
const CORE_NAMES: Record<string, string> = {
  gdp: '地区生产总值',
  'general-budget-revenue': '一般公共预算收入',
  'fixed-asset-investment': '固定资产投资',
  'retail-sales': '社会消费品零售总额',
  'foreign-trade': '外贸进出口总额',
  exports: '出口总额',
  'foreign-investment': '实际使用外资',
  'urban-new-jobs': '城镇新增就业',
  'surveyed-unemployment': '城镇调查失业率',
  'registered-unemployment': '城镇登记失业率',
  cpi: '居民消费价格涨幅',
  'disposable-income': '居民人均可支配收入',
  'urban-disposable-income': '城镇居民人均可支配收入',
  'rural-disposable-income': '农村居民人均可支配收入',
  'grain-output': '粮食产量',
  'energy-intensity': '单位地区生产总值能耗',
  'industrial-value-added': '规模以上工业增加值',
  'rd-intensity': '研发投入强度',
  'good-air-days': '空气质量优良天数比例',
  pm25: '细颗粒物（PM2.5）平均浓度',
  urbanization: '常住人口城镇化率',
};

/** A vocabulary entry as the pages read it (indicators.json): its wordings, other names and what it replaced. */
interface EntryData {
  id: string;
  name: string;
  wordings?: string[];
  names?: { wordings: string[]; kind: string; since?: number; until?: number; note: string }[];
  succeeds?: { id: string; since: number; terms: string[]; note: string };
}
let entriesCache: EntryData[] | null = null;
/** The vocabulary the rows were matched against, from whatever vocabulary file exists (none: an empty list). */
function vocabularyEntries(): EntryData[] {
  if (entriesCache) return entriesCache;
  entriesCache = [];
  for (const path of [`${WORK}/data/indicators.json`, `${process.env.ATLAS_SEEDS ?? 'seeds'}/indicators.yaml`]) {
    if (!existsSync(path)) continue;
    try {
      const raw = path.endsWith('.json') ? JSON.parse(readFileSync(path, 'utf8')) : parseYaml(readFileSync(path, 'utf8'));
      const list: unknown = Array.isArray(raw) ? raw : (raw?.indicators ?? []);
      if (Array.isArray(list)) entriesCache = list.filter((e) => typeof e?.id === 'string' && typeof e?.name === 'string');
    } catch {
      // A vocabulary this page cannot read leaves the core names; the ingest reports the file's own errors.
    }
    break;
  }
  return entriesCache;
}

let namesCache: Record<string, string> | null = null;
/** id → Chinese name, from whatever vocabulary file exists, over the core names. */
export function indicatorNames(): Record<string, string> {
  if (namesCache) return namesCache;
  const names = { ...CORE_NAMES };
  for (const e of vocabularyEntries()) names[e.id] = e.name;
  namesCache = names;
  return names;
}

/** One line of an indicator page's 名称与口径: the names it gathers and what changed when. */
export interface NamingLine {
  label: string;
  wordings: string[];
  note: string | null;
  /** Another indicator's page the line points to (the quantity this one replaced, or that replaced it). */
  other: { id: string; name: string } | null;
}
const KIND_WORDS: Record<string, string> = { former: '曾用名', alternative: '又称', basis: '统计口径' };
/** The names an indicator gathers, dated where the change has a date, and the quantities it replaced or that replaced it. */
export function indicatorNaming(id: string): NamingLine[] {
  const entries = vocabularyEntries();
  const e = entries.find((x) => x.id === id);
  if (!e) return [];
  const lines: NamingLine[] = [{ label: '名称', wordings: e.wordings ?? [e.name], note: null, other: null }];
  for (const g of e.names ?? []) {
    const when = g.until !== undefined ? `（${g.until}年及以前）` : g.since !== undefined ? `（${g.since}年起）` : '';
    lines.push({ label: `${KIND_WORDS[g.kind] ?? '又称'}${when}`, wordings: g.wordings, note: g.note, other: null });
  }
  if (e.succeeds) {
    lines.push({ label: `${e.succeeds.since}年起取代`, wordings: [], note: e.succeeds.note, other: { id: e.succeeds.id, name: indicatorName(e.succeeds.id) } });
  }
  for (const later of entries.filter((x) => x.succeeds?.id === id)) {
    lines.push({ label: `${later.succeeds!.since}年起由其取代`, wordings: [], note: later.succeeds!.note, other: { id: later.id, name: later.name } });
  }
  return lines;
}
export const indicatorName = (id: string) => indicatorNames()[id] ?? id;
/** Vocabulary order (output first, as reports list them), for rows of a place's table. */
export function byIndicatorOrder<T extends { indicatorId: string }>(rows: T[]): T[] {
  const order = Object.keys(indicatorNames());
  const rank = (id: string) => (order.includes(id) ? order.indexOf(id) : order.length);
  return [...rows].sort((a, b) => rank(a.indicatorId) - rank(b.indicatorId) || a.indicatorId.localeCompare(b.indicatorId));
}

/** What a row of the place table measures: 地区生产总值 · 增速（%）. */
export function measureLabel(term: Term, unit: string): string {
  return term === 'change' ? `增速（${unit}）` : term === 'increment' ? `增量（${unit}）` : `${unit === '%' ? '比例' : '总量'}（${unit}）`;
}

export const VERDICT_WORDS: Record<NonNullable<HistoryCell['verdict']>, string> = { met: '完成', missed: '未完成', 'not-stated': '未报告' };

const BOUND_WORDS: Record<string, string> = { gte: '以上', lte: '以内', approx: '左右' };
/** The target or outcome as the text puts it: 增长8%左右, 4%以内, 5—6%, 下降3%. */
export function rowText(r: RowRef): string {
  const number = `${r.value}${r.valueMax !== null ? `—${r.valueMax}` : ''}${r.unit}`;
  const verb = r.comparator === 'growth' ? '增长' : r.comparator === 'decline' ? '下降' : '';
  return `${verb}${number}${r.bound && r.bound !== 'range' ? BOUND_WORDS[r.bound] : ''}`;
}

export const tierName = (t: GovernmentTier) => TIER_NAMES[t];
/** A tier as an indicator page heads it: the State Council's figures as 全国. */
export const indicatorTierName = (t: GovernmentTier) => (t === 'national' ? NATIONAL_LABEL : TIER_NAMES[t]);
export { TIER_ORDER };

/** Places of a tier, ordered by the enclosing provinces and then their names, so neighbours stand together. */
export function placeSortKey(p: Pick<PlaceHistory, 'parents' | 'name'>): string {
  return [...p.parents].reverse().map((x) => x.name).concat(p.name).join('/');
}
/** The order of place names (`localeCompare(b, 'zh')`), its collator made once rather than for every comparison. */
const placeCollator = new Intl.Collator('zh');
/** Places in the order of their sort keys (placeSortKey), each key made once rather than at every comparison. */
export function sortPlaces<T extends Pick<PlaceHistory, 'parents' | 'name'>>(places: T[]): T[] {
  const keyed = places.map((place) => ({ place, key: placeSortKey(place) }));
  keyed.sort((a, b) => placeCollator.compare(a.key, b.key));
  return keyed.map((k) => k.place);
}

/** Places per table page of an indicator: beyond this a tier's table continues on numbered pages. */
export const PLACES_PER_PAGE = 50;

export interface IndicatorMeasure {
  term: Term;
  unit: string;
  places: { place: PlaceHistory; cells: HistoryCell[] }[];
  /**
   * The State Council's targets in the same terms (全国), shown above the provinces as their reference: a highlighted
   * first row of the table and a mark in the chart. Only in the provincial tier's measures.
   */
  reference: { place: PlaceHistory; cells: HistoryCell[] }[];
}
export interface IndicatorTier {
  tier: GovernmentTier;
  measures: IndicatorMeasure[];
  /** Places of the tier with this indicator, in table order. */
  places: PlaceHistory[];
  pages: number;
}

/** What a reader calls the State Council's figures beside the provinces'. */
export const NATIONAL_LABEL = '全国';

const measureKey = (m: { term: Term; unit: string }) => `${m.term}|${m.unit}`;
function measuresOf(id: string, places: PlaceHistory[]): IndicatorMeasure[] {
  const measures = new Map<string, IndicatorMeasure>();
  for (const place of places) {
    for (const row of place.rows.filter((r) => r.indicatorId === id)) {
      const key = measureKey(row);
      const m = measures.get(key) ?? { term: row.term, unit: row.unit, places: [], reference: [] };
      measures.set(key, m);
      m.places.push({ place, cells: row.cells });
    }
  }
  const order: Term[] = ['change', 'level', 'increment'];
  return [...measures.values()].sort((a, b) => order.indexOf(a.term) - order.indexOf(b.term) || b.places.length - a.places.length);
}
const placesWith = (id: string, tier: GovernmentTier) =>
  sortPlaces(indicatorPlaces(id).filter((p) => p.tier === tier));

/**
 * One indicator across every place, split by tier (never a province beside a county) and by the terms it is set in.
 * The State Council (tier national) is not a tier of its own here: its targets stand in the provincial tier as the
 * reference of each measure in the same terms; those no province shares form a tier `national` of their own, first.
 */
export function indicatorTiers(id: string): IndicatorTier[] {
  const national = measuresOf(id, placesWith(id, 'national'));
  const tiers = TIER_ORDER.filter((t) => t !== 'national').flatMap((tier) => {
    const places = placesWith(id, tier);
    if (places.length === 0) return [];
    const measures = measuresOf(id, places);
    if (tier === 'provincial') for (const m of measures) m.reference = national.find((n) => measureKey(n) === measureKey(m))?.places ?? [];
    return [{ tier, places, pages: Math.ceil(places.length / PLACES_PER_PAGE), measures }];
  });
  const shown = new Set(tiers.flatMap((t) => t.measures.filter((m) => m.reference.length > 0).map(measureKey)));
  const alone = national.filter((m) => !shown.has(measureKey(m)));
  if (alone.length === 0) return tiers;
  const places = [...new Map(alone.flatMap((m) => m.places.map((p) => [p.place.slug, p.place] as const))).values()];
  // Shown as they are beside the provinces: reference rows (全国), with no places of their own.
  return [{ tier: 'national', places, pages: 1, measures: alone.map((m) => ({ ...m, places: [], reference: m.places })) }, ...tiers];
}

/** Every indicator id some place has a yearly target for, with how many places and reports (most places first). */
let indexCache: { id: string; places: number; targets: number }[] | null = null;
export function indicatorIndex(): { id: string; places: number; targets: number }[] {
  indexCache ??= pageData('indicators.json');
  return indexCache!;
}

/** Whether a page exists, so that report pages link only to pages the build makes. */
let indicatorIds: Set<string> | null = null;
let placeSlugs: Set<string> | null = null;
export const hasIndicatorPage = (id: string) => (indicatorIds ??= new Set(indicatorIndex().map((i) => i.id))).has(id);
export const hasPlacePage = (slug: string) => (placeSlugs ??= new Set(placeIndex().map((p) => p.slug))).has(slug);

/**
 * A report beside its government's previous report, read from that government's history file alone (never the
 * corpus); null when it has no previous report or its government has no history.
 */
export function previousComparison(r: Pick<Report, 'slug' | 'previous' | 'place'>): Comparison | null {
  if (!r.previous || !r.place || !hasPlacePage(r.place.slug)) return null;
  if (comparedPlace?.slug !== r.place.slug) comparedPlace = { slug: r.place.slug, history: placeHistory(r.place.slug) };
  return compareWithPrevious(comparedPlace.history, r.slug, r.previous);
}
/**
 * The history the last comparison was read from, kept for the next: report pages render in the order of their slugs,
 * a government's years one after another, so its history is read once for them, not once per report. Only read here
 * (compareWithPrevious copies what it keeps).
 */
let comparedPlace: { slug: string; history: PlaceHistory } | null = null;

/** 0.30000000000000004 → 0.3: differences of stated figures, shown to readers. */
const tidy = (x: number) => Math.round(x * 1000) / 1000;

/**
 * Why a cell got its verdict, in one phrase, from the rule the pipeline applied: the gap to a 左右 target and what it
 * may be, the range an outcome had to fall in, or which side of a floor or ceiling it fell on.
 */
export function verdictReason(cell: HistoryCell, unit: string): string | null {
  if (!cell.outcome || cell.outcomeValue === null || (cell.verdict !== 'met' && cell.verdict !== 'missed')) return null;
  const met = cell.verdict === 'met';
  if (cell.rule === 'range') return `实际${met ? '在' : '不在'}目标区间之内`;
  if (cell.rule === 'approx') {
    const gap = `${tidy(Math.abs(cell.outcomeValue - cell.targetValue))}${unit === '%' ? '个百分点' : unit}`;
    const allowed = unit === '%' ? `${APPROX_RATE_POINTS}个百分点` : `目标的${APPROX_LEVEL_SHARE * 100}%`;
    return `实际与目标相差${gap}（“左右”允许${allowed}）`;
  }
  // On signed values a decline's "at most" is a fall at least that large.
  if (cell.target.comparator === 'decline') {
    return cell.rule === 'at-most' ? `实际降幅${met ? '不小于' : '小于'}目标` : `实际降幅${met ? '不大于' : '大于'}目标`;
  }
  return cell.rule === 'at-least' ? `实际${met ? '不低于' : '低于'}目标` : `实际${met ? '不高于' : '高于'}目标`;
}
