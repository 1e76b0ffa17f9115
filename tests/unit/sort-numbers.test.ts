import { describe, expect, it } from 'vitest';
import { orderByKey, sortUint32 } from '../../src/publish/sort-numbers.ts';

describe('sorting 32-bit numbers by counting passes', () => {
  let seed = 11;
  const random = () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0);
  // Short and long arrays, narrow and full ranges (ties, high halves alike, low halves alike).
  const arrays = [0, 1, 100, 4095, 4096, 5000, 70_000].flatMap((n) =>
    [0xffffffff, 0xffff, 0xffff0000, 7].map((mask) => Uint32Array.from({ length: n }, () => random() & mask)),
  );

  it('sorts as the typed array’s own sort does', () => {
    for (const a of arrays) expect(sortUint32(a.slice())).toEqual(a.slice().sort());
  });

  it('orders indices by key, ties by index, within a range', () => {
    for (const keys of arrays) {
      const start = Math.min(keys.length, 3);
      const end = Math.max(start, keys.length - 2);
      const expected = Array.from({ length: end - start }, (_, i) => start + i).sort((x, y) => keys[x] - keys[y] || x - y);
      expect([...orderByKey(keys, start, end)]).toEqual(expected);
    }
  });
});
