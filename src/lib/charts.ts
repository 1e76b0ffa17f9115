/**
 * Build-time chart geometry with d3 scales: charts are rendered to SVG in the HTML, so they show without
 * JavaScript and in the offline edition.
 */
import { bin, scaleBand, scaleLinear } from 'd3';
import type { Target } from '../pipeline/types.ts';

export interface Bar {
  label: string;
  value: number;
  x: number;
  y: number;
  width: number;
  height: number;
  title: string;
  href?: string;
}

export function barLayout(items: { label: string; value: number; title: string; href?: string; reference?: boolean }[], width = 520, barHeight = 26) {
  const labelWidth = 150;
  const height = items.length * barHeight + 24;
  const max = Math.max(...items.map((i) => i.value), 0) || 1;
  const x = scaleLinear().domain([0, max]).nice().range([0, width - labelWidth - 70]);
  const y = scaleBand<number>().domain(items.map((_, i) => i)).range([0, items.length * barHeight]).padding(0.25);
  const bars: Bar[] = items.map((it, i) => ({
    ...it,
    x: labelWidth,
    y: y(i)!,
    width: Math.max(1, x(it.value)),
    height: y.bandwidth(),
  }));
  return { width, height, bars, labelWidth, ticks: x.ticks(4).map((t) => ({ value: t, x: labelWidth + x(t) })) };
}

/** Indicators that several reports state in comparable form, so they can stand side by side. */
export const SHARED_INDICATORS: { key: string; label: string; query: string; match: (t: Target) => boolean }[] = [
  { key: 'gdp', label: '地区生产总值增速（%）', query: '地区生产总值', match: (t) => /地区生产总值|国内生产总值|GDP/.test(t.indicator) && t.comparator === 'growth' && t.unit === '%' },
  { key: 'jobs', label: '城镇新增就业（万人）', query: '新增就业', match: (t) => /城镇新增就业|新增就业/.test(t.indicator) && /人$/.test(t.unit) },
  { key: 'air', label: '空气质量优良天数比例（%）', query: '优良天数', match: (t) => /优良天数/.test(t.indicator) && t.unit === '%' },
  { key: 'income', label: '居民人均可支配收入增速（%）', query: '人均可支配收入', match: (t) => /人均可支配收入/.test(t.indicator) && t.unit === '%' },
  { key: 'invest', label: '固定资产投资增速（%）', query: '固定资产投资', match: (t) => /固定资产投资/.test(t.indicator) && t.comparator === 'growth' },
];

/** 4万人 and 45178人 on one scale (万人). */
export function comparableValue(t: Target): number {
  if (t.unit === '人') return t.value / 10000;
  return t.value;
}

export interface ChartItem {
  label: string;
  value: number;
  title: string;
  href?: string;
  /** The State Council's figure (全国), drawn apart as the reference the provinces stand beside. */
  reference?: boolean;
}

/** Bars per report while they fit on a screen; beyond that a chart would grow with the corpus. */
export const MAX_BARS = 24;

/**
 * Many reports' values for one indicator as a distribution: how many reports state a value in each interval.
 * The chart keeps its size at 10 or 10,000 reports.
 */
export function histogram(values: number[], unit: string): ChartItem[] {
  const bins = bin().thresholds(10)(values);
  const fmt = (x: number) => String(Math.round(x * 100) / 100);
  return bins
    .filter((b) => b.length > 0)
    .map((b) => {
      const label = `${fmt(b.x0 ?? 0)}–${fmt(b.x1 ?? 0)}${unit}`;
      return { label, value: b.length, title: `${label}：${b.length} 份报告` };
    });
}
