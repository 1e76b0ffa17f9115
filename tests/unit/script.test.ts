import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decode } from '../../src/pipeline/decode.ts';
import { ingest } from '../../src/pipeline/ingest.ts';
import { SCRIPT_RULE, inSimplified, isTraditional } from '../../src/pipeline/script.ts';

const TRADITIONAL = [
  '2024年臺北市政府工作報告',
  '——2024年1月5日在臺北市第十六屆人民代表大會第三次會議上',
  '各位代表：',
  '現在，我代表市人民政府向大會報告工作，請予審議，並請市政協各位委員和其他列席人員提出意見。',
  '一、2023年工作回顧',
  '過去一年，全市地區生產總值增長5.2%，城鎮新增就業4萬人以上。我們著力培育「專精特新」企業，著名作家座談會如期舉辦。',
  '二、2024年工作安排',
  '今年經濟社會發展的主要預期目標是：地區生產總值增長6%左右，城鎮新增就業4萬人以上。',
].join('\n');

describe('script: a report in traditional characters', () => {
  it('is told from simplified text by the share of characters only traditional text uses', () => {
    expect(isTraditional(TRADITIONAL)).toBe(true);
    expect(isTraditional('过去一年，全市地区生产总值增长5.2%，城镇新增就业4万人以上。')).toBe(false);
    // (A simplified text that quotes a traditional name — 於 in a title — stays as it is.)
    expect(inSimplified('出席於右任书法展，全市地区生产总值增长5.2%，城镇新增就业4万人以上，居民收入稳步提高。')).toMatchObject({ converted: 0 });
  });
  it('leaves every corpus and seed file, all simplified, as it is', () => {
    for (const dir of ['../shared/corpus', 'seeds']) {
      for (const f of readdirSync(dir).filter((x) => x.endsWith('.txt'))) expect(isTraditional(decode(readFileSync(`${dir}/${f}`), f).text), f).toBe(false);
    }
  });
  it('reads it in simplified characters, phrase by phrase, digits and marks as they are', () => {
    const { text, converted } = inSimplified(TRADITIONAL);
    expect(text).toContain('过去一年，全市地区生产总值增长5.2%，城镇新增就业4万人以上。我们着力培育「专精特新」企业，著名作家座谈会如期举办。');
    expect(converted).toBeGreaterThan(40);
    expect([...text].length).toBe([...TRADITIONAL].length);
  });
  it('gives the report its title, parts and rows, and logs the conversion', () => {
    const { reports, log } = ingest([{ name: 'trad.txt', bytes: new TextEncoder().encode(TRADITIONAL) }]);
    expect(reports).toHaveLength(1);
    const [r] = reports;
    expect(r.title).toBe('2024年台北市政府工作报告');
    expect(r.sections.map((s) => s.title)).toEqual(['导语', '2023年工作回顾', '2024年工作安排']);
    expect(r.targets.filter((t) => t.headline).map((t) => [t.indicator, t.value, t.kind])).toEqual([
      ['地区生产总值', 6, 'target'],
      ['城镇新增就业', 4, 'target'],
    ]);
    expect(log.dropped.filter((d) => d.rule === SCRIPT_RULE).map((d) => d.file)).toEqual(['trad.txt']);
  });
});
