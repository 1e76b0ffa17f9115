/** The search index's parts: newest years first, every report in exactly one part, parts of a bounded, even size. */
import { describe, expect, it } from 'vitest';
import { addEncodedPairs, addPairs, encodePairs, encodeTextPairs, pairToken, pairTokenOf, planSearchParts, searchPartsManifest } from '../../src/publish/search-parts.ts';
import { compareCodePoints } from '../../src/publish/pagefind-merge.ts';
import type { GovernmentLevel } from '../../src/pipeline/types.ts';

const report = (slug: string, year: number | null, level: GovernmentLevel = 'county') => ({ slug, year, place: { level } as never });

describe('search parts', () => {
  const reports = [
    report('a-2019', 2019), report('b-2024', 2024), report('c-2024', 2024, 'province'), report('d-2021', 2021),
    report('e-null', null), report('f-2024', 2024, 'prefecture'), report('g-2022', 2022), report('h-2023', 2023),
  ];

  it('puts the newest years first, higher tiers first within a year, reports of no known year last', () => {
    const [one] = planSearchParts(reports, 100);
    expect(one.slugs).toEqual(['c-2024', 'f-2024', 'b-2024', 'h-2023', 'g-2022', 'd-2021', 'a-2019', 'e-null']);
    expect(one.years).toEqual([2024, 2023, 2022, 2021, 2019]);
    expect(one.unknownYear).toBe(true);
  });

  it('cuts as few parts of at most the size as there can be, as even as they can be, each report in one', () => {
    for (const max of [1, 2, 3, 5, 7, 8]) {
      const parts = planSearchParts(reports, max);
      expect(parts).toHaveLength(Math.ceil(reports.length / max));
      const sizes = parts.map((p) => p.slugs.length);
      expect(Math.max(...sizes)).toBeLessThanOrEqual(max);
      expect(Math.max(...sizes) - Math.min(...sizes)).toBeLessThanOrEqual(1);
      expect(parts.flatMap((p) => p.slugs).sort()).toEqual(reports.map((r) => r.slug).sort());
    }
  });

  it('names the primary index pagefind/ itself and the others parts/<k>/, each with its own fragment prefix', () => {
    const parts = planSearchParts(reports, 3);
    expect(parts.map((p) => p.path)).toEqual(['', 'parts/1/', 'parts/2/']);
    expect(new Set(parts.map((p) => p.prefix)).size).toBe(3);
    expect(parts[0].years).toEqual([2024]);
    expect(parts[2].years).toEqual([2021, 2019]);
    expect(parts[2].unknownYear).toBe(true);
    expect(parts[0].unknownYear).toBe(false);
    expect(searchPartsManifest(parts).directory).toBe('directory/');
    expect(searchPartsManifest(planSearchParts(reports, 100)).directory).toBeNull();
    expect(searchPartsManifest(parts).parts[1]).toEqual({ path: 'parts/1/', prefix: 'p1_', reports: 2, years: [2023, 2022], unknownYear: false });
  });

  it('refuses a size that is no positive number', () => {
    expect(() => planSearchParts(reports, 0)).toThrow(/positive/);
    expect(() => planSearchParts(reports, Number.NaN)).toThrow(/positive/);
  });

  it('names a pair of characters as one full-width word, in the order of its code points', () => {
    expect(pairToken('五'.codePointAt(0)!, '河'.codePointAt(0)!)).toBe('０４ｅ９４０６ｃｂ３');
    // A character beyond the basic plane is one code point, not two halves.
    const found = new Set<number>();
    addPairs('𠀀字pm2.5pm', found);
    const tokens = new Set(Array.from(found, pairTokenOf));
    expect(tokens.has(pairToken(0x20000, '字'.codePointAt(0)!))).toBe(true);
    expect(tokens.has(pairToken('5'.codePointAt(0)!, 'p'.codePointAt(0)!))).toBe(true);
    expect(tokens.size).toBe(7);
    // Sorted as code points, tokens sort as the pairs' code points do.
    const pairs = [['a', 'b'], ['五', '河'], ['五', '年'], ['河', '县'], ['𠀀', '字']].map(([a, b]) => pairToken(a.codePointAt(0)!, b.codePointAt(0)!));
    expect([...pairs].sort(compareCodePoints)).toEqual(pairs.slice().sort((x, y) => (x < y ? -1 : 1)));
    // Full-width forms sort after every character a folded report's word begins with in the basic plane.
    expect(compareCodePoints(pairs[0], '\uffe0')).toBeLessThan(0);
    expect(compareCodePoints(pairs[0], '龥')).toBeGreaterThan(0);
  });

  it("keeps a report's pairs in its own file and reads them back, the basic plane and beyond it", () => {
    const pairs = new Set<number>();
    addPairs('𠀀字五河县𠀀pm2.5\uffff\u0000𡃁', pairs);
    const bytes = encodePairs(pairs);
    // Pairs of two basic-plane characters take one 32-bit word, the others two.
    const wide = [...pairs].filter((p) => Math.floor(p / 0x200000) > 0xffff || p % 0x200000 > 0xffff).length;
    expect(wide).toBe(4);
    expect(bytes.byteLength).toBe(4 * (1 + pairs.size + wide));
    const read = new Set<number>();
    addEncodedPairs(bytes, read);
    expect([...read].sort((a, b) => a - b)).toEqual([...pairs].sort((a, b) => a - b));
    // Two reports' files join into their union, as the build joins a part's.
    const other = new Set<number>();
    addPairs('河县城镇', other);
    addEncodedPairs(encodePairs(other), read);
    expect(read.size).toBe(new Set([...pairs, ...other]).size);
    // Several texts' pairs encoded at once, as the ingest writes a report's: their union, each pair once.
    const texts = ['𠀀字五河县𠀀pm2.5\uffff\u0000𡃁', '河县城镇', '五河县五河县', '', '字'];
    const union = new Set<number>();
    for (const t of texts) addPairs(t, union);
    const once = encodeTextPairs(texts);
    expect(once.byteLength).toBe(4 * (1 + union.size + [...union].filter((p) => Math.floor(p / 0x200000) > 0xffff || p % 0x200000 > 0xffff).length));
    const back = new Set<number>();
    addEncodedPairs(once, back);
    expect([...back].sort((a, b) => a - b)).toEqual([...union].sort((a, b) => a - b));
    expect(() => addEncodedPairs(bytes.subarray(0, bytes.byteLength - 2), new Set())).toThrow(/not one encodePairs wrote/);
    expect(() => addEncodedPairs(bytes.subarray(0, bytes.byteLength - 4), new Set())).toThrow(/cannot hold/);
  });
});
