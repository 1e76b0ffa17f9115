import { describe, expect, it } from 'vitest';
import { headingDepths, numberedTitle } from '../../src/lib/headings.ts';
import type { SectionLevel } from '../../src/pipeline/types.ts';

const depths = (levels: number[]) => [...headingDepths(levels.map((level, i) => ({ id: `s${i}`, level: level as SectionLevel }))).values()];

describe('heading levels on the page', () => {
  it('follows the contract levels where they do not skip', () => {
    expect(depths([1, 2, 3, 4, 2, 1])).toEqual([2, 3, 4, 5, 3, 2]);
  });
  it('starts at h2 whatever level the report opens with', () => {
    expect(depths([3, 2, 3, 3])).toEqual([2, 2, 3, 3]);
  });
  it('closes the gap where a level is missing inside', () => {
    expect(depths([1, 3, 4, 2, 4])).toEqual([2, 3, 4, 3, 4]);
  });
  it('never skips a level going down', () => {
    const levels = [4, 1, 4, 3, 2, 4, 1, 3];
    const d = depths(levels);
    expect(d[0]).toBe(2);
    for (let i = 1; i < d.length; i++) expect(d[i] - d[i - 1]).toBeLessThanOrEqual(1);
  });
});

describe('a section\'s number and title', () => {
  it('sets off a number that ends in a word, not one that ends in a mark', () => {
    expect(numberedTitle('一、', '2025年工作回顾')).toBe('一、2025年工作回顾');
    expect(numberedTitle('（二）', '扩大内需')).toBe('（二）扩大内需');
    expect(numberedTitle('(1)', '稳就业')).toBe('(1)稳就业');
    expect(numberedTitle('附件三', '2016年区民生实事完成情况')).toBe('附件三 2016年区民生实事完成情况');
    expect(numberedTitle('第一部分', '过去五年工作回顾')).toBe('第一部分 过去五年工作回顾');
    expect(numberedTitle(null, '导语')).toBe('导语');
  });
});
