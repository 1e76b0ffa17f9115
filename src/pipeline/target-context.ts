/**
 * What the words around a number say about it: whether it belongs to the year's main-targets passage
 * (主要预期目标是：…), which years it describes (去年, 五年来, “十四五”时期, 到2030年), whether it is an annual average
 * (年均) or an estimate (预计). Pure functions over strings; targets.ts applies them row by row.
 */
import { chineseNumeral } from './text.ts';
import type { Period } from './types.ts';

/**
 * The opening of the year's main-targets passage: 主要预期目标是： / 预期目标建议为： / 主要目标是，. A comma alone does
 * not open one (圆满完成预期目标，…: a review). A five-year plan's
 * goals (“十五五”时期…主要目标是：) are not this year's targets, so a plan period before the marker rules it out.
 */
const HEADLINE_MARKER = /(?:主要预期目标|预期目标|主要目标)(?:建议|安排|确定|设定|定)?(?:(?:是|为|如下)?[：:]|(?:是|为)[，,])/u;
// “十五五”开局之年 names this year, not the plan: only the plan's period, its document or a deadline rule a passage out.
const PLAN_PERIOD = /十[一二三四五六七八九]五[”"]?(?:时期|期间|规划|发展|的)|五年|时期|规划|纲要|到\d{4}年|\d{4}年前/u;

const PLAN_PERIODS = new RegExp(PLAN_PERIOD.source, 'gu');
/** This year, named: 今年, 本年度, or a year that is no deadline (2007年, not 到2030年 or 2030年前). */
const THIS_YEAR = /今年|本年度|(?<!到)\d{4}年(?!前|底前|末前)/u;
/** Index in the paragraph just after the marker, or -1 when the paragraph opens no main-targets passage. */
export function headlineStart(paragraph: string): number {
  const m = HEADLINE_MARKER.exec(paragraph);
  if (!m) return -1;
  const sentenceStart = Math.max(...['。', '！', '？', '；'].map((p) => paragraph.lastIndexOf(p, m.index))) + 1;
  // (对接“十四五”规划，提出今年…的主要预期目标是：, 根据《…规划纲要》…，建议2007年…预期目标为：: the year named after the
  // plan's words says whose targets follow — this year's.)
  const before = paragraph.slice(sentenceStart, m.index);
  const plans = [...before.matchAll(PLAN_PERIODS)];
  if (plans.length && !THIS_YEAR.test(before.slice(plans.at(-1)!.index! + plans.at(-1)![0].length))) return -1;
  return m.index + m[0].length;
}

/** A heading that names the year's main targets (2026年主要预期目标, 总体要求和主要预期目标), not a plan's. */
export function isHeadlineHeading(title: string): boolean {
  // (Not how the targets were met: 主要预期目标完成情况 reviews them; nor a review's topic that says they were, 主要经济指标超额
  // 完成预期目标.)
  return /主要预期目标|预期目标|主要目标$/u.test(title) && !PLAN_PERIOD.test(title) && !/(?:执行|完成|落实)情况$/u.test(title.trim()) && !/(?:完成|实现|达到|超过|超出|高于)[^，。；]{0,6}(?:主要)?(?:预期)?目标/u.test(title);
}

/** A sentence that turns from the targets to what follows them (这些目标…, 新的一年…, 具体抓好…) ends the passage. */
export const HEADLINE_END = /^(?:这些|上述|以上|实现|完成全年|完成上述|为实现|为完成|为此|新的一年|具体|重点抓好|围绕)/u;

/* ---------- periods ---------- */

/** What a review passage is about: last year, or the last plan period (five years). */
export type ReviewScope = { kind: 'year' } | { kind: 'plan'; from: number; to: number } | { kind: 'both' };

/** The n-th five-year plan (n ≥ 3) runs 1951 + 5n … 1955 + 5n: 十四五 → 2021–2025. */
export function planYears(numeral: string): Period | null {
  const n = chineseNumeral(numeral);
  if (n === null) return null;
  return { from: 1951 + 5 * (10 + n), to: 1955 + 5 * (10 + n) };
}

const PLAN_REVIEW = /[“"]?十([一二三四五六七八九])五[”"]?(?:时期|期间|以来|发展成就|主要成就|成就|工作回顾)/u;
const FIVE_YEARS = /五年来|这五年|过去五年|过去的五年|五年间|五年累计|五年共|五年时间/u;
const ONE_YEAR = /去年|这一年|过去一年|过去的一年|一年来|上年|刚刚过去的/u;

/**
 * The review scope a text states, for a report delivered in `year`: 五年来 → the five years before it, “十四五”时期 →
 * that plan's years, 去年 / 一年来 → one year. Null when it states neither; 'both' when it states both (a heading
 * such as 2025年和“十四五”时期工作回顾).
 */
export function reviewScopeOf(text: string, year: number | null): ReviewScope | null {
  let plan: Period | null = null;
  const p = PLAN_REVIEW.exec(text);
  if (p) plan = planYears(p[1]);
  else if (FIVE_YEARS.test(text) && year !== null) plan = { from: year - 5, to: year - 1 };
  // (The year before as written, 2024年: digits, so a plain search finds what the expression of them did.)
  const single = ONE_YEAR.test(text) || (year !== null && text.includes(`${year - 1}年`));
  if (plan && single) return { kind: 'both' };
  if (plan) return { kind: 'plan', ...plan };
  if (single) return { kind: 'year' };
  return null;
}

/** The years an achievement describes, from the sentence first, then the scope its passage is in. */
export function achievementPeriod(before: string, sentence: string, scope: ReviewScope | null, year: number | null): Period | null {
  // 从2020年的3.68万亿元增长到2025年的4.93万亿元: a year written just before the number is the number's year.
  const own = before.match(/(\d{4})年(?:末|底)?的?$/u);
  if (own) return { from: Number(own[1]), to: Number(own[1]) };
  // 比2020年增长58.1%: a change since a base year runs from the year after it to the review's end.
  const base = before.match(/(?:比|较)(\d{4})年(?:末|底)?/u);
  if (base && year !== null) return { from: Number(base[1]) + 1, to: year - 1 };
  const stated = reviewScopeOf(sentence, year);
  const eff = stated && stated.kind !== 'both' ? stated : scope;
  // A sentence that opens with its own year (2024年，…) describes that year.
  const opening = sentence.match(/^(\d{4})年[，,]/u);
  if (opening && (!stated || stated.kind !== 'plan')) return { from: Number(opening[1]), to: Number(opening[1]) };
  if (!eff || eff.kind === 'both') return null;
  if (eff.kind === 'plan') return { from: eff.from, to: eff.to };
  return year === null ? null : { from: year - 1, to: year - 1 };
}

/** The years a target describes: its deadline or the report's year; a 年均 target runs from the report year to it. */
export function targetPeriod(deadline: number | null, year: number | null, annualAverage: boolean): Period | null {
  if (deadline !== null && annualAverage && year !== null && deadline > year) return { from: year, to: deadline };
  const y = deadline ?? year;
  return y === null ? null : { from: y, to: y };
}

export const ANNUAL_AVERAGE = /年均|年平均|每年平均/u;
export const ESTIMATE = /预计|预估|初步测算/u;
