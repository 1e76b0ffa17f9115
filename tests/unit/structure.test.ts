import { describe, expect, it } from 'vitest';
import { buildSections, classify, splitCircledList } from '../../src/pipeline/structure.ts';

const outline = (paragraphs: string[]) =>
  buildSections(classify(paragraphs, 'f.txt')).map((s) => [s.id, s.level, s.number, s.title, s.paragraphs.length, s.parent]);

describe('structure', () => {
  it('builds parts, sections, lead-sentence topics and numbered items with ids from the numbering', () => {
    expect(
      outline([
        '二、全力做好2023年工作',
        '2023年是全面贯彻落实党的二十大精神的开局之年。',
        '（九）着力绿色发展、系统治理，全力推动生态效益提升',
        '加快绿色低碳发展。推动经济社会发展绿色转型。',
        '强化污染防治攻坚。持续推进整改，确保如期交账销号。',
        '（十）着力保障民生、增进福祉',
        '多渠道促增收。城镇新增就业4万人以上。',
      ]),
    ).toEqual([
      ['s2', 1, '二、', '全力做好2023年工作', 1, null],
      ['s2-9', 2, '（九）', '着力绿色发展、系统治理，全力推动生态效益提升', 0, 's2'],
      ['s2-9-1', 3, null, '加快绿色低碳发展', 1, 's2-9'],
      ['s2-9-2', 3, null, '强化污染防治攻坚', 1, 's2-9'],
      ['s2-10', 2, '（十）', '着力保障民生、增进福祉', 0, 's2'],
      ['s2-10-1', 3, null, '多渠道促增收', 1, 's2-10'],
    ]);
  });

  it('gives an excerpt that starts mid-section a sensible tree (0 for the levels it lacks)', () => {
    expect(outline(['一年来，我们抓实事、惠民生，群众福祉更多更好。', '（四）推动民生短板再补齐', '办好人民满意教育。加快推进教育示范带建设。'])).toEqual([
      ['s0', 1, null, '（接上文）', 1, null],
      ['s0-4', 2, '（四）', '推动民生短板再补齐', 0, null],
      ['s0-4-1', 3, null, '办好人民满意教育', 1, 's0-4'],
    ]);
  });

  it('reads an article: unnumbered main heading, labels, (1) items', () => {
    expect(
      outline(['5日，市委、市政府出台行动纲要。', '实施九大专项行动，加快建设现代化国际城市', '（一）党建引领专项行动', '行动目标', '全面加强新时代党的建设。', '重点任务', '（1）加强组织保障建设。深入开展抓党建促基层治理专项行动。', '（2）营造良好政治生态。加强监督。']),
    ).toEqual([
      ['s0', 1, null, '导语', 1, null],
      ['s1', 1, null, '实施九大专项行动，加快建设现代化国际城市', 0, null],
      ['s1-1', 2, '（一）', '党建引领专项行动', 0, 's1'],
      ['s1-1-1', 3, null, '行动目标', 1, 's1-1'],
      ['s1-1-2', 3, null, '重点任务', 0, 's1-1'],
      ['s1-1-2-1', 4, '（1）', '加强组织保障建设', 1, 's1-1-2'],
      ['s1-1-2-2', 4, '（2）', '营造良好政治生态', 1, 's1-1-2'],
    ]);
  });

  it('does not take a sentence about what a year is, or one that opens a narrative with a time word, for a topic', () => {
    expect(classify(['2026年是“十五五”开局之年。做好今年工作，意义重大。'], 'f.txt').every((b) => b.kind === 'paragraph')).toBe(true);
    expect(classify(['过去一年很不平凡。在党中央坚强领导下，全区上下攻坚克难。'], 'f.txt').every((b) => b.kind === 'paragraph')).toBe(true);
    // A table's row, however short, is no heading.
    expect(classify(['序号\t任务\t落实情况', '主要经济指标\t完成增长\t全年目标增长', '6\t壆岗小学扩建工程主体完工\t工程主体已完工。'], 'f.txt').every((b) => b.kind === 'paragraph')).toBe(true);
  });

  it('does not take ordinary sentences for headings', () => {
    const blocks = classify(['《行动纲要》明确了七大工作目标。', '一年来，我们抓实事、惠民生，群众福祉更多更好。全面完成30个项目。', '这些民生实'], 'f.txt');
    expect(blocks.every((b) => b.kind === 'paragraph')).toBe(true);
    // (A part's number typed with a full stop, or set apart by a space as bulletins print it, is one too.)
    expect(outline(['一．2025年工作回顾', '全区地区生产总值增长5.1%。', '二.2026年工作安排', '地区生产总值增长6%左右。', '三 人口、资源与环境', '年末户籍人口321.19万人。']).map((r) => [r[0], r[2], r[3]])).toEqual([
      ['s1', '一、', '2025年工作回顾'],
      ['s2', '二、', '2026年工作安排'],
      ['s3', '三、', '人口、资源与环境'],
    ]);
    // (Numerals listed with 、 open a sentence, not a part: 一、二、三产业增加值分别增长….)
    expect(outline(['一、2025年工作回顾', '全区地区生产总值增长5.1%。', '一、二、三产业增加值分别增长4.2%、5%、5.4%。', '二、2026年工作安排']).map((r) => r[3])).toEqual(['2025年工作回顾', '2026年工作安排']);
  });

  it('splits a ①②③ list into items, and leaves a stray ① alone', () => {
    expect(splitCircledList('今年办好民生实事。①实施20个燃气项目。②新建管网28公里。')).toEqual(['今年办好民生实事。', '①实施20个燃气项目。', '②新建管网28公里。']);
    expect(splitCircledList('见注①。')).toEqual(['见注①。']);
  });

  it('keeps ids unique when a numbering repeats, and identical across rebuilds', () => {
    const paras = ['（一）甲', '正文一。', '（一）乙', '正文二。'];
    const ids = buildSections(classify(paras, 'f.txt')).map((s) => s.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(buildSections(classify(paras, 'f.txt')).map((s) => s.id)).toEqual(ids);
  });
});

describe('structure: lists', () => {
  it('makes the sentence that introduces a ①②③ list the heading of its items', () => {
    expect(outline(['（七）改善民生', '今年，我们将继续办好民生实事。①实施20个燃气项目。②新建管网28公里。③新增床位700张。'])).toEqual([
      ['s0-7', 2, '（七）', '改善民生', 0, null],
      ['s0-7-1', 3, null, '今年，我们将继续办好民生实事', 3, 's0-7'],
    ]);
  });
});

describe('structure: real-report features', () => {
  it('keeps dash-led summary lines and addresses to the delegates as paragraph text', () => {
    expect(
      outline([
        '一、“十四五”时期工作回顾',
        '过去五年，极不寻常、极不平凡。',
        '——这是经济实力跃上新台阶的五年。地区生产总值突破6万亿元。',
        '——这是改革开放取得新突破的五年。',
        '各位代表！新征程上，我们要坚定信心。',
      ]),
    ).toEqual([['s1', 1, '一、', '“十四五”时期工作回顾', 4, null]]);
  });

  it('finds part headings that carry no number, in a report whose parts are all like that', () => {
    expect(
      outline([
        '各位代表：',
        '现在，我代表市人民政府，向大会报告工作，请予审议。',
        '“十四五”时期工作回顾',
        '过去五年，我们坚持稳中求进。',
        '（一）经济实力持续增强',
        '地区生产总值年均增长6%。',
        '2026年工作安排',
        '今年是“十五五”开局之年。',
        '（一）扩大有效需求',
        '城镇新增就业4万人以上。',
      ]),
    ).toEqual([
      ['s0', 1, null, '导语', 2, null],
      ['s1', 1, null, '“十四五”时期工作回顾', 1, null],
      ['s1-1', 2, '（一）', '经济实力持续增强', 1, 's1'],
      ['s2', 1, null, '2026年工作安排', 1, null],
      ['s2-1', 2, '（一）', '扩大有效需求', 1, 's2'],
    ]);
  });

  it('puts unnumbered part titles over 一、 sections when the 一、 numbering starts again under each title', () => {
    expect(
      outline([
        '各位代表：',
        '“十四五”时期工作回顾',
        '五年来，我们砥砺奋进。',
        '一、经济实力跃上新台阶',
        '地区生产总值突破5万亿元。',
        '二、改革开放取得新突破',
        '正文。',
        '2026年工作安排',
        '今年是开局之年。',
        '一、扩大有效需求',
        '（一）提振消费',
        '正文。',
      ]),
    ).toEqual([
      ['s0', 1, null, '导语', 1, null],
      ['s1', 1, null, '“十四五”时期工作回顾', 1, null],
      ['s1-1', 2, '一、', '经济实力跃上新台阶', 1, 's1'],
      ['s1-2', 2, '二、', '改革开放取得新突破', 1, 's1'],
      ['s2', 1, null, '2026年工作安排', 1, null],
      ['s2-1', 2, '一、', '扩大有效需求', 0, 's2'],
      ['s2-1-1', 3, '（一）', '提振消费', 1, 's2-1'],
    ]);
  });

  it('reads parts numbered in words (第一部分) in a report that does not number them 一、', () => {
    expect(outline(['各位代表：', '第一部分　过去五年工作回顾', '五年来，我们砥砺奋进。', '（一）经济实力增强', '正文。', '第二部分　2026年工作安排', '今年，我们将继续奋斗。'])).toEqual([
      ['s0', 1, null, '导语', 1, null],
      ['s1', 1, '第一部分', '过去五年工作回顾', 1, null],
      ['s1-1', 2, '（一）', '经济实力增强', 1, 's1'],
      ['s2', 1, '第二部分', '2026年工作安排', 1, null],
    ]);
  });

  it('makes the one part title of an excerpt a part, but no part title in a report with numbered parts', () => {
    // (An excerpt cut short inside its first part: its one title, anchored in its year, is that part's.)
    const single = outline(['各位代表：', '2026年工作安排', '今年是开局之年，任务繁重。']);
    expect(single.filter((s) => s[1] === 1 && s[0] !== 's0').map((s) => s[3])).toEqual(['2026年工作安排']);
    const numbered = outline(['一、2025年工作回顾', '正文一。', '2026年工作安排', '正文二，继续推进。', '二、政府自身建设', '正文三。']);
    expect(numbered.filter((s) => s[1] === 1).map((s) => s[0])).toEqual(['s1', 's2']);
  });

  it('makes an end glossary its own part, one item per numbered entry', () => {
    expect(
      outline([
        '一、2025年工作回顾',
        '推进“一降三减”［1］，落实“五互一共”［2］。',
        '注释',
        '［1］一降三减：',
        '全年火灾起数总体下降，火灾亡人数、伤人数减少。',
        '［2］五互一共：中外互鉴、文理互通、学科互融。',
      ]),
    ).toEqual([
      ['s1', 1, '一、', '2025年工作回顾', 1, null],
      ['notes', 1, null, '注释', 0, null],
      ['notes-1', 4, '［1］', '一降三减', 1, 'notes'],
      ['notes-2', 4, '［2］', '五互一共', 1, 'notes'],
    ]);
  });

  it('makes each annex after the report a part of its own (annex-N), its title from its line or the next', () => {
    expect(
      outline([
        '一、2025年工作回顾',
        '正文一。',
        '二、2026年工作安排',
        '正文二。',
        '附件：1. 政府工作报告名词解释',
        '2．2025年区民生实事完成情况',
        '附件1',
        '政府工作报告名词解释',
        '1. 一降三减：全年火灾起数总体下降。',
        '附件2',
        '2025年区民生实事完成情况',
        '序号\t任务\t落实情况',
        '1\t新建学校5所\t已建成学校5所。',
        '附件三：2026年民生实事项目',
        '一、优质教育（17项）',
        '1、新建公办幼儿园10所。',
      ]),
    ).toEqual([
      ['s1', 1, '一、', '2025年工作回顾', 1, null],
      // (The list of the annexes is the speech's last lines, not headings.)
      ['s2', 1, '二、', '2026年工作安排', 3, null],
      ['annex-1', 1, '附件1', '政府工作报告名词解释', 0, null],
      ['annex-1-1', 4, '1.', '一降三减', 1, 'annex-1'],
      ['annex-2', 1, '附件2', '2025年区民生实事完成情况', 2, null],
      ['annex-3', 1, '附件三', '2026年民生实事项目', 0, null],
      ['annex-3-1', 2, '一、', '优质教育（17项）', 0, 'annex-3'],
      ['annex-3-1-1', 4, '1、', '新建公办幼儿园10所', 0, 'annex-3-1'],
    ]);
  });

  it('takes a page\'s link to a file for no annex', () => {
    const parts = outline(['一、2025年工作回顾', '正文一。', '附件1：2025年政府工作报告.pdf', '附件2：主要指标表.xlsx']).filter((s) => s[1] === 1);
    expect(parts.map((s) => s[0])).toEqual(['s1']);
  });

  it('heads paragraphs with short sentences standing alone, when the report does so throughout', () => {
    const long = '深入推进安全生产治本攻坚行动，开展重点行业领域专项整治，坚决遏制重特大事故发生。';
    // The paragraph under a standalone topic is its text, even when it opens with a short sentence.
    const underTopic = '“智慧海南”基本成型。离岛免税“套代购”得到有效遏制，风险防控体系持续完善，安全底线牢牢守住。';
    expect(outline(['（十）筑牢安全底线', '加强安全生产。', long, '强化风险防控。', underTopic, '守好祖国南大门。', long])).toEqual([
      ['s0-10', 2, '（十）', '筑牢安全底线', 0, null],
      ['s0-10-1', 3, null, '加强安全生产', 1, 's0-10'],
      ['s0-10-2', 3, null, '强化风险防控', 1, 's0-10'],
      ['s0-10-3', 3, null, '守好祖国南大门', 1, 's0-10'],
    ]);
  });
});
