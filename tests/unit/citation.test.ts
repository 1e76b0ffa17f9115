/** The citation's author and form (src/lib/citation.ts), on governments of each kind. */
import { describe, expect, it } from 'vitest';
import { citationAuthor, citationParts, formatCitation } from '../../src/lib/citation.ts';
import type { Government } from '../../src/pipeline/types.ts';

const place = (name: string, level: Government['level']): Government => ({ name, level, code: null, parents: [], slug: 'x' });

describe('citations', () => {
  it('names the government as a reference names its author', () => {
    expect(citationAuthor({ place: place('某某市', 'prefecture') })).toBe('某某市人民政府');
    expect(citationAuthor({ place: place('国务院', 'national') })).toBe('国务院');
    expect(citationAuthor({ place: place('某某新区管委会', 'other') })).toBe('某某新区管委会');
    expect(citationAuthor({ place: null })).toBeNull();
  });
  it('writes the GB/T 7714 form for an online report, with the section and the address with its anchor', () => {
    const parts = citationParts({ place: place('某某县', 'county'), title: '2024年某某县政府工作报告', year: 2024 });
    expect(formatCitation(parts, '（一）稳增长', 'https://example.org/reports/x-2024/#s2-1', '2026-01-02')).toBe(
      '某某县人民政府. 2024年某某县政府工作报告：（一）稳增长[R/OL]. 2024[2026-01-02]. https://example.org/reports/x-2024/#s2-1.',
    );
    // No government known: the title leads; no year known: the access date alone.
    const bare = citationParts({ place: null, title: '政府工作报告', year: null });
    expect(formatCitation(bare, null, 'u#s1', '2026-01-02')).toBe('政府工作报告[R/OL]. [2026-01-02]. u#s1.');
  });
});
