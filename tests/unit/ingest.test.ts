import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync, cpSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { ingest, type InputFile } from '../../src/pipeline/ingest.ts';
import { readSeeds } from '../../src/pipeline/io.ts';
import { compareKey } from '../../src/pipeline/text.ts';

const fixture = (name: string): InputFile => ({ name, bytes: readFileSync(new URL(`../fixtures/${name}`, import.meta.url)) });
const seeds = readSeeds('seeds');

describe('titles of other documents a government publishes', () => {
  const meta = (text: string) => {
    const [r] = ingest([{ name: 'doc.txt', bytes: new TextEncoder().encode(text) }]).reports;
    return { title: r.title, kind: r.kind, year: r.year, place: r.place?.name ?? null, headings: r.sections.map((s) => s.title), kinds: r.targets.map((t) => t.kind) };
  };
  it('reads a final account\'s title on the first line (…2022年财政决算报告, 关于…的报告) as its title, place and year, a review of that year', () => {
    const body = '\n2022年，全县财政总收入10.2亿元。全县一般公共预算支出20亿元，增长5%。\n';
    expect(meta('汶上县2022年财政决算报告' + body)).toMatchObject({ title: '汶上县2022年财政决算报告', kind: '决算报告', year: 2022, place: '汶上县', kinds: ['achievement', 'achievement', 'achievement'] });
    expect(meta('关于汶上县2022年财政决算的报告' + body)).toMatchObject({ kind: '决算报告', year: 2022, place: '汶上县' });
    // (The government that issues it alone above the title: both front matter, neither a heading.)
    const issued = meta('某镇人民政府\n2022年决算报告' + body);
    expect(issued).toMatchObject({ title: '2022年决算报告', kind: '决算报告', year: 2022 });
    expect(issued.headings.join('|')).not.toMatch(/决算报告|人民政府/);
    // (A budget with its draft is a budget's, the plan of the next year.)
    expect(meta('关于汶上县2022年预算执行情况和2023年预算草案的报告' + body).kind).toBe('预算报告');
  });
  it('reads a final account\'s draft heard the next year (关于某区2020年决算（草案）的报告, 2021年9月26日在…人大常委会…) as the year it closes', () => {
    const text = '关于广州市越秀区2020年决算（草案）的报告\n——2021年9月26日在广州市越秀区第十六届人大常委会第六十一次会议上\n主任、各位副主任、各位委员：\n2020年，全区一般公共预算收入50亿元。\n';
    expect(meta(text)).toMatchObject({ kind: '决算报告', year: 2020, place: '越秀区' });
  });
  it('reads a budget report\'s title after its province in brackets (（广西壮族自治区）关于桂林市七星区…的报告) as the district\'s, not the province\'s', () => {
    const text = '（广西壮族自治区）关于桂林市七星区2021年预算执行情况和2022年预算草案的报告\n各位代表：\n2021年，全区一般公共预算收入5亿元。\n';
    expect(meta(text)).toMatchObject({ kind: '预算报告', year: 2022, place: '七星区' });
  });
  it('reads a work summary\'s title on the first line (2008年镇政府工作总结) as its title', () => {
    expect(meta('2008年镇政府工作总结\n今年以来，全镇实现工业总产值12亿元。\n')).toMatchObject({ title: '2008年镇政府工作总结', kind: '工作总结', year: 2008 });
  });
});

describe('ingest over fixtures', () => {
  it('reports every bad file with its reason and still ingests the good ones', () => {
    const r = ingest([
      fixture('newspaper.txt'),
      { name: 'empty.txt', bytes: new Uint8Array() },
      { name: 'image.bin', bytes: new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 1, 2]) },
      { name: 'menu-only.txt', bytes: new TextEncoder().encode('首页\n新闻中心\n登录\n') },
    ]);
    expect(r.errors.map((e) => e.message)).toEqual([
      'empty.txt: empty file',
      'image.bin: binary file (NUL bytes), not a plain-text report',
      'menu-only.txt: not a report: nothing is left once site chrome is removed',
    ]);
    expect(r.reports.map((x) => x.slug)).toEqual(['quanzhou-2024']);
  });

  it('turns a new newspaper-layout report into a structured report with targets, no code change', () => {
    const [rep] = ingest([fixture('newspaper.txt')]).reports;
    expect(rep).toMatchObject({ city: '泉州市', province: '福建省', year: 2024 });
    expect(rep.sections.map((s) => s.id)).toEqual(['s0', 's2', 's2-1', 's2-1-1', 's2-1-2']);
    expect(rep.targets.find((t) => t.indicator === '地区生产总值')).toMatchObject({ value: 6, comparator: 'growth', kind: 'target' });
    expect(rep.targets.find((t) => t.indicator === '城镇新增就业')).toMatchObject({ value: 3.2, unit: '万人', kind: 'achievement' });
    // 总投 / 资 600亿元 was broken over two lines of the column.
    expect(rep.targets.find((t) => t.indicator === '新签约项目总投资')).toMatchObject({ value: 600, unit: '亿元', comparator: 'gte' });
  });
});

describe('ingest over the seeds', () => {
  const result = ingest(seeds.files, seeds.catalog);

  it('merges the two excerpts of one report and keeps the others apart', () => {
    expect(result.errors).toEqual([]);
    const groups = result.reports.map((r) => r.sources.length).sort();
    expect(groups).toEqual([1, 1, 1, 2]);
  });

  it('publishes every sentence of every seed exactly once, in a report built from that seed', () => {
    for (const rep of result.reports) {
      const published = rep.sections.map((s) => `${s.number ?? ''}${s.title}。${s.paragraphs.map((p) => p.text).join('')}`).join('') + rep.title;
      const key = compareKey(published);
      for (const file of rep.sources) {
        const input = seeds.files.find((f) => f.name === file)!;
        const dropped = result.log.dropped.filter((d) => d.file === file).map((d) => d.text);
        const lines = new TextDecoder().decode(input.bytes).split(/\n/).map((l) => l.trim()).filter((l) => l && !dropped.includes(l));
        // Split at line ends too: a fragment of a wrapped sentence must still stand in the published text.
        const text = lines.join('\n').replace(/[（(](?:上接|下转)第.版[)）]/g, '');
        for (const sentence of text.split(/[。！？\n]/).map(compareKey).filter((s) => s.length >= 4)) {
          expect(key, `${file}: ${sentence}`).toContain(sentence);
        }
      }
      // No paragraph twice.
      const paras = rep.sections.flatMap((s) => s.paragraphs.map((p) => compareKey(p.text)));
      expect(new Set(paras).size).toBe(paras.length);
    }
  });

  it('decodes a GB18030 copy of a seed into the same report as the UTF-8 one', () => {
    const original = seeds.files.find((f) => f.name.startsWith('002'))!;
    const gb = { name: original.name, bytes: iconv.encode(new TextDecoder().decode(original.bytes), 'gb18030') };
    const a = ingest([original], seeds.catalog).reports[0];
    const b = ingest([gb], seeds.catalog).reports[0];
    expect(b).toEqual(a);
  });

  it('keeps the seeds’ slugs, and names each seed’s government', () => {
    expect(result.reports.map((r) => r.slug).sort()).toEqual(['dongxing-2023', 'fuzhou-2021', 'hanzhong-2024', 'zhangzhou-2023']);
    const place = (slug: string) => result.reports.find((r) => r.slug === slug)!.place;
    expect(place('zhangzhou-2023')).toMatchObject({ name: '漳州市', level: 'prefecture', slug: 'zhangzhou' });
    expect(place('dongxing-2023')).toMatchObject({ name: '东兴市', level: 'county-city', parents: [{ name: '防城港市' }, { name: '广西壮族自治区' }] });
  });

  it('keeps the seeds’ section ids', () => {
    const ids = (slug: string) => result.reports.find((r) => r.slug === slug)!.sections.map((s) => s.id);
    expect(ids('zhangzhou-2023').slice(0, 6)).toEqual(['s0', 's2', 's2-1', 's2-1-1', 's2-1-2', 's2-1-3']);
    expect(ids('dongxing-2023').slice(0, 4)).toEqual(['s0-0-1', 's0-4', 's0-4-1', 's0-4-2']);
    expect(ids('hanzhong-2024').slice(0, 4)).toEqual(['s0-0-1', 's0-0-2', 's0-4', 's0-4-1']);
    expect(ids('fuzhou-2021').slice(0, 4)).toEqual(['s0', 's0-0-1', 's0-0-2', 's0-0-3']);
    expect(ids('fuzhou-2021')).toContain('s1-1-2-4');
  });

  it('gives the same ids on every run', () => {
    const again = ingest(seeds.files, seeds.catalog);
    expect(again.reports.map((r) => r.sections.map((s) => s.id))).toEqual(result.reports.map((r) => r.sections.map((s) => s.id)));
    expect(again.reports.map((r) => r.targets.map((t) => t.id))).toEqual(result.reports.map((r) => r.targets.map((t) => t.id)));
  });
});

describe('ingest CLI', () => {
  it('writes the good files, prints FILE: reason for each bad one and exits non-zero', () => {
    const dir = mkdtempSync(join(tmpdir(), 'atlas-seeds-'));
    const out = mkdtempSync(join(tmpdir(), 'atlas-out-'));
    cpSync(new URL('../fixtures/newspaper.txt', import.meta.url), join(dir, 'newspaper.txt'));
    writeFileSync(join(dir, 'empty.txt'), '');
    const r = spawnSync(process.execPath, ['scripts/ingest.ts', '--seeds', dir, '--out', out], { encoding: 'utf8' });
    expect(r.status).toBe(1);
    expect(r.stderr.trim()).toBe('empty.txt: empty file');
    expect(readdirSync(out).sort()).toEqual([
      'build-log.json', 'indicators.json', 'mdx', 'outcomes.csv', 'outcomes.json', 'page-data', 'places.json', 'reports', 'reports.json',
      'targets.csv', 'targets.json',
    ]);
    const csv = readFileSync(join(out, 'targets.csv'), 'utf8');
    // The contract's columns first, in their order, then the added ones.
    expect(csv.split('\n')[0]).toBe(
      '\uFEFFid,report,section,kind,indicator,value,valueMax,unit,comparator,deadline,quote,theme,' +
        'bound,headline,indicatorId,periodFrom,periodTo,annualAverage,estimated,canonicalValue,canonicalUnit,action,inTitle',
    );
    // A child process on a shared machine: give it room, the test asserts on its output, not its speed.
  }, 60_000);
});

describe('redirects of changed ids', () => {
  const files = [fixture('newspaper.txt')];
  it('attaches valid old → new ids to the report', () => {
    const r = ingest(files, { files: {} }, { 'quanzhou-2024': { 's2-1-9': 's2-1-1' } });
    expect(r.errors).toEqual([]);
    expect(r.reports[0].redirects).toEqual({ 's2-1-9': 's2-1-1' });
  });
  it('refuses redirects that lead nowhere or hide a current id', () => {
    const r = ingest(files, { files: {} }, { 'quanzhou-2024': { 's2-1-9': 's9', s2: 's2-1' }, nowhere: { a: 'b' } });
    expect(r.errors.map((e) => e.message)).toEqual([
      'redirects.yaml: quanzhou-2024: s2-1-9 → s9, but s9 is not an id of the report',
      'redirects.yaml: quanzhou-2024: s2 is a current id and cannot be redirected',
      'redirects.yaml: no report nowhere',
    ]);
  });
});
