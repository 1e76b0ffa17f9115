import { describe, expect, it } from 'vitest';
import { ruleOf } from '../../src/pipeline/outcomes.ts';
import type { HistoryCell } from '../../src/pipeline/outcomes.ts';
import { rowText, verdictReason } from '../../src/lib/history.ts';

const ref = (over: Partial<HistoryCell['target']>): HistoryCell['target'] => ({
  report: 'r', id: 't', value: 5, valueMax: null, unit: '%', comparator: 'growth', bound: null, quote: 'q', estimated: false, headline: true, ...over,
});
function cell(target: HistoryCell['target'], outcome: number, verdict: 'met' | 'missed'): HistoryCell {
  const signed = (v: number) => (target.comparator === 'decline' ? -v : v);
  const row = { ...target, indicatorId: 'gdp', kind: 'target', indicator: '', section: '', deadline: null, theme: '', period: null, annualAverage: false, canonicalValue: null, canonicalUnit: null, action: null, inTitle: false } as const;
  return {
    year: 2024, target, targetValue: signed(target.value), targetValueMax: null, rule: ruleOf(row),
    outcome: ref({ value: outcome, comparator: target.comparator }), outcomeValue: signed(outcome), verdict, note: null,
  };
}

describe('words of the place page', () => {
  it('writes a target as the text puts it', () => {
    expect(rowText(ref({ bound: 'approx' }))).toBe('增长5%左右');
    expect(rowText(ref({ value: 5, valueMax: 5.5, bound: 'range' }))).toBe('增长5—5.5%');
    expect(rowText(ref({ value: 4, comparator: 'lte', bound: 'lte' }))).toBe('4%以内');
  });
  it('says why a verdict was given, by the rule applied', () => {
    expect(verdictReason(cell(ref({ bound: 'approx' }), 5.3, 'met'), '%')).toBe('实际与目标相差0.3个百分点（“左右”允许0.5个百分点）');
    expect(verdictReason(cell(ref({}), 4.2, 'missed'), '%')).toBe('实际低于目标');
    expect(verdictReason(cell(ref({ value: 4, comparator: 'lte', bound: 'lte' }), 3.8, 'met'), '%')).toBe('实际不高于目标');
    expect(verdictReason(cell(ref({ value: 3, comparator: 'decline' }), 3.4, 'met'), '%')).toBe('实际降幅不小于目标');
  });
});
