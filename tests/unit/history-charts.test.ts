import { describe, expect, it } from 'vitest';
import { DOTS_PER_YEAR, yearSpreadLayout, type ChartPoint } from '../../src/lib/history-charts.ts';

const point = (year: number, value: number, valueMax: number | null = null, label = `地${value}`): ChartPoint => ({ year, value, valueMax, label });

describe('yearSpreadLayout', () => {
  it('draws few values as dots, higher values higher, equal values side by side', () => {
    const { marks } = yearSpreadLayout([point(2025, 5), point(2025, 6), point(2025, 6, null, '乙'), point(2026, 4.5)]);
    expect(marks.map((m) => [m.year, m.count, m.median])).toEqual([[2025, 3, 6], [2026, 1, 4.5]]);
    const [low, high, twin] = marks[0].dots;
    expect(high.cy).toBeLessThan(low.cy);
    expect(twin.cy).toBe(high.cy);
    expect(twin.cx).not.toBe(high.cx);
    expect(marks[0].box).toBeNull();
  });
  it('summarises a crowded year as quartiles and extremes', () => {
    const many = Array.from({ length: DOTS_PER_YEAR + 1 }, (_, i) => point(2026, i));
    const [m] = yearSpreadLayout(many).marks;
    expect(m.dots).toEqual([]);
    expect([m.min, m.median, m.max]).toEqual([0, 20, 40]);
    expect(m.box!.whiskerTop).toBeLessThan(m.box!.y);
    expect(m.box!.y + m.box!.height).toBeLessThan(m.box!.whiskerBottom);
  });
  it('draws a range target as a bar around its middle', () => {
    const { marks } = yearSpreadLayout([point(2026, 5, 5.5), point(2026, 7)]);
    const range = marks[0].dots.find((d) => d.point.valueMax !== null)!;
    expect(range.rangeTop).toBeLessThan(range.cy);
    expect(marks[0].median).toBeCloseTo(6.125);
  });
});
