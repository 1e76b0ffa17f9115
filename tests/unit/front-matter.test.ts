/**
 * The front-matter grammar (src/pipeline/front-matter.ts) and what metadata.ts makes of it, on the forms reports of
 * many publishers use: delivery line, session, office and name in any order, on one line or several, in Arabic or
 * Chinese numerals. Each case is written here from the grammar, not copied from one file.
 */
import { describe, expect, it } from 'vitest';
import { dateMentions, sessionMentions, speakerMentions, toDate } from '../../src/pipeline/front-matter.ts';
import { findDelivery, findSpeaker, inferMeta } from '../../src/pipeline/metadata.ts';
import { normalize } from '../../src/pipeline/normalize.ts';

/** Metadata of a text as the pipeline reads it: normalized, then inferred. */
function meta(text: string) {
  const n = normalize(text, 'x.txt');
  return inferMeta(n.paragraphs.join('\n'), n.hints, []);
}
const BODY = '各位代表：\n现在，我代表市人民政府向大会报告工作，请予审议。\n一、2023年工作回顾\n过去一年，全市经济稳定增长。\n二、2024年工作安排\n今年全市地区生产总值增长6%左右。';

describe('dates', () => {
  it('reads Chinese numerals, with 〇, ○ or the letter O for zero', () => {
    expect(toDate('二O二O', '一', '十五')).toBe('2020-01-15');
    expect(toDate('二〇二六', '一', '二十七')).toBe('2026-01-27');
    expect(toDate('二○一九', '三', '五')).toBe('2019-03-05');
    expect(dateMentions('——二O二O年一月十五日在…').map((d) => d.date)).toEqual(['2020-01-15']);
  });
  it('refuses what is not a date', () => {
    expect(toDate('2024', '13', '1')).toBeNull();
    expect(toDate('2024', '2', '32')).toBeNull();
  });
});

describe('sessions', () => {
  it('reads sessions with or without 第, and the national congress in full or abbreviated', () => {
    expect(sessionMentions('在甘肃省十四届人民代表大会第四次会议上', false)[0]).toMatchObject({ written: '甘肃省', session: '十四届人民代表大会第四次会议', delivery: true });
    expect(sessionMentions('在十三届全国人大三次会议上', false)[0]).toMatchObject({ written: '', session: '十三届全国人大三次会议', delivery: true });
    expect(sessionMentions('——2021年3月5日在第十三届全国人民代表大会第四次会议上', true)[0]).toMatchObject({ written: '', session: '第十三届全国人民代表大会第四次会议' });
    expect(sessionMentions('在韶关市第十四届 人民代表大会第四次会议上', false)[0]).toMatchObject({ written: '韶关市', session: '第十四届人民代表大会第四次会议' });
    // (What a news item says of the session before 的 is no part of the place.)
    expect(sessionMentions('昨日召开的鼓楼区十七届人大三次会议', true)[0]).toMatchObject({ written: '鼓楼区', session: '十七届人大三次会议' });
    // (A date written right before the place: its 日 is the date's; 在 before the date is the session's.)
    expect(sessionMentions('——2014年2月18日县第十五届人民代表大会第三次会议', true)[0]).toMatchObject({ written: '县' });
    expect(sessionMentions('政府工作报告——在2025年12月29日三明市沙县区第十八届人民代表大会第六次会议上', false)[0]).toMatchObject({ written: '三明市沙县区', canonical: true });
    expect(sessionMentions('二〇一四年二月十八日在日照市第十八届人民代表大会第三次会议上', false)[0]).toMatchObject({ written: '日照市' });
  });
  it('reads a news item\'s session, opening as it says, as the delivery: its place and its session', () => {
    const m = meta('3月6日，上饶县第十六届人民代表大会第四次会议第一次全体会议在县机关大礼堂隆重召开。县长向大会作政府工作报告。');
    expect(m.place?.name).toBe('上饶县');
    expect(m.session).toBe('上饶县第十六届人民代表大会第四次会议');
    // (Not one held before, said of the plan it set: 去年召开的…会议, …会议以来.)
    expect(sessionMentions('去年召开的县十六届人大三次会议确定的目标全面完成', false).filter((x) => x.delivery)).toEqual([]);
  });
  it('does not take an earlier session the body mentions for the delivery', () => {
    expect(sessionMentions('市十六届人大一次会议确定的目标任务全面完成', false).filter((m) => m.delivery)).toEqual([]);
    expect(sessionMentions('市十六届人大一次会议确定的目标', true).filter((m) => m.delivery)).toEqual([]);
    expect(findDelivery(['区七届人大一次会议以来的五年'])).toBeNull();
  });
});

describe('speakers', () => {
  const speaker = (lines: string[]) => findSpeaker(lines, '')?.speaker ?? null;
  it('reads an office next to a name, whatever stands before the office', () => {
    expect(speaker(['顺平县人民政府县长 岳文民'])).toEqual({ name: '岳文民', office: '县长' });
    expect(speaker(['陕西省省长 赵刚'])).toEqual({ name: '赵刚', office: '省长' });
    expect(speaker(['国务院总理 李强'])).toEqual({ name: '李强', office: '国务院总理' });
    expect(speaker(['市长  马  军'])).toEqual({ name: '马军', office: '市长' });
  });
  it('reads the office on one line and the name on the next', () => {
    expect(speaker(['国务院总理', '李克强'])).toEqual({ name: '李克强', office: '国务院总理' });
    expect(speaker(['清远市代市长', '陈家记'])).toEqual({ name: '陈家记', office: '代市长' });
  });
  it('reads the name before the office, on the delivery line', () => {
    expect(speaker(['郑振涛代市长2007年1月23日在韶关市第十二届人民代表大会第一次会议上作的政府工作报告'])).toEqual({ name: '郑振涛', office: '代市长' });
  });
  it('reads an office\'s word inside place names (关于梧州市长洲区2021年…, 湖南省长沙市) as no office: 洲区 and 沙市 are no speakers', () => {
    expect(speaker(['关于梧州市长洲区2021年预算执行情况和2022年预算（草案）的报告'])).toBeNull();
    expect(speaker(['湖南省长沙市2021年国民经济和社会发展统计公报'])).toBeNull();
  });
  it('names no speaker for a report read on an office-holder’s behalf, nor for words of four characters', () => {
    expect(speaker(['受市长李鸿忠委托'])).toBeNull();
    expect(speaker(['副市长 王五'])).toBeNull();
    expect(speaker(['工作报告'])).toBeNull();
    expect(speakerMentions('市长 各位代表')).toEqual([]);
  });
});

describe('front matter read from the text', () => {
  it('reads a parenthesised delivery line and the office after it', () => {
    const m = meta(`政府工作报告\n（2024年1月10日在河南省第十四届人民代表大会第二次会议上）\n省长 李炳军\n${BODY.replace('市人民政府', '省人民政府').replaceAll('全市', '全省')}`);
    expect(m.delivered).toBe('2024-01-10');
    expect(m.session).toBe('河南省第十四届人民代表大会第二次会议');
    expect(m.speaker).toEqual({ name: '李炳军', office: '省长' });
    expect(m.place?.name).toBe('河南省');
  });
  it('reads the speaker written on the delivery line itself', () => {
    const m = meta(`——2024年1月26日在陕西省第十四届人民代表大会第二次会议上 陕西省省长 赵刚\n${BODY.replace('市人民政府', '省人民政府')}`);
    expect(m.speaker).toEqual({ name: '赵刚', office: '省长' });
    expect(m.place?.name).toBe('陕西省');
  });
  it('reads front matter run together with the first paragraph on one line', () => {
    const m = meta(`政府工作报告——2020年1月15日在甘肃省十三届人民代表大会第三次会议上 省长 唐仁健 各位代表：现在，我代表省人民政府，向大会报告工作，请予审议。\n一、2019年工作回顾\n过去一年，全省经济稳定增长。`);
    expect(m.delivered).toBe('2020-01-15');
    expect(m.session).toBe('甘肃省十三届人民代表大会第三次会议');
    expect(m.speaker).toEqual({ name: '唐仁健', office: '省长' });
    expect(m.year).toBe(2020);
  });
  it('reads the national report: 国务院, no parents, its congress and its premier', () => {
    const m = meta(`政府工作报告\n——2024年3月5日在第十四届全国人民代表大会第二次会议上\n国务院总理 李强\n各位代表：\n现在，我代表国务院，向大会报告政府工作，请予审议。\n一、2023年工作回顾\n过去一年，我国经济回升向好。`);
    expect(m.place).toMatchObject({ name: '国务院', level: 'national', parents: [] });
    expect([m.city, m.province]).toEqual([null, null]);
    expect(m.session).toBe('第十四届全国人民代表大会第二次会议');
    expect(m.speaker).toEqual({ name: '李强', office: '国务院总理' });
  });
  it('reads a body run by an administrative committee as other, under its city, never as the city', () => {
    const text = `各位代表：\n现在，我代表坪山新区管委会向大会作工作报告，请予审议。\n一、2013年工作回顾\n2013年，在深圳市委市政府的正确领导下，坪山新区经济稳定增长。深圳东部中心建设加快，深圳坪山新区与深圳各区协同发展。\n二、2014年工作思路和重点\n坪山新区将继续推进深圳东部中心建设。`;
    const m = meta(text);
    expect(m.place).toMatchObject({ name: '坪山新区', level: 'other', code: null });
    expect(m.place?.parents.map((p) => p.name)).toEqual(['深圳市', '广东省']);
    expect(m.city).toBe('深圳市');
  });
  it('reads a zone reported on by its party working committee and administration (我代表高新区党工委、管委会), named with its rank (宁波国家高新区)', () => {
    const text = `同志们：\n现在，我代表高新区党工委、管委会，作关于2011年工作总结和2012年工作安排的报告。\n一、2011年工作总结\n2011年，在宁波市委、市政府的正确领导下，宁波国家高新区经济平稳增长。宁波国家高新区新引进企业120家，宁波市科技创新加快，宁波国家高新区研发投入增长20%，宁波市级平台建成。`;
    const m = meta(text);
    expect(m.place).toMatchObject({ name: '宁波国家高新区', level: 'other', code: null });
    expect(m.city).toBe('宁波市');
  });
  it('leaves the speaker null where the text names only who delegated the reading', () => {
    const m = meta(`——2008年1月20日在武汉市第十二届人民代表大会第二次会议上\n受市长李鸿忠委托\n${BODY}`);
    expect(m.speaker).toBeNull();
    expect(m.delivered).toBe('2008-01-20');
  });
});

describe('collector headers', () => {
  it('drops the fields of a crawler header from the text and the title, and logs a year that disagrees with the text', () => {
    const text = `标题：二O二O年政府工作报告\n年份：2018\n发文单位：某某县人民政府\n报告人：张三\n来源URL：http://example.org/a.html\n——2019年1月14日在武汉市第十四届人民代表大会第三次会议上\n${BODY}`;
    const n = normalize(text, 'x.txt');
    expect(n.paragraphs.join('\n')).not.toMatch(/标题|年份|发文单位|报告人/);
    expect(n.hints.collector).toMatchObject({ 标题: '二O二O年政府工作报告', 年份: '2018', 报告人: '张三' });
    const m = inferMeta(n.paragraphs.join('\n'), n.hints, []);
    expect(m.title).not.toMatch(/标题/);
    expect(m.year).toBe(2019);
    expect(m.notes.some((x) => x.includes('采集头写的年份是2018'))).toBe(true);
    expect(m.place?.name).toBe('武汉市');
  });
  it('drops an encyclopedia page\'s infobox the same way (•中文名：…, •档案类型：…)', () => {
    const n = normalize(`•中文名：2010年鹰潭市人民政府工作报告\n•档案类型：工作报告\n•发布年份：2010年\n${BODY}`, 'x.txt');
    expect(n.paragraphs.join('\n')).not.toMatch(/中文名|档案类型|发布年份/);
    expect(n.dropped.filter((d) => /collector header/.test(d.rule))).toHaveLength(3);
  });
  it('reads a news item\'s session from the government\'s name on, not the site or the verb before it', () => {
    expect(sessionMentions('上午8:30中国宁波网将直播宁波市十三届人大一次会议开幕式。', false)[0]?.written).toBe('宁波市');
    // (A government written under its parent keeps the parent.)
    expect(sessionMentions('在三明市沙县区第十八届人民代表大会第五次会议上', false)[0]?.written).toBe('三明市沙县区');
  });
  it('drops a page\'s stamp written day first (02.02.2023  03:21), its date kept only where day and month cannot be mistaken', () => {
    const n = normalize(`2023年，海南东方这样干！\n02.02.2023  03:21\n${BODY}`, 'x.txt');
    expect(n.paragraphs.join('\n')).not.toContain('02.02.2023');
    expect(n.hints.published).toBe('2023-02-02');
    expect(normalize(`25.01.2023 09:10\n${BODY}`, 'x.txt').hints.published).toBe('2023-01-25');
    expect(normalize(`03.04.2023 09:10\n${BODY}`, 'x.txt').hints.published).toBeUndefined();
  });
  it('reads an encyclopedia box set as a list: its name of the document the title, its other fields dropped (- 单位:, - 性质:)', () => {
    const n = normalize(`基本介绍\n- 中文名:北京市昌平区2007年政府工作报告\n- 单位:北京市昌平区\n- 性质:工作报告\n${BODY.replace('市人民政府', '区人民政府')}`, 'x.txt');
    expect(n.paragraphs.join('\n')).not.toMatch(/单位|性质/);
    const m = inferMeta(n.paragraphs.join('\n'), n.hints, []);
    expect(m.title).toBe('北京市昌平区2007年政府工作报告');
    expect(m.place?.name).toBe('昌平区');
    // (A report's own list of fields is kept: a dash there is no box.)
    expect(normalize(`${BODY}\n- 主要目标：地区生产总值增长6%左右`, 'x.txt').paragraphs.join('\n')).toContain('主要目标');
  });
  it('drops a government site\'s disclosure box (• 发文字号: alone, 信息索引号: …) and the prompt that folds it away', () => {
    const page = `政府信息公开\n  • 信息索引号:\n    330782000000/2011-205453\n  • 发布机构:\n  • 发文字号:\n二〇〇三年政府工作报告\n点击关闭详细目录信息\n${BODY}`;
    const n = normalize(page, 'x.txt');
    expect(n.paragraphs.join('\n')).not.toMatch(/信息索引号|发布机构|发文字号|点击关闭/);
    expect(inferMeta(n.paragraphs.join('\n'), n.hints, []).title).not.toMatch(/[•：:]/);
  });
  it('drops a disclosure page\'s fields written in a line each (发布机构:, 名称: … 文号:, 发布部门:, 有效性:), and never takes one, or a menu item, for the headline', () => {
    const page = `• 无障碍浏览\n  • 长辈版|\n索引号: 1134/202012-00140 组配分类: 年度重点工作\n发布机构: 宣城市人民政府(办公室) 主题分类: 综合政务\n名称: 2020年1-11月份宣城市重点工作完成情况 文号:\n发布日期: 2020-12-24\n2020年1-11月份宣城市重点工作完成情况\n发布时间:2020-12-24 09:12 来源:宣城市人民政府(办公室) 浏览次数:\n1-11月份，各地、各部门紧盯年度目标任务。`;
    const n = normalize(page, 'x.txt');
    expect(n.paragraphs.join('\n')).not.toMatch(/发布机构|名称|文号|长辈版/);
    expect(n.hints.headline).toBe('2020年1-11月份宣城市重点工作完成情况');
    const policy = normalize('盐城市人民政府关于2009年度就业工作目标完成情况的通报\n发布部门:信息补充中\n发布时间:2010年06月24日\n有效性:政策是否有效未知,请慎用\n各县人民政府：2009年，各地积极推进就业工作。', 'x.txt');
    expect(policy.hints.headline).toBe('盐城市人民政府关于2009年度就业工作目标完成情况的通报');
    expect(policy.paragraphs.join('\n')).not.toMatch(/发布部门|有效性/);
  });
  it('reads a summary headlined by its year as of that year, whatever it plans after (2021年…工作总结 above 发布时间)', () => {
    const n = normalize('2021年辰溪县农业农村经济工作总结\n发布时间:2021-12-27 14:57 信息来源:辰溪县农业农村局\n年初以来，我局有力推进农业农村经济建设。\n一、2021年主要工作\n预计全县农业总产值39.17亿元，增长6.76%。\n二、2022年工作重点\n力争农业总产值增长5%。', 'x.txt');
    expect(inferMeta(n.paragraphs.join('\n'), n.hints, []).year).toBe(2021);
  });
  it('drops a map widget\'s prompts (…卫星地图载入中，请您稍候..., 请点击下方地名展开)', () => {
    const n = normalize('铺子湾镇卫星地图载入中，请您稍候...\n请点击下方地名展开\n铺子湾简介：铺子湾镇在威远县城西北部，幅员32.25平方公里。', 'x.txt');
    expect(n.paragraphs).toEqual(['铺子湾简介：铺子湾镇在威远县城西北部，幅员32.25平方公里。']);
  });
  it('drops a page\'s counters and font-size labels left without their values (访问次数：, 字体大小：)', () => {
    const n = normalize(`二〇〇三年政府工作报告\n发布时间:2007-09-29 15:30\n访问次数:\n字体大小:\n${BODY}`, 'x.txt');
    expect(n.paragraphs.join('\n')).not.toMatch(/访问次数|字体大小/);
    expect(n.dropped.map((d) => d.text)).toEqual(expect.arrayContaining(['访问次数:', '字体大小:']));
  });
});

describe('a statistical bulletin\'s year', () => {
  it('is the year its title names, not the date it was issued under it', () => {
    expect(meta('舟山市2005年国民经济和社会发展统计公报\n舟山市统计局\n二○○六年二月十五日\n2005年，全市经济平稳发展。\n一、综合\n初步核算，全市生产总值达到2005亿元。').year).toBe(2005);
    expect(meta('2016年国民经济和社会发展统计公报[1]\n长顺县统计局\n2017年5月20日\n2016年，面临复杂严峻的经济形势。\n一、综合\n全年完成地区生产总值56亿元。')).toMatchObject({ year: 2016, kind: '统计公报' });
  });
  it('is the year a bulletin cut short after its first two parts reports (一、综合 二、农业)', () => {
    expect(meta('2020年是极不平凡的一年。\n一、综合\n全年完成地区生产总值189亿元。\n二、农业\n全年粮食产量32万吨。')).toMatchObject({ year: 2020, kind: '统计公报' });
  });
});

describe('a copy that masks its years', () => {
  it('takes no year from the date a site posted it (20xx年1月24日在长兴县…)', () => {
    const m = meta(`政府工作报告\n时间:2024.5.14\n20xx年1月24日在长兴县第十四届人民代表大会第二次会议上\n${BODY.replace('2023年工作回顾', '20xx年政府工作回顾').replace('2024年工作安排', '20xx年工作安排')}`);
    expect(m.year).toBeNull();
  });
});

describe('titles of a web page split in pages', () => {
  it('reads a title with its page number (（3）) as the title, and a government written after its parent as the one it names', () => {
    const m = meta(`衢州市常山县2007年国民经济和社会发展统计公报（3）\n六、对外经济\n2007年外贸进出口总额8059万美元，比上年增长40.6%。`);
    expect(m.place).toMatchObject({ name: '常山县', level: 'county' });
    expect(m.kind).toBe('统计公报');
    expect(m.year).toBe(2007);
  });
  it('takes the year the review settles over a page title years later (a page that collects reports, titled by its own year)', () => {
    const m = meta(`2017年奉节政府工作报告(3)\n各位代表：\n现在，我代表奉节县人民政府，向大会作政府工作报告。\n2009年工作回顾\n2009年，是奉节在困境中克难奋进的一年。全县地区生产总值85.6亿元，增长15.1%。`);
    expect(m.year).toBe(2010);
    expect(m.notes.join('')).toMatch(/页首所写的年份晚于原文回顾的2009年/);
    // A title one year after the review is the report's own.
    expect(meta(`2010年奉节县政府工作报告\n各位代表：\n2009年工作回顾\n2009年，是奉节在困境中克难奋进的一年。`).year).toBe(2010);
  });
});

describe('front matter below a page\'s own headings', () => {
  const page = `2010年鹰潭市人民政府工作报告\n2010年鹰潭市人民政府工作报告，发布年份是2010年，发文单位是鹰潭市人民政府。\n基本概况\n2010年1月18日在鹰潭市第七届人民代表大会第六次会议上\n市长 钟志生\n会议内容\n${BODY}`;
  it('takes the delivery line and the speaker standing above the greeting as front matter, not as headings', () => {
    const n = normalize(page, 'x.txt');
    expect(n.hints.frontMatter).toEqual(expect.arrayContaining(['2010年1月18日在鹰潭市第七届人民代表大会第六次会议上', '市长钟志生']));
    expect(n.paragraphs.join('\n')).not.toMatch(/会议上|钟志生/);
    // The page's own headings stay where they stand: only what the grammar of front matter names is taken.
    expect(n.paragraphs).toEqual(expect.arrayContaining(['基本概况', '会议内容']));
    const m = inferMeta(n.paragraphs.join('\n'), n.hints, []);
    expect(m.delivered).toBe('2010-01-18');
    expect(m.speaker).toMatchObject({ name: '钟志生', office: '市长' });
  });
  it('leaves a delivery line alone once the front matter at the top has one, and one far above the greeting', () => {
    const twice = normalize(`——2010年1月18日在鹰潭市第七届人民代表大会第六次会议上\n市长 钟志生\n本报告摘要如下。\n2009年12月1日在鹰潭市第七届人民代表大会第五次会议上\n${BODY}`, 'x.txt');
    expect(twice.paragraphs.join('\n')).toMatch(/2009年12月1日在鹰潭市/);
    const far = normalize(`本页介绍这份报告。\n2010年1月18日在鹰潭市第七届人民代表大会第六次会议上\n${'一段介绍。\n'.repeat(9)}${BODY}`, 'x.txt');
    expect(far.hints.frontMatter).toEqual([]);
  });
  it('takes no page heading above the delivery line for the speaker (前言), nor a category tag in brackets for the headline', () => {
    const m = meta(`（安徽省）2025年马鞍山市和县人民政府政府工作报告\n[可行性研究报告 - 政府工作报告]\n发表于:2025-07-01 13:42:02\n前言\n政府工作报告\n——2024年12月24日在和县第十八届人民代表大会第五次会议上\n和县人民政府县长？？刘凌晨\n${BODY.replace('市人民政府', '县人民政府')}`);
    expect(m.speaker).toBeNull();
    expect(m.title).not.toMatch(/可行性研究报告/);
    expect(m.delivered).toBe('2024-12-24');
  });
  it('reads the government from a deputy head who read the report (静宁县常务副县长杨晓勇), though no speaker of record', () => {
    const m = meta(`2011年县政府工作报告\n• 格式:doc\n——2011年1月13日在县第十五届人民代表大会第五次会议上\n静宁县常务副县长杨晓勇\n${BODY.replace('市人民政府', '县人民政府')}`);
    expect(m.place?.name).toBe('静宁县');
    expect(m.speaker).toBeNull();
  });
});

describe('the State Council in the body', () => {
  it('never makes a report national by counting 国务院 in its body', () => {
    const m = meta(`一、2023年工作回顾\n${'全面落实党中央、国务院决策部署，国务院督查激励表扬。'.repeat(6)}\n二、2024年工作安排\n全市地区生产总值增长6%左右。`);
    expect(m.place?.level).not.toBe('national');
  });
});

describe('counties and banners', () => {
  it('reads a county from its delivery line and its county head', () => {
    const m = meta(`——2020年1月15日在顺平县第十七届人民代表大会第四次会议上\n顺平县人民政府县长 岳文民\n${BODY.replace('市人民政府', '县人民政府').replaceAll('全市', '全县')}`);
    expect(m.place).toMatchObject({ name: '顺平县', level: 'county' });
    expect(m.place?.parents.map((p) => p.name)).toEqual(['保定市', '河北省']);
    expect(m.speaker).toEqual({ name: '岳文民', office: '县长' });
  });
  it('reads a banner by its own name', () => {
    const m = meta(`——二〇一九年一月十日在鄂温克族自治旗第十七届人民代表大会第三次会议上\n旗长 张三\n${BODY.replace('市人民政府', '旗人民政府').replaceAll('全市', '全旗')}`);
    expect(m.place).toMatchObject({ name: '鄂温克族自治旗', level: 'banner' });
    expect(m.delivered).toBe('2019-01-10');
  });
  it('reads a headerless county report from its level words and the name its body uses', () => {
    const body = `各位代表：\n现在，我代表县人民政府向大会报告工作，请予审议。\n一、2023年工作回顾\n${'过去一年，顺平经济稳中向好，顺平县城面貌一新。'.repeat(4)}保定市支持顺平发展。\n二、2024年工作安排\n全县地区生产总值增长6%左右。`;
    expect(meta(body).place).toMatchObject({ name: '顺平县', level: 'county' });
  });
});

describe('a shared document\'s page, and a year between the place and the document', () => {
  it('drops a document-sharing site\'s file card and takes the file\'s name, at the head, as the title', () => {
    const text = '分享\n庄桥街道2021年上半年工作总结和下半年工作思路.docx\n下载文档\nID:2233249\n大小:17.12KB\n页数:11页\n格式:DOCX\n时间:2023-05-02\n2021年上半年，街道完成固定资产投资5亿元，同比增长8%。';
    const n = normalize(text, 'x.txt');
    expect(n.hints.headline).toBe('庄桥街道2021年上半年工作总结和下半年工作思路');
    expect(n.paragraphs.join('\n')).not.toMatch(/大小|页数|格式|DOCX/u);
  });
  it('drops a file card on one line, the page images named by the file and the tool bar', () => {
    const text = '民族乡工作进展情况汇报\n上传人:郭** 文档编号:115925746 上传时间:2019-11-15 格式:DOC 页数:13 大小:61.80KB\n返回 下载 相关 举报\n民族乡工作进展情况汇报_第1页\n第1页 / 共13页\n民族乡工作进展情况汇报_第2页\n我乡地处宁化西南部，乡域面积178平方公里，现辖12个行政村。';
    const body = normalize(text, 'x.txt').paragraphs.join('\n');
    expect(body).not.toMatch(/文档编号|举报|_第\d页/u);
    expect(body).toContain('乡域面积178平方公里');
    // (The name right above the card is the document's title.)
    expect(normalize(text, 'x.txt').hints.headline).toBe('民族乡工作进展情况汇报');
  });
  it('drops a page\'s comment box, its counters no figure of the text, and reads a title that says a year\'s tasks were done as a summary', () => {
    const text = '全市民政工作圆满完成2016年目标任务\n\n2016年，市民政局扎实工作，圆满完成了全年目标任务。全年累计医疗救助69万人次。\n评论一下\n评论 0人参与,0条评论\n还没有评论,快来抢沙发吧!\n最新评论';
    const n = normalize(text, 'x.txt');
    expect(n.paragraphs.join('\n')).not.toMatch(/评论/u);
    expect(n.paragraphs.join('\n')).toContain('医疗救助69万人次');
    expect(meta(text).kind).toBe('工作总结');
    const bar = normalize('网友供稿 分享 时间: 加入收藏 共计3269个字,预计阅读时长11分钟。\n共1个回答\n全县完成投资5亿元。\n频道推荐\n共有0条评论', 'x.txt').paragraphs.join('\n');
    expect(bar).not.toMatch(/阅读时长|条评论|个回答/u);
    expect(bar).toContain('完成投资5亿元');
  });
  it('leaves an attachment\'s file name in the body where it stands', () => {
    const text = `${BODY}\n附件：\n${'今年全市地区生产总值增长6%左右。\n'.repeat(6)}1．附件：工作报告有关名词解释.docx`;
    const n = normalize(text, 'x.txt');
    expect(n.hints.headline).toBeUndefined();
    expect(n.paragraphs.join('\n')).toContain('名词解释.docx');
  });
  it('reads 合肥市 2006 政府工作报告 as 合肥市\'s report of 2006, not of the year the page was posted', () => {
    const m = meta('合肥市 2006 政府工作报告 \n来源:合肥市政府 更新时间:2012-04-14\n各位代表：\n现在，我代表市人民政府，向大会作政府工作报告。\n一、“十五”期间回顾和2005年的政府工作\n地区生产总值年均增长16.5%。');
    expect([m.place?.name, m.year]).toEqual(['合肥市', 2006]);
  });
  it('reads a year\'s summary titled without 工作, a draft\'s mark after it, as of that year', () => {
    const m = meta('东阳镇2010年度总结(终).doc\n一、2010年工作回顾\n全年完成财政收入1.2亿元，增长10%。\n二、2011年工作计划\n2011年，全镇力争财政收入增长12%。');
    expect(m.year).toBe(2010);
  });
});

describe('a work summary titled without its year', () => {
  it('is a summary, whose sentences say what was done', () => {
    const m = meta('经信科技工作总结\n\n2020年，我县科技工作较好地完成了全年的各项工作。\n（一）持续跟进政策激励工作。\n全年共申报9家高新技术企业。');
    expect(m.kind).toBe('工作总结');
  });
});

describe('a bulletin\'s title cut short, and a parent by a short form', () => {
  it('reads …国民经济和社会发展统计公 (its last character cut by the page) as a bulletin\'s title', () => {
    const m = meta('太原市尖草坪区2006年国民经济和社会发展统计公\n2006年是“十一五”规划的开局之年，全区生产总值完成65亿元，增长12%。');
    expect([m.place?.name, m.year, m.kind]).toEqual(['尖草坪区', 2006, '统计公报']);
  });
  it('reads 湘西州泸溪县 as 泸溪县, and 襄樊市老河口市 as 老河口市', () => {
    expect(meta('湘西州泸溪县2011年国民经济和社会发展统计公报\n全县生产总值完成30亿元，增长12%。').place?.name).toBe('泸溪县');
    expect(meta('襄樊市老河口市2009年国民经济和社会发展统计公\n全市生产总值完成100亿元，增长12%。').place?.name).toBe('老河口市');
  });
});

describe('the year of a five-year plan, of a summary that also plans, and of a numbered document', () => {
  it('reads a five-year plan as of its period\'s first year, whenever a page posted it', () => {
    expect(meta('通城县经济和社会发展第十一个五年规划纲要\n日期:2021-12-03\n2006年到2010年的五年是我县第十一个五年规划时期。').year).toBe(2006);
    expect(meta('乌拉特后旗国民经济和社会发展十四五规划\n发表于:2022-08-03 16:29:04\n前言\n“十四五”时期是开启全面建设社会主义现代化国家新征程的第一个五年。').year).toBe(2021);
  });
  it('reads a year\'s summary that plans the next year as of the year it sums up', () => {
    expect(meta('县农业农村局 2023 年工作总结和 2024 年工作思路\n一、2023年工作总结\n推广应用新品种13个。\n二、2024年工作思路\n力争新建基地2个。').year).toBe(2023);
    // (Only the plan's year named: the summary is of the year before it.)
    expect(meta('农业农村局工作总结及2021年工作计划\n一、主要工作\n推广应用新品种13个。\n二、2021年工作计划\n力争新建基地2个。').year).toBe(2020);
  });
  it('reads the year of a document\'s number before the date a site posted it', () => {
    expect(meta('(新政发〔2017〕1号)区人民政府关于印发政府工作报告的通知\n发布时间:2018-12-08\n各镇人民政府：《政府工作报告》已经区五届人民代表大会第一次会议审议通过，现印发给你们。').year).toBe(2017);
  });
});

describe('an encyclopedia page\'s note of entries of the same name', () => {
  it('is chrome, dropped from the text', () => {
    const n = normalize('花园镇\n共找到10条词条名为花园镇的结果展开\n花园镇位于县城东部，总面积98平方公里，辖12个行政村。', 'x.txt');
    expect(n.paragraphs.join('\n')).not.toContain('共找到');
    expect(n.paragraphs.join('\n')).toContain('辖12个行政村');
  });
});

describe('a work summary titled without its year, and a masked delivery year', () => {
  it('reads a summary\'s year from the year its opening reviews, not the year after', () => {
    expect(meta('乡镇上半年工作总结及打算\n2013年，是加快发展、奋力崛起的关键一年。开年以来，各项工作进展良好。截止6月底，完成国地两税848万元。').year).toBe(2013);
  });
  it('takes no year from a site\'s posting date where the copy masked the delivery\'s year', () => {
    const m = meta('包河区20xx政府工作报告\n时间:2024.5.15\n政府工作报告\n——20xx年12月29日在合肥市包河区第三届人民代表大会第一次会议上\n各位代表：\n现在，我代表区人民政府，向大会作政府工作报告。');
    expect(m.year).toBeNull();
  });
});

describe('a half-year summary with the next half-year\'s intentions after it', () => {
  it('is a summary, titled by its title', () => {
    const m = meta('乡镇上半年工作总结及打算\n2013年，是加快发展、奋力崛起的关键一年。开年以来，各项工作进展良好。截止6月底，完成国地两税848万元。');
    expect([m.kind, m.title, m.year]).toEqual(['工作总结', '乡镇上半年工作总结及打算', 2013]);
  });
});

describe('a year\'s summary titled with 年度 or 年终 after 工作 (2011年教育体育局工作年度总结)', () => {
  it('is a work summary', () => {
    expect(meta('2011年教育体育局工作年度总结\n\n2011年来，教育体育局全力推进我县教育体育事业发展。评出五星级学校8所。').kind).toBe('工作总结');
  });
});
