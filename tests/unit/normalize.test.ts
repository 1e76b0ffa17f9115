import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { normalize } from '../../src/pipeline/normalize.ts';
import { compareKey, foldWidth } from '../../src/pipeline/text.ts';

const fixture = (name: string) => readFileSync(new URL(`../fixtures/${name}`, import.meta.url), 'utf8');

describe('foldWidth', () => {
  it('folds widths one way and leaves numbers alone', () => {
    expect(foldWidth('增长６．５％，PM2.5下降')).toBe('增长6.5%，PM2.5下降');
    // (A small full stop typed as the decimal point: 39﹒5公里 is one length, not 39﹒ and 5.)
    expect(foldWidth('建成道路39﹒5公里，管网13﹒84公里。﹒')).toBe('建成道路39.5公里，管网13.84公里。﹒');
    expect(foldWidth('(九)着力绿色发展,系统治理')).toBe('（九）着力绿色发展，系统治理');
    expect(foldWidth('总投资 1,000亿元,时间9:57')).toBe('总投资1,000亿元，时间9:57');
    // (A part's number set apart by spaces keeps one: without it the number would run into its title.)
    expect(foldWidth('十一  人口、资源与环境')).toBe('十一 人口、资源与环境');
    expect(foldWidth('三 2026年工作安排')).toBe('三 2026年工作安排');
    // (A space between a figure and its % is typesetting too: 增长 6.5 % reads 增长6.5%.)
    expect(foldWidth('增长39.5 %，出生率11.47 ‰，5 号线')).toBe('增长39.5%，出生率11.47‰，5号线');
    expect(foldWidth('政 府 工 作 报 告')).toBe('政府工作报告');
    expect(foldWidth('城镇新增就业 4 万人以上')).toBe('城镇新增就业4万人以上');
    expect(foldWidth('Report Atlas 图谱')).toBe('Report Atlas图谱');
  });
  it('reads a semicolon as Chinese across a figure or a quote, and leaves a mark between two digits alone', () => {
    expect(foldWidth('全社会用电量增长12.8%;12月末存款余额增长8%')).toBe('全社会用电量增长12.8%；12月末存款余额增长8%');
    expect(foldWidth('建设"中华健康快车白内障治疗中心";7、推进教育创强工作')).toBe('建设"中华健康快车白内障治疗中心"；7、推进教育创强工作');
    expect(foldWidth('建成20个教育强镇(街);8、继续更新公交车')).toBe('建成20个教育强镇（街）；8、继续更新公交车');
    expect(foldWidth('继续抓好"2?28"和"6;30"招商引资项目')).toBe('继续抓好"2?28"和"6;30"招商引资项目');
    expect(foldWidth('f(x);g(y)')).toBe('f(x);g(y)');
  });
  it('reads a half-width full stop that ends a Chinese sentence as 。, and not a decimal point, a number, an address or an ellipsis', () => {
    expect(foldWidth('较好地完成了各项目标任务. ――地区生产总值2112亿元,增长7.3%;')).toBe('较好地完成了各项目标任务。――地区生产总值2112亿元，增长7.3%；');
    expect(foldWidth('产值分别增长89%和82%.规上工业实现产值3680亿元.2017年,新区')).toBe('产值分别增长89%和82%。规上工业实现产值3680亿元。2017年，新区');
    expect(foldWidth('一.经济运行稳中有进')).toBe('一.经济运行稳中有进');
    expect(foldWidth('（三）.加强生态建设')).toBe('（三）.加强生态建设');
    expect(foldWidth('1.加强基础设施建设')).toBe('1.加强基础设施建设');
    expect(foldWidth('详见www.gov.cn网站')).toBe('详见www.gov.cn网站');
    expect(foldWidth('等等...')).toBe('等等...');
  });
  it('gives two layouts of one sentence the same comparison key', () => {
    expect(compareKey('强化PM_2.5、二氧化氮治理,水源Ⅰ~Ⅲ类')).toBe(compareKey('强化 PM2.5、二氧化氮治理，水源Ⅰ～Ⅲ类'));
  });
});

describe('normalize: newspaper column', () => {
  const n = normalize(fixture('newspaper.txt'), 'newspaper.txt');
  it('detects the wrapped layout and joins lines, across blank lines inside sentences', () => {
    expect(n.layout).toBe('wrapped');
    expect(n.paragraphs[0]).toBe(
      '一年来，我们抓民生、惠民生，群众获得感更强。城镇新增就业3.2万人，新增幼儿园学位1200个，新建8家普惠性托育园，发放救助资金2.5亿元。',
    );
    expect(n.paragraphs).toContain('二、全力做好2024年工作');
    const plan = n.paragraphs.find((p) => p.includes('主要预期目标'))!;
    expect(plan).toContain('人均可支配收入分别增长6%、7%，居民消费价格涨幅控制在3%左右。');
  });
  it('keeps a heading wrapped over two lines as one heading', () => {
    expect(n.paragraphs).toContain('（一）着力扩大有效投资，全力推动项目建设提质');
    expect(n.paragraphs.some((p) => p.startsWith('强化项目引领。抓好120个市级重点项目'))).toBe(true);
  });
  it('drops page markers, at a line start or inside a line, and logs each', () => {
    expect(n.paragraphs.join('')).not.toMatch(/上接|下转/);
    expect(n.paragraphs.at(-1)).toBe('强化招商引资。力争新签约项目150个、总投资600亿元以上。');
    expect(n.dropped.map((d) => [d.text, d.rule])).toEqual([
      ['（上接第一版）', 'page marker'],
      ['（下转第三版）', 'page marker'],
    ]);
  });
});

describe('normalize: a tab after a heading\'s number', () => {
  it('is the number\'s space, not a table\'s cell, where the line holds no other tab', () => {
    const n = normalize(['一、\t2025年工作回顾', '全市地区生产总值增长5%。', '（一）\t着力扩大内需', '1.\t新建幼儿园20所。', '序号\t任务\t落实情况', '1\t新建幼儿园20所\t已完成'].join('\n'), 'x.txt');
    expect(n.paragraphs).toEqual(['一、2025年工作回顾', '全市地区生产总值增长5%。', '（一）着力扩大内需', '1.新建幼儿园20所。', '序号\t任务\t落实情况', '1\t新建幼儿园20所\t已完成']);
  });
});

describe('normalize: a numbered heading in a column', () => {
  it('ends where it stops short of the column, and is not joined to the lines under it', () => {
    const column = [
      '坚持稳中求进工作总基调，完整准确全面贯彻新发展理念，加快构建新发展格局，',
      '着力推动高质量发展，更好统筹发展和安全，切实增强经济活力、防范化解风险，',
      '（六）深入推进全国文化中心建设，繁荣兴盛首都文化',
      '坚持以文铸魂、以文兴业、以文育城，奋力建设中国特色社会主义先进文化之都。',
      '广泛践行社会主义核心价值观，加强新时代文明实践中心建设，提升市民文明素养，',
      '推进公共文化服务体系建设，办好各类群众文化活动，丰富市民精神文化生活。',
      '（七）持续推进生态文明建设，加快建设美丽北京，推动绿色低碳高质量发展',
      '加强生态环境保护，深入打好蓝天碧水净土保卫战，完善生态环境治理体系。',
      '推进碳达峰碳中和，大力发展绿色低碳产业，倡导简约适度绿色低碳生活方式。',
    ].join('\n');
    const n = normalize(column, 'x.txt');
    expect(n.layout).toBe('wrapped');
    expect(n.paragraphs).toContain('（六）深入推进全国文化中心建设，繁荣兴盛首都文化');
    expect(n.paragraphs.some((p) => p.startsWith('坚持以文铸魂'))).toBe(true);
    // (A heading as wide as the column may wrap: the line under it goes on with it.)
    expect(n.paragraphs.some((p) => p.startsWith('（七）持续推进生态文明建设，加快建设美丽北京，推动绿色低碳高质量发展加强生态环境保护'))).toBe(true);
  });
  it('ends a paragraph at a report\'s title whole, its date in digits after it, so that the title stands apart', () => {
    const body = [
      '今年以来，在市委的坚强领导下，全市上下深入学习贯彻党的二十大精神，',
      '全面落实疫情要防住、经济要稳住、发展要安全的要求，坚持工业强市发展，',
      '抢抓机遇、锐意进取、加速赶超，较好地完成了市人大确定的主要目标任务。',
      '预计全年实现地区生产总值420亿元、增长6.5%；一般公共预算收入35.9亿',
      '元、增长10%，增速、税收占比均居全市第一；固定资产投资增长17%；进出',
      '口总额达12亿美元，居全市第一；限上企业达124家，社会消费品零售总额增',
      '速居全市第一；金融机构存款、贷款余额分别达500亿元、480亿元；城镇居民',
      '农村居民人均可支配收入分别增长6%、6.5%。',
    ];
    const n = normalize(['2023年广德市政府工作报告（20221229）', '2023年广德市政府工作报告', '一、勠力同心、攻坚克难，奋力实现新一届政府良好', '开局', ...body].join('\n'), 'x.txt');
    expect(n.layout).toBe('wrapped');
    expect(n.hints.frontMatter.join('|')).toContain('2023年广德市政府工作报告（20221229）');
    expect(n.paragraphs.some((p) => p.includes('（20221229）2023年'))).toBe(false);
  });
  it('opens a paragraph at an indented line where the column indents its paragraphs, whatever the line above stops on', () => {
    const column = [
      '　　三、过去五年，是经济发展方式加快转变、生态文明',
      '　　2010年末全市市场主体总数达9.87万户，比2005',
      '年末增加3.1万户。全市有26个项目列入省现代产业',
      '500强，居全省第6位。三次产业结构调整优化，',
      '工业化进程明显加快，城镇化水平稳步提升，',
      '　　四、过去五年，是社会事业全面进步的五年，人民',
      '　　全市新建和改造中小学校舍一百余万平方米，新增',
      '学位三万余个，义务教育实现全免费，城乡医疗卫生',
      '服务体系基本建成，群众看病就医更加方便，',
      '文化体育事业繁荣发展，社会保障水平不断提高。',
    ].join('\n');
    const n = normalize(column, 'x.txt');
    expect(n.layout).toBe('wrapped');
    expect(n.paragraphs).toContain('三、过去五年，是经济发展方式加快转变、生态文明');
    expect(n.paragraphs.some((p) => p.startsWith('2010年末全市市场主体总数达9.87万户，比2005年末增加3.1万户。'))).toBe(true);
    expect(n.paragraphs).toContain('四、过去五年，是社会事业全面进步的五年，人民');
    // (A column that indents no line, or every line, says nothing by it: as before.)
    const flat = normalize(column.replace(/^　　/gmu, ''), 'x.txt');
    expect(flat.paragraphs.some((p) => p.startsWith('三、过去五年，是经济发展方式加快转变、生态文明2010年末'))).toBe(true);
  });
  it('ends a heading set wider than the column, and reads a number the line above runs into as no heading', () => {
    const column = [
      '全区地区生产总值增长5.1%，增速高于预期',
      '目标、高于上年同期、高于全国，取得多年未有',
      '的好成绩，粮食产量稳步增长。一、',
      '二、三产业增加值分别增长4.2%、5%、5.4%。',
      '规上工业增加值增长7.7%，高于全国1.8个百',
      '分点。粮食产量280.9亿斤，供给稳定、储备充足。',
      '（一）主要经济计划目标基本完成，发展水平有新提高，结构持续优化',
      '全市实现生产总值746.6亿元，同比增长18.4',
      '%；规模工业增加值完成389.7亿元，增长30',
      '.8%，比计划增长28%高3个百分点；固定资产投',
      '资完成703.5亿元，增长44.4%，比计划增长25',
    ].join('\n');
    const n = normalize(column, 'x.txt');
    expect(n.layout).toBe('wrapped');
    expect(n.paragraphs[0]).toMatch(/^全区地区生产总值增长5\.1%.*取得多年未有的好成绩，粮食产量稳步增长。一、二、三产业增加值分别增长4\.2%、5%、5\.4%。规上工业/u);
    expect(n.paragraphs).toContain('（一）主要经济计划目标基本完成，发展水平有新提高，结构持续优化');
    expect(n.paragraphs.at(-1)).toMatch(/^全市实现生产总值746\.6亿元/u);
  });
  it('goes on past a narrow line of figures that stops on a pause, and past a heading\'s line that stops on a figure', () => {
    const column = [
      '各位代表，全市累计参加养老保险34.8万人、',
      '失业保险14万人、医疗保险22.2万人、工伤保',
      '险23.3万人、生育保险9.9万人，分别增长15',
      '.05%、5.88%、13.45%、21.05%、',
      '10.42%。全年共征缴各项社会保险费12.5亿',
      '元，增长31.2%，社保基金运行平稳有序。',
      '二、“十五五”时期目标任务和2026',
      '年工作安排',
      '“十五五”时期是我国基本实现社会主义现代',
      '化夯实基础、全面发力的关键时期，也是我们',
      '推动高质量发展的重要时期，任务艰巨繁重。',
    ].join('\n');
    const n = normalize(column, 'x.txt');
    expect(n.layout).toBe('wrapped');
    expect(n.paragraphs[0]).toContain('分别增长15.05%、5.88%、13.45%、21.05%、10.42%。全年共征缴');
    expect(n.paragraphs).toContain('二、“十五五”时期目标任务和2026年工作安排');
  });
});

describe('normalize: web page', () => {
  const n = normalize(fixture('webpage.txt'), 'webpage.txt');
  it('drops menus, breadcrumbs, tool bars, related links and footers, listing every line', () => {
    const dropped = n.dropped.map((d) => d.text);
    for (const line of ['首页', '新闻中心', '政务公开', '上一篇：云河市2021年政府工作报告', '【字号：加大 还原 减小】 打印 关闭', '下载 打印 全屏 收藏', '来源：云河市人民政府办公室']) {
      expect(dropped).toContain(line);
    }
    expect(dropped.some((l) => l.startsWith('版权所有'))).toBe(true);
    expect(n.paragraphs.join('\n')).not.toMatch(/首页|点击量|上一篇|版权所有|字号/);
  });
  it('takes the headline and the publication date from the chrome', () => {
    expect(n.hints.headline).toBe('云河市人民政府关于印发《云河市绿色发展行动纲要》的通知');
    expect(n.hints.published).toBe('2022-03-15');
  });
  it('keeps every body line, in order', () => {
    expect(n.layout).toBe('lines');
    expect(n.paragraphs[0]).toBe('各县（市、区）人民政府，市直各部门：');
    expect(n.paragraphs.at(-1)).toBe('（2）保护水环境。新建污水管网120公里。');
    expect(n.paragraphs).toHaveLength(11);
  });
});

describe('normalize: a table of contents above the body', () => {
  const body = ['2025年云河县政府工作报告', '各位代表：', '现在，我代表县人民政府向大会报告工作。', '一、2024年工作回顾', '地区生产总值增长7%。', '二、2025年目标任务', '（一）坚持生态保护第一', '新建污水管网12公里。', '三、全面加强政府自身建设', '让我们团结奋斗！'];
  it('drops the headings listed above the title, logs each, and keeps the same headings where their parts open', () => {
    const contents = ['一、2024年工作回顾', '二、2025年目标任务', '（一）坚持生态保护第一', '三、全面加强政府自身建设'];
    for (const top of [contents, ['目 录', ...contents], ['2025年云河县政府工作报告', '目录', ...contents]]) {
      const n = normalize([...top, ...body].join('\n'), 'x.txt');
      expect(n.dropped.filter((d) => d.rule === 'table of contents above the body').map((d) => d.text.replace(/\s/g, ''))).toEqual(top.filter((t) => !/报告$/.test(t)).map((t) => t.replace(/\s/g, '')));
      expect(n.paragraphs.filter((p) => p.startsWith('一、'))).toEqual(['一、2024年工作回顾']);
      expect(n.paragraphs.filter((p) => p.startsWith('（一）坚持生态保护第一'))).toHaveLength(1);
      expect(n.paragraphs.slice(0, 2)).toEqual(['各位代表：', '现在，我代表县人民政府向大会报告工作。']);
    }
  });
  it('keeps a run of headings that does not stand again below, or stands below a sentence', () => {
    const run = ['一、综合', '二、农业', '三、工业'];
    const once = normalize([...run, '各位代表：', '全年生产总值增长5%。'].join('\n'), 'x.txt');
    expect(once.dropped.filter((d) => d.rule === 'table of contents above the body')).toEqual([]);
    const below = normalize(['各位代表：', '现在，我代表县人民政府向大会报告工作。', ...run, '一、综合', '全年生产总值增长5%。'].join('\n'), 'x.txt');
    expect(below.dropped.filter((d) => d.rule === 'table of contents above the body')).toEqual([]);
  });
});

describe('normalize: a library page\'s licence notice', () => {
  it('drops the notice below the body, from the line that speaks of the work to the end, and logs each line', () => {
    const text = ['各位代表！', '', '让我们团结奋斗，再创新的辉煌！', '', '本作品是中华人民共和国的', '法律', '、法规，国家机关的决议…，本作品不适用于该法，属于', '公有领域', '。', '', 'Public domain', 'false'].join('\n');
    const n = normalize(text, 'x.txt');
    expect(n.paragraphs.at(-1)).toBe('让我们团结奋斗，再创新的辉煌！');
    expect(n.dropped.filter((d) => d.rule === 'licence notice below the body').map((d) => d.text)).toContain('Public domain');
  });
  it('keeps a report\'s last lines where no notice of rights follows', () => {
    const text = ['各位代表！', '', '本作品展区共有展品120件。', '', '让我们团结奋斗！'].join('\n');
    expect(normalize(text, 'x.txt').paragraphs).toEqual(['各位代表！', '本作品展区共有展品120件。', '让我们团结奋斗！']);
  });
});

describe('normalize: a line break inside a sentence of a text written a paragraph a line', () => {
  it('joins a line of prose that stops inside a word or a clause to the line right under it', () => {
    const text = [
      '各位代表：',
      '过去一年，我们攻坚克难。我们要在经济发展中持续优',
      '化完善城市规划体系，不断增强人民群众获得感。全面深化改革。推动',
      '区域全面经济伙伴关系协定',
      '（RCEP）生效实施，建成全球最大自由贸易区。',
      '一、2026年工作安排',
      '全年新增就业5万人。',
    ].join('\n');
    expect(normalize(text, 'x.txt').paragraphs).toEqual([
      '各位代表：',
      '过去一年，我们攻坚克难。我们要在经济发展中持续优化完善城市规划体系，不断增强人民群众获得感。全面深化改革。推动区域全面经济伙伴关系协定（RCEP）生效实施，建成全球最大自由贸易区。',
      '一、2026年工作安排',
      '全年新增就业5万人。',
    ]);
    // (A number broken over the lines: the line stops inside the clause on a digit.)
    expect(normalize(['各位代表：', '技术合同成交额增长30%以上。科技进步贡献率提高到5', '8.5%。'].join('\n'), 'x.txt').paragraphs[1]).toBe('技术合同成交额增长30%以上。科技进步贡献率提高到58.5%。');
  });
  it('leaves apart a line with no sentence end in it (a title, a heading), and lines a blank line parts', () => {
    expect(normalize(['各位代表：', '过去一年的主要工作', '全市新增就业5万人。'].join('\n'), 'x.txt').paragraphs).toEqual(['各位代表：', '过去一年的主要工作', '全市新增就业5万人。']);
    const apart = ['全市完成投资。推动', '', '区域协调发展。'].join('\n');
    expect(normalize(apart, 'x.txt').paragraphs).toEqual(['全市完成投资。推动', '区域协调发展。']);
  });
});

describe('normalize: a table written a cell a line', () => {
  it('rebuilds its rows, cells apart by tabs, its title and header apart, so that no cell is read as a heading', () => {
    const cells = ['2011年主要农产品产量', '农产品名称', '计量单位', '绝对数', '比上年±%', '粮食', '万吨', '89.2', '3.5', '其中：稻谷', '万吨', '76.7', '3.0', '蔬菜', '万吨', '167.4', '6.7', '茶叶', '吨', '2955', '16.9', '牛奶', '吨', '9810', '3.6倍'];
    const text = ['二、农业', '', '全年粮食产量增长3.5%。', '', ...cells.flatMap((c) => [c, '']), '三、工业'].join('\n');
    expect(normalize(text, 'x.txt').paragraphs).toEqual([
      '二、农业',
      '全年粮食产量增长3.5%。',
      '2011年主要农产品产量',
      '农产品名称\t计量单位\t绝对数\t比上年±%',
      '粮食\t万吨\t89.2\t3.5',
      '其中：稻谷\t万吨\t76.7\t3.0',
      '蔬菜\t万吨\t167.4\t6.7',
      '茶叶\t吨\t2955\t16.9',
      '牛奶\t吨\t9810\t3.6倍',
      '三、工业',
    ]);
  });
  it('keeps a label and a numbered title apart, a caption over rows a line of its own, and a bracket inside a label', () => {
    const cells = ['附表：', '2004年主要农产品产量（表2）', '指标', '计量单位', '绝对数', '增长%', '1.主要农产品', '粮食', '万吨', '100.25', '-10.7', '全部农业产值（亿元，下同）', '亿元', '89.2', '3.5', '2.主要工业产品', '发电量', '亿千瓦时', '40.08', '14.6', '水泥', '万吨', '606.17', '26.4'];
    const text = ['六、农业', '', '全年粮食产量下降。', '', ...cells.flatMap((c) => [c, '']), '七、工业'].join('\n');
    expect(normalize(text, 'x.txt').paragraphs).toEqual([
      '六、农业',
      '全年粮食产量下降。',
      '附表：',
      '2004年主要农产品产量（表2）',
      '指标\t计量单位\t绝对数\t增长%',
      '1.主要农产品',
      '粮食\t万吨\t100.25\t-10.7',
      '全部农业产值（亿元，下同）\t亿元\t89.2\t3.5',
      '2.主要工业产品',
      '发电量\t亿千瓦时\t40.08\t14.6',
      '水泥\t万吨\t606.17\t26.4',
      '七、工业',
    ]);
  });
  it('reads a table typed in full-width digits as one typed in ASCII (the paragraphs hold the digits folded)', () => {
    const full = (t: string) => t.replace(/[0-9%]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0)).replace(/(?<=[０-９])\.(?=[０-９])/g, '．');
    const cells = ['2011年主要农产品产量', '农产品名称', '计量单位', '绝对数', '比上年±%', '粮食', '万吨', '89.2', '3.5', '其中：稻谷', '万吨', '76.7', '3.0', '蔬菜', '万吨', '167.4', '6.7', '茶叶', '吨', '2955', '16.9'];
    const text = (cs: string[]) => ['二、农业', '', '全年粮食产量增长3.5%。', '', ...cs.flatMap((c) => [c, '']), '三、工业'].join('\n');
    expect(normalize(text(cells.map(full)), 'x.txt').paragraphs).toEqual(normalize(text(cells), 'x.txt').paragraphs);
    expect(normalize(text(cells.map(full)), 'x.txt').paragraphs).toContain('粮食\t万吨\t89.2\t3.5');
  });
  it('leaves short lines with few numbers among them as they are (a list of headings, a signature)', () => {
    const lines = ['韶关市人民政府', '二○一一年四月六日', '附件', '工作目标', '主要任务', '备注', '一、经济贸易方面', '发改局', '李维员', '经信局', '刘德泉', '科技局', '张才明'];
    expect(normalize(['各位代表：', ...lines].join('\n'), 'x.txt').paragraphs.slice(1)).toEqual(lines);
  });
});

describe('normalize: a table of tasks and who answers for them, its cells run into lines', () => {
  it('keeps each block\'s unit and person with the block they close, as a row, not as headings of the next block', () => {
    const text = [
      '各位代表：', '', '工作目标与主要任务', '责任', '单位', '责任人', '一、经济贸易方面（共3项）',
      '1、加强经济运行监测分析。', '2、全力争取中央投资。', '发改局', '李维员',
      '1、抓好工业经济运行监测调节。', '经信局', '刘德泉', '二、农业农村方面（共1项）', '1、稳定粮食生产。', '农业局', '李卫忠',
    ].join('\n');
    const paragraphs = normalize(text, 'x.txt').paragraphs;
    // (The header is a row too, its cells as the page split them.)
    expect(paragraphs).toContain('工作目标与主要任务\t责任\t单位\t责任人');
    expect(paragraphs.slice(paragraphs.indexOf('一、经济贸易方面（共3项）'))).toEqual([
      '一、经济贸易方面（共3项）', '1、加强经济运行监测分析。', '2、全力争取中央投资。', '发改局\t李维员',
      '1、抓好工业经济运行监测调节。', '经信局\t刘德泉', '二、农业农村方面（共1项）', '1、稳定粮食生产。', '农业局\t李卫忠',
    ]);
  });
  it('puts a named task and a cell for each other column back in one row', () => {
    const text = ['各位代表：', '', '六、8件实事', '实事名称', '分管领导', '主办单位', '协办单位', '1、抓好农村电网升级改造', '陈秋彦', '韶关供电局', '各县（市、区）人民政府', '2、完成通自然村公路硬化400公里', '邹永松', '市交通运输局', '市财政局、市公路局'].join('\n');
    const paragraphs = normalize(text, 'x.txt').paragraphs;
    expect(paragraphs.slice(-2)).toEqual(['1、抓好农村电网升级改造\t陈秋彦\t韶关供电局\t各县（市、区）人民政府', '2、完成通自然村公路硬化400公里\t邹永松\t市交通运输局\t市财政局、市公路局']);
  });
  it('leaves short lines after a sentence as they are where no header names such columns', () => {
    const text = ['各位代表：', '', '全年完成投资。', '', '附件', '', '2014年民生实事', '', '1、新建学校3所。'].join('\n');
    expect(normalize(text, 'x.txt').paragraphs).toEqual(['各位代表：', '全年完成投资。', '附件', '2014年民生实事', '1、新建学校3所。']);
  });
});

describe('normalize: formal report front matter and layouts', () => {
  it('keeps title, delivery line and speaker as front matter, handles CRLF and full-width indents', () => {
    const text = '政 府 工 作 报 告\r\n——2024年1月10日在云河市第五届人民代表大会第四次会议上\r\n市长  李明\r\n\r\n\u3000\u3000各位代表：\r\n\u3000\u3000现在，我代表市人民政府，向大会报告工作。\r\n';
    const n = normalize(text, 'r.txt');
    expect(n.hints.frontMatter).toEqual(['政府工作报告', '——2024年1月10日在云河市第五届人民代表大会第四次会议上', '市长李明']);
    expect(n.paragraphs).toEqual(['各位代表：', '现在，我代表市人民政府，向大会报告工作。']);
  });
});

describe('normalize: the front matter of real reports', () => {
  const head = (text: string) => normalize(text, 'r.txt');
  it('keeps every layout of the delivery and speaker lines as front matter, not body text', () => {
    for (const [delivery, speaker] of [
      ['——2026年1月28日在云南省第十四届人民代表大会第四次会议上', '省长　王予波'],
      ['2026年1月14日在浙江省第十四届人民代表大会第四次会议上', '浙江省省长 刘捷'],
      ['----2012年2月29日在海拉尔区第十三届人民代表大会第六次会议上', '海拉尔区人民政府区长　　张天喜'],
      ['——2026年2月2日在广西壮族自治区第十四届人民代表大会第五次会议上', '自治区主席 韦 韬'],
      ['——2026年1月26日在河北省第十四届人民代表大会第四次会议上', '河北省人民政府省长 王正谱'],
    ]) {
      const n = head(`政府工作报告\n${delivery}\n${speaker}\n各位代表：\n现在，我代表省人民政府，向大会报告工作。\n`);
      expect(n.hints.frontMatter).toHaveLength(3);
      expect(n.paragraphs[0]).toBe('各位代表：');
    }
  });
  it('reads a title, a delivery line and a speaker run into one line as the three, never as the page\'s headline', () => {
    const n = head('政府工作报告—2021年7月29日在围场满族蒙古族自治县第八届人民代表大会第一次会议上自治县人民政府代理县长 孙立良\n2021-08-16 17:31浏览次数:\n各位代表：\n现在，我代表自治县人民政府，向大会报告工作。\n');
    expect(n.hints.headline).toBeUndefined();
    expect(n.hints.frontMatter).toEqual(['政府工作报告', '—2021年7月29日在围场满族蒙古族自治县第八届人民代表大会第一次会议上', '自治县人民政府代理县长孙立良']);
    expect(n.paragraphs[0]).toBe('各位代表：');
    // (A sentence that tells of the session is no run of front matter: it stays the body's.)
    const told = head('各位代表：\n2024年1月10日在云河市第五届人民代表大会第四次会议上，市长李明作政府工作报告。\n');
    expect(told.paragraphs).toEqual(['各位代表：', '2024年1月10日在云河市第五届人民代表大会第四次会议上，市长李明作政府工作报告。']);
  });
  it('takes a date alone two lines from an undated delivery line, the speaker between, as front matter', () => {
    const n = head('政府工作报告\n\n——在金碧镇第十四届人民代表大会第七次会议上\n\n镇长王 鹏\n\n2025年1月3日\n\n各位代表：\n');
    expect(n.hints.frontMatter).toContain('2025年1月3日');
    expect(n.hints.published).toBeUndefined();
  });
  it('takes a date alone next to a delivery line that gives none as front matter, not as the page\'s date', () => {
    const n = head('政府工作报告\n2021年12月15日\n在安岳县第十七届人民代表大会第一次会议上\n刘建华\n各位代表：\n');
    expect(n.hints.frontMatter).toEqual(['政府工作报告', '2021年12月15日', '在安岳县第十七届人民代表大会第一次会议上', '刘建华']);
    expect(n.hints.published).toBeUndefined();
  });
  it('reads the report\'s front matter under the notice that sends it out, the notice\'s signature closing its text', () => {
    const n = head(['各乡镇人民政府，县政府各部门：', '《政府工作报告》已经县十八届人民代表大会第五次会议审议通过，现印发给你们，请结合实际，认真抓好落实。', '云河县人民政府', '2026年2月9日', '（此件公开发布）', '政 府 工 作 报 告', '——2026年1月14日在云河县第十八届人民代表大会第五次会议上', '县 长 李明', '各位代表：', '现在，我代表县人民政府向大会报告工作。'].join('\n'));
    expect(n.hints.frontMatter).toEqual(['政府工作报告', '——2026年1月14日在云河县第十八届人民代表大会第五次会议上', '县长李明']);
    expect(n.paragraphs).toEqual(['各乡镇人民政府，县政府各部门：', '《政府工作报告》已经县十八届人民代表大会第五次会议审议通过，现印发给你们，请结合实际，认真抓好落实。云河县人民政府（此件公开发布）', '各位代表：', '现在，我代表县人民政府向大会报告工作。']);
    // (The date alone on its line went as the page's date, as on any web page.)
    expect(n.hints.published).toBe('2026-02-09');
  });
  it('drops the rest of a breadcrumb on a line of its own, and takes the title below it, not the trail, as the title', () => {
    const n = head('您现在的位置：首页\n > 政府工作报告  > 政府工作报告\n索引号 001008003008001/2021-74312\n\n2021年平阳县政府工作报告\n各位代表：\n');
    expect(n.dropped.filter((d) => d.rule === 'breadcrumb navigation').map((d) => d.text.trim())).toEqual(['您现在的位置：首页', '> 政府工作报告  > 政府工作报告']);
    expect(n.hints.frontMatter).toEqual(['2021年平阳县政府工作报告']);
    // (A line of the report with a > in it is no trail: 增速>5%, a sentence.)
    expect(head('各位代表：\n增速>5%\n').paragraphs).toContain('增速>5%');
  });
  it('takes the end of a trail as the page\'s headline where it names the page and nothing else titles it', () => {
    const n = head('首页 > 新闻 > 经济 > 跨越赶超 逐梦前行 ——敦化市2023年经济社会发展回眸\n目之所及，皆是奋斗激情；\n2023年，敦化市地区生产总值完成172亿元。\n');
    expect(n.hints.headline).toBe('跨越赶超逐梦前行——敦化市2023年经济社会发展回眸');
    expect(n.dropped.map((d) => d.rule)).toContain('breadcrumb navigation');
    // (Not a section's name, 政府工作报告; nor over a title of the page's own.)
    expect(head('首页 > 政务公开 > 政府工作报告\n2023年，全市地区生产总值完成172亿元。\n').hints.headline).toBeUndefined();
    expect(head('首页 > 新闻 > 敦化市2023年经济社会发展回眸\n2021年平阳县政府工作报告\n各位代表：\n').hints.headline).toBeUndefined();
  });
  it('keeps a page\'s title among short lines at its top (新疆昌吉州奇台县西地镇概况), dropping the menu beside it', () => {
    const n = head('[移动版]\n新疆昌吉州奇台县西地镇概况\n首页\n西地镇地处天山北麓冲积平原，距奇台县城14公里，总人口15771人。\n');
    expect([...n.hints.frontMatter, ...n.paragraphs]).toContain('新疆昌吉州奇台县西地镇概况');
    expect(n.dropped.map((d) => d.text.trim())).toEqual(['[移动版]', '首页']);
    // (…and the menu goes on past it: [移动版] below the title is the site's still.)
    const t = head('新疆昌吉州奇台县西地镇概况\n[移动版]\n西地镇地处天山北麓冲积平原，距奇台县城14公里，总人口15771人。\n');
    expect(t.dropped.map((d) => d.text.trim())).toEqual(['[移动版]']);
    expect(t.hints.frontMatter).toEqual(['新疆昌吉州奇台县西地镇概况']);
    // (A menu's own entry, short, is still a menu's: 县情概况.)
    const m = head('首页\n县情概况\n政务公开\n西地镇地处天山北麓冲积平原，距奇台县城14公里，总人口15771人。\n');
    expect(m.dropped.map((d) => d.text.trim())).toEqual(['首页', '县情概况', '政务公开']);
  });
  it('drops a trail whose links were lost (您当前的位置： > >) and a site\'s language switch alone above the title (选择语言)', () => {
    const n = head('您当前的位置： > >\n\n南区街道办事处2022年工作总结\n\n2022年，面对严峻复杂的疫情形势，南区街道坚持稳中求进。\n');
    expect(n.dropped.map((d) => d.text.trim())).toContain('您当前的位置： > >');
    expect(n.paragraphs.join('')).not.toContain('您当前的位置');
    const m = head('选择语言\n\n2021年工作总结\n\n2021年，市桥街团结带领全街干部群众推动经济发展。\n');
    expect(m.dropped.map((d) => d.text.trim())).toContain('选择语言');
  });
  it('takes a bulletin\'s title broken after its year, and the bodies that issue it, as front matter — never the bodies as its headline', () => {
    const n = head('2011年\n韶关市国民经济和社会发展统计公报\n\n韶关市统计局 韶关调查队\n\n      2012年3月13日\n\n2011年，韶关人民在市委、市政府的正确领导下，圆满完成年度目标。\n一、综合\n初步核算，全市生产总值813.95亿元。\n');
    expect(n.hints.frontMatter).toEqual(['2011年韶关市国民经济和社会发展统计公报', '韶关市统计局韶关调查队']);
    expect(n.hints.headline).toBeUndefined();
    expect(n.hints.published).toBe('2012-03-13');
    expect(n.paragraphs[0]).toBe('2011年，韶关人民在市委、市政府的正确领导下，圆满完成年度目标。');
    // (A year alone above a sentence is no title's start: it stays text.)
    expect(head('2011年\n全市生产总值813.95亿元。\n').paragraphs[0]).toBe('2011年');
    // (Under a title taken as the page's headline — above its page's metadata line —, the issuing body is front matter too.)
    const m = head('韶关市2007年国民经济和社会发展统计公报\n发布时间：2008-04-29 00:00:00 字体：[ 大中小 ]\n\n 韶关市统计局\n2008年3月21日\n   2007年，在市委、市政府的正确领导下，国民经济实现了又快又好发展。\n一  综合\n初步核算，全年地区生产总值482.54亿元。\n');
    expect(m.hints.headline).toBe('韶关市2007年国民经济和社会发展统计公报');
    expect(m.hints.frontMatter).toEqual(['韶关市统计局']);
    expect(m.paragraphs[0]).toMatch(/^2007年，在市委/u);
  });
  it('takes a bare name after the delivery line as the speaker, and a news photo caption as front matter', () => {
    const n = head('2026年湖南省政府工作报告\n——2026年2月3日在湖南省第十四届人民代表大会第四次会议上\n毛伟明\n2月3日，大会开幕。省长毛伟明作政府工作报告。湖南日报记者 刘尚文 摄\n各位代表：\n现在报告工作。\n');
    expect(n.hints.frontMatter.slice(2)).toEqual(['毛伟明', '2月3日，大会开幕。省长毛伟明作政府工作报告。湖南日报记者刘尚文摄']);
    expect(n.paragraphs).toEqual(['各位代表：', '现在报告工作。']);
  });
  it('drops web chrome whose labels and values stand on separate lines, and tool bars spread over lines', () => {
    const n = head(
      '2026年宁夏回族自治区政府工作报告\n发表时间：\n2026-02-09 09:45:30\n来源：\n宁夏日报客户端\n阅读量：\n【字体：\n小\n中\n大\n】\n政府工作报告\n——2026年2月3日在宁夏回族自治区第十三届人民代表大会第四次会议上\n各位代表：\n现在报告工作。\n》》点击图片进入专题《《\n×\n相关报道：\n',
    );
    expect(n.hints).toMatchObject({ published: '2026-02-09', origin: '宁夏日报客户端' });
    expect(n.hints.frontMatter).toEqual(['2026年宁夏回族自治区政府工作报告', '政府工作报告', '——2026年2月3日在宁夏回族自治区第十三届人民代表大会第四次会议上']);
    expect(n.paragraphs).toEqual(['各位代表：', '现在报告工作。']);
    expect(n.dropped.map((d) => d.text)).toEqual(expect.arrayContaining(['宁夏日报客户端', '【字体：', '】', '×', '相关报道：', '》》点击图片进入专题《《']));
  });
  it('drops a site\'s contact card (联系人, 手機, qq, 地址) in either script, and reads no headline from it', () => {
    const n = head('聯系人:舒工\n手機:13726017833\nqq:64407753\n地址:廣東省中山市三鄉鎮烏石村萬里路2號16卡首層\n發布時間:2021-03-18 21:26:09\n11月5日，高新區召開前三季度經濟形勢分析會。\n');
    expect(n.hints.headline).toBeUndefined();
    expect(n.dropped.map((d) => d.text)).toEqual(expect.arrayContaining(['聯系人:舒工', 'qq:64407753']));
    expect(n.paragraphs).toHaveLength(1);
    // (A sentence that gives an address is the report's.)
    expect(head('地址：县政府大院，电话：12345，欢迎来访。\n全县生产总值增长5%。\n').paragraphs).toHaveLength(2);
  });
  it('drops a page\'s teaser (the next paragraph\'s opening, cut short) and a site\'s guide for screen readers', () => {
    const n = head('德州首季地方财政收入破30亿\n发布时间：2013-04-13\n德州新闻网讯（记者杨德林）今年1至3月，德州市实现地方财政收入30.1亿元，可比增长28.6%。完成地方财政\n德州新闻网讯（记者杨德林）今年1至3月，德州市实现地方财政收入30.1亿元，可比增长28.6%。完成地方财政支出48.3亿元。\n');
    expect(n.paragraphs).toEqual(['德州新闻网讯（记者杨德林）今年1至3月，德州市实现地方财政收入30.1亿元，可比增长28.6%。完成地方财政支出48.3亿元。']);
    expect(n.dropped.map((d) => d.rule)).toContain('teaser: the opening of the next paragraph, cut short');
    // (A short paragraph that opens the next is no teaser: 一、综合 above 一、综合经济实力增强.)
    expect(head('全县经济运行平稳。\n全县经济运行平稳。工业增长5%。\n').paragraphs).toHaveLength(2);
    const guide = head('产业特色栏目正文页面，本页面是由1个导航区、3个正文区共计4个区域组成，定位到正文区请按Alt+2\n全县生产总值增长5%。\n');
    expect(guide.paragraphs).toEqual(['全县生产总值增长5%。']);
  });
  it('reads a disclosure page\'s box of fields written as table rows ([ 索引号 ] | … |) as its header, the title below it as the title', () => {
    const n = head('[ 索引号 ] | 11500110599222901E/2021-00001 | [ 发文字号 ] | |\n[ 发布机构 ] | 万盛统计局 | ||\n2015年某县国民经济和社会发展统计公报\n2015年，全县地区生产总值增长10%。\n');
    expect(n.hints.collector).toMatchObject({ 索引号: '11500110599222901E/2021-00001', 发布机构: '万盛统计局' });
    expect(n.hints.frontMatter).toEqual(['2015年某县国民经济和社会发展统计公报']);
  });
  it('reads a page source up to the next label on its line, and 来源：不详 as no source', () => {
    const known = head('某县召开第五次人代会\n来源：县融媒体中心 作者：李明 发布时间：2020-01-02\n全县生产总值增长5%。\n');
    expect(known.hints).toMatchObject({ origin: '县融媒体中心', published: '2020-01-02' });
    const unknown = head('某县召开第五次人代会\n来源：不详 责任编辑：张华\n全县生产总值增长5%。\n');
    expect(unknown.hints.origin).toBeUndefined();
    expect(unknown.paragraphs).toEqual(['全县生产总值增长5%。']);
  });
  it('joins a delivery line that a newspaper column wrapped', () => {
    const n = head('政 府 工 作 报 告\n——2026年1月27日在福建省第十四届人民代表大\n会第四次会议上\n福建省人民政府省长 赵龙\n各位代表：\n现在报告工作。\n');
    expect(n.hints.frontMatter).toEqual(['政府工作报告', '——2026年1月27日在福建省第十四届人民代表大会第四次会议上', '福建省人民政府省长赵龙']);
  });
  it('joins a wrapped delivery line even when web metadata follows it, and takes neither half for a headline', () => {
    const n = head('2026年浙江省政府工作报告\n2026年1月14日在浙江省第十四届人民\n代表大会第四次会议上\n来源：浙江日报\n浙江省省长 刘捷\n各位代表：\n');
    expect(n.hints.headline).toBeUndefined();
    expect(n.hints.frontMatter).toEqual(['2026年浙江省政府工作报告', '2026年1月14日在浙江省第十四届人民代表大会第四次会议上', '浙江省省长刘捷']);
  });
  it('keeps an undated delivery line and its date on a line of its own as front matter', () => {
    const n = head('政府工作报告\n——在泉州市第十七届人民代表大会第三次会议上\n（2024年1月10日）\n市长 王某\n各位代表：\n现在报告工作。\n');
    expect(n.hints.frontMatter).toEqual(['政府工作报告', '——在泉州市第十七届人民代表大会第三次会议上', '（2024年1月10日）', '市长王某']);
    expect(n.paragraphs).toEqual(['各位代表：', '现在报告工作。']);
  });
  it('never takes a sentence about an official for the speaker line', () => {
    expect(head('市长李明强调加快发展\n各位代表：\n').hints.frontMatter).toEqual([]);
    expect(head('自治区主席 艾尔肯·吐尼亚孜\n各位代表：\n').hints.frontMatter).toEqual(['自治区主席艾尔肯·吐尼亚孜']);
  });
  it('drops a government site’s one-line tool bar and footer, and keeps a speaker line above the delivery line', () => {
    const n = head(
      '政 府 工 作 报 告\n海拉尔区人民政府区长　　杜联合\n【字体：大 中 小】  打印\n----2013年2月28日在海拉尔区第十四届人民代表大会第二次会议上\n各位代表：\n现在报告工作。\n【打印本页】【关闭窗口】\n主办单位：人民政府办公厅  承办：信息中心\n',
    );
    expect(n.hints.frontMatter).toEqual(['政府工作报告', '海拉尔区人民政府区长杜联合', '----2013年2月28日在海拉尔区第十四届人民代表大会第二次会议上']);
    expect(n.paragraphs).toEqual(['各位代表：', '现在报告工作。']);
    expect(n.dropped.map((d) => d.text)).toEqual(['【字体：大 中 小】  打印', '【打印本页】【关闭窗口】', '主办单位：人民政府办公厅  承办：信息中心']);
  });
  it('drops a line that stamps the second a page was posted, among the site’s name and section, and keeps a sentence with a time', () => {
    const n = head('公文搜 2021-07-27 17:29:52 政府报告\n各位代表：\n现在报告工作。\n2021-07-27 17:29:52，全市完成投资5亿元。\n');
    expect(n.paragraphs).toEqual(['各位代表：', '现在报告工作。', '2021-07-27 17:29:52，全市完成投资5亿元。']);
    expect(n.dropped.map((d) => d.text)).toEqual(['公文搜 2021-07-27 17:29:52 政府报告']);
  });
  it('takes a title with the date it was given, and a delivery line that says 人大 for short, as front matter', () => {
    const n = head('（河南省）商丘市人民政府工作报告（2023年1月4日）\n政府工作报告\n2020年5月19日在嵩县第十四届人大第六次会议上\n各位代表：\n');
    expect(n.hints.frontMatter).toEqual(['（河南省）商丘市人民政府工作报告（2023年1月4日）', '政府工作报告', '2020年5月19日在嵩县第十四届人大第六次会议上']);
    expect(n.paragraphs).toEqual(['各位代表：']);
  });
  it('drops one line of a site’s name right above a report’s title, as it drops a menu, and logs it', () => {
    const n = head('种豆资源网\n\n2000年济南政府工作报告\n各位代表：\n现在报告工作。\n');
    expect(n.hints.frontMatter).toEqual(['2000年济南政府工作报告']);
    expect(n.dropped.map((d) => d.text)).toEqual(['种豆资源网']);
    // (A short line above the greeting, with no title after it, stays: it may be the report's own.)
    expect(head('加快发展\n各位代表：\n').paragraphs[0]).toBe('加快发展');
  });
  it('drops a site\'s pointers to other pages (今日特推：…会议开幕, 推荐阅读), logged', () => {
    const n = head('今日特推: 山东枣庄市市中区十三届人大四次会议开幕\n2月15日，巨野县第十九届人民代表大会第四次会议开幕。\n推荐阅读\n');
    expect(n.dropped.map((d) => d.text)).toEqual(['今日特推: 山东枣庄市市中区十三届人大四次会议开幕', '推荐阅读']);
  });
  it('drops a document site\'s buttons to download it (加入Vip免费下载 立即下载), and never a sentence that says 下载', () => {
    const n = head('2023年广德市政府工作报告\n加入Vip免费下载 立即下载\n各位代表：\n现在报告工作。\n');
    expect(n.dropped.map((d) => d.text)).toEqual(['加入Vip免费下载 立即下载']);
    expect(head('各位代表：\n全年下载量增长20%。\n').paragraphs).toContain('全年下载量增长20%。');
  });
  it('keeps the statistics office that issued a bulletin, and its date, above the bulletin\'s text: no site menu', () => {
    const n = head('阿拉善盟统计局\n(2021年3月9日)\n2020年，全盟经济持续回稳。\n一、综合\n全年地区生产总值完成304.8亿元。\n');
    expect(n.dropped).toEqual([]);
    expect(n.paragraphs.slice(0, 2)).toEqual(['阿拉善盟统计局', '（2021年3月9日）']);
  });
  it('drops a page’s header above the report’s title — log-in links, a newspaper’s page line — and never a title or a sentence', () => {
    const n = head('用户名：密码： [注册][找回密码]\n第04版：要闻 上一版3  4下一版\n政府工作报告\n——2023年1月8日在县第十八届人民代表大会第二次会议上\n各位代表：\n');
    expect(n.dropped.map((d) => d.text)).toEqual(['用户名：密码： [注册][找回密码]', '第04版：要闻 上一版3  4下一版']);
    expect(n.hints.frontMatter[0]).toBe('政府工作报告');
    // (A document's title above the delivery line is no header, nor a sentence above the title.)
    const plan = head('清远市2008年国民经济和社会发展计划执行情况与2009年计划草案的报告\n2009年3月25日在清远市第五届人民代表大会第四次会议上\n各位代表：\n');
    expect(plan.dropped).toEqual([]);
    const prose = head('本文记述了全市一年来的工作。\n政府工作报告\n各位代表：\n');
    expect(prose.paragraphs[0]).toBe('本文记述了全市一年来的工作。');
  });
  it('keeps a delivery line that runs on into the whole report as the report’s text, not as front matter', () => {
    const n = head('2019年昌城镇政府工作报告\n----2019年4月29日在昌城镇第十九届人民代表大会第五次会议上冯玉建各位代表:现在,我受镇政府委托,向大会作政府工作报告。全镇实现地方财政收入1.87亿元。\n');
    expect(n.hints.frontMatter).toEqual(['2019年昌城镇政府工作报告']);
    expect(n.paragraphs.join('')).toContain('全镇实现地方财政收入1.87亿元');
  });
  it('drops a tool bar whose closing bracket a copy lost (【字体：打印), so the front matter after it is read', () => {
    const n = head('天长市2015年政府工作报告\n【字体：打印\n政府工作报告\n市人民政府市长朱大纲\n各位代表：\n');
    expect(n.hints.frontMatter).toEqual(['天长市2015年政府工作报告', '政府工作报告', '市人民政府市长朱大纲']);
    expect(n.paragraphs).toEqual(['各位代表：']);
  });
  it('drops a forum post’s header between its headline and the title said again, and never takes a number for a headline', () => {
    const n = head('查看： 621|回复： 0\n[辽宁] 2023年凌海市政府工作报告\n[复制链接]\n• TA的每日心情\n奋斗\n主题\n积分\n146870\n发表于 2023-5-9 15:55:08 | 显示全部楼层\n2023年凌海市政府工作报告\n——2022年12月23日在凌海市第七届人民代表大会第二次会议上\n各位代表：\n');
    expect(n.hints.headline).toBeUndefined();
    expect(n.hints.frontMatter).toEqual(['2023年凌海市政府工作报告', '——2022年12月23日在凌海市第七届人民代表大会第二次会议上']);
    expect(n.paragraphs).toEqual(['各位代表：']);
  });
  it('never takes a delivery line for a web headline', () => {
    const n = head('2026年广西壮族自治区政府工作报告\n——2026年2月2日在广西壮族自治区第十四届人民代表大会第五次会议上\n来源：广西日报\n时间：2026-02-07\n自治区主席 韦 韬\n各位代表：\n');
    expect(n.hints.headline).toBeUndefined();
    expect(n.hints.frontMatter).toEqual(['2026年广西壮族自治区政府工作报告', '——2026年2月2日在广西壮族自治区第十四届人民代表大会第五次会议上', '自治区主席韦韬']);
  });
});

describe('normalize: a table typed with tabs', () => {
  const text = [
    '一年来，我们抓民生、惠民生，群众获得感更强。',
    '附件三',
    '2016年区民生实事完成情况',
    '　　序号\t　　任务\t　　落实情况',
    '　　1\t　　文汇中学体艺楼建设工程完成80%工程量\t　　目前主体工程已验收，完成80%工程量。',
    '　　6\t　　壆岗小学扩建工程主体完工',
    '\t　　工程主体已完工。',
    '地区生产总值\t增长8.5%左右',
    '出口总额364亿美元\t-14.6\t与2015年基本持平',
  ].join('\n');
  const n = normalize(text, 'table.txt');
  it('keeps one tab between cells, a cell on a line of its own joined to its row, and each row its own paragraph', () => {
    expect(n.paragraphs).toEqual([
      '一年来，我们抓民生、惠民生，群众获得感更强。',
      '附件三',
      '2016年区民生实事完成情况',
      '序号\t任务\t落实情况',
      '1\t文汇中学体艺楼建设工程完成80%工程量\t目前主体工程已验收，完成80%工程量。',
      '6\t壆岗小学扩建工程主体完工\t工程主体已完工。',
      '地区生产总值\t增长8.5%左右',
      '出口总额364亿美元\t-14.6\t与2015年基本持平',
    ]);
  });
  it('reads a row whose number and cells stand each on a line of their own, and leaves a paragraph indented by a tab alone', () => {
    const rows = normalize(['一年来，我们抓民生、惠民生。', '序号', '\t民生事项', '\t完成情况', '1', '\t再创建20所普惠制幼儿园', '\t超额完成，创建35所。', '\t '].join('\n'), 'rows.txt');
    expect(rows.paragraphs).toEqual(['一年来，我们抓民生、惠民生。', '序号\t民生事项\t完成情况', '1\t再创建20所普惠制幼儿园\t超额完成，创建35所。\t']);
    const indented = normalize(['一、2013年工作回顾', '\t一年来，我们抓民生、惠民生。', '\t城镇新增就业3.2万人。'].join('\n'), 'indented.txt');
    expect(indented.paragraphs).toEqual(['一、2013年工作回顾', '一年来，我们抓民生、惠民生。', '城镇新增就业3.2万人。']);
  });
  it('reads the rows of a spaced-out text (a blank line, or two, after every line) as those of the same text single-spaced', () => {
    const lines = ['一年来，我们抓民生、惠民生。', '序号', '\t民生事项', '\t完成情况', '1', '\t再创建20所普惠制幼儿园', '\t超额完成，创建35所。', '2', '\t发掘1万个就业岗位', '\t超额完成，发掘2.82万个。', '3', '\t设立100个健康书吧', '\t设置健康书吧104个。'];
    const spaced = normalize(lines.join('\n\n'), 'spaced.txt').paragraphs;
    expect(spaced).toEqual(normalize(lines.join('\n'), 'rows.txt').paragraphs);
    expect(spaced).toContain('2\t发掘1万个就业岗位\t超额完成，发掘2.82万个。');
    // (Two blank lines after every line — each line a page's <p> element — are spacing too.)
    expect(normalize(lines.join('\n\n\n'), 'spaced.txt').paragraphs).toEqual(spaced);
    // (A sentence broken over two lines goes on across the spacing, as it does where the text is single-spaced.)
    const prose = ['一、2002年主要预期目标', '国内生产总值2150亿元，增长12%；工业总产值3593亿元', '（1990年不变价），增长16%。', '二、工作任务', '坚持发展。'];
    expect(normalize([...prose, ...prose.map((l) => l.replace('一、', '三、').replace('二、', '四、'))].join('\n\n'), 's.txt').paragraphs[1]).toBe('国内生产总值2150亿元，增长12%；工业总产值3593亿元（1990年不变价），增长16%。');
    // (Not double-spaced — a blank line here and there —: a paragraph indented by a tab after a blank line stays apart.)
    const apart = normalize(['序号\t民生事项', '1\t再创建20所普惠制幼儿园', '', '\t一年来，我们抓民生、惠民生。', '城镇新增就业3.2万人。'].join('\n'), 'apart.txt');
    expect(apart.paragraphs).toContain('一年来，我们抓民生、惠民生。');
  });
  it('folds widths inside cells as anywhere else, and leaves text without tabs as it was', () => {
    expect(normalize('城镇新增就业　4 万人\t增长６．５％', 'x.txt').paragraphs).toEqual(['城镇新增就业4万人\t增长6.5%']);
    expect(normalize('城镇新增就业 4 万人以上。', 'x.txt').paragraphs).toEqual(['城镇新增就业4万人以上。']);
  });
});

describe('a page\'s metadata, article and credits on one line', () => {
  it('keeps the article and drops the fields and the credits, each logged', () => {
    const line = '日期: 2023-01-05 09:49:22 来源:新闻收集编辑:新闻 1月5日,某市第十五届人民代表大会第二次会议开幕,市长作《政府工作报告》。报告显示,预计2022年地区生产总值增长4.5%左右。来源:融媒体新闻中心监制:张三编审:李四 王五记者:赵六';
    const n = normalize(line, 'x.txt');
    expect(n.paragraphs).toEqual(['1月5日，某市第十五届人民代表大会第二次会议开幕，市长作《政府工作报告》。报告显示，预计2022年地区生产总值增长4.5%左右。']);
    expect(n.dropped.map((d) => d.text)).toEqual(['日期: 2023-01-05 09:49:22 来源:新闻收集编辑:新闻', '来源:融媒体新闻中心监制:张三编审:李四 王五记者:赵六']);
    // (The source is the credits' first field, up to the next credit: not the names after it.)
    expect(n.hints.origin).toBe('融媒体新闻中心');
  });
  it('ends a name glued to the article where the article repeats its headline', () => {
    const n = normalize('五载砥砺奋进,为某区发展注入新动能\n发布时间:2026-02-11 15:44:22 | 来源:中国网 | 作者: | 责任编辑:孙玥五载砥砺奋进,五载春华秋实。“十四五”时期,是某区发展进程中极不平凡的五年。', 'x.txt');
    expect(n.paragraphs.at(-1)).toBe('五载砥砺奋进，五载春华秋实。“十四五”时期，是某区发展进程中极不平凡的五年。');
  });
  it('leaves a metadata line alone whole', () => {
    expect(normalize('标题\n来源:某县人民政府 发布时间:2024-01-02 点击:120\n正文第一句话在这里说了很多很多的事情。', 'x.txt').paragraphs).toEqual(['标题', '正文第一句话在这里说了很多很多的事情。']);
  });
});
