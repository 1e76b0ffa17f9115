/** previous and newPhrases (src/pipeline/first-said.ts): each report against its own government's earlier reports. */
import { describe, expect, it } from 'vitest';
import { linkReports, markedPhrases, readsNewPhrases, TextIndex } from '../../src/pipeline/first-said.ts';
import type { Report } from '../../src/pipeline/types.ts';

function report(slug: string, year: number, code: string | null, text: string, kind = '政府工作报告'): Report {
  return {
    slug, title: slug, city: null, province: null, year, kind, delivered: null, session: null, speaker: null,
    place: code ? { name: `地方${code}`, level: 'prefecture', code, parents: [], slug: code } : null,
    sources: [`${slug}.txt`], frontMatter: [], targets: [], provenance: [], redirects: {},
    sections: [
      { id: 's1', parent: null, level: 1, number: '一、', title: '工作回顾', paragraphs: [{ text: '过去一年，全市经济稳中向好。', sources: [] }] },
      { id: 's2', parent: null, level: 1, number: '二、', title: '工作安排', paragraphs: [{ text, sources: [] }] },
    ],
  };
}

describe('first said', () => {
  it('links each report to its government’s previous one and lists what none of the earlier ones said', () => {
    const a = report('a-2023', 2023, '1', '推进“数字经济”发展，落实《城市更新方案》。');
    const b = report('a-2024', 2024, '1', '开展“人工智能+”行动，“人工智能+”赋能千行百业，做强“数字经济”，实施《城市更新方案》。');
    const other = report('b-2024', 2024, '2', '开展“人工智能+”行动。');
    linkReports([b, other, a]);
    expect(a.previous).toBeNull();
    expect(a.newPhrases).toEqual([]);
    expect(b.previous).toBe('a-2023');
    expect(b.newPhrases).toEqual([{ text: '人工智能+', section: 's2' }]);
    // Another government's report is not this one's history.
    expect(other.previous).toBeNull();
    expect(other.newPhrases).toEqual([]);
  });

  it('never counts a phrase an earlier report said without quotation marks as new', () => {
    const a = report('a-2023', 2023, '1', '发展低空经济。');
    const b = report('a-2024', 2024, '1', '培育“低空经济”和“银发经济”。');
    linkReports([a, b]);
    expect(b.newPhrases?.map((p) => p.text)).toEqual(['银发经济']);
  });

  it('ranks phrases by use and keeps sentences out', () => {
    const r = report('a-2024', 2024, '1', '“一网通办”“一网统管”，“一网统管”，“不是一个短语，而是一句话。”');
    expect(markedPhrases(r).map((p) => p.text)).toEqual(['一网统管', '一网通办']);
  });

  it('gives no previous report across two documents of one year, nor to a report without a government', () => {
    const report1 = report('a-2024', 2024, '1', '“甲”');
    const bulletin = report('a-2024-tjgb', 2024, '1', '“乙”', '统计公报');
    const none = report('x-2024', 2024, null, '“丙”');
    linkReports([bulletin, report1, none]);
    expect([report1.previous, bulletin.previous, none.previous]).toEqual([null, null, null]);
  });

  it('finds a phrase where indexOf finds it, every use and every count, through its index of character pairs', () => {
    // Texts of few characters, so that strings recur, overlap (改改改) and run into each other.
    const alphabet = '改革开放，“+';
    let seed = 7;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    const draw = (n: number) => Array.from({ length: n }, () => alphabet[Math.floor(next() * alphabet.length)]).join('');
    for (let round = 0; round < 200; round++) {
      const text = draw(Math.floor(next() * 300));
      const index = new TextIndex(text);
      for (let q = 0; q < 20; q++) {
        const phrase = q === 0 ? '人工' : draw(1 + Math.floor(next() * 5));
        const uses: number[] = [];
        for (let at = text.indexOf(phrase); at >= 0; at = text.indexOf(phrase, at + 1)) uses.push(at);
        let count = 0;
        for (let at = text.indexOf(phrase); at >= 0; at = text.indexOf(phrase, at + phrase.length)) count++;
        expect(index.positions(phrase), `${phrase} in ${text}`).toEqual(uses);
        expect(index.count(phrase), `${phrase} in ${text}`).toBe(count);
        expect(index.has(phrase), `${phrase} in ${text}`).toBe(text.includes(phrase));
      }
    }
  });

  it('knows from governments, years and kinds alone which reports are read for new phrases, as linkReports reads them', () => {
    const reports = [
      report('a-2023', 2023, '1', '“甲”'),
      report('a-2024', 2024, '1', '“乙”'),
      report('a-2024-tjgb', 2024, '1', '“丙”', '统计公报'),
      report('a-2025-tjgb', 2025, '1', '“丁”', '统计公报'),
      report('a-2022-plan', 2022, '1', '“戊”', '行动方案'),
      report('b-2024', 2024, '2', '“己”'),
      report('b-2024-2', 2024, '2', '“庚”'),
      report('x-2024', 2024, null, '“辛”'),
      { ...report('a-none', 2020, '1', '“壬”'), year: null },
    ];
    const read = new Set<string>();
    linkReports(reports, (r) => void read.add(r.slug));
    expect([...readsNewPhrases(reports)].map((r) => r.slug).sort()).toEqual([...read].sort());
    // A work report after one of an earlier year, a bulletin after a bulletin; not a report beside one of its own year.
    expect([...read].sort()).toEqual(['a-2024', 'a-2025-tjgb']);
  });
});
