/** Text repaired before it is read (src/pipeline/repair.ts): each rule on a small fixture, each listed in the log. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decode } from '../../src/pipeline/decode.ts';
import { normalize, readLines } from '../../src/pipeline/normalize.ts';
import { REPAIR_RULES, repairLines, repairText } from '../../src/pipeline/repair.ts';

const fixture = (name: string) => decode(new Uint8Array(readFileSync(new URL(`../fixtures/repair/${name}`, import.meta.url))), name).text;
const rules = (d: { rule: string }[]) => new Set(d.map((x) => x.rule));
const lines = (texts: string[]) => texts.map((text, i) => ({ no: i + 1, text }));

describe('literal escape sequences', () => {
  it('reads \\n, \\r\\n, \\t and \\uXXXX of a dump with no real line breaks as the characters they stand for', () => {
    const norm = normalize(fixture('escaped.txt'), 'escaped.txt');
    expect(norm.paragraphs).toContain('今年的主要预期目标是：地区生产总值增长6%左右。');
    expect(norm.paragraphs).toContain('城镇新增就业5万人以上。');
    expect(norm.paragraphs.join('')).not.toMatch(/\\[nrtu]/);
    expect(norm.hints.frontMatter).toContain('政府工作报告');
    expect(rules(norm.dropped)).toContain(REPAIR_RULES.escapes);
  });
  it('leaves a backslash alone in a file that has its own line breaks', () => {
    const text = '各位代表：\n路径写作 C:\\new\\table 不变。\n第二行。\n第三行。\n第四行。\n第五行。\\n';
    expect(repairText(text, 'x.txt').text).toBe(text);
  });
});

describe('HTML remnants and character markers', () => {
  const { text, dropped } = repairText(fixture('html.txt'), 'html.txt');
  it('removes tags, reads entities and <U+XXXX> markers, drops zero-width characters', () => {
    expect(text).not.toMatch(/<\/?(?:p|br|div|span)\b/);
    expect(text).toContain('PM2.5<35微克/立方米'); // a < before a digit is no tag
    expect(text).toContain('优良天数比例达95%\u00A0以上'); // &#57; is the digit 9: a number restored, never altered
    expect(text).toContain('马\u00A0军 & 各位副市长');
    expect(text).toContain('过去一年，全市经济增长6.5%');
    expect(rules(dropped)).toEqual(new Set([REPAIR_RULES.markers, REPAIR_RULES.tags, REPAIR_RULES.entities, REPAIR_RULES.invisible]));
  });
  it('ends a line at a block tag', () => {
    expect(repairText('第一段。<br>第二段。</p><p>第三段。', 'x.txt').text.split('\n').filter(Boolean)).toEqual(['第一段。', '第二段。', '第三段。']);
  });
  it('keeps the NBSP of a name as layout (folded later like any space between Han)', () => {
    const norm = normalize('政府工作报告\n市长&nbsp;&nbsp;马&nbsp;军\n各位代表：过去一年经济增长6%。', 'x.txt');
    expect(norm.hints.frontMatter).toContain('市长马军');
  });
});

describe('PDF page numbers and datelines', () => {
  const { lines: kept, dropped } = readLines(fixture('pdf-pages.txt'), 'pdf-pages.txt');
  const texts = kept.map((l) => l.text);
  it('drops page numbers alone on a line and glued at the end of one, keeping line numbers', () => {
    expect(texts).not.toContain('— 7 —');
    expect(texts).not.toContain('- 8 -');
    expect(texts).not.toContain('第9页');
    expect(texts).not.toContain('3/12');
    expect(texts).not.toContain('共12页 第10页');
    expect(texts).toContain('五、谋划推进全域旅游，旅游经济持续旺盛');
    expect(kept.find((l) => l.text === '增长12%。')!.no).toBe(7);
    expect(dropped.filter((d) => d.rule === REPAIR_RULES.pageNumber).map((d) => d.text)).toEqual(['—6—', '— 7 —', '- 8 -', '第9页', '3/12', '共12页 第10页']);
  });
  it('never touches a range or a number inside a sentence', () => {
    expect(texts).toContain('增长5%—6%');
    expect(texts).toContain('全年完成投资10—20亿元。');
    expect(repairLines(lines(['比上年增长3—5—', '12/3']), 'x.txt').lines.map((l) => l.text)).toEqual(['比上年增长3—5—', '12/3']);
  });
  it('drops a news dateline alone on a line', () => {
    expect(dropped.find((d) => d.rule === REPAIR_RULES.dateline)?.text).toBe('新华社北京3月12日电');
    expect(repairLines(lines(['国家电网供电']), 'x.txt').lines).toHaveLength(1);
  });
});

describe('a title broken inside its kind word', () => {
  it('joins 政府工作报 / 告 and lets the title be front matter', () => {
    const text = '\u200B\n\n政府工作报\n告\n\n——2021年3月5日在第十三届全国人民代表大会第四次会议上\n各位代表：\n现在，我代表国务院，向大会报告政府工作。\n';
    const norm = normalize(text, 'x.txt');
    expect(norm.hints.frontMatter.slice(0, 2)).toEqual(['政府工作报告', '——2021年3月5日在第十三届全国人民代表大会第四次会议上']);
    expect(rules(norm.dropped)).toContain(REPAIR_RULES.brokenTitle);
  });
  it('does not join a word that is no title', () => {
    expect(repairLines(lines(['加快建设工作报', '表']), 'x.txt').lines).toHaveLength(2);
  });
});
