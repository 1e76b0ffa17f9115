/** Files holding several documents, or one report more than once (src/pipeline/documents.ts, ingest.ts, merge.ts). */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DOCUMENT_RULES, splitDocuments } from '../../src/pipeline/documents.ts';
import { DUPLICATE_RULE, ingest, prepareFile } from '../../src/pipeline/ingest.ts';
import { groupExcerpts } from '../../src/pipeline/merge.ts';
import { readLines } from '../../src/pipeline/normalize.ts';
import { compareKey } from '../../src/pipeline/text.ts';
import { decode } from '../../src/pipeline/decode.ts';

const bytes = (name: string) => new Uint8Array(readFileSync(new URL(`../fixtures/repair/${name}`, import.meta.url)));
const lines = (name: string) => readLines(decode(bytes(name), name).text, name).lines;

describe('a file holding several documents', () => {
  it('is cut where each document opens, after a complete document', () => {
    const { documents, cuts } = splitDocuments(lines('two-documents.txt'));
    expect(documents).toHaveLength(3);
    expect(cuts.map((c) => [c.text, c.rule])).toEqual([
      ['2019年政府工作报告', DOCUMENT_RULES.opening],
      ['2018年政府工作报告', DOCUMENT_RULES.opening],
    ]);
    expect(documents[1][0].text).toBe('2019年政府工作报告');
  });

  it('publishes each report on its own, with its own front matter, and the bulletin as a document of its own', () => {
    const { reports, errors } = ingest([{ name: 'two-documents.txt', bytes: bytes('two-documents.txt') }]);
    expect(errors).toEqual([]);
    expect(reports).toHaveLength(3);
    const byYear = (y: number) => reports.filter((r) => r.year === y && r.kind === '政府工作报告');
    expect(byYear(2019)).toHaveLength(1);
    expect(byYear(2018)).toHaveLength(1);
    expect(byYear(2019)[0].speaker?.name).toBe('黄喜忠');
    expect(byYear(2018)[0].speaker?.name).toBe('郭锋');
    expect(byYear(2019)[0].delivered).toBe('2019-01-17');
    expect(byYear(2018)[0].delivered).toBe('2018-01-16');
    // The report keeps the plain slug; every report names the file as its source.
    expect(byYear(2019)[0].slug).toBe('shaoguan-2019');
    for (const r of reports) expect(r.sources).toEqual(['two-documents.txt']);
    // The bulletin is not a part of a report: no report holds its sentences but itself.
    const bulletin = reports.find((r) => r.kind !== '政府工作报告')!;
    const text = (r: (typeof reports)[number]) => compareKey(r.sections.flatMap((s) => [s.title, ...s.paragraphs.map((p) => p.text)]).join(''));
    expect(text(byYear(2019)[0])).not.toContain(compareKey('全市统计口径'));
    expect(text(bulletin)).toContain(compareKey('全市统计口径'));
  });

  it('is cut where a title and its delivery line run into one line with what follows them, and not at a sentence that names a session', () => {
    const paragraph = (k: number) => `第${k}项工作全面完成，全市经济社会发展取得新成效，城乡居民收入稳步增长，民生保障水平持续提高，生态环境质量进一步改善，各项改革扎实推进。`;
    const first = ['清远市2008年国民经济和社会发展计划执行情况与2009年计划草案的报告', '各位代表：', ...Array.from({ length: 20 }, (_, k) => paragraph(k + 1))];
    const joined = '2008年政府工作报告 --2008年3月26日在清远市第五届人民代表大会第三次会议上 清远市代市长 徐萍华 各位代表： 我代表市人民政府向大会作政府工作报告，请予审议。';
    const said = '市长2008年3月26日在清远市第五届人民代表大会第三次会议上所作的报告中提出的目标，全部完成。';
    const read = (extra: string) => splitDocuments(readLines([...first, extra, ...Array.from({ length: 12 }, (_, k) => paragraph(k + 30))].join('\n'), 'x.txt').lines);
    const { documents, cuts } = read(joined);
    expect(documents).toHaveLength(2);
    expect(cuts.map((c) => c.text)).toEqual([joined]);
    expect(read(said).documents).toHaveLength(1);
    // (A title set over two lines opens a document as one on a line does.)
    const twoLines = splitDocuments(readLines([...first, '关于印发韶关市人民政府2004年工作要点的', '通知（韶府办〔2004〕77号）', '各县、市、区人民政府：', ...Array.from({ length: 12 }, (_, k) => paragraph(k + 30))].join('\n'), 'x.txt').lines);
    expect(twoLines.documents).toHaveLength(2);
    expect(twoLines.documents[1]![0]!.text).toBe('关于印发韶关市人民政府2004年工作要点的');
  });

  it('never merges two documents of one file back, even when another file joins their text', () => {
    const read = prepareFile({ name: 'two-documents.txt', bytes: bytes('two-documents.txt') });
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    const [a, b] = read.documents.filter((d) => d.year === 2019 || d.year === 2018);
    // A third excerpt holding both reports' text whole.
    const both = { file: 'y.txt', blocks: [...a.blocks, ...b.blocks].map((x) => ({ ...x, sources: ['y.txt'] })) };
    // Years unknown, so only the documents' identity keeps them apart.
    const [da, db] = [{ ...a, year: null, delivered: null }, { ...b, year: null, delivered: null }];
    const groups = groupExcerpts([da, db, both]);
    expect(groups).toHaveLength(2);
    expect(groups.find((g) => g.includes(da))!.includes(db)).toBe(false);
    // Without their document numbers the third file would join them into one report: the test can fail.
    expect(groupExcerpts([{ ...da, document: undefined }, { ...db, document: undefined }, both])).toHaveLength(1);
  });
});

describe('a report captured more than once in one file', () => {
  it('is cut at the second copy and published once, nothing of it lost, the repeats listed', () => {
    const { reports, log } = ingest([{ name: 'twice.txt', bytes: bytes('twice.txt') }]);
    expect(reports).toHaveLength(1);
    const [r] = reports;
    // Front matter only the second copy has; the paragraph only the second copy has, in reading order.
    expect(r.delivered).toBe('2025-03-05');
    expect(r.speaker?.name).toBe('李明');
    const paragraphs = r.sections.flatMap((s) => s.paragraphs.map((p) => p.text));
    const once = new Set(paragraphs);
    expect(once.size).toBe(paragraphs.length);
    const headings = r.sections.filter((s) => s.level === 1 && s.id !== 's0').map((s) => s.title);
    expect(headings).toEqual(['2024年工作回顾', '2025年工作安排']);
    const source = readFileSync(new URL('../fixtures/repair/twice.txt', import.meta.url), 'utf8').split('\n');
    const review = source.slice(source.lastIndexOf('2024年工作回顾') + 1, source.lastIndexOf('2025年工作安排'));
    expect(r.sections.find((s) => s.title === '2024年工作回顾')!.paragraphs.map((p) => p.text)).toEqual(review);
    expect(log.dropped.filter((d) => d.rule === DUPLICATE_RULE).length).toBeGreaterThan(10);
  });

  it('is cut where the text starts again even with no new title', () => {
    const text = lines('twice.txt').map((l) => l.text);
    const copy = text.slice(text.indexOf('2024年工作回顾'), text.indexOf('2025年工作安排'));
    const { documents, cuts } = splitDocuments([...copy, '相关阅读', ...copy].map((t, i) => ({ no: i + 1, text: t })));
    expect(documents).toHaveLength(2);
    expect(cuts[0].rule).toBe(DOCUMENT_RULES.copy);
  });
});
