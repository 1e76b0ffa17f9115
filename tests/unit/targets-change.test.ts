/** A change by an amount (比上年减少300亿元, 同比增加32天) is a growth or a decline of that amount, never a level. */
import { describe, expect, it } from 'vitest';
import { extractTargets } from '../../src/pipeline/targets.ts';

const rows = (text: string) =>
  extractTargets('x', [{ id: 's1', parent: null, level: 1, number: null, title: 't', paragraphs: [{ text, sources: [] }] }], 2024).map((t) => [t.value, t.unit, t.comparator]);

describe('changes by an amount', () => {
  it('reads 比上年减少 and 同比增加 as decline and growth', () => {
    expect(rows('全年财政支出比上年减少300亿元。')).toEqual([[300, '亿元', 'decline']]);
    expect(rows('空气质量优良天数同比增加32天。')).toEqual([[32, '天', 'growth']]);
    expect(rows('船舶平均待泊时间同比减少8.9小时。')).toEqual([[8.9, '小时', 'decline']]);
  });
  it('keeps counts and levels reached as they are', () => {
    expect(rows('新增就业5万人。')).toEqual([[5, '万人', 'eq']]);
    expect(rows('改造提升老旧小区10个。')).toEqual([[10, '个', 'eq']]);
  });
});
