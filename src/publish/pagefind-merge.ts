/**
 * Merges Pagefind bundles built over disjoint sets of pages into one bundle, as if Pagefind had read every page in one
 * run. Why: Pagefind's indexer holds every page's segmented words until it writes — about 7.5 MB per Chinese report
 * page, 7.5 GB for a thousand — so the build indexes the pages in batches of bounded size and merges the batches here,
 * keeping memory bounded, while the browser still loads one index (one entry file, one metadata file, word chunks
 * found by range) and Pagefind's ranking sees every page, as with a single run.
 *
 * The bundle format is Pagefind's (1.x): gzip of "pagefind_dcd" + CBOR. The metadata lists pages (fragment hash, word
 * count, group), word-index chunks (first word, last word, file), filters (name, file), sorts and meta field names;
 * a chunk holds words in UTF-8 byte order, each with its pages (page number delta-encoded within the word, word
 * locations, meta-field locations) and diacritic variants; a filter file maps each value to page numbers. Merging
 * renumbers pages (batch b's pages follow batch b-1's), merges the words of all batches in one ordered pass (one chunk
 * per batch in memory at a time), re-chunks them as Pagefind does (20,000 locations per chunk), merges filter values,
 * and copies fragments, which do not carry page numbers.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { CborReader, decodeCbor, encodeCbor, RawCbor, type CborValue } from './cbor.ts';
import { linkOrCopy } from '../build/files.ts';

const SIGNATURE = 'pagefind_dcd';
/** Pagefind's own chunk size: a chunk closes once its words hold this many locations (pagefind/src/index/mod.rs). */
export const CHUNK_LOCATIONS = 20000;

type Page = [number, RawCbor, number[]]; // page number, word locations (kept as their CBOR bytes), meta-field locations
type Variant = [string, Page[]];
type Word = [string, Page[], Variant[]];
type MetaPage = [string, number, string]; // fragment hash, word count, fragment group
type MetaChunk = [string, string, string]; // from, to, file hash
type Meta = [string, MetaPage[], MetaChunk[], [string, string][], [string, number[]][], string[]];

interface Entry {
  version: string;
  languages: Record<string, { hash: string; wasm: string | null; page_count: number }>;
  include_characters?: string[];
}

function pagefindPayload(path: string): Uint8Array {
  const raw = gunzipSync(readFileSync(path));
  if (raw.subarray(0, SIGNATURE.length).toString('latin1') !== SIGNATURE) throw new Error(`${path}: not a Pagefind file`);
  return raw.subarray(SIGNATURE.length);
}
export function readPagefindFile(path: string): CborValue {
  return decodeCbor(pagefindPayload(path));
}

/** One filter's values in an index and the pages of each (a filter file named by the metadata's hash). */
function readFilterValues(dir: string, hash: string): [string, number[]][] {
  const [, list] = readPagefindFile(join(dir, 'filter', `${hash}.pf_filter`)) as unknown as [string, [string, number[]][]];
  return list;
}

/** One filter's file (its values, in Pagefind's order, each with its pages) under `out/filter/`; its entry in the metadata. */
function writeFilter(out: string, language: string, names: Names, filter: string, values: Map<string, number[]>): [string, string] {
  const bytes = pagefindBytes([filter, [...values].sort((a, b) => compareCodePoints(a[0], b[0]))] as CborValue);
  const name = names.name(language, bytes);
  writeFileSync(join(out, 'filter', `${name}.pf_filter`), bytes);
  return [filter, name];
}

/** The words of a chunk file, their locations left as bytes (they are written back unchanged). */
function readChunkWords(path: string): Word[] {
  const r = new CborReader(pagefindPayload(path));
  const fields = (n: number, what: string) => {
    if (r.arrayLength() !== n) throw new Error(`Pagefind merge: ${path}: a ${what} that is not as Pagefind 1.x writes it`);
  };
  const pages = (): Page[] => {
    const out: Page[] = new Array(r.arrayLength());
    for (let i = 0; i < out.length; i++) {
      fields(3, 'page entry');
      const page = r.integer();
      const locations = r.raw();
      const meta: number[] = new Array(r.arrayLength());
      for (let m = 0; m < meta.length; m++) meta[m] = r.integer();
      out[i] = [page, locations, meta];
    }
    return out;
  };
  fields(1, 'chunk');
  const words: Word[] = new Array(r.arrayLength());
  for (let w = 0; w < words.length; w++) {
    fields(3, 'word');
    const word = r.text();
    const wordPages = pages();
    const variants: Variant[] = new Array(r.arrayLength());
    for (let v = 0; v < variants.length; v++) {
      fields(2, 'variant');
      variants[v] = [r.text(), pages()];
    }
    words[w] = [word, wordPages, variants];
  }
  r.end();
  return words;
}
function pagefindPlain(value: CborValue): Buffer {
  const body = encodeCbor(value);
  const out = Buffer.alloc(SIGNATURE.length + body.length);
  out.write(SIGNATURE, 0, 'latin1');
  out.set(body, SIGNATURE.length);
  return out;
}
/**
 * Gzip level 3, not Pagefind's 6: the merge is the build's last step, and level 3 halves its compression time (0.38 s
 * instead of 0.85 s at 200 reports) for word chunks 8 % larger — about 2 KB more per chunk a search loads.
 */
const pagefindBytes = (value: CborValue, level = 3): Buffer => gzipSync(pagefindPlain(value), { level });

/** Compares strings in code-point order, which is the UTF-8 byte order Pagefind (Rust) sorts and looks words up in. */
export function compareCodePoints(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const x = a.charCodeAt(i);
    const y = b.charCodeAt(i);
    if (x === y) continue;
    const xs = x >= 0xd800 && x <= 0xdfff;
    const ys = y >= 0xd800 && y <= 0xdfff;
    // A surrogate stands for a code point above U+FFFF, so it sorts after every other UTF-16 unit.
    if (xs !== ys) return xs ? 1 : -1;
    return x - y;
  }
  return a.length - b.length;
}

/** Short content-derived file names as Pagefind makes them (language_ + 7 hex), lengthened on a collision. */
class Names {
  private used = new Set<string>();
  reserve(name: string) {
    this.used.add(name);
  }
  name(stem: string, bytes: Uint8Array): string {
    const full = createHash('sha256').update(bytes).digest('hex');
    for (let n = 7; n <= full.length; n++) {
      const name = `${stem}_${full.slice(0, n)}`;
      if (!this.used.has(name)) {
        this.used.add(name);
        return name;
      }
    }
    throw new Error('Pagefind merge: identical files named twice');
  }
}

/** Words of one batch in order, one decoded chunk at a time, with pages renumbered into the merged numbering. */
class BatchWords {
  private chunk: Word[] = [];
  private at = 0;
  private next = 0;
  private dir: string;
  private chunks: MetaChunk[];
  private offset: number;
  private fieldIds: number[];
  constructor(dir: string, chunks: MetaChunk[], offset: number, fieldIds: number[]) {
    this.dir = dir;
    this.chunks = chunks;
    this.offset = offset;
    this.fieldIds = fieldIds;
  }
  peek(): Word | undefined {
    while (this.at >= this.chunk.length) {
      if (this.next >= this.chunks.length) return undefined;
      const file = join(this.dir, 'index', `${this.chunks[this.next++][2]}.pf_index`);
      this.chunk = readChunkWords(file).map((w) => this.renumber(w));
      this.at = 0;
    }
    return this.chunk[this.at];
  }
  take(): Word {
    const w = this.peek();
    if (!w) throw new Error('Pagefind merge: no word left');
    this.at++;
    return w;
  }
  /** In place: each chunk's words are read for this merge alone (fewer arrays made, less for the collector). */
  private renumberPages(pages: Page[]): void {
    let last = 0;
    for (const page of pages) {
      last += page[0];
      page[0] = last + this.offset;
      const meta = page[2];
      for (let i = 0; i < meta.length; i++) if (meta[i] < 0) meta[i] = -(this.fieldIds[-meta[i] - 1] + 1);
    }
  }
  private renumber(w: Word): Word {
    this.renumberPages(w[1]);
    for (const v of w[2]) this.renumberPages(v[1]);
    return w;
  }
}

/** Page numbers back to deltas within a word, in place (the chunk is written once, then dropped). */
function deltaPages(pages: Page[]): Page[] {
  let last = 0;
  for (const page of pages) {
    const n = page[0];
    page[0] = n - last;
    last = n;
  }
  return pages;
}
function locationCount(w: Word): number {
  let n = w[2].length;
  for (const p of w[1]) n += p[1].arrayLength + p[2].length + 1;
  for (const v of w[2]) for (const p of v[1]) n += p[1].arrayLength + p[2].length + 1;
  return n;
}

/** The shortest distinguishing prefixes of the last word of one chunk and the first of the next (as Pagefind does). */
function prefixes(a: string, b: string): [string, string] {
  const ca = Array.from(a);
  const cb = Array.from(b);
  let common = 0;
  while (common < ca.length && common < cb.length && ca[common] === cb[common]) common++;
  return [ca.slice(0, common + 1).join(''), cb.slice(0, common + 1).join('')];
}

/** Words, in order, into chunk files cut as Pagefind cuts them; `finish` gives the chunk list the metadata names. */
class ChunkWriter {
  private chunk: Word[] = [];
  private size = 0;
  private chunks: MetaChunk[] = [];
  private out: string;
  private language: string;
  private names: Names;
  private chunkLocations: number;
  constructor(out: string, language: string, names: Names, chunkLocations: number) {
    this.out = out;
    this.language = language;
    this.names = names;
    this.chunkLocations = chunkLocations;
  }
  add(word: Word) {
    this.chunk.push(word);
    this.size += locationCount(word);
    if (this.size >= this.chunkLocations) this.flush();
  }
  private flush() {
    for (const [, p, v] of this.chunk) {
      deltaPages(p);
      for (const [, vp] of v) deltaPages(vp);
    }
    const bytes = pagefindBytes([this.chunk] as unknown as CborValue);
    const name = this.names.name(this.language, bytes);
    writeFileSync(join(this.out, 'index', `${name}.pf_index`), bytes);
    this.chunks.push([this.chunk[0][0], this.chunk[this.chunk.length - 1][0], name]);
    this.chunk = [];
    this.size = 0;
  }
  finish(): MetaChunk[] {
    if (this.chunk.length) this.flush();
    const chunks = this.chunks;
    for (let i = 0; i + 1 < chunks.length; i++) {
      const [to, from] = prefixes(chunks[i][1], chunks[i + 1][0]);
      if (compareCodePoints(to, chunks[i][0]) >= 0) chunks[i][1] = to;
      chunks[i + 1][0] = from;
    }
    return chunks;
  }
}

export interface MergeResult {
  pages: number;
  words: number;
  chunks: number;
}

export interface MergeOptions {
  /** Pagefind's word-chunk size, in locations (Pagefind's own by default). */
  chunkLocations?: number;
  /** Copy the engine (pagefind.js, its worker, the wasm …): false for an index only ever merged into another's search. */
  engine?: boolean;
  /**
   * Name the fragments `<stem>_<hash>` rather than as the batches named them: a result's id is its fragment's name,
   * so a search over several merged indexes can tell which index each result is of (src/publish/search-parts.ts).
   */
  fragmentStem?: string;
}

/**
 * Merges the bundles in `batches` (each a Pagefind output folder, in page order) into `out`, which is emptied first.
 * `publishAs` renames languages: an index built as one language (see src/publish/search-documents.ts) is published as
 * another, the one the search page asks for. Throws on what it cannot merge faithfully: different Pagefind versions,
 * sort orders, grouped fragments, two languages published as one.
 */
export function mergePagefind(batches: string[], out: string, publishAs: Record<string, string> = {}, options: MergeOptions = {}): MergeResult {
  const { chunkLocations = CHUNK_LOCATIONS, engine = true, fragmentStem } = options;
  if (!batches.length) throw new Error('Pagefind merge: no bundle to merge');
  const entries: Entry[] = batches.map((dir) => JSON.parse(readFileSync(join(dir, 'pagefind-entry.json'), 'utf8')));
  const version = entries[0].version;
  for (let b = 1; b < entries.length; b++) {
    if (entries[b].version !== version) throw new Error(`Pagefind merge: ${batches[b]} is Pagefind ${entries[b].version}, not ${version}`);
  }
  rmSync(out, { recursive: true, force: true });
  for (const sub of ['index', 'fragment', 'filter']) mkdirSync(join(out, sub), { recursive: true });
  // The engine (pagefind.js, its worker, wasm, UI files) is the same in every batch: copied from the first.
  for (const name of engine ? readdirSync(batches[0]) : []) {
    const path = join(batches[0], name);
    if (name === 'pagefind-entry.json' || name.endsWith('.pf_meta') || statSync(path).isDirectory()) continue;
    linkOrCopy(path, join(out, name));
  }
  const languages = [...new Set(entries.flatMap((e) => Object.keys(e.languages)))].sort();
  const published = (language: string) => publishAs[language] ?? language;
  if (new Set(languages.map(published)).size < languages.length) throw new Error(`Pagefind merge: languages ${languages.join(', ')} cannot all be published as ${JSON.stringify(publishAs)}`);
  const merged: Entry = { version, languages: {}, ...(entries[0].include_characters ? { include_characters: entries[0].include_characters } : {}) };
  const names = new Names();
  const result: MergeResult = { pages: 0, words: 0, chunks: 0 };
  for (const indexed of languages) {
    const language = published(indexed);
    const parts = batches
      .map((dir, b) => ({ dir, info: entries[b].languages[indexed] }))
      .filter((p) => p.info)
      .map((p) => ({ ...p, meta: readPagefindFile(join(p.dir, `pagefind.${p.info.hash}.pf_meta`)) as unknown as Meta }));
    for (const p of parts) {
      if (p.meta[4].length) throw new Error(`Pagefind merge: ${p.dir} has sort orders, which cannot be merged`);
      if (p.meta[1].some((page) => page[2])) throw new Error(`Pagefind merge: ${p.dir} groups its fragments, which is not merged`);
    }
    const fields = [...new Set(parts.flatMap((p) => p.meta[5]))].sort(compareCodePoints);

    // Pages and their fragments, renumbered batch after batch.
    const pages: MetaPage[] = [];
    const offsets: number[] = [];
    for (const p of parts) {
      offsets.push(pages.length);
      for (const [hash, wordCount, group] of p.meta[1]) {
        const from = join(p.dir, 'fragment', `${hash}.pf_fragment`);
        // A fragment is named by its content; two different pages whose names collide across batches get new names.
        let name = fragmentStem ? `${fragmentStem}_${hash.slice(hash.lastIndexOf('_') + 1)}` : hash;
        if (existsSync(join(out, 'fragment', `${name}.pf_fragment`))) name = names.name(fragmentStem ?? language, readFileSync(from));
        else names.reserve(name);
        linkOrCopy(from, join(out, 'fragment', `${name}.pf_fragment`));
        pages.push([name, wordCount, group]);
      }
    }

    // Words: one ordered pass over all batches, re-chunked.
    const streams = parts.map((p, i) => new BatchWords(p.dir, p.meta[2], offsets[i], p.meta[5].map((f) => fields.indexOf(f))));
    const chunks = new ChunkWriter(out, language, names, chunkLocations);
    for (;;) {
      let first: string | undefined;
      for (const s of streams) {
        const w = s.peek();
        if (w && (first === undefined || compareCodePoints(w[0], first) < 0)) first = w[0];
      }
      if (first === undefined) break;
      let word: Word | undefined;
      for (const s of streams) {
        if (s.peek()?.[0] !== first) continue;
        const w = s.take();
        if (!word) {
          word = w;
          continue;
        }
        word[1].push(...w[1]);
        for (const [form, p] of w[2]) {
          const same = word[2].find((v) => v[0] === form);
          if (same) same[1].push(...p);
          else word[2].push([form, p]);
        }
      }
      chunks.add(word!);
      result.words++;
    }
    const chunkMeta = chunks.finish();

    // Filters: each value's pages, renumbered and joined.
    const filterNames = [...new Set(parts.flatMap((p) => p.meta[3].map(([f]) => f)))].sort(compareCodePoints);
    const filters: [string, string][] = [];
    for (const filter of filterNames) {
      const values = new Map<string, number[]>();
      parts.forEach((p, i) => {
        const ref = p.meta[3].find(([f]) => f === filter);
        if (!ref) return;
        const list = readFilterValues(p.dir, ref[1]);
        for (const [value, pageNumbers] of list) {
          const into = values.get(value) ?? [];
          for (const n of pageNumbers) into.push(n + offsets[i]);
          values.set(value, into);
        }
      });
      filters.push(writeFilter(out, language, names, filter, values));
    }

    const meta: Meta = [version, pages, chunkMeta, filters, [], fields];
    // Every search loads the metadata (one file per index): it is worth compressing as far as gzip goes (≈ 10 % less).
    const metaBytes = pagefindBytes(meta as unknown as CborValue, 9);
    const metaName = names.name(language, metaBytes);
    writeFileSync(join(out, `pagefind.${metaName}.pf_meta`), metaBytes);
    const wasm = parts[0].info.wasm;
    merged.languages[language] = { hash: metaName, wasm, page_count: pages.length };
    result.pages += pages.length;
    result.chunks += chunkMeta.length;
  }
  writeFileSync(join(out, 'pagefind-entry.json'), JSON.stringify(merged));
  return result;
}


/** Where a directory page puts its one location of each word: the start, at the weight Pagefind gives body text. */
const DIRECTORY_LOCATION = new RawCbor(encodeCbor([-25, 0]));

/**
 * The directory of a search index in parts (src/publish/search-parts.ts): a Pagefind index of one page per part, the
 * page holding each of `words` (the part's pair tokens, sorted in code-point order) once, with every filter value of
 * its reports. Searched with a query's pair tokens, by Pagefind's own matching, it names the parts that can hold the
 * query, so the search page merges only those. Its pages' fragments (`<stem>_<part number>`) say which part each is;
 * the search page never loads them. `dir` is the part's merged index folder (for its filters).
 */
export function writePartsDirectory(parts: { dir: string; number: number; words: string[] }[], out: string, options: { chunkLocations?: number; stem?: string } = {}): MergeResult {
  const { chunkLocations = CHUNK_LOCATIONS, stem = 'dir' } = options;
  if (!parts.length) throw new Error('Pagefind directory: no part');
  const read = parts.map(({ dir }) => {
    const entry: Entry = JSON.parse(readFileSync(join(dir, 'pagefind-entry.json'), 'utf8'));
    const languages = Object.keys(entry.languages);
    if (languages.length !== 1) throw new Error(`Pagefind directory: ${dir} holds ${languages.length} languages, not one`);
    return { dir, entry, language: languages[0], meta: readPagefindFile(join(dir, `pagefind.${entry.languages[languages[0]].hash}.pf_meta`)) as unknown as Meta };
  });
  const { version } = read[0].entry;
  const language = read[0].language;
  for (const r of read) {
    if (r.entry.version !== version || r.language !== language) throw new Error(`Pagefind directory: ${r.dir} is not Pagefind ${version} in ${language}`);
  }
  rmSync(out, { recursive: true, force: true });
  for (const sub of ['index', 'fragment', 'filter']) mkdirSync(join(out, sub), { recursive: true });
  const names = new Names();

  // Filters: each part's values, as values of its page.
  const filterNames = [...new Set(read.flatMap((r) => r.meta[3].map(([f]) => f)))].sort(compareCodePoints);
  const pageValues: Record<string, string[]>[] = read.map(() => ({}));
  const filters: [string, string][] = [];
  for (const filter of filterNames) {
    const values = new Map<string, number[]>();
    read.forEach((r, page) => {
      const ref = r.meta[3].find(([f]) => f === filter);
      if (!ref) return;
      const list = readFilterValues(r.dir, ref[1]);
      for (const [value, pageNumbers] of list) {
        if (!pageNumbers.length) continue;
        values.set(value, [...(values.get(value) ?? []), page]);
        (pageValues[page][filter] ??= []).push(value);
      }
    });
    filters.push(writeFilter(out, language, names, filter, values));
  }

  // Pages: one per part, its fragment only saying which part (and its filter values, as Pagefind's fragments do).
  const pages: MetaPage[] = parts.map(({ number }, page) => {
    const name = `${stem}_${number}`;
    names.reserve(name);
    const fragment = { url: '', content: '', word_count: 1, filters: pageValues[page], meta: {}, anchors: [] };
    writeFileSync(join(out, 'fragment', `${name}.pf_fragment`), gzipSync(Buffer.from(SIGNATURE + JSON.stringify(fragment), 'utf8')));
    return [name, 1, ''];
  });

  // Words: each part's, one ordered pass, each word with the pages of the parts that hold it.
  const streams = parts.map(({ words }) => {
    let at = 0;
    for (let i = 1; i < words.length; i++) if (compareCodePoints(words[i - 1], words[i]) >= 0) throw new Error('Pagefind directory: words not in code-point order, or twice');
    return {
      peek: (): string | undefined => words[at],
      take() {
        at++;
      },
    };
  });
  const chunks = new ChunkWriter(out, language, names, chunkLocations);
  let wordCount = 0;
  for (;;) {
    let first: string | undefined;
    for (const s of streams) {
      const w = s.peek();
      if (w !== undefined && (first === undefined || compareCodePoints(w, first) < 0)) first = w;
    }
    if (first === undefined) break;
    const wordPages: Page[] = [];
    streams.forEach((s, page) => {
      if (s.peek() !== first) return;
      s.take();
      wordPages.push([page, DIRECTORY_LOCATION, []]);
    });
    chunks.add([first, wordPages, []]);
    wordCount++;
  }
  const chunkMeta = chunks.finish();

  const meta: Meta = [version, pages, chunkMeta, filters, [], []];
  const metaBytes = pagefindBytes(meta as unknown as CborValue, 9);
  const metaName = names.name(language, metaBytes);
  writeFileSync(join(out, `pagefind.${metaName}.pf_meta`), metaBytes);
  const entry: Entry = { version, languages: { [language]: { hash: metaName, wasm: null, page_count: pages.length } } };
  writeFileSync(join(out, 'pagefind-entry.json'), JSON.stringify(entry));
  return { pages: pages.length, words: wordCount, chunks: chunkMeta.length };
}
