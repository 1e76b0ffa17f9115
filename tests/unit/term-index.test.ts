/**
 * The index of 词语历年 (src/publish/term-index.ts) read by the page's own reader (public/term-index.js, evaluated here as
 * the browser runs it): its counts per tier and year must equal a brute-force search of the same sections' text.
 */
import { readFileSync } from 'node:fs';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { fold, sectionHeading } from '../../src/publish/offline-search.ts';
import { encodeSet, foldedSections, gramKey, indexOrder, QUERY_BUDGET_BYTES, tierOf, writeTermIndex, type TermIndexMeta } from '../../src/publish/term-index.ts';
import type { GovernmentLevel, Report, ReportSummary } from '../../src/pipeline/types.ts';

type Load = (kind: number, name: string) => Promise<string>;
/** An offline edition's texts as the reader takes them (public/term-index.js, countTerm's `texts`). */
interface Texts {
  load(report: number): Promise<[string, string, string][]>;
  progress?(done: number, total: number): void;
  stopped?(): boolean;
}
interface Reader {
  countTerm(term: string, meta: TermIndexMeta, load: Load, metaBytes?: number, texts?: Texts): Promise<{ status: string; rows: { tier: string; year: number; reports: number }[]; unknown: number }>;
  decodeSet(text: string, total: number): number[];
  gramKey(gram: string): number;
  shardPath(kind: number, name: string): string;
  bytesAtMost(term: string, meta: TermIndexMeta, metaBytes: number): number;
}
function loadReader(): Reader {
  const context: Record<string, unknown> = {};
  runInNewContext(readFileSync('public/term-index.js', 'utf8'), context);
  return context.AtlasTermIndex as Reader;
}

/** The index's files in memory, and a reader over them as the page has it (each shard script run for its bits). */
function buildIndex(summaries: ReportSummary[], texts: Map<string, Pick<Report, 'sections'>>, options = {}) {
  const files = new Map<string, string>();
  const stats = writeTermIndex((path, body) => files.set(path, body), summaries, (s) => foldedSections(texts.get(s.slug)!), options);
  const metaContext: Record<string, unknown> = { window: {} };
  runInNewContext(files.get('index.js')!, metaContext);
  const meta = (metaContext.window as { ATLAS_TERM_INDEX: TermIndexMeta }).ATLAS_TERM_INDEX;
  const loaded: string[] = [];
  const reader = loadReader();
  const load: Load = async (kind, name) => {
    const path = reader.shardPath(kind, name);
    loaded.push(path);
    let bits = '';
    runInNewContext(files.get(path)!, { ATLAS_TERM_SHARD: (k: number, n: string, b: string) => {
      expect([k, n]).toEqual([kind, name]);
      bits = b;
    } });
    return bits;
  };
  const loadedBytes = (from = 0) => loaded.slice(from).reduce((n, p) => n + Buffer.byteLength(files.get(p)!), 0);
  return { files, stats, meta, load, loaded, loadedBytes, metaBytes: Buffer.byteLength(files.get('index.js')!) };
}

/** The truth: reports per "tier year" holding the folded term in one section, by plain string search. */
function bruteForce(summaries: ReportSummary[], texts: Map<string, Pick<Report, 'sections'>>, term: string) {
  const t = fold(term);
  const counts = new Map<string, number>();
  let unknown = 0;
  for (const s of summaries) {
    const hit = foldedSections(texts.get(s.slug)!).some((sec) => sec.includes(t));
    const tier = tierOf(s);
    if (tier === null || s.year === null) unknown += hit ? 1 : 0;
    else counts.set(`${tier} ${s.year}`, (counts.get(`${tier} ${s.year}`) ?? 0) + (hit ? 1 : 0));
  }
  return { counts, unknown };
}

/** A random generator with a seed, so a failure can be run again. */
function random(seed: number) {
  return () => {
    seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0;
    return seed / 2 ** 32;
  };
}
const LEVELS: (GovernmentLevel | null)[] = ['national', 'province', 'municipality', 'prefecture', 'league', 'county', 'district', 'county-city', null];

/** Reports from a small alphabet, so that grams recur and long terms have many near misses. */
function syntheticCorpus(reports: number, seed: number) {
  const rnd = random(seed);
  const alphabet = '发展改革城镇新增就业高质量PM2.5G一二三，。'.split('');
  const summaries: ReportSummary[] = [];
  const texts = new Map<string, Pick<Report, 'sections'>>();
  for (let i = 0; i < reports; i++) {
    const slug = `r${i}`;
    const level = LEVELS[Math.floor(rnd() * LEVELS.length)];
    const year = rnd() < 0.1 ? null : 2015 + Math.floor(rnd() * 6);
    summaries.push({ slug, year, place: level ? { level } : null } as unknown as ReportSummary);
    const sections = Array.from({ length: 1 + Math.floor(rnd() * 4) }, (_, k) => ({
      id: `s${k}`,
      number: rnd() < 0.5 ? `（${k}）` : null,
      title: Array.from({ length: 2 + Math.floor(rnd() * 5) }, () => alphabet[Math.floor(rnd() * alphabet.length)]).join(''),
      paragraphs: Array.from({ length: 1 + Math.floor(rnd() * 3) }, () => ({
        // Spaces and full-width letters: folded away and to half width, as the search page folds them.
        text: Array.from({ length: 5 + Math.floor(rnd() * 60) }, () => (rnd() < 0.05 ? ' ' : rnd() < 0.03 ? 'Ｐ' : alphabet[Math.floor(rnd() * alphabet.length)])).join(''),
      })),
    }));
    texts.set(slug, { sections } as unknown as Pick<Report, 'sections'>);
  }
  return { summaries, texts, rnd };
}

/** Terms of every kind: pieces of the text of every length, pieces across two sections, and made-up ones. */
function termsOf(texts: Map<string, Pick<Report, 'sections'>>, rnd: () => number, count: number): string[] {
  const all = [...texts.values()].map((t) => foldedSections(t));
  const terms = new Set<string>(['PM2.5', 'pm 2.5', '5G', 'Ｐ', '发', '，', '城镇新增就业', '高质量发展改革', 'zz', '不存在的词语', '发展发展发展发展发展发展']);
  while (terms.size < count) {
    const sections = all[Math.floor(rnd() * all.length)];
    const k = Math.floor(rnd() * sections.length);
    const text = sections[k];
    const length = 1 + Math.floor(rnd() * 14);
    const at = Math.floor(rnd() * Math.max(1, text.length - length));
    if (rnd() < 0.15 && k + 1 < sections.length) terms.add(text.slice(-3) + sections[k + 1].slice(0, 3)); // across sections: never a match
    else terms.add(text.slice(at, at + length));
  }
  return [...terms].filter(Boolean);
}

/**
 * The reports' texts as an offline edition's search has them (search/offline/text/<n>.js: [id, heading, text] per
 * section), numbered in the order of `summaries` — not the index's order (tier, then year), which meta.texts maps
 * from; `loaded` lists the texts read.
 */
function editionTexts(summaries: ReportSummary[], texts: Map<string, Pick<Report, 'sections'>>) {
  const loaded: number[] = [];
  const reader: Texts = {
    load: async (n) => {
      loaded.push(n);
      return texts.get(summaries[n].slug)!.sections.map((s) => [s.id, sectionHeading(s), s.paragraphs.map((p) => p.text).join('\n')] as [string, string, string]);
    },
  };
  return { reader, loaded };
}

async function compare(summaries: ReportSummary[], texts: Map<string, Pick<Report, 'sections'>>, terms: string[], index: ReturnType<typeof buildIndex>, inTexts?: Texts) {
  const reader = loadReader();
  const statuses = new Map<string, number>();
  for (const term of terms) {
    const got = await reader.countTerm(term, index.meta, index.load, index.metaBytes, inTexts);
    statuses.set(got.status, (statuses.get(got.status) ?? 0) + 1);
    if (got.status !== 'exact') continue;
    const truth = bruteForce(summaries, texts, term);
    const counts = new Map(got.rows.map((r) => [`${r.tier} ${r.year}`, r.reports]));
    expect(counts, term).toEqual(truth.counts);
    expect(got.unknown, term).toBe(truth.unknown);
  }
  return statuses;
}

describe('term index', () => {
  it('counts equal a brute-force search for terms of every length, spilled in many runs', async () => {
    const { summaries, texts, rnd } = syntheticCorpus(300, 7);
    const index = buildIndex(summaries, texts, { recordsPerRun: 5_000, inlinePositionsMaxBytes: 64, extensionsMinBytes: 200 });
    expect(index.stats.runs).toBeGreaterThan(3);
    // Positions over 64 bytes are in files of positions (packed, or one of their own), read as the page reads them; a
    // triple with positions over 200 bytes also keeps the sets of its quadruples, which answer terms of four characters.
    expect(index.stats.positionFiles).toBeGreaterThan(0);
    const terms = termsOf(texts, rnd, 400);
    // Quadruples, some of them absent: beginning with a common triple, each is one set.
    for (const a of '发展改革城镇'.split('')) for (const b of '发展改革城镇PM'.split('')) terms.push(`${a}${b}${a}${b}`, `发展改${b}`, `${a}质量${b}`);
    const statuses = await compare(summaries, texts, terms, index);
    expect(index.loaded.some((p) => p.startsWith('3/p'))).toBe(true);
    // Every term is answered exactly here: no triple of this corpus has positions too large for a query.
    expect([...statuses.keys()]).toEqual(['exact']);
  }, 60_000);

  it('positions too large for a query make a longer term uncounted, never miscounted', async () => {
    const summaries: ReportSummary[] = [];
    const texts = new Map<string, Pick<Report, 'sections'>>();
    for (let i = 0; i < 60; i++) {
      summaries.push({ slug: `r${i}`, year: 2020 + (i % 3), place: { level: 'county' } } as unknown as ReportSummary);
      // 发展改革 stands thousands of times in every report: each of its triples has ≈ 130 KB of positions.
      texts.set(`r${i}`, { sections: [{ number: null, title: '总', paragraphs: [{ text: '发展改革'.repeat(6000) + (i % 2 ? '城镇' : '乡村') }] }] } as unknown as Pick<Report, 'sections'>);
    }
    const index = buildIndex(summaries, texts);
    const reader = loadReader();
    // Two such triples exceed the budget together: the term is not counted, and their positions are not loaded.
    const common = await reader.countTerm('发展改革发', index.meta, index.load, index.metaBytes);
    expect(common.status).toBe('too-common');
    expect(common.rows).toEqual([]);
    expect(index.loaded.filter((p) => p.startsWith('3/p'))).toEqual([]);
    // Four characters that begin with such a triple are one set (of the quadruples it begins); one such triple fits the
    // budget beside the term's other, rare, triple; a triple is counted from its report set.
    const exact = ['发展改革', '发展改发', '展改革城', '发展改革城镇', '改革乡村', '发展改', '革城镇', '城镇', '乡村'];
    expect([...(await compare(summaries, texts, exact, index)).keys()]).toEqual(['exact']);
    expect(index.loadedBytes()).toBeLessThanOrEqual(exact.length * QUERY_BUDGET_BYTES);

    // Positions not kept at all (here above 1 KB): a longer term that needs them is not counted; the triple, and the
    // quadruples it begins, still are.
    const small = buildIndex(summaries, texts, { positionsMaxBytes: 1024 });
    expect((await reader.countTerm('发展改革城镇', small.meta, small.load, small.metaBytes)).status).toBe('too-common');
    expect([...(await compare(summaries, texts, ['发展改', '发展改革', '改革城镇', '革城镇'], small)).keys()]).toEqual(['exact']);
  });

  it("an offline edition's index keeps no positions and confirms a longer term in its candidates' texts: exact, whatever the term", async () => {
    const { summaries, texts, rnd } = syntheticCorpus(300, 5);
    // Here a triple with over 200 bytes of positions also keeps the sets of its quadruples, so that path is read too.
    const slugs = summaries.map((s) => s.slug);
    const index = buildIndex(summaries, texts, { texts: slugs, extensionsMinBytes: 200 });
    // Each report's text number, in the index's order (which is another: tier, then year).
    expect(index.meta.texts).toEqual(indexOrder(summaries).map((s) => slugs.indexOf(s.slug)));
    expect(index.meta.texts).not.toEqual(slugs.map((_, n) => n));
    expect(index.stats.positionFiles).toBeGreaterThan(0);
    // No positions: no files of them (none of these triples is common enough for the quadruples' sets by default), and
    // fewer bytes than the index that keeps them (here, from 20 letters, the sets are most of either).
    const bytes = (i: typeof index) => [...i.files.values()].reduce((n, b) => n + b.length, 0);
    const [lean, full] = [buildIndex(summaries, texts, { texts: slugs }), buildIndex(summaries, texts, { inlinePositionsMaxBytes: 64 })];
    expect(full.meta.texts).toBeUndefined();
    expect(full.stats.positionFiles).toBeGreaterThan(0);
    expect(lean.stats.positionFiles).toBe(0);
    expect(bytes(lean)).toBeLessThan(0.8 * bytes(full));
    const terms = termsOf(texts, rnd, 400);
    for (const a of '发展改革城镇'.split('')) for (const b of '发展改革城镇PM'.split('')) terms.push(`${a}${b}${a}${b}`, `发展改${b}`);
    const edition = editionTexts(summaries, texts);
    expect([...(await compare(summaries, texts, terms, index, edition.reader)).keys()]).toEqual(['exact']);
    expect(edition.loaded.length).toBeGreaterThan(0);
    // Terms of up to three characters are their gram's set: no text is read.
    edition.loaded.length = 0;
    await compare(summaries, texts, terms.filter((t) => fold(t).length <= 3), index, edition.reader);
    expect(edition.loaded).toEqual([]);
    // Without the texts a longer term is not counted, never miscounted; the sets alone still answer the short ones.
    const reader = loadReader();
    const longer = terms.find((t) => fold(t).length > 4 && [...bruteForce(summaries, texts, t).counts.values()].some((n) => n > 0))!;
    expect((await reader.countTerm(longer, index.meta, index.load, index.metaBytes)).status).toBe('too-common');
    expect([...(await compare(summaries, texts, ['发展', '发展改', 'PM2'], index)).keys()]).toEqual(['exact']);

    // Every report holding the commonest triples thousands of times: the longer term is confirmed in every candidate's
    // text, reading only the candidates, each once; progress is told as they are read; a stopped query reads no more.
    const heavy: ReportSummary[] = [];
    const heavyTexts = new Map<string, Pick<Report, 'sections'>>();
    for (let i = 0; i < 60; i++) {
      heavy.push({ slug: `h${i}`, year: 2020 + (i % 3), place: { level: i % 4 ? 'county' : 'province' } } as unknown as ReportSummary);
      heavyTexts.set(`h${i}`, { sections: [{ id: 's1', number: null, title: '总', paragraphs: [{ text: '发展改革'.repeat(6000) + (i % 2 ? '城镇' : '乡村') }] }] } as unknown as Pick<Report, 'sections'>);
    }
    const heavyIndex = buildIndex(heavy, heavyTexts, { texts: heavy.map((s) => s.slug) });
    const heavyEdition = editionTexts(heavy, heavyTexts);
    const told: number[][] = [];
    heavyEdition.reader.progress = (done, total) => told.push([done, total]);
    expect([...(await compare(heavy, heavyTexts, ['发展改革城镇', '革乡村', '改革发展改', '发展改革'], heavyIndex, heavyEdition.reader)).keys()]).toEqual(['exact']);
    // 发展改革城镇: the 30 with 城镇; 改革发展改: all 60 — each candidate's text once per term.
    expect(heavyEdition.loaded.length).toBe(30 + 60);
    expect(told.at(-1)).toEqual([60, 60]);
    heavyEdition.loaded.length = 0;
    heavyEdition.reader.stopped = () => true;
    await expect(reader.countTerm('改革发展改', heavyIndex.meta, heavyIndex.load, heavyIndex.metaBytes, heavyEdition.reader)).rejects.toThrow(/stopped/);
    expect(heavyEdition.loaded).toEqual([]);
  }, 60_000);

  it('keeps shards of positions within their maximum, and a query within its budget, checked before loading', async () => {
    const { summaries, texts, rnd } = syntheticCorpus(200, 11);
    const index = buildIndex(summaries, texts, { shardMaxBytes: 8 * 1024 });
    for (const [path, body] of index.files) {
      if (path === 'index.js' || path.startsWith('3/p')) continue;
      const kind = Number(path.split('/')[0]);
      expect(Buffer.byteLength(body), path).toBeLessThanOrEqual(index.meta.shardMaxBytes[kind - 1]);
      if (kind === 3) expect(Buffer.byteLength(body), path).toBeLessThanOrEqual(8 * 1024);
    }
    const reader = loadReader();
    for (const term of ['城镇新增就业高质量发展改革', ...termsOf(texts, rnd, 100)]) {
      const before = index.loaded.length;
      const got = await reader.countTerm(term, index.meta, index.load, index.metaBytes);
      expect(got.status, term).toBe('exact');
      // Shards first, no more than the reader allowed for; then positions, within what is left of the budget.
      const shards = index.loaded.slice(before).filter((p) => !p.startsWith('3/p'));
      expect(shards.reduce((n, p) => n + Buffer.byteLength(index.files.get(p)!), index.metaBytes)).toBeLessThanOrEqual(reader.bytesAtMost(term, index.meta, index.metaBytes));
      expect(index.metaBytes + index.loadedBytes(before)).toBeLessThanOrEqual(QUERY_BUDGET_BYTES);
    }
    // Shards as large as 100 KB: three of them exceed the budget, so nothing is loaded and nothing counted.
    index.loaded.length = 0;
    const large = { ...index.meta, shardMaxBytes: [100 * 1024, 100 * 1024, 100 * 1024], shardBits: [16, 16, 16] };
    const tooLong = await reader.countTerm('发展改革城镇新增就业高质量PM2.5', large, index.load, index.metaBytes);
    expect(tooLong.status).toBe('too-long');
    expect(tooLong.rows).toEqual([]);
    expect(index.loaded).toEqual([]);
  });

  it('codes report sets as gap lists or bitsets, whichever is shorter, and reads them back', () => {
    const reader = loadReader();
    const sets = [[], [0], [999], [5, 6, 7, 100], [...new Set(Array.from({ length: 900 }, (_, i) => i + (i % 3)))].sort((a, b) => a - b), Array.from({ length: 1000 }, (_, i) => i)];
    for (const set of sets) expect(reader.decodeSet(encodeSet(set, 1000), 1000)).toEqual(set);
    // No set takes more than the bitset's 1,000 bits (and its flag), in base64 digits.
    for (const set of sets) expect(encodeSet(set, 1000).length).toBeLessThanOrEqual(Math.ceil(1001 / 6));
  });

  it('keys grams by a bijection the reader computes alike: distinct grams, distinct keys', () => {
    const reader = loadReader();
    const { texts } = syntheticCorpus(50, 3);
    const grams = new Set<string>(['\u0000', '\uffff', 'a', '发', '\ud83d', '\u0000\u0000', '\uffff\uffff', '\u0000\u0000\u0000', '\uffff\uffff\uffff', '发展改']);
    for (const t of texts.values()) for (const sec of foldedSections(t)) for (let k = 0; k < sec.length; k++) for (let n = 1; n <= 3 && k + n <= sec.length; n++) grams.add(sec.slice(k, k + n));
    for (let c = 0; c < 65536; c += 7) grams.add(String.fromCharCode(c)).add(String.fromCharCode(c, 65535 - c)).add(String.fromCharCode(c, c >> 3, 65535 - c));
    const seen = new Map<string, string>();
    for (const g of grams) {
      const key = gramKey(g);
      expect(reader.gramKey(g), g).toBe(key);
      expect(key).toBeGreaterThanOrEqual(0);
      expect(key).toBeLessThan(2 ** (16 * g.length));
      const id = `${g.length}:${key}`;
      expect(seen.get(id), g).toBeUndefined();
      seen.set(id, g);
    }
  });
});
