/**
 * New phrases ranked so that coined terms come first, marked or not, and no segmentation debris: on text written for
 * this test (a government's two consecutive reports) and on the national reports of the development corpus. Nothing
 * here is in the rules: they read quotes, 、-joined slogans, repeated use, compound grammar and word edges only.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { linkReports, phraseCandidates, repeatedPhrases, slogans, wellFormed, wordEdges } from '../../src/pipeline/first-said.ts';
import { ingest } from '../../src/pipeline/ingest.ts';
import { DEFAULT_INDICATORS, readVocabulary } from '../../src/pipeline/io.ts';
import type { Report } from '../../src/pipeline/types.ts';

function report(slug: string, year: number, paragraphs: string[]): Report {
  return {
    slug, title: slug, city: null, province: null, year, kind: '政府工作报告', delivered: null, session: null, speaker: null,
    place: { name: '某地', level: 'prefecture', code: '999999', parents: [], slug: 'moudi' },
    sources: [`${slug}.txt`], frontMatter: [], targets: [], provenance: [], redirects: {},
    sections: paragraphs.map((text, i) => ({ id: `s${i + 1}`, parent: null, level: 1, number: null, title: `第${i + 1}部分`, paragraphs: [{ text, sources: [] }] })),
  };
}

const earlier = report('moudi-2014', 2014, [
  '过去一年，经济社会发展稳中有进，地区生产总值增长7.5%，城镇新增就业10万人。推进社会主义现代化建设，深化改革开放。',
  '今年要坚持稳中求进，推进结构性改革，深化行政体制改革，加快转变政府职能，推进新型城镇化，完成十项民生工程。',
]);
const later = report('moudi-2015', 2015, [
  '过去一年，经济社会发展稳中有进，地区生产总值增长7.3%，城镇新增就业12万人。我国经济发展进入新常态，推进社会主义现代化建设。',
  '主动适应和引领新常态，推动大众创业、万众创新，培育新常态下的增长动力。制定“互联网+”行动计划，以“互联网+”带动传统产业。',
  '深化“放管服”改革，推进供给侧结构性改革。供给侧结构性改革是主线，用改革的办法推进供给侧结构性改革。完成十二项民生工程，新增就业15万人。',
  '坚持大众创业、万众创新，适应新常态，把握新常态，完成八项民生工程，新增就业15万人，推进社会主义现代化建设。',
]);
linkReports([later, earlier]);
const texts = (r: Report) => r.sections.map((s) => `${s.title}\n${s.paragraphs.map((p) => p.text).join('\n')}`).join('\n');

describe('new phrases of a report, on text written for the test', () => {
  const listed = later.newPhrases!.map((p) => p.text);
  it('lists the coined terms, marked or not, before anything else new', () => {
    expect(listed.slice(0, 5).sort()).toEqual(['互联网+', '供给侧结构性改革', '大众创业、万众创新', '放管服', '新常态'].sort());
  });
  it('lists no debris: no cut through a word, no count, no phrase the earlier report said', () => {
    for (const p of listed) {
      expect(p, p).not.toMatch(/\d|项民生|万人|社会主$|^主义/);
      expect(texts(later)).toContain(p);
      expect(texts(earlier).includes(p), p).toBe(false);
    }
    expect(listed).not.toContain('供给侧');
    expect(listed).not.toContain('结构性改革');
  });
  it('reads a repeated slogan at the length where its items are parallel', () => {
    expect([...slogans(texts(later)).keys()]).toEqual(['大众创业、万众创新']);
  });
  it('finds repeats that no character extends without losing a use', () => {
    const repeats = repeatedPhrases('推进供给侧结构性改革，深化供给侧结构性改革，以供给侧结构性改革为主线');
    expect(repeats.get('供给侧结构性改革')).toBe(3);
    expect(repeats.has('给侧结构性改')).toBe(false);
  });
  it('finds the repeats a direct count finds, in the order it finds them (by length, then by first use)', () => {
    // Every string of 2–13 characters inside a clause, its uses counted (overlapping ones too), as the definition reads.
    const direct = (text: string) => {
      const clauses = [...text.matchAll(/[\u3400-\u9fff]+(?:[+＋][\u3400-\u9fff]*)?/g)].map((m) => m[0]);
      const count = new Map<string, number>();
      const order: string[][] = [];
      for (let len = 2; len <= 13; len++) {
        order[len] = [];
        for (const c of clauses) for (let i = 0; i + len <= c.length; i++) {
          const s = c.slice(i, i + len);
          if (!count.has(s)) order[len].push(s);
          count.set(s, (count.get(s) ?? 0) + 1);
        }
      }
      const firstUse = (s: string) => text.indexOf(s);
      const out: [string, number][] = [];
      for (let len = 3; len <= 12; len++) {
        for (const s of order[len].sort((a, b) => firstUse(a) - firstUse(b))) {
          const n = count.get(s)!;
          const extended = order[len + 1].some((l) => (l.startsWith(s) || l.endsWith(s)) && count.get(l) === n);
          if (n >= 2 && !extended) out.push([s, n]);
        }
      }
      return out;
    };
    let seed = 3;
    const random = () => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32);
    const alphabet = [...'改革发展推进建设，。+'];
    for (let k = 0; k < 40; k++) {
      const text = Array.from({ length: 40 + Math.floor(random() * 300) }, () => alphabet[Math.floor(random() * (2 + (k % 9)))]).join('');
      expect([...repeatedPhrases(text)], text).toEqual(direct(text));
    }
  });
  it('refuses phrases that begin inside a word or with a count, and ones that end before their word', () => {
    for (const w of ['化改革', '性改革', '三是加快', '的发展', '发展新', '多万人', '推进第二'])
      expect(wellFormed(w), w).toBe(false);
    for (const w of ['新常态', '供给侧结构性改革', '营商环境']) expect(wellFormed(w), w).toBe(true);
  });
  it('gives each phrase the section that first uses it', () => {
    const where = Object.fromEntries(later.newPhrases!.map((p) => [p.text, p.section]));
    expect(where['新常态']).toBe('s1');
    expect(where['放管服']).toBe('s3');
  });
});

/**
 * Debris of the kinds a real report leaves, written for the test: a word ICU does not know cut in two (疫|情), a verb
 * with the head of a longer object (推进制造业 of 推进制造业技术改造), the head of one noun phrase with what follows it
 * (方式绿色转型 of 发展方式绿色转型), beside a coined term used without marks (新质生产力).
 */
const plain = report('moudi-2020', 2020, [
  '过去一年，疫情防控取得成效，经济运行总体平稳，改进工作方式，创新监管方式。',
  '今年要坚持稳中求进，推进技术改造，强化科技支撑，深化改革开放，转变发展方式，推动绿色发展。',
]);
const debrisYear = report('moudi-2021', 2021, [
  '面对疫情冲击，经济恢复好于预期。疫情冲击之下，受疫情冲击较大的行业加快恢复。疫情发生后及时出台政策，疫情发生前消费平稳。',
  '因地制宜发展新质生产力，新质生产力稳步发展，以新质生产力推动高质量发展。',
  '推进制造业技术改造升级，推进制造业数字化转型。强化国家战略科技力量，强化国家经济安全保障。深化人才分类评价改革，深化人才管理制度改革。',
  '改进工作方式，创新监管方式。加快发展方式绿色转型，促进生产生活方式绿色转型。用税收优惠机制激励企业加大投入，运用市场化机制激励企业创新，完善考核机制，健全激励机制。',
]);
linkReports([debrisYear, plain]);

describe('new phrases keep segmentation debris and verb-object fragments out, on text written for the test', () => {
  const listed = debrisYear.newPhrases!.map((p) => p.text);
  it('keeps the coined term used without marks', () => {
    expect(listed).toContain('新质生产力');
  });
  it('never begins inside a word ICU does not know (情 of 疫情)', () => {
    expect(listed.filter((p) => p.startsWith('情'))).toEqual([]);
    // ICU cuts 疫情 into two single characters; standing together in every use, they are read as one word.
    const text = texts(debrisYear);
    const { edges } = wordEdges(text);
    for (let at = text.indexOf('疫情'); at >= 0; at = text.indexOf('疫情', at + 1)) expect(edges[at + 1], `疫情 at ${at}`).toBe(0);
  });
  it('lists no verb with the head of a longer object, nor the head of one noun phrase with the start of the next', () => {
    for (const debris of ['推进制造业', '强化国家', '深化人才', '方式绿色转型', '机制激励企业']) expect(listed, debris).not.toContain(debris);
  });
  it('holds the invariant on the same reports', () => {
    for (const p of listed) {
      expect(texts(debrisYear)).toContain(p);
      expect(texts(plain).includes(p), p).toBe(false);
    }
  });
});

const CORPUS = new URL('../../../shared/corpus/', import.meta.url);
describe.skipIf(!existsSync(CORPUS))('new phrases of the national reports in the corpus', () => {
  const files = readdirSync(CORPUS)
    .filter((f) => f.startsWith('national-'))
    .map((name, i) => ({ name: `n${i}.txt`, bytes: new Uint8Array(readFileSync(new URL(name, CORPUS))) }));
  const { vocabulary } = readVocabulary(DEFAULT_INDICATORS);
  const reports = ingest(files, { files: {} }, {}, vocabulary).reports.sort((a, b) => a.year! - b.year!);
  const byYear = new Map(reports.map((r) => [r.year!, r]));

  it('holds the invariant: every listed phrase stands in its report and in none of its government’s earlier reports', () => {
    let checked = 0;
    for (const r of reports) {
      const before = reports.filter((x) => x.year! < r.year!).map(texts).join('\n');
      for (const p of r.newPhrases ?? []) {
        expect(texts(r), `${r.slug}: ${p.text}`).toContain(p.text);
        expect(before.includes(p.text), `${r.slug}: ${p.text}`).toBe(false);
        const section = r.sections.find((s) => s.id === p.section)!;
        expect(`${section.title}\n${section.paragraphs.map((x) => x.text).join('\n')}`).toContain(p.text);
        checked++;
      }
      expect((r.newPhrases ?? []).length).toBeLessThanOrEqual(30);
    }
    expect(checked).toBeGreaterThan(100);
  });
  it('puts the coined terms of each year among its first thirty new phrases', () => {
    const top = (y: number) => (byYear.get(y)?.newPhrases ?? []).map((p) => p.text);
    expect(top(2021)).toEqual(expect.arrayContaining(['十四五', '新发展格局', '新发展阶段']));
    expect(top(2025)).toEqual(expect.arrayContaining(['新质生产力', '人工智能+', '十五五']));
  });
  it('lists no number fragment and no phrase cut at a word’s edge inside it', () => {
    for (const r of reports) {
      for (const p of r.newPhrases ?? []) {
        const marked = texts(r).includes(`“${p.text}”`) || texts(r).includes(`《${p.text}》`);
        if (marked) continue;
        expect(p.text, `${r.slug}: ${p.text}`).not.toMatch(/\d/);
        expect(wellFormed(p.text) || p.text.includes('、'), `${r.slug}: ${p.text}`).toBe(true);
      }
    }
  });
  it('ranks what the text marks or repeats as a unit above phrases it uses once', () => {
    for (const r of reports.slice(1)) {
      const c = phraseCandidates(r);
      expect(c.every((x) => x.how !== 'repeated' || x.uses >= 2)).toBe(true);
    }
  });
});
