/**
 * Sorting 32-bit unsigned numbers by two counting passes of 16 bits each (least significant first, so stable): linear
 * in their count. Why not Uint32Array.prototype.sort: the site data sorts every report's character pairs (tens of
 * thousands a report) for the offline search and again for the term index, and the index's records shard by shard;
 * V8's typed-array sort was about a tenth of that process's time, these passes a small part of it. Same order.
 */

/** Sorts `values` ascending, in place, as `values.sort()` does; returns it. */
export function sortUint32(values: Uint32Array): Uint32Array {
  const n = values.length;
  // A short array costs less to sort than two passes over 65,536 counters.
  if (n < 4096) return values.sort();
  const temp = new Uint32Array(n);
  const counts = new Uint32Array(0x10001);
  for (let i = 0; i < n; i++) counts[(values[i] & 0xffff) + 1]++;
  for (let c = 1; c <= 0x10000; c++) counts[c] += counts[c - 1];
  for (let i = 0; i < n; i++) temp[counts[values[i] & 0xffff]++] = values[i];
  counts.fill(0);
  for (let i = 0; i < n; i++) counts[(temp[i] >>> 16) + 1]++;
  for (let c = 1; c <= 0x10000; c++) counts[c] += counts[c - 1];
  for (let i = 0; i < n; i++) values[counts[temp[i] >>> 16]++] = temp[i];
  return values;
}

/**
 * The indices start…end − 1 ordered by `keys[i]` ascending, ties in index order (a stable sort of the indices by key).
 */
export function orderByKey(keys: Uint32Array, start: number, end: number): Uint32Array {
  const n = end - start;
  const order = new Uint32Array(n);
  if (n < 4096) {
    // Few: each key above its index's offset as one number (2³² × 2¹² < 2⁵³), sorted as numbers — the same order.
    const keyed = new Float64Array(n);
    for (let i = 0; i < n; i++) keyed[i] = keys[start + i] * 4096 + i;
    keyed.sort();
    // The offset as the number less its key part: exact (a division by a power of two), and no fmod as % is on doubles.
    for (let i = 0; i < n; i++) order[i] = start + (keyed[i] - Math.floor(keyed[i] / 4096) * 4096);
    return order;
  }
  const temp = new Uint32Array(n);
  const counts = new Uint32Array(0x10001);
  for (let i = start; i < end; i++) counts[(keys[i] & 0xffff) + 1]++;
  for (let c = 1; c <= 0x10000; c++) counts[c] += counts[c - 1];
  for (let i = start; i < end; i++) temp[counts[keys[i] & 0xffff]++] = i;
  counts.fill(0);
  for (let i = start; i < end; i++) counts[(keys[i] >>> 16) + 1]++;
  for (let c = 1; c <= 0x10000; c++) counts[c] += counts[c - 1];
  for (let k = 0; k < n; k++) order[counts[keys[temp[k]] >>> 16]++] = temp[k];
  return order;
}
