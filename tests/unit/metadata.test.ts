import { describe, expect, it } from 'vitest';
import { allGovernments, countGovernments, findPlace, governmentsCalled, governmentsNamed } from '../../src/pipeline/gazetteer.ts';
import {
  readsAsBulletin,
  findDelivery,
  findSpeaker,
  inferKind,
  inferMeta,
  inferYear,
  makeSlug,
  planYear,
  toGovernment,
} from '../../src/pipeline/metadata.ts';
import { governmentSlug, readingSlug } from '../../src/pipeline/slug.ts';
import type { TextHints } from '../../src/pipeline/types.ts';

const noHints: TextHints = { frontMatter: [] };
const fm = (...frontMatter: string[]): TextHints => ({ frontMatter });
const opening = '各位代表：\n现在，我代表省人民政府，向大会报告工作，请予审议。\n';

describe('gazetteer', () => {
  it('knows every level, with parents read from the codes', () => {
    expect(findPlace('东兴市')).toMatchObject({ level: 'county-city', province: '广西壮族自治区' });
    expect(findPlace('汉中')).toMatchObject({ name: '汉中市', level: 'prefecture', province: '陕西省' });
    expect(findPlace('重庆市')).toMatchObject({ level: 'municipality', province: '重庆市' });
    expect(findPlace('喀什地区')?.province).toBe('新疆维吾尔自治区');
    const [hailaer] = governmentsNamed('海拉尔区');
    expect(hailaer).toMatchObject({ level: 'district', code: '150702' });
    expect(hailaer.parents.map((p) => [p.name, p.level])).toEqual([['呼伦贝尔市', 'prefecture'], ['内蒙古自治区', 'autonomous-region']]);
    expect(governmentsNamed('宁夏回族自治区')[0]).toMatchObject({ level: 'autonomous-region', short: '宁夏' });
    expect(governmentsNamed('锡林郭勒盟')[0].level).toBe('league');
    expect(governmentsNamed('鄂温克族自治旗')[0].level).toBe('banner');
  });
  it('reads 林区 as a forestry district only directly under a province: under a city it ends a district’s name', () => {
    expect(governmentsNamed('神农架林区')[0].level).toBe('other');
    for (const name of ['碑林区', '北林区', '万柏林区']) expect(governmentsNamed(name)[0].level).toBe('district');
    expect(governmentsNamed('碑林区')[0].parents.map((p) => p.name)).toEqual(['西安市', '陕西省']);
  });
  it('hangs municipal districts and province-administered county-level cities directly under their province', () => {
    expect(governmentsNamed('万州区')[0].parents.map((p) => p.name)).toEqual(['重庆市']);
    expect(governmentsNamed('仙桃市')[0]).toMatchObject({ level: 'county-city' });
    expect(governmentsNamed('仙桃市')[0].parents.map((p) => p.name)).toEqual(['湖北省']);
  });
  it('knows governments since renamed by the name their reports wrote, under their parents of the time', () => {
    // 辽中县 has been 沈阳市's 辽中区 since 2016, 嫩江县 黑河市's 嫩江市 since 2019, 思茅市 普洱市 since 2007.
    expect(governmentsNamed('辽中县').map((e) => [e.level, e.parents.map((p) => p.name)])).toEqual([['county', ['沈阳市', '辽宁省']]]);
    expect(governmentsNamed('嫩江县')[0]).toMatchObject({ level: 'county', until: '201607' });
    expect(governmentsNamed('铜仁地区')[0].parents.map((p) => p.name)).toEqual(['贵州省']);
    // Today's governments keep their names, short names and slugs: 辽中 and 嫩江 are still 辽中区's and 嫩江市's.
    expect(governmentsNamed('辽中区')[0].until).toBeUndefined();
    expect(governmentsCalled('辽中').map((e) => e.name)).toEqual(['辽中区']);
    expect(governmentsNamed('嫩江市').map((e) => toGovernment(e).slug)).toEqual(['nenjiang']);
    expect(governmentsNamed('嫩江县').map((e) => toGovernment(e).slug)).toEqual(['nenjiang-xian']);
    // A name some government bears today is never also a former one's (巢湖市, a prefecture until 2011, is a county-city).
    expect(governmentsNamed('巢湖市').map((e) => e.level)).toEqual(['county-city']);
    const counts = [...countGovernments('辽中县人民政府向大会报告工作，全县经济发展。辽中县将继续努力。')].map(([e, n]) => `${e.name}:${n}`);
    expect(counts).toEqual(['辽中县:4']);
    const m = inferMeta('各位代表：\n现在，我代表县人民政府向大会报告工作。', { frontMatter: ['2011年辽中县政府工作报告'] } as TextHints, []);
    expect(m.place).toMatchObject({ name: '辽中县', level: 'county' });
    expect(m.notes.join('')).toMatch(/辽中县是报告当时的行政区划名称，最后见于2015年9月版/);
  });
  it('counts a name whose stem is an ordinary word where it stands before its own congress or government', () => {
    const counts = (t: string) => [...countGovernments(t)].map(([e, n]) => `${e.name}:${n}`);
    expect(counts('龙井市第十九届人民代表大会第五次会议开幕。')).toEqual(['龙井市:2']);
    expect(counts('会议听取和审议了中山市人民政府工作报告。')).toEqual(['中山市:2']);
    // (Elsewhere the tea and the street are no government.)
    expect(counts('龙井市场销售两旺，中山路改造完成。')).toEqual([]);
  });
  it('never counts the whole a ranking is within (居温州第一) as the report\'s government', () => {
    const counts = (t: string) => [...countGovernments(t)].map(([e, n]) => `${e.name}:${n}`);
    expect(counts('入选项目数居温州第一。国企数跃居温州第一。改革先行居温州首位。')).toEqual([]);
    expect(counts('温州市人民政府向大会报告工作。')).toEqual(['温州市:2']);
  });
  it('keeps names that several governments share ambiguous', () => {
    expect(governmentsCalled('吉林').map((e) => e.name).sort()).toEqual(['吉林市', '吉林省']);
    expect(governmentsNamed('朝阳区').length).toBeGreaterThan(1);
    expect(findPlace('朝阳区')).toBeNull();
  });
  it('never counts a name that is also an ordinary word, or a name hidden inside a word', () => {
    const counts = (t: string) => [...countGovernments(t)].map(([e, n]) => `${e.name}:${n}`);
    expect(counts('加强合作，深化合作市场，合作共赢；优化资源配置，资源共享；和平发展；城中村改造；新城建设；通道经济。')).toEqual([]);
    expect(counts('提高县域经济，和县城品质。')).toEqual([]);
    expect(counts('泉州市将推动泉州高质量发展。')).toEqual(['泉州市:3']);
  });
});

describe('the government of a report, evidence strongest first', () => {
  it('takes the delivery line over the places the body names', () => {
    const body = '呼伦贝尔市、呼伦贝尔市、呼伦贝尔市、呼伦贝尔市的发展。';
    const m = inferMeta(body, fm('政府工作报告', '——2013年2月28日在海拉尔区第十四届人民代表大会第二次会议上'), []);
    expect(m.place).toMatchObject({ name: '海拉尔区', level: 'district', code: '150702', slug: 'hailaer' });
    expect(m.place!.parents.map((p) => p.name)).toEqual(['呼伦贝尔市', '内蒙古自治区']);
    expect(m).toMatchObject({ city: '呼伦贝尔市', province: '内蒙古自治区', year: 2013, delivered: '2013-02-28' });
    expect(m.session).toBe('海拉尔区第十四届人民代表大会第二次会议');
    expect(m.origin.place).toBe('text');
  });
  it('files a province’s report under the province, not its capital, even when the body names the capital most', () => {
    const body = `${opening}合肥都市圈、合肥都市圈、合肥市、合肥市、合肥市建设。2026年主要预期目标是：地区生产总值增长5%左右。`;
    const m = inferMeta(body, fm('2026年安徽省政府工作报告', '——2026年1月25日在省第十四届人民代表大会第五次会议上', '省长　王清宪'), []);
    expect(m.place).toMatchObject({ name: '安徽省', level: 'province', parents: [] });
    expect(m.city).toBeNull();
    expect(m.origin.city).toBe('text');
    expect(m.notes.join('')).toMatch(/安徽省是省级政府，不属于任何地级市/);
    expect(m.province).toBe('安徽省');
    // The delivery line's 省 stands for the government the title names.
    expect(m.session).toBe('安徽省第十四届人民代表大会第五次会议');
    expect(m.speaker).toEqual({ name: '王清宪', office: '省长' });
  });
  it('does not take 合作 (cooperation) for 合作市, or any place, when nothing else names the government', () => {
    const body = '深化区域合作，扩大开放合作，合作市场主体增加，加强合作。资源节约，和平发展。';
    const m = inferMeta(body, fm('2026年政府工作报告'), []);
    expect(m.place).toBeNull();
    expect(m.city).toBeNull();
    expect(m.notes.join('')).toMatch(/不标注地点/);
  });
  it('leaves the government null, and says why, when the evidence disagrees', () => {
    const m = inferMeta(opening, fm('2026年河北省政府工作报告', '——2026年1月26日在云南省第十四届人民代表大会第四次会议上'), []);
    expect(m.place).toBeNull();
    expect(m.notes.join('')).toMatch(/互相矛盾/);
  });
  it('resolves an ambiguous short name only with a level or a parent from the text', () => {
    const ambiguous = inferMeta('正文。', fm('——2026年1月20日在吉林第十四届人民代表大会第五次会议上'), []);
    expect(ambiguous.place).toBeNull();
    expect(ambiguous.notes.join('')).toMatch(/吉林.*可指/);
    const province = inferMeta('正文。', fm('——2026年1月20日在吉林第十四届人民代表大会第五次会议上', '省长　胡玉亭'), []);
    expect(province.place?.name).toBe('吉林省');
    const city = inferMeta('正文。', fm('——2026年1月20日在吉林第十四届人民代表大会第五次会议上', '市长　王路'), []);
    expect(city.place?.name).toBe('吉林市');
    const chaoyang = (body: string) => inferMeta(body, fm('——2026年1月10日在朝阳区第十七届人民代表大会第四次会议上'), []).place;
    expect(chaoyang('正文。')).toBeNull();
    expect(chaoyang('在北京市委的坚强领导下。')?.parents[0].name).toBe('北京市');
  });
  it('reads a title as a site files it: a province in brackets, a section tag, a date after it, an autonomous prefecture as X州', () => {
    expect(governmentsCalled('黔西南州').map((e) => e.name)).toEqual(['黔西南布依族苗族自治州']);
    // (The level word without the nationalities, after the short name: 新疆自治区, 黔西南自治州, 围场自治县.)
    expect(governmentsCalled('新疆自治区').map((e) => e.name)).toEqual(['新疆维吾尔自治区']);
    expect(governmentsCalled('黔西南自治州').map((e) => e.name)).toEqual(['黔西南布依族苗族自治州']);
    expect(governmentsCalled('围场自治县').map((e) => e.name)).toEqual(['围场满族蒙古族自治县']);
    expect(governmentsCalled('吉林自治区')).toEqual([]);
    expect(governmentsCalled('镇沅县').map((e) => e.name)).toEqual(['镇沅彝族哈尼族拉祜族自治县']);
    expect(governmentsCalled('大姚县').map((e) => e.name)).toEqual(['大姚县']);
    expect(inferMeta('各位代表：', fm('2023年新疆自治区政府工作报告'), []).place?.name).toBe('新疆维吾尔自治区');
    expect(governmentsCalled('大理州').map((e) => e.name)).toEqual(['大理白族自治州']);
    expect(inferMeta('正文。', fm('（贵州省）2021年黔西南州人民政府工作报告（全文）'), []).place?.name).toBe('黔西南布依族苗族自治州');
    expect(inferMeta('正文。', fm('（安徽省）全椒县人民政府工作报告（2021年12月26日）'), []).place?.name).toBe('全椒县');
    expect(inferMeta('正文。', fm('【陕西招商引资】2014年陕西省政府工作报告'), []).place?.name).toBe('陕西省');
  });
  it('files a township’s report under no place rather than under its county, and reads a name before 在 and a date without 在', () => {
    const town = inferMeta('旌德县兴隆镇政府\n各位代表：\n现在，我代表兴隆镇人民政府向大会报告工作。旌德县委、旌德县政府、旌德县人大的指导下，全镇…', fm('兴隆镇2023年政府工作报告'), []);
    expect(town.place).toBeNull();
    expect(town.notes.join('')).toContain('乡镇');
    // (A street office named after its district in the title is the government that reports, not the district.)
    const office = inferMeta('一、上半年工作情况\n街道经济平稳。', fm('宝安区新安街道办事处2020年上半年工作报告及下半年工作计划'), []);
    expect(office.place).toBeNull();
    expect(inferMeta('各位代表：', fm('2020年宝安区政府工作报告'), []).place?.name).toBe('宝安区');
    expect(inferMeta('各位代表：', fm('本文记述了2004年九江市人民政府市长蔡晓明在2005年政府工作报告中总结了过去一年的工作成果。'), []).speaker?.name).not.toBe('蔡晓明在');
  });
  it('files a news item on a township\'s congress, or a text that speaks for a township as its whole, under no place — not the province or county it names', () => {
    const news = '记者从日前召开的斜桥镇第十九届人民代表大会第五次会议上获悉，2019年，斜桥镇将聚焦服务沿江开发。江苏省…江苏省…江苏省经济强镇。';
    expect(inferMeta(news, { frontMatter: [], headline: '江苏靖江斜桥镇：强化工业主体打造经济强镇' }, []).place).toBeNull();
    const whole = '全镇实现财政收入2亿元。全镇新建道路10公里。我镇获评江苏省卫生镇，江苏省文明镇，江苏省特色小镇。全镇…';
    expect(inferMeta(whole, noHints, []).place).toBeNull();
    expect(inferMeta('全省实现财政收入2亿元。全省新建道路10公里。江苏省…江苏省…江苏省。', noHints, []).place?.name).toBe('江苏省');
    // (我代表兴隆镇人民政府 under a title of its county: the township reports.)
    expect(inferMeta('各位代表：\n现在，我代表兴隆镇人民政府向大会报告工作。', fm('旌德县2023年政府工作报告'), []).place).toBeNull();
    // (A township's or street office's entry, opening on where it lies or whose it is: the county it names is its parent.)
    const entry = (opening: string) => inferMeta(`${opening}大石桥市…大石桥市…大石桥市东部，辖区总面积38.64平方千米。`, noHints, []).place?.name ?? null;
    expect(entry('钢都街道，隶属于辽宁省营口市大石桥市，地处')).toBeNull();
    expect(entry('糜滩镇位于')).toBeNull();
    // (…after its entry's label, or said to be one its county governs.)
    expect(entry('1.江西省九江市德安县爱民乡乡情概况爱民乡地处')).toBeNull();
    expect(entry('中文名称长白镇 |\n长白镇，吉林省白山市长白朝鲜族自治县下辖镇，是县人民政府驻地，')).toBeNull();
    expect(entry('大石桥市位于辽宁省南部，')).toBe('大石桥市');
    // (A county's or a city's own entry names it first, then its neighbours and parents as often: the first is the place.)
    const county = '概况\n青冈县位于黑龙江省中部、绥化市西部，距省会哈尔滨市120千米。东以通肯河与望奎县、海伦市为界，南与兰西县接壤，西邻安达市，北邻明水县。绥化市…绥化市…';
    expect(inferMeta(county, noHints, []).place?.name).toBe('青冈县');
    expect(inferMeta('【地理位置】孝感市位于湖北省东北中部，南与武汉市毗邻。云梦县…云梦县…云梦县…云梦县…孝感市…孝感市…', noHints, []).place?.name).toBe('孝感市');
    expect(inferMeta('概况\n1998年，临湘市辖9乡、13镇，土地面积1720.04平方公里。岳阳市…岳阳市…岳阳市…', noHints, []).place?.name).toBe('临湘市');
    // (Its full name after its province, and its short name in brackets before where it lies, likewise.)
    expect(inferMeta('吉林省前郭尔罗斯蒙古族自治县(简称前郭县)位于吉林省西北部，县城与松原市区共处一城。松原市…松原市…', noHints, []).place?.name).toBe('前郭尔罗斯蒙古族自治县');
    expect(inferMeta('【概况】\n阿鲁科尔沁旗(以下简称阿旗)地处内蒙古自治区中部，隶属赤峰市。通辽市…通辽市…', noHints, []).place?.name).toBe('阿鲁科尔沁旗');
    // (A sum's entry, 伊和乌素苏木，隶属于…杭锦旗; a township's profile or account titled after its county: no place.)
    expect(entry('伊和乌素苏木，隶属于内蒙古自治区鄂尔多斯市杭锦旗，地处')).toBeNull();
    expect(inferMeta('赵家镇东与嵊州市接壤。诸暨市…诸暨市…诸暨市…', { frontMatter: [], headline: '浙江省绍兴市诸暨市赵家镇概况' }, []).place).toBeNull();
    expect(inferMeta('2020年是极不平凡的一年。杨浦区…杨浦区…杨浦区…', { frontMatter: [], headline: '2020年上海市杨浦区人民政府长白新村街道办事处工作总结' }, []).place).toBeNull();
    expect(inferMeta('敢立潮头逐浪高\n——邹城市钢山街道2021年高质量发展纪实\n2021年，邹城市钢山街道坚持…邹城市…邹城市…', noHints, []).place).toBeNull();
    // (Not a place named after 位于 — 位于拉萨市东北部的林周县 —, nor a township's own name.)
    expect(inferMeta('近日，位于拉萨市东北部的林周县…拉萨市…拉萨市…拉萨市…', noHints, []).place?.name).not.toBe('林周县');
  });
  it('takes a name alone for the speaker only after the delivery line or an office, never a page’s heading (基本介绍)', () => {
    const text = '2000年2月25日在济南市第十二届人民代表大会第三次会议上济南市市长谢玉堂发表济南政府工作报告。\n基本介绍\n•中文名：2000年济南政府工作报告\n各位代表：\n我代表市人民政府，向大会报告工作。';
    expect(inferMeta(text, fm('2000年济南政府工作报告'), []).speaker).toBeNull();
    expect(inferMeta('各位代表：', fm('——2026年1月25日在省第十四届人民代表大会第五次会议上', '毛伟明'), []).speaker?.name).toBe('毛伟明');
  });
  it('uses 我代表X人民政府 and the speaker’s office, and the catalog only when the text is silent', () => {
    expect(inferMeta('我代表海拉尔区人民政府向大会作工作报告。', noHints, []).place?.name).toBe('海拉尔区');
    expect(inferMeta('正文。', fm('海南省省长 刘小明'), []).place?.name).toBe('海南省');
    const cat = inferMeta('正文没有地名。', noHints, [{ place: '东兴市', year: 2023 }]);
    expect(cat.place).toMatchObject({ name: '东兴市', level: 'county-city', slug: 'dongxing' });
    expect(cat).toMatchObject({ city: '防城港市', province: '广西壮族自治区', year: 2023 });
    expect(cat.origin).toMatchObject({ place: 'catalog', year: 'catalog', delivered: 'missing', speaker: 'missing' });
    const textWins = inferMeta('我代表海拉尔区人民政府向大会作工作报告。', noHints, [{ place: '东兴市' }]);
    expect(textWins.place?.name).toBe('海拉尔区');
    expect(textWins.notes.join('')).toMatch(/目录文件写的是东兴市/);
  });
  it('reads a name written with its parent, and files a 地区 and its counties under it', () => {
    const compound = inferMeta('正文。', fm('——2026年1月9日在福州市鼓楼区第十八届人民代表大会第五次会议上', '区长 赵六'), []);
    expect(compound.place).toMatchObject({ name: '鼓楼区', parents: [{ name: '福州市' }, { name: '福建省' }] });
    const diqu = inferMeta('正文。', fm('2026年喀什地区政府工作报告', '——2026年1月12日在喀什地区第三届人民代表大会第五次会议上'), []);
    expect(diqu).toMatchObject({ city: '喀什地区', province: '新疆维吾尔自治区' });
    expect(diqu.place?.slug).toBe('kashi');
  });
  it('never files a provincial text under its capital when counting: the scope words (全省) give the level', () => {
    const capital = '全省经济稳中有进。合肥、合肥、合肥市、合肥市加快发展，全省上下，全省人民，安徽省。';
    expect(inferMeta(capital, noHints, []).place).toBeNull();
    expect(inferMeta('全省经济稳中有进。全省上下，全省人民，安徽省、安徽省发展。合肥。', noHints, []).place?.name).toBe('安徽省');
  });
  it('counts a government written right after the one it belongs to as that one, and its shared name alone after as it too', () => {
    const text = '1月8日，济南市市中区第十九届人民代表大会第四次会议开幕，市中区区长作政府工作报告。2024年，市中区坚持固优补短，全区新增城镇就业2.5万人。';
    expect(inferMeta(text, noHints, []).place).toMatchObject({ name: '市中区', parents: [{ name: '济南市' }, { name: '山东省' }] });
  });
  it('reads a report titled by the year it reviews as the next year\'s, and a page of results dated years later by what it reviews', () => {
    const lishu = inferMeta('一、勠力奋战，克难攻坚，过去一年政府工作成效显著\n2019年，是我县经济社会发展非同寻常的一年、更是卓有成效的一年。', fm('2019年梨树县政府工作报告', '——在梨树县第十八届人民代表大会第四次会议上'), []);
    expect(lishu.year).toBe(2020);
    expect(lishu.notes.join('')).toMatch(/回顾的是2019年/);
    expect(inferYear('2015年，全市经济运行保持良好态势，全面完成市五届六次人代会议确定的主要预期目标。', { frontMatter: [], published: '2018-09-15' })).toBe(2016);
    // (A year a plan opens on is that year's: 2024年，全市要…; a title whose year the text does not review stands.)
    expect(inferYear('2024年，全市要完成投资100亿元。', { frontMatter: [], published: '2024-03-01' })).toBe(2024);
    expect(inferYear('一、2018年工作回顾\n2018年，全县完成投资100亿元。', fm('2019年某县政府工作报告'))).toBe(2019);
    // (A yearbook's entry posted years after the year its sentences open on is of no year the text settles — not the posting's;
    // without such a sentence, the posting's year stands.)
    expect(inferYear('城关镇\n镇区面积6.5平方公里。2001年,有28115户,6.5万人。辖3个村。', { frontMatter: [], published: '2015-03-23' })).toBeNull();
    expect(inferMeta('城关镇\n镇区面积6.5平方公里。2001年,有28115户,6.5万人。辖3个村。', { frontMatter: [], published: '2015-03-23' }, []).notes.join('')).toMatch(/发布之年不是条目的年份/);
    expect(inferYear('城关镇\n镇区面积6.5平方公里，有28115户,6.5万人。辖3个村。', { frontMatter: [], published: '2015-03-23' })).toBe(2015);
    // (A review heading of one year and the term, its paragraph run on after it: the report is of the year after.)
    expect(inferYear('编辑: NaluLee | 2019-07-13 |\n一、2016年工作及五年发展简要回顾 2016年,面对复杂严峻的国内外经济形势,全市经济社会保持平稳健康发展。', { frontMatter: [], published: '2019-07-13' })).toBe(2017);
    // (A news item posted later is of its posting's time: its 2022年，… is a result it reports.)
    expect(inferYear('西安经开区全国排名上升5位。\n2022年，自贸区实现规上工业总产值764亿元，外贸进出口总额300亿元。', { frontMatter: [], published: '2024-01-03' })).toBe(2024);
    // (A heading that ends on the review of the title's year after other spans: 一、“十三五”取得成就及2020年工作回顾.)
    expect(inferYear('一、“十三五”取得成就及2020年工作回顾\n过去五年，我县发展历程充满挑战。', fm('2020年阜新县政府工作报告'))).toBe(2021);
  });
  it('dates a news item\'s session by the month and day it opened on and the year the page was posted, within a fortnight', () => {
    const news = '12月25日讯(记者 李杰)今天，常德市第八届人民代表大会第四次会议在市第一工人文化宫隆重开幕，市长周振宇作政府工作报告。\n政府工作报告指出，2024年，常德地区生产总值增长3%左右（预计数，下同）。';
    const m = inferMeta(news, { frontMatter: [], published: '2024-12-25' }, []);
    expect(m.delivered).toBe('2024-12-25');
    // (A December session reviewing its own year plans the next.)
    expect(m.year).toBe(2025);
    // (Posted long after, the year is not the posting's.)
    expect(inferMeta(news, { frontMatter: [], published: '2026-03-01' }, []).delivered).toBeNull();
    // (A dateline is the day the item was filed, not the session's: 6日下午 after it, or 昨日.)
    expect(inferMeta('自贡1月7日讯 (记者 徐昭磊)6日下午，自贡市第十七届人民代表大会第四次会议开幕。', { frontMatter: [], published: '2019-01-07' }, []).delivered).toBeNull();
    expect(inferMeta('1月15日，贵州省第十三届人民代表大会第三次会议在贵阳开幕。', { frontMatter: [], published: '2020-01-15' }, []).delivered).toBe('2020-01-15');
  });
  it('reads the year a news item\'s account of the report opens on as the year reviewed (报告指出，2019年，…较好完成…)', () => {
    const news = '12月29日上午，宜城市第六届人民代表大会第四次会议在人民会堂开幕。\n市长严广超向大会作《政府工作报告》。\n报告指出，2019年，在上级党委、政府的坚强领导下，较好完成市六届人大三次会议确定的目标任务。';
    expect(inferYear(news, noHints)).toBe(2020);
    // (The paragraph after the one saying who delivered the report, likewise — its year, then what was done in it.)
    const opened = '1月31日上午，昆明市晋宁区第二届人民代表大会第三次会议开幕，区长李松代表区人民政府向大会作政府工作报告。\n2023年，晋宁区持续开展高质量发展大竞赛活动，地区生产总值完成224.53亿元，同比增长9.1%。';
    expect(inferYear(opened, noHints)).toBe(2024);
    // (报告指出 after a sentence on the same line, likewise.)
    expect(inferYear('2月8日，南沙区第四届人民代表大会第四次会议开幕。根据会议议程，南沙区区长吴扬向大会作政府工作报告。报告指出，2022年是南沙改革发展历程中具有里程碑意义的一年。', noHints)).toBe(2023);
    // (Not one that says what will be done.)
    expect(inferYear(opened.replace('完成224.53亿元', '将完成250亿元'), noHints)).toBeNull();
  });
  it('reads a town\'s head (镇长, 乡长) as an office, and a date two lines from an undated delivery line as its date', () => {
    const m = inferMeta('各位代表：', fm('政府工作报告', '——在金碧镇第十四届人民代表大会第七次会议上', '镇长王鹏', '2025年1月3日'), []);
    expect(m.speaker).toMatchObject({ name: '王鹏', office: '镇长' });
  });
  it('reads the year a plan sentence names, 2023年，…将…, but not a deadline or a review', () => {
    expect(planYear('会议提出，2023年，郧阳区将锚定目标。')).toBe(2023);
    // (2011年是…开局之年 with what will be done in it said next; not without it — a review says so too.)
    expect(planYear('2011年是“十二五”开局之年，也是加速跨越发展的关键之年。遂川县将以科学发展观为指导。')).toBe(2011);
    expect(planYear('2021年是“十四五”开局之年。一年来，我们攻坚克难。')).toBeNull();
    expect(planYear('到2025年，全市将建成。2022年，全县将近一半村通网。')).toBeNull();
  });
  it('guesses from body counts only as a last resort, and says so', () => {
    const m = inferMeta('推动泉州高质量发展，建设现代化泉州，泉州加油。', noHints, [{ year: 2024 }]);
    expect(m).toMatchObject({ city: '泉州市', province: '福建省', year: 2024, kind: null, title: '2024年泉州市未命名报告' });
    // (A year alone is no title either.)
    expect(inferMeta('二、2025年目标任务和重点工作', noHints, []).title).toBe('2025年未命名报告');
    expect(m.origin).toMatchObject({ place: 'text', city: 'text', province: 'text', year: 'catalog', kind: 'missing', title: 'composed' });
    expect(m.notes.join('')).toMatch(/根据正文中地名出现的次数/);
    // (A report names itself by its short name, its parent in full: 子长 three times beside 延安市 three times is no
    // 延安市 report — nothing is settled.)
    const own = inferMeta('现在，我代表市人民政府向大会报告工作。子长高质量发展迈出坚实步伐。主要经济指标稳居延安市“第一方阵”。子长在全省稳增长推进会上作了交流发言。延安市第二。子长被延安市评为先进。', noHints, []);
    expect(own.place).toBeNull();
    // (A county named in full once, its region four times in the names of awards it won: no region's report.)
    const awards = inferMeta('2023年，金秀瑶族自治县坚持稳中求进。金秀获评广西先进集体，桐木镇获评广西农业强镇，长垌乡获评广西示范乡，3个村获评广西示范村。', noHints, []);
    expect(awards.place).toBeNull();
  });
  it('reads a statistical bulletin copied without its title by its parts, and dates it by the year whose figures it states', () => {
    const bulletin = '2015年，面对严峻复杂的外部环境，全县经济实现平稳增长。\n一、综合\n初步测算，2015年全县地区生产总值244394万元，比上年增长13.1%。\n二、农业\n农业增加值32586万元。';
    expect(inferMeta(bulletin, noHints, [])).toMatchObject({ kind: '统计公报', year: 2015 });
    expect(readsAsBulletin('一、综合\n年末常住人口12.57万人。\n二、农业\n粮食产量2万吨。\n三、工业和建筑业\n工业总产值368亿元。')).toBe(true);
    // (A work report's part is never titled so; nor does one part named 综合 without how the figures were reckoned make one.)
    expect(readsAsBulletin('一、2015年工作回顾\n全县地区生产总值增长8%。\n二、2016年工作安排')).toBe(false);
    expect(readsAsBulletin('一、综合\n全面推进综合改革。')).toBe(false);
    // (Its farming part named whole: 二、农、林、牧、渔业.)
    const farming = '2011年，面对复杂多变的国际国内经济形势，国民经济保持平稳较快发展。\n一、综合\n国民经济平稳发展。据反馈资料，全年实现生产总值534001万元。\n二、农、林、牧、渔业\n农林牧渔业总产值增长5%。';
    expect(inferMeta(farming, noHints, [])).toMatchObject({ kind: '统计公报', year: 2011 });
    // (A pastoral county's: 一、经济总量和结构, 二、农牧业 — its figures' year, not the year after.)
    const pastoral = '2018年，全县上下全面落实县委、县政府决策部署，经济持续平稳健康发展。\n一、经济总量和结构\n全县完成地区生产总值35163万元，同比增长5.7%。\n二、农牧业\n农牧业总产值增长4%。';
    expect(inferMeta(pastoral, noHints, [])).toMatchObject({ kind: '统计公报', year: 2018 });
  });
});

describe('year, delivery date, session, speaker', () => {
  it('reads the year from the grammar of texts without a dated title: a year said of and looked back on, a government\'s title glued to its text, a plan or budget report and the next year\'s draft, 今年作为“十三五”开局之年, a review of a plan\'s period', () => {
    const none = noHints;
    expect(inferYear('2020年是全面建成小康社会的决胜之年，也是攻坚之年。一年来，街道经济平稳发展。', none)).toBe(2021);
    expect(inferYear('新塘街道办事处2023年政府工作报告一、2022年工作回顾2022年是极不平凡的一年。', none)).toBe(2023);
    expect(inferYear('各位代表：\n受县人民政府委托，现将2015年全县财政预算执行情况和2016年财政预算（草案）提请各位代表审议。', none)).toBe(2016);
    expect(inferYear('13日上午，市发改委主任向大会书面提交了《关于高邮市2020年国民经济和社会发展计划执行情况与2021年计划草案的报告》。', none)).toBe(2021);
    expect(inferYear('2月1日，桂林市四届人大七次会议开幕。该市去年成绩斐然，今年作为“十三五”开局之年，各项重点工作安排看点十足。', none)).toBe(2016);
    expect(inferYear('“十三五”时期工作回顾\n过去的五年，是我市砥砺前行的五年。', none)).toBe(2021);
    // (Not a year said to be a plan's opening without a look back after it: 2021年是…开局之年 plans that year.)
    expect(inferYear('2021年是“十四五”开局之年，全区将坚持稳中求进。', none)).not.toBe(2022);
  });
  it('reads a December date in a title as a delivery at the year\'s end, for the year ahead where the copy says nothing else', () => {
    expect(inferYear('（四）强化民生保障。新开办9所公办幼儿园。', fm('（福建省）福州市晋安区人民政府工作报告（2022年12月21日）'))).toBe(2023);
    // (Its government written after its province and city: 福建省福州市晋安区.)
    expect(inferMeta('（四）强化民生保障。', fm('（福建省）福州市晋安区人民政府工作报告（2022年12月21日）'), []).place?.name).toBe('晋安区');
    expect(inferYear('（四）强化民生保障。新开办9所公办幼儿园。', fm('（福建省）福州市晋安区人民政府工作报告（2022年3月21日）'))).toBe(2022);
  });
  it('dates a bulletin by its title with a tag of when the page was updated, and by its first part opening on its year after how it was reckoned', () => {
    const none = noHints;
    expect(inferYear('2006年巴彦淖尔市乌拉特中旗人民政府国民经济和社会发展统计公报(2022年更新)\n[概况]\n2006年，乌拉特中旗经济平稳发展。', none)).toBe(2006);
    expect(inferYear('一、综合\n初步核算，2020年全区完成生产总值356.56亿元，下降4.2%。\n二、农业\n粮食产量10万吨。\n三、工业和建筑业\n工业增加值增长5%。', none)).toBe(2020);
  });
  it('reads the year of a title standing on one of the text\'s first lines, its province in brackets ((安徽省)2018年长丰县人民政府工作报告(全文))', () => {
    const text = '政府报告\n（安徽省）2018年长丰县人民政府工作报告（全文）\n各位代表：现在，我代表县人民政府，向大会报告工作。一、2017年工作回顾一年来，全县经济平稳。';
    expect(inferYear(text, { ...noHints, published: '2021-07-27' })).toBe(2018);
  });
  it('reads the plan year from the main targets a government names with its own word for itself (2018年我县…主要预期目标)', () => {
    expect(planYear('“2018年我县经济社会发展的主要预期目标是：生产总值增长8.5%以上。”')).toBe(2018);
    // (Not the work of a year a sentence says it looks back on; a list of the report's parts still names its plan.)
    expect(planYear('接下来我们来回顾一下“十三五”时期发展成就和2020年主要工作。')).toBeNull();
    expect(planYear('报告分为三部分：2023年工作回顾、2024年主要任务、加强政府自身建设。')).toBe(2024);
  });
  it('takes the year a report plans for, never the year it reviews', () => {
    const text = '一、2025年工作回顾\n2025年是“十四五”收官之年。\n二、2026年工作安排\n2026年是“十五五”开局之年。';
    expect(planYear(text)).toBe(2026);
    expect(inferYear(text, noHints)).toBe(2026);
    expect(inferYear('2025年工作回顾。2025年是极不平凡的一年。', noHints)).toBeNull();
    expect(inferYear('二、全力做好2023年工作', noHints)).toBe(2023);
    expect(inferYear('正文', { frontMatter: [], published: '2021-01-06' })).toBe(2021);
    // (A page titled with a document and its year: a bulletin reviews that year, and is of it.)
    expect(inferYear('一、综合\n2003年，全市生产总值增长12%。', { frontMatter: [], headline: '韶关市2003年国民经济和社会发展统计公报', published: '2010-01-15' })).toBe(2003);
  });
  it('takes the year of a title that opens a page without breaks, or of a title with its year in brackets', () => {
    expect(inferYear('2020年开封市政府工作报告 1月16日，市长高建军在开封市第十五届人民代表大会第三次会议上作政府工作报告。', noHints)).toBe(2020);
    expect(inferYear('加快推进乡村全面振兴。', fm('（山西省）晋中市人民政府工作报告（2024年）'))).toBe(2024);
    // (A sentence that names a year and a report further in is no title.)
    expect(inferYear('全市上下认真落实2019年政府工作报告确定的任务。', noHints)).toBeNull();
  });
  it('takes the delivery year before anything the body says', () => {
    expect(inferYear('做好2013年工作', fm('----2012年2月29日在海拉尔区第十三届人民代表大会第六次会议上'))).toBe(2012);
    // A December session that plans for the next year is that year's report.
    expect(inferYear('做好2027年工作', fm('——2026年12月20日在县第十八届人民代表大会第六次会议上'))).toBe(2027);
    // Where a copy holds only the opening: a review of the session's own year, or a title naming the next year.
    expect(inferYear('一、2025年工作回顾\n2025年是极不平凡的一年。', fm('——2025年12月22日在陵川县第十七届人民代表大会第七次会议上'))).toBe(2026);
    expect(inferYear('各位代表：', fm('2026年政府工作报告', '——2025年12月22日在县第十七届人民代表大会第七次会议上'))).toBe(2026);
    // (A review of the year before, in December, says nothing of the next: the delivery year stands.)
    expect(inferYear('一、2024年工作回顾', fm('——2025年12月22日在县第十七届人民代表大会第七次会议上'))).toBe(2025);
    // (A first session after an election, in December, whose copy holds only the review of the term, names no year: it
    // meets for the year ahead. A standing committee hears how the year went.)
    expect(inferYear('一、过去五年工作回顾\n五年来，我们…', fm('2021年12月15日在大邑县第十九届人民代表大会第一次会议上'))).toBe(2022);
    expect(inferYear('一、过去五年工作回顾', fm('——2021年12月28日在县第十八届人民代表大会常务委员会第三十次会议上'))).toBe(2021);
    // (A first session in November that reviews its own year, among the term's: the next year's report.)
    expect(inferYear('一、过去五年和2021年工作回顾', fm('——2021年11月24日在通化县第十八届人民代表大会第一次会议上'))).toBe(2022);
    // (2020年主要工作和“十三五”发展成就 is the work of a year looked back on, not a plan.)
    expect(planYear('一、2020年主要工作和“十三五”发展成就\n2020年极不平凡。')).toBeNull();
    expect(planYear('三、2021年主要工作\n')).toBe(2021);
  });
  it('reads delivery dates in Chinese numerals and with any dash, or none', () => {
    expect(findDelivery(['——二〇二六年一月二十七日在海南省第七届人民代表大会第五次会议上'])).toEqual({
      written: '海南省',
      date: '2026-01-27',
      session: '第七届人民代表大会第五次会议',
    });
    expect(findDelivery(['2026年1月14日在浙江省第十四届人民代表大会第四次会议上'])?.date).toBe('2026-01-14');
    expect(findDelivery(['--2015年2月5日在海拉尔区第十四届人民代表大会第四次会议上'])?.written).toBe('海拉尔区');
    expect(findDelivery(['二〇二六年十二月三十一日在区第一届人民代表大会第一次会议上'])?.date).toBe('2026-12-31');
    expect(findDelivery(['（在市第十七届人民代表大会第五次会议上，2026年1月27日）'])).toMatchObject({ written: '市', date: '2026-01-27' });
    expect(findDelivery(['——在泉州市第十七届人民代表大会第三次会议上', '（2024年1月10日）'])).toMatchObject({ written: '泉州市', date: '2024-01-10' });
  });
  it('reads the speaker’s name and office from every layout of the speaker line', () => {
    expect(findSpeaker(['自治区主席 韦 韬'], '')?.speaker).toEqual({ name: '韦韬', office: '主席' });
    expect(findSpeaker(['河北省人民政府省长王正谱'], '')?.speaker).toEqual({ name: '王正谱', office: '省长' });
    expect(findSpeaker(['上海市市长 龚正'], '')?.speaker).toEqual({ name: '龚正', office: '市长' });
    expect(findSpeaker(['代市长：张三'], '')?.speaker).toEqual({ name: '张三', office: '代市长' });
    expect(findSpeaker(['海拉尔区人民政府区长　　张天喜'], '')?.speaker).toEqual({ name: '张天喜', office: '区长' });
    // A name alone: its office is taken from a caption that names both, else left empty.
    expect(findSpeaker(['毛伟明', '省长毛伟明作政府工作报告。'], '')?.speaker).toEqual({ name: '毛伟明', office: '省长' });
    expect(findSpeaker(['毛伟明'], '')?.speaker).toEqual({ name: '毛伟明', office: null });
    // (A name is spaced within its line only: the line after it — 号: 楚市政发… — is no part of it.)
    expect(findSpeaker(['市长杨俐昆', '号: 楚市政发〔2022〕1号'], '')?.speaker).toEqual({ name: '杨俐昆', office: '市长' });
    // (A page's line naming whose version of the text it shows is no speaker: 冯永刚版.)
    expect(findSpeaker(['2021年1月19日在宣汉县第十八届人民代表大会第六次会议上', '冯永刚版'], '')).toBeNull();
  });
  it('reads the government from a title whose year was damaged in the copy, the tag before it no part of the name', () => {
    const m = inferMeta('各位代表：\n现在，我代表区人民政府向大会报告工作。', { frontMatter: ['（陕西？。？023年咸阳市秦都区人民政府工作报告'] } as TextHints, []);
    expect(m.place).toMatchObject({ name: '秦都区', level: 'district' });
  });
  it('reads a report titled by the year its review heading names as the next year\'s (2019年政府工作报告 over 2019年工作回顾)', () => {
    expect(inferYear('各位代表：\n2019年工作回顾\n2019年，我们在市委的坚强领导下，完成投资100亿元。', fm('2019年政府工作报告'))).toBe(2020);
    expect(inferYear('各位代表：\n2009年工作简要回顾\n2009年是极不寻常的一年。', fm('道外区2009年政府工作报告'))).toBe(2010);
    // (A five-year plan's period reviewed, titled by its last year: the report of the year after it.)
    expect(inferYear('各位代表：\n一、“十二五”工作回顾\n“十二五”时期，我们坚持稳增长。', fm('2015年政府工作报告'))).toBe(2016);
    // (Titled by its own year over a review of the year before: as titled.)
    expect(inferYear('各位代表：\n2018年工作回顾\n2018年，全县完成投资。', fm('2019年政府工作报告'))).toBe(2019);
  });
  it('reads a bulletin by its title on the text\'s first line, the year first or repeated after it, or by the year its text opens on', () => {
    const gov = (text: string) => inferMeta(text, noHints, []).place?.name ?? null;
    expect(gov('2023年瓜州县国民经济和社会发展统计公报\n2023年，全县经济稳中向好。\n一、综合\n初步核算，全县地区生产总值131.7亿元。')).toBe('瓜州县');
    expect(gov('2021年陇西县国民经济和社会发展统计公报 2021\n联合创作\n2021年，全县坚持稳中求进。\n一、综合\n地区生产总值87.36亿元。')).toBe('陇西县');
    expect(inferYear('汶川县2021年国民经济和社会发展统计公报 2021\n汶川县统计局\n2022年6月7日\n2021年，全县经济稳中提质。', noHints)).toBe(2021);
    expect(inferYear('2022年，全县上下坚持稳中求进，经济运行稳中向好。\n一、综合\n初步核算，全县生产总值254.5亿元。\n二、农业\n粮食产量2万吨。', noHints)).toBe(2022);
  });
  it('reads no city for a text that names it mostly in the name of an area of it (a zone, a new area)', () => {
    const gov = (text: string) => inferMeta(text, noHints, []).place?.name ?? null;
    expect(gov('本报讯2月25日，张家界高新区召开2019年经济工作会议。\n2018年，张家界高新区全面落实新发展理念，取得新进展。张家界高新区全年技工贸总收入同比增长37.94%。张家界高新区新认定国家高新技术企业7家。')).toBeNull();
    // (The city itself, named as often in its own right: its text still.)
    expect(gov('2018年，张家界市全面落实新发展理念。张家界市地区生产总值增长8%。张家界市旅游收入增长10%，张家界高新区技工贸总收入增长37.94%。')).toBe('张家界市');
    // (An area named by its own name or bare, its city only where it is ranked or praised: the area's text.)
    expect(gov('苏州市年度考核大会召开，太仓高新区获评苏州市先进地区。\n过去一年，高新区项目建设加速，高新区产业升级。去年高新区完成地区生产总值565亿元，增长7.2%，高新区在全市的作用愈加凸显。')).toBeNull();
    // (A city's long report names its many zones in passing, each once: the city's.)
    // (A title that names an area after its city: the area's document, no city's.)
    expect(gov('2015年重庆市万盛经开区国民经济和社会发展统计公报\n2015年，全区地区生产总值增长10%。重庆市下达的任务全面完成。')).toBeNull();
    const cityReport = '苏州市全面落实新发展理念。苏州市地区生产总值增长8%。' + '全市工业稳步增长，服务业持续向好。'.repeat(200) + '甲高新区、乙开发区、丙新区、丁经开区、戊保税区加快建设。';
    expect(gov(cityReport)).toBe('苏州市');
  });
  it('reads the year of a title of one year\'s results and the next year\'s plan as the next year, and a government named under two parents', () => {
    expect(inferYear('正文。', fm('关于周村区2020年度国民经济和社会发展计划执行情况与2021年计划草案的报告'))).toBe(2021);
    expect(inferYear('正文。', { frontMatter: [], headline: '数读政府工作报告：一图读懂景谷2025年“成绩单”与2026年“新目标”' })).toBe(2026);
    expect(inferYear('正文。', fm('2020年度国民经济和社会发展计划执行情况的报告'))).toBe(2020);
    // (Joined by 和, and a title cut short after the next year is named.)
    expect(inferYear('正文。', fm('三都县2019年财政预算执行情况和2020年财政预算(草案)的报告'))).toBe(2020);
    expect(inferYear('正文。', fm('2015年国民经济和社会发展计划执行情况与2016年国民经济'))).toBe(2016);
    const m = inferMeta('2023年，全区经济稳中向好。\n一、综合\n初步核算，全区生产总值254.5亿元。', fm('（河南省）2023年驻马店市驿城区国民经济和社会发展统计公报'), []);
    expect(m.place).toMatchObject({ name: '驿城区', level: 'district' });
  });
  it('reads a bulletin its statistics office heads: the office\'s government, the year its text opens on, not the date it was issued', () => {
    const text = '大庆市统计局国家统计局大庆调查队\n2006年，全市人民在市委、市政府的正确领导下，经济平稳较快发展。\n一、综合\n全市地区生产总值2000亿元。';
    const m = inferMeta(text, { frontMatter: [], published: '2007-03-16' }, []);
    expect(m.place?.name).toBe('大庆市');
    expect(m.year).toBe(2006);
  });
  it('reads a heading of the year\'s work over a paragraph looking back on it, in a December session, as the review of that year', () => {
    const text = '各位代表：\n2018年主要工作\n一年来，面对稳中有变的复杂形势，我们较好完成年初预定目标。';
    expect(inferYear(text, fm('——2018年12月27日在老河口市第十届人民代表大会第三次会议上'))).toBe(2019);
  });
  it('names no city from the body of a text led by a district\'s or a county\'s party committee', () => {
    const text = '2020年政府工作的总体要求是：坚决落实市委、市政府和区委的工作部署，践行首善标准。北京市北京市北京市的发展。';
    expect(inferMeta(text, noHints, []).place).toBeNull();
    expect(inferMeta('坚决落实市委的工作部署，践行首善标准。北京市北京市北京市的发展。', noHints, []).place?.name).toBe('北京市');
  });
  it('reads a summary of how a year\'s economy ran as that kind of document, a statistics summary', () => {
    expect(inferKind('（广安市）广安区2021年经济运行情况\n2021年，全区经济稳中加固。\n一、综合\n地区生产总值250.0亿元，增长8.1%。', noHints)).toBe('经济运行情况');
    // (Not a work report that names how the economy ran in a heading of its own.)
    expect(inferKind('各位代表：现在，我代表市人民政府，向大会报告政府工作。\n一、2021年经济运行情况', noHints)).toBe('政府工作报告');
  });
  it('reads a title naming a year\'s work summary (南区街道办事处2022年工作总结) as that kind, not one that names the plan after it', () => {
    expect(inferKind('2022年，街道经济平稳。', { frontMatter: ['南区街道办事处2022年工作总结'], headline: undefined })).toBe('工作总结');
    expect(inferKind('2022年，街道经济平稳。', { frontMatter: ['南区街道办事处2022年工作总结和2023年工作计划'], headline: undefined })).not.toBe('工作总结');
    // (The year written without 年, the summarizer between it and the kind: the year it sums up.)
    expect(inferKind('2008年是我镇关键一年。一年来，全镇经济平稳。', { frontMatter: ['2008镇政府工作总结'], headline: undefined })).toBe('工作总结');
    expect(inferYear('2008年是我镇关键一年。一年来，全镇经济平稳。', fm('2008镇政府工作总结'))).toBe(2008);
  });
  it('reads a title naming a place\'s profile (新疆昌吉州奇台县西地镇概况) as that kind, not a menu\'s entry (县情概况)', () => {
    expect(inferKind('西地镇地处天山北麓。', { frontMatter: ['新疆昌吉州奇台县西地镇概况'], headline: undefined })).toBe('概况');
    expect(inferKind('九寨沟县位于四川省北部。', { frontMatter: ['九寨沟县情概况'], headline: undefined })).toBe('概况');
    expect(inferKind('九寨沟县位于四川省北部。', { frontMatter: ['县情概况'], headline: undefined })).not.toBe('概况');
    expect(inferKind('全省经济平稳。', { frontMatter: ['2023年全省经济运行概况分析'], headline: undefined })).not.toBe('概况');
  });
  it('finds the kind from the title or the report’s own words', () => {
    expect(inferKind('', { frontMatter: [], headline: '市委市政府出台《加快建设现代化国际城市行动纲要》' })).toBe('行动纲要');
    expect(inferKind('各位代表：现在，我代表市人民政府，向大会报告政府工作。', noHints)).toBe('政府工作报告');
    expect(inferKind('', fm('政 府 工 作 报 告'))).toBe('政府工作报告');
  });
});

describe('slugs read as place names', () => {
  it('reads place names as places are called, hyphenating only where pinyin would be ambiguous', () => {
    expect(readingSlug('喀什')).toBe('kashi');
    expect(readingSlug('六安')).toBe('lu-an');
    expect(readingSlug('蚌埠')).toBe('bengbu');
    expect(readingSlug('番禺')).toBe('panyu');
    expect(readingSlug('海拉尔')).toBe('hailaer');
    expect(readingSlug('西安')).toBe('xi-an');
    expect(readingSlug('陕西')).toBe('shaanxi');
    expect(readingSlug('山西')).toBe('shanxi');
  });
  it('names a government by its short name: provinces by the province, districts without 区', () => {
    expect(governmentSlug('云南省', 'province')).toBe('yunnan');
    expect(governmentSlug('宁夏回族自治区', 'autonomous-region')).toBe('ningxia');
    expect(governmentSlug('广西壮族自治区', 'autonomous-region')).toBe('guangxi');
    expect(governmentSlug('番禺区', 'district')).toBe('panyu');
    expect(governmentSlug('喀什市', 'county-city')).toBe('kashi');
    expect(governmentSlug('六安市', 'prefecture')).toBe('lu-an');
    expect(governmentSlug('新疆维吾尔自治区', 'autonomous-region')).toBe('xinjiang');
    expect(governmentSlug('延边朝鲜族自治州', 'autonomous-prefecture')).toBe('yanbian');
    expect(governmentSlug('鄂温克族自治旗', 'banner')).toBe('ewenke');
    expect(governmentSlug('寿县', 'county')).toBe('shouxian');
  });
  it('gives every government one slug for good: the highest tier keeps the bare reading, the others add their level or parent', () => {
    const slug = (name: string) => governmentsNamed(name).map((e) => toGovernment(e).slug);
    expect(slug('吉林省')).toEqual(['jilin']);
    expect(slug('吉林市')).toEqual(['jilin-shi']);
    expect(slug('福州市')).toEqual(['fuzhou']);
    expect(slug('抚州市')).toEqual(['fuzhou-shi']);
    expect(slug('东兴市')).toEqual(['dongxing']);
    expect(slug('喀什地区')).toEqual(['kashi']);
    expect(slug('朝阳区').sort()).toEqual(['chaoyang-beijing', 'chaoyang-changchun']);
    // Unique over the whole gazetteer.
    const all = allGovernments().map((e) => toGovernment(e).slug);
    expect(new Set(all).size).toBe(all.length);
  });
  it('makes report slugs from the place slug and the year, unique per site', () => {
    const place = toGovernment(governmentsNamed('漳州市')[0]);
    const taken = new Set<string>();
    const meta = { place, city: '漳州市', year: 2023, kind: '政府工作报告', title: 't' };
    const first = makeSlug(meta, taken);
    taken.add(first);
    expect(first).toBe('zhangzhou-2023');
    expect(makeSlug(meta, taken)).toBe('zhangzhou-2023-zfgzbg');
    expect(makeSlug({ place: toGovernment(governmentsNamed('重庆市')[0]), city: '重庆市', year: 2022, kind: null, title: 't' }, new Set())).toBe('chongqing-2022');
  });
});

describe('places the body names that are not the text\'s government', () => {
  const place = (body: string) => inferMeta(body, { frontMatter: [] } as TextHints, []).place?.name ?? null;
  it('does not count a short name that names a street, a park or a school after the place', () => {
    // (延安路街道 of Qingdao names 延安路, 延安一路 and 延安二路 — streets, not 延安市.)
    const body = '延安路街道办事处以其名字中的主干道延安路为标志。西部边界延伸至延安一路，北部至延安二路中段，东部则至太清路。截至2006年底，区域内共有10529户居民家庭，居民总数29361人。延安路两侧商铺林立。';
    expect(countGovernments(body).size).toBe(0);
    expect(place(body)).toBeNull();
  });
  it('counts a name two governments share as the one whose parent the text names elsewhere', () => {
    const counts = countGovernments('新闻 连云港新闻\n海州区科技局荣获2017年度全省科技管理工作先进集体。海州区共实施科技项目30项。');
    expect([...counts.keys()].map((e) => `${e.name}${e.parents[0]?.name ?? ''}`)).toContain('海州区连云港市');
    // (Without the parent named, the name is no one's.)
    expect([...countGovernments('海州区科技局荣获先进集体。海州区共实施科技项目30项。').keys()].map((e) => e.name)).not.toContain('海州区');
  });
  it('does not count a neighbour named by the border it shares', () => {
    expect([...countGovernments('东界于都县，南与大田乡相连，与遂昌县西畈乡相邻。').keys()].map((e) => e.name)).toEqual([]);
  });
  it('reads a text that says where a government of the table lies, by its short name, as that government\'s', () => {
    const body = '邹城是孟子故里、千年古县，总人口120万，面积1616平方公里。\n邹城位于山东省西南部，济宁市东部。山东省的南大门，济宁市的东部屏障，山东省的历史名城。';
    expect(place(body)).toBe('邹城市');
  });
  it('reads a text that opens on a county, whose parent it names before where it lies, as that county\'s', () => {
    const body = '环县,隶属于甘肃省庆阳市,位于甘肃省东部、庆阳市西北部。\n截至2020年,环县下辖10镇10乡,庆阳市西北部的门户。庆阳市境内面积最大的县,甘肃省的产羊大县。';
    expect(place(body)).toBe('环县');
  });
  it('files no text under its city where a district\'s committee and government lead it (在区委区政府的正确领导下)', () => {
    const body = '2021年度卫计局工作总结\n一年来，我们在区委区政府的正确领导下，圆满完成了全年各项目标任务。荣获全市孕产妇免费产前筛查项目先进单位。常德市卫生计生工作会议上，常德市表彰了我局。常德市考核优秀。';
    expect(place(body)).toBeNull();
  });
  it('reads a place under its parent\'s former name (襄樊市老河口市) as inside that parent, and so settles no city for it', () => {
    const body = '襄樊市老河口市2009年国民经济和社会发展统计公(2)\n邮电通信业平稳增长。全市邮电业务营业收入1.36亿元，全市财政收入稳步增长，占襄樊市的12%。';
    expect(place(body)).not.toBe('襄樊市');
  });
  it('reads a text on a Taiwan investment zone (台商投资区) as the zone\'s, not its city\'s', () => {
    const body = '福建省漳州市政府披露，国务院正式批复设立漳州台商投资区。漳州台商投资区实行国家级经济技术开发区的政策。漳州台商投资区地处九龙江出海口。漳州台商投资区已有工业企业869家。漳州市将加快建设。';
    expect(place(body)).toBeNull();
  });
  it('reads a plan made for a county\'s circumstances (结合平乡实际，制定本方案) as the county\'s, not the city\'s whose plan it answers', () => {
    const body = '按照邢台市人民政府关于印发《邢台市空气质量攻坚行动方案》的通知，邢台市决定在2021年底前退出后十，结合平乡实际，制定本方案。\n一、工作目标\n邢台市下达目标，PM2.5控制在43微克/立方米。';
    expect(place(body)).toBe('平乡县');
    // (A place of no county under the city that is named most: nothing settled by it.)
    expect(place(body.replace('平乡', '本地'))).toBe('邢台市');
  });
  it('reads a sumu that calls itself 全苏木 as below the county: the banner it names is its parent', () => {
    const body = '全苏木总土地面积112.9万亩。辖13个行政嘎查村。全苏木总产值8280万元，全苏木地方财政收入791.5万元。奈曼旗、奈曼旗的农牧业，奈曼旗。';
    expect(place(body)).toBeNull();
  });
  it('reads a text on an area named by its city (郑州高新区…) as the area\'s, its city\'s name inside the area\'s no mention of the city', () => {
    const body = '今年上半年GDP同比增长3.1% 高新区交出高质量发展答卷\n2024年上半年，实现GDP307.3亿元。记者从郑州高新区日前召开的推进会上了解到，郑州高新区上下始终把发展作为第一要务。郑州高新区企业获评郑州市“链主”企业、郑州市十大创新企业，高新区规上工业增加值增长12.7%，高新区获评四星级开发区。';
    expect(place(body)).toBeNull();
  });
  it('reads a text whose year opens on an area as what acted (2022年，济宁经开区全力…) as the area\'s', () => {
    const body = '济宁新闻网讯 日前，济宁市政府新闻办举行新闻发布会，介绍2022年济宁经开区工作成就。\n2022年，济宁经开区全力培育高端装备制造产业。8个省级重点项目开工。济宁市、济宁市。';
    expect(place(body)).toBeNull();
    // (Not a city's text that names an area in passing.)
    expect(place(body.replace('2022年，济宁经开区全力培育', '2022年，济宁市全力培育'))).toBe('济宁市');
  });
  it('reads a scope word in a comparison (高于全省…, 居全省第一) as the whole the place is measured against, not its scope', () => {
    const body = '一季度宜良市经济开局良好\n2021年一季度宜良市地区生产总值为124.51亿元，同比增长18.5%，高于全省3.2个百分点，增速排名全省第一位。宜良市规模以上工业增加值同比增长25%，高于全省6.5个百分点。宜良市社会消费品零售总额增长30%。';
    // (The invented 宜良市 is no government of the table: the test names a real prefecture by swapping it in.)
    expect(place(body.replaceAll('宜良市', '曲靖市'))).toBe('曲靖市');
    // (Where the text speaks for the province as its whole, the city it names is no reporter.)
    expect(place(body.replaceAll('宜良市', '曲靖市').replace('高于全省3.2个百分点', '全省上下共同努力，全省经济企稳，全省投资回升，全省消费增长'))).toBeNull();
  });
});

describe('an autonomous government written by its short name and 州 after its parent in a title', () => {
  it('is the government the title names, not the parent', () => {
    const body = '青海省政府新闻办24日举行新闻发布会，果洛州全体居民人均可支配收入由2011年的6435元增加到2021年的18044元。青海省、青海省、青海省。';
    expect(inferMeta(body, { frontMatter: [], headline: '青海省果洛州人均可支配收入十年年均增长10.86%' }, []).place?.name).toBe('果洛藏族自治州');
    // (And a township named after it is below the table: no place.)
    expect(inferMeta('大黑山乡位于绿春县西南部。', { frontMatter: [], headline: '云南省红河州绿春县大黑山镇概况' }, []).place).toBeNull();
  });
});

describe('a mirror site\'s pinyin after a character', () => {
  it('is read past for the title, and the body keeps it', () => {
    const m = inferMeta('云南省红河州绿春县大黑山镇(zhèn)概况\n大黑山鄉(xiāng)位于我县西南部，国土面积424平方公里。', { frontMatter: ['云南省红河州绿春县大黑山镇(zhèn)概况'] } as TextHints, []);
    expect(m.title).not.toMatch(/zhèn/u);
    expect(m.title).toContain('大黑山镇概况');
  });
});

describe('the year a headline names, when it names a span or a year ahead', () => {
  it('reads a plan\'s span as the year it starts, and a year a news headline looks ahead to as none of the text\'s', () => {
    expect(inferYear('为加快推动全市经济高质量发展，制定本行动计划。', { frontMatter: [], headline: '某市数字经济发展三年行动计划（2022-2024年）', published: '2022-08-12' })).toBe(2022);
    expect(inferYear('到2016年，全市茶叶产值有望达到12.5亿元。', { frontMatter: [], headline: '某市2016年茶叶产值或达12.5亿', published: '2012-05-26' })).toBe(2012);
    // (A work report posted in the December before its year is of that year still.)
    expect(inferYear('各位代表：', { frontMatter: [], headline: '2022年某区政府工作报告', published: '2021-12-20' })).toBe(2022);
  });
});

describe('a text that names several governments of one city as its parts', () => {
  const place = (body: string) => inferMeta(body, { frontMatter: [] } as TextHints, []).place?.name ?? null;
  const body = '1月26日，记者从全市市场监管工作会议上获悉，我市经营主体总量连续三年稳居全省前列。2023年，市市场监管局质量工作、衡阳县药品安全工作、祁东县商事制度改革、耒阳市知识产权工作、南岳区食品安全工作获省政府真抓实干督查激励。耒阳市蔡子池市场监管所被评为全国首批五星监管所。';
  it('is the city\'s', () => {
    expect(place(body)).toBe('衡阳市');
  });
  it('is not where the governments named are the neighbours a county borders', () => {
    expect(place(`${body}耒阳市东邻安仁县。`)).not.toBe('衡阳市');
  });
});

describe('a year\'s highlights and the next year\'s key work in one title (2019年工作亮点及2020年工作重点)', () => {
  it('is of the year it sums up', () => {
    expect(inferYear('市水利局2019年工作亮点及2020年工作重点\n2019年，在市委市政府的正确领导下，水利基础进一步夯实。\n一、2019年工作亮点\n今年，我市防汛抗旱工作稳步推进。\n二、2020年工作重点\n今年要做好防汛工作。', { frontMatter: [] })).toBe(2019);
  });
});
