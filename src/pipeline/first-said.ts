/**
 * Over all reports: each report's `previous` (the same government's latest earlier report of the same kind in the atlas) and its
 * `newPhrases` — the phrases it sets apart as names (“人工智能+”行动, 《…》 plans) that none of the government's earlier
 * reports in the atlas contains anywhere in its text. What a government says for the first time is read against its
 * own earlier reports only, so a report without an earlier one has no new phrases to show (nothing to compare with).
 * Pure: reads the reports' text, sets two fields on each. One government's reports are compared at a time.
 */
import type { Report } from './types.ts';
import { LineWords } from './words.ts';

/** At most this many phrases per report, best first. */
export const MAX_NEW_PHRASES = 30;

/** A phrase the text marks as a name: in quotation marks or title marks, short, not a sentence. */
const MARKED = /“([^“”\n]{2,20})”|《([^《》\n]{2,40})》|「([^「」\n]{2,20})」/g;
const NOT_A_PHRASE = /[。；！？，：]|^\d+$/;

/*
 * The text a phrase is read from, its clauses: runs of Han characters (and the + of 互联网+ / 人工智能+), cut at every
 * other character — what /[\u3400-\u9fff]+(?:[+＋][\u3400-\u9fff]*)?/g matches (markClauses). A phrase never spans
 * punctuation, a number or a Latin word.
 */
/** Shortest and longest unmarked phrase, in characters. */
const MIN_LENGTH = 3;
const MAX_LENGTH = 12;
/**
 * Characters that end a word as a suffix (市场化, 结构性, 中国式): a phrase starting with one starts inside a word.
 * Characters that begin a word as a prefix (新常态, 双循环): a phrase ending with one ends before its word.
 */
const SUFFIX_CHARS = '化性型式制者率度量感员家界链区省市县乡镇村';
const PREFIX_CHARS = '新老大小双非超反副总';
/** Grammatical words: a phrase neither begins nor ends with one (a phrase is a name, not a clause's joint). */
const FUNCTION_CHARS = '的了和与及或是在对把将被为以于等也都要就更还并又而从向由让使给至其之各每这那此该着得所已再均共些有不比到';
/** Numerals and approximate counts: an unmarked phrase beginning with one is a count (三是, 五年来, 多万人), not a name. */
const NUMERAL_CHARS = '一二三四五六七八九十百千万亿两几第零〇多余';
/** Measure words: a phrase beginning with one alone (项工程 of 十项工程) is the tail of a count. */
const MEASURE_CHARS = '项个条批类种次名所件座台亩户';
/** Affixes that make policy compounds (市场化改革, 结构性改革, 中国式现代化, 新型城镇化, 双循环): the grammar of coined terms. */
const COMPOUND = /[\u3400-\u9fff][化性型式制][\u3400-\u9fff]|^[新双][\u3400-\u9fff]{2}/;

/** A table of UTF-16 code units → 1 for the characters of `chars`: the per-character tests below are read by code. */
function charTable(chars: string): Uint8Array {
  const table = new Uint8Array(0x10000);
  for (let i = 0; i < chars.length; i++) table[chars.charCodeAt(i)] = 1;
  return table;
}
const IS_FUNCTION = charTable(FUNCTION_CHARS);
const IS_NUMERAL = charTable(NUMERAL_CHARS);
const IS_MEASURE = charTable(MEASURE_CHARS);
/** A Han character, as the phrases are read: a code unit of U+3400–U+9FFF (a clause's range). */
const isHan = (code: number) => code >= 0x3400 && code <= 0x9fff;

export interface NewPhrase {
  text: string;
  /** The id of the section where the report first uses it. */
  section: string;
}

export interface PhraseCandidate {
  text: string;
  uses: number;
  /** Where it first stands in the report's text, for ties. */
  at: number;
  /** How the text sets it apart: marks (“…”, 《…》), a 、-joined slogan, or repeated use alone. */
  how: 'marked' | 'slogan' | 'repeated';
  score: number;
}

/** The key of a report's government: its code, or its name and parents where it has none (a 管委会 area). */
export const governmentOf = (r: Report): string | null => (r.place ? (r.place.code ?? `${r.place.name}@${r.place.parents.map((p) => p.name).join('/')}`) : null);

/** The report's text as one string per section, headings included, for finding phrases and where they stand. */
function sectionTexts(r: Report): { id: string; text: string }[] {
  return r.sections.map((s) => ({ id: s.id, text: `${s.title}\n${s.paragraphs.map((p) => p.text).join('\n')}` }));
}

/** A test that holds at every position (TextIndex.starts without one). */
const anywhere = () => true;
/** Whether `s` stands in `text` at `at`, its first two characters known to (startsWith, read by code unit). */
function sameAfterPair(text: string, at: number, s: string): boolean {
  if (at + s.length > text.length) return false;
  for (let k = 2; k < s.length; k++) if (text.charCodeAt(at + k) !== s.charCodeAt(k)) return false;
  return true;
}
/*
 * TextIndex's loops, each a function of its own (see repeatedPhrases: no code compiled inside a loop runs on after it).
 */
/** Numbers the text's code units as first met (ids: unit → number, 0 for none yet) into `codes`; gives how many. */
function numberCodes(text: string, ids: Int32Array, codes: Int32Array): number {
  let size = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    let id = ids[c];
    if (id === 0) ids[c] = id = ++size;
    codes[i] = id;
  }
  return size;
}
/**
 * The first `n` positions of a text of numbered characters, each as its pair × span + its position, in order. The
 * positions in order of their pairs by two stable counting passes (by the second character, then the first), so ties
 * stay in position order: the same entries as sorting the numbers, in a time linear in the text.
 */
function keyedByPair(codes: Int32Array, n: number, alphabet: number, span: number): Float64Array {
  const bySecond = new Int32Array(n);
  const ordered = new Int32Array(n);
  const next = new Int32Array(alphabet + 1);
  countCodes(codes, 1, n, next);
  runStarts(next);
  orderBySecond(codes, n, next, bySecond);
  next.fill(0);
  countCodes(codes, 0, n, next);
  runStarts(next);
  orderByFirst(codes, bySecond, n, next, ordered);
  const keyed = new Float64Array(n);
  keyPositions(codes, ordered, alphabet, span, keyed);
  return keyed;
}
/** next[c + 1] = how many of the `n` codes from `offset` are c (a counting sort's counts). */
function countCodes(codes: Int32Array, offset: number, n: number, next: Int32Array): void {
  for (let i = 0; i < n; i++) next[codes[i + offset] + 1]++;
}
/** Counts into where each character's run starts: their sums so far. */
function runStarts(next: Int32Array): void {
  for (let c = 1; c < next.length; c++) next[c] += next[c - 1];
}
function orderBySecond(codes: Int32Array, n: number, next: Int32Array, bySecond: Int32Array): void {
  for (let i = 0; i < n; i++) bySecond[next[codes[i + 1]]++] = i;
}
function orderByFirst(codes: Int32Array, bySecond: Int32Array, n: number, next: Int32Array, ordered: Int32Array): void {
  for (let k = 0; k < n; k++) ordered[next[codes[bySecond[k]]]++] = bySecond[k];
}
function keyPositions(codes: Int32Array, ordered: Int32Array, alphabet: number, span: number, keyed: Float64Array): void {
  for (let k = 0; k < keyed.length; k++) {
    const i = ordered[k];
    keyed[k] = (codes[i] * alphabet + codes[i + 1]) * span + i;
  }
}

/**
 * Where strings stand in one text, found through an index of the text's pairs of characters: each question about a
 * phrase (where it stands, how often, what is around each use) reads the few places its first two characters stand,
 * not the whole text. Why: a report has thousands of candidate phrases, and scanning its text once per phrase was most
 * of the time spent on what a report says for the first time. Answers are those of indexOf, use after use.
 */
export class TextIndex {
  readonly text: string;
  /** Character (UTF-16 unit) → a small number (0: not in the text), so that a pair of them is one small integer. */
  private readonly ids = new Int32Array(0x10000);
  /** Every position but the last, ordered by the pair of characters that starts there, then by position. */
  private readonly byPair: Float64Array;
  private readonly alphabet: number;
  /** A power of two above every position: an entry is its pair × span + its position, an exact integer. */
  private readonly span: number;
  constructor(text: string) {
    this.text = text;
    const codes = new Int32Array(text.length);
    const size = numberCodes(text, this.ids, codes);
    this.alphabet = size + 1;
    this.span = 2 ** Math.ceil(Math.log2(text.length + 1));
    // One number per position, its pair then its position, sorted as numbers (a text too varied for exact integers
    // is searched with indexOf).
    const exact = this.alphabet * this.alphabet * this.span <= Number.MAX_SAFE_INTEGER;
    const n = exact ? Math.max(0, text.length - 1) : 0;
    this.byPair = keyedByPair(codes, n, this.alphabet, this.span);
  }
  /** Answers of positions, kept: a candidate phrase is asked about three or four times (its edges, its uses, its count). */
  private readonly found = new Map<string, readonly number[]>();
  /** Every start of `s` in the text, overlapping ones included, in order (indexOf from each start + 1). */
  positions(s: string): readonly number[] {
    let at = this.found.get(s);
    if (!at) this.found.set(s, (at = this.starts(s, Infinity)!));
    return at;
  }
  /**
   * Whether `test` holds at every start of `s` (true where there is none), stopped at the first where it does not:
   * a phrase that fails at its first uses is not looked for through the rest of the text. The starts are kept (as
   * positions) where it holds at all.
   */
  everyStart(s: string, test: (at: number) => boolean): boolean {
    const known = this.found.get(s);
    if (known) return known.every(test);
    const at = this.starts(s, Infinity, test);
    if (at === null) return false;
    this.found.set(s, at);
    return true;
  }
  /** Whether `s` stands in the text (as includes): its positions, stopped at the first. */
  has(s: string): boolean {
    return this.starts(s, 1)!.length > 0;
  }
  /** The first `limit` starts of `s`, in order; null at the first where `test` does not hold. */
  private starts(s: string, limit: number, test: (at: number) => boolean = anywhere): number[] | null {
    const out: number[] = [];
    if (s.length < 2 || this.byPair.length < this.text.length - 1) {
      for (let at = this.text.indexOf(s); at >= 0 && out.length < limit; at = this.text.indexOf(s, at + 1)) {
        if (!test(at)) return null;
        out.push(at);
      }
      return out;
    }
    const a = this.ids[s.charCodeAt(0)];
    const b = this.ids[s.charCodeAt(1)];
    if (a === 0 || b === 0) return out;
    const from = (a * this.alphabet + b) * this.span;
    // The first entry of the pair, by binary search; then its entries, in position order.
    let lo = 0;
    let hi = this.byPair.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.byPair[mid] < from) lo = mid + 1;
      else hi = mid;
    }
    for (let k = lo; k < this.byPair.length && this.byPair[k] < from + this.span && out.length < limit; k++) {
      const i = this.byPair[k] - from;
      if (s.length !== 2 && !sameAfterPair(this.text, i, s)) continue;
      if (!test(i)) return null;
      out.push(i);
    }
    return out;
  }
  /** How many times `s` stands in the text, each use counted after the last one ends (as indexOf from its end). */
  count(s: string): number {
    let n = 0;
    let next = 0;
    for (const i of this.positions(s)) {
      if (i < next) continue;
      n++;
      next = i + s.length;
    }
    return n;
  }
}

/** The marked phrases of a report, each with its section and how often the report uses it, best first. */
export function markedPhrases(r: Report, sections = sectionTexts(r), index = new TextIndex(sections.map((s) => s.text).join('\n'))): (NewPhrase & { uses: number; at: number })[] {
  const found = new Map<string, NewPhrase & { uses: number; at: number }>();
  let at = 0;
  for (const s of sections) {
    for (const m of s.text.matchAll(MARKED)) {
      const text = (m[1] ?? m[2] ?? m[3]).trim();
      if (NOT_A_PHRASE.test(text) || found.has(text)) continue;
      found.set(text, { text, section: s.id, uses: index.count(text), at: at++ });
    }
  }
  return [...found.values()].sort((a, b) => b.uses - a.uses || a.at - b.at);
}

/** Whether an unmarked phrase could be a name: it begins and ends at a word's edge, and holds no count. */
export function wellFormed(text: string): boolean {
  const first = text[0];
  const last = text[text.length - 1];
  if (text.length < MIN_LENGTH || text.length > MAX_LENGTH) return false;
  if (SUFFIX_CHARS.includes(first) || FUNCTION_CHARS.includes(first) || NUMERAL_CHARS.includes(first)) return false;
  if (PREFIX_CHARS.includes(last) || FUNCTION_CHARS.includes(last) || last === '第') return false;
  // 第三 inside, or a number word at the end (提高两个), is a count, not a name; 的 joins a clause, not a name.
  if (/第[一二三四五六七八九十]|[一二三四五六七八九十两几][个项条年次]$|的/.test(text)) return false;
  return true;
}

/**
 * Two single characters are one word the dictionary does not know (疫|情 of 疫情, 构|建 of 构建) when one of them
 * stands beside the other in most of its single-character uses: so often together, they are not two words.
 */
const BOUND_SHARE = 0.7;
/** How many times two single characters must stand together before they are read as one word. */
const BOUND_MIN_USES = 2;

/**
 * Word edges of a text by ICU's dictionary segmentation (the segmenter search uses): edges[i] is 1 where a word begins
 * at i. A word the dictionary does not know comes out as single characters, so every position inside it is an edge:
 * the test below refuses only cuts through words the dictionary knows (社会主 of 社会主义, 建设国 of 建设国家), and
 * through the text's own two-character words that ICU cuts in two (情冲击 of 疫情冲击): pairs of single characters
 * that stand together in most of their uses (BOUND_SHARE) are joined first.
 */
export function wordEdges(text: string, words = new LineWords()): { edges: Uint8Array; single: Uint8Array } {
  const edges = new Uint8Array(text.length + 1);
  const single = new Uint8Array(text.length + 1);
  // Uses of each single character and of each pair of them standing together, keyed by code unit (a pair's two as
  // one number): the text holds tens of thousands of them, and numbers are cheaper keys than strings cut out of it.
  const uses: SingleUses = { singles: new Int32Array(0x10000), pairs: new Map(), last: -2 };
  // The words of each line (words.ts), and the line break after it as a word of one character.
  let at = 0;
  for (const line of words.linesOf(text)) {
    at = markLineWords(text, line, at, edges, single, uses);
    if (at < text.length) edges[at] = single[at++] = 1;
  }
  edges[text.length] = 1;
  joinBoundPairs(text, edges, single, uses);
  return { edges, single };
}
/*
 * wordEdges' loops, each a function of its own (see repeatedPhrases: no code compiled inside a loop runs on after it).
 */
/** Uses of single Han characters (by code unit) and of pairs of them standing together (pairKey), and where the last one stood. */
interface SingleUses { singles: Int32Array; pairs: Map<number, number>; last: number }
/**
 * A pair of Han characters (isHan) as one number below 2³⁰: a small integer, which a Map hashes as it is (a key above
 * 2³¹ is a number boxed on the heap, and hashed as one).
 */
const pairKey = (a: number, b: number) => (a - 0x3400) * 0x6c00 + (b - 0x3400);
/** Marks the edges of one line's words, from `at`, and counts its single characters; gives where the line ends. */
function markLineWords(text: string, line: string[], at: number, edges: Uint8Array, single: Uint8Array, uses: SingleUses): number {
  const { singles, pairs } = uses;
  let index = at;
  for (let k = 0; k < line.length; k++) {
    const w = line[k];
    const start = index;
    index += w.length;
    edges[start] = 1;
    if (w.length !== 1) continue;
    single[start] = 1;
    const code = text.charCodeAt(start);
    if (!isHan(code) || IS_FUNCTION[code]) continue;
    singles[code]++;
    if (uses.last === start - 1) {
      const key = pairKey(text.charCodeAt(uses.last), code);
      pairs.set(key, (pairs.get(key) ?? 0) + 1);
    }
    uses.last = start;
  }
  return index;
}
/** Joins the pairs of single characters that stand together in most of their uses into one word. */
function joinBoundPairs(text: string, edges: Uint8Array, single: Uint8Array, uses: SingleUses): void {
  for (let i = 0; i + 1 < text.length; i++) {
    // Joined once: the second character of a joined pair does not begin another.
    if (single[i] && single[i + 1] && edges[i + 1] && bound(uses, text.charCodeAt(i), text.charCodeAt(i + 1))) {
      edges[i + 1] = 0;
      single[i] = single[i + 1] = 0;
      i++;
    }
  }
}
function bound(uses: SingleUses, a: number, b: number): boolean {
  // Only pairs of Han characters are counted (pairKey is theirs alone).
  if (!isHan(a) || !isHan(b)) return false;
  const n = uses.pairs.get(pairKey(a, b)) ?? 0;
  return n >= BOUND_MIN_USES && Math.max(n / uses.singles[a], n / uses.singles[b]) >= BOUND_SHARE;
}

/** What ends a clause or an item of a list: after one, a phrase is complete. */
const CLAUSE_END = '，。；：！？、\n';
/**
 * Words that close clauses in this text: the words (between edges) that stand before a clause's end in at least
 * CLOSING_SHARE of their uses, at least CLOSING_MIN_USES times — the heads of noun phrases (机制, 体系, 方式).
 */
const CLOSING_SHARE = 0.3;
const CLOSING_MIN_USES = 2;
const IS_CLAUSE_END = charTable(CLAUSE_END);
export function closingWords(text: string, w: { edges: Uint8Array }): Set<string> {
  // Each word (beginning with a Han character, isHan) numbered as first met, its uses and closing uses counted by number.
  const words = countEdges(w.edges, text.length);
  const numbers = new SpanIds(text, words);
  const uses = new Int32Array(words);
  const closing = new Int32Array(words);
  countClosingUses(text, w.edges, numbers, uses, closing);
  return closingOf(numbers, uses, closing);
}
// closingWords' loops, each a function of its own (see repeatedPhrases: no code compiled inside a loop runs on after it).
/** The edges at 1..length: how many words the text holds. */
function countEdges(edges: Uint8Array, length: number): number {
  let words = 0;
  for (let i = 1; i <= length; i++) words += edges[i];
  return words;
}
function countClosingUses(text: string, edges: Uint8Array, numbers: SpanIds, uses: Int32Array, closing: Int32Array): void {
  for (let start = 0, i = 1; i <= text.length; i++) {
    if (!edges[i]) continue;
    if (isHan(text.charCodeAt(start))) {
      const k = numbers.idOf(start, i);
      uses[k]++;
      if (i === text.length || IS_CLAUSE_END[text.charCodeAt(i)]) closing[k]++;
    }
    start = i;
  }
}
function closingOf(numbers: SpanIds, uses: Int32Array, closing: Int32Array): Set<string> {
  const out = new Set<string>();
  for (let k = 0; k < numbers.size; k++) if (closing[k] >= CLOSING_MIN_USES && closing[k] >= uses[k] * CLOSING_SHARE) out.add(numbers.textOf(k));
  return out;
}

/**
 * Ids of the distinct strings standing at spans of one text, numbered in the order they are first asked for: a table
 * of open addressing over the text's own characters. Why not a Map keyed by each string: cutting every word out of
 * the text to look it up was most of what finding the closing words cost.
 */
class SpanIds {
  private readonly text: string;
  /** Each id's first span. */
  private readonly starts: Int32Array;
  private readonly ends: Int32Array;
  /** Slot → id + 1 (0: empty). */
  private readonly slots: Int32Array;
  private readonly mask: number;
  size = 0;
  /** For at most `capacity` distinct strings. */
  constructor(text: string, capacity: number) {
    this.text = text;
    this.starts = new Int32Array(capacity);
    this.ends = new Int32Array(capacity);
    let slots = 16;
    while (slots < 2 * capacity) slots *= 2;
    this.slots = new Int32Array(slots);
    this.mask = slots - 1;
  }
  /** The id of the string at text[start, end), a new one if it was not asked for before. */
  idOf(start: number, end: number): number {
    const text = this.text;
    let hash = 0x811c9dc5;
    for (let i = start; i < end; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
    for (let slot = hash & this.mask; ; slot = (slot + 1) & this.mask) {
      const entry = this.slots[slot];
      if (entry === 0) {
        const id = this.size++;
        this.starts[id] = start;
        this.ends[id] = end;
        this.slots[slot] = id + 1;
        return id;
      }
      const id = entry - 1;
      if (this.ends[id] - this.starts[id] === end - start && this.same(this.starts[id], start, end - start)) return id;
    }
  }
  textOf(id: number): string {
    return this.text.slice(this.starts[id], this.ends[id]);
  }
  private same(a: number, b: number, length: number): boolean {
    for (let k = 0; k < length; k++) if (this.text.charCodeAt(a + k) !== this.text.charCodeAt(b + k)) return false;
    return true;
  }
}

/**
 * Whether an unmarked phrase stands as a name of its own in the text: it does not begin with a word that closes
 * clauses (方式绿色转型 of 发展方式绿色转型, 机制激励企业: the head of one phrase and the start of the next), nor in
 * every use between two single characters (力推动 of 着力推动, where ICU knows neither 着力 nor its parts apart), and it
 * ends a constituent at least once — a clause's end or a function word follows it in some use. A phrase that is always
 * followed by more of its clause is a verb with the head of a longer object (推进制造业 of 推进制造业技术改造,
 * 强化国家 of 强化国家战略科技力量) or a subject with its verb (方式加强), not a name.
 */
function standsAlone(index: TextIndex, phrase: string, w: { edges: Uint8Array; single: Uint8Array }, closing: Set<string>): boolean {
  const text = index.text;
  const uses = index.positions(phrase);
  if (uses.length === 0) return false;
  const at = uses[0];
  let firstEnd = at + 1;
  while (firstEnd < at + phrase.length && !w.edges[firstEnd]) firstEnd++;
  if (closing.has(text.slice(at, firstEnd))) return false;
  // Begun in every use inside a run of single characters (着|力|推动 …): a cut through a word ICU does not know.
  const insideRun = (i: number) => i > 0 && w.single[i] === 1 && w.single[i - 1] === 1 && isHan(text.charCodeAt(i - 1));
  if (uses.every(insideRun)) return false;
  for (const i of uses) {
    const end = i + phrase.length;
    const after = text.charCodeAt(end);
    // A function word stands alone (的, 和); its character at the head of a longer word (要 of 要素) is no joint.
    if (end >= text.length || IS_CLAUSE_END[after] || (IS_FUNCTION[after] && w.single[end])) return true;
  }
  return false;
}

/**
 * Whether every use of the phrase in the text begins and ends at a word's edge, and none begins with a measure word
 * standing alone (项 after a numeral).
 */
function atWordEdges(index: TextIndex, phrase: string, w: { edges: Uint8Array; single: Uint8Array }): boolean {
  const text = index.text;
  const measure = IS_MEASURE[phrase.charCodeAt(0)] === 1;
  return index.everyStart(phrase, (at) => {
    if (!w.edges[at] || !w.edges[at + phrase.length]) return false;
    if (w.single[at] && measure) return false;
    // Right after a number (亿元超长期…, 多万人), a phrase begins with the number's unit: the tail of a count.
    const before = at > 0 ? text.charCodeAt(at - 1) : -1;
    return !(before >= 0 && ((before >= 0x30 && before <= 0x39) || IS_NUMERAL[before]));
  });
}

/**
 * Ids of pairs of small numbers (a string's prefix and its last character, repeatedPhrases), given in the order the
 * pairs are first asked for: a table of open addressing in typed arrays. Why not a Map keyed by one number made of
 * the two: hashing tens of thousands of such keys per level, for every report, was a tenth of what a report's
 * phrase candidates cost.
 */
class PairIds {
  private a = new Int32Array(0);
  private b = new Int32Array(0);
  private id = new Int32Array(0);
  private mask = 0;
  /** Empties the table for at most `n` pairs. */
  clear(n: number): void {
    let size = 16;
    while (size < 2 * n) size *= 2;
    if (size > this.id.length) {
      this.a = new Int32Array(size);
      this.b = new Int32Array(size);
      this.id = new Int32Array(size);
    }
    this.mask = size - 1;
    this.id.fill(-1, 0, size);
  }
  /** The id of (a, b), or `fresh` when the pair is new (then its id). */
  idOf(a: number, b: number, fresh: number): number {
    let slot = (Math.imul(a, 0x9e3779b1) ^ Math.imul(b, 0x85ebca6b)) >>> 0;
    for (slot &= this.mask; ; slot = (slot + 1) & this.mask) {
      const id = this.id[slot];
      if (id < 0) {
        this.a[slot] = a;
        this.b[slot] = b;
        this.id[slot] = fresh;
        return fresh;
      }
      if (this.a[slot] === a && this.b[slot] === b) return id;
    }
  }
}

/**
 * The phrases a report repeats as units: maximal repeats — strings of MIN_LENGTH..MAX_LENGTH characters inside one
 * clause that occur at least twice and that no one character before or after extends without losing an occurrence
 * (so 给侧结构性改 of 供给侧结构性改革 is not one: it always stands inside the longer string). Counted level by level,
 * extending only strings that still repeat, so the work follows the repeated text, not the square of its length.
 */
export function repeatedPhrases(whole: string): Map<string, number> {
  // Each clause's end, by the positions inside it; a string is read only where it fits in its clause.
  const clauseEnd = new Int32Array(whole.length);
  // The positions a string of the current length is read at (the first `startCount` entries), in text order.
  const starts = new Int32Array(whole.length);
  let startCount = markClauses(whole, clauseEnd, starts);
  // A string of each length is a number (its id, in the order it first stands), made from its prefix's id and its
  // last character: the strings are counted without being cut out of the text, level by level.
  const charIds = new Int32Array(0x10000).fill(-1);
  const alphabet = numberCharacters(whole, starts, startCount, charIds);
  const out = new Map<string, number>();
  let prev: Level | null = null;
  const ids = new PairIds();
  // Two position tables in turn: a level reads its prefixes' ids from the one before it, and no level further back.
  let spareIdAt: Int32Array | null = null;
  // The last length each position was read at: whether idAt holds its string of the current length.
  const readAt = new Int32Array(whole.length);
  for (let len = 2; len <= MAX_LENGTH + 1; len++) {
    ids.clear(startCount);
    const idAt: Int32Array = spareIdAt ?? new Int32Array(whole.length);
    spareIdAt = prev ? prev.idAt : null;
    const level: Level = { len, count: 0, counts: new Int32Array(startCount), first: new Int32Array(startCount), idAt };
    const reading: LevelReading = { whole, starts, startCount, clauseEnd, charIds, alphabet, ids, readAt, prefixIdAt: prev ? prev.idAt : null };
    const fits = readLevel(level, reading);
    if (prev) emitRepeats(whole, prev, level, out);
    prev = level;
    startCount = keepRepeating(level, starts, fits, readAt);
    if (startCount === 0 || len > MAX_LENGTH) break;
  }
  if (prev && prev.len <= MAX_LENGTH) emitRepeats(whole, prev, null, out);
  return out;
}

/*
 * repeatedPhrases' loops, each a function of its own with nothing after its loop: V8 compiles a long function while
 * it runs its first hot loop (on-stack replacement), and that code, which knows nothing of what follows the loop,
 * fell back to the interpreter on leaving it — report after report.
 */

/**
 * The strings of one length: `count` ids, each one's uses and first position, and the id of the string at each
 * position read (idAt, defined at those positions only). Typed arrays sized by the positions read, not grown.
 */
interface Level { len: number; count: number; counts: Int32Array; first: Int32Array; idAt: Int32Array }
/** What reading one level of repeatedPhrases reads from: the text, the positions to read and the ids so far. */
interface LevelReading {
  whole: string;
  starts: Int32Array;
  startCount: number;
  clauseEnd: Int32Array;
  charIds: Int32Array;
  alphabet: number;
  ids: PairIds;
  readAt: Int32Array;
  /** The ids of the strings one shorter, by position (none at length 2). */
  prefixIdAt: Int32Array | null;
}

/**
 * Marks each clause's positions (a run of Han characters, and a + with the run after it: see above) with its end,
 * and puts the positions a pair of its characters starts at in `starts`; gives how many. Read by code unit, as the
 * expression matched them.
 */
function markClauses(whole: string, clauseEnd: Int32Array, starts: Int32Array): number {
  let count = 0;
  for (let i = 0; i < whole.length; ) {
    if (!isHan(whole.charCodeAt(i))) {
      i++;
      continue;
    }
    const from = i;
    while (i < whole.length && isHan(whole.charCodeAt(i))) i++;
    if (i < whole.length && (whole.charCodeAt(i) === 0x2b || whole.charCodeAt(i) === 0xff0b)) {
      i++;
      while (i < whole.length && isHan(whole.charCodeAt(i))) i++;
    }
    count = markClause(from, i, clauseEnd, starts, count);
  }
  return count;
}
/** Marks one clause's positions with its end, and adds those a pair starts at to `starts`; gives the new count. */
function markClause(from: number, end: number, clauseEnd: Int32Array, starts: Int32Array, startCount: number): number {
  for (let i = from; i < end; i++) clauseEnd[i] = end;
  let count = startCount;
  for (let i = from; i + 2 <= end; i++) starts[count++] = i;
  return count;
}

/** Numbers the characters of the pairs read, in the order they first stand; gives how many there are. */
function numberCharacters(whole: string, starts: Int32Array, startCount: number, charIds: Int32Array): number {
  let alphabet = 0;
  for (let k = 0; k < startCount; k++) {
    const i = starts[k];
    if (charIds[whole.charCodeAt(i)] < 0) charIds[whole.charCodeAt(i)] = alphabet++;
    if (charIds[whole.charCodeAt(i + 1)] < 0) charIds[whole.charCodeAt(i + 1)] = alphabet++;
  }
  return alphabet;
}

/**
 * Reads the strings of `level.len` at the positions given, where they fit their clause: their ids, uses and first
 * positions. The positions read are kept in `starts` (over what was given) in order; gives how many.
 */
function readLevel(level: Level, r: LevelReading): number {
  const { whole, starts, startCount, clauseEnd, charIds, alphabet, ids, readAt, prefixIdAt } = r;
  const len = level.len;
  const { counts, first, idAt } = level;
  let count = 0;
  let fits = 0;
  for (let k = 0; k < startCount; k++) {
    const i = starts[k];
    if (i + len > clauseEnd[i]) continue;
    const c = charIds[whole.charCodeAt(i + len - 1)];
    const last = c < 0 ? alphabet : c;
    const id = ids.idOf(prefixIdAt === null ? charIds[whole.charCodeAt(i)] : prefixIdAt[i], last, count);
    if (id === count) first[count++] = i;
    counts[id]++;
    idAt[i] = id;
    readAt[i] = len;
    starts[fits++] = i;
  }
  level.count = count;
  return fits;
}

/**
 * Only the strings that repeat are extended at the next length, and only where the string one character on repeats
 * too: a longer string that repeats has both its shorter strings repeat, and every use of each was read at this
 * length (so the repeats' counts and first uses are those of reading every position; what is skipped would stand
 * once). Keeps those positions in `starts`, in order; gives how many.
 */
function keepRepeating(level: Level, starts: Int32Array, fits: number, readAt: Int32Array): number {
  const { counts, idAt, len } = level;
  let kept = 0;
  for (let k = 0; k < fits; k++) {
    const i = starts[k];
    if (counts[idAt[i]] >= 2 && readAt[i + 1] === len && counts[idAt[i + 1]] >= 2) starts[kept++] = i;
  }
  return kept;
}

/** Adds to `out` the repeats of a level that no string of the next one extends with as many uses, in the order they first stand. */
function emitRepeats(whole: string, here: Level, longer: Level | null, out: Map<string, number>): void {
  if (here.len < MIN_LENGTH) return;
  const extended = new Uint8Array(here.count);
  if (longer) markExtended(here, longer, extended);
  addRepeats(whole, here, extended, out);
}
function markExtended(here: Level, longer: Level, extended: Uint8Array): void {
  const { counts, idAt } = here;
  for (let t = 0; t < longer.count; t++) {
    const n = longer.counts[t];
    if (n < 2) continue;
    // Both of the longer string's shorter strings (at `at` and at `at + 1`) repeat, so both were read at this level.
    const at = longer.first[t];
    if (counts[idAt[at]] === n) extended[idAt[at]] = 1;
    if (counts[idAt[at + 1]] === n) extended[idAt[at + 1]] = 1;
  }
}
function addRepeats(whole: string, here: Level, extended: Uint8Array, out: Map<string, number>): void {
  const { counts, first, len, count } = here;
  for (let t = 0; t < count; t++) if (counts[t] >= 2 && !extended[t]) out.set(whole.slice(first[t], first[t] + len), counts[t]);
}

/**
 * Lists of parallel items joined by 、 that the report repeats as a unit (大众创业、万众创新; 稳就业、稳金融): items of one
 * length (2–4 characters) that share a character in the same place, the list read at the length where they share
 * the most.
 */
export function slogans(whole: string): Map<string, number> {
  const text = whole;
  const found = new Map<string, number>();
  for (const m of text.matchAll(/[\u3400-\u9fff]{2,}(?:、[\u3400-\u9fff]{2,})+/g)) {
    const parts = m[0].split('、');
    let best: { len: number; shared: number } | null = null;
    for (let len = 2; len <= 4; len++) {
      const first = parts[0].slice(-len);
      const middle = parts.slice(1, -1);
      const last = parts[parts.length - 1].slice(0, len);
      if (first.length < len || last.length < len || middle.some((p) => p.length !== len)) continue;
      const items = [first, ...middle, last];
      let shared = 0;
      for (let k = 0; k < len; k++) if (items.every((x) => x[k] === items[0][k])) shared++;
      // A shared character that is the whole item's head and nothing else (各、各) is not parallel structure enough.
      if (shared > 0 && shared < len && (!best || shared > best.shared || (shared === best.shared && len > best.len))) best = { len, shared };
    }
    if (!best) continue;
    const items = [parts[0].slice(-best.len), ...parts.slice(1, -1), parts[parts.length - 1].slice(0, best.len)];
    if (!items.every((x) => wellFormedItem(x))) continue;
    const slogan = items.join('、');
    found.set(slogan, (found.get(slogan) ?? 0) + 1);
  }
  for (const [k, n] of found) if (n < 2) found.delete(k);
  return found;
}
/** An item of a slogan begins and ends as a word does (万众创新 may begin with a numeral character; 的发展 may not). */
const wellFormedItem = (x: string) => !FUNCTION_CHARS.includes(x[0]) && !FUNCTION_CHARS.includes(x[x.length - 1]) && !/[第\d]/.test(x[0]);

/**
 * Every phrase a report sets apart, scored: marked by the text (quotes, title marks) or a repeated 、-joined slogan
 * counts most, then a policy compound's grammar (…化…, …性…, 新…), then how often the report uses it. Best first.
 */
export function phraseCandidates(
  r: Report,
  sections = sectionTexts(r),
  index = new TextIndex(sections.map((s) => s.text).join('\n')),
  /** Where the report's lines are cut into words (shared with its search document). */
  words = new LineWords(),
): PhraseCandidate[] {
  const whole = index.text;
  const out = new Map<string, PhraseCandidate>();
  const add = (text: string, uses: number, how: PhraseCandidate['how']) => {
    if (out.has(text)) return;
    // Marks and slogans are the text naming a phrase; a compound's grammar and repeated use make a name likely.
    const score = Math.log2(Math.max(1, uses)) + (how === 'repeated' ? 0 : 2) + (COMPOUND.test(text) ? 1 : 0);
    // The section is found only for the phrases listed (newPhrasesOf): most candidates are said before and dropped.
    out.set(text, { text, uses, at: index.positions(text)[0] ?? -1, how, score });
  };
  for (const m of markedPhrases(r, sections, index)) add(m.text, m.uses, 'marked');
  for (const [text, uses] of slogans(whole)) add(text, uses, 'slogan');
  const edges = wordEdges(whole, words);
  const closing = closingWords(whole, edges);
  const tried = new Set<string>();
  for (const [text, uses] of repeatedPhrases(whole)) {
    if (!atWordEdges(index, text, edges)) continue;
    if (wellFormed(text) && standsAlone(index, text, edges, closing)) add(text, uses, 'repeated');
    // A repeat often carries the verb or object it always stands with (构建新发展格局): its cores, cut at a word's
    // edge, are candidates of their own, and the ranking below prefers the one that reads as a name.
    // Its end is cut only where two known words meet: an unknown word comes out as single characters (稳|岗|返|还),
    // and a cut between two of them would end the phrase inside it.
    const at = index.positions(text)[0] ?? -1;
    for (let k = 1; k < text.length; k++) {
      if (!edges.edges[at + k]) continue;
      const strong = !(edges.single[at + k] && at + k > 0 && edges.single[at + k - 1] && edges.edges[at + k - 1]);
      for (const core of strong ? [text.slice(k), text.slice(0, k)] : [text.slice(k)]) {
        if (core.length < MIN_LENGTH || out.has(core) || tried.has(core)) continue;
        tried.add(core);
        if (wellFormed(core) && atWordEdges(index, core, edges) && standsAlone(index, core, edges, closing)) add(core, index.count(core), 'repeated');
      }
    }
  }
  return [...out.values()].sort((a, b) => b.score - a.score || b.uses - a.uses || b.text.length - a.text.length || a.at - b.at);
}

/** Whether one phrase ends with the other's beginning (推进供给侧结构性 / 供给侧结构性改革): a cut through the other. */
function overlaps(a: string, b: string): boolean {
  for (let k = 2; k < Math.min(a.length, b.length); k++) if (a.endsWith(b.slice(0, k)) || b.endsWith(a.slice(0, k))) return true;
  return false;
}

/**
 * The report's new phrases: its candidates, best first, that no earlier report of its government contains, each
 * neither inside, around nor overlapping one already listed (供给侧结构性改革 once, not also 供给侧). At most MAX_NEW_PHRASES.
 */
export function newPhrasesOf(r: Report, earlier: TextIndex[], candidates?: string[]): NewPhrase[] {
  const chosen: NewPhrase[] = [];
  const sections = sectionTexts(r);
  const whole = sections.map((s) => s.text).join('\n');
  // Whether an earlier report says a phrase: through each one's index of pairs (TextIndex.has), not by scanning their
  // texts joined — a phrase said for the first time was read through every earlier text, up to a decade of them. A
  // phrase with a line break (none is: candidates stand within a line) is looked for in the texts joined, as before.
  let joined: string | undefined;
  const saidBefore = (text: string) =>
    text === '' || text.includes('\n') ? (joined ??= `\n${earlier.map((e) => e.text).join('\n')}`).includes(text) : earlier.some((e) => e.has(text));
  // Whether the report holds a phrase: a scan of its text (includes), which stops at the candidate's first use.
  for (const text of candidates ?? phraseCandidates(r, sections, new TextIndex(whole)).map((c) => c.text)) {
    if (chosen.length >= MAX_NEW_PHRASES) break;
    if (!whole.includes(text) || saidBefore(text)) continue;
    if (chosen.some((p) => p.text.includes(text) || text.includes(p.text) || overlaps(p.text, text))) continue;
    chosen.push({ text, section: sections.find((s) => s.text.includes(text))!.id });
  }
  return chosen;
}

/**
 * Which reports linkReports reads new phrases for: those with an earlier report of their government and kind, of an
 * earlier year (the one a report is shown beside). Known from the reports' government, year and kind alone, so that a
 * large ingest can have each report's candidates made as it is built (phraseCandidates) and only these.
 */
export function readsNewPhrases<T extends Pick<Report, 'place' | 'year' | 'kind'>>(reports: T[]): Set<T> {
  const key = (r: T) => `${governmentOf(r as unknown as Report)}\u0000${r.kind ?? ''}`;
  const earliest = new Map<string, number>();
  for (const r of reports) {
    if (governmentOf(r as unknown as Report) === null || r.year === null) continue;
    earliest.set(key(r), Math.min(earliest.get(key(r)) ?? Infinity, r.year));
  }
  return new Set(reports.filter((r) => governmentOf(r as unknown as Report) !== null && r.year !== null && earliest.get(key(r))! < r.year));
}

/**
 * Each report's previous report and new phrases, over its government's reports. `candidatesOf` gives a report's
 * phrase candidates (phraseCandidates, best first) where they were made already.
 */
export function linkReports(reports: Report[], candidatesOf: (r: Report) => string[] | undefined = () => undefined): void {
  const byGovernment = new Map<string, Report[]>();
  for (const r of reports) {
    r.previous = null;
    r.newPhrases = [];
    const g = governmentOf(r);
    if (g === null || r.year === null) continue;
    byGovernment.set(g, [...(byGovernment.get(g) ?? []), r]);
  }
  for (const list of byGovernment.values()) {
    // Work reports first within a year, so a bulletin or notice of the same year never stands as the "previous" one.
    list.sort((a, b) => a.year! - b.year! || Number(b.kind === '政府工作报告') - Number(a.kind === '政府工作报告') || a.slug.localeCompare(b.slug));
    // The texts of the government's reports of earlier years, each indexed once (TextIndex) for all the later ones.
    const earlier: TextIndex[] = [];
    let lastYear: number | null = null;
    let pending: TextIndex[] = [];
    // The previous report is the latest earlier one of the same kind: a work report is compared with the work report
    // before it, not with a statistical bulletin or a plan of the year between (their phrases still count as said).
    const previousOfKind = new Map<string, Report>();
    let candidates = new Map<string, Report>();
    for (const r of list) {
      if (r.year !== lastYear) {
        // Reports of an earlier year become the baseline only once the year changes: two documents of one year are
        // not "earlier" than each other.
        earlier.push(...pending);
        pending = [];
        for (const [kind, c] of candidates) previousOfKind.set(kind, c);
        candidates = new Map();
        lastYear = r.year;
      }
      const kind = r.kind ?? '';
      r.previous = previousOfKind.get(kind)?.slug ?? null;
      // New phrases are read against every earlier document of the government, and shown beside the previous report
      // of the kind: a document with none (the first bulletin after years of work reports) lists none.
      if (earlier.length && r.previous) r.newPhrases = newPhrasesOf(r, earlier, candidatesOf(r));
      pending.push(new TextIndex(sectionTexts(r).map((s) => s.text).join('\n')));
      if (!candidates.has(kind)) candidates.set(kind, r);
    }
  }
}
