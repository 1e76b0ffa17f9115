import { describe, expect, it } from 'vitest';
import { headingDepths } from '../../src/lib/headings.ts';
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
