/**
 * Stage — merge: files that are excerpts of one report become one block list.
 * Overlap is found in the text itself (sentences compared after folding), never in file names. The union keeps
 * reading order; a paragraph present in several files appears once and records every file it came from.
 */
import { compareKey } from './text.ts';
import type { Block } from './types.ts';

export interface FileBlocks {
  file: string;
  blocks: Block[];
  /** City inferred from the file alone, when known: files of different cities never merge. */
  city?: string | null;
  /** Year and delivery date the text states, when known: reports of two years (or sessions) never merge. */
  year?: number | null;
  delivered?: string | null;
  /**
   * Which document of its file this is, when the file holds several (documents.ts): two documents of one file were
   * found distinct already and never merge, nor join one group through a third file.
   */
  document?: number;
}

/** Sentences shorter than this are too generic (boilerplate phrases) to show two files share a text. */
const MIN_SENTENCE = 14;
/** Share of the smaller file's sentences that must also stand in the other file. */
const MIN_SHARED_SHARE = 0.3;
const MIN_SHARED = 3;
/** A truncated paragraph (cut by a page jump) still matches its full copy when this much of it agrees. */
const MIN_PREFIX = 20;

export function blockText(b: Block): string {
  return b.kind === 'paragraph' ? b.text : `${b.number ?? ''}${b.title}${b.body ?? ''}`;
}

export function sentenceKeys(blocks: Block[]): Set<string> {
  const keys = new Set<string>();
  for (const b of blocks) {
    for (const s of blockText(b).split(/[。！？；]/)) {
      const k = compareKey(s);
      if (k.length >= MIN_SENTENCE) keys.add(k);
    }
  }
  return keys;
}

/** How strongly two files overlap: the share of the smaller one's sentences found in the other. */
export function overlap(a: Block[], b: Block[]): { shared: number; share: number } {
  const ka = sentenceKeys(a);
  const kb = sentenceKeys(b);
  let shared = 0;
  for (const k of ka) if (kb.has(k)) shared++;
  const smaller = Math.min(ka.size, kb.size) || 1;
  return { shared, share: shared / smaller };
}

/**
 * A file's sentence keys as numbers: two 32-bit FNV-1a hashes of each key (collisions: about one in 10^19 pairs), the
 * distinct pairs sorted. Why numbers: a large ingest keeps every file's keys until the files are grouped, and forty
 * characters a sentence in a Set cost about thirty times the eight bytes kept here.
 */
export function sentenceHashes(blocks: Block[]): { a: Uint32Array; b: Uint32Array } {
  const keys = [...sentenceKeys(blocks)];
  const a = new Uint32Array(keys.length);
  const b = new Uint32Array(keys.length);
  hashKeys(keys, a, b);
  const order = Array.from(keys, (_, i) => i).sort((x, y) => a[x] - a[y] || b[x] - b[y]);
  const distinct = order.filter((p, i) => i === 0 || a[p] !== a[order[i - 1]] || b[p] !== b[order[i - 1]]);
  return { a: Uint32Array.from(distinct, (p) => a[p]), b: Uint32Array.from(distinct, (p) => b[p]) };
}
/**
 * Each key's two hashes, into `a` and `b`. A function of its own, with nothing after its loop: V8 compiles a long
 * function while it runs its first hot loop (on-stack replacement), and that code fell back to the interpreter on
 * leaving the loop, file after file.
 */
function hashKeys(keys: string[], a: Uint32Array, b: Uint32Array): void {
  for (let j = 0; j < keys.length; j++) {
    const k = keys[j];
    let ha = 0x811c9dc5;
    let hb = 0x01000193 ^ 0x5bd1e995;
    for (let i = 0; i < k.length; i++) {
      const c = k.charCodeAt(i);
      ha = Math.imul(ha ^ c, 0x01000193);
      hb = Math.imul(hb ^ c, 0x5bd1e995) ^ (hb >>> 15);
    }
    a[j] = ha >>> 0;
    b[j] = hb >>> 0;
  }
}

/** What grouping reads of a file besides its keys: its government, year and delivery date, and which document of its file it is. */
export type ExcerptFacts = Pick<FileBlocks, 'file' | 'city' | 'year' | 'delivered' | 'document'>;

/**
 * Sentence keys shared between files, counted for each pair of files that could be excerpts of one report: records
 * (file index, key) in any number of batches, each batch counted on its own (`add`), so the keys of a large corpus can
 * wait on disk in parts (by hash) and be read one part at a time. Pairs that can never join are not counted: two
 * files whose governments, years or delivery dates are both known and differ, or two documents of one file — grouping
 * refuses them whatever they share (a group takes the government, year and date of any file in it), and without them
 * a sentence that a thousand reports of a thousand governments repeat costs a pass over those reports, not a million
 * pairs.
 */
export class SharedSentences {
  /** Per pair of files (i < j, as i × files + j), the keys they share. */
  readonly pairs = new Map<number, number>();
  private readonly facts: ExcerptFacts[];
  /** Files whose government and year are both known, by the two: only such a file's own class can join it. */
  private readonly klass: Int32Array;
  constructor(facts: ExcerptFacts[]) {
    this.facts = facts;
    const classes = new Map<string, number>();
    this.klass = Int32Array.from(facts, (f) => {
      if (!f.city || f.year == null) return -1;
      const key = `${f.city}\u0000${f.year}`;
      let k = classes.get(key);
      if (k === undefined) classes.set(key, (k = classes.size));
      return k;
    });
  }
  /** Whether two files could ever be in one group (see above). */
  private canJoin(i: number, j: number): boolean {
    const x = this.facts[i];
    const y = this.facts[j];
    // As joinExcerpts compares groups: a government named by both and different, a year or date known to both and different.
    const clash = <T>(p: T | null | undefined, q: T | null | undefined) => p != null && q != null && p !== q;
    if ((x.city && y.city && x.city !== y.city) || clash(x.year, y.year) || clash(x.delivered, y.delivered)) return false;
    return !(x.file === y.file && x.document !== undefined && y.document !== undefined && x.document !== y.document);
  }
  private count(i: number, j: number): void {
    if (i > j) [i, j] = [j, i];
    if (!this.canJoin(i, j)) return;
    const key = i * this.facts.length + j;
    this.pairs.set(key, (this.pairs.get(key) ?? 0) + 1);
  }
  /**
   * Counts a batch of records: `file[k]` holds the key (`a[k]`, `b[k]`), each key at most once per file, files in
   * ascending order for any one key.
   */
  add(file: Uint32Array, a: Uint32Array, b: Uint32Array): void {
    const order = sortByKey(a, b);
    for (let start = 0; start < order.length; ) {
      let end = start + 1;
      while (end < order.length && a[order[end]] === a[order[start]] && b[order[end]] === b[order[start]]) end++;
      if (end - start > 1) this.countRun(Array.from(order.subarray(start, end), (k) => file[k]));
      start = end;
    }
  }
  /** The files that hold one key: pairs within a class, and each file of no class with every other. */
  private countRun(files: number[]): void {
    const byClass = new Map<number, number[]>();
    const open: number[] = [];
    for (const f of files) {
      const k = this.klass[f];
      const list = byClass.get(k);
      if (k < 0) open.push(f);
      else if (list) list.push(f);
      else byClass.set(k, [f]);
    }
    for (const list of byClass.values()) for (let x = 0; x < list.length; x++) for (let y = x + 1; y < list.length; y++) this.count(list[x], list[y]);
    for (const [x, f] of open.entries()) {
      for (const g of files) if (this.klass[g] >= 0) this.count(f, g);
      for (const g of open.slice(x + 1)) this.count(f, g);
    }
  }
}

/** The record indices ordered by key (a, then b), records of one key in their own order: a radix sort, 16 bits a pass. */
function sortByKey(a: Uint32Array, b: Uint32Array): Uint32Array {
  let order = new Uint32Array(a.length);
  fillAscending(order);
  let next = new Uint32Array(a.length);
  const counts = new Uint32Array(65537);
  const passes: [Uint32Array, number][] = [[b, 0], [b, 16], [a, 0], [a, 16]];
  for (const [keys, shift] of passes) {
    countDigits16(keys, order, shift, counts);
    digitStarts16(counts);
    moveByDigit16(keys, order, next, shift, counts);
    [order, next] = [next, order];
  }
  return order;
}
/*
 * sortByKey's loops, each a function of its own with nothing after its loop: V8 compiles a long function while it
 * runs its first hot loop (on-stack replacement), and that code fell back to the interpreter on leaving the loop.
 */
function fillAscending(order: Uint32Array): void {
  for (let k = 0; k < order.length; k++) order[k] = k;
}
/** counts[d + 1] = how many records have digit d (16 bits at `shift` of their key). */
function countDigits16(keys: Uint32Array, order: Uint32Array, shift: number, counts: Uint32Array): void {
  counts.fill(0);
  for (let i = 0; i < order.length; i++) counts[((keys[order[i]] >>> shift) & 0xffff) + 1]++;
}
function digitStarts16(counts: Uint32Array): void {
  for (let d = 1; d < counts.length; d++) counts[d] += counts[d - 1];
}
/** The records of `order` into `next` by their digit at `shift`, stably (counts: where each digit starts). */
function moveByDigit16(keys: Uint32Array, order: Uint32Array, next: Uint32Array, shift: number, counts: Uint32Array): void {
  for (let i = 0; i < order.length; i++) {
    const k = order[i];
    next[counts[(keys[k] >>> shift) & 0xffff]++] = k;
  }
}

/**
 * Groups files that are excerpts of the same report (connected by overlap), in input order, from the keys each pair
 * shares (SharedSentences) and how many keys each file has.
 */
export function joinExcerpts(facts: ExcerptFacts[], sizes: ArrayLike<number>, shared: SharedSentences): number[][] {
  const n = facts.length;
  const parent = facts.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i])));
  const sharedWith: [number, number][][] = facts.map(() => []);
  for (const [key, count] of shared.pairs) sharedWith[Math.floor(key / n)].push([key % n, count]);
  // The government a group is known to be of, kept at its root: grouping is transitive, so a file whose government is
  // unknown must not join two groups of different governments into one (A ~ unknown ~ B would merge A and B).
  const groupCity = facts.map((f) => f.city ?? null);
  const groupYear = facts.map((f) => f.year ?? null);
  const groupDelivered = facts.map((f) => f.delivered ?? null);
  const groupDocs = facts.map((f) => new Map<string, number>(f.document === undefined ? [] : [[f.file, f.document]]));
  const clash = <T>(a: T | null, b: T | null) => a !== null && b !== null && a !== b;
  for (let i = 0; i < n; i++) {
    for (const [j, count] of sharedWith[i].sort((x, y) => x[0] - y[0])) {
      const ri = find(i);
      const rj = find(j);
      if (ri === rj) continue;
      const ci = groupCity[ri];
      const cj = groupCity[rj];
      if (ci && cj && ci !== cj) continue;
      if (clash(groupYear[ri], groupYear[rj]) || clash(groupDelivered[ri], groupDelivered[rj])) continue;
      if ([...groupDocs[rj]].some(([file, d]) => groupDocs[ri].has(file) && groupDocs[ri].get(file) !== d)) continue;
      const share = count / (Math.min(sizes[i], sizes[j]) || 1);
      if (count >= MIN_SHARED && share >= MIN_SHARED_SHARE) {
        parent[rj] = ri;
        groupCity[ri] = ci ?? cj;
        groupYear[ri] = groupYear[ri] ?? groupYear[rj];
        groupDelivered[ri] = groupDelivered[ri] ?? groupDelivered[rj];
        for (const [file, d] of groupDocs[rj]) groupDocs[ri].set(file, d);
      }
    }
  }
  const groups = new Map<number, number[]>();
  facts.forEach((_, i) => {
    const root = find(i);
    groups.set(root, [...(groups.get(root) ?? []), i]);
  });
  return [...groups.values()];
}

/**
 * Groups files that are excerpts of the same report (connected by overlap), in input order. The sentences shared by
 * each pair are counted through the keys sorted (SharedSentences), so only pairs that share a sentence and could join
 * are looked at: a thousand unrelated reports cost a pass over their sentences, not a million pairwise comparisons.
 */
export function groupExcerpts(files: FileBlocks[]): FileBlocks[][] {
  const hashes = files.map((f) => sentenceHashes(f.blocks));
  const total = hashes.reduce((n, h) => n + h.a.length, 0);
  const file = new Uint32Array(total);
  const a = new Uint32Array(total);
  const b = new Uint32Array(total);
  let at = 0;
  hashes.forEach((h, i) => {
    file.fill(i, at, at + h.a.length);
    a.set(h.a, at);
    b.set(h.b, at);
    at += h.a.length;
  });
  const shared = new SharedSentences(files);
  shared.add(file, a, b);
  return joinExcerpts(files, hashes.map((h) => h.a.length), shared).map((g) => g.map((i) => files[i]));
}

function sameKey(ka: string, kb: string): boolean {
  if (ka === kb) return true;
  const [short, long] = ka.length <= kb.length ? [ka, kb] : [kb, ka];
  return short.length >= MIN_PREFIX && long.startsWith(short);
}

/** Of two copies of one block, the complete one (a page jump may have cut the other); sources of both. */
function union(a: Block, b: Block): Block {
  const keep = blockText(b).length > blockText(a).length ? b : a;
  const sources = [...new Set([...a.sources, ...b.sources])];
  return { ...keep, sources };
}

/**
 * Merges two block lists in reading order by their longest common subsequence of matching blocks;
 * blocks only one side has are kept where they stand relative to the matches.
 */
export function mergeTwo(a: Block[], b: Block[]): Block[] {
  const n = a.length;
  const m = b.length;
  // Keys once per block: the table below compares every pair.
  const ka = a.map((x) => compareKey(blockText(x)));
  const kb = b.map((x) => compareKey(blockText(x)));
  const same = (i: number, j: number) => a[i].kind === b[j].kind && sameKey(ka[i], kb[j]);
  const dp: Uint32Array[] = Array.from({ length: n + 1 }, () => new Uint32Array(m + 1));
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      dp[i][j] = same(i, j) ? dp[i + 1][j + 1] + 1 : Math.max(dp[i + 1][j], dp[i][j + 1]);
    }
  }
  const out: Block[] = [];
  let i = 0;
  let j = 0;
  while (i < n && j < m) {
    if (same(i, j) && dp[i][j] === dp[i + 1][j + 1] + 1) {
      out.push(union(a[i], b[j]));
      i++;
      j++;
    } else if (dp[i + 1][j] >= dp[i][j + 1]) {
      out.push(a[i++]);
    } else {
      out.push(b[j++]);
    }
  }
  while (i < n) out.push(a[i++]);
  while (j < m) out.push(b[j++]);
  return dropContained(out);
}

/**
 * One layout may split a paragraph that the other keeps whole (a newspaper puts a blank line mid-paragraph). The
 * first part matched the whole one as its prefix; a later part that stands inside a longer block from another file
 * is the same text again: it is dropped, and the longer block records its file as a source.
 */
function dropContained(blocks: Block[]): Block[] {
  const keys = blocks.map((b) => compareKey(blockText(b)));
  const extraSources = blocks.map(() => new Set<string>());
  const dropped = new Set<number>();
  blocks.forEach((b, i) => {
    if (keys[i].length < MIN_PREFIX) return;
    const host = blocks.findIndex(
      (o, k) => k !== i && !dropped.has(k) && keys[k].length > keys[i].length && keys[k].includes(keys[i]) && o.sources.some((s) => !b.sources.includes(s)),
    );
    if (host < 0) return;
    dropped.add(i);
    for (const s of b.sources) extraSources[host].add(s);
  });
  return blocks
    .map((b, i) => (extraSources[i].size ? { ...b, sources: [...new Set([...b.sources, ...extraSources[i]])] } : b))
    .filter((_, i) => !dropped.has(i));
}

/** Merges a group of excerpts, the longest first so that the others are placed against the fullest text. */
export function mergeGroup(group: FileBlocks[]): Block[] {
  const ordered = [...group].sort((x, y) => y.blocks.length - x.blocks.length || x.file.localeCompare(y.file));
  return ordered.slice(1).reduce((acc, f) => mergeTwo(acc, f.blocks), ordered[0].blocks);
}
