import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { decodeCbor, encodeCbor } from '../../src/publish/cbor.ts';
import { evenBatches } from '../../src/build/files.ts';
import { compareCodePoints, mergePagefind, readPagefindFile, writePartsDirectory } from '../../src/publish/pagefind-merge.ts';

describe('CBOR subset', () => {
  it('writes each integer in its shortest form, as minicbor does', () => {
    expect([...encodeCbor(23)]).toEqual([0x17]);
    expect([...encodeCbor(24)]).toEqual([0x18, 24]);
    expect([...encodeCbor(256)]).toEqual([0x19, 1, 0]);
    expect([...encodeCbor(70000)]).toEqual([0x1a, 0, 1, 0x11, 0x70]);
    expect([...encodeCbor(-1)]).toEqual([0x20]);
    expect([...encodeCbor(-26)]).toEqual([0x38, 25]);
    expect([...encodeCbor('托位')]).toEqual([0x66, ...Buffer.from('托位')]);
  });
  it('reads back what it writes', () => {
    const v = ['1.6.0', [[0, [3, -26, 13151], []], [2 ** 40, [], ['x']]], '', true, null];
    expect(decodeCbor(encodeCbor(v))).toEqual(v);
  });
  it('refuses what Pagefind never writes, and trailing bytes', () => {
    expect(() => decodeCbor(Uint8Array.from([0x9f, 0xff]))).toThrow(/indefinite/);
    expect(() => decodeCbor(Uint8Array.from([0x01, 0x02]))).toThrow(/after the value/);
    expect(() => encodeCbor(1.5)).toThrow(/integers/);
  });
});

describe('code-point order (the order Pagefind sorts words in)', () => {
  it('puts characters above U+FFFF after full-width forms, unlike UTF-16 comparison', () => {
    const wide = '\uff05'; // ％
    const extB = '\u{20000}';
    expect(extB < wide).toBe(true); // UTF-16 order
    expect(compareCodePoints(wide, extB)).toBeLessThan(0);
    expect(compareCodePoints('托位', '托位数')).toBeLessThan(0);
    expect(compareCodePoints('托育', '托位')).toBeGreaterThan(0);
    expect(compareCodePoints('a', 'a')).toBe(0);
  });
});

describe('batches', () => {
  it('cuts items in order near the byte limit, a large one alone', () => {
    const b = evenBatches(
      [
        { path: 'a', bytes: 40 },
        { path: 'b', bytes: 50 },
        { path: 'c', bytes: 200 },
        { path: 'd', bytes: 10 },
      ],
      100,
    );
    expect(b.map((x) => x.map((p) => p.path))).toEqual([['a', 'b'], ['c'], ['d']]);
  });
});

/** A Pagefind bundle as a comparable value: per word, the pages (by URL) and locations; per filter value, the URLs. */
function canonical(dir: string) {
  const entry = JSON.parse(readFileSync(join(dir, 'pagefind-entry.json'), 'utf8'));
  const [language] = Object.keys(entry.languages);
  const meta = readPagefindFile(join(dir, `pagefind.${entry.languages[language].hash}.pf_meta`)) as any[];
  const urls: string[] = meta[1].map(([hash]: [string]) => JSON.parse(gunzipSync(readFileSync(join(dir, 'fragment', `${hash}.pf_fragment`))).subarray(12).toString()).url);
  const words: Record<string, string[]> = {};
  const chunkOrder: string[] = [];
  for (const [, , hash] of meta[2]) {
    for (const [word, pages] of (readPagefindFile(join(dir, 'index', `${hash}.pf_index`)) as any[])[0]) {
      chunkOrder.push(word);
      let n = 0;
      words[word] = pages.map(([delta, locs, metaLocs]: [number, number[], number[]]) => {
        n += delta;
        // Meta-field locations name fields by number: compare them by name.
        const named = metaLocs.map((l) => (l < 0 ? meta[5][-l - 1] : l));
        return `${urls[n]} ${JSON.stringify(locs)} ${JSON.stringify(named)}`;
      }).sort();
    }
  }
  const filters: Record<string, [string, string[]][]> = {};
  for (const [name, hash] of meta[3]) {
    const [, values] = readPagefindFile(join(dir, 'filter', `${hash}.pf_filter`)) as [string, [string, number[]][]];
    filters[name] = values.map(([v, pages]) => [v, pages.map((p) => urls[p]).sort()]);
  }
  const wordCounts = Object.fromEntries(meta[1].map((p: [string, number], i: number) => [urls[i], p[1]]));
  return { pageCount: entry.languages[language].page_count, words, chunkOrder, filters, wordCounts, fields: [...meta[5]].sort() };
}

describe('Pagefind in batches, merged', () => {
  const root = mkdtempSync(join(tmpdir(), 'atlas-pagefind-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));
  const site = join(root, 'site');
  const texts = [
    ['甲市', '城镇新增就业4万人以上，每千人口拥有3岁以下婴幼儿托位数达到4.5个。', '2023'],
    ['乙县', '空气质量优良天数比例达95%以上，PM2.5平均浓度下降。托育服务加快发展。', '2024'],
    ['丙市', '新建学位1.2万个，托位1000个。GDP增长6%左右。', '2023'],
    ['丁区', '城乡居民收入增长与经济增长同步，𠀀字与％号也要能找到。', '2025'],
    ['戊县', '城镇新增就业2万人，新增托位500个，空气质量优良天数比例稳定。', '2024'],
  ];
  const paths: string[] = [];
  texts.forEach(([place, body, year], i) => {
    const path = `reports/r${i}/index.html`;
    paths.push(path);
    mkdirSync(join(site, 'reports', `r${i}`), { recursive: true });
    // One page only carries an extra meta field, so the batches list different fields and the merge must renumber them.
    const extra = i === 3 ? '<span data-pagefind-meta="note">区级报告备注</span>' : '';
    writeFileSync(
      join(site, path),
      `<!doctype html><html lang="zh-cn"><head><meta charset="utf-8"><title>${place}</title></head><body>` +
        `<article data-pagefind-body><h1 data-pagefind-meta="title">${place}${year}年政府工作报告</h1>${extra}` +
        `<span hidden data-pagefind-filter="year">${year}</span><span hidden data-pagefind-filter="place">${place}</span>` +
        `<h2 id="s1">一、过去一年工作回顾</h2><p>${body}</p><h2 id="s2">二、今年工作安排</h2><p>${body.split('，')[0]}。</p>` +
        `</article></body></html>`,
    );
  });
  /** Pagefind over some of the pages (a folder of their own, as the build's report renders are), into `out`. */
  function pagefind(pages: number[], out: string, extra: string[] = []) {
    const dir = join(root, `pages-${pages.join('-')}`);
    for (const i of pages) {
      mkdirSync(join(dir, 'reports', `r${i}`), { recursive: true });
      writeFileSync(join(dir, paths[i]), readFileSync(join(site, paths[i])));
    }
    const cli = join('node_modules', 'pagefind', 'lib', 'runner', 'bin.cjs');
    const r = spawnSync(process.execPath, [cli, '--site', dir, '--glob', 'reports/**/*.html', '--force-language', 'zh-cn', '--output-path', out, '--silent', ...extra]);
    if (r.status !== 0) throw new Error(`pagefind exited with ${r.status}: ${r.stderr}`);
    return out;
  }
  const single = pagefind([0, 1, 2, 3, 4], join(root, 'single'));
  // Batches of unequal size, the page with the extra meta field in the middle one.
  const batches = [[0, 1], [2, 3], [4]].map((pages, b) => pagefind(pages, join(root, `batch-${b}`)));
  const merged = mergePagefind(batches, join(root, 'batched'));

  it('indexed every page', () => {
    expect(merged.pages).toBe(5);
    expect(merged.words).toBeGreaterThan(20);
  });

  it('gives the same words, locations, filters, word counts and meta fields as one run over all pages', () => {
    const a = canonical(single);
    const b = canonical(join(root, 'batched'));
    expect(b.pageCount).toBe(5);
    expect(Object.keys(b.words).length).toBeGreaterThan(20);
    expect(b.words).toEqual(a.words);
    expect(b.filters).toEqual(a.filters);
    expect(b.wordCounts).toEqual(a.wordCounts);
    expect(b.fields).toEqual(['note', 'title']);
    expect(b.fields).toEqual(a.fields);
  });

  it('keeps words in code-point order across chunks, as Pagefind looks them up', () => {
    const { chunkOrder } = canonical(join(root, 'batched'));
    for (let i = 1; i < chunkOrder.length; i++) expect(compareCodePoints(chunkOrder[i - 1], chunkOrder[i])).toBeLessThan(0);
  });

  it('re-encodes Pagefind’s own files to their exact bytes', () => {
    const dir = single;
    for (const sub of ['index', 'filter']) {
      for (const f of readdirSync(join(dir, sub))) {
        const raw = gunzipSync(readFileSync(join(dir, sub, f))).subarray(12);
        expect(Buffer.from(encodeCbor(decodeCbor(raw))).equals(raw)).toBe(true);
      }
    }
  });

  it('refuses bundles of different Pagefind versions', () => {
    const other = join(root, 'other-version');
    pagefind([0], other);
    const entry = join(other, 'pagefind-entry.json');
    writeFileSync(entry, readFileSync(entry, 'utf8').replace(/"version":"[^"]+"/, '"version":"0.0.1"'));
    expect(() => mergePagefind([batches[0], other], join(root, 'mixed'))).toThrow(/Pagefind 0\.0\.1/);
  });

  it('names in its metadata exactly the chunk and fragment files it wrote (the browser tests search it)', () => {
    const dir = join(root, 'batched');
    const entry = JSON.parse(readFileSync(join(dir, 'pagefind-entry.json'), 'utf8'));
    const meta = readPagefindFile(join(dir, `pagefind.${entry.languages['zh-cn'].hash}.pf_meta`)) as any[];
    const index = new Set(readdirSync(join(dir, 'index')).map((f) => f.replace('.pf_index', '')));
    const fragments = new Set(readdirSync(join(dir, 'fragment')).map((f) => f.replace('.pf_fragment', '')));
    expect(meta[2].every(([, , h]: string[]) => index.has(h))).toBe(true);
    expect(meta[1].every(([h]: string[]) => fragments.has(h))).toBe(true);
    expect(index.size).toBe(meta[2].length);
    expect(fragments.size).toBe(5);
    expect(readdirSync(dir)).toContain('pagefind.js');
  });

  it('writes the directory of a search index in parts: each part a page holding every word of the part once, and its filter values', () => {
    // Parts of the index as the build makes them: three, the last of one batch.
    const partDirs = [[batches[0]], [batches[1]], [batches[2]]].map((b, k) => {
      const dir = join(root, `dir-part-${k}`);
      mergePagefind(b, dir, {}, { engine: false, fragmentStem: `p${k + 1}` });
      return dir;
    });
    // Each part's words: here the words of its own index (the build gives its pair tokens).
    const partWords = partDirs.map((dir) => new Set(Object.keys(canonical(dir).words)));
    const out = join(root, 'directory');
    const result = writePartsDirectory(partDirs.map((dir, k) => ({ dir, number: k + 1, words: [...partWords[k]].sort(compareCodePoints) })), out, { chunkLocations: 40 });
    const entry = JSON.parse(readFileSync(join(out, 'pagefind-entry.json'), 'utf8'));
    expect(entry.languages['zh-cn'].page_count).toBe(3);
    const meta = readPagefindFile(join(out, `pagefind.${entry.languages['zh-cn'].hash}.pf_meta`)) as any[];
    expect(meta[1].map(([name]: string[]) => name)).toEqual(['dir_1', 'dir_2', 'dir_3']);
    expect(meta[2].length).toBeGreaterThan(1);
    const pagesOf = new Map<string, number[]>();
    for (const [, , hash] of meta[2]) {
      for (const [word, pages] of (readPagefindFile(join(out, 'index', `${hash}.pf_index`)) as any[])[0]) {
        let n = 0;
        pagesOf.set(word, pages.map(([delta, locations]: [number, number[]]) => {
          expect(locations).toEqual([-25, 0]);
          return (n += delta);
        }));
      }
    }
    const every = new Set(partWords.flatMap((w) => [...w]));
    expect(result.words).toBe(every.size);
    expect([...pagesOf.keys()].sort()).toEqual([...every].sort());
    for (const [word, pages] of pagesOf) expect(pages).toEqual([0, 1, 2].filter((k) => partWords[k].has(word)));
    // A part's page carries each filter value its reports have (batches: 甲市 乙县 | 丙市 丁区 | 戊县).
    const filters = Object.fromEntries(meta[3].map(([name, hash]: string[]) => [name, Object.fromEntries((readPagefindFile(join(out, 'filter', `${hash}.pf_filter`)) as any[])[1])]));
    expect(filters.year).toEqual({ '2023': [0, 1], '2024': [0, 2], '2025': [1] });
    expect(filters.place['戊县']).toEqual([2]);
    // Words out of order are refused: Pagefind looks words up by range.
    expect(() => writePartsDirectory([{ dir: partDirs[0], number: 1, words: ['甲', '乙'] }], join(root, 'directory-bad'))).toThrow(/order/);
  });

  it('makes an index of a search part: fragments named by its stem, no engine, the same words', () => {
    const dir = join(root, 'part');
    mergePagefind(batches, dir, {}, { engine: false, fragmentStem: 'p3' });
    const entry = JSON.parse(readFileSync(join(dir, 'pagefind-entry.json'), 'utf8'));
    const meta = readPagefindFile(join(dir, `pagefind.${entry.languages['zh-cn'].hash}.pf_meta`)) as any[];
    const fragments = readdirSync(join(dir, 'fragment')).map((f) => f.replace('.pf_fragment', ''));
    expect(fragments).toHaveLength(5);
    for (const f of fragments) expect(f).toMatch(/^p3_[0-9a-f]{7,}$/);
    expect(meta[1].map(([h]: string[]) => h).sort()).toEqual([...fragments].sort());
    // Only the index: the engine (pagefind.js, its worker, the wasm) is the primary index's.
    expect(readdirSync(dir).filter((f) => !/^pagefind(-entry\.json|\..+\.pf_meta)$/.test(f)).sort()).toEqual(['filter', 'fragment', 'index']);
    expect(canonical(dir).words).toEqual(canonical(single).words);
  });
});
