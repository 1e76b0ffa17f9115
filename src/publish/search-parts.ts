/**
 * The search index in parts by year, newest first. Why: what one search loads of Pagefind's index grows with the pages
 * it indexes — its metadata lists every page (≈ 17 bytes each, gzipped) and a word's entry lists every page holding it
 * with its locations (≈ 10 KB per common word per 1,000 reports) — so one index of 10,000 reports made a search of
 * 城镇新增就业 load 721 KB. Each part is a Pagefind index of its own of at most `maxReports` reports, so a search loads
 * what one part of a bounded size costs, whatever the corpus: the newest part first (the primary index, `pagefind/`),
 * the next ones merged into the search (Pagefind's mergeIndex) only when the reader asks for more than the parts
 * already searched hold, or filters by a year they do not cover (public/search.js).
 */
import type { ReportSummary } from '../pipeline/types.ts';
import { LEVEL_TIER, TIER_ORDER } from '../pipeline/levels.ts';
import { sortUint32 } from './sort-numbers.ts';

/**
 * Word chunks of at most this many locations (Pagefind's own: 20,000). A part is small, so a common word's entry is
 * small too (城镇 in 500 reports: ≈ 5 KB), and Pagefind's 20,000 would load it with its neighbours (≈ 18 KB a chunk);
 * smaller chunks cost more chunk entries in the metadata every search loads. Measured at 1,000 reports in parts of
 * 500, the bench's three searches: 20,000 → 252/253/171 KB, 12,000 → 244/235/175, 8,000 → 235/229/166, 4,000 →
 * 235/226/174.
 */
export const PART_CHUNK_LOCATIONS = 8000;
/** The manifest of the parts, beside the primary index: public/search.js reads it. */
export const SEARCH_PARTS_FILE = 'atlas-parts.json';
/** Reports per part unless ATLAS_SEARCH_PART_REPORTS says otherwise; see the README's Scale section for the measure. */
export const DEFAULT_PART_REPORTS = 500;

export interface SearchPart {
  /** The part's folder under pagefind/: '' for the primary index, else `parts/<k>/`. */
  path: string;
  /** The prefix of the part's fragment names, so that a result of merged parts says which part it is of. */
  prefix: string;
  slugs: string[];
  /** The years of its reports, newest first; `unknownYear` when some report's year is not known. */
  years: number[];
  unknownYear: boolean;
}

/** What public/search.js needs of a part. */
export interface SearchPartEntry {
  path: string;
  prefix: string;
  reports: number;
  years: number[];
  unknownYear: boolean;
}

type Summary = Pick<ReportSummary, 'slug' | 'year' | 'place'>;

const tierRank = (s: Summary) => {
  const level = s.place?.level;
  return level ? TIER_ORDER.indexOf(LEVEL_TIER[level]) : TIER_ORDER.length;
};

/**
 * The parts: the reports newest year first (within a year the higher tiers — national, provincial … — first, then by
 * slug), cut into as few parts of at most `maxReports` as there can be, as even as they can be. Reports of no known
 * year come last.
 */
export function planSearchParts(summaries: Summary[], maxReports = DEFAULT_PART_REPORTS): SearchPart[] {
  if (!(maxReports >= 1)) throw new Error(`search parts: at most ${maxReports} reports per part is not a positive number`);
  const ordered = [...summaries].sort(
    (a, b) =>
      (a.year === null ? 1 : 0) - (b.year === null ? 1 : 0) || (b.year ?? 0) - (a.year ?? 0) || tierRank(a) - tierRank(b) || (a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0),
  );
  const count = Math.max(1, Math.ceil(ordered.length / maxReports));
  return Array.from({ length: count }, (_, k) => {
    const reports = ordered.slice(Math.round((k * ordered.length) / count), Math.round(((k + 1) * ordered.length) / count));
    return {
      path: k === 0 ? '' : `parts/${k}/`,
      prefix: `p${k}_`,
      slugs: reports.map((r) => r.slug),
      years: [...new Set(reports.map((r) => r.year).filter((y): y is number => y !== null))].sort((a, b) => b - a),
      unknownYear: reports.some((r) => r.year === null),
    };
  });
}

/**
 * The folder, under pagefind/, of the parts' directory (src/publish/pagefind-merge.ts, writePartsDirectory): an index
 * of one page per part but the primary, each holding the pair tokens of its part's text, whose search names the parts
 * that can hold a query. Its pages' fragments are named `dir_<k>` for part k.
 */
export const PARTS_DIRECTORY = 'directory/';

/**
 * A pair of characters as one word of the parts' directory: the two code points in hexadecimal, five digits each, in
 * full-width digits and letters (０４ｅ９４０６ｃｂ３ for 五河). Why: a part holds a query only if it holds each of its
 * character pairs, whatever the words the segmenter cuts (五河县 is 五, 河 and 县 to it, which every part holds); a
 * search names the pairs as words Pagefind's query cutting leaves whole, and full-width forms sort after every word of
 * the reports' indexes (the text is folded to half width), so searching them loads no chunk of those. Keep in step
 * with pairToken in public/search.js.
 */
export function pairToken(a: number, b: number): string {
  const hex = a.toString(16).padStart(5, '0') + b.toString(16).padStart(5, '0');
  return hex.replace(/[0-9a-f]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));
}

/**
 * The pairs of a text as the search page folds it (code points, not UTF-16 units), each as one number (first × 2²¹ +
 * second): a set of numbers is made ten times faster than one of strings over a corpus's text, and only the distinct
 * pairs of a part become tokens (pairTokenOf).
 */
export function addPairs(folded: string, into: Set<number>): void {
  let previous = -1;
  for (let i = 0; i < folded.length; i++) {
    let c = folded.charCodeAt(i);
    if (c >= 0xd800 && c < 0xdc00 && i + 1 < folded.length) c = (c - 0xd800) * 0x400 + (folded.charCodeAt(++i) - 0xdc00) + 0x10000;
    if (previous >= 0) into.add(previous * 0x200000 + c);
    previous = c;
  }
}
export const pairTokenOf = (pair: number): string => pairToken(Math.floor(pair / 0x200000), pair % 0x200000);

/**
 * A report's pairs as its own file, written by the ingest beside its search document (src/publish/report-files.ts):
 * the build joins a part's reports' files into the part's directory words, so no step reads the reports back for them.
 * Little-endian 32-bit words: how many pairs of two BMP characters follow, each as first × 2¹⁶ + second, then every
 * other pair as two words (first, second). ≈ 9,500 pairs, 38 KB, a report of the corpus.
 */
export function encodePairs(pairs: Set<number>): Uint8Array {
  const bmp: number[] = [];
  const other: number[] = [];
  for (const p of pairs) {
    const a = Math.floor(p / 0x200000);
    const b = p % 0x200000;
    if (a < 0x10000 && b < 0x10000) bmp.push(a * 0x10000 + b);
    else other.push(a, b);
  }
  const bytes = new Uint8Array(4 * (1 + bmp.length + other.length));
  const view = new DataView(bytes.buffer);
  view.setUint32(0, bmp.length, true);
  [...bmp, ...other].forEach((w, i) => view.setUint32(4 * (i + 1), w, true));
  return bytes;
}

/**
 * encodePairs of the pairs of several folded texts (addPairs over each), made without a Set: the pairs of two BMP
 * characters (nearly all) as 32-bit numbers in a typed array, sorted and made distinct, the others through a Set. The
 * same pairs as addPairs gives, in another order (which no reader depends on: the build gathers a part's pairs into a
 * Set and sorts its tokens). Why: a Set of numbers above 2³¹ was most of what a report's pairs cost the ingest.
 */
export function encodeTextPairs(texts: string[]): Uint8Array {
  const bmp = new Uint32Array(texts.reduce((n, t) => n + t.length, 0));
  let count = 0;
  const other = new Set<number>();
  for (const folded of texts) count = addTextPairs(folded, bmp, count, other);
  const distinct = distinctSorted(sortUint32(bmp.subarray(0, count)));
  const bytes = new Uint8Array(4 * (1 + distinct.length + 2 * other.size));
  const view = new DataView(bytes.buffer);
  view.setUint32(0, distinct.length, true);
  writeWords(view, 4, distinct);
  writeOtherPairs(view, 4 * (1 + distinct.length), other);
  return bytes;
}
/*
 * encodeTextPairs' loops, each a function of its own: V8 compiles a long function while it runs its first hot loop
 * (on-stack replacement), and that code, which knows nothing of what follows the loop, fell back to the interpreter
 * on leaving it — report after report.
 */
/** Adds the pairs of one folded text: of two BMP characters to `bmp` from `count` (gives the new count), others to `other`. */
function addTextPairs(folded: string, bmp: Uint32Array, count: number, other: Set<number>): number {
  let previous = -1;
  for (let i = 0; i < folded.length; i++) {
    let c = folded.charCodeAt(i);
    if (c >= 0xd800 && c < 0xdc00 && i + 1 < folded.length) c = (c - 0xd800) * 0x400 + (folded.charCodeAt(++i) - 0xdc00) + 0x10000;
    if (previous >= 0) {
      if (previous < 0x10000 && c < 0x10000) bmp[count++] = previous * 0x10000 + c;
      else other.add(previous * 0x200000 + c);
    }
    previous = c;
  }
  return count;
}
/** The distinct values of a sorted array, in place: its first part. */
function distinctSorted(sorted: Uint32Array): Uint32Array {
  let distinct = 0;
  for (let i = 0; i < sorted.length; i++) if (i === 0 || sorted[i] !== sorted[i - 1]) sorted[distinct++] = sorted[i];
  return sorted.subarray(0, distinct);
}
function writeWords(view: DataView, at: number, words: Uint32Array): void {
  for (let k = 0; k < words.length; k++) view.setUint32(at + 4 * k, words[k], true);
}
function writeOtherPairs(view: DataView, from: number, other: Set<number>): void {
  let at = from;
  for (const p of other) {
    view.setUint32(at, Math.floor(p / 0x200000), true);
    view.setUint32(at + 4, p % 0x200000, true);
    at += 8;
  }
}

/** Adds the pairs of one encodePairs file to `into`. */
export function addEncodedPairs(bytes: Uint8Array, into: Set<number>): void {
  if (bytes.byteLength % 4 !== 0 || bytes.byteLength < 4) throw new Error(`search parts: a pairs file of ${bytes.byteLength} bytes is not one encodePairs wrote`);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const count = view.getUint32(0, true);
  const words = bytes.byteLength / 4;
  if (1 + count > words || (words - 1 - count) % 2 !== 0) throw new Error(`search parts: a pairs file of ${words} words cannot hold ${count} pairs and the rest`);
  for (let i = 1; i <= count; i++) {
    const w = view.getUint32(i * 4, true);
    into.add(Math.floor(w / 0x10000) * 0x200000 + (w % 0x10000));
  }
  for (let i = 1 + count; i < words; i += 2) into.add(view.getUint32(i * 4, true) * 0x200000 + view.getUint32(i * 4 + 4, true));
}

export function searchPartsManifest(parts: SearchPart[]): { parts: SearchPartEntry[]; directory: string | null } {
  return {
    parts: parts.map((p) => ({ path: p.path, prefix: p.prefix, reports: p.slugs.length, years: p.years, unknownYear: p.unknownYear })),
    directory: parts.length > 1 ? PARTS_DIRECTORY : null,
  };
}
