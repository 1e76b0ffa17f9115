/** The scale modules: the offline rewrite, the offline search index and the explorer's data files. */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { valueInOneUnit, writeExplorerData } from '../../src/lib/explorer-data.ts';
import type { Report, ReportSummary, Target } from '../../src/pipeline/types.ts';
import { offlineHtml, relativeLink } from '../../src/publish/offline.ts';
import { offlinePage } from '../../src/publish/offline-html.ts';
import { fold, keysOf, searchSections, shardOf, writeOfflineSearch } from '../../src/publish/offline-search.ts';
import { PackWriter, readPack } from '../../src/publish/pack.ts';
import { PackPool, ZipFile } from '../../src/publish/zip.ts';
import { unzipSync } from 'fflate';

describe('offline rewrite', () => {
  it('turns root-absolute links into relative links to real index.html files, keeping query and hash', () => {
    expect(relativeLink('reports/a/index.html', 'reports/b/#s1')).toBe('../b/index.html#s1');
    expect(relativeLink('index.html', '')).toBe('index.html');
    expect(relativeLink('search/index.html', 'data/targets.csv')).toBe('../data/targets.csv');
    expect(relativeLink('reports/a/index.html', 'search/?q=x')).toBe('../../search/index.html?q=x');
  });
  it('rewrites only links under the base, drops web-only links, marks the edition', () => {
    const html =
      '<meta name="atlas-root" content="/atlas/" data-offline="0"><link rel="canonical" href="http://x/atlas/"><a href="/atlas/reports/a/">a</a>' +
      '<link rel="modulepreload" href="/atlas/pagefind/pagefind.js" data-online-only /><a href="https://example.com/">e</a><a href="#s1">s</a><script src="/atlas/site.js"></script><form class="site-search" role="search" action="/atlas/search/" method="get"></form><ul><li data-online-only><a href="/atlas/download/x.zip">z</a></li></ul>';
    const out = offlineHtml(html, 'search/index.html', '/atlas/');
    expect(out).toContain('<meta name="atlas-root" content="../" data-offline="1"');
    expect(out).toContain('href="../reports/a/index.html"');
    expect(out).toContain('src="../site.js"');
    expect(offlineHtml(html, 'targets/index.html', '/atlas/')).toContain('action="../search/index.html" method="get"');
    expect(offlineHtml(html, 'reports/a/index.html', '/atlas/')).toContain('action="../../search/index.html"');
    expect(offlineHtml(html, 'index.html', '/atlas/')).toContain('action="search/index.html"');
    expect(out).toContain('href="https://example.com/"');
    expect(out).toContain('href="#s1"');
    expect(out).not.toContain('canonical');
    expect(out).not.toContain('download/');
    expect(out).not.toContain('pagefind');
  });
  it('rewrites a page as UTF-8 bytes exactly as its text, whatever characters stand next to the markup', () => {
    // Chinese text (UTF-8 bytes 0xA0 and 0x85 among them), U+00A0 and U+3000 before what looks like an attribute, a
    // base and a query that are not ASCII.
    const page = (base: string) =>
      `<meta name="atlas-root" content="${base}" data-offline="0"><p>各地\u00a0href="${base}x/" 　src="${base}y/"</p>` +
      `<a href="${base}reports/东兴-2024/?q=政府#节">东兴</a><span title="各" data-online-only>下载</span><li\u00a0data-online-only>留</li>` +
      `<a data-x="在" href="${base}places/东兴/">地</a>`;
    for (const base of ['/', '/atlas/', '/地图/']) {
      for (const name of ['index.html', 'reports/东兴-2024/index.html']) {
        const html = page(base);
        const expected = offlineHtml(html, name, base);
        expect(offlinePage(Buffer.from(html, 'utf8'), name, base).toString('utf8')).toBe(expected);
        expect(expected).not.toContain('下载');
        expect(expected).toContain('留');
      }
    }
    expect(offlinePage(Buffer.from(page('/地图/'), 'utf8'), 'reports/东兴-2024/index.html', '/地图/').toString('utf8')).toContain('href="../../places/东兴/index.html"');
  });
});

describe('offline search index', () => {
  it('folds width, case, spaces and web subscripts as the search page does', () => {
    expect(fold('ＰＭ_2.5 浓度')).toBe('pm2.5浓度');
    expect(keysOf('托位')).toEqual(['托', '托位', '位']);
  });
  it('posts each report under its characters and pairs, so a query finds it in the shards of its own pairs', () => {
    const section = (id: string, title: string, text: string) => ({ id, parent: null, level: 1, number: null, title, paragraphs: [{ text, sources: [] }] });
    const reports = [
      { slug: 'a', title: 'A', sections: [section('s1', '民生', '新增托位2000个')] },
      { slug: 'b', title: 'B', sections: [section('s1', '教育', '发展托育服务，增加学位')] },
    ].map((r) => ({ summary: { ...r, province: null, city: null, year: 2024, place: null } as unknown as ReportSummary, sections: searchSections(r as unknown as Report) }));
    const files = new Map<string, string>();
    const { shards } = writeOfflineSearch((path, body) => files.set(path, body), reports, () => null);
    const posted = (key: string) => {
      const store: Record<string, string> = {};
      runInNewContext(files.get(`shards/${shardOf(key, shards)}.js`)!, { ATLAS_SHARD: (_n: number, p: Record<string, string>) => Object.assign(store, p) });
      return store[key];
    };
    expect(posted('托位')).toBe('0'); // report 0 only, once
    expect(posted('托育')).toBe('1');
    expect(posted('托学')).toBeUndefined();
    expect([...files.keys()].filter((p) => p.startsWith('text/')).sort()).toEqual(['text/0.js', 'text/1.js']);
    expect(files.has('reports.js')).toBe(true);
    // Spilled to disk a report at a time (bounded memory), the index is the same.
    const spilled = new Map<string, string>();
    writeOfflineSearch((path, body) => spilled.set(path, body), reports, () => null, { postingsPerRun: 1 });
    expect(spilled).toEqual(files);
  });
});

describe('pack', () => {
  it('reads back every entry, bytes and order as written, and refuses a cut file', () => {
    const path = join(mkdtempSync(join(tmpdir(), 'atlas-pack-')), 'x.pack');
    const entries: [string, string | Uint8Array][] = [['shards/0.js', 'ATLAS_SHARD(0,{"托位":"0"});\n'], ['空.js', ''], ['bin', new Uint8Array([0, 10, 9, 255])], ['text/1.js', '一\t二\n三']];
    const pack = new PackWriter(path);
    for (const [name, body] of entries) pack.add(name, body);
    pack.close();
    expect([...readPack(path)].map(([name, body]) => [name, [...body]])).toEqual(entries.map(([name, body]) => [name, [...Buffer.from(body)]]));
    expect(() => pack.add('a\tb', '')).toThrow(/tab/);
    writeFileSync(path, readFileSync(path).subarray(0, -2));
    expect(() => [...readPack(path)]).toThrow(/broken entry/);
  });
  it('reads a pack larger than its read buffer entry by entry: headers and bodies across buffer ends, bodies larger than the buffer', () => {
    const path = join(mkdtempSync(join(tmpdir(), 'atlas-pack-')), 'big.pack');
    const entries: [string, Buffer][] = [];
    // Sizes around the 100-byte buffer and far beyond it; names of one to many bytes, so headers fall across its ends.
    for (let i = 0; i < 300; i++) {
      const size = [0, 1, 37, 99, 100, 101, 250, 5000][i % 8] + (i % 13);
      entries.push([`${'文'.repeat(i % 7)}shards/${i}.js`, Buffer.from(Array.from({ length: size }, (_, j) => (i * 31 + j * 7) % 256))]);
    }
    const pack = new PackWriter(path);
    for (const [name, body] of entries) pack.add(name, body);
    pack.close();
    expect(readFileSync(path).length).toBeGreaterThan(100 * 100);
    for (const bufferBytes of [100, 4096, undefined]) {
      const read = [...readPack(path, bufferBytes)];
      expect(read.length).toBe(entries.length);
      read.forEach(([name, body], i) => {
        expect(name).toBe(entries[i][0]);
        expect(body.equals(entries[i][1])).toBe(true);
      });
    }
    // A kept entry stays as it was read (its own bytes, not a view of the reused buffer).
    const kept = [...readPack(path, 100)];
    expect(kept[5][1].equals(entries[5][1])).toBe(true);
    // A cut body and a broken header are refused, whatever the buffer.
    const whole = readFileSync(path);
    writeFileSync(path, whole.subarray(0, -3));
    expect(() => [...readPack(path, 100)]).toThrow(/broken entry/);
    writeFileSync(path, Buffer.concat([whole, Buffer.from('x\tnotanumber\n')]));
    expect(() => [...readPack(path, 100)]).toThrow(/broken entry/);
  });
  it('holds one buffer and the current entry, not the whole pack, while it reads', () => {
    const path = join(mkdtempSync(join(tmpdir(), 'atlas-pack-')), 'large.pack');
    const pack = new PackWriter(path);
    const body = Buffer.alloc(64 * 1024, 7);
    for (let i = 0; i < 512; i++) pack.add(`text/${i}.js`, body); // 32 MB
    pack.close();
    const before = process.memoryUsage().arrayBuffers;
    const it = readPack(path);
    const first = it.next();
    const held = process.memoryUsage().arrayBuffers - before;
    expect(first.done).toBe(false);
    expect(first.value![1].equals(body)).toBe(true);
    it.return(undefined);
    // Reading the whole file first would hold 32 MB here; one 1 MB buffer and a 64 KB entry is what it may hold.
    expect(held).toBeLessThan(4 * 1024 * 1024);
  });
});

describe('explorer data', () => {
  it('puts numbers on one unit, so 45178人 sorts below 75.7万人', () => {
    expect(valueInOneUnit(45178, '人')).toBeLessThan(valueInOneUnit(75.7, '万人'));
    expect(valueInOneUnit(1.2, '亿元')).toBe(120000000);
    expect(valueInOneUnit(3, '千米')).toBe(3);
  });
  it('writes every row once in all its layouts, a report never split over two files of all rows', () => {
    const dir = mkdtempSync(join(tmpdir(), 'atlas-explorer-'));
    const themes = ['employment', 'economy', 'housing'];
    const target = (report: string, i: number) => ({ id: `t-${i}`, report, indicator: '新增就业', value: i, valueMax: null, unit: '万人', comparator: 'gte', deadline: null, kind: i % 3 ? 'target' : 'achievement', theme: themes[i % 3], indicatorId: i % 5 ? null : 'urban-new-jobs' }) as unknown as Target;
    const reports = Array.from({ length: 7 }, (_, r) => ({
      summary: { slug: `r${r}`, province: r % 2 ? '河北省' : '四川省', place: null, year: 2020 + (r % 3) } as unknown as ReportSummary,
      label: `R${r}`,
      level: null,
      targets: () => Array.from({ length: 1500 }, (_, i) => target(`r${r}`, i)),
    }));
    const { rows } = writeExplorerData(dir, reports, { comparator: {}, kind: {}, theme: {} });
    expect(rows).toBe(7 * 1500);
    const call = (path: string, name: string) => {
      let value: unknown[] = [];
      runInNewContext(readFileSync(join(dir, path), 'utf8'), { [name]: (...args: unknown[]) => (value = args), window: {} });
      return value;
    };
    const meta = (() => { const ctx = { window: {} as Record<string, unknown> }; runInNewContext(readFileSync(join(dir, 'meta.js'), 'utf8'), ctx); return ctx.window.ATLAS_EXPLORER as { layouts: [string, number, number][]; counts: Record<string, Record<string, number>>; reports: number } })();
    const [index] = call('index.js', 'ATLAS_EXPLORER_INDEX') as [{ groups: [number, string, string, number, number, number][]; files: [number, number, number][][] }];
    const [info] = call('reports.js', 'ATLAS_EXPLORER_REPORTS') as [{ slugs: string[] }];
    // Newest year first, then province.
    expect(index.groups.map((g) => [g[0], g[1]])).toEqual([[2022, '河北省'], [2022, '四川省'], [2021, '河北省'], [2021, '四川省'], [2020, '河北省'], [2020, '四川省']]);
    const byLayout = new Map<string, { report: string; id: string }[]>();
    meta.layouts.forEach(([key, files, n], li) => {
      const seen: { report: string; id: string }[] = [];
      for (let f = 0; f < files; f++) {
        const [layout, number, names, chunk] = call(`rows-${li}-${f}.js`, 'ATLAS_EXPLORER_ROWS') as [number, number, Record<string, [string]>, unknown[][]];
        expect([layout, number]).toEqual([li, f]);
        const [first, last, count] = index.files[li][f];
        expect(chunk).toHaveLength(count);
        for (const row of chunk) {
          const i = row[0] as number;
          expect(i).toBeGreaterThanOrEqual(first);
          expect(i).toBeLessThanOrEqual(last);
          expect(names[i][0]).toBe(info.slugs[i]);
          seen.push({ report: names[i][0], id: row[1] as string });
        }
      }
      expect(seen, key).toHaveLength(n);
      byLayout.set(key, seen);
    });
    expect(byLayout.get('all')).toHaveLength(rows);
    expect(byLayout.get('t:housing')).toHaveLength(7 * 500);
    expect(byLayout.get('i:urban-new-jobs')).toHaveLength(7 * 300);
    expect(meta.counts.theme.housing).toBe(7 * 500);
    expect(meta.counts.kind.achievement).toBe(7 * 500);
    expect(meta.counts.province['河北省']).toBe(3 * 1500);
    // A report in one file of all rows.
    const fileOf = new Map<number, Set<number>>();
    index.files[0].forEach(([first, last], f) => { for (let i = first; i <= last; i++) fileOf.set(i, (fileOf.get(i) ?? new Set()).add(f)); });
    for (const set of fileOf.values()) expect(set.size).toBe(1);
  });
  it('counts each single filter value once per matching row, not once per layout or file the row is in', () => {
    const dir = mkdtempSync(join(tmpdir(), 'atlas-explorer-'));
    const ids = ['gdp', 'gdp-growth', null, 'urban-new-jobs'];
    const themes = ['economy', 'employment'];
    const target = (report: string, i: number) => ({ id: `t-${i}`, report, indicator: '地区生产总值', value: i, valueMax: null, unit: '%', comparator: i % 4 ? 'gte' : 'approx', deadline: null, kind: i % 3 ? 'target' : 'achievement', theme: themes[i % 2], indicatorId: ids[i % 4] }) as unknown as Target;
    const reports = Array.from({ length: 40 }, (_, r) => {
      const targets = Array.from({ length: 3 + ((r * 7) % 11) }, (_, i) => target(`r${r}`, i + r));
      return { summary: { slug: `r${r}`, province: ['河北省', '四川省', '福建省'][r % 3], place: null, year: 2015 + (r % 10) } as unknown as ReportSummary, label: `R${r}`, level: r % 2 ? '地级' : '县级', targets };
    });
    // Small files, so a row is in many files and layouts (all, its indicator's, its theme's).
    writeExplorerData(dir, reports, { comparator: {}, kind: {}, theme: {} }, { fileRows: 7 });
    const ctx = { window: {} as Record<string, { counts: Record<string, Record<string, number>>; rows: number }> };
    runInNewContext(readFileSync(join(dir, 'meta.js'), 'utf8'), ctx);
    const meta = ctx.window.ATLAS_EXPLORER;
    const rows = reports.flatMap((r) => r.targets.map((t) => ({ t, r })));
    const valueOf: Record<string, (x: (typeof rows)[number]) => string | null> = {
      province: (x) => x.r.summary.province, level: (x) => x.r.level, year: (x) => String(x.r.summary.year),
      theme: (x) => x.t.theme, kind: (x) => x.t.kind, comparator: (x) => x.t.comparator, indicatorId: (x) => x.t.indicatorId ?? null,
    };
    expect(meta.rows).toBe(rows.length);
    expect(Object.keys(meta.counts).sort()).toEqual(Object.keys(valueOf).sort());
    for (const [key, of] of Object.entries(valueOf)) {
      const expected: Record<string, number> = {};
      for (const x of rows) { const v = of(x); if (v !== null) expected[v] = (expected[v] ?? 0) + 1; }
      expect(meta.counts[key], key).toEqual(expected);
    }
    expect(meta.counts.indicatorId.gdp).toBe(rows.filter((x) => x.t.indicatorId === 'gdp').length);
  });
});

describe('zip', () => {
  it('writes an archive that unzips to the same files in the order added, Chinese names included', async () => {
    const path = join(mkdtempSync(join(tmpdir(), 'atlas-zip-')), 'x.zip');
    const zip = new ZipFile(path);
    // More files than are deflated at once, of unlike sizes, so that a later one finishes first.
    const files: Record<string, Uint8Array> = {
      'index.html': new TextEncoder().encode('<p>政府工作报告</p>'.repeat(20000)),
      'reports/东兴/a.js': new TextEncoder().encode('x'),
      'empty.txt': new Uint8Array(0),
      'logo.png': new Uint8Array([137, 80, 78, 71]),
      ...Object.fromEntries(Array.from({ length: 9 }, (_, i) => [`p/${i}.html`, new TextEncoder().encode(`第${i}页`.repeat(1 + ((i * 997) % 5000)))])),
    };
    for (const [name, data] of Object.entries(files)) await zip.add(name, data);
    const size = await zip.close();
    const bytes = readFileSync(path);
    expect(bytes.length).toBe(size);
    const back = unzipSync(bytes);
    expect(Object.keys(back)).toEqual(Object.keys(files));
    for (const [name, data] of Object.entries(files)) expect(Buffer.from(back[name]).equals(Buffer.from(data))).toBe(true);
  });

  it('writes the same archive on worker threads, the pages read from disk and rewritten for file:// there', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'atlas-zip-'));
    const page = '<html><head><link rel="canonical" href="https://example.com/a/"></head><body><a href="/atlas/reports/x/">报告</a></body></html>';
    writeFileSync(join(dir, 'page.html'), page);
    const big = new TextEncoder().encode('政府工作报告'.repeat(50000));
    const entries = [
      { name: 'reports/x/index.html', path: join(dir, 'page.html'), offlineBase: '/atlas/' },
      { name: 'search/index.html', html: page, offlineBase: '/atlas/' },
      { name: 'data/big.txt', data: big },
      // A view of a larger buffer: only its own bytes go in.
      { name: 'data/part.txt', data: big.subarray(3, 30) },
      { name: 'logo.png', data: new Uint8Array([137, 80, 78, 71]) },
      ...Array.from({ length: 12 }, (_, i) => ({ name: `p/${i}.txt`, data: new TextEncoder().encode(`第${i}页`.repeat(1 + ((i * 997) % 5000))) })),
    ];
    const write = async (path: string, pool?: PackPool) => {
      const zip = pool ? new ZipFile(path, pool.pack, pool.inFlight) : new ZipFile(path);
      for (const e of entries) await zip.addEntry(e);
      return zip.close();
    };
    const pool = new PackPool(2);
    const size = await write(join(dir, 'threads.zip'), pool);
    await pool.close();
    await write(join(dir, 'here.zip'));
    const bytes = readFileSync(join(dir, 'threads.zip'));
    expect(bytes.length).toBe(size);
    expect(bytes.equals(readFileSync(join(dir, 'here.zip')))).toBe(true);
    const back = unzipSync(bytes);
    expect(Object.keys(back)).toEqual(entries.map((e) => e.name));
    expect(Buffer.from(back['data/part.txt']).equals(Buffer.from(big.subarray(3, 30)))).toBe(true);
    expect(Buffer.from(back['reports/x/index.html']).toString()).toBe(offlineHtml(page, 'reports/x/index.html', '/atlas/'));
    expect(Buffer.from(back['search/index.html']).toString()).toContain('href="../reports/x/index.html"');
    expect(Buffer.from(back['search/index.html']).toString()).not.toContain('canonical');
  });

  it('fails, rather than writes an archive without it, when a thread cannot make an entry', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'atlas-zip-'));
    const pool = new PackPool(1);
    const zip = new ZipFile(join(dir, 'x.zip'), pool.pack, pool.inFlight);
    await zip.add('a.txt', new TextEncoder().encode('a'));
    await zip.addEntry({ name: 'gone.html', path: join(dir, 'gone.html'), offlineBase: '/' });
    await expect(zip.close()).rejects.toThrow(/ENOENT/);
    await pool.close();
  });
});
