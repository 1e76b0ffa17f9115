/** Text repaired before it is read (src/pipeline/repair.ts): each rule on a small fixture, each listed in the log. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decode } from '../../src/pipeline/decode.ts';
import { ingest } from '../../src/pipeline/ingest.ts';
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

describe('a Markdown image', () => {
  it('removes an image and the empty cells after it (![]() |), logged, the report\'s text kept', () => {
    const norm = normalize('![]() |\n![](/Files244/BeyondPic/2015-2/11/20150211011603639.jpg)\n2013年，全区经济平稳发展。\n', 'x.txt');
    expect(norm.paragraphs.join('\n')).not.toMatch(/!|\[\]|\|/u);
    expect(norm.paragraphs).toContain('2013年，全区经济平稳发展。');
    expect(norm.dropped.map((d) => d.rule)).toContain(REPAIR_RULES.markdownImage);
  });
});

describe('empty table cells after a line of text', () => {
  it('removes the bars of empty cells after a title with no bar of its own, logged, and leaves a row of cells to be read as one', () => {
    const norm = normalize('2013年上虞区国民经济和社会发展统计公报 | |||||||\n2013年，全区经济平稳发展。\n', 'x.txt');
    expect([...norm.hints.frontMatter, ...norm.paragraphs]).toContain('2013年上虞区国民经济和社会发展统计公报');
    expect(norm.dropped.map((d) => d.rule)).toContain(REPAIR_RULES.emptyCells);
    expect(normalize('| 文件名称 | 汉滨区2025年政府工作报告 | ||\n各位代表：\n', 'x.txt').dropped.map((d) => d.rule)).not.toContain(REPAIR_RULES.emptyCells);
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
  it('removes a tag whose < was lost (name=value> is a tag\'s grammar), and keeps words and comparisons that only look alike', () => {
    const { text, dropped } = repairText('全旗总人口?SPAN lang=EN-US>34.4万人，有蒙、汉等民族。\n比值a=3>2时不变。\nPM2.5 span>35', 'x.txt');
    expect(text).toBe('全旗总人口?34.4万人，有蒙、汉等民族。\n比值a=3>2时不变。\nPM2.5 span>35');
    expect(rules(dropped)).toEqual(new Set([REPAIR_RULES.tags]));
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
  it('drops a running header beside the page numbers of several pages, and keeps the same words where they are text', () => {
    const page = (n: number) => [`第${n}页的正文，全市经济稳中有进。`, '城镇新增就业4万人以上。', '', `- ${n + 1} -`, '2024年韶关市政府工作报告', ''];
    const read = repairLines(lines(['2024年韶关市政府工作报告', '各位代表：', ...page(1), ...page(2), ...page(3), '结束。']), 'x.txt');
    const texts = read.lines.map((l) => l.text);
    expect(texts.filter((t) => t === '2024年韶关市政府工作报告')).toEqual(['2024年韶关市政府工作报告']);
    expect(texts[0]).toBe('2024年韶关市政府工作报告');
    expect(read.dropped.filter((d) => d.rule === REPAIR_RULES.runningHead)).toHaveLength(3);
    // (One page's line beside its number is no running header: a heading may stand there.)
    const once = repairLines(lines(['正文。', '', '- 2 -', '一、工作回顾', '正文。', '', '- 3 -', '二、工作安排', '正文。']), 'x.txt');
    expect(once.lines.map((l) => l.text)).toContain('一、工作回顾');
    expect(once.lines.map((l) => l.text)).toContain('二、工作安排');
    // (Nor the same line beside the same page's number in two copies of the report in one file.)
    const copies = repairLines(lines(['正文。', '', '- 2 -', '一、工作回顾', '正文。', '正文。', '', '- 2 -', '一、工作回顾', '正文。']), 'x.txt');
    expect(copies.lines.map((l) => l.text).filter((t) => t === '一、工作回顾')).toHaveLength(2);
    // (A report falls apart into its pages without the rule: each page opens with a title after a finished one.)
    const body = (n: number) => Array.from({ length: 12 }, (_, k) => `第${n}页第${k}段，全市经济社会发展取得新成效，城乡居民收入稳步增长，民生保障水平持续提高。`);
    const text = ['2024年韶关市政府工作报告', '各位代表：', ...[1, 2, 3].flatMap((n) => [...body(n), '', `- ${n + 1} -`, '2024年韶关市政府工作报告', ''])].join('\n');
    expect(ingest([{ name: 'x.txt', bytes: new TextEncoder().encode(text) }]).reports).toHaveLength(1);
  });
  it('drops a news dateline alone on a line', () => {
    expect(dropped.find((d) => d.rule === REPAIR_RULES.dateline)?.text).toBe('新华社北京3月12日电');
    expect(repairLines(lines(['国家电网供电']), 'x.txt').lines).toHaveLength(1);
  });
});

describe('a text with a space after every character (a PDF with character spacing)', () => {
  const spaced = (t: string) => t.split('\n').map((l) => l.split('\t').map((cell) => [...cell.trim()].join(' ')).join('\t')).join('\n');
  it('is closed up, a wider gap kept as one space, a table\'s tabs kept, and its figures read whole', () => {
    const text = ['各位代表：', '近14亿人口，日均新设企业超过1.8万户。', '序号', '\t民生事项', '10', '\t新建学校3所', 'Report  Atlas'].join('\n');
    const read = repairLines(lines(spaced(text).split('\n')), 'x.txt').lines.map((l) => l.text);
    expect(read).toEqual(['各位代表：', '近14亿人口，日均新设企业超过1.8万户。', '序号', '\t民生事项', '10', '\t新建学校3所', 'Report Atlas']);
    const report = ingest([{ name: 'x.txt', bytes: new TextEncoder().encode(spaced('各位代表：\n一、2024年工作安排\n今年城镇新增就业1.4万人以上，空气质量优良天数比例达95%以上。')) }]).reports[0]!;
    expect(report.targets.map((t) => [t.value, t.unit])).toEqual([[1.4, '万人'], [95, '%']]);
  });
  it('leaves lines alone where the spaces part words or cells', () => {
    const kept = ['粮食 万吨 89.2 3.5', '2024年 全市 生产总值', 'PM2.5 浓度 下降 5%', '1 2'];
    expect(repairLines(lines(kept), 'x.txt').lines.map((l) => l.text)).toEqual(kept);
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

describe('pinyin a site sets after characters', () => {
  const glossed = '实（shí）现（xiàn）规（guī）上工业（yè）增加值600亿元，增长9.6%；工业（yè）用电量增长4.7%。';
  it('is removed where the text holds many, each counted in the log; the figures are untouched', () => {
    const { text, dropped } = repairText(glossed, 'x.txt');
    expect(text).toBe('实现规上工业增加值600亿元，增长9.6%；工业用电量增长4.7%。');
    expect(dropped).toContainEqual({ file: 'x.txt', line: null, text: '（…） ×5', rule: REPAIR_RULES.pinyin });
  });
  it('stays where a report glosses a word once, and a bracket of Latin letters without tones is no pinyin', () => {
    const once = '“三个一”（yī）工程。增长（GDP）5%。';
    expect(repairText(once, 'x.txt').text).toBe(once);
  });
});

describe('a copy marked by a code at its line ends', () => {
  const marked = [
    '（山西）2021年某县人民政府工作报告（全文） 政府工作报告heK  2021年1月8日在某县第十七届heK  人民代表大会第六次会议上heK',
    '政府工作报告heK',
    '各位代表:heK',
    '现在,我代表县人民政府向大会报告工作,请予审议。heK',
    '全县地区生产总值完成151.5亿元,同比增长7.9%;规上工业增加值增长8%。heK',
  ].join('\n');
  it('removes the token that ends many lines, wherever it is glued to the text, and logs it', () => {
    const { text, dropped } = repairText(marked, 'x.txt');
    expect(text).not.toContain('heK');
    expect(text).toContain('各位代表:\n现在,我代表县人民政府向大会报告工作,请予审议。\n');
    expect(text).toContain('151.5亿元,同比增长7.9%');
    expect(dropped).toContainEqual({ file: 'x.txt', line: null, text: 'heK ×7', rule: REPAIR_RULES.watermark });
  });
  it('keeps Latin words of the text: capitals (GDP), a file name, a token that ends only two lines', () => {
    const words = ['占GDP\n', '高于GDP\n', '增长快于GDP\n', '见附件.doc\n', '附件2.doc\n', '附件3.doc\n', '工作报告ftr\n', '会议上ftr\n'].join('');
    expect(repairText(words, 'x.txt').text).toBe(words);
  });
});

describe('a delivery line broken over two lines', () => {
  it('joins its date and place with the congress on the next line, and the report gets its year and date', () => {
    const text = '政府工作报告\n——2016年1月29日在崇川区\n第八届人民代表大会第五次会议上\n区长 陈俊\n各位代表：\n现在，我代表区人民政府向大会报告工作，请予审议。\n';
    const norm = normalize(text, 'x.txt');
    expect(norm.hints.frontMatter).toContain('——2016年1月29日在崇川区第八届人民代表大会第五次会议上');
    expect(rules(norm.dropped)).toContain(REPAIR_RULES.brokenDelivery);
  });
  it('joins a delivery line broken after 人民代表大会, before 第六次会议上', () => {
    const out = repairLines(lines(['——2016年1月29日在天长市第十五届人民代表大会', '第六次会议上']), 'x.txt').lines.map((l) => l.text);
    expect(out).toEqual(['——2016年1月29日在天长市第十五届人民代表大会第六次会议上']);
  });
  it('leaves a sentence that names a date and a place alone', () => {
    const kept = lines(['2016年1月29日在崇川区召开了全区大会', '人民代表大会常务委员会会议']);
    expect(repairLines(kept, 'x.txt').lines).toHaveLength(2);
  });
});

describe('numbers set apart on lines of their own', () => {
  const cut = [
    '各位代表:',
    '——经济企稳回升。',
    '积极应对经贸摩擦影响,克服国内汽车市场',
    '28',
    '年以来首次下滑,经济运行在低位开局、持续低迷的情况下,从',
    '10',
    '月份开始回暖复苏,预计全年地区生',
    '产总值增长',
    '3.5%',
    '左右。规上工业增速由负转正,全社会用电量增长',
    '4%',
    '。金融机构存贷款余额同比分别增长',
    '10.2%',
    '、',
    '9.2%',
    '。',
    '二、2020年工作安排',
    '实现财政收入4.6',
    '1',
    '亿元,增长3%。',
  ];
  it('joins each sentence again, and never two digits across a break', () => {
    const { lines: out, dropped } = repairLines(lines(cut), 'x.txt');
    expect(out.map((l) => l.text)).toEqual([
      '各位代表:',
      '——经济企稳回升。',
      '积极应对经贸摩擦影响,克服国内汽车市场28年以来首次下滑,经济运行在低位开局、持续低迷的情况下,从10月份开始回暖复苏,预计全年地区生产总值增长3.5%左右。规上工业增速由负转正,全社会用电量增长4%。金融机构存贷款余额同比分别增长10.2%、9.2%。',
      '二、2020年工作安排',
      '实现财政收入4.6',
      '1亿元,增长3%。',
    ]);
    expect(rules(dropped)).toContain(REPAIR_RULES.inlineBreaks);
  });
  it('joins a sentence across a page number a page break put inside it, and drops the number', () => {
    const { lines: out, dropped } = repairLines(
      lines(['各位代表:', '今年,城镇新增就业', '1100', '万人以上,调查失业率', '5.5%', '左右。综合考虑了财政收支、专项债', '券发行等因素,今年财政支', '', '- 8 -', '', '出超过23万亿元,增长6.5%。']),
      'x.txt',
    );
    expect(out.map((l) => l.text).join('|')).toContain('今年财政支出超过23万亿元,增长6.5%。');
    expect(out.map((l) => l.text).join('|')).not.toContain('- 8 -');
    expect(dropped.filter((d) => d.rule === REPAIR_RULES.pageNumber).map((d) => d.text)).toEqual(['- 8 -']);
  });
  it('leaves a table written one cell a line, and a page number between paragraphs, as they are', () => {
    const table = ['一、物价', '居民消费价格总水平', '3.0', '1.食品类', '8.5', '2.烟酒', '1.2', '二、工业', '工业增加值', '1261.3', '12.5'];
    expect(repairLines(lines(table), 'x.txt').lines.map((l) => l.text)).toEqual(table);
    const pages = ['全年完成投资5亿元,增长8%。', '12', '新建学校3所,改造道路10公里。', '13', '城镇新增就业2万人。'];
    expect(repairLines(lines(pages), 'x.txt').lines.map((l) => l.text)).toEqual(pages);
  });
});

describe('line breaks next to a mark', () => {
  it('joins a line that ends on an opening title mark, or opens on a closing one or a pause, to the line before', () => {
    const { lines: out, dropped } = repairLines(
      lines(['“十四五”时期是第一个五年。根据《', '中共中央关于制定第十四个五年规划的建议', '》，国务院编制了《', '纲要（草案）', '》。《纲要草案》提出主要目标。', '', '一、2021年重点工作']),
      'x.txt',
    );
    expect(out.map((l) => l.text)).toEqual(['“十四五”时期是第一个五年。根据《中共中央关于制定第十四个五年规划的建议》，国务院编制了《纲要（草案）》。《纲要草案》提出主要目标。', '', '一、2021年重点工作']);
    expect(dropped.filter((d) => d.rule === REPAIR_RULES.brokenMarks)).toHaveLength(4);
  });
  it('joins a heading number broken after its opening bracket, the bracket alone on its line', () => {
    const { lines: out, dropped } = repairLines(lines(['电解铝运行产能提升至全国第2位。', '（', '三）改革开放持续深化、互促共进。', '“云南方案”成为基础性方案。']), 'x.txt');
    expect(out.map((l) => l.text)).toEqual(['电解铝运行产能提升至全国第2位。', '（三）改革开放持续深化、互促共进。', '“云南方案”成为基础性方案。']);
    expect(dropped.filter((d) => d.rule === REPAIR_RULES.brokenMarks)).toHaveLength(1);
    // (Not a bracket alone before a line that is no number: a note's bracket stays as written.)
    const note = ['（', '注：数据为初步统计）'];
    expect(repairLines(lines(note), 'x.txt').lines.map((l) => l.text)).toEqual(note);
  });
  it('leaves lines apart where a blank line stands between, or where the marks close and open nothing', () => {
    const apart = ['根据《', '', '建议》执行。'];
    expect(repairLines(lines(apart), 'x.txt').lines.map((l) => l.text)).toEqual(apart);
    // (A site's link under the last paragraph closes nothing that paragraph left open.)
    const chrome = ['各位代表！实干兴滇，笃行致远。', '》》点击图片进入专题《《', '收藏'];
    expect(repairLines(lines(chrome), 'x.txt').lines.map((l) => l.text)).toEqual(chrome);
    const whole = ['（一）稳增长', '《纲要》提出目标。'];
    expect(repairLines(lines(whole), 'x.txt').lines.map((l) => l.text)).toEqual(whole);
  });
});

describe('a Markdown copy', () => {
  it('loses its heading and bold marks, and keeps a # or ** that is text', () => {
    const md = ['## 一、2023年工作回顾', '**全年共接待游客518.4万人次，**增长24.0%。', '### （一）经济运行', '推动3#和4#机组开工。', '#粮食\t万吨\t120.5'].join('\n');
    const { text, dropped } = repairText(md, 'x.md.txt');
    expect(text.split('\n')).toEqual(['一、2023年工作回顾', '全年共接待游客518.4万人次，增长24.0%。', '（一）经济运行', '推动3#和4#机组开工。', '#粮食\t万吨\t120.5']);
    expect(dropped.filter((d) => d.rule === REPAIR_RULES.markdown).map((d) => d.text)).toEqual(['# ×2', '** ×1']);
    // (A pipe table is read as a table typed with tabs; bars in a line of text, with no rule of dashes under it, stay.)
    const table = repairText(['| 序号 | 任务 | 落实情况 |', '| --- | --- | :---: |', '| 1 | 新建幼儿园20所 | 已完成 |', '| 2 | 新增学位6000个 | 已完成 |', '', '全市 | 全省'].join('\n'), 't.txt');
    expect(table.text.split('\n')).toEqual(['序号\t任务\t落实情况', '1\t新建幼儿园20所\t已完成', '2\t新增学位6000个\t已完成', '', '全市 | 全省']);
    expect(table.dropped.filter((d) => d.rule === REPAIR_RULES.markdownTable).map((d) => d.text)).toEqual(['3 rows']);
    // (One mark alone is no Markdown file: a line that opens with "# " once stays as written.)
    expect(repairText('# 说明\n全市地区生产总值增长5%。', 'x.txt').text).toBe('# 说明\n全市地区生产总值增长5%。');
  });
});

describe('a line of invisible characters inside a sentence', () => {
  it('joins the sentence a page\'s inline element broke, and leaves a heading and a paragraph\'s end apart', () => {
    const { text, dropped } = repairText('过去一年，我们攻坚克难。全面建成小康社会取得决定性成就，交出一份人\n\u200b\n民满意的答卷。\n\u200b\n一、2021年工作回顾\n\u200b\n各项工作取得进展。', 'x.txt');
    expect(text).toBe('过去一年，我们攻坚克难。全面建成小康社会取得决定性成就，交出一份人民满意的答卷。\n\n一、2021年工作回顾\n\n各项工作取得进展。');
    expect(dropped.map((d) => d.rule)).toContain(REPAIR_RULES.invisibleBreak);
  });
});

describe('a page copied onto one line, its paragraphs set apart by spaces', () => {
  const review = '全县完成地区生产总值141亿元,增长8.3%。'.repeat(16);
  const page = `2019年新县政府工作报告 ——2019年2月16日在县十四届人大三次会议上 新县人民政府县长 夏明夫 各位代表: 现在,我代表县人民政府,向大会报告工作,请予审议。 一、新时代新答卷 2018年,是全面贯彻党的十九大精神的开局之年,更是全县上下砥砺奋进的一年。${review} (一)脱贫攻坚再当示范 把提高脱贫质量摆在首位。建设扶贫项目119个。`;
  it('reads each space at a sentence end, the greeting, a heading or a dash as a line break, and logs it', () => {
    const { text, dropped } = repairText(page, 'x.txt');
    expect(text.split('\n')).toEqual([
      '2019年新县政府工作报告',
      '——2019年2月16日在县十四届人大三次会议上 新县人民政府县长 夏明夫',
      '各位代表:',
      '现在,我代表县人民政府,向大会报告工作,请予审议。',
      '一、新时代新答卷',
      `2018年,是全面贯彻党的十九大精神的开局之年,更是全县上下砥砺奋进的一年。${review}`,
      '(一)脱贫攻坚再当示范',
      '把提高脱贫质量摆在首位。建设扶贫项目119个。',
    ]);
    expect(dropped.map((d) => d.rule)).toContain(REPAIR_RULES.spacedParagraphs);
    // (Every character is kept: only spaces became breaks.)
    expect(text.replace(/\n/g, ' ')).toBe(page);
  });
  it('reads a body that alone lost its breaks, under a site\'s lines that kept theirs, on its own count', () => {
    const site = '购物车\n我的足迹\n\n2023年新县政府工作报告\n\n';
    const body = `各位代表: 现在,我代表县人民政府,向大会报告工作。 一、2022年工作回顾 ${'全县完成地区生产总值141亿元,增长8.3%。'.repeat(16)} 二、2023年工作安排 今年增长6%。`;
    const { text, dropped } = repairText(site + body, 'x.txt');
    expect(text.split('\n').slice(5)).toEqual(['各位代表:', '现在,我代表县人民政府,向大会报告工作。', '一、2022年工作回顾', '全县完成地区生产总值141亿元,增长8.3%。'.repeat(16), '二、2023年工作安排', '今年增长6%。']);
    expect(dropped.map((d) => d.rule)).toContain(REPAIR_RULES.spacedParagraphs);
    // (A long paragraph with a space or two after its sentences is no such line.)
    const paragraph = `${'全县完成地区生产总值141亿元,增长8.3%。'.repeat(16)} 全县增长8%。 全市增长7%。`;
    expect(repairText(`${site}${paragraph}\n`, 'x.txt').text).toBe(`${site}${paragraph}\n`);
  });
  it('breaks a line that opens with a bulletin\'s title, a space and the year its text opens on', () => {
    const page = `2023年昌吉市国民经济和社会发展统计公报 2023年,在市党委、政府的坚强领导下,全市经济平稳。 一、综合 全年地区生产总值620.77亿元。\n${'全年城镇新增就业5630人。'.repeat(30)}\n其他\n`;
    expect(repairText(page, 'x.txt').text.split('\n')[0]).toBe('2023年昌吉市国民经济和社会发展统计公报');
    // (A bulletin on one line that sets three parts apart so is read so: its title, its lead, each part's title and text.)
    const rest = '同比增长3.7%。'.repeat(50);
    const oneLine = `2023年株洲市荷塘区国民经济和社会发展统计公报 2023年是开局之年,经济平稳。 一、综合 全年地区生产总值285.2亿元。${rest} 二、农业 2023年,荷塘区实现农林牧渔业总产值8.8亿元。 三、工业 全年规模以上工业增加值66.15亿元。`;
    expect(repairText(oneLine, 'x.txt').text.split('\n')).toEqual(['2023年株洲市荷塘区国民经济和社会发展统计公报', '2023年是开局之年,经济平稳。', '一、综合', `全年地区生产总值285.2亿元。${rest}`, '二、农业', '2023年,荷塘区实现农林牧渔业总产值8.8亿元。', '三、工业', '全年规模以上工业增加值66.15亿元。']);
    // (A heading set right after a sentence's end, its title ended by a space: …下降35.2%。二、农业、农村经济 全年….)
    const glued = `2023年吉州区国民经济和社会发展统计公报 2023年,全区经济平稳。 一、综合 全区生产总值300.5亿元。${rest} 全年支出下降35.2%。二、农业、农村经济 全年农林牧渔业总产值203695万元。`;
    const lines = repairText(glued, 'x.txt').text.split('\n');
    expect(lines.slice(-3)).toEqual(['全年支出下降35.2%。', '二、农业、农村经济', '全年农林牧渔业总产值203695万元。']);
    // (Not a title a sentence names: 报告 2023年 inside a line.)
    const said = `会议听取了政府工作报告 2023年的任务\n${'全年城镇新增就业5630人。'.repeat(30)}\n其他\n`;
    expect(repairText(said, 'x.txt').text).toBe(said);
  });
  it('reads a column\'s lines run together on one line, a space where each broke, as the lines they were, and logs it', () => {
    const site = '购物车\n我的足迹\n\n';
    // (Pieces about one width — 20 characters —, a space between each: the breaks of the page's lines.)
    const column = ['2023年广德市政府工作报告', '一、勠力同心、攻坚克难，奋力实现新一届政府良好', '开局', ...Array.from({ length: 18 }, (_, i) => `今年以来，在市委的坚强领导下，全市上下深入学习${i}`), '全年实现地区生产总值420亿元。'];
    const { text, dropped } = repairText(`${site}${column.join(' ')}\n`, 'x.txt');
    expect(text).toBe(`${site}${column.join('\n')}\n`);
    expect(dropped.map((d) => d.rule)).toContain(REPAIR_RULES.wrappedLines);
    // (Not a line whose pieces are of every width: spaces a text sets between its words.)
    const words = `${Array.from({ length: 24 }, (_, i) => '全市上下深入学习'.repeat(1 + (i % 4))).join(' ')}。`;
    expect(words.length).toBeGreaterThan(400);
    expect(repairText(`${site}${words}\n`, 'x.txt').text).toBe(`${site}${words}\n`);
  });
  it('leaves a text of lines alone, and a short one', () => {
    const lines = page.replace(/ /g, '\n');
    expect(repairText(lines, 'x.txt').text).toBe(lines);
    const short = '各位代表： 现在，我代表县人民政府向大会报告工作。 一、工作回顾 全县经济增长8%。 二、工作安排 今年增长6%。';
    expect(repairText(short, 'x.txt').text).toBe(short);
  });
  it('reads the report below as a report: its front matter, its part and the review the part opens', () => {
    const r = ingest([{ name: 'x.txt', bytes: new TextEncoder().encode(page) }]).reports[0];
    expect(r.speaker).toMatchObject({ name: '夏明夫' });
    expect(r.sections.find((s) => s.number === '一、')?.title).toBe('新时代新答卷');
    expect(r.targets.filter((t) => t.indicator === '扶贫项目').map((t) => t.kind)).toEqual(['achievement']);
  });
});
