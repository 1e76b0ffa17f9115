/**
 * Sorting 32-bit unsigned numbers by three counting passes of 11 bits each (least significant first, so stable): linear
 * in their count. Why not Uint32Array.prototype.sort: the site data sorts every report's character pairs (tens of
 * thousands a report) for the offline search and again for the term index; V8's typed-array sort was about a tenth of
 * that process's time, these passes a small part of it. Same order. Why 11 bits, not 16 in two passes: each pass
 * clears and sums its counters, and 65,536 of them cost more than a third pass over a report's pairs.
 *
 * Each loop is a function of its own, with nothing after it: a long call is optimized while in its loop (on-stack
 * replacement), before anything after the loop has run, and V8 keeps that code, which then leaves for the interpreter
 * at what follows the loop call after call (about 50 times at 200 reports, each finishing its passes interpreted).
 */

const DIGIT_BITS = 11;
const DIGIT_MASK = (1 << DIGIT_BITS) - 1;
/** The passes: digits at these shifts, the last one 10 bits. */
const SHIFTS = [0, DIGIT_BITS, 2 * DIGIT_BITS];
/** Below this many, the typed array's own sort costs less than the passes. */
const COUNTING_MIN = 1024;

/** counts[d] = where the numbers of digit d at `shift` start, among `keys[from…to − 1]` ordered by it. */
function digitStarts(keys: Uint32Array, from: number, to: number, shift: number, counts: Uint32Array) {
  countDigits(keys, from, to, shift, counts);
  prefixSums(counts);
}
/** counts[d + 1] = how many of `keys[from…to − 1]` have digit d at `shift`. */
function countDigits(keys: Uint32Array, from: number, to: number, shift: number, counts: Uint32Array) {
  counts.fill(0);
  for (let i = from; i < to; i++) counts[((keys[i] >>> shift) & DIGIT_MASK) + 1]++;
}
function prefixSums(counts: Uint32Array) {
  for (let c = 1; c < counts.length; c++) counts[c] += counts[c - 1];
}
/** Moves `from` into `to` in the order of their digit at `shift` (counts: where each digit starts), stably. */
function moveByDigit(from: Uint32Array, to: Uint32Array, n: number, shift: number, counts: Uint32Array) {
  for (let i = 0; i < n; i++) to[counts[(from[i] >>> shift) & DIGIT_MASK]++] = from[i];
}
/** Writes into `to` the indices `from` holds, in the order of their keys' digit at `shift` (counts as above), stably. */
function moveIndicesByDigit(keys: Uint32Array, from: Uint32Array, to: Uint32Array, n: number, shift: number, counts: Uint32Array) {
  for (let k = 0; k < n; k++) to[counts[(keys[from[k]] >>> shift) & DIGIT_MASK]++] = from[k];
}

/** Sorts `values` ascending, in place, as `values.sort()` does; returns it. */
export function sortUint32(values: Uint32Array): Uint32Array {
  const n = values.length;
  if (n < COUNTING_MIN) return values.sort();
  let from: Uint32Array = values;
  let to: Uint32Array = new Uint32Array(n);
  const counts = new Uint32Array(DIGIT_MASK + 2);
  for (const shift of SHIFTS) {
    digitStarts(from, 0, n, shift, counts);
    moveByDigit(from, to, n, shift, counts);
    [from, to] = [to, from];
  }
  // An odd number of passes: the sorted numbers are in the scratch array.
  values.set(from);
  return values;
}

/** start, start + 1, … (n numbers). */
function ascending(start: number, n: number): Uint32Array {
  const indices = new Uint32Array(n);
  for (let i = 0; i < n; i++) indices[i] = start + i;
  return indices;
}

/**
 * The indices start…end − 1 ordered by `keys[i]` ascending, ties in index order (a stable sort of the indices by key).
 */
export function orderByKey(keys: Uint32Array, start: number, end: number): Uint32Array {
  const n = end - start;
  if (n < 4096) {
    const order = new Uint32Array(n);
    // Few: each key above its index's offset as one number (2³² × 2¹² < 2⁵³), sorted as numbers — the same order.
    const keyed = new Float64Array(n);
    for (let i = 0; i < n; i++) keyed[i] = keys[start + i] * 4096 + i;
    keyed.sort();
    // The offset as the number less its key part: exact (a division by a power of two), and no fmod as % is on doubles.
    for (let i = 0; i < n; i++) order[i] = start + (keyed[i] - Math.floor(keyed[i] / 4096) * 4096);
    return order;
  }
  let from: Uint32Array = ascending(start, n);
  let to: Uint32Array = new Uint32Array(n);
  const counts = new Uint32Array(DIGIT_MASK + 2);
  for (const shift of SHIFTS) {
    digitStarts(keys, start, end, shift, counts);
    moveIndicesByDigit(keys, from, to, n, shift, counts);
    [from, to] = [to, from];
  }
  return from;
}
