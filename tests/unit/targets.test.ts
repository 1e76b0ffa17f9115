import { describe, expect, it } from 'vitest';
import { markedKind, opensPlan } from '../../src/pipeline/targets/kind.ts';
import { extractTargets } from '../../src/pipeline/targets.ts';
import type { Section } from '../../src/pipeline/types.ts';

function section(text: string, title = '着力保障民生', id = 's2-1', parentTitle?: string): Section[] {
  const parent: Section[] = parentTitle ? [{ id: 's2', parent: null, level: 1, number: '二、', title: parentTitle, paragraphs: [] }] : [];
  return [...parent, { id, parent: parentTitle ? 's2' : null, level: 2, number: null, title, paragraphs: [{ text, sources: ['f.txt'] }] }];
}
const rows = (text: string, title?: string, parentTitle?: string) =>
  extractTargets('r', section(text, title, 's2-1', parentTitle), 2023).map((t) => [t.indicator, t.value, t.valueMax, t.unit, t.comparator, t.kind]);

describe('targets: values, units, comparators', () => {
  it('reads the headline forms', () => {
    expect(rows('地区生产总值增长6.5%，城镇新增就业4万人以上，空气质量优良天数比例达95%以上。')).toEqual([
      ['地区生产总值', 6.5, null, '%', 'growth', 'target'],
      ['城镇新增就业', 4, null, '万人', 'gte', 'target'],
      ['空气质量优良天数比例', 95, null, '%', 'gte', 'target'],
    ]);
    expect(rows('PM2.5年均浓度不超过36微克/立方米，单位生产总值二氧化碳排放强度下降3.89%。')).toEqual([
      ['PM2.5年均浓度', 36, null, '微克/立方米', 'lte', 'target'],
      ['单位生产总值二氧化碳排放强度', 3.89, null, '%', 'decline', 'target'],
    ]);
    expect(rows('居民消费价格涨幅控制在3%左右。')).toEqual([['居民消费价格涨幅', 3, null, '%', 'approx', 'target']]);
    // (Values listed one after another share the bound said after the last: each is at least, or about, its figure.)
    expect(extractTargets('r', section('专利申请量、专利授权量、发明专利授权量分别增长20%、15%和10%以上，绿色建筑、装配式建筑占比分别提高到70%和60%以上。'), 2023).map((t) => [t.value, t.comparator, t.bound])).toEqual([
      [20, 'growth', 'gte'],
      [15, 'growth', 'gte'],
      [10, 'growth', 'gte'],
      [70, 'gte', 'gte'],
      [60, 'gte', 'gte'],
    ]);
  });
  it('reads ranges, numbers before their noun, and Chinese magnitudes', () => {
    expect(rows('新培育1—2个产值过百亿元的县域首位产业。')).toEqual([['产值过百亿元的县域首位产业', 1, 2, '个', 'eq', 'target']]);
    expect(rows('实施45项为民办实事项目。')).toEqual([['为民办实事项目', 45, null, '项', 'eq', 'target']]);
    expect(rows('确保工业产值超1千亿元，建筑业产值超千亿元，新增学位1.1万个。')).toEqual([
      ['工业产值', 1, null, '千亿元', 'gte', 'target'],
      // (超千亿元: the numeral is the number, as readers write it — 1000亿元.)
      ['建筑业产值', 1000, null, '亿元', 'gte', 'target'],
      ['新增学位', 1.1, null, '万个', 'eq', 'target'],
    ]);
  });
  it('publishes no 分别 list over rows one of which was not published: whose value is which is not said', () => {
    // (税收 after 工业总产值 had been named 省产业转移园工业总产值税收 and not published; the list had given 30% to that glued name.)
    const t = rows('预计全年省产业转移园实现工业总产值4800亿元、税收195亿元，分别增长23%、30%。', '2013年工作回顾');
    expect(t.filter((r) => r[4] === 'growth')).toEqual([]);
    expect(rows('接待游客1582万人次，旅游收入106.8亿元，分别增长29%和49.7%。', '2013年工作回顾').map((r) => [r[0], r[1]])).toContainEqual(['旅游收入', 49.7]);
  });
  it('distributes 分别 over several subjects', () => {
    expect(rows('城镇居民、农村居民人均可支配收入分别增长7%、8%。')).toEqual([
      ['城镇居民人均可支配收入', 7, null, '%', 'growth', 'target'],
      ['农村居民人均可支配收入', 8, null, '%', 'growth', 'target'],
    ]);
    expect(rows('中心城区、平川县、山区县平均城镇气化率分别达92%、75%、40%以上。').map((r) => r[0])).toEqual([
      '中心城区平均城镇气化率',
      '平川县平均城镇气化率',
      '山区县平均城镇气化率',
    ]);
  });
  it('carries a subject stated once over several numbers', () => {
    expect(rows('力争新签约项目250个、总投资1000亿元以上。')).toEqual([
      ['新签约项目', 250, null, '个', 'eq', 'target'],
      ['新签约项目总投资', 1000, null, '亿元', 'gte', 'target'],
    ]);
  });
  it('reads a second count of the same thing, and a qualifier that replaces one', () => {
    const housing = extractTargets('r', section('新开工保障性安居工程8018套，新建成10472套。'), 2023);
    expect(housing.map((t) => [t.action, t.indicator])).toEqual([['新开工', '保障性安居工程'], ['新建成', '保障性安居工程']]);
    expect(rows('力争全市国家级绿色制造单位突破20家、省级突破50家。').map((r) => r[0])).toEqual(['全市国家级绿色制造单位', '全市省级绿色制造单位']);
  });
  it('reads a number right after a count, its bound glued to a noun, as a class of the things counted; 选定 as a verb', () => {
    // (The count itself is withheld: its noun opens with the class's number.)
    expect(rows('完成54个20户以上已通电自然村广播电视村村通工程。').map((r) => r[1])).not.toContain(20);
    const t = extractTargets('r', section('每个街道选定1个棚户区改造试点项目。'), 2023);
    expect(t.map((x) => [x.action, x.value])).toEqual([['选定', 1]]);
  });
  it('names what others are backed to make without the backing, and an area after a count by the things counted', () => {
    expect(extractTargets('r', section('支持新建5个行业协会、技术联盟。'), 2023).map((x) => [x.action, x.indicator])).toEqual([['新建', '行业协会、技术联盟']]);
    expect(rows('新增绿色建筑41个、面积428万平方米。').map((r) => r[0])).toEqual(['新增绿色建筑', '新增绿色建筑面积']);
    // (Things counted, then where they moved in: 进驻 is a status they reached.)
    expect(rows('626项行政审批事项进驻区政务服务大厅。').map((r) => r[0])).toEqual(['进驻区政务服务大厅的行政审批事项']);
    // (Things counted, then where they were done or landed, or a tie they formed: the place and the tie are no part of them.)
    expect(rows('102个优秀项目在我区产业化，3项经验在联合国相关大会交流，19个项目落地沪明临港产业园。').map((r) => r[0])).toEqual(['优秀项目', '经验', '项目']);
    expect(rows('与41个自贸区（港）建立伙伴关系，13家医疗机构与广州建立结对帮扶关系。').map((r) => r[0])).toEqual(['自贸区（港）', '医疗机构']);
    // (Two things joined after a count: the count is the first's where its measure word fits the first alone.)
    expect(rows('建设6条主干道和综合服务大楼，并按标准每支队伍配备31名专职消防队队员和应急救援车辆装备器材，新建3所小学和幼儿园。').map((r) => r[0])).toEqual(['主干道', '专职消防队队员', '小学和幼儿园']);
    // (Not a name in quotes: 86.9万亩耕地保护责任“落地上图”.)
    expect(rows('86.9万亩耕地保护责任“落地上图”。').map((r) => r[0])).toEqual(['耕地保护责任“落地上图”']);
    // (A count of works and their building counts the works: 45个重点工程建设 → 重点工程.)
    expect(rows('大力推进45个重点工程建设。').map((r) => r[0])).toEqual(['重点工程']);
    // (加快 is a verb of the work, as 推进 is: 加快8条道路的综合管廊和截流河建设 counts roads.)
    expect(extractTargets('r', section('加快8条道路的综合管廊和截流河建设。'), 2023).map((x) => [x.action, x.indicator])).toEqual([['加快', '道路']]);
  });
  it('reads no quantity inside quotation marks of any style, typed straight too', () => {
    for (const text of ['制定实施经济向上向好“30条”。', '制定实施经济向上向好"30条"。', '制定实施经济向上向好「30条」。']) expect(rows(text), text).toEqual([]);
    expect(rows('实施"千村示范"工程，新建村道30公里。').map((r) => r[1])).toEqual([30]);
    // (A name in straight quotes ends where one in curved ones does; one cut inside its quotes is withheld, as “… is.)
    expect(rows('1893名"河（湖）长"常态巡河。').map((r) => r[0])).toEqual(rows('1893名“河（湖）长”常态巡河。').map((r) => String(r[0]).replace(/[“”]/gu, '"')));
    expect(rows('连平县27个省定贫困村"一村一品、村村有产业"。')).toEqual([]);
  });
  it('reads a text in corner quotation marks as one in curved ones, its quotes and names in the marks it sets', () => {
    const curved = '户外旅游再添3张“国家级金字招牌”，“一圈一策”完成15个重点商圈品质提升，新增“三品一标”登记认证产品20个、总量达135个。';
    const corner = curved.replace(/“/gu, '「').replace(/”/gu, '」');
    const read = (text: string, title: string, parent: string) => extractTargets('r', section(text, title, 's2-1', parent), 2021);
    const a = read(curved, '着力保障民生', '二、“十四五”时期主要目标任务');
    const b = read(corner, '着力保障民生', '二、「十四五」时期主要目标任务');
    expect(a.length).toBeGreaterThan(2);
    const toCurved = (x: string) => x.replace(/「/gu, '“').replace(/」/gu, '”');
    expect(b.map((t) => [toCurved(t.indicator), t.value, t.unit, t.kind, t.deadline])).toEqual(a.map((t) => [t.indicator, t.value, t.unit, t.kind, t.deadline]));
    // (The quote is the text as written; the name keeps its marks.)
    for (const t of b) expect(corner).toContain(t.quote);
    expect(b.map((t) => t.indicator).join()).toContain('「三品一标」');
    expect(b.map((t) => t.indicator).join()).not.toMatch(/[“”]/u);
    // (Single curved quotes where the text sets no double ones are its quotation marks, read and kept likewise.)
    const single = curved.replace(/“/gu, '‘').replace(/”/gu, '’');
    const c = read(single, '着力保障民生', '二、‘十四五’时期主要目标任务');
    expect(c.map((t) => [t.indicator.replace(/‘/gu, '“').replace(/’/gu, '”'), t.value, t.unit, t.kind, t.deadline])).toEqual(a.map((t) => [t.indicator, t.value, t.unit, t.kind, t.deadline]));
    for (const t of c) expect(single).toContain(t.quote);
    expect(c.map((t) => t.indicator).join()).toContain('‘三品一标’');
  });
  it('ignores codes, names, ages, dates, ordinals and counts of the text’s own parts', () => {
    const noise =
      '推进5G建设，弘扬“3820”战略工程，落实“十四五”规划和“9+5”“3+X”“1+N”体系，学习党的二十大精神，推动3#和4#机组开工，建设G228线和2.0平台，' +
      '为0-3岁婴幼儿和60岁以上老年人服务，2023年1月8日召开，第十七届省运会，实施九大专项行动，重点抓好十个方面工作，实施三项工程，打造“千吨万人”水源，开展“一月一主题”活动。';
    expect(rows(noise)).toEqual([]);
  });
});

describe('targets: the subject through words of change, estimate and rank', () => {
  const names = (text: string) => extractTargets('r', section(text), 2023).map((t) => `${t.indicator} ${t.value}`);
  it('reads GDP written in its letters before its amount, the old value of a change written without 由, and 即 before a name', () => {
    expect(names('与2005年相比，预计GDP47.36亿元增加到113.7亿元，年均增长13.7%。')).toEqual(['GDP 47.36', 'GDP 113.7', 'GDP 13.7']);
    expect(names('全市人均GDP1.2万美元。')).toEqual(['全市人均GDP 1.2']);
    // (Letters glued to a number are still a code or a name elsewhere: 5G, G60.)
    expect(names('建成5G基站1200个。')).toEqual(['5G基站 1200']);
    expect(names('（“3214”：即合作开发面积3万亩）。')).toEqual(['合作开发面积 3']);
    expect(names('即地区生产总值首次突破300亿元。')).toEqual(['地区生产总值 300']);
    // (即 of a word of its own stays: 即办件.)
    expect(names('实现即办件比例50%以上。')).toEqual(['即办件比例 50']);
    expect(names('共签约项目41个。')).toEqual(['签约项目 41']);
  });
  it('names a count of works at a stage, said alone after the count at another stage, by the noun the first named', () => {
    expect(names('乡镇“10+1”工程开工项目210个，竣工154个。')).toEqual(['乡镇“10+1”工程开工项目 210', '乡镇“10+1”工程竣工项目 154']);
    expect(names('新开工保障性住房1438套，竣工6493套。')).toEqual(['保障性住房 1438', '竣工保障性住房 6493']);
    // (Not of things named otherwise, or a list of them: which stage they reached is not said of them.)
    expect(names('在建项目346项、投产257项。')).not.toContain('投产在建项目 257');
  });
  it('reads no count of the places a ranking holds, however they are qualified, and names the ranking for the rank', () => {
    expect(names('跃居全国100个最具投资潜力城区第11位，跻身全国100个最具综合实力科学发展城区50强。')).toEqual(['全国最具投资潜力城区排名 11']);
    // (Nor of the places a standing is among: 全市18个区县中等偏上, 全省100个县区前列; places reached are counted.)
    expect(names('主要经济指标稳定在全市18个区县中等偏上水平。')).toEqual([]);
    expect(names('固定资产投资增速稳居全省100个县区前列。')).toEqual([]);
    expect(names('覆盖全市18个区县。')).toEqual(['覆盖全市区县 18']);
  });
  it('names a thing without the verb of its level before a rate per day (达到每天), or the adjustment (调整为), or its short name in brackets', () => {
    expect(names('“10混1”核酸检测能力达到每天19.7万人次。')).toEqual(['“10混1”核酸检测能力 19.7']);
    // (A daily average is a measure of its own: 平均每日 stays.)
    expect(names('净菜进京平均每日超过550吨。')).toEqual(['净菜进京平均每日 550']);
    expect(names('一、二、三产业占国内生产总值的比重调整为0.4%、29.7%、69.9%。')).toEqual(['第一产业占国内生产总值的比重 0.4', '第二产业占国内生产总值的比重 29.7', '第三产业占国内生产总值的比重 69.9']);
    expect(names('城镇人口占全县常住人口的比重（城镇化率）为51.60%，较上年末提高了0.33个百分点。')).toEqual(['城镇人口占全县常住人口的比重 51.6', '城镇人口占全县常住人口的比重 0.33']);
    // (A verb alone names nothing: the persons tested are not said.)
    expect(names('全年开展全员核酸检测64轮，检测1456.8万余人次。')).toEqual([]);
  });
  it('names a ranking without the place ranked, its verb or the ranking\'s year, and a subject after a ratio where a sentence\'s end was lost', () => {
    expect(names('曾都区跃居2021年度全省县域经济高质量发展综合评价一类县（市、区）第9位。')).toEqual(['全省县域经济高质量发展综合评价一类县（市、区）排名 9']);
    expect(names('我市位列中国新型智慧城市百强县第79位。')).toEqual(['中国新型智慧城市百强县排名 79']);
    // (A thing ranked stays: it is what the rank is of.)
    expect(names('地区生产总值跃居全省第3位。')).toEqual(['地区生产总值全省排名 3']);
    expect(names('三次产业结构为9.2:51:39.8全年居民消费价格总水平比上年上涨1.4%。')).toEqual(['居民消费价格总水平 1.4']);
  });
  it('names things counted by a stage said after the count of those begun (竣工投产 after 开工建设), and things by the range drawn for them (划定)', () => {
    expect(names('开工建设工业项目29个、竣工投产15个。')).toEqual(['工业项目 29', '竣工投产工业项目 15']);
    expect(names('新开工建设保障性住房1850套，竣工10516套。')).toEqual(['保障性住房 1850', '竣工保障性住房 10516']);
    expect(names('全县95座公益性水库划定工程管理与保护范围。')).toEqual(['全县划定工程管理与保护范围的公益性水库 95']);
  });
  it('names things by where a predicate of progress begins, drops 过去, 可 and 积极 around a name, and keeps a bound to its own number', () => {
    expect(names('19项国家级试点、示范城市建设不断取得新进展。')).toEqual(['国家级试点、示范城市 19']);
    expect(names('单位生产总值综合能耗过去五年累计下降21.2%。')).toEqual(['单位生产总值综合能耗 21.2']);
    expect(names('初步预计，2019年全市生产总值可突破1980亿元。')).toEqual(['全市生产总值 1980']);
    expect(names('积极争取上级公共预算转移支付补助101.35亿元。')).toEqual(['上级公共预算转移支付补助 101.35']);
    expect(names('2010年新增上市企业9家，合计16家，总数列全省第3位。').at(-1)).toBe('上市企业总数全省排名 3');
    // (入户核查37万户73万余人: 余 is the persons' bound, not the households'.)
    expect(extractTargets('r', section('入户核查37万户73万余人。'), 2023).map((t) => `${t.value} ${t.comparator} ${t.bound}`)).toEqual(['37 eq null', '73 gte gte']);
  });
  it('reads 约为 before levels listed with 分别 as an approximate level of each', () => {
    const got = extractTargets('r', section('第二产业和第三产业增加值占地区生产总值比重分别约为25.1%和74.7%。'), 2023).map((t) => `${t.value} ${t.comparator} ${t.bound}`);
    expect(got).toEqual(['25.1 approx approx', '74.7 approx approx']);
  });
  it('names no thing by an infographic\'s caption after a dash, and drops a headline\'s words set off by a dash before a name', () => {
    expect(names('167.83亿元——经济总量稳步提升。')).toEqual([]);
    expect(names('记者吴少华回顾2013——全市生产总值1776.83亿元。')).toEqual(['全市生产总值 1776.83']);
  });
  it('reads an amount with 及以上 before a noun as the class of the things counted, not a quantity', () => {
    expect(names('新增500万元及以上技改项目388个。')).toEqual(['新增500万元及以上技改项目 388']);
  });
  it('names how far a result passed its plan, said alone, as that margin of the thing (植树造林1100亩，超目标任务200亩)', () => {
    expect(names('全面完成植树造林1100亩，超目标任务200亩。')).toEqual(['植树造林 1100', '植树造林超目标任务 200']);
  });
  it('ends things counted where how they keep to schedule begins (达到或超过序时进度)', () => {
    expect(names('区五大类90项重点工程达到或超过序时进度。')).toEqual(['区五大类重点工程 90']);
    // (…and how they went, 安全有序.)
    expect(names('服务保障湖南卫视跨年演唱会等112批次重大活动安全有序。')).toEqual(['重大活动 112']);
  });
  it('gives each of a list of works its value where they share the noun of their kind (水利工程、电网建设、水环境整治项目121个、186个和743个)', () => {
    expect(names('组织实施水利工程、电网建设、水环境整治项目121个、186个和743个。')).toEqual(['水利工程项目 121', '电网建设项目 186', '水环境整治项目 743']);
    // (Not firms: 上云企业 does not make 数字化车间 a firm.)
    expect(names('全市数字化车间、在役工业机器人、上云企业分别达110个、2155台和8200家。')).not.toContain('全市数字化车间企业 110');
  });
  it('withholds as many values as subjects listed that do not split into names, the rest of the list after a pause included (…为0.6万户，4.0万人和226.1亿元)', () => {
    expect(names('其中私营企业户数、从业人员、注册资金为0.6万户，4.0万人和226.1亿元，分别增长29.7%、18.4%和3.2%。').filter((n) => !/增长/u.test(n))).toEqual([]);
    // (Gaps to places listed are each read: 高于全国、全省1个、0.2个百分点.)
    expect(names('全年GDP增长6%，高于全国、全省1个、0.2个百分点。')).toHaveLength(3);
  });
  it('withholds values of one unit said of one thing with no list to share them (项目121个、186个和743个), the middle one included', () => {
    expect(names('引进项目121个、186个和743个。')).toEqual([]);
    expect(names('完成20宗公开招租和3宗工程招标，成交金额达6.6亿元、1.6亿元。')).toEqual(['公开招租 20', '工程招标 3']);
  });
  it('splits a pair joined inside a name (金融机构存贷款余额, 开竣工比例) and two measures joined by 和, each value one\'s', () => {
    expect(names('金融机构存贷款余额355.81亿元、195.72亿元。')).toEqual(['金融机构存款余额 355.81', '金融机构贷款余额 195.72']);
    expect(names('装配式建筑开竣工比例45%、30%。')).toEqual(['装配式建筑开工比例 45', '装配式建筑竣工比例 30']);
    expect(names('完成大口径财政收入和一般公共预算收入1.9亿元、1.2亿元。')).toEqual(['大口径财政收入 1.9', '一般公共预算收入 1.2']);
    // (城乡 only at the head: 城乡居民参加养老保险和基本医疗保险 may be the two insurances' — not said.)
    expect(names('城乡居民参加养老保险和基本医疗保险参保率保持在90%和98%。')).toEqual([]);
  });
  it('reads a count before 和 and another thing with its own number as the count of the noun before it (幼儿园5所和医院2家)', () => {
    expect(names('新建学校3所、幼儿园5所和医院2家。')).toEqual(['学校 3', '幼儿园 5', '医院 2']);
    expect(names('办复人大代表建议495件和政协委员提案582件。')).toEqual(['人大代表建议 495', '政协委员提案 582']);
  });
  it('names the places one goes to by the work done there (赴10个省份开展招商活动), the work no part of them', () => {
    expect(names('赴10个省份开展招商活动，签约项目32个。')).toEqual(['开展招商活动的省份 10', '签约项目 32']);
    expect(names('深入12个乡镇开展调研。')).toEqual(['开展调研的乡镇 12']);
  });
  it('reads a ranking\'s scopes listed after it as the same thing\'s (排全球第154位、全国第10位（含港澳台）、广东第3位), and a number ranked as the things\'', () => {
    expect(names('东莞城市竞争力排全球第154位、全国第10位（含港澳台）、广东第3位。')).toEqual(['东莞城市竞争力全球排名 154', '东莞城市竞争力全国排名 10', '东莞城市竞争力广东排名 3']);
    expect(names('纳入省重点项目28个，数量居全市第1位、全省第3位。')).toEqual(['纳入省重点项目 28', '纳入省重点项目数量全市排名 1', '纳入省重点项目数量全省排名 3']);
  });
  it('leaves out of a name a digest\'s bullet (▶), how soon it was done (第一时间) and a verb that helped or ran it (助力, 系统推进)', () => {
    expect(names('▶特色农业种植面积超过13万亩。')).toEqual(['特色农业种植面积 13']);
    expect(names('绿城·天台山雪乐园等3个在建工程第一时间复工复产。')).toEqual(['在建工程 3']);
    expect(names('助力引进30亿元以上重大产业链项目11宗。')).toEqual(['30亿元以上重大产业链项目 11']);
    expect(names('系统推进安全生产41项重点任务。')).toEqual(['安全生产重点任务 41']);
  });
  it('keeps a model county named by what it brings to the countryside whole (电子商务进农村综合示范县), and works put in service as those counted before', () => {
    expect(names('成功创建1个国家级、4个省级电子商务进农村综合示范县。')).toEqual(['国家级电子商务进农村综合示范县 1', '省级电子商务进农村综合示范县 4']);
    expect(names('开展12场文艺演出进农村活动。')).toEqual(['文艺演出 12']);
    expect(names('五年累计开工重大项目133个，竣工投运74个。')).toEqual(['重大项目 133', '竣工投运重大项目 74']);
    // (A verb of closing alone names nothing: withheld.)
    expect(names('城区医化企业搬迁稳步推进，关停10家。')).toEqual([]);
  });
  it('leaves out of a name the government that will act, named by its short name (玉溪将实施…)', () => {
    expect(names('今年，玉溪将实施城市更新项目150个。')).toEqual(['城市更新项目 150']);
    // (Not a word that is no place: 项目将…)
    expect(names('力争将实施城市更新项目150个。')).toEqual(['城市更新项目 150']);
  });
  it('reads an amount glued to projects then counted as their class (5000万元项目140个), never as an amount of them', () => {
    expect(names('实施5000万元项目140个。')).toEqual(['5000万元项目 140']);
    expect(names('引进过10亿元项目4个、过亿元项目22个、过5000万元项目58个。')).not.toContain('引进项目 10');
    // (Not an investment said of the things counted: 6个年度计划总投资100亿元的装备制造项目 names no class of them.)
    expect(names('光伏组件等6个年度计划总投资100亿元的装备制造项目。').map((n) => n.split(' ')[0])).not.toContain('年度计划总投资100亿元的装备制造项目');
    // (Nor an amount a verb states before projects in the next clause.)
    expect(names('安排资金5000万元，支持项目40个。')).toEqual(['安排资金 5000', '支持项目 40']);
  });
  it('reads a firm ranked in a list (新钢列…500强第122位) by the firm and the list, without the verb — not 居民 as 居', () => {
    expect(names('新钢列中国制造业企业500强第122位，赣锋列中国制造业民营企业500强第198位。')).toEqual(['新钢中国制造业企业500强排名 122', '赣锋中国制造业民营企业500强排名 198']);
    expect(names('城镇居民人均可支配收入41270元，居全市第6位。')).toEqual(['城镇居民人均可支配收入 41270', '城镇居民人均可支配收入全市排名 6']);
  });
  it('reads pupils and teachers counted after schools as those schools\' (职业中专1所，在校生2662人)', () => {
    expect(names('普通高中3所，在校学生5821人；职业中专1所，在校生2662人，专任教师120人。')).toEqual(['普通高中 3', '普通高中在校学生 5821', '职业中专 1', '职业中专在校生 2662', '专任教师 120']);
    // (Not after things that are no schools, nor 在园幼儿, which names its schools already.)
    expect(names('医院25个，在校生3000人。幼儿园400所，在园幼儿9.44万人。')).toEqual(['医院 25', '在校生 3000', '幼儿园 400', '在园幼儿 9.44']);
  });
  it('reads a share compared with the year before\'s share (比上年比重降低1.2%) as the share\'s change', () => {
    expect(names('第一产业所占比重比上年比重降低1.2%。')).toEqual(['第一产业所占比重 1.2']);
  });
  it('reads a topic run in before a year and the whole place (非公经济 2021年全区…) as no part of the name', () => {
    expect(names('非公经济 2021年全区非公经济增加值完成86.49亿元。')).toEqual(['全区非公经济增加值 86.49']);
  });
  it('reads ranks written 排列 in a prefecture (全州排列第4位), and a measure after ranks as the ranked thing\'s', () => {
    expect(names('第二产业增加值10.69亿元，同比增长7.4%，增速全省排列第68位，全州排列第4位，两年平均增长5.3%。')).toEqual([
      '第二产业增加值 10.69', '第二产业增加值 7.4', '第二产业增加值增速全省排名 68', '第二产业增加值增速全州排名 4', '第二产业增加值 5.3',
    ]);
    expect(names('全区GDP完成711.1亿元，总量从全省第10位跃升至第8位，增长5.9%。').at(-1)).toBe('全区GDP 5.9');
  });
  it('unfolds 第一、二、三次产业 as the three sectors, the last ordinal\'s 次 the list\'s', () => {
    expect(names('第一、二、三次产业增加值占全县生产总值的比重分别为28.8%、25.7%和45.4%。')).toEqual([
      '第一产业增加值占全县生产总值的比重 28.8', '第二产业增加值占全县生产总值的比重 25.7', '第三产业增加值占全县生产总值的比重 45.4',
    ]);
  });
  it('reads a part of the people named by where they live or their sex (其中，城镇267848人) as that part of the population', () => {
    expect(names('户籍总人口411794人，其中，城镇267848人，乡村143946人。')).toEqual(['户籍总人口 411794', '城镇人口 267848', '乡村人口 143946']);
    expect(names('全县总人口30万人，其中男性15.2万人。')).toEqual(['全县总人口 30', '男性人口 15.2']);
    // (Not after a count that is no population.)
    expect(names('新增就业5000人，其中城镇3000人。')).not.toContain('城镇人口 3000');
  });
  it('names a share of things that did a thing as their share (59.3%民生事项实现“一证通办” → …的民生事项比例)', () => {
    expect(names('59.3%民生事项实现“一证通办”。')).toEqual(['实现“一证通办”的民生事项比例 59.3']);
  });
  it('reads a road or a project named, then 完成 and its measure, as that measure of it (…大道完成征地310亩), and where it was done (在大南片) apart from the verb', () => {
    const rows = (text: string) => extractTargets('r', section(text), 2023).map((t) => [t.action, t.indicator, t.value]);
    expect(rows('经开区徽商白岳大道完成征地310亩，智谷科技园项目完成征地250亩。')).toEqual([['完成', '经开区徽商白岳大道征地', 310], ['完成', '智谷科技园项目征地', 250]]);
    expect(rows('在大南片建立无公害产地8500亩。')).toEqual([['建立', '大南片无公害产地', 8500]]);
    expect(rows('围绕企业需求开展亲情服务，助推开工项目98个。')).toEqual([[null, '开工项目', 98]]);
  });
  it('reads a growth rate said alone after an amount (同比增幅14%, 可比价年均增长7.0%) as the thing\'s growth, named as the thing', () => {
    const rows = (text: string) => extractTargets('r', section(text), 2023).map((t) => `${t.indicator} ${t.value} ${t.comparator}`);
    expect(rows('规上战新增加值3.2亿元，同比增幅14%。')).toEqual(['规上战新增加值 3.2 eq', '规上战新增加值 14 growth']);
    expect(rows('预计实现地区生产总值498.5亿元，可比价年均增长7.0%。')).toEqual(['地区生产总值 498.5 eq', '地区生产总值 7 growth']);
    // (A rate on a basis of its own keeps its basis; a change of the rate in points is the rate's.)
    expect(rows('地方一般公共预算收入3.5亿元，自然增幅2%。').at(-1)).toBe('地方一般公共预算收入自然增幅 2 growth');
    expect(rows('工业增加值增长18.4%，增长率比上年加快6.8个百分点。').at(-1)).toBe('工业增加值增长率 6.8 growth');
    // (五年年均增长分别为…: the growth named, each; 比2017年增支8807万元: a change by an amount.)
    expect(rows('地区生产总值、公共财政预算收入五年年均增长分别为6.8%和2%。')).toEqual(['地区生产总值 6.8 growth', '公共财政预算收入 2 growth']);
    expect(rows('支出决算数480691万元，比2017年增支8807万元。').at(-1)).toBe('支出决算数 8807 growth');
  });
  it('reads 及时 as in time, things counted and then how they went (精彩纷呈, 贯通, 签约落地), and things then the quoted state they reached', () => {
    expect(names('成功应对台风，及时转移5600名危险区域群众。')).toEqual(['危险区域群众 5600']);
    expect(names('300多场不同主题的政企沙龙活动精彩纷呈。')).toEqual(['不同主题的政企沙龙活动 300']);
    expect(names('4个隧道区间贯通，4条国省公路主体贯通，13个配套项目签约落地。')).toEqual(['隧道区间 4', '国省公路 4', '配套项目 13']);
    expect(names('实现1122个事项“一次办好”。')).toEqual(['“一次办好”事项 1122']);
    expect(names('对7个人居环境连片整治项目村进行了检查验收。')).toEqual(['检查验收的人居环境连片整治项目村 7']);
  });
  it('leaves out of a name the year and government before a budget\'s own level (2024年贺兰县本级…), a year without 年 (2021全区…), and 有 before a class of things', () => {
    expect(names('会议批准的2024年贺兰县本级财政一般公共预算总收入由397959万元调整为409959万元。')).toEqual(['本级财政一般公共预算总收入 397959', '本级财政一般公共预算总收入 409959']);
    expect(names('2021全区政府性基金预算支出完成122.7亿元。')).toEqual(['全区政府性基金预算支出 122.7']);
    expect(names('全镇有规模以上企业7家。')).toEqual(['全镇规模以上企业 7']);
    // (Not 有 that begins a word of its own: 有劳动能力, 有林地.)
    expect(names('全市有劳动能力贫困户人均可支配收入达9272元。')).toEqual(['全市有劳动能力贫困户人均可支配收入 9272']);
    expect(names('主园区新增上市企业1家，总数16家。')).toEqual(['主园区新增上市企业 1', '主园区上市企业总数 16']);
  });
  it('reads an industry, then 实现 and its measure, as that measure of it (现代服务业实现区级税收), and 统筹抓好 as a verb that pushes the work', () => {
    const rows = (text: string) => extractTargets('r', section(text), 2023).map((t) => [t.action, t.indicator, t.value]);
    expect(rows('现代服务业实现区级税收44.4亿元。')).toEqual([['实现', '现代服务业区级税收', 44.4]]);
    expect(rows('统筹抓好198个绿色低碳高质量发展重点项目。')).toEqual([['统筹抓好', '绿色低碳高质量发展重点项目', 198]]);
  });
  it('reads verbs joined by 或 (建设或改造), 申报, and whom a problem was solved for (为企业、项目解决…) apart from the thing counted', () => {
    const rows = (text: string) => extractTargets('r', section(text), 2023).map((t) => [t.action, t.indicator, t.value]);
    expect(rows('建设或改造省道、县道和“四好农村路”300多公里。')).toEqual([['建设或改造', '省道、县道和“四好农村路”', 300]]);
    expect(rows('申报省市家庭示范农场3家。')).toEqual([['申报', '省市家庭示范农场', 3]]);
    expect(rows('为企业、项目解决难点堵点问题300多个。')).toEqual([['解决', '难点堵点问题', 300]]);
  });
  it('reads 高达 as 达 (增幅高达22.7%, 增长高达30%), 高居 as a rank\'s verb, and a ranking\'s field counted with 包括…在内 as no quantity', () => {
    const rows = (text: string) => extractTargets('r', section(text), 2023).map((t) => `${t.indicator} ${t.value} ${t.comparator}`);
    expect(rows('财政收入实现4.33亿元，增幅高达22.7%，在全省县（市）中跃居第2位，包括13个地市本级在内，仍高居第6位。')).toEqual([
      '财政收入 4.33 eq', '财政收入 22.7 growth', '财政收入全省县（市）排名 2 eq', '财政收入全省县（市）排名 6 eq',
    ]);
    expect(rows('利润增长高达30%，溢价率高达126%。')).toEqual(['利润 30 growth', '溢价率 126 eq']);
    expect(rows('地区生产总值增长8%，增速高居全省第1位。').at(-1)).toBe('地区生产总值增速全省排名 1 eq');
  });
  it('reads a price per square metre written with ㎡ (39509.2元/㎡)', () => {
    expect(extractTargets('r', section('楼面价达39509.2元/㎡。'), 2023).map((t) => `${t.value} ${t.unit}`)).toEqual(['39509.2 元/㎡']);
  });
  it('reads a growth that held for years over a bound as a growth (增速连续四年超过6%)', () => {
    expect(rows('我市地区生产总值增速连续四年超过6%。').map((r) => r[4])).toEqual(['growth']);
  });
  it('never counts the places a ranking holds, however its move is said (在262个地级市综合信用排名中比2018年年初前移…)', () => {
    expect(names('在262个地级市综合信用排名中比2018年年初前移109个位次、升至第71位。').map((n) => n.split(' ')[1])).not.toContain('262');
  });
  it('names places counted by a level of theirs they reach (12个村集体经济收入超100万元), the level no row of its own', () => {
    expect(names('12个村集体经济收入超100万元。')).toEqual(['集体经济收入超100万元的村 12']);
    expect(names('全市有14个镇街工业总产值突破20亿元。')).toEqual(['工业总产值突破20亿元的镇街 14']);
    expect(names('华润电厂、谢桥煤矿、华鑫铅业3家企业销售收入均突破20亿元。')).toEqual(['销售收入突破20亿元的企业 3']);
    expect(names('镇街经济实力明显增强，9个镇街地方财政收入超过亿元。')).toEqual(['地方财政收入超过亿元的镇街 9']);
  });
  it('keeps a grade made by a number in the name of what is counted (20万吨级码头3个), and a capacity glued to works then counted no row', () => {
    expect(names('新建20万吨级码头3个。')).toEqual(['20万吨级码头 3']);
    expect(names('整合提升200—300万吨级焦化企业7户。')).toEqual(['200—300万吨级焦化企业 7']);
    expect(names('开工建设500万吨焦炉2户。')).toEqual(['焦炉 2']);
  });
  it('names firms counted alone by the stage they reached (10家企业建成投产), not firms a preposition governs', () => {
    expect(names('湘迪科技、鸿盛电子、沃尔顿新能源等10家企业建成投产。')).toEqual(['建成投产的企业 10']);
    expect(names('并与20家企业签订了入驻协议。')).not.toContain('签订了入驻协议的企业 20');
  });
  it('reads a growth after how far a result passed its plan as the thing\'s (…超额完成年度任务2.1亿元，增长20.6%)', () => {
    expect(names('固定资产投资完成17亿元，超额完成年度任务2.1亿元，增长20.6%。')).toEqual(['固定资产投资 17', '超额完成年度任务 2.1', '固定资产投资 20.6']);
  });
  it('counts bodies of the kinds listed before their one noun (36家技术转移、知识产权服务机构)', () => {
    expect(names('引入36家技术转移、知识产权服务机构。')).toEqual(['引入技术转移、知识产权服务机构 36']);
    // (Not where the first is a body of its own: 引进企业12家、机构5家 are two counts.)
    expect(names('引进12家企业、5家研发机构。')).toEqual(['企业 12', '研发机构 5']);
  });
  it('reads the investment said right after things counted as theirs, of all of them after several counts', () => {
    expect(names('42个省重点项目投资完成148.47%。')).toEqual(['省重点项目 42', '省重点项目投资 148.47']);
    expect(names('加大升级改造力度，20家煤矿、14家非煤矿山投资5.5亿元实施智能化项目132个。')).toContain('煤矿、非煤矿山投资 5.5');
    expect(names('22个扶贫专项、278个脱贫项目投入资金36亿元。')).toContain('扶贫专项、脱贫项目投入资金 36');
    // (In the next clause too, after a clause that only lists the counts; after one count, or counts in clauses of
    // their own, the last thing's.)
    expect(names('建成重点项目12个、支撑项目51个，完成投资15.26亿元。')).toContain('重点项目、支撑项目投资 15.26');
    expect(names('实施52个省重点项目、280个市重点项目，完成投资560亿元。')).toContain('省重点项目、市重点项目投资 560');
    expect(names('新开工项目120个，完成投资80亿元。')).toContain('项目投资 80');
  });
  it('ends a sentence at an ellipsis where a quotation was cut, and reads past how a figure was reckoned (初步核算)', () => {
    expect(names('综保区跨境电商线下体验中心启动运营，全年进出口值完成140.4亿元……”')).toEqual(['进出口值 140.4']);
    expect(names('建成3个文化站、20个村级文化室……')).toEqual(['文化站 3', '村级文化室 20']);
    expect(names('地区生产总值增长8%，初步核算达到3850亿元。')).toEqual(['地区生产总值 8', '地区生产总值 3850']);
  });
  it('reads a share said with 的 (占全省的80%) as the thing\'s share, its change as the share\'s, and a growth after it as the thing\'s', () => {
    expect(names('全市进出口总额4409亿元，占全省的80%。')).toEqual(['全市进出口总额 4409', '全市进出口总额占全省比重 80']);
    expect(names('贸易出口额62.6亿美元，占全区出口额的77.2%，比重同比上升11.5个百分点。')).toEqual(['贸易出口额 62.6', '贸易出口额占全区出口额比重 77.2', '贸易出口额占全区出口额比重 11.5']);
    expect(names('固定资产投资280亿元，占计划的100%，同比增长4.6%。')).toEqual(['固定资产投资 280', '固定资产投资占计划比重 100', '固定资产投资 4.6']);
    // (A share whose thing is not said names nothing.)
    expect(names('占全年新批项目的37.3%。')).toEqual([]);
  });
  it('reads 增产 as a rise, and a fall narrowed on the half year before as the thing\'s (降幅较上半年收窄)', () => {
    expect(rows('玉米产量2.5万吨，增产18.8%。', '农业', '2020年工作回顾').map((r) => `${r[0]} ${r[1]} ${r[4]}`)).toEqual(['玉米产量 2.5 eq', '玉米产量 18.8 growth']);
    expect(names('规模以上工业总产值完成5341.7亿元，同比下降7.7%，降幅较上半年收窄15.5个百分点。')).toEqual(['规模以上工业总产值 5341.7', '规模以上工业总产值 7.7', '规模以上工业总产值降幅 15.5']);
  });
  it('names a count handled after the count of the same things found (排查…，整改…), not after things counted otherwise', () => {
    expect(names('排查安全隐患1200处，整改1180处。')).toEqual(['安全隐患 1200', '安全隐患 1180']);
    expect(extractTargets('r', section('受理信访事项320件，办结315件。'), 2023).map((t) => t.action)).toEqual(['受理', '办结']);
    // (关停取缔企业81家，整改299家: the ones rectified are not the ones closed — withheld, as before.)
    expect(names('关停取缔企业81家，整改299家。')).toEqual(['关停取缔企业 81']);
  });
  it('gives each member of a 分别 list the measure the verb after 分别 names', () => {
    expect(names('其中一、二、三次产业分别实现增加值99.8亿元、1683.47亿元和1261.4亿元。')).toEqual(['第一产业增加值 99.8', '第二产业增加值 1683.47', '第三产业增加值 1261.4']);
    expect(names('城镇、农村居民人均可支配收入分别增长8.5%、11.5%。')).toEqual(['城镇居民人均可支配收入 8.5', '农村居民人均可支配收入 11.5']);
    // (What was done, a thing of its own, likewise; the members are then whole names.)
    expect(names('经济开发区、横店电子产业园区分别完成平台拓展1700亩和1213亩。')).toEqual(['经济开发区平台拓展 1700', '横店电子产业园区平台拓展 1213']);
    // (Not a share of a plan, nor a list that ends on what groups its members.)
    expect(names('省、市重点项目分别完成年度投资计划的194%、212%。')).toEqual(['省重点项目 194', '市重点项目 212']);
    expect(names('新能源、新型显示、汽车零部件三大产业集群分别实现产值148亿元、113亿元、300亿元。').some((n) => n.startsWith('汽车零部件三大产业集群产值'))).toBe(false);
  });
  it('reads the thing measured before 从…发展到, 减至, 连续, 相当于 and 预计完成', () => {
    expect(names('规上企业从153家发展到268家。')).toEqual(['规上企业 153', '规上企业 268']);
    // (By what means it was done is no part of what was done; 通过 as "passed", before 的, says which.)
    expect(names('通过更新收回公共利益用地26.6公顷，通过新建、改造新增高级和次高级路面公路1673公里，通过省教育强镇督导验收的镇（街）20个。')).toEqual([
      '收回公共利益用地 26.6',
      '新增高级和次高级路面公路 1673',
      '通过省教育强镇督导验收的镇（街） 20',
    ]);
    // (A 分别 list that is the last 、-item of a clause is read as its own clause.)
    expect(names('地区生产总值增长5%、城乡居民人均可支配收入分别增长6.0%、8.3%。')).toEqual(['地区生产总值 5', '城镇居民人均可支配收入 6', '农村居民人均可支配收入 8.3']);
    // (A plan's period after a word of commitment; the weight a work gets before its verb; where the people taken in
    // come to work: none of them is part of the name.)
    expect(names('力争“十四五”时期服务业增加值占地区生产总值比重达60%，吸纳1万名高校毕业生来汉发展，重点抓好13个重点乡镇。')).toEqual([
      '服务业增加值占地区生产总值比重 60',
      '吸纳高校毕业生 1',
      '重点乡镇 13',
    ]);
    // (The role the things counted play is no part of them: 发挥13支国企产业基金引导作用 counts the funds.)
    expect(names('发挥13支国企产业基金引导作用，发挥巴宜、米林8个规模化蔬菜种植基地龙头作用。')).toEqual(['国企产业基金 13', '规模化蔬菜种植基地 8']);
    // (聚力 before the verb, as 着力 is; 降价 a fall.)
    const held = extractTargets('r', section('聚力培育1家中国500强后备企业，新增药品平均降价60%以上。'), 2023);
    expect([held[0]?.action, held[0]?.indicator]).toEqual(['聚力培育', '中国500强后备企业']);
    expect([held[1]?.comparator, held[1]?.bound]).toEqual(['decline', 'gte']);
    // (A note's mark after a term, set as a superscript, is no part of its name — and no digit of the number after it.)
    expect(names('国内生产总值¹增长5%，专项债券²3.9万亿元。')).toEqual(['国内生产总值 5', '专项债券 3.9']);
    // (每月 says how often the amount is paid, not what it is of.)
    expect(names('失业保险金标准每月提高165元，城市低保标准提高至每月791元。')).toEqual(['失业保险金标准 165', '城市低保标准 791']);
    expect(names('贫困人口减至3018户。')).toEqual(['贫困人口 3018']);
    expect(names('财政收入连续跨越20亿元台阶。')).toEqual(['财政收入 20']);
    expect(names('地区生产总值年均增长24%，相当于2005年的3倍。')).toEqual(['地区生产总值 24', '地区生产总值 3']);
    expect(names('规模以上工业预计完成增加值7200亿元。')).toEqual(['规模以上工业增加值 7200']);
  });
  it('names a gap to the province’s or the country’s after the rate or level just stated, never across another number', () => {
    expect(names('全市生产总值1992.1亿元，同比增长9.1%，高于全省0.2个百分点。')).toEqual(['全市生产总值 1992.1', '全市生产总值 9.1', '全市生产总值增速高于全省 0.2']);
    expect(names('人均生产总值50000元，高出全省平均水平9277元。')).toEqual(['人均生产总值 50000', '人均生产总值高出全省平均水平 9277']);
    expect(names('规上工业增加值同比增长10.2%，高出全市4.2个百分点，增速位居全市第3位。')).toContain('规上工业增加值增速全市排名 3');
    // (Said with 比: the gap, never the level of the thing — 人均GDP is not 9277元; against a time it is a change.)
    expect(names('人均GDP从32340元提高至81750元，比全省平均水平高9277元。')).toContain('人均GDP比全省平均水平高 9277');
    expect(names('人均GDP从32340元提高至81750元，比全省平均水平高9277元。')).not.toContain('人均GDP 9277');
    expect(names('较大级别以上突发事件减少76%。')).toEqual(['较大级别以上突发事件 76']);
    // (The gap after a share is the share's: not named after the growth before it.)
    expect(names('民生支出364亿元，增长32%，占一般公共预算支出的86%，高出全市平均水平近10个百分点。')).not.toContain('民生支出增速高出全市平均水平 10');
  });
  it('reads a middle dot between digits before a unit as the decimal point of older typesetting, never in a name (5·12)', () => {
    expect(names('全市去年实现国内生产总值881·2亿元，比上年增长13·06%。').map((n) => n.split(' ')[1])).toEqual(['881.2', '13.06']);
    expect(names('纪念5·12汶川特大地震10周年。')).toEqual([]);
  });
  it('reads no quantity in the size of a group the place is one of, or of the things ranked with it', () => {
    expect(names('获得土地计划指标奖励1000亩，为全国15个县市区之一。')).toEqual(['土地计划指标奖励 1000']);
    expect(names('在全国217家国家级开发区综合考评中位列第13位。')).toEqual(['全国国家级开发区综合考评排名 13']);
  });
  it('names the thing, not a rank said after it, in the clause that follows; a pair’s two values are the pair’s', () => {
    expect(names('全市实现地区生产总值2157.2亿元、总量居全省第6位，增长4.2%、增速居全省第5位。')).toEqual([
      '全市地区生产总值 2157.2', '全市地区生产总值总量全省排名 6', '全市地区生产总值 4.2', '全市地区生产总值增速全省排名 5',
    ]);
    expect(names('GDP总量有望继续保持全省第3位。')).toEqual(['GDP总量全省排名 3']);
    expect(names('城乡居民人均可支配收入达到38504元、15326元。')).toEqual(['城镇居民人均可支配收入 38504', '农村居民人均可支配收入 15326']);
    expect(names('新能源和可再生能源占比54%、高于全省近4个百分点。')).toEqual(['新能源和可再生能源占比 54', '新能源和可再生能源占比高于全省 4']);
  });
  it('leaves out of the name how the figure is counted and the adverbs of its predicate', () => {
    expect(names('商务楼宇发展到36座。')).toEqual(['商务楼宇 36']);
    expect(names('中航哈飞预计全年完成产值将超过120亿元。')).toEqual(['中航哈飞产值 120']);
    expect(names('国控断面水质优良比例总体达到53%以上。')).toEqual(['国控断面水质优良比例 53']);
    expect(names('一般公共预算收入扣除政策性减收和一次性收入因素同比增长2.6%。')).toEqual(['一般公共预算收入 2.6']);
  });
  it('reads points said once at the end of a list of values as every value’s unit (9.9个、3.1个百分点)', () => {
    const units = extractTargets('r', section('存款、贷款余额分别提高9.9个、3.1个百分点。新建学校3个、医院2个。'), 2023).map((t) => `${t.value}${t.unit}`);
    expect(units).toEqual(['9.9个百分点', '3.1个百分点', '3个', '2个']);
  });
  it('reads cases and containers as units, a half-width comma before a word as a clause break, a rank in brackets as no noun', () => {
    expect(names('卷烟36.9万箱、下降7.1%,LNG产量76.7万吨、增长45.1%。')).toEqual(['卷烟 36.9', '卷烟 7.1', 'LNG产量 76.7', 'LNG产量 45.1']);
    expect(names('港口集装箱吞吐量1366万标箱。')).toEqual(['港口集装箱吞吐量 1366']);
    expect(names('全市固定资产投资1,000亿元,增长5%。')).toEqual(['全市固定资产投资 1000', '全市固定资产投资 5']);
    expect(names('完成规模以上工业增加值231亿元，增长24.8%（全省第二）。')).toEqual(['规模以上工业增加值 231', '规模以上工业增加值 24.8']);
  });
  it('reads the thing measured past 是…的N倍, 可实现 and 共获', () => {
    expect(names('全市地区生产总值达到8807.6亿元，是2015年的1.46倍，年均增长6.9%，总量位居全国第26位。')).toEqual([
      '全市地区生产总值 8807.6', '全市地区生产总值 1.46', '全市地区生产总值 6.9', '全市地区生产总值总量全国排名 26',
    ]);
    expect(names('预计可实现地区生产总值近1600亿元。')).toEqual(['地区生产总值 1600']);
    expect(names('共获中央补助资金14亿元。')).toEqual(['中央补助资金 14']);
  });
  it('reads counts of one noun owned by a league and a banner, and 守牢 as the verb of what is kept', () => {
    expect(names('全年6个盟级、42个旗级重点项目开工。').slice(0, 2)).toEqual(['盟级重点项目 6', '旗级重点项目 42']);
    expect(names('守牢155.1万亩耕地红线。')).toEqual(['耕地红线 155.1']);
  });
  it('names where a rank is held with the note in brackets of its places', () => {
    expect(names('增速居全省县（市、区）第3位。')).toEqual(['增速全省县（市、区）排名 3']);
  });
});

describe('targets: kind, deadline, quote, ids', () => {
  it('tells achievements from targets by place and wording', () => {
    expect(rows('一年来，我们抓实事、惠民生。城镇新增就业45178人。')[0]).toEqual(['城镇新增就业', 45178, null, '人', 'eq', 'achievement']);
    expect(rows('城镇新增就业3万人。', '民生', '2022年工作回顾')[0][5]).toBe('achievement');
    expect(rows('城镇新增就业3万人。', '民生', '全力做好2023年工作')[0][5]).toBe('target');
  });
  it('reads the first numbered part of an excerpt that opens past the review\'s start as the review where its title states a result', () => {
    const sec = (id: string, number: string | null, title: string, text: string): Section => ({ id, parent: null, level: 1, number, title, paragraphs: [{ text, sources: ['f.txt'] }] });
    const kinds = (title: string) => extractTargets('r', [sec('s2', '二、', title, '完成新柳线等16项公路维修及新改建工程210公里。')], 2019).map((t) => t.kind);
    expect(kinds('城乡建管统筹推进，生态环境持续改善')).toEqual(['achievement', 'achievement']);
    // A part that directs is no review.
    expect(kinds('统筹推进城乡建设')).toEqual(['target', 'target']);
  });
  it('carries a review on under a part whose title says what kept developing (三大产业不断发展), not one that directs it', () => {
    const sec = (id: string, level: 1 | 3, number: string | null, title: string, text: string): Section => ({ id, parent: null, level, number, title, paragraphs: [{ text, sources: ['f.txt'] }] });
    const kinds = (title: string) =>
      extractTargets('r', [sec('s0-0-1', 3, null, '2012年工作回顾', '2012年，全县经济平稳发展。'), sec('s1', 1, '一、', title, '申请专利822件。')], 2013).map((t) => t.kind);
    expect(kinds('大力推进转型升级，三大产业不断发展')).toEqual(['achievement']);
    expect(kinds('推动三大产业可持续发展')).toEqual(['target']);
  });
  it('reads a text of parts none of which plans by what its sentences overwhelmingly are (a statistical overview)', () => {
    const sec = (id: string, parent: string | null, level: 1 | 3, number: string | null, title: string, text: string): Section => ({ id, parent, level, number, title, paragraphs: [{ text, sources: ['f.txt'] }] });
    const overview = (partTitle: string) => [
      sec('s0-0-1', null, 3, null, '常州市2010年国民经济和社会发展概况', '2010年是圆满完成“十一五”目标任务、精心谋划“十二五”宏伟蓝图的关键之年。'),
      sec('s1', null, 1, '一、', partTitle, '全市地区生产总值比上年增长13%，财政收入比上年增长32%，同比增长12%，比上年增长8%，同比提高2%。全市人均生产总值达67327元。'),
    ];
    expect(extractTargets('r', overview('经济运行'), null).at(-1)?.kind).toBe('achievement');
    // (A part that plans makes it a report whose unmarked sentences are commitments.)
    expect(extractTargets('r', overview('2011年工作安排'), null).at(-1)?.kind).toBe('target');
  });
  it('reads a half year\'s results as results, a target measured against as no commitment, and withholds the gap to it', () => {
    const got = rows('2023年上半年，全区实现地区生产总值806亿元，同比增长3.2%，塌目标1.8个百分点。', '主要目标完成情况', '2023年上半年国民经济和社会发展计划执行情况');
    expect(got.map((r) => `${r[0]} ${r[1]} ${r[5]}`)).toEqual(['全区地区生产总值 806 achievement', '全区地区生产总值 3.2 achievement']);
  });
  it('reads a numbered part on how a plan was carried out as a review (计划执行情况, 主要预期目标完成情况), not a table so titled', () => {
    expect(rows('全年完成地区生产总值802.81亿元。', '全市经济社会发展主要预期目标完成情况').map((r) => r[5])).toEqual(['target']);
    const numbered = extractTargets('r', [{ id: 's1-1', parent: null, level: 1, number: '（一）', title: '全市经济社会发展主要预期目标完成情况', paragraphs: [{ text: '城镇居民人均可支配收入完成29092元，增长3%。', sources: ['f.txt'] }] }], 2023);
    expect(numbered.map((t) => t.kind)).toEqual(['achievement', 'achievement']);
  });
  it('reads a paragraph opening on a part of the year gone by and what was done in it as results, each sentence (元至九月，全县完成…；…)', () => {
    expect(rows('元至九月，全县完成生产总值56.7亿元，增长7.5%；固定资产投资105亿元，增长12.9%。', '要闻').map((r) => r[5])).toEqual(['achievement', 'achievement', 'achievement', 'achievement']);
    // (Not one that says what is to be done: 一季度，全市要实现….)
    expect(rows('一季度，全市要实现地区生产总值增长6%；固定资产投资增长10%。', '要闻').map((r) => r[5])).toEqual(['target', 'target']);
  });
  it('reads how much of the year\'s budget or plan is done as a result (完成4.6亿元，占年计划的49.6%), and a news item\'s 报告显示，过去一年 as a review', () => {
    expect(rows('社会消费品零售总额完成4.6亿元，占年计划的49.6%，同比增长11%。', '要闻').map((r) => r[5])).toEqual(['achievement', 'achievement', 'achievement']);
    expect(rows('报告显示，过去一年，南沙坚持创新驱动。全年实现地区生产总值2252.58亿元，同比增长4.2%；规模以上工业产值3805.49亿元，增长6.1%。', '要闻').map((r) => r[5])).toEqual(['achievement', 'achievement', 'achievement', 'achievement']);
  });
  it('reads a record set (…，创近年新高) as a result, not a place of innovation (人工智能创新高地) nor a record committed to', () => {
    expect(rows('产业投资、基础设施等有效投资占全区投资86%，创近年新高。', '要闻').map((r) => r[5])).toEqual(['achievement']);
    expect(rows('力争固定资产投资增长10%，创历史新高。', '要闻').map((r) => r[5])).toEqual(['target']);
    expect(rows('打造人工智能创新高地，推出5个以上开放场景。', '要闻').map((r) => r[5])).toEqual(['target']);
  });
  it('reads a numbered part on how a report\'s tasks went (131项重点工作任务进展情况) as a review', () => {
    const part = extractTargets('r', [{ id: 's1', parent: null, level: 1, number: '一、', title: '131项重点工作任务进展情况', paragraphs: [{ text: '2022年，共签约48个项目，协议引资338.91亿元。', sources: ['f.txt'] }] }], null);
    expect(part.map((t) => t.kind)).toEqual(['achievement', 'achievement', 'achievement']);
  });
  it('reads a numbered section at the top of a later page that states a result as the review\'s (（六）生态环境持续改善)', () => {
    const sec = (id: string, number: string, title: string, text: string): Section => ({ id, parent: null, level: 2, number, title, paragraphs: [{ text, sources: ['f.txt'] }] });
    const kinds = (title: string) => extractTargets('r', [sec('s0-6', '（六）', title, '完成林分优化提升6.3万亩。')], 2024).map((t) => t.kind);
    expect(kinds('生态环境持续改善')).toEqual(['achievement']);
    expect(kinds('经济发展质效并进')).toEqual(['achievement']);
    expect(kinds('持续改善生态环境')).toEqual(['target']);
  });
  it('reads every row of a summary of how the economy ran as a result, as a bulletin\'s', () => {
    const sections: Section[] = [{ id: 's1', parent: null, level: 1, number: '一、', title: '综合', paragraphs: [{ text: '全区民营经济增加值142.2亿元，增长8.9%。', sources: ['f.txt'] }] }];
    expect(extractTargets('r', sections, 2021, undefined, '经济运行情况').map((t) => t.kind)).toEqual(['achievement', 'achievement']);
    expect(extractTargets('r', sections, 2021, undefined, null).map((t) => t.kind)).toEqual(['target', 'target']);
  });
  it('reads a sentence estimating to a date the report\'s year has passed as a result (预计到2006年底 in 2007)', () => {
    const at = (year: number) => extractTargets('r', [{ id: 's0-1', parent: null, level: 3, number: null, title: '引言', paragraphs: [{ text: '预计到2006年底，地区生产总值实现215亿元，年均增长12%。', sources: ['f.txt'] }] }], year).map((t) => t.kind);
    expect(at(2007)).toEqual(['achievement', 'achievement']);
    expect(at(2006)).toEqual(['target', 'target']);
    // (The paragraph's other sentences, that say nothing of their time, likewise.)
    const paragraph = (year: number) => extractTargets('r', [{ id: 's0-1', parent: null, level: 3, number: null, title: '引言', paragraphs: [{ text: '预计到2006年底，地区生产总值实现215亿元；区域税收和地方财政收入分别达到45亿元和16亿元。', sources: ['f.txt'] }] }], year).map((t) => t.kind);
    expect(paragraph(2007)).toEqual(['achievement', 'achievement', 'achievement']);
  });
  it('reads a news item\'s paragraph on a report as what it says: past the line on who delivered it, or what the report holds (报告认为), a span of years before its own', () => {
    const at = (text: string, year = 2022) => extractTargets('r', [{ id: 's0-1', parent: null, level: 3, number: null, title: '', paragraphs: [{ text, sources: ['f.txt'] }] }], year, undefined, null).map((t) => t.kind);
    expect(at('周贤同志代表安化县人民政府向大会作工作报告。过去五年，安化县大力实施“四轮驱动”战略。城镇化率达到36%，较2016年提高5.05个百分点。')).toEqual(['achievement', 'achievement']);
    expect(at('报告认为，2007—2011年是新塍经济社会稳步发展的五年。实现财政收入2.5亿元，年均增长19.9%。')).toEqual(['achievement', 'achievement']);
    expect(at('报告指出，2022年是极其不易的一年。全县实现地区生产总值122.3亿元、增长3.2%。', 2023)).toEqual(['achievement', 'achievement']);
  });
  it('reads a final account (决算) as results, and an amount done with its change said of a list or on a comparable basis', () => {
    expect(rows('全镇本级一般公共预算收入实现111.11万元，为年初预算的116.9%。', '（一）一般公共预算收支情况', '一、2021年度镇财政决算情况').map((r) => r[5])).toEqual(['achievement']);
    expect(rows('全县财力支出总计446530万元。', '一般公共预算', '一、2021年财政决算情况').map((r) => r[5])).toEqual(['achievement']);
    // (Not 预算 alone: a budget's draft plans.)
    expect(rows('一般公共预算支出安排248742万元。', '一般公共预算', '二、2023年预算草案').map((r) => r[5])).toEqual(['target']);
    expect(rows('全年工业总产值完成35.45亿元，实现工业增加值14.6亿元，分别比上年增长60.8%和39.6%。', '工业', '2023年工作安排').map((r) => r[5])).toEqual(['achievement', 'achievement', 'achievement', 'achievement']);
    expect(rows('全区完成全口径财政收入589.59亿元，可比增长5.4%。', '财政', '2023年工作安排').map((r) => r[5])).toEqual(['achievement', 'achievement']);
  });
  it('reads how much of a plan or budget is done, however the plan is named, as a result, and a summary\'s own year as the one it sums up', () => {
    expect(rows('地方财政收入80万元，完成计划指标的94.1%。', '财政', '2023年工作安排').map((r) => r[5])).toEqual(['achievement']);
    expect(rows('国税收入119万元，完成全年任务的114%。', '财政', '2023年工作安排').map((r) => r[5])).toEqual(['achievement']);
    const summary = (text: string) => extractTargets('r', [{ id: 's1', parent: null, level: 1, number: '一、', title: '突出四项重点工作', paragraphs: [{ text, sources: ['f.txt'] }] }], 2008, undefined, '工作总结').map((t) => t.kind);
    expect(summary('2008年，我镇逐步实现了工作重心转移，1—11月份实现财政总收入199万元；实现工农业总产值2.5014亿元。')).toEqual(['achievement', 'achievement']);
  });
  it('reads a sentence that says nothing of its time in the time its paragraph last opened on, until another is said', () => {
    const at = (text: string, year: number | null = 2015) => extractTargets('r', [{ id: 's0-1', parent: null, level: 3, number: null, title: '', paragraphs: [{ text, sources: ['f.txt'] }] }], year, undefined, null).map((t) => `${t.value} ${t.kind}`);
    // (A news item on a report: the review opens mid-paragraph, after who spoke; the plan's year, later, ends it.)
    expect(at('市长作政府工作报告。市长说，2014年，全市经济社会持续健康发展。财政总收入1003.08亿元，增长13.49%；规模以上工业增加值3050亿元，增长12%。2015年，全市地区生产总值力争增长8.5%。财政总收入增长8%。')).toEqual([
      '1003.08 achievement', '13.49 achievement', '3050 achievement', '12 achievement', '8.5 target', '8 target',
    ]);
    // (Part of the year gone by, said at one sentence's head: the sentences after it are of that period.)
    expect(at('今年以来，高新区锚定高质量发展目标。1至9月，全区实现社会消费品零售总额71.06亿元，增长0.5%；餐饮业完成营业额1.42亿元，增长17.4%。', 2024)).toEqual([
      '71.06 achievement', '0.5 achievement', '1.42 achievement', '17.4 achievement',
    ]);
    // (Not a result said inside a plan's sentence — 推进已建成的… —: only a time a sentence opens on goes on.)
    expect(at('推进已建成的公办学校体育设施开放。全年新增公共文体设施面积22万平方米以上。', 2022)).toEqual(['22 target']);
  });
  it('reads 过去的一年 in a sentence as its time: a result, and no part of what it measures', () => {
    const got = extractTargets('r', [{ id: 's0-1', parent: null, level: 3, number: null, title: '', paragraphs: [{ text: '报告指出，过去的一年实现地区生产总值415亿元，可比增长8.5%。', sources: ['f.txt'] }] }], 2019);
    expect(got.map((t) => `${t.indicator} ${t.kind}`)).toEqual(['地区生产总值 achievement', '地区生产总值 achievement']);
  });
  it('reads a topic that names what it aimed at but states a result (盯紧目标任务，经济发展持续向好) as the review\'s, not a plan', () => {
    expect(rows('农民人均可支配收入达到13255元，较上年增长9.85%。', '盯紧目标任务，经济发展持续向好', '2020年工作回顾').map((r) => r[5])).toEqual(['achievement', 'achievement']);
    expect(opensPlan('盯紧目标任务，经济发展持续向好')).toBe(false);
    // (A title that plans in its last words, or names the targets alone, plans.)
    expect(opensPlan('经济发展持续向好，2021年目标任务')).toBe(true);
    expect(opensPlan('主要目标任务')).toBe(true);
  });
  it('reads a look back titled 回眸 as a review, and ends a counted noun at how its works fare (如火如荼)', () => {
    expect(rows('固定资产投资增长7%，97个重点项目建设如火如荼。', '一份亮眼的成绩单', '回眸2024年').map((r) => `${r[0]} ${r[5]}`)).toEqual(['固定资产投资 achievement', '重点项目 achievement']);
  });
  it('reads a review\'s estimate of this year\'s result (预计今年完成…) as a result, its commitments (今年要…) still as targets', () => {
    expect(rows('预计今年完成市内生产总值286亿元，年均增长22.4%。', '综合经济实力大幅提升', '本届政府工作的回顾').map((r) => r[5])).toEqual(['achievement', 'achievement']);
    expect(rows('今年力争完成市内生产总值300亿元。', '综合经济实力大幅提升', '本届政府工作的回顾').map((r) => r[5])).toEqual(['target']);
  });
  it('reads a level reached, 达, with its change on the year before as a result, not 达到 as a plan may set it', () => {
    // (Even in a part that plans: a level and its change on the year before, reached, is how a result is reported.)
    expect(rows('财政支出达108.8亿元，比上年增长23.4%。', '财政', '2023年工作安排')[0][5]).toBe('achievement');
    expect(rows('规模以上企业销售收入达到81亿元，同比增长16%。', '财政', '2023年工作安排')[0][5]).toBe('target');
  });
  it('carries a review past its own section: topics after a review heading under the greeting, a title glued to its paragraph', () => {
    const sec = (id: string, parent: string | null, level: 1 | 2, number: string | null, title: string, ...texts: string[]): Section => ({
      id, parent, level, number, title, paragraphs: texts.map((text) => ({ text, sources: ['f.txt'] })),
    });
    const kinds = (sections: Section[]) => extractTargets('r', sections, 2019).map((t) => `${t.indicator} ${t.kind}`);
    const doc0 = (text: string) => extractTargets('r', [{ id: 's0', parent: null, level: 1, number: null, title: '导语', paragraphs: [{ text, sources: ['f.txt'] }] }], null).map((t) => t.kind);
    // 2018年工作回顾 stands under the greeting; its topics follow as parts whose titles state results.
    const review = [
      sec('s0', null, 1, null, '导语', '各位代表：'),
      sec('s0-0-1', 's0', 2, null, '2018年工作回顾'),
      sec('s1', null, 1, '一、', '坚持精准施策，脱贫攻坚取得新成效'),
      sec('s1-0-1', 's1', 2, null, '基础更加夯实', '新建村组公路100公里、产业路161公里。'),
      sec('s2', null, 1, '二、', '扎实推进高质量发展', '新建村组公路200公里。'),
    ];
    expect(kinds(review)).toEqual(['村组公路 achievement', '产业路 achievement', '村组公路 target']);
    // (A title saying what grew goes on in the review; one directing that it grow does not.)
    const grew = (title: string) => kinds([review[0], review[1], sec('s1', null, 1, '一、', title), sec('s1-0-1', 's1', 2, null, '主要指标', '新建村组公路100公里。')]);
    expect(grew('经济运行量质齐升，投资消费稳健增长')).toEqual(['村组公路 achievement']);
    expect(grew('扩大有效需求，推动经济稳定增长')).toEqual(['村组公路 target']);
    expect(kinds([sec('s1', null, 1, '一、', '工作安排'), sec('s1-1', 's1', 2, null, '产业', '这一年，我们科学应变、主动求变，完成产业投资1450亿元。')])).toEqual(['产业投资 achievement']);
    expect(kinds([sec('s1', null, 1, null, '2021年工作回顾', '地区生产总值增长8%。'), sec('s2', null, 1, null, '融入“双圈”起势见效', '成遂20所中小学结对合作。')])).toEqual(['地区生产总值 achievement', '成遂中小学 achievement']);
    // An amount done and its change on the year before is a result, wherever it stands; a plan's change alone is not.
    expect(kinds([sec('s1', null, 1, null, '经济运行', '一般公共预算收入完成7.86亿元，同比增长10%。')])).toEqual(['一般公共预算收入 achievement', '一般公共预算收入 achievement']);
    expect(kinds([sec('s1', null, 1, null, '经济运行', '第三产业增加值同比增长15%。')])).toEqual(['第三产业增加值 target']);
    // A part whose title says the targets were met, or opens as a review, reviews; 确保了 is what was ensured.
    expect(kinds([sec('s1', null, 1, '一、', '全市各族人民团结奋斗，“十一五”目标任务胜利完成', '地方财政一般预算收入达到15亿元。')])).toEqual(['地方财政一般预算收入 achievement']);
    expect(kinds([sec('s1', null, 1, null, '这一年，我们埋头苦干、对标竞进', '社会消费品零售总额增长18.2%。')])).toEqual(['社会消费品零售总额 achievement']);
    // A review of a year and of this year so far (2019年及今年以来工作回顾) is a review, not a plan for this year.
    expect(kinds([sec('s0', null, 1, null, '导语', '各位代表：'), sec('s0-0-1', 's0', 2, null, '2019年及今年以来工作回顾', '固定资产投资增长11.5%。')])).toEqual(['固定资产投资 achievement']);
    // The estimate of a year's result (预计全年完成…, 全年预计实现…), and the figures the paragraph it opens goes on to list.
    expect(kinds([sec('s1', null, 1, '二、', '重点工作', '全年预计实现地区生产总值1610亿元。'), sec('s1-1', 's1', 2, null, '主要指标', '预计实现地区生产总值4200亿元，增长6.1%；一般公共预算收入306.9亿元。')]).map((k) => k.split(' ')[1])).toEqual(['achievement', 'achievement', 'achievement', 'achievement']);
    // A paragraph that opens on a year before the report's reviews it, each sentence of it; what work achieved, judged
    // (取得显著进展, 圆满完成), is a result.
    expect(kinds([sec('s1', null, 1, null, '经济运行', '2015年，全市经济运行保持良好态势。工业增加值增长11.5%，全社会固定资产投资增长20%。')]).map((k) => k.split(' ')[1])).toEqual(['achievement', 'achievement']);
    expect(kinds([sec('s1', null, 1, null, '民生实事', '“2020十件民生实事”取得显著进展，其中8件圆满完成任务，打通8条断头路。')]).map((k) => k.split(' ')[1])).toEqual(['achievement']);
    // A news item reports the speech: the paragraph opens where what was said does (张惠在报告中说，2016年，…; …指出…以来的五年，是…).
    expect(kinds([sec('s1', null, 1, null, '经济运行', '张惠在报告中说，2015年，全市生产总值3212.2亿元，增长8%；城镇居民人均可支配收入39363元。')]).map((k) => k.split(' ')[1])).toEqual(['achievement', 'achievement', 'achievement']);
    expect(kinds([sec('s1', null, 1, null, '经济运行', '县长指出县十四届人大一次会议以来的五年，是不平凡的五年。城乡居民人均可支配收入较2011年增长44.1%。')]).map((k) => k.split(' ')[1])).toEqual(['achievement']);
    expect(kinds([sec('s1', null, 1, null, '经济运行', '邓辉在报告中说，2018年涪城全区经济社会发展取得显著成效。全社会固定资产投资207.11亿元、增长13.1%。')]).map((k) => k.split(' ')[1])).toEqual(['achievement', 'achievement']);
    // (What is said of the year ahead stays a commitment: 2019年 is the report's own year.)
    expect(kinds([sec('s1', null, 1, null, '经济运行', '张惠在报告中说，2019年，全市生产总值增长8%。')]).map((k) => k.split(' ')[1])).toEqual(['target']);
    // What still falls short, said at the review's end (在看到成绩的同时，我们也清醒地认识到…): how things stand now.
    expect(kinds([sec('s1', null, 1, null, '短板', '在看到成绩的同时，我们也清醒地认识到，发展还存在短板：三类监测对象1.06万户；43户规上工业中，电力企业仅占10%。')]).map((k) => k.split(' ')[1])).toEqual(['achievement', 'achievement', 'achievement']);
    // A growth computed at comparable prices is counted after the year: a result, where nothing else says the time.
    expect(doc0('全县实现生产总值255亿元，按可比价计算增长8.5%。')).toEqual(['achievement', 'achievement']);
    // Before the first numbered part, what the last year was (2018年是…的一年) opens the review its parts go on; a part a
    // copy left out (一、略) does not end it, nor a part saying what developed steadily.
    expect(kinds([sec('s0', null, 1, null, '导语', '各位代表：', '2018年是极为困难的一年。'), sec('s1', null, 1, '一、', '经济运行企稳向好', '财政总收入37.08亿元，增长2.9%。')]).map((k) => k.split(' ')[1])).toEqual(['achievement', 'achievement']);
    expect(kinds([sec('s0', null, 1, null, '导语', '各位代表：'), sec('s0-0-1', null, 2, null, '2018年工作回顾', '一年来，我们攻坚克难。'), sec('s1', null, 1, '一、', '略'), sec('s2', null, 1, '二、', '现代农业稳步发展', '建设大田试验站430亩。')]).map((k) => k.split(' ')[1])).toEqual(['achievement']);
    // In a text whose year is not known, a year that did a thing, perfective, is past (丁大卫说，2010年全市…完成了…); an
    // amount done beside its change written 比增 is a result.
    expect(doc0('丁大卫说，2010年全市上下齐心协力完成了目标任务。地区生产总值3417.9亿元，增长13%；今年将新建学校12所。')).toEqual(['achievement', 'achievement', 'target']);
    expect(doc0('今年将新建学校12所。全市实现地区生产总值174.88亿元、比增3.2%。')).toEqual(['target', 'achievement', 'achievement']);
    expect(doc0('今年将新建学校12所。全体居民人均可支配收入22853元、比增6.2%。')).toEqual(['target', 'achievement', 'achievement']);
    // A part title that says what was carried out, the thing first (重大战略深入实施), goes on in the review; the verb first
    // (深入实施乡村振兴战略) directs, and ends it.
    const carried = (title: string) => kinds([sec('s0', null, 1, null, '导语', '各位代表：'), sec('s0-0-1', null, 2, null, '2018年工作回顾', '一年来，我们攻坚克难。'), sec('s1', null, 1, '一、', title, '完成货物吞吐量3.5亿吨。')]).map((k) => k.split(' ')[1]);
    expect(carried('重大战略深入实施')).toEqual(['achievement']);
    expect(carried('深入实施乡村振兴战略')).toEqual(['target']);
    // A session's own roll, as a news item reports it (应到…实到代表…，符合法定人数): how things stand.
    expect(doc0('今年全县将新建学校12所。本次会议应到人大代表316名，实到代表294名，符合法定人数。')).toEqual(['target', 'achievement', 'achievement']);
    // (A plan's estimate of what a work will take — 重点项目预计完成投资… — stays the plan's.)
    expect(kinds([sec('s1', null, 1, '三、', '2024年重点工作', '重点项目预计完成投资500亿元。')]).map((k) => k.split(' ')[1])).toEqual(['target']);
    // (In a review, 确保 beside what was done, perfective — 做到了… — is what was kept, not a commitment.)
    expect(kinds([sec('s1', null, 1, '一、', '2020年主要工作回顾', '设立定点救治医院2家，做到了应收尽收，确保每个生命得到护佑。')]).map((k) => k.split(' ')[1])).toEqual(['achievement']);
    // However many years the review spans: a term of four years (过去四年的政府工作), three years since (三年来，我们…).
    expect(kinds([sec('s1', null, 1, '一、', '过去四年的政府工作'), sec('s1-1', 's1', 2, '（一）', '综合实力显著提升', '全社会固定资产投资完成67亿元。')])).toEqual(['全社会固定资产投资 achievement']);
    expect(kinds([sec('s1', null, 1, '二、', '发展思路', '三年来，全县新建学校12所。')]).map((k) => k.split(' ')[1])).toEqual(['achievement']);
    expect(kinds([sec('s1', null, 1, null, '2022年工作回顾', '新增重症患者救治床位111张，确保了疫情防控转段平稳有序。')])).toEqual(['新增重症患者救治床位 achievement']);
    // (A paragraph of a plan that looks back once does not turn the plan after it into results.)
    expect(kinds([sec('s1', null, 1, '二、', '2019年工作安排', '今年要抓好以下工作。', '去年，全市完成投资100亿元。', '全社会固定资产投资增长11%。')])).toEqual(['全市投资 achievement', '全社会固定资产投资 target']);
    // A page that lost its breaks: the review's title glued to the paragraph it opens.
    expect(kinds([sec('s0', null, 1, null, '导语', '各位代表：', '2018年工作回顾2018年，是极不平凡的一年。', '全县生产总值完成151.5亿元。', '2019年工作安排', '全县生产总值达到160亿元。')])).toEqual([
      '全县生产总值 achievement',
      '全县生产总值 target',
    ]);
  });
  it('reads a text without parts (a news item, an excerpt) by what its sentences mostly are, a commitment still a target', () => {
    const doc = (...texts: string[]) => extractTargets('r', [{ id: 's0', parent: null, level: 1, number: null, title: '导语', paragraphs: texts.map((text) => ({ text, sources: ['f.txt'] })) }], null).map((t) => `${t.indicator} ${t.kind}`);
    // (Results: 同比, 荣获, 获评 — the news of a year's review.)
    expect(doc('1月8日，区人民代表大会开幕。社会保障扎实有力。新增城镇就业2.5万人，同比增长3%。', '打造红色研学精品线路8条，获评全省先进单位，荣获省级表彰。')).toEqual([
      '新增城镇就业 achievement', '新增城镇就业 achievement', '红色研学精品线路 achievement',
    ]);
    // (Commitments: 力争, 确保, 今年 — a digest of the year's tasks; and a sentence that commits, in a text of results.)
    expect(doc('今年，全市将新建学校12所，力争新增学位1万个。', '确保完成棚户区改造3000套。')).toEqual(['全市学校 target', '新增学位 target', '棚户区改造 target']);
    expect(doc('新增城镇就业2.5万人，同比增长3%，荣获省级表彰。', '今年力争新增就业3万人。').at(-1)).toBe('新增就业 target');
  });
  it('reads 要 in a word of its own (重要讲话, 主要做了, 摘要) as no commitment when it weighs a text without parts', () => {
    const doc = (...texts: string[]) => extractTargets('r', [{ id: 's0', parent: null, level: 1, number: null, title: '导语', paragraphs: texts.map((text) => ({ text, sources: ['f.txt'] })) }], null).map((t) => t.kind);
    expect(doc('摘要：过去一年，全区贯彻重要讲话精神，主要做了以下工作，实现了稳中向好。城镇居民人均可支配收入增长5%。')).toEqual(['achievement']);
    expect(doc('全区稳中向好，重要讲话精神得到落实。', '今年要实现城镇居民人均可支配收入增长5%。', '主要任务是新建学校3所。')).toEqual(['target', 'target']);
  });
  it('reads a year\'s work summary (工作总结) as results, each sentence that says nothing of its time, a part that plans still a plan', () => {
    const sec = (id: string, title: string, text: string): Section => ({ id, parent: null, level: 3, number: null, title, paragraphs: [{ text, sources: ['f.txt'] }] });
    const sections = [sec('s0-0-1', '一是疫情防控精准高效', '新建学校3所。'), sec('s0-0-2', '2023年工作打算', '新建学校5所。')];
    expect(extractTargets('r', sections, 2022, undefined, '工作总结').map((t) => t.kind)).toEqual(['achievement', 'target']);
    expect(extractTargets('r', sections, 2022).map((t) => t.kind)).toEqual(['target', 'target']);
  });
  it('sets a target for the year after the one a summary or a final account closes (明年…), and for a later year a sentence opens on (2023年，力争…)', () => {
    const doc = (text: string, kind?: string) => extractTargets('r', [{ id: 's0', parent: null, level: 1, number: null, title: '导语', paragraphs: [{ text, sources: ['f.txt'] }] }], 2022, undefined, kind);
    const periods = (text: string, kind?: string) => doc(text, kind).map((t) => `${t.kind} ${t.period?.from}-${t.period?.to}`);
    expect(periods('2022年，全街道实现财政收入10.2亿元。明年，力争财政收入增长7%。', '工作总结')).toEqual(['achievement 2022-2022', 'target 2023-2023']);
    expect(periods('2022年，全县一般公共预算支出20亿元。2023年，全县将力争财政收入增长6%。', '决算报告')).toEqual(['achievement 2022-2022', 'target 2023-2023']);
    expect(periods('力争财政收入增长6%。2023年，力争财政收入增长8%。')).toEqual(['target 2022-2022', 'target 2023-2023']);
  });
  it('reads investment said after a measure (粮食产量20万吨，投资增长5%) as no investment of that measure, after things counted as theirs', () => {
    const names = (text: string) => extractTargets('r', section(text, '2021年工作回顾'), 2022).map((t) => t.indicator);
    expect(names('粮食产量20万吨，投资增长5%。')).not.toContain('粮食产量投资');
    expect(names('工业产值50亿元，投资增长5%。')).not.toContain('工业产值投资');
    expect(names('新开工重点项目20个，完成投资30亿元。')).toContain('重点项目投资');
  });
  it('reads the estimate of the year just ending however it is worded (预计全年地区生产总值有望突破600亿元, 上半年预计完成…) as a result', () => {
    const kinds = (text: string) => extractTargets('r', [{ id: 's0', parent: null, level: 1, number: null, title: '导语', paragraphs: [{ text, sources: ['f.txt'] }] }], 2025).map((t) => t.kind);
    expect(kinds('预计全年地区生产总值有望突破600亿元、增长5%左右。')).toEqual(['achievement', 'achievement']);
    expect(kinds('主要指标总量和增速均居全市前列，上半年预计完成地区生产总值211亿元，增长6%。')).toEqual(['achievement', 'achievement']);
  });
  it('names a measure without 仍然 after it, a session\'s roll without 本次大会, and things cleared out (出清) with the verb apart', () => {
    const rows = (text: string) => extractTargets('r', section(text, '2022年工作回顾'), 2023).map((t) => `${t.action ?? ''}|${t.indicator}`);
    expect(rows('2009年粮豆薯总产仍然达到41.3亿斤。')).toEqual(['|粮豆薯总产']);
    expect(rows('本次大会应到代表215名，实到199名，符合法定人数。')[0]).toBe('|应到代表');
    expect(rows('中央预算内投资到位1.6亿元。')).toEqual(['|中央预算内投资']);
    expect(rows('完成256家企业亩均税收调查，出清38家省市县高耗低效工业企业。')).toContain('出清|省市县高耗低效工业企业');
  });
  it('names the parts a whole is made of (由…构成) without 由, the last part too (its amount before 构成)', () => {
    const names = (text: string) => extractTargets('r', section(text, '2022年工作回顾'), 2023).map((t) => t.indicator);
    expect(names('全县收入总计10亿元，由一般公共预算收入8亿元、上级补助收入2亿元构成。')).toEqual(['全县收入总计', '一般公共预算收入', '上级补助收入']);
  });
  it('reads a text without parts that adds up years (累计完成…) or profiles a place (地处…，辖31个村) as results, and a plan beaten (超“十五”计划目标) as none', () => {
    const kinds = (text: string, year: number | null = null) => extractTargets('r', [{ id: 's0', parent: null, level: 1, number: null, title: '导语', paragraphs: [{ text, sources: ['f.txt'] }] }], year).map((t) => t.kind);
    expect(kinds('累计完成工业投资358.7亿元，年均增长11.8%。累计引进亿元以上项目300余个。巴南区政府将以高水平履职服务高质量发展。')).toEqual(['achievement', 'achievement', 'achievement']);
    expect([...new Set(kinds('长湖乡辖31个村，总人口36223人。总面积119平方公里，耕地面积2533公顷。'))]).toEqual(['achievement']);
    const beaten = '全县共完成生产总值19.33亿元，超“十五”计划目标3.73亿元。';
    expect(markedKind('', beaten, beaten, 2006, false)).not.toBe('target');
    // (A text without parts that commits: its unmarked sentences stay commitments.)
    expect(kinds('全县将新建学校3所。改造道路10公里。')).toEqual(['target', 'target']);
  });
  it('reads, in a text whose year is not known, a year then what was done in it and its change, and last year after the place, as results', () => {
    const kinds = (text: string) => extractTargets('r', [{ id: 's0', parent: null, level: 1, number: null, title: '导语', paragraphs: [{ text, sources: ['f.txt'] }] }], null).map((t) => t.kind);
    // (2012年，…全年完成生产总值…，增长15%；…: each sentence of the paragraph after it, too.)
    expect(kinds('2012年，面对经济下行压力，神木县全年完成生产总值1003.89亿元，增长15%；城镇居民可支配收入达到29316元。全县要继续努力。')).toEqual(['achievement', 'achievement', 'achievement']);
    expect(kinds('神木县去年生产总值超过千亿元。全县要继续努力。')).toEqual(['achievement']);
    // (With a word of commitment it is a plan, and 比去年 is a base, not a time.)
    expect(kinds('2013年，全县力争完成生产总值1100亿元，增长10%。全县要继续努力。')).toEqual(['target', 'target']);
    expect(kinds('全县生产总值比去年增长10%。全县要继续努力。')).toEqual(['target']);
  });
  it('reads how things have come to stand (截至目前, 2018年以来, 时至今日…已成为) as results, and 足以确保 as no commitment', () => {
    const kinds = (text: string) => extractTargets('r', [{ id: 's0', parent: null, level: 1, number: null, title: '导语', paragraphs: [{ text, sources: ['f.txt'] }] }], 2019).map((t) => t.kind);
    expect(kinds('截至目前，全县财政收入完成19918万元。全县要继续努力。')).toEqual(['achievement']);
    expect(kinds('2018年以来，全市5个贫困县全部脱贫摘帽。全县要继续努力。')).toEqual(['achievement']);
    expect([...new Set(kinds('时至今日，全市已成为拥有300万亩良田的农业大市，年产量稳定在250亿斤以上，足以确保全国人民18天的口粮。全县要继续努力。'))]).toEqual(['achievement']);
    // (A commitment still is one.)
    expect(kinds('全市要确保粮食产量稳定在250亿斤以上。')).toEqual(['target']);
  });
  it('reads a text titled as a look back on its year (…2023年经济社会发展回眸) as results where a sentence says nothing of its time', () => {
    const kinds = (title: string | null) => extractTargets('r', [{ id: 's0', parent: null, level: 1, number: null, title: '导语', paragraphs: [{ text: '地区生产总值完成172亿元。全市要继续努力。', sources: ['f.txt'] }] }], 2023, undefined, null, [], title).map((t) => t.kind);
    expect(kinds('跨越赶超 逐梦前行 ——敦化市2023年经济社会发展回眸')).toEqual(['achievement']);
    expect(kinds(null)).toEqual(['target']);
    expect(kinds('2023年工作回顾和2024年工作安排')).toEqual(['target']);
  });
  it('reads a text titled as a place\'s profile (…县情概况, …镇概况, …简介) as facts where a sentence says nothing of its time', () => {
    const kinds = (title: string, number: string | null = null) => extractTargets('r', [
      { id: 's0', parent: null, level: 1, number: null, title: '导语', paragraphs: [{ text: '九寨沟县', sources: ['f.txt'] }] },
      { id: 's1', parent: null, level: 1, number, title, paragraphs: [{ text: '全县耕地面积32万亩，森林覆盖率65.6%。今后将力争建成5个景区。', sources: ['f.txt'] }] },
    ], 2013).map((t) => t.kind);
    expect(kinds('九寨沟县情概况')).toEqual(['achievement', 'achievement', 'target']);
    expect(kinds('延和朝鲜族乡天气、简介')).toEqual(['achievement', 'achievement', 'target']);
    // (A part of a text, numbered, profiles only itself: its sentences state facts, and a commitment after them is one.)
    expect(kinds('街道基本情况', '一')).toEqual(['achievement', 'achievement', 'target']);
    // (Nor a title of anything else.)
    expect(kinds('九寨沟县发展目标')).toEqual(['target', 'target', 'target']);
  });
  it('reads a text that opens saying where a place lies (糜滩镇位于…) as a description, its unmarked sentences facts', () => {
    const kinds = (opening: string) => extractTargets('r', [
      { id: 's0', parent: null, level: 1, number: null, title: '导语', paragraphs: [{ text: opening, sources: ['f.txt'] }, { text: '全镇耕地面积3.2万亩，森林覆盖率65.6%。今后将力争建成5个景区。', sources: ['f.txt'] }] },
    ], null).map((t) => t.kind);
    expect(kinds('糜滩镇位于甘肃省靖远县城北郊，东南以黄河为界。')).toEqual(['achievement', 'achievement', 'target']);
    expect(kinds('【地理位置】康乐县位于甘肃省中南部。')).toEqual(['achievement', 'achievement', 'target']);
    // (Not a text that opens otherwise, nor a place said to lie somewhere later on.)
    expect(kinds('各位代表：现在，我代表镇人民政府作工作报告，项目位于镇区。')).toEqual(['target', 'target', 'target']);
  });
  it('reads an excerpt with parts none of which plans, and no word of commitment, as results (一、综合 of a district\'s overview)', () => {
    const sections = (more: string): Section[] => [
      { id: 's0', parent: null, level: 1, number: null, title: '导语', paragraphs: [{ text: '全区经济发展保持平稳增长。', sources: ['f.txt'] }] },
      { id: 's1', parent: null, level: 1, number: '一', title: '综合', paragraphs: [{ text: `地区生产总值651.16亿元，同比增长5.8%。居民消费价格比上年下降0.3%。“四新”经济投资占比达到32.8%。${more}`, sources: ['f.txt'] }] },
    ];
    expect(extractTargets('r', sections(''), null).map((t) => t.kind).at(-1)).toBe('achievement');
    // (A word of commitment in it, and the lean is the headings' again.)
    expect(extractTargets('r', sections('全区要继续努力。'), null).map((t) => t.kind).at(-1)).toBe('target');
  });
  it('reads what a reporter learnt (记者从会上获悉，过去五年…) as a review', () => {
    const kinds = (text: string, year: number | null = null) => extractTargets('r', [{ id: 's0', parent: null, level: 1, number: null, title: '导语', paragraphs: [{ text, sources: ['f.txt'] }] }], year).map((t) => t.kind);
    expect(kinds('记者从会上获悉，过去五年，东石镇较好完成了各项任务。2020年，东石镇实现工业总产值365.74亿元，年均增长8.88%。今后五年，全镇将力争实现工业总产值500亿元。')).toEqual(['achievement', 'achievement', 'target']);
  });
  it('reads the year\'s estimate after a pause (预计，全市实现…) and a share of the year\'s target without 的 (占全年目标任务126.2%) as results, and publishes no 之间', () => {
    const rows = (text: string) => extractTargets('r', [{ id: 's0', parent: null, level: 1, number: null, title: '导语', paragraphs: [{ text, sources: ['f.txt'] }] }], 2022).map((t) => `${t.indicator} ${t.value}${t.unit} ${t.kind}`);
    expect(rows('预计，全市实现地区生产总值672.86亿元，增长6.2%；规上工业增加值31亿元，增长3.0%。今年，全市力争地区生产总值增长6%。')).toEqual(['全市地区生产总值 672.86亿元 achievement', '全市地区生产总值 6.2% achievement', '规上工业增加值 31亿元 achievement', '规上工业增加值 3% achievement', '全市地区生产总值 6% target']);
    expect(rows('固定资产投资完成28.03亿元，同比增长36.6%，占全年目标任务126.2%。今年，全市力争地区生产总值增长6%。').slice(0, 3)).toEqual(['固定资产投资 28.03亿元 achievement', '固定资产投资 36.6% achievement', '固定资产投资占全年目标任务比重 126.2% achievement']);
    expect(rows('常住人口超过50万人的有1个，在30万人至50万人之间的有2个。').map((r) => r.split(' ')[0])).not.toContain('之间');
  });
  it('reads this year\'s months gone by (今年1至3月，…实现) after a news dateline, and a target met (实现了…奋斗目标), as results', () => {
    const kinds = (text: string, title = '导语') => extractTargets('r', [{ id: 's0', parent: null, level: 1, number: null, title, paragraphs: [{ text, sources: ['f.txt'] }] }], 2013).map((t) => t.kind);
    expect(kinds('德州新闻网讯（记者杨德林）今年1至3月，德州市实现地方财政收入30.1亿元，可比增长28.6%。其中税收收入21.8亿元，增长25%。')).toEqual(['achievement', 'achievement', 'achievement', 'achievement']);
    expect(kinds('全年财政收入实现1.4504亿元，比上年增加2503万元，实现了收支平衡的奋斗目标。')).toEqual(['achievement', 'achievement']);
    // (This year as a whole is still a commitment.)
    expect(kinds('今年，全市地方财政收入增长8%。')).toEqual(['target']);
  });
  it('splits a change glued to the next measure (增长6.3%第三产业增加值…), not a share glued to its noun (完成80%工程量)', () => {
    const rows = (text: string) => extractTargets('r', section(text, '2022年工作回顾'), 2023).map((t) => `${t.indicator} ${t.value}${t.unit} ${t.comparator}`);
    expect(rows('第二产业增加值132.5亿元，增长6.3%第三产业增加值112亿元，增长5.8%工业增加值87.6亿元增长5.5%固定资产投资增长15.2%')).toEqual([
      '第二产业增加值 132.5亿元 eq', '第二产业增加值 6.3% growth', '第三产业增加值 112亿元 eq', '第三产业增加值 5.8% growth',
      '工业增加值 87.6亿元 eq', '工业增加值 5.5% growth', '固定资产投资 15.2% growth',
    ]);
    expect(rows('推进内涝整治工程，完成80%工程量。')).toEqual(['工程量 80% eq']);
  });
  it('names a measure without a year of account before it (2021年度政府性基金收入), a table unit left before it (单位：% 全年…), or where its change starts (由建市之初2003年的)', () => {
    const names = (text: string) => extractTargets('r', section(text, '2022年工作回顾'), 2023).map((t) => t.indicator);
    expect(names('2021年度政府性基金收入完成12242万元。')).toEqual(['政府性基金收入']);
    expect(names('单位：% 全年全县财政总收入222827万元。')).toEqual(['全县财政总收入']);
    expect(names('崇左市地区生产总值由建市之初2003年的104.22亿元增长到2018年的1016.49亿元。')).toEqual(['崇左市地区生产总值', '崇左市地区生产总值']);
  });
  it('names a measure without its own government before it (德州市地方财政收入 in 德州市\'s text, 本区生产总值), and keeps another\'s', () => {
    const names = (text: string, own: string[]) => extractTargets('r', section(text, '2022年工作回顾'), 2023, undefined, null, own).map((t) => t.indicator);
    expect(names('德州市地方财政收入30.1亿元。拉萨市城关区财政投入教育资金2.66亿元。', ['德州市'])).toEqual(['地方财政收入', '拉萨市城关区财政投入教育资金']);
    expect(names('拉萨市城关区财政投入教育资金2.66亿元。', ['拉萨市城关区', '城关区'])).toEqual(['财政投入教育资金']);
    // (Another government's figure says which: 佛冈县 in its city's report.)
    expect(names('佛冈县人均生产总值突破2万元。', ['清远市'])).toEqual(['佛冈县人均生产总值']);
    // (Words that go on from the name: 市区, not the city.)
    expect(names('韶关市区建成区面积81.83平方公里。', ['韶关市'])).toEqual(['韶关市区建成区面积']);
    expect(names('本区生产总值超过1800亿元。', [])).toEqual(['生产总值']);
  });
  it('names a change without the note on how it was counted after it (比上年增加908元（按户籍人口计算）), and without 其, 加上 or 近二年来 before it', () => {
    const names = (text: string) => extractTargets('r', section(text, '2022年工作回顾'), 2023).map((t) => t.indicator);
    expect(names('人均GDP17861元，比上年增加908元（按2015年户籍人口计算）。')).toEqual(['人均GDP', '人均GDP']);
    expect(names('一般公共预算支出完成4195万元，加上解上级支出7640万元。')).toEqual(['一般公共预算支出', '上解上级支出']);
    expect(names('近二年来交通建设投资近3000万元。预计完成进出口总额872亿元，其出口311.6亿元。')).toEqual(['交通建设投资', '进出口总额', '出口']);
  });
  it('reads a change to a year\'s figure (增长到2024年的23346元) as no deadline, what a colon introduces as opening there, and a place\'s founding (始建于1954年) as its profile', () => {
    const kinds = (text: string, year: number | null = null) => extractTargets('r', [{ id: 's0', parent: null, level: 1, number: null, title: '导语', paragraphs: [{ text, sources: ['f.txt'] }] }], year).map((t) => t.kind);
    expect(kinds('农村居民人均可支配收入从1978年的143.5元增长到2020年的23346元，年均增长11.7%。', 2025)).toEqual(['achievement', 'achievement', 'achievement']);
    expect(kinds('经济运行半年报表出炉，数据是最好的见证：2023年上半年，该镇完成规上工业产值16.35亿元。', 2023)).toEqual(['achievement']);
    expect(kinds('农场始建于1954年，农场面积22平方公里，有8个农业分场，居民8464人。')).toEqual(['achievement', 'achievement', 'achievement']);
  });
  it('reads a multiple or a rate after a base by the thing just stated (比1978年增24.9倍, 相当于上年3倍, 年均增速达10.1%)', () => {
    const rows = (text: string) => extractTargets('r', section(text, '2022年工作回顾'), 2023).map((t) => `${t.indicator} ${t.value}${t.unit} ${t.comparator}`);
    // 增 alone after a base of comparison is the thing's rise, 降 its fall.
    expect(rows('财政收入达12536万元，比1978年增24.9倍。粮食产量100万吨，比上年降5%。')).toEqual(['财政收入 12536万元 eq', '财政收入 24.9倍 growth', '粮食产量 100万吨 eq', '粮食产量 5% decline']);
    // A base said with 相当于 is no name: the multiple is of the thing before it.
    expect(rows('税收5亿元，相当于2010年的2倍。')).toEqual(['税收 5亿元 eq', '税收 2倍 eq']);
    // A yearly average rate, named alone, is the thing's growth — not the words of a rank before it.
    expect(rows('累计完成固定资产投资1118.85亿元，是“十二五”时期的1.2倍，年均增速达10.1%。')).toContain('固定资产投资 10.1% growth');
    expect(rows('电子商务年交易额达2500亿元，年均增速超过40%。')).toContain('电子商务年交易额 40% growth');
    expect(rows('地区生产总值增速12个季度位居渝东北第一，年均增速达8.8%。')).toContain('年均增速 8.8% growth');
  });
  it('reads a rate higher than the year before (增速同比高0.2个百分点) as the thing\'s rate growing, and the share after it as the thing\'s', () => {
    const rows = (text: string) => extractTargets('r', section(text, '2022年工作回顾'), 2023).map((t) => `${t.indicator} ${t.value}${t.unit} ${t.comparator}`);
    expect(rows('全县生产总值59.44亿元，增速同比高0.2个百分点，占全市生产总值11.7%。')).toEqual(['全县生产总值 59.44亿元 eq', '全县生产总值增速 0.2个百分点 growth', '全县生产总值占全市生产总值比重 11.7% eq']);
    expect(rows('共涉及项目210个。')).toEqual(['涉及项目 210个 eq']);
  });
  it('names what there is after the whole place without 有 or 共 (全乡有中小学, 全街共布设…), the proposal\'s words before a target, and no note after a number', () => {
    const rows = (text: string, title = '2022年工作回顾') => extractTargets('r', section(text, title), 2023).map((t) => `${t.indicator}|${t.action ?? ''}`);
    expect(rows('全乡有中小学28所。全县有林地面积10万亩。全街共布设监控探头6个。修建村级水泥路总里程达59公里。')).toEqual(['全乡中小学|', '全县有林地面积|', '全街监控探头|布设', '村级水泥路总里程|修建']);
    expect(rows('主要预期目标建议为地区生产总值增长8.5%。', '2023年工作安排')).toEqual(['地区生产总值|']);
    // (比上年减收: a base and a change alone are the thing's change; （下称“预算”）: a short name given below is no name.)
    expect(rows('全区财政总收入完成392,026万元，为调整预算的101.8%（下称“预算”），比上年减收13,870万元。')).toEqual(['全区财政总收入|', '全区财政总收入|']);
  });
  it('names a share said inline as a share (…占规模以上工业总产值的70.5% → …比重), and a rate picking up (增速较一季度回升) as the thing\'s rate growing', () => {
    const rows = (text: string) => extractTargets('r', section(text, '2022年工作回顾'), 2023).map((t) => `${t.indicator} ${t.value}${t.unit} ${t.comparator}`);
    expect(rows('高新技术产业产值占规模以上工业总产值的70.5%；第三产业增加值占GDP的45%；替代品占有率达84%。')).toEqual(['高新技术产业产值占规模以上工业总产值比重 70.5% eq', '第三产业增加值占GDP比重 45% eq', '替代品占有率 84% eq']);
    expect(rows('上半年，制造业增长3.4%，增速较一季度回升14.1个百分点。')).toEqual(['制造业 3.4% growth', '制造业增速 14.1个百分点 growth']);
  });
  it('names a measure without the year its figure stood at, 该镇, and keeps a total line (人均生产总值1978年仅为217元, 支出合计)', () => {
    const names = (text: string) => extractTargets('r', section(text, '2022年工作回顾'), 2023).map((t) => t.indicator);
    expect(names('人均生产总值1978年仅为217元，2023年达到58733元。')).toEqual(['人均生产总值', '人均生产总值']);
    // (A year after 比 is a base, which goes with it.)
    expect(names('有效发明专利比2020年增长58.1%。')).toEqual(['有效发明专利']);
    expect(names('该镇完成规上工业产值16.35亿元。')).toEqual(['规上工业产值']);
    expect(names('支出合计710471万元。')).toEqual(['支出合计']);
  });
  it('reads a place in a list named just before it as a rank, without 第 or the list\'s year (位列全国2024镇域经济500强榜单168位)', () => {
    const rows = (text: string) => extractTargets('r', section(text, '2022年工作回顾'), 2023).map((t) => `${t.indicator} ${t.value}${t.unit}`);
    expect(rows('地区生产总值133.8亿元，位列全国2024镇域经济500强榜单168位。')).toEqual(['地区生产总值 133.8亿元', '全国镇域经济500强排名 168位']);
    expect(rows('地区生产总值133.8亿元，位列全国2024镇域经济500强榜单第168位。')).toEqual(['地区生产总值 133.8亿元', '全国镇域经济500强排名 168位']);
  });
  it('names a measure after the whole place that commits to it without the commitment (全县将力争财政收入 → 全县财政收入)', () => {
    const names = (text: string) => extractTargets('r', section(text, '2022年工作安排'), 2022).map((t) => t.indicator);
    expect(names('全县将力争财政收入增长6%。全街道要确保粮食产量稳定在10万吨以上。')).toEqual(['全县财政收入', '全街道粮食产量']);
  });
  it('reads a part on how the half year\'s work went (一、上半年工作情况) as a review, and one whose title says what was stepped up (…力度加大)', () => {
    const part = (title: string) => extractTargets('r', [{ id: 's1', parent: null, level: 1, number: '一、', title, paragraphs: [{ text: '新建学校3所。', sources: ['f.txt'] }] }], 2020).map((t) => t.kind);
    expect(part('上半年工作情况')).toEqual(['achievement']);
    expect(part('下半年工作计划')).toEqual(['target']);
    const kinds = (title: string) => extractTargets('r', [{ id: 's0-0-1', parent: null, level: 3, number: null, title: '2014年工作回顾', paragraphs: [{ text: '2014年，全区经济平稳发展。', sources: ['f.txt'] }] }, { id: 's1', parent: null, level: 1, number: '一、', title, paragraphs: [{ text: '申请专利822件。', sources: ['f.txt'] }] }], 2015).map((t) => t.kind);
    expect(kinds('经济转型、质量提升力度加大')).toEqual(['achievement']);
    expect(kinds('加大经济转型力度')).toEqual(['target']);
  });
  it('reads topics that stand at the top, their part numbers lost, as the part they go on — a review until a plan opens', () => {
    const topic = (id: string, title: string, ...texts: string[]): Section => ({ id, parent: null, level: 3, number: null, title, paragraphs: texts.map((text) => ({ text, sources: ['f.txt'] })) });
    const t = extractTargets('r', [
      topic('s0-0-1', '一年接着一年干，建设持续取得新进展', '2025年是“十四五”收官之年。一年来，我们坚持稳中求进。全省地区生产总值增长5%。'),
      topic('s0-0-2', '先进制造业骨干作用增强', '新建智能工厂9家，规上工业增加值增长6.1%。'),
      topic('s0-0-3', '一张蓝图绘到底', '“十五五”时期是基本实现现代化的关键时期。全省地区生产总值年均增长5%左右。'),
      topic('s0-0-4', '壮大实体经济', '新建智能工厂20家。'),
    ], 2026);
    expect(t.map((x) => [x.section, x.kind])).toEqual([
      ['s0-0-1', 'achievement'],
      ['s0-0-2', 'achievement'],
      ['s0-0-2', 'achievement'],
      ['s0-0-3', 'target'],
      ['s0-0-4', 'target'],
    ]);
    // A section whose number survived stands at the top too, and goes on in the review; a title naming the review first
    // and the plan after it opens with the review; a topic whose first paragraph names the coming year ends it.
    const numbered: Section = { ...topic('s0-3', '改革开放持续深化', '新签外资项目45个。'), level: 2, number: '（三）' };
    const u = extractTargets('r', [
      topic('s0-0-1', '去年工作回顾和今年工作的总体要求', '2002年，在市委领导下，全市上下共同努力。'),
      topic('s0-0-2', '全市经济运行情况良好', '全市国内生产总值完成236亿元。'),
      numbered,
      topic('s0-0-4', '坚持走工业强市的道路', '今年和今后一段时期，必须坚持走工业强市的道路。'),
      topic('s0-0-5', '工业强市', '经济带规划总面积203平方公里。'),
    ], 2003);
    expect(u.map((x) => [x.section, x.kind])).toEqual([
      ['s0-0-2', 'achievement'],
      ['s0-3', 'achievement'],
      ['s0-0-5', 'target'],
    ]);
  });
  it('ties a target to its deadline', () => {
    const t = extractTargets('r', section('到2025年，全市森林覆盖率达到62%以上；“十四五”末实现人均体育场地26平方米。'), 2023);
    expect(t.map((x) => x.deadline)).toEqual([2025, 2025]);
  });
  it('quotes an exact substring of the paragraph and numbers rows per section', () => {
    const secs = section('力争普惠小微贷款余额增长15%，新增养老床位1000张以上。');
    const t = extractTargets('r', secs, 2023);
    for (const x of t) expect(secs[0].paragraphs[0].text).toContain(x.quote);
    expect(t.map((x) => x.id)).toEqual(['t-s2-1-1', 't-s2-1-2']);
    expect(t.map((x) => x.theme)).toEqual(['economy', 'health']);
  });
  it('reads a heading that states a quantity as the sentence it is, its rows numbered apart and quoting the heading', () => {
    const secs = section('规模以上工业总产值5831亿元，增长10%。', '完成全社会固定资产投资650亿元，增长19.2%', 's1-1-0-1', '2016年工作回顾');
    const t = extractTargets('r', secs, 2017);
    expect(t.map((x) => [x.id, x.indicator, x.value, x.comparator, x.kind, x.inTitle])).toEqual([
      ['t-s1-1-0-1-h1', '全社会固定资产投资', 650, 'eq', 'achievement', true],
      ['t-s1-1-0-1-h2', '全社会固定资产投资', 19.2, 'growth', 'achievement', true],
      ['t-s1-1-0-1-1', '规模以上工业总产值', 5831, 'eq', 'achievement', false],
      ['t-s1-1-0-1-2', '规模以上工业总产值', 10, 'growth', 'achievement', false],
    ]);
    for (const x of t) expect(x.inTitle ? secs[1]!.title : secs[1]!.paragraphs[0]!.text).toContain(x.quote);
    // (A glossary's entry is titled by the term it explains: a name, whatever number it holds.)
    expect(extractTargets('r', [{ id: 'notes-1', parent: null, level: 2, number: '1', title: '安全生产18项整治行动', paragraphs: [{ text: '指全区开展的专项整治。', sources: ['f.txt'] }] }], 2017)).toEqual([]);
    // (The paragraphs' rows keep the ids they had without the heading's: a heading without a quantity reads nothing.)
    expect(extractTargets('r', section('规模以上工业总产值5831亿元，增长10%。', '工业经济稳中有进', 's1-1-0-1', '2016年工作回顾'), 2017).map((x) => x.id)).toEqual(['t-s1-1-0-1-1', 't-s1-1-0-1-2']);
  });
});
