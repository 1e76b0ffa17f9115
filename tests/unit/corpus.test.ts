/**
 * The development corpus (../shared/corpus): real reports the pipeline was not written for. The facts below were
 * read by hand from each report's own front matter (title, delivery line, speaker line).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decode } from '../../src/pipeline/decode.ts';
import { ingest, type InputFile } from '../../src/pipeline/ingest.ts';
import { REPAIR_RULES, repairText } from '../../src/pipeline/repair.ts';
import { compareKey } from '../../src/pipeline/text.ts';
import { ruleWords } from '../../src/lib/log-words.ts';
import { evaluateFacts, factsFromGold, failedFactFloors, formatFacts, loadFacts, type Facts } from '../../src/eval/facts-eval.ts';
import { loadGold } from '../../src/eval/eval.ts';

const DIR = new URL('../../../shared/corpus/', import.meta.url);
const present = existsSync(DIR);
const files: InputFile[] = present
  ? readdirSync(DIR)
      .filter((f) => f.endsWith('.txt'))
      .map((name) => ({ name, bytes: new Uint8Array(readFileSync(new URL(name, DIR))) }))
  : [];

type Fact = [place: string, level: string, parents: string[], year: number, delivered: string, speaker: string, office: string | null];
const FACTS: Record<string, Fact> = {
  '2026_云南省_政府工作报告.txt': ['云南省', 'province', [], 2026, '2026-01-28', '王予波', '省长'],
  '2026_宁夏回族自治区_政府工作报告.txt': ['宁夏回族自治区', 'autonomous-region', [], 2026, '2026-02-03', '张雨浦', '主席'],
  '2026_广西壮族自治区_政府工作报告.txt': ['广西壮族自治区', 'autonomous-region', [], 2026, '2026-02-02', '韦韬', '主席'],
  '2026_河北省_政府工作报告.txt': ['河北省', 'province', [], 2026, '2026-01-26', '王正谱', '省长'],
  '2026_浙江省_政府工作报告.txt': ['浙江省', 'province', [], 2026, '2026-01-14', '刘捷', '省长'],
  '2026_海南省_政府工作报告.txt': ['海南省', 'province', [], 2026, '2026-01-27', '刘小明', '省长'],
  '2026_湖北省_政府工作报告.txt': ['湖北省', 'province', [], 2026, '2026-01-27', '李殿勋', '省长'],
  '2026_湖南省_政府工作报告.txt': ['湖南省', 'province', [], 2026, '2026-02-03', '毛伟明', '省长'],
  '2026_福建省_政府工作报告.txt': ['福建省', 'province', [], 2026, '2026-01-27', '赵龙', '省长'],
  '2026_重庆市_政府工作报告.txt': ['重庆市', 'municipality', [], 2026, '2026-01-28', '胡衡华', '市长'],
  'hailaer-2012-gb18030.txt': ['海拉尔区', 'district', ['呼伦贝尔市', '内蒙古自治区'], 2012, '2012-02-29', '张天喜', '区长'],
  'hailaer-2013-gb18030.txt': ['海拉尔区', 'district', ['呼伦贝尔市', '内蒙古自治区'], 2013, '2013-02-28', '杜联合', '区长'],
  'hailaer-2014-gb18030.txt': ['海拉尔区', 'district', ['呼伦贝尔市', '内蒙古自治区'], 2014, '2014-02-19', '杜联合', '区长'],
  'hailaer-2015-gb18030.txt': ['海拉尔区', 'district', ['呼伦贝尔市', '内蒙古自治区'], 2015, '2015-02-05', '杜联合', '区长'],
};

/** facts.json beside the corpus: the facts of the other files, read by hand (see src/eval/facts-eval.ts). */
const facts: Facts = present && existsSync(new URL('facts.json', DIR)) ? loadFacts(new URL('facts.json', DIR).pathname) : {};

describe.skipIf(!present)('the development corpus', () => {
  const result = ingest(files);

  it('ingests every file, a file of several reports into as many reports, and no two files into one report', () => {
    expect(result.errors).toEqual([]);
    // Every file checked before failing, so that the message names them all.
    const counts = files.map((f) => {
      const from = result.reports.filter((r) => r.sources.includes(f.name) && r.kind === '政府工作报告');
      return `${f.name}: ${from.length} 政府工作报告`;
    });
    expect(counts).toEqual(files.map((f) => `${f.name}: ${1 + (facts[f.name]?.alsoContains?.length ?? 0)} 政府工作报告`));
    for (const r of result.reports) expect(new Set(r.sources.map((s) => s.replace(/#\d+$/, ''))).size, r.slug).toBe(1);
    expect([...Object.keys(FACTS), ...Object.keys(facts)].sort()).toEqual(files.map((f) => f.name).sort());
  });

  it('holds the floors of facts.json and the gold over the whole corpus: no wrong fact, every field the text states read in 95 % of the reports', () => {
    const evaluation = evaluateFacts({ ...factsFromGold(loadGold('tests/gold/corpus.json')), ...facts }, result.reports);
    expect(evaluation.files).toBeGreaterThan(0);
    expect(failedFactFloors(evaluation), formatFacts(evaluation)).toEqual([]);
  });

  it('names the right government, level, parents, year, delivery date and speaker of every report', () => {
    for (const [file, [place, level, parents, year, delivered, name, office]] of Object.entries(FACTS)) {
      const r = result.reports.find((x) => x.sources.includes(file))!;
      expect(r.place, file).toMatchObject({ name: place, level });
      expect(r.place!.parents.map((p) => p.name), file).toEqual(parents);
      expect(r.province, file).toBe(parents.at(-1) ?? place);
      expect(r.city, file).toBe(level === 'municipality' ? place : level === 'district' ? parents[0] : null);
      expect({ year: r.year, delivered: r.delivered, speaker: r.speaker }, file).toEqual({ year, delivered, speaker: { name, office } });
      expect(r.session, file).toMatch(new RegExp(`^${place}第.+届人民代表大会第.+次会议$`));
    }
  });

  it('slugs provinces by the province and the district by its own name', () => {
    const slugs = result.reports.filter((r) => r.sources.some((s) => s in FACTS)).map((r) => r.slug).sort();
    expect(slugs).toEqual(
      ['chongqing', 'fujian', 'guangxi', 'hainan', 'hebei', 'hubei', 'hunan', 'ningxia', 'yunnan', 'zhejiang'].map((s) => `${s}-2026`)
        .concat(['hailaer-2012', 'hailaer-2013', 'hailaer-2014', 'hailaer-2015'])
        .sort(),
    );
  });

  it('keeps delivery line and speaker as front matter, never as headings, and no dash line as a heading', () => {
    // Every report checked before failing, so that the message names them all.
    const wrong: string[] = [];
    for (const r of result.reports) {
      if (r.session && !r.frontMatter.some((l) => /(?:人民代表大会|人大).*会议/.test(l))) wrong.push(`${r.slug}: no delivery line in the front matter (session ${r.session})`);
      for (const s of r.sections) {
        if (/^(?:——|--|各位代表)|人民代表大会第.+次会议上$/.test(s.title)) wrong.push(`${r.slug}: heading ${s.id} ${s.title}`);
        if (r.speaker?.name && s.title === r.speaker.name) wrong.push(`${r.slug}: the speaker as heading ${s.id}`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it('publishes every sentence of the report text, and drops only listed chrome', () => {
    // A file may hold several documents (two years' reports, a bulletin, a notice), each published as its own report:
    // every sentence of the file is in one of the reports built from it — whole, not pieced from two — or on a line
    // the build log lists as dropped, or is the line the log says was read as a report's title (a page title such as
    // 政府工作报告（2004年5月11日） for which the title is composed). The file is read as the pipeline reads it, after the
    // whole-text repairs (escapes, entities, tags: each listed in the log, see repair.test.ts), whose line numbers the
    // log gives. Copies of one text merged into one report list their repeats as dropped text (line null).
    const publishedText = (r: (typeof result.reports)[number]) =>
      compareKey([...r.frontMatter, r.title, ...r.sections.map((s) => `${s.number ?? ''}${s.title}。${s.paragraphs.map((p) => p.text).join('')}`)].join(''));
    const missing: string[] = [];
    for (const f of files) {
      const published = result.reports.filter((r) => r.sources.some((s) => s.replace(/#\d+$/, '') === f.name)).map(publishedText);
      expect(published.length, f.name).toBeGreaterThan(0);
      const { text } = repairText(decode(f.bytes, f.name).text, f.name);
      const droppedAt = new Map<number, string[]>();
      for (const d of result.log.dropped) if (d.file === f.name && d.line !== null) droppedAt.set(d.line, [...(droppedAt.get(d.line) ?? []), d.text.trim()]);
      const usedAsTitle = new Set(
        result.log.usedAsMetadata.filter((u) => u.file === f.name && u.as === ruleWords('headline (page title)')).map((u) => compareKey(u.text)),
      );
      // A line keeps what was not dropped from it (a page number glued to its end is dropped alone).
      const lines = text.split(/\r\n|\r|\n/).flatMap((l, i) => {
        let rest = l;
        for (const d of droppedAt.get(i + 1) ?? []) rest = rest.trim() === d ? '' : rest.replace(d, '');
        return rest.trim() && !usedAsTitle.has(compareKey(rest)) ? [rest] : [];
      });
      // (Lines joined before they were dropped — a notice whose lines a repair joined — are in the log's text of the line
      // they were joined to.)
      const joins: string[] = [REPAIR_RULES.brokenMarks, REPAIR_RULES.brokenTitle, REPAIR_RULES.brokenDelivery, REPAIR_RULES.invisibleBreak];
      const droppedText = result.log.dropped.filter((d) => d.file === f.name && d.line !== null && !joins.includes(d.rule)).map((d) => compareKey(d.text));
      for (const sentence of lines.join('\n').split(/[。！？\n]/).map(compareKey)) {
        if (sentence.length >= 4 && !published.some((p) => p.includes(sentence)) && !droppedText.some((d) => d.includes(sentence))) missing.push(`${f.name}: ${sentence}`);
      }
    }
    expect(missing).toEqual([]);
  });

  it('names every rule the build log records on the corpus in Chinese (the About page and the log pages)', () => {
    const untranslated = [...new Set(result.log.dropped.map((d) => d.rule))].filter((n) => ruleWords(n) === n);
    expect(untranslated).toEqual([]);
    for (const u of result.log.usedAsMetadata) expect(ruleWords(u.as), u.as).toMatch(/[\u4e00-\u9fff]/);
  });

  it('reads the same facts when a file is renamed to x.txt', () => {
    // Everything but the source names: paragraphs carry their file's name, so compare their text.
    // previous and newPhrases compare a report with the other reports of the atlas: a file read alone has none.
    const strip = ({ sources, provenance, targets, sections, previous, newPhrases, ...rest }: (typeof result.reports)[number]) => ({
      ...rest,
      sections: sections.map((s) => ({ ...s, paragraphs: s.paragraphs.map((p) => p.text) })),
      targets: targets.length,
    });
    for (const f of files) {
      const original = result.reports.filter((r) => r.sources.some((s) => s.replace(/#\d+$/, '') === f.name)).map(strip);
      const renamed = ingest([{ name: 'x.txt', bytes: f.bytes }]).reports.map(strip);
      expect(original.length, f.name).toBeGreaterThan(0);
      expect(renamed, f.name).toEqual(original);
    }
  }, 120_000);
});
