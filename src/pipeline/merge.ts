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
  /**
   * The file's sentence keys (sentenceKeys), when the blocks themselves were set aside to bound memory (a large
   * ingest keeps only these until the file's report is built).
   */
  keys?: Set<string>;
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
 * Groups files that are excerpts of the same report (connected by overlap), in input order. The sentences shared by
 * each pair are counted through an index from sentence to files, so only pairs that share a sentence are looked at:
 * a thousand unrelated reports cost a pass over their sentences, not a million pairwise comparisons.
 */
export function groupExcerpts(files: FileBlocks[]): FileBlocks[][] {
  const parent = files.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i])));
  const keys = files.map((f) => f.keys ?? sentenceKeys(f.blocks));
  const filesWith = new Map<string, number[]>();
  keys.forEach((ks, i) => {
    for (const k of ks) {
      const list = filesWith.get(k);
      if (list) list.push(i);
      else filesWith.set(k, [i]);
    }
  });
  // The government a group is known to be of, kept at its root: grouping is transitive, so a file whose government is
  // unknown must not join two groups of different governments into one (A ~ unknown ~ B would merge A and B).
  const groupCity = files.map((f) => f.city ?? null);
  const groupYear = files.map((f) => f.year ?? null);
  const groupDelivered = files.map((f) => f.delivered ?? null);
  const groupDocs = files.map((f) => new Map<string, number>(f.document === undefined ? [] : [[f.file, f.document]]));
  const clash = <T>(a: T | null, b: T | null) => a !== null && b !== null && a !== b;
  for (let i = 0; i < files.length; i++) {
    const shared = new Map<number, number>();
    for (const k of keys[i]) for (const j of filesWith.get(k)!) if (j > i) shared.set(j, (shared.get(j) ?? 0) + 1);
    for (const [j, n] of [...shared].sort((x, y) => x[0] - y[0])) {
      const ri = find(i);
      const rj = find(j);
      if (ri === rj) continue;
      const ci = groupCity[ri];
      const cj = groupCity[rj];
      if (ci && cj && ci !== cj) continue;
      if (clash(groupYear[ri], groupYear[rj]) || clash(groupDelivered[ri], groupDelivered[rj])) continue;
      if ([...groupDocs[rj]].some(([file, d]) => groupDocs[ri].has(file) && groupDocs[ri].get(file) !== d)) continue;
      const share = n / (Math.min(keys[i].size, keys[j].size) || 1);
      if (n >= MIN_SHARED && share >= MIN_SHARED_SHARE) {
        parent[rj] = ri;
        groupCity[ri] = ci ?? cj;
        groupYear[ri] = groupYear[ri] ?? groupYear[rj];
        groupDelivered[ri] = groupDelivered[ri] ?? groupDelivered[rj];
        for (const [file, d] of groupDocs[rj]) groupDocs[ri].set(file, d);
      }
    }
  }
  const groups = new Map<number, FileBlocks[]>();
  files.forEach((f, i) => {
    const root = find(i);
    groups.set(root, [...(groups.get(root) ?? []), f]);
  });
  return [...groups.values()];
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
