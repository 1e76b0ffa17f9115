import { describe, expect, it } from 'vitest';
import { leadingPartTitle, partTitleStrength, splitCoupletHeadings, splitHeadingsBeforeTime, splitRepeatedHeading, trailingPartTitle } from '../../src/pipeline/glued-headings.ts';
import { buildSections, classify } from '../../src/pipeline/structure.ts';

const outline = (paragraphs: string[]) =>
  buildSections(classify(paragraphs, 'f.txt')).map((s) => [s.id, s.level, s.number, s.title, s.paragraphs.length, s.parent]);
const parts = (paragraphs: string[]) =>
  buildSections(classify(paragraphs, 'f.txt'))
    .filter((s) => s.level === 1 && s.id !== 's0')
    .map((s) => `${s.number ?? ''}${s.title}`);
const words = (paragraphs: string[]) =>
  buildSections(classify(paragraphs, 'f.txt'))
    .flatMap((s) => [s.number ?? '', s.title === '导语' ? '' : s.title, ...s.paragraphs.map((p) => p.text)])
    .join('')
    .replace(/[\s。]/g, '');

describe('unnumbered part titles over numbered sections', () => {
  it('reads a review part with unnumbered topics and a plan part whose 一、 sections start numbering', () => {
    expect(
      outline([
        '各位代表：',
        '过去三年工作回顾',
        '三年来，全县上下团结奋斗。',
        '过去三年，我们坚持项目为王，县域经济更有实力',
        '工业总产值年均增长9%，新建标准厂房20万平方米。',
        '今后三年工作思路和任务',
        '今后三年，县政府工作的总体思路是：稳中求进。',
        '一、做强县域产业',
        '培育两个百亿级产业集群。',
        '二、建设美丽乡村',
        '完成农村改厕3000户。',
      ]),
    ).toEqual([
      ['s0', 1, null, '导语', 1, null],
      ['s1', 1, null, '过去三年工作回顾', 1, null],
      ['s1-0-1', 3, null, '过去三年，我们坚持项目为王，县域经济更有实力', 1, 's1'],
      ['s2', 1, null, '今后三年工作思路和任务', 1, null],
      ['s2-1', 2, '一、', '做强县域产业', 1, 's2'],
      ['s2-2', 2, '二、', '建设美丽乡村', 1, 's2'],
    ]);
  });

  it('keeps three titles when only the last has 一、 sections, and never makes those sections parts', () => {
    expect(
      parts([
        '各位代表：',
        '2023年工作回顾',
        '一年来，我们稳住了经济大盘。',
        '2024年政府工作的总体要求和主要目标',
        '今年经济社会发展的主要预期目标是：地区生产总值增长6%左右。',
        '2024年重点工作安排建议',
        '一、坚持在产业发展上精准发力，加快建设现代化产业体系',
        '开展找矿突破行动。',
        '二、坚持在民生保障上主动发力，更好满足群众需要',
        '新增城镇就业1万人。',
      ]),
    ).toEqual(['2023年工作回顾', '2024年政府工作的总体要求和主要目标', '2024年重点工作安排建议']);
  });

  it('puts （一） sections under their titles, and an appended 一、 list after the last part stays inside it', () => {
    const o = outline([
      '2016年工作回顾',
      '过去一年，我们攻坚克难。',
      '（一）稳增长',
      '地区生产总值增长8.8%。',
      '2017年主要工作任务',
      '今年工作的主要目标是：地区生产总值增长8.5%左右。',
      '（一）推进创新驱动',
      '高新技术产品产值占比提高到63%。',
      '（二）抓好城市建设',
      '新开工项目30个。',
      '附件',
      '2017年民生实事项目（共30项）',
      '一、优质教育（17项）',
      '新建学校5所。',
      '二、医疗卫生（13项）',
      '新建社康中心10家。',
    ]);
    expect(o.filter((s) => s[1] === 1).map((s) => s[3])).toEqual(['2016年工作回顾', '2017年主要工作任务']);
    expect(o.find((s) => s[3] === '推进创新驱动')).toEqual(['s2-1', 2, '（一）', '推进创新驱动', 1, 's2']);
  });

  it('does not make a part of a numbered section, nor of 加强政府自身建设 where numbering does not start again', () => {
    expect(
      parts([
        '2023年工作回顾',
        '一年来，我们砥砺前行。',
        '（一）经济实力稳步提升',
        '正文。',
        '2024年工作安排',
        '今年是关键之年。',
        '（一）着力提升经济实力',
        '正文。',
        '（二）忠诚担当，持续加强政府自身建设',
        '坚决做到依法行政。',
      ]),
    ).toEqual(['2023年工作回顾', '2024年工作安排']);
    expect(
      parts([
        '2019年工作回顾',
        '一年来，我们主要做了以下工作：',
        '一、经济总量迈上新台阶',
        '正文。',
        '2020年工作安排',
        '今年我们要重点抓好以下工作：',
        '一、建设科学城',
        '正文。',
        '二、推进城区更新',
        '正文。',
        '加强政府自身建设',
        '我们将持续提升行政效能。',
      ]),
    ).toEqual(['2019年工作回顾', '2020年工作安排']);
  });

  it('reads the one title of an excerpt cut short inside its first part as that part, its topics inside it', () => {
    expect(outline(['各位代表：', '现在，我代表区人民政府向大会报告工作。', '2014年工作回顾', '过去一年，是主动适应新常态的一年。', '一、经济发展实力进一步增强', '地区生产总值增长8%。', '二、城市建设步伐加快', '正文。'])).toEqual([
      ['s0', 1, null, '导语', 2, null],
      ['s1', 1, null, '2014年工作回顾', 1, null],
      ['s1-1', 2, '一、', '经济发展实力进一步增强', 1, 's1'],
      ['s1-2', 2, '二、', '城市建设步伐加快', 1, 's1'],
    ]);
    expect(parts(['各位代表：', '2014年工作回顾', '2014年，全市完成投资。', '一是经济总体实力稳步提升', '正文。'])).toEqual(['2014年工作回顾']);
    // (Not a title anchored in no period, nor one below a heading of the page, nor a page's title run into a part's.)
    expect(parts(['各位代表：', '加强政府自身建设', '我们将持续提升行政效能。'])).toEqual([]);
    expect(parts(['各位代表：', '经济运行', '2014年工作回顾', '正文。'])).toEqual([]);
    expect(parts(['政府工作报告一、2010年工作回顾', '2010年，区政府在区委的正确领导下。'])).toEqual([]);
    // (Nor a title of both the review and the plan, nor one a heading of the plan follows:
    // the text goes on past that part.)
    expect(parts(['各位代表：', '去年工作回顾和今年工作的总体要求', '2002年，全市经济运行良好。', '强力推进三大战略重点的实施', '正文。'])).toEqual([]);
    expect(parts(['各位代表：', '过去五年工作回顾', '五年来，全市经济稳定增长。', '今 后 五 年 工 作 建 议', '正文。'])).toEqual([]);
  });

  it('does not take a titled line inside a run of sections whose numbering goes on for a part', () => {
    expect(
      parts([
        '2023年工作回顾',
        '一年来，我们砥砺前行。',
        '一、经济运行稳中向好',
        '正文。',
        '2023年主要目标完成情况',
        '各项指标好于预期。',
        '二、改革开放持续深化',
        '正文。',
        '2024年工作安排',
        '今年是关键之年。',
        '一、扩大有效投资',
        '正文。',
      ]),
    ).toEqual(['2023年工作回顾', '2024年工作安排']);
  });

  it('does not read a sentence that merely starts like a title as one', () => {
    expect(partTitleStrength('2023年工作回顾如下：')).toBeNull();
    expect(partTitleStrength('2023年，我们的工作回顾')).toBeNull();
    expect(partTitleStrength('一、2023年工作回顾')).toBeNull();
    expect(partTitleStrength('2016年主要经济指标完成情况')).toBeNull();
    expect(partTitleStrength('“十四五”时期的工作回顾')).toBe('strong');
    expect(partTitleStrength('新一届政府的目标任务和2007年工作意见')).toBe('strong');
    expect(partTitleStrength('努力做好2024年各项工作')).toBe('strong');
    expect(partTitleStrength('全面加强政府自身建设')).toBe('weak');
  });
});

describe('headings that lost their line break', () => {
  it('splits a part title run onto the end of the paragraph before it, only where it is a part title of the report', () => {
    expect(trailingPartTitle('现在，我代表市人民政府向大会作工作报告，请予审议。2017年工作回顾')).toEqual([
      '现在，我代表市人民政府向大会作工作报告，请予审议。',
      '2017年工作回顾',
    ]);
    expect(trailingPartTitle('我们将完成各项任务。下一步')).toBeNull();
    const glued = ['各位代表：', '现在，我代表市人民政府向大会作工作报告，请予审议。2017年工作回顾', '一年来，我们攻坚克难。', '2018年工作安排', '今年要抓好以下工作。'];
    expect(parts(glued)).toEqual(['2017年工作回顾', '2018年工作安排']);
    expect(words(glued)).toBe(glued.join('').replace(/[\s。]/g, '').replace('各位代表：', '各位代表：'));
    // (One such tail alone, in an excerpt cut short inside that part, is its title too.)
    const single = ['各位代表：', '现在，我代表市人民政府向大会作工作报告，请予审议。2017年工作回顾', '一年来，我们攻坚克难。'];
    expect(outline(single)).toEqual([['s0', 1, null, '导语', 2, null], ['s1', 1, null, '2017年工作回顾', 1, null]]);
    // (A tail that is no part title stays in its paragraph.)
    expect(outline(['各位代表：', '现在，我代表市人民政府向大会作工作报告，请予审议。加强政府自身建设', '一年来，我们攻坚克难。'])).toEqual([['s0', 1, null, '导语', 3, null]]);
  });

  it('splits a part title run into its own paragraph where the paragraph opens with its own words', () => {
    expect(leadingPartTitle('2019年工作回顾2019年，在省委、省政府的坚强领导下，我们砥砺奋进。')).toEqual([
      '2019年工作回顾',
      '2019年，在省委、省政府的坚强领导下，我们砥砺奋进。',
    ]);
    expect(leadingPartTitle('2019年工作回顾表明，我们做对了。')).toBeNull();
    expect(
      outline(['一、2019年工作回顾2019年，在省委的坚强领导下，我们砥砺奋进。', '全年地区生产总值增长7%。', '二、2020年工作安排', '今年是收官之年。']),
    ).toEqual([
      ['s1', 1, '一、', '2019年工作回顾', 2, null],
      ['s2', 1, '二、', '2020年工作安排', 1, null],
    ]);
    expect(parts(['2019年工作回顾2019年，我们砥砺奋进。', '全年增长7%。', '2020年工作安排过去一年成绩来之不易。今年是收官之年。'])).toEqual([
      '2019年工作回顾',
      '2020年工作安排',
    ]);
  });

  it('splits a numbered part title out of the middle of a page that lost every line break, never an enumeration', () => {
    const flat = '各位代表：现在，我代表县人民政府向大会作工作报告，请予审议。 一、2020年工作回顾2020年是极不平凡的一年。全县地区生产总值增长7.9%。二、2021年工作安排今年是“十四五”开局之年。';
    expect(outline([flat])).toEqual([
      ['s0', 1, null, '导语', 1, null],
      ['s1', 1, '一、', '2020年工作回顾', 1, null],
      ['s2', 1, '二、', '2021年工作安排', 1, null],
    ]);
    expect(words([flat])).toBe(flat.replace(/[\s。]/g, ''));
    const listed = ['各位代表：', '过去一年成绩来之不易，问题也不少。一、经济总量不大，二、结构不优。今年要抓好以下工作。'];
    expect(outline(listed)).toEqual([['s0', 1, null, '导语', 2, null]]);
  });

  it('splits couplet headings glued to their text when a sibling standing alone shows the shape', () => {
    expect(
      splitCoupletHeadings([
        '一、强力推进产业攻坚，转型升级行稳致远大力推动传统产业转型升级。新增产值20亿元。',
        '二、狠抓园区提质增效，工业经济固本培元推动高新区创建。',
        '三、谋划推进全域旅游，旅游经济持续旺盛',
        '接待游客增长10%。',
      ]),
    ).toEqual([
      '一、强力推进产业攻坚，转型升级行稳致远',
      '大力推动传统产业转型升级。新增产值20亿元。',
      '二、狠抓园区提质增效，工业经济固本培元',
      '推动高新区创建。',
      '三、谋划推进全域旅游，旅游经济持续旺盛',
      '接待游客增长10%。',
    ]);
    // Equal first clauses with longer second ones, each closed by its full stop: headings as written.
    const written = ['（一）突出助企纾困，推动经济平稳健康发展。正文一。', '（二）突出项目引领，加快推进产业集群集聚。正文二。', '（三）突出生态优先，大力推动绿色低碳发展。正文三。'];
    expect(splitCoupletHeadings(written)).toEqual(written);
    // Most second clauses as long as the first, one a little longer and closed by its full stop: written so.
    const mixed = ['（一）全力稳增长促发展，推动经济回升向好。正文一。', '（二）全力补短板惠民生，居民生活水平显著改善。正文二。', '（三）全力防风险保稳定，社会大局平稳有序。正文三。'];
    expect(splitCoupletHeadings(mixed)).toEqual(mixed);
    // No sibling stands alone: nothing shows where the headings end.
    const unsure = ['一、突出发展实体经济，推动经济量质齐升坚持把实体经济作为首要任务。', '二、全面深化改革开放，争创发展环境新优势坚决破除体制障碍。', '三、坚持绿色低碳发展，开启生态文明建设新航程良好的生态是优势。'];
    expect(splitCoupletHeadings(unsure)).toEqual(unsure);
  });

  it('makes an end glossary titled 有关名词解释 its own part', () => {
    expect(
      outline(['2023年工作回顾', '正文一。', '2024年工作安排', '正文二。', '有关名词解释', '1.专精特新：指专业化、精细化、特色化、新颖化。', '2.七有：幼有善育、学有优教。']).map((s) => s[0]),
    ).toEqual(['s1', 's2', 'notes', 'notes-1', 'notes-2']);
  });
});

describe('a bulletin\'s heading glued to the paragraph that opens on its word', () => {
  it('splits where the heading\'s word is said again at once, and nothing is lost', () => {
    expect(splitRepeatedHeading('二、农业农业总产值达到35.6亿元，增长4.1%。')).toEqual(['二、农业', '农业总产值达到35.6亿元，增长4.1%。']);
    expect(splitRepeatedHeading('（三）固定资产投资固定资产投资完成50亿元。')).toEqual(['（三）固定资产投资', '固定资产投资完成50亿元。']);
    const glued = ['一、综合', '全县生产总值135.6亿元。', '二、农业农业总产值达到35.6亿元，增长4.1%。'];
    expect(parts(glued)).toEqual(['一、综合', '二、农业']);
    expect(words(glued)).toBe(glued.join('').replace(/[\s。]/g, ''));
  });
  it('leaves a word said twice without a paragraph of sentences after it, and unnumbered text', () => {
    expect(splitRepeatedHeading('一、农业农业')).toBeNull();
    expect(splitRepeatedHeading('二、谈谈谈心谈话制度')).toBeNull();
    expect(splitRepeatedHeading('农业农业总产值达到35.6亿元。')).toBeNull();
  });
});

describe('a bulletin\'s heading glued to the paragraph that opens on its time', () => {
  it('splits before 全年, 年末 or a year, at a paragraph\'s start or after a sentence, and nothing is lost', () => {
    expect(splitHeadingsBeforeTime('二、农业全年全县农作物种植面积8521.9公顷，比上年减少862公顷。')).toEqual(['二、农业', '全年全县农作物种植面积8521.9公顷，比上年减少862公顷。']);
    expect(splitHeadingsBeforeTime('年末城镇登记失业率控制在2.0%。二、农业全年全县农作物种植面积8521.9公顷。')).toEqual(['年末城镇登记失业率控制在2.0%。', '二、农业', '全年全县农作物种植面积8521.9公顷。']);
    // (Before the whole place, a bulletin's own section name alone: 加快 or 推动 before 全县 is a heading's verb, not a section.)
    expect(splitHeadingsBeforeTime('二、农业全县实现农林牧渔业总产值42.77亿元，增长2.8%。')).toEqual(['二、农业', '全县实现农林牧渔业总产值42.77亿元，增长2.8%。']);
    expect(splitHeadingsBeforeTime('三、推动全县实现生产总值100亿元。')).toEqual(['三、推动全县实现生产总值100亿元。']);
    const glued = ['一、综合', '全县生产总值135.6亿元。年末城镇登记失业率2.0%。二、农业全年全县农作物种植面积8521.9公顷，比上年减少862公顷。'];
    expect(parts(glued)).toEqual(['一、综合', '二、农业']);
    expect(words(glued)).toBe(glued.join('').replace(/[\s。]/g, ''));
  });
  it('leaves a heading that reads on into its time, a verb\'s start, and a time without sentences after it', () => {
    expect(splitHeadingsBeforeTime('一、实现全年目标任务，地区生产总值增长6%。')).toEqual(['一、实现全年目标任务，地区生产总值增长6%。']);
    expect(splitHeadingsBeforeTime('二、农业全年')).toEqual(['二、农业全年']);
    expect(splitHeadingsBeforeTime('农业全年总产值35.6亿元。')).toEqual(['农业全年总产值35.6亿元。']);
  });
});

