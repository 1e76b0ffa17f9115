import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { noteWords, ruleWords } from '../../src/lib/log-words.ts';

const CJK = /[\u4e00-\u9fff]/;

describe('build log in Chinese', () => {
  it('has Chinese words for every rule the normalizer can record', () => {
    const source = readFileSync('src/pipeline/normalize.ts', 'utf8');
    const names = [...source.matchAll(/(?:name: |drop\([^,]+, |rule: )'([^']+)'/g)].map((m) => m[1]);
    expect(names.length).toBeGreaterThan(3);
    for (const n of names) expect(ruleWords(n), n).toMatch(CJK);
  });
  it('rewrites the metadata notes and keeps the values they quote', () => {
    expect(noteWords('title: composed from city, year and kind (某市2023年政府工作报告)')).toBe('标题：原文未给出，由城市、年份和类型组成（某市2023年政府工作报告）');
    expect(noteWords('year: neither the text nor the catalog states it')).toBe('年份：原文和目录文件都没有写明，留空');
    expect(noteWords('targets: 12 of 80 rows name no indicator of the vocabulary (indicatorId null)')).toBe('指标：80 项中有 12 项不属于指标词表中的任何指标，未归类');
  });
  it('shows a line it cannot translate as recorded', () => {
    expect(noteWords('something new')).toBe('something new');
  });
});
