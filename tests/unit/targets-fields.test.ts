/**
 * Every field of a row read from the grammar of its clause: the measured thing apart from the verb done to it
 * (action), a change by an amount apart from a level, 分别 lists over joined words, parts of a whole, and the kind a
 * statistical bulletin gives. Then the floors on rows drawn at random from reports no rule was written from, labelled
 * by hand field by field (tests/gold/row-fields.json).
 */
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ingestFolder } from '../../src/eval/eval.ts';
import { ROW_FIELD_FLOORS, evaluateRowFields, failedRowFieldFloors, foldName, loadFieldLabels } from '../../src/eval/row-fields.ts';
import { extractTargets, splitAction } from '../../src/pipeline/targets.ts';
import { ownNames } from '../../src/pipeline/ingest.ts';
import { governmentsNamed } from '../../src/pipeline/gazetteer.ts';
import { toGovernment } from '../../src/pipeline/metadata.ts';
import { unfitIndicator } from '../../src/pipeline/targets/fitness.ts';
import { WILL, listTitleOf } from '../../src/pipeline/targets/kind.ts';
import { foldWidth } from '../../src/pipeline/text.ts';
import { buildSections, classify } from '../../src/pipeline/structure.ts';
import type { Report, Section, Target } from '../../src/pipeline/types.ts';

function read(text: string, title = '2024年工作安排', kind: string | null = null): Target[] {
  const sections: Section[] = [{ id: 's1', parent: null, level: 1, number: null, title, paragraphs: [{ text, sources: [] }] }];
  return extractTargets('r', sections, 2024, undefined, kind);
}
/** The kinds of the rows of paragraphs read as one part without a heading (or under `title`), the text of `year`. */
const kindsOf = (paragraphs: string[], year: number | null = null, title = '') =>
  extractTargets('r', [{ id: 's0', parent: null, level: 3, number: null, title, paragraphs: paragraphs.map((text) => ({ text, sources: [] })) }], year).map((t) => t.kind);
const fields = (text: string, title?: string, kind?: string | null) =>
  read(text, title, kind).map((t) => [t.action, t.indicator, t.value, t.unit, t.comparator, t.bound]);

describe('the verb of a clause stands apart from what it measures', () => {
  it('splits a verb before the noun, and after it when it says the work is done', () => {
    expect(fields('建设高标准农田10万亩。')).toEqual([['建设', '高标准农田', 10, '万亩', 'eq', null]]);
    expect(fields('拟发行超长期特别国债1.3万亿元。')).toEqual([['发行', '超长期特别国债', 1.3, '万亿元', 'eq', null]]);
    expect(fields('棚户区改造住房新开工580套。')).toEqual([['新开工', '棚户区改造住房', 580, '套', 'eq', null]]);
  });
  it('takes verbs of winning and building, and a relay\'s 接力, as the action', () => {
    expect(fields('夺得3个一等奖。')).toEqual([['夺得', '一等奖', 3, '个', 'eq', null]]);
    expect(fields('接力实施10项暖民心行动。')).toEqual([['接力实施', '暖民心行动', 10, '项', 'eq', null]]);
  });
  it('keeps a verb that leaves no thing named, and words that change what is measured', () => {
    expect(splitAction('完成投资')).toEqual({ action: null, indicator: '完成投资' });
    expect(splitAction('新增风电光伏装机')).toEqual({ action: null, indicator: '新增风电光伏装机' });
    expect(splitAction('城镇新增就业')).toEqual({ action: null, indicator: '城镇新增就业' });
    expect(splitAction('老旧小区改造')).toEqual({ action: null, indicator: '老旧小区改造' });
    // A verb before a word of place or land makes a noun: 建成区 (the built-up area), 建设用地, 启动区.
    for (const noun of ['建成区面积', '建成区绿化覆盖率', '建设用地', '重点建设用地安全利用率', '启动区土地空间', '重点整治区域']) {
      expect(splitAction(noun)).toEqual({ action: null, indicator: noun });
    }
    expect(splitAction('创建区级食品安全示范街')).toEqual({ action: '创建', indicator: '区级食品安全示范街' });
    // (Nor after another verb: 加快释放 is done to 启动区土地空间.)
    expect(splitAction('加快释放启动区土地空间')).toEqual({ action: '加快释放', indicator: '启动区土地空间' });
  });
  it('cuts a counted noun where what is said of it begins', () => {
    expect(fields('148个小微黑臭水体全部销号。')).toEqual([[null, '小微黑臭水体', 148, '个', 'eq', null]]);
    expect(fields('对管委会115项行政审批事项进行了梳理。')).toEqual([[null, '管委会行政审批事项', 115, '项', 'eq', null]]);
    // An honour won says which works are counted: it names them, set before the noun as a reader would say it.
    expect(read('12部文艺作品获得“五个一工程”奖。')[0]?.indicator).toBe('获得“五个一工程”奖的文艺作品');
  });
});

describe('a change by an amount, and a level', () => {
  it('reads the amount after a verb of change as the change, a bound word between them aside', () => {
    expect(fields('人均财政补助标准提高30元。')).toEqual([[null, '人均财政补助标准', 30, '元', 'growth', null]]);
    expect(fields('耕地面积年均缩减近2000平方公里。')).toEqual([[null, '耕地面积', 2000, '平方公里', 'decline', 'approx']]);
    expect(fields('中关村规模以上企业技术收入增长超过30%。')).toEqual([[null, '中关村规模以上企业技术收入', 30, '%', 'growth', 'gte']]);
    expect(fields('医用耗材平均降幅达34.2%。')[0]?.[4]).toBe('decline');
  });
  it('keeps a count made by a verb of improvement a count', () => {
    expect(fields('改造提升老旧小区10个。')).toEqual([['改造提升', '老旧小区', 10, '个', 'eq', null]]);
    expect(fields('新建、提升8条市政道路绿化。')[0]?.[4]).toBe('eq');
  });
  it('gives the level reached to the thing, not to what was added to it', () => {
    expect(read('新能源装机新增623万千瓦、达到1968万千瓦。').map((t) => [t.indicator, t.value])[1]).toEqual(['新能源装机', 1968]);
    expect(read('全盟新能源装机新增623万千瓦、达到1968万千瓦。').map((t) => [t.indicator, t.value])).toEqual([['全盟新增新能源装机', 623], ['全盟新能源装机', 1968]]);
  });
  it('names things added, with 新增 after them, as 新增 before them; their 规模 in a count is all of them', () => {
    expect(read('持牌金融机构新增47家。').map((t) => [t.indicator, t.value])).toEqual([['新增持牌金融机构', 47]]);
    expect(read('各项贷款新增1.91万亿元。')[0]?.indicator).toBe('新增各项贷款');
    expect(read('国家高新技术企业新增350家、规模突破3000家。').map((t) => [t.indicator, t.value, t.comparator])).toEqual([
      ['新增国家高新技术企业', 350, 'eq'],
      ['国家高新技术企业规模', 3000, 'gte'],
    ]);
    // (A size in money of the ones added stays theirs.)
    expect(read('新增股权投资基金10只、规模500亿元。')[1]?.indicator).toBe('新增股权投资基金规模');
    // (Added since a base is a change of the thing, as written.)
    expect(read('贷款余额较年初新增1200亿元。')[0]?.indicator).not.toMatch(/^新增/u);
  });
  it('reads a rate kept or reached, then the word of the change, as that change', () => {
    expect(fields('人工智能等产业营收保持20%以上增长。', '2025年工作回顾')[0]?.slice(2)).toEqual([20, '%', 'growth', 'gte']);
    expect(fields('规模以上工业增加值实现6%左右的增长。')[0]?.slice(1)).toEqual(['规模以上工业增加值', 6, '%', 'growth', 'approx']);
    expect(fields('优良天数比例保持95%以上。')[0]?.slice(2)).toEqual([95, '%', 'gte', 'gte']);
  });
  it('ends a counted noun before a measure of it that has a number of its own, and gives the measure to them', () => {
    expect(read('13个重点园区2025年营业收入突破2.5万亿元。', '2025年工作回顾').map((t) => [t.indicator, t.value, t.comparator])).toEqual([
      ['重点园区', 13, 'eq'],
      ['重点园区营业收入', 2.5, 'gte'],
    ]);
    // (A measure after another item, or after a verb, is not glued to the count: it keeps its own reading.)
    expect(read('软件和信息服务业从业人员超过34万人、主营业务收入增长近20%。', '2025年工作回顾').map((t) => t.indicator)[1]).toBe('主营业务收入');
  });
  it('names the investment in things made by verbs joined by 、 without the verbs', () => {
    expect(read('全年新建、续建商贸类项目11个，完成投资10.2亿元。', '2012年工作回顾').map((t) => [t.action, t.indicator])).toEqual([
      ['新建、续建', '商贸类项目'],
      [null, '商贸类项目投资'],
    ]);
  });
  it('withholds a name that opens with a pause (cut inside a list)', () => {
    const row = { indicator: '、续建商贸类项目投资', value: 10.2, valueMax: null, unit: '亿元', comparator: 'eq', bound: null } as unknown as Parameters<typeof unfitIndicator>[0];
    expect(unfitIndicator(row, '新建、续建商贸类项目11个，完成投资10.2亿元')).toBe('indicator is no name');
    expect(unfitIndicator({ ...row, indicator: '商贸类项目投资' }, '新建、续建商贸类项目11个，完成投资10.2亿元')).toBeNull();
  });
  it('names an extent glued to its noun by the things before 等, and not by the work on them', () => {
    expect(read('完成东海写字楼主体建设和8万平方米广场等工程。').map((t) => [t.indicator, t.value])).toEqual([['广场', 8]]);
    expect(read('科学合理的做好海拉尔东山组团8.8平方公里起步区的规划。').map((t) => [t.indicator, t.value])).toEqual([['起步区', 8.8]]);
  });
  it('names things of no kind of their own, counted alone, by the stage they reached', () => {
    expect(read('汽车零部件生产基地等142个项目建成投产。', '2023年工作回顾').map((t) => t.indicator)).toEqual(['建成投产的项目']);
    expect(read('第十二高级中学等57个项目开工，清平古墟修复等23个项目全部完工。', '2023年工作回顾').map((t) => t.indicator)).toEqual(['开工的项目', '完工的项目']);
    // (Not a verb that says of any of them, nor a noun of a kind: 政府投资项目 is named by itself.)
    expect(read('待批项目等4项任务全面完成。', '2023年工作回顾').map((t) => t.indicator)).toEqual(['任务']);
    expect(read('210个政府投资项目建成投产。', '2023年工作回顾').map((t) => t.indicator)).toEqual(['政府投资项目']);
  });
  it('ends a counted noun before what it did (拔地而起, 并网发电) and an extent before the building task', () => {
    expect(read('5300多栋楼宇拔地而起。', '2025年工作回顾').map((t) => t.indicator)).toEqual(['楼宇']);
    expect(read('3家海上风场并网发电。', '2025年工作回顾').map((t) => t.indicator)).toEqual(['海上风场']);
    expect(read('完成景观改造26万平方米、沿河5.3公里道路的建设任务。').map((t) => t.indicator)[1]).toBe('道路');
  });
  it('reads a top share of a ranking as a class, 跻身 as a status, and 稳妥 as a manner before the verb', () => {
    expect(read('85个学科进入ESI世界学科排名前1%、9个学科进入前1‰。', '2025年工作回顾').map((t) => t.unit)).not.toContain('%');
    expect(read('85个学科进入ESI世界学科排名前1%。', '2025年工作回顾').map((t) => t.unit)).not.toContain('‰');
    expect(read('2家中试平台跻身首批国家级制造业中试平台。', '2025年工作回顾')[0]?.indicator).toBe('跻身首批国家级制造业中试平台的中试平台');
    expect(read('稳妥推进55个扩面试点项目、30个城市更新重点片区建设。').map((t) => [t.action, t.indicator])).toEqual([
      ['稳妥推进', '扩面试点项目'],
      ['稳妥推进', '城市更新重点片区'],
    ]);
  });
  it('reads verbs of change joined before 为 as a link, a rank raised to as a rank, and a bare amount ranked as the amount stated', () => {
    expect(read('188个园区整合优化为120个。', '2025年工作回顾').map((t) => [t.indicator, t.value])).toEqual([['园区', 188], ['园区', 120]]);
    expect(read('电解铝运行产能提升至全国第2位。', '2025年工作回顾')[0]?.indicator).toBe('电解铝运行产能全国排名');
    expect(read('技术合同成交额达到6121亿元、金额居全国第3位。', '2025年工作回顾').map((t) => t.indicator)).toEqual(['技术合同成交额', '技术合同成交额全国排名']);
  });
  it('names the investment of things after verbs run together, and things listed by name by the title they reached', () => {
    expect(read('铺排落实省重点项目304个、完成投资4608亿元。', '2025年工作回顾').map((t) => [t.action, t.indicator])).toEqual([
      ['铺排落实', '省重点项目'],
      [null, '省重点项目投资'],
    ]);
    expect(read('宁夏现代煤化工、中科生物制造2个平台入选首批国家级中试平台。', '2025年工作回顾')[0]?.indicator).toBe('首批国家级中试平台');
  });
  it('counts times an activity was held as the activity, without who held it; 部署实施 and 探索形成 are verbs', () => {
    expect(read('区市县党政主要领导开展集中办公69场次。', '2025年工作回顾').map((t) => [t.action, t.indicator])).toEqual([['开展', '集中办公']]);
    expect(read('全区合计开展公共卫生监测7326间次。', '2025年工作回顾').map((t) => [t.action, t.indicator])).toEqual([['开展', '全区公共卫生监测']]);
    // (A verb before the verb is no one who held it: 组织开展 stays the action.)
    expect(read('组织开展“荆楚购”等促消费活动30余场。', '2025年工作回顾').map((t) => [t.action, t.indicator])).toEqual([['组织开展', '促消费活动']]);
    expect(read('部署实施“双尖双领+X”项目400项以上。').map((t) => [t.action, t.indicator])).toEqual([['部署实施', '“双尖双领+X”项目']]);
    expect(read('探索形成33项首创性制度型开放成果。', '2025年工作回顾').map((t) => [t.action, t.indicator])).toEqual([['探索形成', '首创性制度型开放成果']]);
  });
  it('reads a count of articles glued after what a policy is for as its name, and after the verb that issued it as a count', () => {
    expect(read('出台推动人工智能产业发展和赋能应用10条措施。', '2025年工作回顾')).toEqual([]);
    expect(read('认真落实放宽市场准入24条特别措施。')).toEqual([]);
    expect(read('成立支持外经贸高质量发展指挥部、出台20条举措。', '2025年工作回顾').map((t) => [t.value, t.unit])).toEqual([[20, '条']]);
    expect(read('在7个方面推出24条措施。', '2025年工作回顾').map((t) => [t.value, t.unit])).toEqual([[24, '条']]);
  });
  it('names a measure said after what was done to a thing and a pause by the thing; 出台施行 ends a counted noun', () => {
    expect(read('益阳电厂三期建成投产、总装机达386万千瓦，为省内单体最大火电基地。', '2025年工作回顾').map((t) => t.indicator)).toEqual(['益阳电厂三期总装机']);
    expect(read('海关监管办法等6项封关政策及相关配套制度出台施行。', '2025年工作回顾').map((t) => t.indicator)).toEqual(['封关政策及相关配套制度']);
  });
  it('ends a counted noun before 运行, 办结, 受益 said of it, and names what backed others made without the backing', () => {
    expect(read('64个反走私综合执法站实战化运行。', '2025年工作回顾')[0]?.indicator).toBe('反走私综合执法站');
    expect(read('年度10件惠民实事圆满办结。', '2025年工作回顾')[0]?.indicator).toBe('年度惠民实事');
    expect(read('1.6万名离退休人员受益。', '2025年工作回顾')[0]?.indicator).toBe('离退休人员');
    expect(read('全力做好呼伦贝尔市中心城新区河东部分、2.2平方公里中心文化区等市级重点项目的房屋和土地征收工作。').map((t) => t.indicator)).toEqual(['中心文化区']);
    expect(read('支持龙头企业牵头组建创新联合体10个以上。').map((t) => [t.action, t.indicator])).toEqual([['组建', '创新联合体']]);
  });
  it('names a share used for something as that share of the amount it is of', () => {
    expect(read('一般公共预算支出3.4万亿元，74%以上用于民生。', '2025年工作回顾').map((t) => [t.indicator, t.value])).toEqual([
      ['一般公共预算支出', 3.4],
      ['一般公共预算支出用于民生比重', 74],
    ]);
    expect(read('全国财政支出70%以上用于民生。', '2025年工作回顾')[0]?.indicator).toBe('全国财政支出用于民生比重');
    expect(read('全市财政科技支出增长16.9%、市本级新增财力的17.7%用于科技投入。', '2025年工作回顾')[1]?.indicator).toBe('市本级新增财力用于科技投入比重');
  });
  it('reads 减 before what is cut and a share as a fall of it; a span of years before a verb, and 进至 a rank, as before', () => {
    expect(fields('新上线重点事项办理平均减时间83%。', '2025年工作回顾')).toEqual([[null, '新上线重点事项办理平均时间', 83, '%', 'decline', null]]);
    expect(read('五年改造城镇老旧小区8074个。', '2025年工作回顾').map((t) => [t.action, t.indicator])).toEqual([['改造', '城镇老旧小区']]);
    expect(read('高铁通车里程进至全国第5位、实现市市通高铁。', '2025年工作回顾')[0]?.indicator).toBe('高铁通车里程全国排名');
    expect(read('加快大兴安岭100万平方米棚户区改造工程建设。')[0]?.indicator).toBe('大兴安岭棚户区改造工程');
  });
  it('reads a change by an amount per head as growth of the money per head, and a measure after a count as the counted things\'', () => {
    expect(fields('社区工作人员和环卫一线人员生活补贴全年人均增长2400元；', '2025年工作回顾')).toEqual([[null, '社区工作人员和环卫一线人员人均生活补贴', 2400, '元', 'growth', null]]);
    expect(fields('环卫工人和社区干部生活补贴人均月增200元。', '2025年工作回顾')).toEqual([[null, '环卫工人和社区干部人均生活补贴', 200, '元', 'growth', null]]);
    expect(fields('财政收入增长3亿元。', '2025年工作回顾')[0]?.[4]).toBe('growth');
    expect(read('17个重点传统制造业增加值增长5.3%。', '2025年工作回顾').map((t) => [t.indicator, t.value, t.comparator])).toEqual([
      ['重点传统制造业', 17, 'eq'],
      ['重点传统制造业增加值', 5.3, 'growth'],
    ]);
  });
  it('strips a quoted period as a base, and names shares, drivers, investments and statuses by the grammar of the clause', () => {
    expect(read('高价值发明专利较“十三五”时期增长148%。', '2025年工作回顾')[0]?.indicator).toBe('高价值发明专利');
    // (A base in quotes without 时期 stays: 较“四经普” — the list after it is not read.)
    expect(read('“企呼我办”等新机制推动企业反映问题解决率提高到93%。', '2025年工作回顾')[0]?.indicator).toBe('企业反映问题解决率');
    expect(read('推进城市更新立法，大力实施城市更新行动、完成投资220亿元。')[0]?.indicator).toBe('城市更新行动投资');
    expect(read('实际对外直接投资增长10%、对共建“一带一路”国家投资占50%以上。')[1]?.indicator).toBe('对共建“一带一路”国家投资占实际对外直接投资比重');
    expect(read('残疾人康复服务率等5项指标居全国前列。', '2025年工作回顾')[0]?.indicator).toBe('居全国前列的指标');
    expect(read('7个设区市断面水环境质量进入全国前十。', '2025年工作回顾')[0]?.indicator).toBe('断面水环境质量进入全国前十的设区市');
    expect(read('推动漓江4条支流水质达标。', '2025年工作回顾').map((t) => [t.action, t.indicator])).toEqual([['推动', '漓江支流']]);
    expect(read('细化提出25项主要指标。', '2025年工作回顾').map((t) => [t.action, t.indicator])).toEqual([['细化提出', '主要指标']]);
    expect(read('成为5个国际商事仲裁中心建设试点地区之一。', '2025年工作回顾')).toEqual([]);
    expect(read('长江流域水生生物完整性指数提升2个等级。', '2025年工作回顾').map((t) => t.unit)).toEqual(['个等级']);
  });
  it('reads a bound on a named growth as growth, a count of milestones by them, and one example before 等 as no part of the kind', () => {
    expect(fields('全社会研发经费投入增速年均超20%，连续三年居全国第一。', '2025年工作回顾')[0]?.slice(2)).toEqual([20, '%', 'growth', 'gte']);
    expect(read('地区生产总值五年跨过3个万亿级关口、突破10万亿元。', '2025年工作回顾').map((t) => [t.indicator, t.value, t.comparator])).toEqual([
      ['地区生产总值万亿级关口', 3, 'eq'],
      ['地区生产总值', 10, 'gte'],
    ]);
    expect(read('建设广西人工智能学院等创新平台16家。', '2025年工作回顾').map((t) => [t.action, t.indicator])).toEqual([['建设', '创新平台']]);
    expect(read('新增美格智能等上市企业5家。', '2025年工作回顾')[0]?.indicator).toBe('新增上市企业');
    // (A scope then 实现: the measure of the scope; a town's 全镇 as a city's 全市.)
    expect(read('全镇实现地方财政收入1.87亿元，同比增长15.1%。', '2018年工作回顾').map((t) => [t.action, t.indicator])).toEqual([['实现', '全镇地方财政收入'], ['实现', '全镇地方财政收入']]);
    // (A note's mark set as a circled number after the name is no part of it.)
    expect(read('建成“5+2就业之家”⑥70个。', '2025年工作回顾')[0]?.indicator).toBe('“5+2就业之家”');
    // (A kind said only as "of every sort" names nothing without its example.)
    expect(read('累计争取超长期特别国债等各类资金14.6亿元。', '2025年工作回顾')[0]?.indicator).toBe('超长期特别国债等各类资金');
    // (Not where the number counts the example: 88个水利设施等一批…项目.)
    expect(read('推进新增国债支持的88个水利设施等一批基础设施补短板项目。').map((t) => t.indicator)[0]).not.toBe('一批基础设施补短板项目');
    // (Nor a word that ends in 等 of its own.)
    expect(read('新增高等院校3所。', '2025年工作回顾')[0]?.indicator).toBe('新增高等院校');
  });
  it('reads how it is given with what is given, 1倍多 as more than once, a zone along a line as no quantity, and since when as no part of a name', () => {
    expect(read('为不少于5万名经济困难的严重精神障碍患者免费提供抗精神病药物。')[0]?.indicator).toBe('免费提供抗精神病药物的经济困难的严重精神障碍患者');
    expect(fields('长江十年禁渔以来重庆段监测鱼类增长1倍多。', '2025年工作回顾')).toEqual([[null, '重庆段监测鱼类', 1, '倍', 'growth', 'gte']]);
    expect(read('实施长江沿线1公里化工腾退地块土壤污染专项治理。')).toEqual([]);
    expect(read('整合提升1000个民生服务综合体。').map((t) => [t.action, t.indicator, t.comparator])).toEqual([['整合提升', '民生服务综合体', 'eq']]);
    expect(read('选送1000场品质戏曲进社区进乡村。').map((t) => [t.action, t.indicator])).toEqual([['选送', '品质戏曲']]);
  });
  it('reads 并入 and 布局 as verbs done to the thing', () => {
    expect(read('关停单烧供热锅炉61个，并入集中供热面积175万平方米。', '2015年工作回顾').map((t) => [t.action, t.indicator])[1]).toEqual(['并入', '集中供热面积']);
    expect(read('布局AED等群众可及急救设备700处。').map((t) => [t.action, t.indicator])).toEqual([['布局', 'AED等群众可及急救设备']]);
  });
  it('names a rate of growth a work drove by the thing that grew, and an amount driven by the driving', () => {
    expect(read('带动固定资产投资增长5.1%。', '2023年工作回顾')[0]?.indicator).toBe('固定资产投资');
    expect(read('带动消费8.7亿元。', '2023年工作回顾')[0]?.indicator).toBe('带动消费');
  });
  it('names things that filled a gap by it, as a status they reached', () => {
    expect(read('玉柴甲醇发动机、超高纯稀土粉体等20项科技创新成果填补国内空白。', '2025年工作回顾')[0]?.indicator).toBe('填补国内空白的科技创新成果');
  });
  it('names people a work was done for without the 了 that says it was done', () => {
    expect(read('为6.2万名农民工解决了拖欠工资问题。', '2025年工作回顾')[0]?.indicator).toBe('解决拖欠工资问题的农民工');
  });
  it('reads a number of 类 right after a count as the category of the things counted', () => {
    expect(read('2个1类创新药获批上市。', '2025年工作回顾').map((t) => t.unit)).not.toContain('类');
    expect(read('培育3类新兴产业。').map((t) => [t.value, t.unit])).toEqual([[3, '类']]);
  });
  it('reads 余 as more than the number', () => {
    expect(fields('新登记市场主体4.23万余户。')).toEqual([[null, '新登记市场主体', 4.23, '万户', 'gte', 'gte']]);
  });
});

describe('lists, wholes and parts', () => {
  it('unfolds a word that joins a pair over a 分别 list, and a later list without a subject takes the same pair', () => {
    expect(read('城乡居民人均可支配收入分别为80587元和48180元，分别增长4.6%和6.6%。').map((t) => [t.indicator, t.value, t.comparator])).toEqual([
      ['城镇居民人均可支配收入', 80587, 'eq'],
      ['农村居民人均可支配收入', 48180, 'eq'],
      ['城镇居民人均可支配收入', 4.6, 'growth'],
      ['农村居民人均可支配收入', 6.6, 'growth'],
    ]);
    expect(read('存贷款余额分别达到5000亿元、4000亿元。').map((t) => t.indicator)).toEqual(['存款余额', '贷款余额']);
  });
  it('reads two lists after one 分别, each with its own verb, value by value', () => {
    expect(read('城镇和农村居民人均可支配收入分别增长7.8%和8.5%、达到49601元和28224元。', '2023年工作回顾').map((t) => [t.indicator, t.value, t.comparator])).toEqual([
      ['城镇居民人均可支配收入', 7.8, 'growth'],
      ['农村居民人均可支配收入', 8.5, 'growth'],
      ['城镇居民人均可支配收入', 49601, 'eq'],
      ['农村居民人均可支配收入', 28224, 'eq'],
    ]);
    // (Lists of unequal length say no pairing: not read as two lists.)
    expect(read('城乡居民人均可支配收入分别增长7.8%和8.5%、达到49601元。', '2023年工作回顾').some((t) => t.value === 49601 && t.comparator === 'growth')).toBe(false);
  });
  it('takes a list of subjects from the clause without a number before a 分别', () => {
    expect(read('各类安全事故起数、受伤人数、死亡人数，分别下降21%、27.1%、33.3%。').map((t) => t.indicator)).toEqual(['各类安全事故起数', '受伤人数', '死亡人数']);
  });
  it('withholds several values of one kind said of one subject that does not split', () => {
    expect(read('项目投资分别达到50亿元、40亿元。')).toEqual([]);
  });
  it('names one side of a pair after 其中 as its part of the whole', () => {
    expect(read('城乡居民享受最低生活保障人数10.15万人，其中城镇2.62万人。').map((t) => t.indicator)[1]).toBe('城镇居民享受最低生活保障人数');
  });
  it('counts a whole and its part done by the verb between them', () => {
    expect(read('76个冬奥项目开工65个。').map((t) => [t.action, t.indicator, t.value])).toEqual([
      [null, '冬奥项目', 76],
      ['开工', '冬奥项目', 65],
    ]);
    expect(read('12处敬老院整合为3处并实行公建民营。').map((t) => [t.indicator, t.value])).toEqual([
      ['敬老院', 12],
      ['敬老院', 3],
    ]);
  });
});

describe('more of the clause grammar', () => {
  it('gives a list of values without a subject to the rows just read, when they are as many', () => {
    expect(read('游客人数1582万人次，旅游收入106.8亿元，分别增长29%和49.7%。', '2023年工作回顾').map((t) => [t.indicator, t.value, t.comparator])).toEqual([
      ['游客人数', 1582, 'eq'],
      ['旅游收入', 106.8, 'eq'],
      ['游客人数', 29, 'growth'],
      ['旅游收入', 49.7, 'growth'],
    ]);
    // Not as many: whose each value is, is not said.
    expect(read('旅游收入106.8亿元，分别增长29%和49.7%。', '2023年工作回顾').map((t) => t.value)).toEqual([106.8]);
  });
  it('reads 净增 and 节省 as changes, the examples before 等 as no part of the subject', () => {
    expect(read('第三产业用电量5.82亿千瓦时，净增1.09亿千瓦时。').map((t) => [t.indicator, t.value, t.comparator])[1]).toEqual(['第三产业用电量', 1.09, 'growth']);
    expect(fields('总诊疗过程可节省20-30分钟。')).toEqual([[null, '总诊疗过程', 20, '分钟', 'decline', 'range']]);
    expect(read('汽车、数码相机、3D打印机等高新技术产品出口增长10.1%。')[0]?.indicator).toBe('高新技术产品出口');
  });
  it('reads no quantity in milestones counted or in a policy package named by its count', () => {
    expect(read('地区生产总值连跨400亿元、500亿元、600亿元三个台阶。')).toEqual([]);
    expect(read('延续实施稳就业18条、脱贫人口就业帮扶12条等政策措施。')).toEqual([]);
  });
  it('reads 控制在 of a year past as the level it came to', () => {
    expect(read('财政赤字率控制在2.8%。', '2023年工作回顾').map((t) => t.comparator)).toEqual(['eq']);
    expect(read('财政赤字率控制在2.8%。').map((t) => t.comparator)).toEqual(['lte']);
  });
});

describe('ranks, classes and bases', () => {
  it('reads how many places are ranked as no quantity, and keeps where the rank is', () => {
    expect(read('地区生产总值增长6%，位列全国337个城市第17位。', '2023年工作回顾').map((t) => [t.indicator, t.value, t.unit])).toEqual([
      ['地区生产总值', 6, '%'],
      ['地区生产总值全国城市排名', 17, '位'],
    ]);
    // A count that is not of places ranked stays a count.
    expect(read('12个村成功列入第六批中国传统村落名录。', '2023年工作回顾').map((t) => t.value)).toEqual([12]);
  });
  it('keeps a class made by a number in the name of what it classes', () => {
    expect(read('建成社区健身路径或3人制篮球场20个。').map((t) => [t.action, t.indicator, t.value])).toEqual([['建成', '社区健身路径或3人制篮球场', 20]]);
  });
  it('reads a base of comparison before 的 as no attribute of the number', () => {
    expect(read('规模工业企业亏损面由上年的45%下降到39%。', '2023年工作回顾').map((t) => [t.indicator, t.value])).toEqual([
      ['规模工业企业亏损面', 45],
      ['规模工业企业亏损面', 39],
    ]);
  });
  it('ranks a bare measure as the measure of the subject just stated', () => {
    expect(read('第三产业增加值978.3亿元、增长8.5%、增速居全省第2位。', '2023年工作回顾').map((t) => t.indicator)[2]).toBe('第三产业增加值增速全省排名');
  });
  it('shares the last measure word over names of one length when the last name is of another', () => {
    expect(read('粮食、蔬菜、肉蛋奶产量分别达到9.4万吨、8万吨、5.03万吨。').map((t) => t.indicator)).toEqual(['粮食产量', '蔬菜产量', '肉蛋奶产量']);
    expect(read('第一、第三产业增加值分别增长3%、5%。').map((t) => t.indicator)).toEqual(['第一产业增加值', '第三产业增加值']);
  });
  it('keeps a per-unit scope (每街道) with the thing provided', () => {
    expect(read('每街道配备1所公办示范幼儿园。').map((t) => [t.action, t.indicator])).toEqual([['配备', '每街道公办示范幼儿园']]);
  });
  it('reads a rate per day as one unit, and a milestone passed as a lower bound', () => {
    expect(fields('新增污水处理能力3万吨/日。')[0]?.[3]).toBe('万吨/日');
    expect(fields('粮食产量首次跃上1.4万亿斤新台阶。')).toEqual([[null, '粮食产量', 1.4, '万亿斤', 'gte', 'gte']]);
  });
});

describe('parts, bases and changes said around the thing', () => {
  it('names each side of a whole named by its scope, the second after the first', () => {
    expect(read('全市纳入低保人数6.31万人，其中城镇1.46万人，农村4.85万人。', '2023年工作回顾').map((t) => t.indicator)).toEqual([
      '全市纳入低保人数',
      '城镇纳入低保人数',
      '农村纳入低保人数',
    ]);
  });
  it('reads a verb of change before the thing and a rate after it as that change', () => {
    expect(fields('缩减中层管理人员13.9%。', '2023年工作回顾')).toEqual([[null, '中层管理人员', 13.9, '%', 'decline', null]]);
    expect(fields('提高城镇化率3个百分点。')).toEqual([[null, '城镇化率', 3, '个百分点', 'growth', null]]);
  });
  it('gives a level said after 并 to the subject, and reads a base before 的 as no attribute', () => {
    expect(read('货物进出口总额年均增长8.6%，突破40万亿元并连续多年居世界首位。', '2023年工作回顾').map((t) => [t.indicator, t.value])[1]).toEqual(['货物进出口总额', 40]);
    expect(read('农民每年负担由税改前的3.11亿元减少到5175万元。', '2023年工作回顾').map((t) => t.indicator)).toEqual(['农民每年负担', '农民每年负担']);
  });
});

describe('numbers as written, and what is no deadline', () => {
  it('reads 百 and 千 alone as a hundred and a thousand, and a thousands separator inside a number', () => {
    expect(fields('集装箱航线突破百条。')).toEqual([[null, '集装箱航线', 100, '条', 'gte', 'gte']]);
    expect(fields('高考一本上线人数突破千人。')).toEqual([[null, '高考一本上线人数', 1000, '人', 'gte', 'gte']]);
    expect(fields('实物房源达到3,000套。')).toEqual([[null, '实物房源', 3000, '套', 'eq', null]]);
  });
  it('gives no deadline to a past level, and the year to the year\'s main targets in a five-year part', () => {
    const rows = read('全省生产总值从2020年的3.68万亿元增长到2025年的4.93万亿元。', '2025年工作回顾');
    expect(rows.map((t) => [t.value, t.kind, t.deadline])).toEqual([[3.68, 'achievement', null], [4.93, 'achievement', null]]);
    const sections: Section[] = [
      { id: 's1', parent: null, level: 1, number: '二、', title: '“十二五”时期的主要目标和2011年工作', paragraphs: [
        { text: '2011年主要预期目标是：生产总值增长12%，地方财政一般预算收入增长8%（按可比口径计算增长12%）。', sources: [] },
      ] },
    ];
    expect(extractTargets('r', sections, 2011).map((t) => [t.indicator, t.value, t.deadline])).toEqual([
      ['生产总值', 12, null],
      ['地方财政一般预算收入', 8, null],
      ['地方财政一般预算收入', 12, null],
    ]);
  });
  it('reads no growth from a verb that improves the things counted after the number', () => {
    expect(read('提升656公里公交专用道使用效率。')).toEqual([]);
    expect(fields('人均财政补助标准提高30元。')[0]?.[4]).toBe('growth');
  });
});

describe('debris a reader found in names', () => {
  it('keeps 现有, 再 and 可比 out of the name', () => {
    expect(read('现有4个省级现代农业产业园。').map((t) => t.indicator)).toEqual(['省级现代农业产业园']);
    expect(read('城乡居民基础养老金月最低标准再提高20元。').map((t) => [t.indicator, t.comparator])).toEqual([['城乡居民基础养老金月最低标准', 'growth']]);
    expect(read('全区生产总值增长10.8%，可比增长9%。').map((t) => t.indicator)).toEqual(['全区生产总值', '全区生产总值']);
  });
  it('publishes no name that joins a milestone to the next measure', () => {
    expect(read('粮食产量首次跃上1.4万亿斤新台阶、亩产提升10.1斤。').map((t) => t.indicator)).not.toContain('新台阶、亩产');
  });
});

describe('which of the noun a count counts', () => {
  it('names the counted things by the status they reach, set before the noun, and by nothing that made them reach it', () => {
    expect(fields('296项政策服务实现“免申即享”。')).toEqual([[null, '实现“免申即享”的政策服务', 296, '项', 'eq', null]]);
    expect(read('138家企业通过科技计划项目或研发奖补开展科技攻关和成果转化。')[0]?.indicator).toBe('开展科技攻关和成果转化的企业');
    expect(read('推动12家二级及以上公立医院开展规范的中医诊疗服务。')[0]?.indicator).toBe('开展规范的中医诊疗服务的二级及以上公立医院');
    expect(read('8个集群增加值实现两位数增长。')[0]?.indicator).toBe('增加值实现两位数增长的集群');
    expect(read('全市通过省级生态考评的5个社区。')[0]?.indicator).toBe('全市通过省级生态考评的社区');
  });
  it('leaves the noun bare after a predicate of work done, a list, a number to come, or a manner word', () => {
    // (A noun of no kind of its own is known by the stage it reached: 建成投产的项目 — three readers of three samples so named
    // the projects counted.)
    expect(read('142个项目建成投产。')[0]?.indicator).toBe('建成投产的项目');
    expect(read('142个工业项目建成投产。')[0]?.indicator).toBe('工业项目');
    expect(read('推动39个已签约待开工项目尽快开工、84个在谈项目尽快签约。').map((t) => t.indicator)).toEqual(['已签约待开工项目', '在谈项目']);
    expect(read('全区124个社区全部实现政企、社企分离。')[0]?.indicator).not.toContain('的');
    expect(read('113家农业龙头企业实现销售收入50亿元。').map((t) => t.indicator)).not.toContain('实现销售收入的农业龙头企业');
    expect(read('率先推出34项自主开展项目。')[0]?.indicator ?? '').not.toMatch(/的自主$/u);
  });
  it('counts the noun before 的 when what follows is done to it, not when a clause before 的 describes the noun after it', () => {
    expect(read('完成辖区北山道、东海道等6条主干道的环境提升工程。')[0]?.indicator).toBe('主干道');
    expect(read('355个贫困村的贫困户人均增收688.3元。').map((t) => t.indicator)).toEqual(['贫困村', '贫困户人均增收']);
    expect(read('为近100万名群众提供优质高效的垃圾收运处理服务。')[0]?.indicator ?? '').not.toBe('群众提供优质高效');
    expect(read('新增10个年产值超亿元的项目。')[0]?.indicator).toMatch(/年产值超亿元的项目$/u);
  });
  it('keeps a class named by an amount with a bound in the name of what it classes, and an extent with a bound a quantity', () => {
    expect(fields('产值10亿元以上企业达到19家。')).toEqual([[null, '产值10亿元以上企业', 19, '家', 'eq', null]]);
    expect(read('其中10亿元以上项目9个，新开工42个。').map((t) => t.indicator)).toEqual(['10亿元以上项目', '新开工项目']);
    expect(fields('建设50公里以上自行车道。')).toEqual([['建设', '自行车道', 50, '公里', 'gte', 'gte']]);
  });
  it('reads a verb that cuts a thing, then an amount, as a fall by that amount', () => {
    expect(fields('压减财政一般性支出、非急需非刚性支出55亿元。')).toEqual([[null, '财政一般性支出、非急需非刚性支出', 55, '亿元', 'decline', null]]);
    expect(fields('提升改造老旧小区100个。')[0]?.[4]).toBe('eq');
  });
  it('takes a span of years, a total word, a bracket left open and 拟定 out of the name, and publishes no bare verb', () => {
    expect(fields('五年累计新建、改建市政道路27条共58.2公里。')).toEqual([
      ['新建、改建', '市政道路', 27, '条', 'eq', null],
      ['新建、改建', '市政道路', 58.2, '公里', 'eq', null],
    ]);
    expect(fields('三年共实施人大议案3件。')).toEqual([['实施', '人大议案', 3, '件', 'eq', null]]);
    expect(read('沐溪工业园三年累计完成固定资产投资8亿元。')[0]?.indicator).toBe('沐溪工业园固定资产投资');
    expect(read('144、建设10处环境信息实时显示屏（主办：区环保水务局，协办：区城管局')[0]?.indicator).toBe('环境信息实时显示屏');
    expect(read('体检人群拟定1万人次。')[0]?.indicator).toBe('体检人群');
    expect(read('对区直属部门行政审批事项，削减55项，保留8项。').map((t) => t.indicator)).toEqual([]);
  });
  it('cuts verbs alone after a counted noun, a circumstance, a basis, a note in brackets and a count of aspects', () => {
    expect(read('学校、医院、道路等210个政府投资项目提质提效。')[0]?.indicator).toBe('政府投资项目');
    expect(read('3个国家区域医疗中心投入运营。')[0]?.indicator).toBe('国家区域医疗中心');
    expect(fields('在基本完成19.5公里海滨栈道建设的基础上，着手规划其它绿道系统。')).toEqual([['基本完成', '海滨栈道', 19.5, '公里', 'eq', null]]);
    expect(read('按一年计累计意向成交金额784.1亿美元。')[0]?.indicator).toBe('意向成交金额');
    expect(read('预计全年（下同）地区生产总值增长7.5%。')[0]?.indicator).toBe('地区生产总值');
    expect(fields('实施好十方面34项民生实事项目。')).toEqual([['实施', '民生实事项目', 34, '项', 'eq', null]]);
    expect(read('新增省级智能工厂和绿色工厂各1家。')[0]?.indicator).toBe('新增省级智能工厂和绿色工厂');
  });
  it('keeps the words between the verbs and a count that say which of the noun', () => {
    expect(read('开工建设龙川新城首期18个项目。')[0]?.indicator).toBe('龙川新城首期项目');
  });
  it('takes the verb of completion out of a measure of a thing, and keeps a verb on a share or a named measure', () => {
    expect(fields('第三产业完成增加值184.6亿元。')).toEqual([['完成', '第三产业增加值', 184.6, '亿元', 'eq', null]]);
    expect(read('光明凤凰城全年完成固定资产投资392亿元。')[0]?.indicator).toBe('光明凤凰城固定资产投资');
    expect(splitAction('进驻服务事项占比')).toEqual({ action: null, indicator: '进驻服务事项占比' });
    expect(splitAction('运营里程')).toEqual({ action: null, indicator: '运营里程' });
  });
  it('shares a kind of balance named whole over a list, unless a part names its own kind', () => {
    expect(read('金融机构和小微企业贷款余额分别增长11.5%和17.5%。').map((t) => t.indicator)).toEqual(['金融机构贷款余额', '小微企业贷款余额']);
    expect(read('全市存款、贷款余额分别突破20万亿元和11万亿元。').map((t) => t.indicator)).toEqual(['全市存款余额', '贷款余额']);
  });
  it('names the things a verb moved others to act on without that verb, and keeps a qualifier before 的 that does nothing', () => {
    expect(read('引导3家金融机构为科技企业提供“孵化贷”。')[0]?.indicator).toBe('金融机构');
    expect(read('对涉企的182项行政事业性收费进行了清理。')[0]?.indicator).toBe('涉企的行政事业性收费');
    expect(read('出台的14项惠企政策。')[0]?.indicator).toBe('惠企政策');
    expect(read('完成年度计划的133.93%。')).toEqual([]);
  });
  it('reads a verb with its own subject as no second count of the thing just stated, and withholds a bare verb with 已', () => {
    expect(read('新增社康中心2家，家庭医生签约超过18万人。').map((t) => t.indicator)).toEqual(['新增社康中心', '家庭医生签约']);
    expect(read('新开工保障性安居工程8018套，新建成10472套。').map((t) => [t.action, t.indicator])).toEqual([['新开工', '保障性安居工程'], ['新建成', '保障性安居工程']]);
    expect(read('其中34件已完成。')).toEqual([]);
  });
  it('takes 去年底, 第一时间, 正 and a frame 以…为重点 out of names', () => {
    expect(read('去年底企业数量超过5200万户。')[0]?.indicator).toBe('企业数量');
    expect(fields('第一时间抢通256个断路村。')).toEqual([['抢通', '断路村', 256, '个', 'eq', null]]);
    expect(fields('正加快引进总部企业11个。')).toEqual([['加快引进', '总部企业', 11, '个', 'eq', null]]);
    expect(read('以向企业提供15万个合格工人为重点。')[0]?.indicator).toBe('合格工人');
  });
  it('reads a fall named after a cut as the cut thing\'s, a total across counted things as theirs, and 至少 before a verb as a bound', () => {
    expect(fields('在1998年改革的基础上再减少审批核准事项277项，减幅达38%。')).toEqual([
      [null, '审批核准事项', 277, '项', 'decline', null],
      [null, '审批核准事项减幅', 38, '%', 'decline', null],
    ]);
    expect(read('降低制造业企业成本32条。')[0]?.comparator ?? 'eq').toBe('eq');
    expect(read('6个省级以上开发区合计经营销售收入突破1600亿元。').map((t) => t.indicator)).toEqual(['省级以上开发区', '省级以上开发区经营销售收入']);
    expect(read('新增国家级制造业单项冠军企业22家、总量达117家。')[1]?.indicator).toBe('国家级制造业单项冠军企业总量');
    expect(fields('推动每个旗县市（区）至少办好1所优质普通高中。')[0]?.slice(4)).toEqual(['gte', 'gte']);
    expect(fields('上市公司首破300家。')).toEqual([[null, '上市公司', 300, '家', 'gte', 'gte']]);
  });
  it('withholds a count with a fraction at the head of a line, but not a count per head', () => {
    expect(read('40.151件民生实事，2件因故调整。').map((t) => t.value)).not.toContain(40.151);
    expect(read('每千人托位数达到4.4个。')[0]?.value).toBe(4.4);
  });
  it('reads the number a change starts from as the level now, and takes 将, 要 and a base of years ago out of names', () => {
    expect(read('将免费开放时间由19天增至40天。').map((t) => [t.indicator, t.value, t.kind])).toEqual([
      ['免费开放时间', 19, 'achievement'],
      ['免费开放时间', 40, 'target'],
    ]);
    expect(read('今年国有大型商业银行小微企业贷款要增长30%以上。')[0]?.indicator).toBe('国有大型商业银行小微企业贷款');
    expect(read('中央财政对相关地区转移支付资金比五年前增长66.8%。')[0]?.indicator).toBe('中央财政对相关地区转移支付资金');
  });
  it('cuts verbs of landing after a counted noun, keeps a task that is the thing, and the work of a kind named', () => {
    expect(read('全力推动改革开放先行98项具体举措落地落实。')[0]?.indicator).toBe('改革开放先行具体举措');
    expect(read('长三角一体化发展21项重点合作事项加快落地。')[0]?.indicator).toBe('长三角一体化发展重点合作事项');
    expect(read('推动163项改革任务落地见效。')[0]?.indicator).toBe('改革任务');
    expect(read('完成2150户农村危房改造任务。')[0]?.indicator).toBe('农村危房改造');
    expect(read('73%以上得到落实。').map((t) => t.indicator)).not.toContain('得到');
    expect(fields('落实项目资金9.8亿元。')).toEqual([['落实', '项目资金', 9.8, '亿元', 'eq', null]]);
    expect(splitAction('签约项目总投资')).toEqual({ action: null, indicator: '签约项目总投资' });
    expect(splitAction('调整后新增学位')).toEqual({ action: null, indicator: '调整后新增学位' });
  });
  it('reads how many places are ranked as no quantity with 均 between, and a full stop typed as "." as the end of a clause', () => {
    expect(read('公共文明进步指数在全市10个区中均排名第一。').map((t) => t.value)).not.toContain(10);
    expect(read('规模以上工业实现利税30亿元、增长14.4%.我市成为中国优秀旅游城市后，旅游业加快发展。').map((t) => t.indicator)).toEqual(['规模以上工业利税', '规模以上工业利税']);
  });
  it('names the things a 、 before another number ends, the things worked on before 的, and drops 我区 and who counted', () => {
    expect(read('加快76个产业重点项目建设、完成投资133.4亿元。').map((t) => t.indicator)).toEqual(['产业重点项目', '产业重点项目投资']);
    expect(read('完成兴业西路等11条现状道路改造提升的福永街道塘尾片区交通微循环工程。')[0]?.indicator).toBe('现状道路');
    expect(fields('我区成功创建3个“无讼社区”。')).toEqual([['成功创建', '“无讼社区”', 3, '个', 'eq', null]]);
    expect(read('海关统计全年进出口总额17.78亿美元。')[0]?.indicator).toBe('进出口总额');
    expect(read('出口加工区全年实现进出口总额99.56亿美元。')[0]?.indicator).toBe('出口加工区进出口总额');
    expect(read('将制造业企业加计扣除比例提高到100%。')[0]?.indicator).toBe('制造业企业加计扣除比例');
    expect(read('206所学校、32家县级以上医院与广州建立了帮扶关系。').map((t) => t.indicator)).toEqual(['学校', '县级以上医院']);
  });
  it('links a total word only to a row of its own clause', () => {
    expect(read('全省各级财政投入154亿元，其中省级财政负担总投入的58%、共71.8亿元。').map((t) => t.value)).not.toContain(71.8);
    expect(read('全市乡镇由上年的116个撤并为80个。').map((t) => [t.indicator, t.value, t.kind])).toEqual([['全市乡镇', 116, 'achievement'], ['全市乡镇', 80, 'target']]);
  });
  it('names people by the status they reach, and takes frequencies, a frame naming a target and a span before 新增 out', () => {
    expect(read('带动2万人实现就业。')[0]?.indicator).toBe('实现就业');
    expect(fields('先后4次组织200名辖区居民参加现场体验活动。')).toEqual([['组织', '辖区居民', 200, '名', 'eq', null]]);
    expect(read('光明新区的总体目标是地区生产总值要突破1200亿元。')[0]?.indicator).toBe('地区生产总值');
    expect(read('三年新增就业岗位15万个。')[0]?.indicator).toBe('新增就业岗位');
    expect(read('持牌金融机构新增47家、总数达到1771家。')[1]?.indicator).toBe('持牌金融机构总数');
    expect(fields('削减审批环节60%，压缩审批时限40%。').map((r) => [r[1], r[4]])).toEqual([['审批环节', 'decline'], ['审批时限', 'decline']]);
    expect(read('带动就业2万人。').map((t) => t.indicator)).not.toContain('带动');
  });
  it('gives the number to the last of two works joined by 、 when each names its own thing', () => {
    expect(fields('支持“科创飞地”建设、引进孵化科创企业15家以上。')).toEqual([['引进孵化', '科创企业', 15, '家', 'gte', 'gte']]);
  });
  it('reads the verb after a phrase of whom or what for, a manner word, a quoted programme and a scope noted in brackets', () => {
    expect(fields('聚焦中心工作开展10个方面31项课题研究。')).toEqual([['开展', '课题研究', 31, '项', 'eq', null]]);
    expect(fields('面向国内外知名高校公开引进储备人才50人。')).toEqual([['引进', '储备人才', 50, '人', 'eq', null]]);
    expect(fields('滚动实施不少于100项交通综合治理工程。')).toEqual([['滚动实施', '交通综合治理工程', 100, '项', 'gte', 'gte']]);
    expect(fields('“菁英人才计划”发放货币补贴1330万元。')).toEqual([['发放', '“菁英人才计划”货币补贴', 1330, '万元', 'eq', null]]);
    expect(fields('每县（市）打造不少于1个示范街区。')).toEqual([['打造', '每县（市）示范街区', 1, '个', 'gte', 'gte']]);
    // (A verb left after the quoted name is no thing: the quoted name is what was worked on.)
    expect(read('“四好农村路”提质增效168公里。')[0]?.indicator).toBe('“四好农村路”提质增效');
    expect(read('对新增2万亿元中央财政资金建立直达机制。')[0]?.indicator).toBe('新增中央财政资金');
  });
  it('names a change after a base of the year before by the subject just stated, without the part of the year', () => {
    expect(read('年末共有集市贸易市场235个，比上年末增加2个。', '统计公报').map((t) => [t.indicator, t.value, t.comparator])).toEqual([['集市贸易市场', 235, 'eq'], ['集市贸易市场', 2, 'growth']]);
    expect(read('各项贷款余额300亿元，按可比口径比上年末增长8.4%。').map((t) => t.indicator)).toEqual(['各项贷款余额', '各项贷款余额']);
    expect(read('前三季度群众安全感居全省第1位。')[0]?.indicator).toBe('群众安全感全省排名');
  });
  it('keeps a unit per area and a second measure word in brackets, and reads an amount after a count of things as their class', () => {
    expect(read('公路密度74.5公里/百平方公里。').map((t) => [t.value, t.unit])).toEqual([[74.5, '公里/百平方公里']]);
    expect(read('解决群众困难诉求2.7万件（次）。').map((t) => [t.value, t.unit])).toEqual([[2.7, '万件（次）']]);
    expect(read('至少引进一个投资超20亿元、两个投资超10亿元项目。').map((t) => t.value)).toEqual([]);
  });
  it('shares a list\'s kind word (保险, 产业) and an ordinal\'s 第 over its parts', () => {
    expect(read('全市基本养老、失业、工伤保险参保人数分别增长10.3%、2.3%、7.3%。').map((t) => t.indicator)).toEqual(['全市基本养老保险参保人数', '失业保险参保人数', '工伤保险参保人数']);
    expect(read('全区生产总值增长5%，一、二、三产业增加值分别增长4.2%、5%、5.4%。').map((t) => t.indicator)).toEqual(['全区生产总值', '第一产业增加值', '第二产业增加值', '第三产业增加值']);
    expect(read('战略性新兴产业、高新技术产业增加值分别增长10%、7.9%。').map((t) => t.indicator)).toEqual(['战略性新兴产业增加值', '高新技术产业增加值']);
    expect(read('金融机构和小微企业贷款余额分别增长11.5%和17.5%。').map((t) => t.indicator)).toEqual(['金融机构贷款余额', '小微企业贷款余额']);
  });
  it('names a total over the years, a part of a whole by what it reached, and a group\'s share of the rate just stated', () => {
    expect(read('全市实际利用外资2.12亿美元、增长12.1%，五年累计8.5亿美元、年均增长14.9%。').map((t) => [t.indicator, t.value])).toEqual([
      ['全市实际利用外资', 2.12],
      ['全市实际利用外资', 12.1],
      ['全市累计实际利用外资', 8.5],
      ['全市实际利用外资', 14.9],
    ]);
    expect(read('新增上市企业9家、累计达35家。').map((t) => t.indicator)).toEqual(['新增上市企业', '累计上市企业']);
    expect(read('261条配套政策措施有251条取得实效。').map((t) => t.indicator)).toEqual(['配套政策措施', '取得实效的配套政策措施']);
    expect(read('10个民生评价领域有7个领域综合指数在原特区外排名第一。').map((t) => t.value)).not.toContain(7);
    expect(read('家庭医生签约服务覆盖率40.3%，重点人群63.5%。').map((t) => t.indicator)).toEqual(['家庭医生签约服务覆盖率', '重点人群家庭医生签约服务覆盖率']);
    expect(read('规模以上工业企业利税总额年均递增27%。')[0]?.indicator).toBe('规模以上工业企业利税总额');
  });
  it('names things chosen without what they are chosen for, and things done without how they were done', () => {
    expect(fields('确定100个示范点开展山区信息化建设。')).toEqual([['确定', '示范点', 100, '个', 'eq', null]]);
    expect(read('确定并集中支持160个国家乡村振兴重点帮扶县。')[0]?.indicator).toBe('确定并集中支持国家乡村振兴重点帮扶县');
    expect(read('新建污水管网113.7公里已按计划完成年度任务。', '2016年民生实事完成情况')[0]?.indicator).toMatch(/^(?:新建)?污水管网$/u);
    expect(read('推动7个联合体项目完成一期建设。')[0]?.indicator).toBe('联合体项目');
    expect(read('全市118项重点建设项目共完成投资130.2亿元。').map((t) => t.indicator)).toEqual(['全市重点建设项目', '全市重点建设项目投资']);
  });
  it('publishes no row for who benefited from a work when they are not named, and keeps 拥有 in a ratio per head', () => {
    expect(read('提前3年完成皖北地区群众喝上引调水工程、惠及98.3万人。').map((t) => t.value)).not.toContain(98.3);
    expect(read('城镇更新改造惠及390万人。').map((t) => t.indicator)).not.toContain('城镇更新改造惠');
    expect(read('确保每千名老人拥有35张养老机构床位。')[0]?.indicator).toBe('每千名老人拥有养老机构床位');
    expect(read('各参建单位吸纳本地劳动力1.6万余人次。')[0]?.indicator).toBe('参建单位吸纳本地劳动力');
  });
  it('reads 签约 as no "about", an increment and a rise since the start of the year as changes, and 今年以来 as done', () => {
    expect(fields('力争亿元以上产业项目新签约60个、新开工42个。')).toEqual([
      [null, '亿元以上产业项目新签约', 60, '个', 'eq', null],
      ['新开工', '亿元以上产业项目', 42, '个', 'eq', null],
    ]);
    expect(read('外贸进出口总额达4.55万亿元，五年增量1.5万亿元。').map((t) => [t.indicator, t.value, t.comparator])).toEqual([
      ['外贸进出口总额', 4.55, 'eq'],
      ['外贸进出口总额', 1.5, 'growth'],
    ]);
    expect(read('今年以来贷款余额较年初新增超200亿元。').map((t) => [t.indicator, t.comparator, t.bound, t.kind])).toEqual([['贷款余额', 'growth', 'gte', 'achievement']]);
    expect(read('战略性新兴产业增加值、数字经济核心产业增加值占地区生产总值比重分别超过30%、42%。').map((t) => t.bound)).toEqual(['gte', 'gte']);
  });
  it('names the total after things added without the verb that added them, and the things worked on after 对 without the work', () => {
    expect(read('新改扩建公园43个，总数达124个。').map((t) => t.indicator)).toEqual(['公园', '公园总数']);
    expect(read('预计新增“三品一标”登记认证产品20个、总量达135个。')[1]?.indicator).toBe('“三品一标”登记认证产品总量');
    expect(read('已完成对28个安全文明小区和20个重点整治区域开展检查验收。').map((t) => t.indicator)).toEqual(['安全文明小区', '重点整治区域']);
    expect(read('推动12家医院开展远程诊疗服务。')[0]?.indicator).toBe('开展远程诊疗服务的医院');
    expect(read('有效应对50个热带气旋。').map((t) => [t.action, t.indicator])).toEqual([['有效应对', '热带气旋']]);
    expect(read('80个市级示范村建设初见成效。')[0]?.indicator).toBe('市级示范村');
    expect(read('民科企业发展超40家。')[0]?.indicator).toBe('民科企业');
    expect(read('148、新增屋顶及垂直绿化30000平方米以上。')[0]?.indicator).toBe('新增屋顶及垂直绿化');
  });
  it('shares the noun after the last of counts joined by 、, each with the level or owner before its number', () => {
    expect(read('完成中央13项、自治区45项生态环境保护督察反馈问题整改。').map((t) => [t.indicator, t.value])).toEqual([
      ['中央生态环境保护督察反馈问题整改', 13],
      ['自治区生态环境保护督察反馈问题整改', 45],
    ]);
    expect(read('新增国家级2家、省级15家专精特新企业。').map((t) => [t.indicator, t.value])).toEqual([
      ['新增国家级专精特新企业', 2],
      ['新增省级专精特新企业', 15],
    ]);
  });
  it('names a part by what it has done, keeps a count inside a clause that describes the next thing out, and reads 批次 as a unit', () => {
    expect(read('参加省4批次集中开工的263个项目，已入库206个。').map((t) => [t.indicator, t.value])).toEqual([['集中开工的项目', 263], ['入库项目', 206]]);
    expect(read('已开展4场区级应急演练。').map((t) => t.indicator)).toEqual(['区级应急演练']);
    expect(fields('全年抽检食品及食用农产品8359批次。')).toEqual([['抽检', '食品及食用农产品', 8359, '批次', 'eq', null]]);
    expect(read('争取新认定省级高新技术企业2家。')[0]?.indicator).toBe('新认定省级高新技术企业');
    expect(read('49开展居民就业创业技能培训6000人次以上。')[0]?.indicator).toBe('居民就业创业技能培训');
  });
  it('counts the things whose quality meets a standard, not the quality', () => {
    expect(read('4个国考断面水质全部达标。')[0]?.indicator).toBe('国考断面');
  });
  it('names things by the title they won, a part done by its verb, and the bounds and cuts said with 低于 and 必须压缩', () => {
    expect(read('中老铁路等25个案例获评全球最佳减贫案例。')[0]?.indicator).toBe('全球最佳减贫案例');
    expect(read('12个项目获国家科学技术奖。')[0]?.indicator).toBe('获国家科学技术奖的项目');
    // (A class they joined, 成为, 入选, likewise; not a class of another kind of thing, 成为全省标杆.)
    expect(read('长江石化设备等9家企业成为全省隐形冠军企业。')[0]?.indicator).toBe('全省隐形冠军企业');
    expect(read('4个村入选第三批全国乡村治理示范村。')[0]?.indicator).toBe('第三批全国乡村治理示范村');
    expect(read('3个项目成为全省标杆。')[0]?.indicator).toBe('成为全省标杆的项目');
    // (当年 says when, as 今年 does; 获 before what was granted is the granting, not the thing.)
    expect(read('全年当年新增城镇就业1200人。', '2023年工作回顾')[0]?.indicator).toBe('新增城镇就业');
    expect(read('获新增建设用地指标368亩。', '2023年工作回顾')[0]?.indicator).toBe('新增建设用地指标');
    expect(fields('全年督查督办重点任务5613项，完成5593项。')).toEqual([
      [null, '督查督办重点任务', 5613, '项', 'eq', null],
      ['完成', '督查督办重点任务', 5593, '项', 'eq', null],
    ]);
    expect(read('新增省级、市级农业产业化龙头企业2家、20家。').map((t) => t.indicator)).toEqual(['新增省级农业产业化龙头企业', '市级农业产业化龙头企业']);
    expect(read('已向67483名民办学校学生发放学位补贴39116万元。', '2017年主要工作任务').map((t) => [t.indicator, t.kind])).toEqual([
      ['民办学校学生', 'achievement'],
      ['学位补贴', 'achievement'],
    ]);
    expect(fields('PM2.5浓度低于33微克/立方米。')).toEqual([[null, 'PM2.5浓度', 33, '微克/立方米', 'lte', 'lte']]);
    expect(fields('一般性行政开支必须压缩5%以上。')).toEqual([[null, '一般性行政开支', 5, '%', 'decline', 'gte']]);
    expect(read('全市实现生产总值（GDP）746.6亿元。')[0]?.indicator).toBe('全市生产总值');
    expect(read('固定资产投资五年翻一番，总额达629亿元。').map((t) => t.indicator)).toEqual([]);
    expect(read('“金融超市”解决中小微企业融资诉求610笔70.7亿元。').map((t) => [t.value, t.unit])).toEqual([[610, '笔'], [70.7, '亿元']]);
  });
  it('names the kind after quoted examples before 等, and keeps a price per 斤 as its unit', () => {
    expect(fields('开展“三下乡”“文化八进”“文化润边”等各类群众文化活动7500余场次。')).toEqual([['开展', '群众文化活动', 7500, '场次', 'gte', 'gte']]);
    expect(read('收购端平均高于市场价1元/斤。').map((t) => t.unit)).toEqual(['元/斤']);
  });
  it('takes 每年都, a modal after who acts, and a thing joined with a quantity of its own out of names', () => {
    expect(read('财政性教育经费占国内生产总值比例每年都保持在4%以上。')[0]?.indicator).toBe('财政性教育经费占国内生产总值比例');
    expect(read('全省各级财政为此将投入154亿元。')[0]?.indicator).toBe('全省各级财政投入');
    expect(fields('城镇市场完成消费品零售额171.9亿元。')).toEqual([['完成', '城镇市场消费品零售额', 171.9, '亿元', 'eq', null]]);
    expect(read('新增18辆消防车和一批消防设备。')[0]?.indicator).toBe('新增消防车');
  });
  it('names the fund an amount is of, the partners a count is of, and the group an age qualifies', () => {
    expect(fields('落实5000万元专项资金充盈项目前期“资金池”。')).toEqual([['落实', '专项资金', 5000, '万元', 'eq', null]]);
    expect(read('与区外52家医疗机构开展合作。')[0]?.indicator).toBe('区外医疗机构');
    expect(read('为全州7万名35-64岁妇女免费做宫颈癌筛查、6.1万名35-64岁妇女免费做乳腺癌筛查。').map((t) => [t.indicator, t.value])).toEqual([
      ['全州35-64岁妇女免费做宫颈癌筛查', 7],
      ['35-64岁妇女免费做乳腺癌筛查', 6.1],
    ]);
  });
  it('cuts the noun after a count where a work joined to it, a date or what was done to it begins', () => {
    expect(read('推进286座垃圾转运站、60座公厕的新建、改造。').map((t) => t.indicator)).toEqual(['垃圾转运站', '公厕']);
    expect(read('18条主要道路改造提升、贯通成环。')[0]?.indicator).toBe('主要道路改造提升');
    expect(read('即19.5公里海滨栈道建设和盐田三村整体搬迁。')[0]?.indicator).toBe('海滨栈道');
    expect(read('8个盟级重点项目4月15日前全部具备开复工条件，全年完成投资450亿元以上。').map((t) => t.indicator)).toEqual(['盟级重点项目', '盟级重点项目投资']);
    // (即将 is "about to", no lead word.)
    expect(read('即将开工项目12个。')[0]?.indicator).toBe('即将开工项目');
  });
  it('names things by a status before 的 with whose it is, by a title they are recognised as, and 人口 by its magnitude', () => {
    expect(read('深圳获奖的2个项目均出自宝安。')[0]?.indicator).toBe('深圳获奖的项目');
    expect(read('力争凉山高新、德昌特色、冕宁稀土3个园区成功认定省级化工园区。')[0]?.indicator).toBe('园区');
    expect(read('力争3个园区认定为省级化工园区。')[0]?.indicator).toBe('省级化工园区');
    expect(fields('我国是一个有近14亿人口的发展中大国。')).toEqual([[null, '人口', 14, '亿', 'approx', 'approx']]);
    expect(read('户籍人口320万人口。').map((t) => [t.indicator, t.unit])).toEqual([['户籍人口', '万']]);
    expect(read('全市电话普及率达到每百人34.2部。').map((t) => [t.indicator, t.unit])).toEqual([['全市电话普及率', '部']]);
    // (A rate with a count and no 每百人 stays withheld.)
    expect(read('电话普及率达到34.2部。')).toEqual([]);
  });
  it('takes how often, going into the places of the work, and the verbs of gathering and planning out of names', () => {
    expect(fields('每年新增高清摄像头1000个。')).toEqual([[null, '新增高清摄像头', 1000, '个', 'eq', null]]);
    expect(fields('力争每年滚动培育百亿级企业1家。')).toEqual([['滚动培育', '百亿级企业', 1, '家', 'eq', null]]);
    expect(fields('深入社区、企业举办各类文化活动1833场次。')).toEqual([['举办', '各类文化活动', 1833, '场次', 'eq', null]]);
    expect(read('动态采集录入90万家法人。').map((t) => [t.action, t.indicator])).toEqual([['动态采集录入', '法人']]);
    expect(read('谋划实施农业强州项目234个。').map((t) => [t.action, t.indicator])).toEqual([['谋划实施', '农业强州项目']]);
    expect(read('全年共促进763名失业人员就业。')[0]?.indicator).toBe('促进失业人员就业');
    expect(read('累计执法拆除违建35.3万平方米。').map((t) => [t.action, t.indicator])).toEqual([['执法拆除', '违建']]);
    expect(read('免费筛查城乡适龄妇女宫颈癌10.4万人。').map((t) => [t.action, t.indicator])).toEqual([['免费筛查', '城乡适龄妇女宫颈癌']]);
  });
  it('names a reform by what it reached after 拓展至, a contribution by the growth it pulled, a cost eased as a fall of it, and relief given as its amount', () => {
    expect(read('“一业一证”改革拓展至38个行业。')[0]?.indicator).toBe('“一业一证”改革行业');
    expect(fields('工业增加值增长8%，拉动全市经济增长0.9个百分点。')[1]).toEqual([null, '拉动全市经济增长', 0.9, '个百分点', 'growth', null]);
    // (A cost eased is a fall of the cost of those it is done for; 减负 names the relief given, an amount of its own as
    // 减税降费 is — read so by seven readers of ten —, at least the amount where bounded.)
    expect(fields('为企业降成本30.8亿元；')).toEqual([[null, '企业成本', 30.8, '亿元', 'decline', null]]);
    // (A verb of change before the first thing is the second's too, where only a 、 and its name stand between.)
    expect(fields('精简办事材料36.5%、办事环节35.2%。').map((r) => [r[1], r[4]])).toEqual([['办事材料', 'decline'], ['办事环节', 'decline']]);
    expect(fields('为企业减负30亿元以上。')).toEqual([[null, '企业减负', 30, '亿元', 'gte', 'gte']]);
    expect(fields('再为企业减负30.6亿元。')).toEqual([[null, '企业减负', 30.6, '亿元', 'eq', null]]);
  });
  it('names a total by the things, a measure\'s average whole, and the recipients and a project joined after the count out of names', () => {
    expect(read('新增4A级景区2个，总数达19个。').map((t) => t.indicator)).toEqual(['新增4A级景区', '4A级景区总数']);
    expect(read('预计新入库“四上”企业1206家，总数达4420家。')[1]?.indicator).toBe('“四上”企业总数');
    expect(read('全年城镇调查失业率平均值5.4%。')[0]?.indicator).toBe('城镇调查失业率平均值');
    expect(read('以及公共技术服务平台1个。')[0]?.indicator).toBe('公共技术服务平台');
    expect(read('向残疾人发放特殊困难救济补助1200人次以上。').map((t) => [t.action, t.indicator])).toEqual([['发放', '特殊困难救济补助']]);
    expect(read('开工建设110千伏金安变等8个骨干电网项目和合肥庐北至池州天然气管线工程。')[0]?.indicator).toBe('骨干电网项目');
    expect(read('20个项目入选首批湖南文旅消费“新生代、新场景”名单。')[0]?.indicator).toBe('入选首批湖南文旅消费“新生代、新场景”名单的项目');
    expect(read('九类民生投入大幅增长92.1%。')[0]?.indicator).toBe('九类民生投入');
    // (实际利用外资, 实际投入 are measures of their own: 实际 stays.)
    expect(read('实际利用外资5亿美元，实际投入资金252亿元。').map((t) => t.indicator)).toEqual(['实际利用外资', '实际投入资金']);
  });
  it('takes how long, going on, totals and where the things settle or sign out of names, and reads 逾 as more than', () => {
    expect(read('多年累计改造棚户区住房4200多万套。').map((t) => [t.action, t.indicator])).toEqual([['改造', '棚户区住房']]);
    expect(read('今年合计新增政府债务总规模11.86万亿元。')[0]?.indicator).toBe('新增政府债务总规模');
    expect(read('继续安排90个区级重点项目。').map((t) => [t.action, t.indicator])).toEqual([['安排', '区级重点项目']]);
    expect(read('国家超级计算深圳中心等5家高端科研机构落户光明。')[0]?.indicator).toBe('高端科研机构');
    expect(read('与省内7所重点高校签署战略合作协议。')[0]?.indicator).toBe('省内重点高校');
    expect(read('53个省控及以上断面水质100%达标。')[0]?.indicator).toBe('省控及以上断面');
    expect(fields('直接拉动消费逾20亿元。')).toEqual([[null, '直接拉动消费', 20, '亿元', 'gte', 'gte']]);
  });
  it('keeps 人均 where it names a measure per head, and reads 人均 after a verb of change as part of the level', () => {
    expect(read('教师岗位津贴省补助标准提高到人均700元/月。').map((t) => [t.indicator, t.unit])).toEqual([['教师岗位津贴省补助标准', '元/月']]);
    // (After a rate, 人均 says again what the rate is per: 全员劳动生产率人均64230元 is the productivity.)
    expect(read('全员劳动生产率人均64230元。')[0]?.indicator).toBe('全员劳动生产率');
    // (人均 alone after a total is per head of it, not the total: no row rather than the total's name.)
    expect(read('生产总值221亿元、人均2.46万元。').map((t) => t.indicator)).toEqual(['生产总值']);
  });
  it('counts the kind after a list of members and 等, reads 大于 and 小于 as bounds, and a percentage then 至 as a change, not a range', () => {
    expect(read('共资助420名户籍高龄老人、残疾人等困难群众。').map((t) => [t.action, t.indicator])).toEqual([['资助', '困难群众']]);
    // (A role is no kind of thing counted: …等平台作用 withholds the row.)
    expect(read('发挥华南863人才驿站、天安智谷人才大市场等平台作用。')).toEqual([]);
    expect(fields('森林蓄积量大于100万立方米。')).toEqual([[null, '森林蓄积量', 100, '万立方米', 'gte', 'gte']]);
    expect(fields('行政审批时间压缩50%至10个工作日。')).toEqual([[null, '行政审批时间', 50, '%', 'decline', null]]);
    // (A second number below the first is no range; a size then 到 describes a work.)
    expect(read('从海拔500米到860米的扬水工程提前2年通水。').map((t) => t.value)).not.toContain(500);
    expect(read('查扣违规摩托车、电动车5.1万辆次。').map((t) => [t.action, t.indicator, t.unit])).toEqual([['查扣', '违规摩托车、电动车', '万辆次']]);
    expect(read('共引进包括国家级、地方级领军人才在内的高层次人才34名。')[0]?.indicator).toBe('高层次人才');
    expect(read('五年内释放10平方公里以上产业用地空间。').map((t) => [t.action, t.indicator])).toEqual([['释放', '产业用地空间']]);
  });
  it('takes manner words and verbs of doing out of names, a note number and 共 inside a name, and who acts (我市)', () => {
    for (const [text, action, indicator] of [
      ['主动公开各类政务信息13万余条。', '主动公开', '各类政务信息'],
      ['坚决淘汰55家小火电、小钢铁、小水泥等落后产能企业。', '坚决淘汰', '落后产能企业'],
      ['认真办好134件政协提案。', '认真办好', '政协提案'],
      ['引进落地2家外商独资医院。', '引进落地', '外商独资医院'],
      ['争取到国债资金1.03亿元。', '争取到', '国债资金'],
      ['共设置3个出入口。', '设置', '出入口'],
      ['推动我市37家重点耗能企业做好能源审计和节能规划工作。', '推动', '重点耗能企业'],
      // (落地 before 项目 says which projects; 公开招标 is one verb, and what the units picked are to be is no part of them.)
      ['已签约落地项目10个。', '签约', '落地项目'],
      ['公开招标11家民办非企业单位作为预选供应商。', '公开招标', '民办非企业单位'],
    ] as const) expect(read(text).map((t) => [t.action, t.indicator])[0], text).toEqual([action, indicator]);
    expect(read('新增“四上”企业（1）246家。')[0]?.indicator).toBe('新增“四上”企业');
    expect(read('新能源汽车产业基地共引进企业约20家。')[0]?.indicator).toBe('新能源汽车产业基地引进企业');
    expect(read('1294家企业及商（协）会结对帮扶1424个村。').map((t) => t.indicator)).toEqual(['企业及商（协）会', '结对帮扶村']);
    expect(read('445公里“京畿长城”国家风景道主线亮相。')[0]?.indicator).toBe('“京畿长城”国家风景道主线');
  });
  it('cuts the noun counted where what is provided for it, or a price cut, begins, and drops 共 before 新签', () => {
    expect(read('免费为15万户农户提供各种农业科技信息。')[0]?.indicator).toBe('农户');
    expect(read('17种抗癌药大幅降价并纳入国家医保目录。')[0]?.indicator).toBe('抗癌药');
    expect(read('全市共新签外引内联合作项目751项。')[0]?.indicator).toBe('全市新签外引内联合作项目');
    // (新签约 names a measure of its own, as 新增 does: 新签约…项目总投资 is of the projects newly signed.)
    expect(read('新签约招商引资项目147个、总投资1000.5亿元。').map((t) => t.indicator)).toEqual(['新签约招商引资项目', '新签约招商引资项目总投资']);
  });
  it('reads cuts (精简, 削减) and a burden eased (减轻…负担) as declines, and a population by its magnitude alone', () => {
    expect(fields('机关行政编制总体精简了20%。')).toEqual([[null, '机关行政编制', 20, '%', 'decline', null]]);
    expect(fields('行政编制精简了864名。')).toEqual([[null, '行政编制', 864, '名', 'decline', null]]);
    expect(fields('全年减轻企业税收和社保缴费负担近2万亿元。')).toEqual([['减轻', '企业税收和社保缴费负担', 2, '万亿元', 'decline', 'approx']]);
    expect(read('成为常住人口100万、建成区100平方公里的城市。').map((t) => [t.indicator, t.value, t.unit])[0]).toEqual(['常住人口', 100, '万']);
    // (A magnitude alone after anything but a population is no unit: 投资100万、 is read as nothing.)
    expect(read('投资100万、建设200亩。').map((t) => t.unit)).not.toContain('万');
    expect(read('向符合条件的289家企业公开配售人才住房3500套。')[0]?.indicator).toBe('符合条件的企业');
    expect(read('全市空气优良率比百日攻坚前提升10.3个百分点。')[0]?.indicator).toBe('全市空气优良率');
    expect(read('再遴选9家手工作坊升级为企业。').map((t) => t.action)).toEqual(['遴选']);
    expect(read('再生资源回收利用率达到80%。')[0]?.indicator).toBe('再生资源回收利用率');
  });
  it('reads a base and a verb of less or more (比上年少投放) as a change of the thing just stated', () => {
    expect(read('全年现金净投放47.3亿元，比上年少投放21.6亿元。').map((t) => [t.indicator, t.value, t.comparator])).toEqual([
      ['现金净投放', 47.3, 'eq'],
      ['现金净投放', 21.6, 'decline'],
    ]);
  });
  it('reads higher or lower than a base by points as a change of the rate just stated', () => {
    expect(read('人口自然增长率6.5‰，比计划低2.96个千分点。').map((t) => [t.indicator, t.value, t.unit, t.comparator])).toEqual([
      ['人口自然增长率', 6.5, '‰', 'eq'],
      ['人口自然增长率', 2.96, '个千分点', 'decline'],
    ]);
  });
  it('reads 扩大 and 缩小 by points as a change, and 扩大至 as the level reached', () => {
    expect(fields('政府部门平均办事时间缩短了40%。')).toEqual([[null, '政府部门平均办事时间', 40, '%', 'decline', null]]);
    expect(read('森林覆盖率71.0%，比上年扩大0.1个百分点。').map((t) => [t.indicator, t.value, t.comparator])).toEqual([
      ['森林覆盖率', 71, 'eq'],
      ['森林覆盖率', 0.1, 'growth'],
    ]);
    expect(read('城乡居民收入比缩小0.05个百分点。')[0]?.comparator).toBe('decline');
    expect(fields('义务教育阶段非寄宿制学生生活补助范围扩大至9类。')).toEqual([[null, '义务教育阶段非寄宿制学生生活补助范围', 9, '类', 'eq', null]]);
  });
  it('names a thing changed from one value to another by what stands before 由 or 从 (the measure after 从 is the base\'s)', () => {
    expect(read('市政府工作部门由40个减为38个。').map((t) => [t.indicator, t.value])).toEqual([
      ['市政府工作部门', 40],
      ['市政府工作部门', 38],
    ]);
    expect(read('将小规模纳税人增值税起征点从月销售额10万元提高到15万元。').map((t) => t.indicator)).toEqual(['小规模纳税人增值税起征点', '小规模纳税人增值税起征点']);
    // (A verb of one character after a noun of its own is no link to the row before: 站点增至34个 is not of 里程.)
    expect(read('轨道交通总里程达58.5公里、站点增至34个。').map((t) => t.indicator)).not.toContain('轨道交通总里程站点');
    expect(read('轨道交通总里程达58.5公里、站点增至34个。').filter((t) => t.value === 34).map((t) => t.indicator)).not.toContain('轨道交通总里程');
  });
  it('reads a list of values ended by 、 before 分别 as a list of its own, and a whole with its parts by status', () => {
    expect(read('城乡居民人均可支配收入分别完成47125元、25913元、分别增长8.5%、11%。').map((t) => [t.indicator, t.value, t.comparator])).toEqual([
      ['城镇居民人均可支配收入', 47125, 'eq'],
      ['农村居民人均可支配收入', 25913, 'eq'],
      ['城镇居民人均可支配收入', 8.5, 'growth'],
      ['农村居民人均可支配收入', 11, 'growth'],
    ]);
    expect(read('133个重点建设项目中，已竣工投产或部分投产22个，在建94个。').map((t) => [t.indicator, t.value])).toEqual([
      ['重点建设项目', 133],
      ['竣工投产或部分投产重点建设项目', 22],
      ['在建重点建设项目', 94],
    ]);
    // (中 inside a word stays: 高中, and a state — 正在…之中 — is no whole.)
    expect(read('新建3所普通高中，')[0]?.indicator).toBe('普通高中');
    expect(read('其余1700余件正在清理修订之中。').map((t) => t.indicator)).not.toContain('正在清理修订之');
  });
  it('takes connectives, a causative, the verbs of running and hiring, and a fund\'s collecting or allotting out of names', () => {
    expect(read('尤其是23家重点污染企业的监督。')[0]?.indicator).toBe('重点污染企业');
    expect(read('要实现万元GDP建设用地下降10%。')[0]?.indicator).toBe('万元GDP建设用地');
    expect(read('使城镇居民登记失业率控制在3%以内。')[0]?.indicator).toBe('城镇居民登记失业率');
    expect(read('使用率达到90%。')[0]?.indicator).toBe('使用率');
    expect(fields('全年办成民生实事52件。')).toEqual([['办成', '民生实事', 52, '件', 'eq', null]]);
    expect(fields('共聘用法律顾问84名。')).toEqual([['聘用', '法律顾问', 84, '名', 'eq', null]]);
    expect(fields('培养100名社区首席全科医师。')).toEqual([['培养', '社区首席全科医师', 100, '名', 'eq', null]]);
    expect(fields('迭代推出170余项新的试点举措。')).toEqual([['迭代推出', '新的试点举措', 170, '项', 'gte', 'gte']]);
    expect(fields('今年中央预算内投资拟安排7350亿元。')).toEqual([['安排', '中央预算内投资', 7350, '亿元', 'eq', null]]);
    expect(read('养老、失业、工伤、生育保险全年征缴9.09亿元。').map((t) => [t.action, t.indicator])).toEqual([['征缴', '养老、失业、工伤、生育保险']]);
    expect(read('为企业量身定制安全、情感、人文等方面的讲座20场以上。')[0]?.indicator).toBe('讲座');
  });
  it('counts events (起) and cases (宗), names the people an event killed by the event, and a 分别 list by the clause just before', () => {
    expect(read('道路交通事故340起，死亡209人。').map((t) => [t.indicator, t.value, t.unit])).toEqual([
      ['道路交通事故', 340, '起'],
      ['道路交通事故死亡人数', 209, '人'],
    ]);
    expect(fields('全年共破获刑事犯罪案件12041宗。')).toEqual([['破获', '刑事犯罪案件', 12041, '宗', 'eq', null]]);
    expect(read('全年共发生工矿商贸企业、交通和火灾事故616起。')[0]?.indicator).toBe('工矿商贸企业、交通和火灾事故');
    // (行为 is a noun: its 为 is no link word.)
    expect(read('严肃查处违停、非法营运等违章行为97万宗。')[0]?.indicator).toBe('违章行为');
    // (A date's 起 is no count: 自2025年1月1日起.)
    expect(read('自2025年1月1日起施行。')).toEqual([]);
    expect(read('全年共发生事故616起，比上年增加16.5%，死亡281人、直接经济损失1293万元，分别减少16.4%、0.2%。').slice(4).map((t) => [t.indicator, t.value, t.comparator])).toEqual([
      ['死亡', 16.4, 'decline'],
      ['直接经济损失', 0.2, 'decline'],
    ]);
    // (Rows of several clauses before: whose each value is, is not said.)
    expect(read('工业项目100个，社会投资200亿元，农业产值300亿元，分别增长1%、2%。').map((t) => t.value)).toEqual([100, 200, 300]);
  });
  it('names a share of the thing just measured without its verb, and keeps 增加值 and 数字 whole', () => {
    expect(read('金融业全年实现增加值240亿元，占国内生产总值的比重达12.6%。').map((t) => [t.indicator, t.comparator])[1]).toEqual(['金融业增加值占国内生产总值的比重', 'eq']);
    expect(read('全年实现增加值240亿元，占国内生产总值的比重达12.6%。').map((t) => [t.indicator, t.comparator])[1]).toEqual(['增加值占国内生产总值的比重', 'eq']);
    expect(fields('推进168项长三角一体化重点工作和12个数字长三角标志性事项。').map((f) => f.slice(0, 2))).toEqual([
      ['推进', '长三角一体化重点工作'],
      ['推进', '数字长三角标志性事项'],
    ]);
    expect(read('社会各界踊跃捐款2900万元。')[0]?.indicator).toBe('社会各界捐款');
    expect(read('三年完成小型水库除险加固工程113宗。')[0]?.indicator).toBe('小型水库除险加固工程');
  });
  it('ends a counted noun where what the things are to do begins, and reads basis points, 过 and spans since a year', () => {
    expect(read('继续扶持韶钢、韶烟、韶冶、韶能、东阳光等30户重点企业快速发展。')[0]?.indicator).toBe('重点企业');
    // A noun that names no kind of its own is of the field its sentence opens with; 一方面 is no field.
    expect(read('民生福祉方面，为更好解决人民群众急难愁盼问题，针对性提出就业、收入、教育等7项指标。').map((t) => [t.indicator, t.quote.slice(0, 4)])).toEqual([['民生福祉方面指标', '民生福祉']]);
    expect(read('一方面，实施项目30个。')[0]?.indicator).toBe('项目');
    expect(read('教育方面，新建学校5所。')[0]?.indicator).toBe('学校');
    // "All of them" and an estimate's word say how many and how sure, not which; 全部工业增加值 is a measure of its own.
    expect(read('确保所有国考断面水质优良率保持100%。')[0]?.indicator).toBe('国考断面水质优良率');
    expect(read('累计投资约3亿元，覆盖全部28个社区。').at(-1)?.indicator).toBe('覆盖社区');
    expect(read('纳税超亿元楼宇预计新增5栋，达到73栋。').map((t) => t.indicator)).toEqual(['新增纳税超亿元楼宇', '纳税超亿元楼宇']);
    expect(read('全部工业增加值71.3亿元。')[0]?.indicator).toBe('全部工业增加值');
    // A count per head of people keeps the heads (40 beds for each thousand, not 40 beds); 目标 frames what is reached.
    expect(read('实现每千名户籍老人拥有40张养老床位目标。')[0]?.indicator).toBe('每千名户籍老人拥有养老床位');
    expect(read('相当于每4名常住人口就有1家企业。')[0]?.indicator).toBe('每4名常住人口就有企业');
    // The whole place alone in brackets after a count is the same measure of it.
    expect(read('全区新增示范单位70个以上（全市500个）。').map((t) => [t.indicator, t.value, t.quote])).toEqual([
      ['全区新增示范单位', 70, '全区新增示范单位70个以上'],
      ['全市新增示范单位', 500, '全区新增示范单位70个以上（全市500个）'],
    ]);
    // 共计 / 共 before a verb, where the things are and how hard they are sought are no part of a name.
    expect(fields('共计发放集中托养补贴119962.1元。')).toEqual([['发放', '集中托养补贴', 119962.1, '元', 'eq', null]]);
    expect(read('三年来，市级财政共补助县（市、区）9.46亿元。')[0]?.indicator).toBe('市级财政补助县（市、区）');
    // (Verbs joined by 或 are the row's action, the things what is named: 建成或配置 / “三小”体育项目.)
    expect(read('在社区公园内建成或配置“三小”体育项目70处。').map((t) => [t.action, t.indicator])).toEqual([['建成或配置', '“三小”体育项目']]);
    expect(read('江边城市更新项目争取实现土地供应3万平方米。')[0]?.indicator).toBe('江边城市更新项目土地供应');
    expect(read('申报争取债券资金25亿元以上。').map((t) => [t.action, t.indicator])).toEqual([['申报', '争取债券资金']]);
    // How many places are ranked is no quantity, with a qualifier of the places before their noun too.
    expect(read('改革热度指数连续四个季度进入全国337个地级及以上城市前十。').map((t) => t.value)).not.toContain(337);
    expect(read('数据开放综合评价指数居全国204个参评城市第一。').map((t) => t.value)).not.toContain(204);
    expect(read('城市生活垃圾分类评估连续8个季度居湖南小城市第一名。').map((t) => t.value)).toContain(8);
    // A name cut inside a bracket is no name: the row is withheld rather than named 乡镇（街道.
    expect(read('我市109个乡镇（街道、林场）、99.27万人参加新农合。').map((t) => t.indicator)).not.toContain('乡镇（街道');
    // A milestone named in quotes says how far, not what.
    expect(read('全州接待游客突破“四千万”、达4133.28万人次。').map((t) => [t.action, t.indicator])).toEqual([['接待', '全州游客']]);
    // A total of the whole place is of the things last counted in the sentence, not of a change between them.
    expect(read('创建普惠制幼儿园35所，比年初计划增多15所，全区总数达到55所。').at(-1)?.indicator).toBe('全区普惠制幼儿园总数');
    // (The predicate is found with the words before it in view: 焕发 after 遗产点, not after 点 alone.)
    expect(read('社稷坛等15处遗产点焕发生机。')[0]?.indicator).toBe('遗产点');
    expect(fields('扶持市级30家农业龙头企业进一步做优做大。')).toEqual([['扶持', '市级农业龙头企业', 30, '家', 'eq', null]]);
    expect(fields('全市国有企业融资成本下降10个基点以上。')).toEqual([[null, '全市国有企业融资成本', 10, '个基点', 'decline', 'gte']]);
    expect(read('宝昂新材料投产当年产值过10亿元。')[0]?.bound).toBe('gte');
    expect(read('市民通过10项考核。').map((t) => t.bound)).not.toContain('gte');
    expect(read('2013年以来“三公”经费年均下降32.95%。')[0]?.indicator).toBe('“三公”经费');
    expect(read('企业开办时间从一个月以上压缩到目前的平均4个工作日以内。')[0]?.indicator).toBe('企业开办时间');
    expect(fields('提前布置20余万人防汛抢险队伍。')[0].slice(0, 2)).toEqual(['提前布置', '防汛抢险队伍']);
    expect(fields('光明凤凰城总共完成投资152.6亿元；')[0].slice(0, 2)).toEqual(['完成', '光明凤凰城投资']);
  });
  it('takes 稳定 before an area, places with a modal alone, and the verb that put funds in place out of names', () => {
    expect(read('稳定糖料蔗种植面积47万亩以上。')[0]?.indicator).toBe('糖料蔗种植面积');
    expect(read('稳定就业50万人。')[0]?.indicator).toBe('稳定就业');
    expect(read('下调城镇职工基本养老保险单位缴费比例，各地可降至16%。')).toEqual([]);
    expect(fields('市本级财政共落实资金3亿元。')).toEqual([['落实', '市本级财政资金', 3, '亿元', 'eq', null]]);
  });
  it('names a rate said before its group by the group, and the next group\'s by the same rate', () => {
    expect(read('今年健康档案建档率城市居民达70%，农村居民达50%。').map((t) => t.indicator)).toEqual(['城市居民健康档案建档率', '农村居民健康档案建档率']);
    expect(read('家庭医生签约服务覆盖率40.3%，重点人群63.5%。').map((t) => t.indicator)).toEqual(['家庭医生签约服务覆盖率', '重点人群家庭医生签约服务覆盖率']);
  });
  it('reads costs cut for someone as a fall, a threshold passed as a class, person-years, and takes 已, 每人每月 and notes out of names', () => {
    expect(fields('为群众减少医疗费用45.6亿元。')).toEqual([[null, '群众医疗费用', 45.6, '亿元', 'decline', null]]);
    expect(read('社会消费品零售总额达2046亿元，成为全省唯一跨越2000亿元大关的区（县）。').map((t) => t.value)).toEqual([2046]);
    expect(read('研究与试验发展人员全时当量47.4万人年。')[0]?.unit).toBe('万人年');
    expect(read('华大基因研究院科研及产业服务人员已超过1000人。')[0]?.indicator).toBe('华大基因研究院科研及产业服务人员');
    expect(read('城乡居民基础养老金最低标准提高到每人每月143元。')[0]?.indicator).toBe('城乡居民基础养老金最低标准');
    expect(read('九大类民生支出[2]累计达到246亿元。')[0]?.indicator).toBe('九大类民生支出');
    expect(read('"十一五"期间全市GDP能耗指标下降20%。')[0]?.indicator).toBe('全市GDP能耗指标');
  });
  it('shares a noun over counts whose owner stands after each number (20项省定、6项市定民生实事)', () => {
    expect(read('20项省定、6项市定民生实事年度任务全面完成。').map((t) => [t.indicator, t.value])).toEqual([
      ['省定民生实事', 20],
      ['市定民生实事', 6],
    ]);
    expect(fields('建成8个国家级、13个省级区域医疗中心。').map((f) => f.slice(0, 3))).toEqual([
      ['建成', '国家级区域医疗中心', 8],
      ['建成', '省级区域医疗中心', 13],
    ]);
  });
  it('reads an amount cut by at least, at most or about so much as a fall, its bound kept', () => {
    expect(fields('降低费用负担超过4000亿元。')).toEqual([[null, '费用负担', 4000, '亿元', 'decline', 'gte']]);
    expect(fields('压减一般性支出约50亿元。')).toEqual([[null, '一般性支出', 50, '亿元', 'decline', 'approx']]);
    // (A count cut by at least so much stays a count: 削减 before 项 says which, not by how much.)
    expect(read('压减审批事项100项以上。')[0]?.comparator).not.toBe('decline');
  });
  it('takes a milestone passed, 争取, 又 and 先后 out of names, keeps a gap to another in them, and reads per-head relief as a fall', () => {
    expect(read('电商网络交易额突破百亿大关、达108亿元，增长16.2%。').map((t) => t.indicator)).toEqual(['电商网络交易额', '电商网络交易额']);
    expect(read('综保区进出口总额争取达到100亿元。')[0]?.indicator).toBe('综保区进出口总额');
    expect(read('又先后引进了186个项目。')[0]?.indicator).toBe('引进项目');
    // (The points are the gap to what the rate is compared with: without it, the name would say the rate is 3.7 points.)
    expect(read('民间投资增速高于全国3.7个百分点。')[0]?.indicator).toBe('民间投资增速高于全国');
    expect(fields('全市农村人均减负80%、亩均减负76.8%。')).toEqual([
      [null, '全市农村人均负担', 80, '%', 'decline', null],
      [null, '亩均负担', 76.8, '%', 'decline', null],
    ]);
    expect(read('年末全市户籍总人口405.8万人，比上年末增加2.8万人，增长6.9‰。')[2]?.comparator).toBe('growth');
  });
  it('names a part stated between without a number, and takes who acts, manner, term time and a plan span out of names', () => {
    expect(read('全社会工业总产值1176亿元，其中规模工业总产值进入全省前十位，达1108亿元，增长79.7%；').map((t) => [t.indicator, t.value])).toEqual([
      ['全社会工业总产值', 1176],
      ['规模工业总产值', 1108],
      ['规模工业总产值', 79.7],
    ]);
    // (A clause without a number that names no part leaves the link to the thing before.)
    expect(read('地区生产总值1176亿元，经济运行稳中向好，增长7.9%；').map((t) => t.indicator)).toEqual(['地区生产总值', '地区生产总值']);
    expect(fields('严肃查处相关违法违纪案件65件。')).toEqual([['严肃查处', '违法违纪案件', 65, '件', 'eq', null]]);
    expect(fields('春季学期购买民办学校义务教育阶段学位30710个以上。')[0].slice(0, 2)).toEqual(['购买', '民办学校义务教育阶段学位']);
    expect(read('五年高新技术产业产值年均增长20%。')[0]?.indicator).toBe('高新技术产业产值');
    expect(read('过境免签境内停留时间延长至240小时。')[0]?.indicator).toBe('过境免签境内停留时间');
    expect(fields('五年来，市政府共实施人大代表议案6件。')[0].slice(0, 2)).toEqual(['实施', '人大代表议案']);
    expect(read('将民航发展基金航空公司征收标准降低20%。')[0]?.indicator).toBe('民航发展基金航空公司征收标准');
    expect(read('28个科技创新联合攻关项目加快实施。')[0]?.indicator).toBe('科技创新联合攻关项目');
    expect(read('包括清远抽水蓄能电站、飞来湖等重大建设工程在内的今年市重点建设项目139个。')[0]?.indicator).toBe('市重点建设项目');
    expect(fields('68全年组织4场区级应急演练。')[0].slice(0, 2)).toEqual(['组织', '区级应急演练']);
    // (The things a work is done in keep the work in their name: not all 规上工业企业, those diagnosed.)
    expect(read('对40家规上工业企业开展数字化诊断。')[0]?.indicator).not.toBe('规上工业企业');
  });
  it('withholds values joined by 、 that no list of subjects shares, and reads them as the subjects just stated where as many', () => {
    expect(read('民生支出364亿元，同比增长55.4%、35.8%、38.7%。').map((t) => t.value)).toEqual([364]);
    expect(read('全市旅游人数5590.68万人次、总收入413.68亿元，增长70%、78%。').slice(2).map((t) => [t.value, t.comparator])).toEqual([
      [70, 'growth'],
      [78, 'growth'],
    ]);
    expect(read('全市旅游人数5590.68万人次、总收入413.68亿元，增长70%、78%。')[2]?.indicator).toBe('全市旅游人数');
    // (Values of different units before one noun measure it each: no list to share.)
    expect(read('年内完成3800户、58万平方米棚户区改造；').map((t) => t.indicator)).toContain('棚户区改造');
    // (A change to a value, then the kind of the measures it is one of: 起征点 is what rose.)
    expect(read('落实好小规模纳税人增值税起征点从月销售额3万元提高到10万元等税收优惠政策。').map((t) => [t.action, t.indicator, t.value])).toEqual([
      ['落实', '小规模纳税人增值税起征点', 3],
      ['落实', '小规模纳税人增值税起征点', 10],
    ]);
  });
  it('reads more or less spent alone (增支) as a change of the thing just stated, and takes places that have them out of names', () => {
    expect(read('全市一般预算支出31.43亿元，增支3.21亿元，增长11.4%；').map((t) => [t.indicator, t.value, t.comparator])).toEqual([
      ['全市一般预算支出', 31.43, 'eq'],
      ['全市一般预算支出', 3.21, 'growth'],
      ['全市一般预算支出', 11.4, 'growth'],
    ]);
    // (增收 after who gains it is the gain, a measure of its own: no change of anything before.)
    expect(read('带动群众增收20亿元以上。')[0]?.comparator).not.toBe('growth');
    expect(read('截至目前，新区拥有市级以上工程或技术中心39个；')[0]?.indicator).toBe('市级以上工程或技术中心');
    expect(read('较2022年工业排放总量下降34.4%；')[0]?.indicator).toBe('工业排放总量');
    expect(read('全年安排的38项民生实事得到100%落实。')[0]?.indicator).toBe('民生实事');
    expect(read('5000余户居民的居住条件将得到彻底改善。')[0]?.indicator).toBe('居民');
    expect(fields('解决安置房源1140套。')[0].slice(0, 2)).toEqual(['解决', '安置房源']);
    expect(fields('实施项目25个。')[0].slice(0, 2)).toEqual(['实施', '项目']);
    expect(fields('努力办好50件民生实事。')[0].slice(0, 2)).toEqual(['办好', '民生实事']);
    expect(read('全区合计开展公共卫生监测7326间次。')[0]?.unit).toBe('间次');
  });
  it('unfolds one-character parts (存、贷款余额; 一、二、三产), a measure said after another, and takes note marks and per-area words out of names', () => {
    expect(read('金融机构本外币存、贷款余额分别达到8115亿元和6547亿元。')[0]?.indicator).toBe('金融机构本外币存款余额');
    expect(read('一、二、三产增加值分别增长4%、8%、6%左右；').map((t) => t.indicator)).toEqual(['一产增加值', '二产增加值', '三产增加值']);
    expect(read('大、中型企业分别达到50家、120家。').map((t) => t.indicator)).toEqual(['大型企业', '中型企业']);
    expect(read('完成粮食种植面积405.3万亩、总产量133.8万吨。').map((t) => t.indicator)).toEqual(['粮食种植面积', '粮食总产量']);
    expect(read('实施安全生产18项整治行动[1]。')[0]?.indicator).toBe('安全生产整治行动');
    expect(read('实施6995个自然村人居环境综合整治工作。')[0]?.indicator).toBe('自然村人居环境综合整治');
    expect(read('地均GDP为每平方公里34.13亿元。')[0]?.indicator).toBe('地均GDP');
    // (Per area without 地均 is the measure's own basis: it stays.)
    expect(read('相当于每平方公里有1家上市企业。')[0]?.indicator).not.toBe('上市企业');
    expect(read('全市年末共有星级酒店44家。')[0]?.indicator).toBe('全市星级酒店');
    expect(read('向更多低收入群众发放价格补贴，约6700万人受益。')).toEqual([]);
    expect(read('40%以上非贫困村创建成为美丽乡村。')[0]?.indicator).toBe('非贫困村创建成为美丽乡村');
    expect(fields('支付各类赔款及给付4.3亿元。')[0].slice(0, 2)).toEqual(['支付', '各类赔款及给付']);
    expect(fields('再推动1—2家肉牛精深加工项目落地。')[0].slice(0, 2)).toEqual(['推动', '肉牛精深加工项目']);
  });
  it('keeps a first noun\'s qualifiers for a second of the same kind, and takes dates, 争取 before funds and manner out of names', () => {
    expect(read('新增省级休闲农业和乡村旅游示范镇2个、示范点4个。').map((t) => t.indicator)).toEqual(['新增省级休闲农业和乡村旅游示范镇', '新增省级休闲农业和乡村旅游示范点']);
    expect(read('12月末金融机构本外币存、贷款余额分别增长8%和13.7%。')[0]?.indicator).toBe('金融机构本外币存款余额');
    expect(read('2006年农村药品监督网和供应网覆盖率分别达100%和88.6%。')[0]?.indicator).toBe('农村药品监督网覆盖率');
    // (A year before 度 is part of the name: 2020年度.)
    expect(read('2020年度考核优秀单位10个。')[0]?.indicator).toBe('2020年度考核优秀单位');
    // (A month's end before 前 is a deadline, and what follows it no name.)
    expect(read('6月底前要全面完成3.4万平方米草坪。').map((t) => [t.action, t.indicator])).toEqual([['完成', '草坪']]);
    expect(read('争取中央预算内资金17.6亿元。')[0]?.indicator).toBe('中央预算内资金');
    expect(fields('争取到国债资金1.03亿元。')[0].slice(0, 2)).toEqual(['争取到', '国债资金']);
    expect(fields('四级及四级以上建筑业完成施工产值29.0亿元。')[0].slice(0, 2)).toEqual(['完成', '四级及四级以上建筑业施工产值']);
    expect(fields('多渠道筹建公共住房4.2万套。')[0].slice(0, 2)).toEqual(['多渠道筹建', '公共住房']);
    expect(fields('承接省级科技特派员20名。')[0].slice(0, 2)).toEqual(['承接', '省级科技特派员']);
  });
  it('names a share said without 比重 and a change against a base by the thing just stated, and reads 净增 of a count as growth', () => {
    expect(read('民生支出317亿元，占一般公共预算支出85.9%。')[1]?.indicator).toBe('民生支出占一般公共预算支出比重');
    expect(read('全年降水量1476.3毫米，比历年平均降雨量减少33%。').map((t) => [t.indicator, t.value, t.unit, t.comparator])).toEqual([
      ['降水量', 1476.3, '毫米', 'eq'],
      ['降水量', 33, '%', 'decline'],
    ]);
    // (较大…, 比亚迪…: 比 and 较 that open a name are no base; a plan compared with is no change.)
    expect(read('1241宗突发事件得到妥善处置，较大级别以上突发事件减少76%。')[1]?.indicator).toBe('较大级别以上突发事件');
    expect(read('新能源（汽车）产值大幅增长80%，比亚迪集团产值突破1100亿元。')[1]?.indicator).toBe('比亚迪集团产值');
    expect(read('创建普惠制幼儿园35所，比年初计划增多15所。').map((t) => t.value)).toEqual([35]);
    expect(read('五年净增规上工业企业4163家、总数达1.45万家。').map((t) => [t.indicator, t.comparator])).toEqual([
      ['规上工业企业', 'growth'],
      ['规上工业企业总数', 'eq'],
    ]);
  });
  it('takes when, a pointer to an annex, 用于, a plan period, manner and where the work is done out of names', () => {
    expect(read('确保240套廉租住房年底前竣工并交付使用。')[0]?.indicator).toBe('廉租住房');
    expect(read('最后确定今年将重点办好的20件民生实事清单（详见附件3）。')[0]?.indicator).toBe('民生实事清单');
    expect(read('用于教育支出17.8亿元。')[0]?.indicator).toBe('教育支出');
    expect(read('“十三五”新投入使用创新型产业用房约51万平方米。')[0]?.indicator).toBe('新投入使用创新型产业用房');
    expect(fields('150更新改造垃圾转运站103座。')[0].slice(0, 2)).toEqual(['更新改造', '垃圾转运站']);
    expect(fields('精心建设12个社区公园和5条都市休闲公园带；').map((f) => f.slice(0, 2))).toEqual([
      ['精心建设', '社区公园'],
      ['精心建设', '都市休闲公园带'],
    ]);
    expect(fields('在地铁站口增设20个自行车停放点。')[0].slice(0, 2)).toEqual(['增设', '自行车停放点']);
    expect(fields('严守18亿亩耕地红线。')[0].slice(0, 2)).toEqual(['严守', '耕地红线']);
  });
  it('reads a cut after a scope and 累计 (全州累计减少…, 消减, 净减少) as a fall, and takes 连年, 争取今年 and 获 before funds out of names', () => {
    expect(fields('全州累计减少申请材料1338项。')).toEqual([[null, '申请材料', 1338, '项', 'decline', null]]);
    expect(fields('消减存量违建22.4万平方米。')).toEqual([[null, '存量违建', 22.4, '万平方米', 'decline', null]]);
    expect(fields('全年净减少耕地2.83万亩。')).toEqual([[null, '耕地', 2.83, '万亩', 'decline', null]]);
    expect(read('粮食产量连年稳定在1.3万亿斤以上。')[0]?.indicator).toBe('粮食产量');
    expect(read('争取今年全市发电装机容量达到210万千瓦以上。')[0]?.indicator).toBe('全市发电装机容量');
    expect(read('获中央奖补资金6674万元。')[0]?.indicator).toBe('中央奖补资金');
    expect(read('获市级政府投资资金比例提高至75.2%。')[0]?.indicator).toBe('获市级政府投资资金比例');
    expect(fields('新辟优化地铁接驳、社区、城乡公交线路130条。')[0].slice(0, 2)).toEqual(['新辟优化', '地铁接驳、社区、城乡公交线路']);
  });
  it('reads 再降 as a fall, and takes 争取, a coming span of years, 率人均 and 现有 out of names, keeping 和美 and 和谐 whole', () => {
    expect(fields('中小企业宽带和专线平均资费再降10%。')).toEqual([[null, '中小企业宽带和专线平均资费', 10, '%', 'decline', null]]);
    expect(read('争取空气质量优良天数比例达到92%。')[0]?.indicator).toBe('空气质量优良天数比例');
    expect(read('未来五年区财政将累计投入超过300亿元。')[0]?.indicator).toBe('区财政累计投入');
    expect(fields('加快建设9个和美乡村精品示范村。')[0].slice(0, 2)).toEqual(['加快建设', '和美乡村精品示范村']);
    expect(fields('打造2个和谐劳动关系试点园区。')[0].slice(0, 2)).toEqual(['打造', '和谐劳动关系试点园区']);
    expect(read('新区现有22个国家、省、市级实验室、工程中心、技术中心等平台。')[0]?.indicator).not.toMatch(/现/u);
    expect(read('"十大工程"共50个项目，总投资约850亿元，今后五年内要完成投资550亿元。').map((t) => t.indicator)).toEqual(['项目', '项目总投资', '项目投资']);
  });
  it('reads the places ranked as no quantity where a note in brackets follows their kind', () => {
    expect(read('我区公众安全感在全省123个县（市、区）中排名第二。').map((t) => t.value)).not.toContain(123);
  });
  it('takes a doubling said before the level reached out of the name (实现倍增达4000家)', () => {
    expect(read('高新技术企业数量实现倍增达4000家以上。').map((t) => [t.indicator, t.value, t.comparator])).toEqual([['高新技术企业数量', 4000, 'gte']]);
  });
  it('reads a growth rate quickened or slowed by points as a change of it, and 在…以上的 after a noun as a class', () => {
    expect(read('工业增加值达到102.2亿元，增长18.4%，增长率比上年加快6.8个百分点。').map((t) => [t.indicator, t.value, t.comparator])[2]).toEqual(['工业增加值增长率', 6.8, 'growth']);
    expect(read('经济增速放缓0.5个百分点。')[0]?.comparator).toBe('decline');
    expect(read('争取把EDI联网监管模式扩大到所有出口额在1000万美元以上的加工贸易企业。')).toEqual([]);
    expect(fields('粮食产量稳定在500亿斤以上的水平。')).toEqual([[null, '粮食产量', 500, '亿斤', 'gte', 'gte']]);
  });
});

describe('things picked for a task, and people something is done for', () => {
  it('names the things picked without the task they are picked for, the verb of picking as the action', () => {
    expect(fields('引进100名以上省外校长、教师开展教育教学帮扶。')).toEqual([['引进', '省外校长、教师', 100, '名', 'gte', 'gte']]);
    expect(fields('公开招标11家民办非企业单位作为预选供应商。')).toEqual([['公开招标', '民办非企业单位', 11, '家', 'eq', null]]);
    expect(fields('招收1.5万名在职劳动者接受中等职业教育。')).toEqual([['招收', '在职劳动者', 1.5, '万名', 'eq', null]]);
    expect(fields('组建112支党员志愿者队伍开展生态环保志愿服务。')).toEqual([['组建', '党员志愿者队伍', 112, '支', 'eq', null]]);
    // (A verb that moves others to act is not picking: what they do says which of them are counted.)
    expect(read('推动12家医院开展日间手术试点。').map((t) => t.indicator)).toEqual(['开展日间手术试点的医院']);
  });
  it('names the people or places counted after 为 by what is done for them', () => {
    expect(read('三年共督促企业为2.56万名劳动者补办社会保险。').map((t) => [t.indicator, t.action])).toEqual([['补办社会保险的劳动者', null]]);
    expect(read('为14个派出所派驻专职调解员。').map((t) => t.indicator)).toEqual(['派驻专职调解员的派出所']);
    expect(read('为4434户农牧户接入宽带网络。').map((t) => t.indicator)).toEqual(['接入宽带网络的农牧户']);
    // (A verb inside a noun of people is no verb: 建设者.)
    expect(read('全年免费为1872名外地来盐建设者体检。').map((t) => t.indicator)).not.toContain('建设者的外地来盐');
    // (作为, 成为 are no 为 of whom it is done for.)
    expect(read('确定20家企业作为试点。').map((t) => t.indicator)).toEqual(['企业']);
  });
});

describe('parts named by what they reached, and titles given by naming', () => {
  it('names a part of the things just counted by the status it reached, and the parts after it of the same whole', () => {
    expect(read('全年取得科技成果83项，其中8项获省科技进步奖，75项获市科技进步奖。').map((t) => [t.action, t.indicator, t.value])).toEqual([
      ['取得', '科技成果', 83],
      [null, '获省科技进步奖的科技成果', 8],
      [null, '获市科技进步奖的科技成果', 75],
    ]);
  });
  it('reads 被命名为 as a title the things counted were given, and 共 before a verb as a total', () => {
    expect(read('12个地区和单位被命名为全区民族团结进步示范区示范单位。').map((t) => t.indicator)).toEqual(['全区民族团结进步示范区示范单位']);
    expect(read('全市财政共支出2638万元。').map((t) => t.indicator)).toEqual(['全市财政支出']);
  });
});

describe('where the work was done, before its verb', () => {
  it('is no part of the thing, nor is doing it first; a word that opens with 在 is no place', () => {
    expect(fields('率先在全省出台55个新兴行业领域监管职责清单。')).toEqual([['出台', '新兴行业领域监管职责清单', 55, '个', 'eq', null]]);
    expect(fields('在辖区重点整治100家饮食服务企业。')).toEqual([['整治', '饮食服务企业', 100, '家', 'eq', null]]);
    // (A place other than the report's own stays with the thing: these projects are abroad.)
    expect(fields('在周边国家实施“小而美”民生项目280个。')).toEqual([['实施', '周边国家“小而美”民生项目', 280, '个', 'eq', null]]);
    expect(read('47个在建工地安装在线监测和视频监控装置。')[0]?.indicator).toBe('在建工地安装在线监测和视频监控装置');
  });
});

describe('animals, plants, lamps and trains counted, and what is said of things after their noun', () => {
  it('reads heads of livestock and trees as quantities, but not as counts of a noun glued after them', () => {
    expect(read('生猪出栏501.3万头、居全省第3位。').map((t) => [t.indicator, t.value, t.unit])).toEqual([['生猪出栏', 501.3, '万头'], ['生猪出栏全省排名', 3, '位']]);
    expect(read('全年开行中欧班列1000列以上，植树50万株。').map((t) => [t.indicator, t.unit])).toEqual([['开行中欧班列', '列'], ['植树', '万株']]);
    expect(read('抓好桂林力源60万头生猪产业链项目落地。')).toEqual([]);
    expect(read('新建规模化养殖场116个、存栏163.5万头。').map((t) => t.indicator)).toEqual(['规模化养殖场']);
  });
  it('ends a counted noun where a verb of doing it widely begins, and names a measure said after another of the same thing', () => {
    expect(read('二三产业混合用地等48条创新经验举措全国推广。').map((t) => t.indicator)).toEqual(['创新经验举措']);
    expect(read('352项重要改革举措稳步实施。').map((t) => t.indicator)).toEqual(['重要改革举措']);
    expect(read('全市旅游人数5590.68万人次、总收入413.68亿元。').map((t) => t.indicator)).toEqual(['全市旅游人数', '全市旅游总收入']);
  });
});

describe('a 分别 list whose names are of different lengths', () => {
  it('shares the last one\'s measure where a cut by length would fall inside a word, and a preposition before the first', () => {
    expect(read('力争高铁、高速公路通车里程分别突破1100公里、4500公里。').map((t) => t.indicator)).toEqual(['高铁通车里程', '高速公路通车里程']);
    expect(read('第一、第三产业增加值分别增长3%、8%。').map((t) => t.indicator)).toEqual(['第一产业增加值', '第三产业增加值']);
    expect(read('赴省、市集体访人次分别下降38.4%和63.3%。').map((t) => t.indicator)).toEqual(['赴省集体访人次', '赴市集体访人次']);
  });
  it('ends a counted noun where what is done to it begins (实行, 给予, 采取)', () => {
    expect(read('对30家企业给予奖励。').map((t) => t.indicator)).toEqual(['企业']);
  });
});

describe('one value said of each of a list of measures (均)', () => {
  it('is a row for each measure, the shared words unfolded; not a share said of amounts', () => {
    expect(read('有意愿特困人员集中供养率、新建居住区养老设施配建率均达100%。').map((t) => [t.indicator, t.value, t.comparator])).toEqual([
      ['有意愿特困人员集中供养率', 100, 'eq'],
      ['新建居住区养老设施配建率', 100, 'eq'],
    ]);
    expect(read('国考省考断面、集中式饮用水水源地、水功能区水质达标率均为100%。').map((t) => t.indicator)).toEqual(['国考省考断面水质达标率', '集中式饮用水水源地水质达标率', '水功能区水质达标率']);
    expect(read('力争市属国企主营收入、利润总额、上缴税费均实现10%以上。')).toEqual([]);
  });
});

describe('a list of nouns one number counts together', () => {
  it('is named whole, but not a list of works, of things done or of a title and a work', () => {
    expect(read('新增中国美丽休闲乡村、全国乡村治理示范村、全国“一村一品”示范村镇6个。').map((t) => t.indicator)).toEqual(['新增中国美丽休闲乡村、全国乡村治理示范村、全国“一村一品”示范村镇']);
    expect(read('力争先进材料、有色金属、农产品加工、装备制造、生物医药产业总产值达500亿元以上。').map((t) => t.indicator)).toEqual(['先进材料、有色金属、农产品加工、装备制造、生物医药产业总产值']);
    expect(read('推出沉浸式街景舞剧《昭君和亲》、打造促进民族融合交流特色旅游路线4条。').map((t) => t.indicator)).toEqual(['促进民族融合交流特色旅游路线']);
    expect(read('边疆宾馆市场采购贸易方式试点综合管理系统通过国家验收、出口额突破1亿元。').map((t) => t.indicator)).toEqual(['出口额']);
  });
});

describe('things counted first, then what they did', () => {
  it('names them by a status of setting up or applying (设置, 实行, 实施), not by a preposition\'s phrase before it', () => {
    expect(read('在4个街道设置综合服务窗口。').map((t) => t.indicator)).toEqual(['设置综合服务窗口的街道']);
    expect(read('15条河流实施“河长制”管理。').map((t) => t.indicator)).toEqual(['实施“河长制”管理的河流']);
    expect(read('在40多家出口超亿美元的企业实行EDI监管模式。').map((t) => t.indicator)).toEqual(['实行EDI监管模式的出口超亿美元的企业']);
    expect(read('95.6%二级及以上公立综合医院为老年人设立专门医疗服务。').map((t) => t.indicator)).not.toContain('设立专门医疗服务的二级及以上公立综合医院为老年人');
  });
  it('reads a 、 between levels of government as part of one status, and a second predicate after 已 apart', () => {
    expect(read('6名校长获省、市名校长称号。').map((t) => t.indicator)).toEqual(['获省、市名校长称号的校长']);
    expect(read('11个县（市、区）通过国家义务教育优质均衡县评估认定。').map((t) => t.indicator)).toEqual(['通过国家义务教育优质均衡县评估认定的县（市、区）']);
    // (Several services listed after the verb are still a list whose end is not said.)
    expect(read('11830名运动员参加亚运会、开展赛事。').map((t) => t.indicator)).not.toContain('参加亚运会、开展赛事的运动员');
  });
});

describe('words around a counted noun that are not it', () => {
  it('reads 消除, 荣获, 出栏 and 出售 as verbs done to the thing, and a rate kept as the rate', () => {
    expect(fields('消除建成区黑臭水体5条。')).toEqual([['消除', '建成区黑臭水体', 5, '条', 'eq', null]]);
    expect(fields('消化批而未供土地2.7万亩，三年撤并乡镇25个。')).toEqual([['消化', '批而未供土地', 2.7, '万亩', 'eq', null], ['撤并', '乡镇', 25, '个', 'eq', null]]);
    expect(fields('相继修订出台5项拥军优属政策的配套措施。')).toEqual([['相继修订出台', '拥军优属政策的配套措施', 5, '项', 'eq', null]]);
    expect(fields('共出栏肉猪163.7万头，出售家禽4629.5万只。')).toEqual([['出栏', '肉猪', 163.7, '万头', 'eq', null], ['出售', '家禽', 4629.5, '万只', 'eq', null]]);
    expect(read('保持社区养老服务覆盖率100%。').map((t) => t.indicator)).toEqual(['社区养老服务覆盖率']);
    // (Kept as anything but a rate, the keeping stays: what is kept is said by the verb.)
    expect(read('保持粮食产量100万吨。').map((t) => t.indicator)).not.toContain('粮食产量');
  });
  it('names the things counted before 等, not the wider class after it, nor the planning of them', () => {
    expect(read('9个篮球场等设施进行更新、修缮和新建。').map((t) => t.indicator)).toEqual(['篮球场']);
    expect(read('推动16处公交场站规划建设。').map((t) => t.indicator)).toEqual(['公交场站']);
    expect(read('推进41个重点医疗卫生项目建设。').map((t) => t.indicator)).toEqual(['重点医疗卫生项目']);
    // (A noun that names no kind of its own keeps what is said of it before 的, a verb or not.)
    expect(read('其中，剪彩的125个项目已基本投产。').map((t) => t.indicator)).toEqual(['剪彩的项目']);
    expect(read('非石灰岩地区列入省计划的70宗工程已按基建程序进行了施工。').map((t) => t.indicator)).toEqual(['列入省计划的工程']);
    expect(read('出台的14项惠企政策。').map((t) => t.indicator)).toEqual(['惠企政策']);
    expect(read('打造“雪莲朵朵映天山”等群众文化活动品牌5个。').map((t) => t.indicator)).toEqual(['群众文化活动品牌']);
    expect(read('开展集成电路、工业母机、先进材料等领域重点产业研发项目150个以上。').map((t) => t.indicator)).toEqual(['重点产业研发项目']);
  });
  it('names a place\'s part of an amount just stated by the place and the amount, and the places after it likewise', () => {
    expect(read('公共汽车客运总量5550万人次，其中市区5037万人次。').map((t) => t.indicator)).toEqual(['公共汽车客运总量', '市区公共汽车客运总量']);
    expect(read('全市地区生产总值1000亿元，其中城区600亿元，南山区300亿元。').map((t) => t.indicator)).toEqual(['全市地区生产总值', '城区地区生产总值', '南山区地区生产总值']);
    // (A place that is a kind of thing counted is no part of an amount: 开发区.)
    expect(read('全市地区生产总值1000亿元，其中开发区300亿元。').map((t) => t.indicator)).not.toContain('开发区地区生产总值');
  });
  it('reads 调减, 调增 and 减量 as changes by the amount after them', () => {
    expect(read('水稻种植面积调减9万亩。').map((t) => [t.indicator, t.comparator])).toEqual([['水稻种植面积', 'decline']]);
    expect(read('实现城乡建设用地再减量6.5平方公里。').map((t) => [t.indicator, t.comparator])).toEqual([['城乡建设用地', 'decline']]);
    expect(read('城乡居民基础养老金最低标准调增11.8%。').map((t) => [t.indicator, t.comparator])).toEqual([['城乡居民基础养老金最低标准', 'growth']]);
    expect(read('精简办事处机构超过30%。').map((t) => [t.indicator, t.comparator, t.bound])).toEqual([['办事处机构', 'decline', 'gte']]);
    expect(read('审批时限平均压缩180天。').map((t) => [t.indicator, t.comparator])).toEqual([['审批时限', 'decline']]);
    expect(read('岭澳社区核电公寓楼投入使用，年均增收300万元。').map((t) => t.comparator)).toEqual(['growth']);
    // (巩固提升 is a verb of doing, not a rise by the count after it.)
    expect(fields('巩固提升33个村电网。')).toEqual([['巩固提升', '村电网', 33, '个', 'eq', null]]);
  });
});

describe('words before a number that say how it is compared or kept', () => {
  it('drops a base of comparison in a few words, a note that the same holds below, and 现已 or 再 before the verb', () => {
    expect(read('全程运输时间较以往压缩50%。').map((t) => [t.indicator, t.comparator])).toEqual([['全程运输时间', 'decline']]);
    expect(read('清单管理措施比制度建立之初压减64%。').map((t) => t.indicator)).toEqual(['清单管理措施']);
    expect(read('完成年度计划的102.8%（下同）；').map((t) => t.indicator)).toEqual([]);
    expect(fields('现已录入涉案财物管理信息30余万条。')).toEqual([['录入', '涉案财物管理信息', 30, '万条', 'gte', 'gte']]);
    expect(fields('再上线“一件事一次办”联办事项10件。')).toEqual([['上线', '“一件事一次办”联办事项', 10, '件', 'eq', null]]);
    expect(read('拥有省"扬帆计划"创新创业团队6个。').map((t) => t.indicator)).toEqual(['省"扬帆计划"创新创业团队']);
  });
  it('reads a change with a word of commitment before its number, and a share of the whole said in the thing\'s own clause', () => {
    expect(read('财政收入增长力争20%；').map((t) => [t.indicator, t.comparator])).toEqual([['财政收入', 'growth']]);
    expect(read('国家、省、市高层次人才及团队均占全市50%以上。').map((t) => t.indicator)).toEqual(['国家、省、市高层次人才及团队占全市比重']);
    expect(read('三产增加值占全市27.4%。').map((t) => t.indicator)).toEqual(['三产增加值占全市比重']);
    expect(read('第三产业在三次产业中的比重仅为27.2%。').map((t) => t.indicator)).toEqual(['第三产业在三次产业中的比重']);
    expect(read('刑事案件同比前五年下降23.3%。').map((t) => [t.indicator, t.comparator])).toEqual([['刑事案件', 'decline']]);
    expect(fields('用3年时间打造31个示范性强、辐射面广的特色村镇。')).toEqual([['打造', '特色村镇', 31, '个', 'eq', null]]);
    expect(read('当年苗木产量为4685.4万株。').map((t) => t.indicator)).toEqual(['苗木产量']);
  });
});

describe('a table typed with tabs', () => {
  it('reads a short name alone as the subject of the next cell, and a cell that says something as a statement of its own', () => {
    expect(read('地区生产总值\t增长8.5%左右').map((t) => [t.indicator, t.value, t.comparator, t.bound, t.quote])).toEqual([['地区生产总值', 8.5, 'growth', 'approx', '地区生产总值\t增长8.5%左右']]);
    expect(read('万元GDP能耗\t下降4.32%').map((t) => [t.indicator, t.comparator])).toEqual([['万元GDP能耗', 'decline']]);
    // (The row number and the task are cells apart: the number names nothing, and the task's count is the task's.)
    expect(read('48\t为14个派出所派驻专职调解员\t实现人民调解服务全区派出所全覆盖。').map((t) => [t.indicator, t.value])).toEqual([['派驻专职调解员的派出所', 14]]);
    // (Numbers without a unit in the cells after a measured name are no rows.)
    expect(read('地区生产总值3003亿元\t8.8\t8.5-9.0').map((t) => [t.indicator, t.value, t.quote])).toEqual([['地区生产总值', 3003, '地区生产总值3003亿元']]);
  });
  it('takes no row of a table for a list title, whatever year it names', () => {
    expect(listTitleOf('出口总额364亿美元\t-14.6\t与2015年基本持平', 2017)).toBeNull();
    expect(listTitleOf('2016年区民生实事完成情况', 2017)).toBe('results');
  });
});

describe('the kind', () => {
  it('reads a verb with 了 before the number as done, even in a sentence of this year', () => {
    expect(read('制定了218项工作措施、97项改革措施，今年55项改革重点任务圆满完成。').slice(0, 2).map((t) => t.kind)).toEqual(['achievement', 'achievement']);
    expect(read('力争完成了的任务不少于10项。')[0]?.kind).toBe('target');
  });
  it('is a result in a part that plans when the sentence says when it happened, unless it commits to something', () => {
    expect(read('2023年，全市完成固定资产投资500亿元。').map((t) => [t.kind, t.action, t.indicator])).toEqual([['achievement', '完成', '全市固定资产投资']]);
    expect(read('去年全市新增就业3万人。').map((t) => [t.kind, t.indicator])).toEqual([['achievement', '全市新增就业']]);
    expect(read('一般公共预算收入比上年增长5%。').map((t) => t.kind)).toEqual(['target']);
    expect(read('2023年，我们力争新增就业5万人。').map((t) => t.kind)).toEqual(['target']);
    expect(read('新建污水管网49公里已按计划完成年度任务。').map((t) => t.kind)).toEqual(['achievement']);
    // An annexed table's results: a sentence opening with 已 and a verb, or saying the things were done as asked.
    expect(read('已创建“平安校园”示范学校12所。', '2017年主要工作任务').map((t) => t.kind)).toEqual(['achievement']);
    expect(read('承办乒乓球国家队挑战赛等4场高端体育赛事，举办区级体育赛事活动18项已按任务要求完成。', '2017年主要工作任务').map((t) => t.kind)).toEqual(['achievement', 'achievement']);
    expect(read('已有的12个园区要加快转型。').map((t) => t.kind)).toEqual(['target']);
    expect(read('超额完成，实际建成13家老人日间照料中心。', '2014年工作安排').map((t) => [t.indicator, t.kind])).toEqual([['老人日间照料中心', 'achievement']]);
    expect(read('新开工保障性住房650套，竣工400套任务已提前完成。', '2017年主要工作任务').map((t) => t.kind)).toEqual(['achievement', 'achievement']);
    expect(read('环保部已批准4批共53个全国生态文明建设试点。', '2016年工作安排').map((t) => t.kind)).toEqual(['achievement', 'achievement']);
    // Things a past year did, counted before what is now to be done to them (not a base: 按上年度…的60%).
    expect(read('加快去年集中动工建设的72个产业项目尽快投产达效。').map((t) => t.kind)).toEqual(['achievement']);
    expect(read('确保按上年度农村居民人均纯收入的60%确定供养标准。').map((t) => t.kind)).toEqual(['target']);
  });
  it('is an achievement throughout a statistical bulletin, whatever its headings', () => {
    expect(read('全年社会消费品零售总额110.48亿元，增长15.1%。', '综合', '统计公报').map((t) => t.kind)).toEqual(['achievement', 'achievement']);
    expect(read('全年社会消费品零售总额110.48亿元，增长15.1%。', '2024年工作安排').map((t) => t.kind)).toEqual(['target', 'target']);
  });
});

describe('a part that says what the last year was', () => {
  it('reviews it when the review\'s opening follows (2025年是…之年。一年来，我们…), whatever its title', () => {
    const sections: Section[] = [
      { id: 's1', parent: null, level: 1, number: '一、', title: '一年接着一年干，建设持续取得新进展', paragraphs: [{ text: '2025年是“十四五”收官之年。一年来，我们坚持稳中求进。', sources: [] }] },
      { id: 's1-1', parent: 's1', level: 2, number: '（一）', title: '特色现代农业提质增效', paragraphs: [{ text: '新建和改造高标准农田71万亩。', sources: [] }] },
    ];
    expect(extractTargets('r', sections, 2026).map((t) => t.kind)).toEqual(['achievement']);
    // (A plan part that names the last year only to set this one's goals stays a plan.)
    const plan: Section[] = [{ ...sections[0], title: '2026年工作安排', paragraphs: [{ text: '2025年是极不平凡的一年。今年要新建高标准农田50万亩。', sources: [] }] }];
    expect(extractTargets('r', plan, 2026).map((t) => t.kind)).toEqual(['target']);
  });
});

describe('a paragraph that opens with a meeting held last year', () => {
  it('is no review: the plan answers its call (去年11月召开的…会议提出，…今年…预期目标定为…)', () => {
    const text = '去年11月召开的中央经济工作会议提出，今年要把经济工作建立在扎实可靠的基础上。因此建议今年我市经济发展的预期目标定为：国内生产总值2150亿元，增长12%；出口总额增长4.5%。';
    expect(read(text, '2002年工作安排').map((t) => t.kind)).toEqual(['target', 'target', 'target']);
    expect(read('去年，全市完成投资100亿元。', '2002年工作安排').map((t) => t.kind)).toEqual(['achievement']);
  });
  it('opens the main-targets passage after a plan\'s words when the year is named after them, and not for the plan\'s own goals', () => {
    const year = '对接“十四五”规划，提出今年全市经济社会发展的主要预期目标是：地区生产总值增长5%左右，一般公共预算收入增长5%。';
    expect(read(year, '2024年工作安排').map((t) => t.headline)).toEqual([true, true]);
    const named = '根据《国民经济和社会发展第十一个五年规划纲要》，建议2007年主要经济社会发展预期目标为：全市生产总值增长12%。';
    expect(read(named, '2007年工作安排').map((t) => t.headline)).toEqual([true]);
    const plan = '“十五五”时期经济社会发展的主要目标是：地区生产总值年均增长5%左右。';
    expect(read(plan, '2026年工作安排').map((t) => t.headline)).toEqual([false]);
  });
  it('opens the main-targets passage at 预期目标定为：, as at 预期目标是：', () => {
    const text = '因此建议今年我市经济发展的主要预期目标定为：国内生产总值2150亿元，增长12%；出口总额增长4.5%。';
    expect(read(text, '2002年工作安排').map((t) => t.headline)).toEqual([true, true, true]);
  });
});

describe('a result dated after the report\'s year', () => {
  it('is a plan\'s target, due when its period ends, whatever part it stands in', () => {
    const sections: Section[] = [
      { id: 's2', parent: null, level: 1, number: '二、', title: '“十三五”时期发展成就和“十四五”时期主要目标任务', paragraphs: [
        { text: '过去五年，我国经济实力跃上新台阶，国内生产总值增加到101.6万亿元。', sources: [] },
        { text: '《纲要草案》提出，“十四五”时期森林覆盖率达到24.1%，常住人口城镇化率提高到65%。', sources: [] },
      ] },
    ];
    expect(extractTargets('r', sections, 2021).map((t) => [t.value, t.kind, t.deadline, t.period])).toEqual([
      [101.6, 'achievement', null, { from: 2016, to: 2020 }],
      [24.1, 'target', 2025, { from: 2021, to: 2025 }],
      [65, 'target', 2025, { from: 2021, to: 2025 }],
    ]);
  });
});

describe('an annexed list of a past year\'s results', () => {
  it('reports results under its title, whatever part the rows were filed under, until the next annex or list', () => {
    const sections: Section[] = [
      { id: 's2', parent: null, level: 1, number: '二、', title: '2017年主要工作任务', paragraphs: [
        { text: '新建学校5所。', sources: [] },
        { text: '附件三', sources: [] },
        { text: '2016年区民生实事完成情况', sources: [] },
        { text: '1\t新建公办幼儿园8所\t已建成幼儿园9所。', sources: [] },
        { text: '附件四', sources: [] },
        { text: '2017年区民生实事', sources: [] },
        { text: '1\t新建公办幼儿园10所', sources: [] },
      ] },
    ];
    expect(extractTargets('r', sections, 2017).map((t) => [t.value, t.kind])).toEqual([
      [5, 'target'],
      [8, 'achievement'],
      [9, 'achievement'],
      [10, 'target'],
    ]);
    // A list of this year's, or a line with a year that is no list's title, says nothing of results.
    expect(listTitleOf('附件2 龙岗区政府2014年民生实事', 2014)).toBe('other');
    expect(listTitleOf('2.2013年区政府民生实事完成清单', 2014)).toBe('results');
    expect(listTitleOf('2016年，全区完成固定资产投资650亿元', 2017)).toBeNull();
  });
  it('reads the column of what was to be done as that year\'s target, beside the column of what came of it', () => {
    const sections: Section[] = [
      { id: 'annex-3', parent: null, level: 1, number: '附件三', title: '2016年区民生实事完成情况', paragraphs: [
        { text: '序号\t任务\t落实情况', sources: [] },
        { text: '1\t新建公办幼儿园8所\t已建成幼儿园9所。', sources: [] },
        // Done as set, with no number of its own: the task's number is what was done.
        { text: '2\t新建污水管网20公里\t已按计划完成年度任务。', sources: [] },
        // (A year in the result is no number of it.)
        { text: '3\t全年组织4场应急演练\t2016年演练工作已完成。', sources: [] },
      ] },
      { id: 'annex-2', parent: null, level: 1, number: '附件二', title: '2016年主要经济指标完成情况', paragraphs: [
        { text: '主要经济指标\t完成增长\t全年目标增长', sources: [] },
        { text: '地区生产总值\t增长8.8%\t增长8.5%', sources: [] },
      ] },
    ];
    expect(extractTargets('r', sections, 2017).map((t) => [t.value, t.kind, t.period?.from])).toEqual([
      [8, 'target', 2016],
      [9, 'achievement', 2016],
      [20, 'achievement', 2016],
      [4, 'achievement', 2016],
      [8.8, 'achievement', 2016],
      [8.5, 'target', 2016],
    ]);
    // Without a header row, or in a row whose cells do not stand under it, every number is a result, as before.
    const unheaded: Section[] = [{ ...sections[0], paragraphs: [sections[0].paragraphs[0], { text: '1\t新建公办幼儿园8所', sources: [] }] }];
    expect(extractTargets('r', unheaded, 2017).map((t) => [t.value, t.kind])).toEqual([[8, 'achievement']]);
  });
});

describe('where the things counted end', () => {
  it('ends their name at a word of how they act (严格, 依法, 常态, 协调联动, 各具, 对社会, 共同参与)', () => {
    const names = (text: string) => read(text, '2023年工作回顾').map((t) => t.indicator);
    expect(names('推动120家重点排放企业严格履约。')).toEqual(['重点排放企业']);
    expect(names('15项省定涉企收费依法免征。')).toEqual(['省定涉企收费']);
    expect(names('320名“河（湖）长”常态巡河。')).toEqual(['“河（湖）长”']);
    expect(names('东城、西城3个历史街区各具特色。')).toEqual(['历史街区']);
    expect(names('我市与6个协办城市协调联动。')).toEqual(['协办城市']);
    expect(names('推动25个机关单位附属空间对社会开放共享。')).toEqual(['机关单位附属空间']);
    // (Not where the word names the things: 常态化 at their head.)
    expect(names('设立12个常态化核酸采样点。')).toEqual(['常态化核酸采样点']);
  });
  it('names things a preposition governs by the work done to them, without who does it (进行 dropped)', () => {
    const names = (text: string) => read(text, '2023年工作回顾').map((t) => t.indicator);
    expect(names('对86处文物保护单位开展消防检查。')).toEqual(['开展消防检查的文物保护单位']);
    expect(names('各部门围绕30个课题开展调查研究。')).toEqual(['开展调查研究的课题']);
    expect(names('并对7个政府投资项目进行重点监督。')).toEqual(['重点监督的政府投资项目']);
    // (应对 is a verb: what it governs is its object, with no 对 to read.)
    expect(fields('有效应对12个台风。')[0]?.slice(0, 2)).toEqual(['有效应对', '台风']);
    // (Without the preposition, 自主开展项目 is the name of the things.)
    expect(names('推动首批12项自主开展项目。')).toEqual(['首批自主开展项目']);
  });
  it('leaves out names listed before a count of as many, and the building of the things counted', () => {
    expect(fields('加快东湖和西湖2个湿地公园建设。')).toEqual([[null, '湿地公园', 2, '个', 'eq', null]]);
    // (Where the names are fewer than the count, the words before it say which of the things.)
    expect(fields('加快东湖片区5个湿地公园建设。')[0]?.[1]).toBe('东湖片区湿地公园');
  });
  it('names the things for which something was done, after members listed with 等', () => {
    expect(read('为东城、西城等9个街道派驻专职社工。', '2023年工作回顾').map((t) => t.indicator)).toEqual(['派驻专职社工的街道']);
  });
  it('keeps what a place reached, without 实现, and drops 稳控 before a level', () => {
    expect(fields('图书馆、公园等公共区域实现免费无线网络覆盖点300个。')).toEqual([['实现', '公共区域免费无线网络覆盖点', 300, '个', 'eq', null]]);
    expect(fields('重型货车超载率稳控在1%以下。')).toEqual([[null, '重型货车超载率', 1, '%', 'lte', 'lte']]);
  });
  it('reads 在全国推广 and 形成初步成果 as said of the things, 入围 as a status they reach, and 创作 as a verb', () => {
    const names = (text: string) => read(text, '2023年工作回顾').map((t) => t.indicator);
    expect(names('12条基层治理经验在全国推广。')).toEqual(['基层治理经验']);
    expect(names('80个行政村村庄规划形成初步成果。')).toEqual(['行政村村庄规划']);
    expect(names('甲乙等6家企业入围全省专精特新百强榜单。')).toEqual(['入围全省专精特新百强榜单的企业']);
    expect(fields('创作以长江为主题的美术作品40件。')).toEqual([['创作', '以长江为主题的美术作品', 40, '件', 'eq', null]]);
  });
  it('takes a manner word in 式 and a plan\'s 计划 after 全年 out of the name', () => {
    expect(fields('滚动式开展招商推介活动20场以上。')).toEqual([['滚动式开展', '招商推介活动', 20, '场', 'gte', 'gte']]);
    expect(fields('全年计划收储经营性用地5平方公里。')).toEqual([['收储', '经营性用地', 5, '平方公里', 'eq', null]]);
    // (计划 of a plan's name stays: 计划生育.)
    expect(fields('全年计划生育服务对象1.2万人。')[0]?.[1]).toBe('计划生育服务对象');
  });
  it('names people by what they were given, and the amount after it by the thing given', () => {
    expect(read('为820位80岁以上困难老人发放高龄津贴96万元。', '2023年工作回顾').map((t) => [t.indicator, t.value])).toEqual([
      ['发放高龄津贴的80岁以上困难老人', 820],
      ['高龄津贴', 96],
    ]);
    // (为…提供 before the thing provided: for whom is no part of it.)
    expect(fields('累计为来深青年提供免费住宿服务超1万人次。')[0]?.slice(0, 2)).toEqual(['提供', '来深青年免费住宿服务']);
  });
  it('drops 共 after a span of years, and 首次 before 实现; reads 命名 and 采购 as verbs, 进社区 as said of the things', () => {
    expect(fields('五年共出台地方性法规规章31件。')[0]?.slice(0, 2)).toEqual(['出台', '地方性法规规章']);
    expect(fields('三年共上缴中央和省税收收入88.6亿元。')[0]?.[1]).toBe('上缴中央和省税收收入');
    expect(fields('首次实现外送电量超过500亿度。')[0]?.slice(1, 4)).toEqual(['外送电量', 500, '亿度']);
    expect(fields('命名第二批市级示范基地12个。')[0]?.slice(0, 2)).toEqual(['命名', '第二批市级示范基地']);
    expect(fields('采购80场公益文艺演出进社区。')[0]?.slice(0, 2)).toEqual(['采购', '公益文艺演出']);
  });
  it('reads power in 兆瓦 and energy in 度 as units, and a size in 兆瓦 after 的 as naming the thing', () => {
    expect(fields('光伏装机容量450兆瓦、全省第2位。').map((f) => [f[1], f[2], f[3]])).toEqual([['光伏装机容量', 450, '兆瓦'], ['光伏装机容量全省排名', 2, '位']]);
    expect(fields('建成全国单机容量最大的18兆瓦海上风机。')).toEqual([]);
  });
  it('splits 收支 over a 分别 list, and measures the things before 等 by an extent too', () => {
    expect(fields('一般公共预算收支分别突破800亿元、1500亿元。').map((f) => f[1])).toEqual(['一般公共预算收入', '一般公共预算支出']);
    expect(fields('开工建设3万平方米安置房等民生项目。')[0]?.slice(0, 4)).toEqual(['开工建设', '安置房', 3, '万平方米']);
    expect(fields('8个创新创业生态圈成型起势。')[0]?.[1]).toBe('创新创业生态圈');
  });
  it('reads a time or an age with a bound, glued to a noun, as part of its name', () => {
    expect(fields('全市30分钟以内通勤比例达75%。')).toEqual([[null, '全市30分钟以内通勤比例', 75, '%', 'eq', null]]);
    // (A time a verb states is a level: 缩短到…以内.)
    expect(fields('企业开办时间压缩到1个工作日以内。').map((f) => f[2])).toEqual([1]);
  });
});

describe('shapes of publishers no sample had held', () => {
  it('reads the adverb before a change or a level as no part of the thing, and 全面小康 as a noun', () => {
    expect(fields('市场主体逆势增长29%，总数达16万家。')).toEqual([[null, '市场主体', 29, '%', 'growth', null], [null, '市场主体总数', 16, '万家', 'eq', null]]);
    expect(fields('粮食产量常年保持在40万吨以上。')).toEqual([[null, '粮食产量', 40, '万吨', 'gte', 'gte']]);
    expect(fields('预计全面小康综合实现程度达92.11%。')[0][1]).toBe('全面小康综合实现程度');
    expect(fields('全面完成农村危房改造1200户。')[0][1]).toBe('农村危房改造');
  });
  it('ends the things counted where how they are or fare begins (精神饱满, 与会, 成效良好, 持续增收), not inside a clause before 的', () => {
    expect(fields('来自全县各条战线的230名人大代表精神饱满，陆续来到会场。')[0][1]).toBe('人大代表');
    expect(fields('来自全县各地各行各业的160多名代表与会。')[0].slice(1, 3)).toEqual(['代表', 160]);
    expect(fields('12项国省级改革试点成效良好。')[0][1]).toBe('国省级改革试点');
    expect(fields('带动4.97万户农牧民持续增收。')[0][1]).toBe('农牧民');
    expect(fields('用3年时间打造31个示范性强、发展成效明显的特色村镇。')[0][1]).toBe('特色村镇');
  });
  it('reads a rate on a stated basis (自然增幅, 同口径) as the thing\'s, a plain growth rate after it as the thing\'s growth, and an amount after a rate as the thing\'s, not the rate\'s', () => {
    expect(fields('地方一般公共预算收入3.5亿元，自然增幅2%，同口径完成3.67亿元，增幅6.1%。').map((r) => r[1])).toEqual([
      '地方一般公共预算收入', '地方一般公共预算收入自然增幅', '地方一般公共预算收入', '地方一般公共预算收入',
    ]);
    // (A rate of its own name stays whole; a rank of a rate ranks the rate.)
    expect(fields('人口出生率为11.47‰，自然增长率为6.02‰。')[1][1]).toBe('自然增长率');
    expect(fields('实现生产总值8246.1亿元，增长6.3%，增速比上年提高2.7个百分点，居全国第23位。').at(-1)![1]).toBe('生产总值增速全国排名');
  });
  it('reads gaps to two places listed, then their values listed, each value the gap to its place', () => {
    expect(fields('全年GDP增长6%，高于全国、全省1个、0.2个百分点，总量跨过3000亿元。').map((r) => r.slice(1, 3))).toEqual([
      ['GDP', 6], ['GDP增速高于全国', 1], ['GDP增速高于全省', 0.2], ['GDP总量', 3000],
    ]);
    // (One place, as before; a total after the gap is the thing's.)
    expect(fields('地区生产总值增长8%，高于全国2个百分点，总量达到500亿元。').map((r) => r[1])).toEqual(['地区生产总值', '地区生产总值增速高于全国', '地区生产总值总量']);
  });
  it('names people counted after 为 by the check done for them (免费进行“两癌”检查)', () => {
    expect(fields('为5000名适龄农村妇女免费进行“两癌”检查。')[0][1]).toBe('免费进行“两癌”检查的适龄农村妇女');
  });
  it('publishes no row named by places counted without a measure word (6乡镇7村596户…)', () => {
    expect(fields('实施6乡镇7村596户3523人的易地扶贫搬迁工程。').map((r) => r[1]).join()).not.toMatch(/\d/u);
    expect(fields('实施20村2890户。')).toEqual([]);
    // (Nor by people counted with a magnitude alone: 6.48万户23.24万农村常住人口.)
    expect(fields('对全县6.48万户23.24万农村常住人口进行遍访甄别。')).toEqual([]);
    expect(fields('新增50亿级企业2家以上。')[0][1]).toBe('新增50亿级企业');
  });
  it('reads a change to a dated level (从2015年的39.70亿元增长到2020年61.95亿元) as the thing\'s', () => {
    expect(fields('全县生产总值从2015年的39.70亿元增长到2020年61.95亿元，年均增长9.3%。').map((r) => r[1])).toEqual(['全县生产总值', '全县生产总值', '全县生产总值']);
  });
  it('leaves the discourse words before a subject out of it (而…, 还要再办…, 即投资…), not 而且', () => {
    expect(fields('今年还要再办10件惠民实事。')[0][1]).toBe('惠民实事');
    expect(fields('而安阳市GDP增速目标为6.5%。')[0][1]).toBe('安阳市GDP增速目标');
    expect(fields('即投资9530万元，实施易地扶贫搬迁工程。').map((r) => r[1])).not.toContain('即投资');
    expect(fields('地区生产总值增长9%，而且还高于全市3.5个百分点。')[1][1]).not.toMatch(/^且/u);
  });
  it('publishes no rank that 均 shares among the things before it (均居全市第1位), 均价 a word of its own', () => {
    expect(fields('税收收入增长15.9%，税比71.6%，均居全市6县市第1位。').map((r) => r[1])).toEqual(['税收收入', '税比']);
    expect(fields('生猪出栏均价36.01元。')[0][1]).toBe('生猪出栏均价');
  });
  it('publishes no row named by a verb of change alone (12.8亿元增加到19.2亿元, its thing on a line lost before)', () => {
    expect(fields('12.8亿元增加到19.2亿元，年均增长8.4%。')).toEqual([]);
  });
  it('leaves a headline\'s topic before its bar out of the subject (…工作报告丨2024年四川地区生产总值…)', () => {
    expect(fields('四川省政府工作报告丨2024年四川地区生产总值预期增长6%左右。')[0][1]).toBe('四川地区生产总值');
  });
  it('names a figure on another basis (不含雄安…, 扣除…因素, 每次) by the thing and its basis in brackets', () => {
    expect(fields('固定资产投资完成2581.9亿元（不含雄安增长6.6%、全省第三）。')[1].slice(1, 3)).toEqual(['固定资产投资（不含雄安）', 6.6]);
    expect(fields('获省环保厅奖励52万元，每次26万元。')[1].slice(1, 3)).toEqual(['省环保厅奖励（每次）', 26]);
    expect(fields('农民人均纯收入4306元，增长8.3%，扣除价格因素实际增长5.7%。')[2][1]).toBe('农民人均纯收入（扣除价格因素）');
  });
  it('names what a thing holds (含铁量) as a measure of its own, and a count of what a count includes (含教学点12个) as that part\'s', () => {
    expect(fields('铁矿石储量510万吨，含铁量平均45%。')[1].slice(1, 3)).toEqual(['含铁量', 45]);
    expect(fields('全县共有学校56所（含教学点12个）。')[1].slice(1, 3)).toEqual(['教学点', 12]);
    expect(fields('全县有医院5家，含民营医院2家。')[1].slice(1, 3)).toEqual(['民营医院', 2]);
    // (A figure after 不含, or not a count, is still the thing's on another basis.)
    expect(fields('全县有医院5家（不含卫生院2家）。')[1][1]).toBe('全县医院（不含卫生院）');
  });
  it('leaves out of a name the place pointed to (这个开发区), where the things stand (辖区内有, 另有), how little it is (只有), and reads 下设 as a verb', () => {
    expect(fields('这个开发区共完成地区生产总值432亿元。')[0].slice(0, 2)).toEqual(['完成', '地区生产总值']);
    expect(fields('另有流动人口376人。')[0][1]).toBe('流动人口');
    expect(fields('辖区内有小学5所。')[0][1]).toBe('小学');
    expect(fields('该开发区工业总产值只有24亿元。')[0][1]).toBe('工业总产值');
    expect(fields('下设43个居民小组。')[0].slice(0, 2)).toEqual(['下设', '居民小组']);
    // (Not 有 that is part of the name: 有一定规模的….)
    expect(fields('区域内有一定规模的商贸服务型企业有130户。')[0][1]).toContain('有一定规模的商贸服务型企业');
  });
  it('reads 初步安排 as the verb before the things, and 项目校 as a thing of its own', () => {
    expect(fields('今年初步安排市以上重点项目500项左右。')[0].slice(0, 2)).toEqual(['安排', '市以上重点项目']);
    expect(fields('加快40所项目校建设。')[0].slice(0, 2)).toEqual(['加快', '项目校']);
  });
  it('reads a growth written with a minus sign as a fall, and withholds a level written with one', () => {
    expect(fields('牛存栏6100头，牛出栏831头，分别增长1.2%和-11.0%。')[3]).toEqual([null, '牛出栏', 11, '%', 'decline', null]);
    expect(fields('工业增加值增长-3.5%。')).toEqual([[null, '工业增加值', 3.5, '%', 'decline', null]]);
    expect(fields('利润总额-3亿元。')).toEqual([]);
    // (The sign in words: 零下, 负.)
    expect(fields('属寒温带大陆性气候，年平均温度在零下2.4度。')).toEqual([]);
    expect(fields('全县生产总值增长负3.5%。')).toEqual([[null, '全县生产总值', 3.5, '%', 'decline', null]]);
  });
  it('reads the longest or the highest said alone as of the thing just stated, and as of nothing where none was', () => {
    expect(fields('无霜期年平均130天，最长达145天，最短为125天。').map((r) => r[1])).toEqual(['无霜期', '无霜期最长', '无霜期最短']);
    expect(fields('全县无霜期的长短差异很大，最长为150天，最短为79天。')).toEqual([]);
  });
  it('reads an award\'s verb before a rank (获评, 荣获) as no part of what is ranked', () => {
    expect(fields('获评全市量化考核综合总分第11名、“三重”建设第1名。')[0].slice(1, 3)).toEqual(['全市量化考核综合总分排名', 11]);
    expect(fields('全区荣获全省综合考核第3名。')[0].slice(1, 3)).toEqual(['全区全省综合考核排名', 3]);
  });
  it('reads past a basis at a year\'s constant prices and a note of the short name used below', () => {
    expect(fields('2021年全县地区生产总值完成1017805万元，按2020年不变价格计算比上年（以下简称同比）增长9.4%。')[1]).toEqual([null, '全县地区生产总值', 9.4, '%', 'growth', null]);
    expect(fields('预计全市完成生产总值1560亿元，比上年增长（以下简称增长）4%左右。')[1]).toEqual(['完成', '全市生产总值', 4, '%', 'growth', 'approx']);
  });
  it('reads where a place lies and its climate as how things stand, in a speech that plans as well', () => {
    const text = '同志们：今年我们要力争生产总值增长10%，确保完成各项任务。\n**县地处秦岭南麓，地域面积3514平方公里，辖30个乡镇，总人口43万。平均海拔1100米，年均气温13.1摄氏度。';
    expect(read(text).map((t) => [t.indicator, t.kind])).toEqual([
      ['生产总值', 'target'], ['地域面积', 'achievement'], ['乡镇', 'achievement'], ['总人口', 'achievement'], ['平均海拔', 'achievement'],
    ]);
  });
  it('reads 我们要, 我们将 of a speech as who speaks and when, no part of the name; 接续, 继续 before a verb as part of the verb', () => {
    expect(fields('今年我们要力争生产总值增长10%。')[0].slice(1, 3)).toEqual(['生产总值', 10]);
    expect(fields('我们将接续办好15件市级重点民生实事。')[0].slice(0, 3)).toEqual(['接续办好', '市级重点民生实事', 15]);
  });
  it('reads no coordinate as a quantity (地处东经99度)', () => {
    expect(fields('澜沧县地处东经99度，全县总面积8807平方公里。').map((r) => r[1])).toEqual(['全县总面积']);
  });
  it('reads a part of the year written 1至9月份 or 1―6月 as gone by, with or without a pause after it', () => {
    const kinds = (text: string) => read(text).map((t) => t.kind);
    expect(kinds('会议要求今年要力争完成各项任务。\n1至9月份，全县完成生产总值49.2亿元，同比增长15.6%；完成财政收入3.79亿元，增长35.82%。')).toEqual(['achievement', 'achievement', 'achievement', 'achievement']);
    expect(kinds('今年要力争完成各项任务。\n1―6月，全区实现地区生产总值20.95亿元，同比增长14%。其中，第三产业实现增加值4.1亿元，增长9.3%。')).toEqual(['achievement', 'achievement', 'achievement', 'achievement']);
    expect(kinds('今年要力争完成各项任务。\n市级5项，当年计划投资22.67亿元。1-12月份完成投资26.4亿元，投资完成率116.45%。').slice(1)).toEqual(['achievement']);
    // (The part of the year after the whole place says when, not what.)
    expect(fields('全县1-12月完成工业投资26.4亿元。')[0].slice(0, 2)).toEqual(['完成', '全县工业投资']);
  });
  it('reads a profile as how things stand: a part titled 概况 (glued to its first words), a label 简介：, a historical 将…划归', () => {
    const kinds = (text: string) => read(text).map((t) => t.kind);
    const part = '面甸镇\n一、概况面甸镇位于云南省建水县东部，1999年撤乡设镇\n全镇辖10个村委会，距县城24公里。2003年末，全镇总人口37468人。\n二、经济\n全镇种植粮食作物46681亩，推广优质水稻种植9000亩。';
    const sections = buildSections(classify(part.split('\n'), 'f.txt'));
    expect(extractTargets('r', sections, null).map((t) => t.kind)).toEqual(['achievement', 'achievement', 'achievement', 'achievement', 'achievement']);
    expect(read('铺子湾简介：铺子湾镇在威远县城西北部，离县城约3公里。含8个农村村，耕地12156.62亩。', '铺子湾镇').map((t) => t.kind)).toEqual(['achievement', 'achievement', 'achievement']);
    expect(new RegExp(WILL, 'u').test('1997年，将自强街道的成阳路、树勋街2个居委会划归民康街道管辖。')).toBe(false);
    expect(new RegExp(WILL, 'u').test('今年将新建学校5所。')).toBe(true);
  });
  it('names past words that only stress or spread a figure (就有, 各县均达), a sign left by a withheld level, a task done, a list\'s name in quotes, and batches', () => {
    expect(fields('现有各类企业超过80家，其中规模较大的企业就有16家。', '概况')[1][1]).toBe('规模较大的企业');
    expect(fields('充分就业社区达标率各县均达70%以上；', '概况')[0][1]).toBe('充分就业社区达标率');
    expect(fields('人口自然增长率为-1.30‰，比上年上升7.12个千分点。', '概况')).toEqual([[null, '人口自然增长率', 7.12, '个千分点', 'growth', null]]);
    expect(fields('全县财政收入任务为7000万元，实际完成7095万元，绝对值同比下降9.42%。', '概况').map((r) => [r[1], r[2]])).toEqual([['全县财政收入任务', 7000], ['全县财政收入', 7095], ['全县财政收入', 9.42]]);
    expect(fields('呼伦贝尔草原羊肉等8个区域公用品牌入选“中国农产品百强标志性品牌”。', '概况')[0][1]).toBe('入选“中国农产品百强标志性品牌”的区域公用品牌');
    expect(fields('25个案例获评全球最佳减贫案例。', '概况')[0][1]).toBe('全球最佳减贫案例');
    expect(fields('集中开工重大产业项目4批次69个。', '概况').map((r) => r[1])).toEqual(['重大产业项目批次', '重大产业项目']);
    expect(fields('全年抽检食品8359批次。', '概况')[0][1]).toBe('食品');
    expect(fields('地区生产总值同比增长15%，高于全年增速目标7.5个百分点。', '概况').map((r) => r[1])).toEqual(['地区生产总值']);
  });
  it('ranks the rate just stated, not a gap to other places before it, and reads a group of places counted as a scope', () => {
    expect(fields('全县地区生产总值同比增长5.8%，增速居全省第10位、山区26县第6位、全市第3位。', '2022年工作回顾').map((r) => r[1]).slice(1)).toEqual([
      '全县地区生产总值增速全省排名', '全县地区生产总值增速山区26县排名', '全县地区生产总值增速全市排名',
    ]);
    expect(fields('全县地区生产总值同比增长5.8%，领先全省和全市2.7和2.1个百分点，增速居全省第10位。', '2022年工作回顾').map((r) => r[1])).not.toContain('领先全省和全市2.7增速全省排名');
  });
  it('keeps 用于 where it opens a modifier of the noun (用于民生的财政支出), and drops it before the noun itself', () => {
    expect(fields('全年用于民生的财政支出达到9.7亿元。', '2014年工作回顾')[0][1]).toBe('用于民生的财政支出');
    expect(fields('用于教育支出5亿元。', '2014年工作回顾')[0][1]).toBe('教育支出');
  });
  it('reads 落户 as a verb, alone or after 引进', () => {
    expect(fields('引进落户150亩食药两用玉竹种植基地。', '2021年工作总结')[0].slice(0, 2)).toEqual(['引进落户', '食药两用玉竹种植基地']);
  });
  it('reads 到2006年并无变化 as a state that went on, no deadline', () => {
    expect(read('九二年撤区建镇时由当时的双歧乡、永团乡合并建镇到2006年并无变化，幅员32.25平方公里。', '铺子湾镇').map((t) => [t.kind, t.deadline])).toEqual([['achievement', null]]);
  });
  it('reads past a note that the same holds below (同比增长（下同）13%, 全市预计（下同）完成…)', () => {
    expect(fields('全市生产总值394.13亿元，比上一年增长（下同）10.6%。')[1]).toEqual([null, '全市生产总值', 10.6, '%', 'growth', null]);
    expect(fields('全市预计（下同）完成生产总值246亿元。')[0].slice(0, 2)).toEqual(['完成', '全市生产总值']);
  });
  it('reads 比增 and 比降 (比上年增长, 比上年下降) as a change, no part of the thing', () => {
    expect(fields('项目投资比增54.2%；工业投资同比增178.8%；出口比降5%。')).toEqual([
      [null, '项目投资', 54.2, '%', 'growth', null], [null, '工业投资', 178.8, '%', 'growth', null], [null, '出口', 5, '%', 'decline', null],
    ]);
    expect(fields('比增5%。')).toEqual([]);
  });
  it('leaves 历史首次 out of a milestone\'s subject, and keeps 完成 in a rate of completion (完成投资率)', () => {
    expect(fields('一般公共预算收入完成10.75亿元，历史首次突破10亿元大关，增长13.16%。').map((r) => r[1])).toEqual(['一般公共预算收入', '一般公共预算收入', '一般公共预算收入']);
    expect(fields('组织实施重大项目50个，完成投资率116%。')[1][1]).toBe('完成投资率');
  });
  it('reads a named rate that all of a list share (增速均超过50%) as a growth, the examples kept where only a bare kind follows 等', () => {
    expect(fields('北斗导航、3D打印等产业增速均超过50%。')).toEqual([[null, '北斗导航、3D打印等产业增速', 50, '%', 'growth', 'gte']]);
    expect(fields('汽车、无人机、3D打印机等高新技术产品出口增长20%。')[0][1]).toBe('高新技术产品出口');
  });
  it('reads a bare measure after a field opener as the field\'s (地区生产总值方面，降幅…收窄), and withholds it alone', () => {
    expect(fields('地区生产总值方面，降幅较年初收窄24个百分点。')).toEqual([[null, '地区生产总值降幅', 24, '个百分点', 'decline', null]]);
    expect(fields('降幅收窄2个百分点。')).toEqual([]);
  });
  it('reads two values joined by 和 as a list of as many subjects (增长8.1%和11%), not where the subject joins two things of its own', () => {
    expect(fields('城镇、农村居民人均可支配收入28204.9元、9106.3元，增长8.1%和11%。').slice(2)).toEqual([
      [null, '城镇居民人均可支配收入', 8.1, '%', 'growth', null], [null, '农村居民人均可支配收入', 11, '%', 'growth', null],
    ]);
    expect(fields('城乡居民人均可支配收入达到2.57万元和1.68万元。').map((r) => r[1])).toEqual(['城镇居民人均可支配收入', '农村居民人均可支配收入']);
    // (养老保险和基本医疗保险: the two values may be the two insurances', not town and country's — not told apart.)
    expect(fields('确保城乡居民参加养老保险和基本医疗保险参保率保持在90%和98%以上。').map((r) => r[1]).join()).not.toMatch(/城镇|农村/u);
  });
  it('reads a verb with 了 as the action (拆除了…, 完成了…), and leaves 以…为重点的 out of the things counted', () => {
    expect(fields('拆除了以桃山水库北岸建筑为重点的各类违章建筑472处。')[0].slice(0, 2)).toEqual(['拆除', '各类违章建筑']);
    expect(fields('完成了农村公路新改建70公里。')[0][1]).toBe('农村公路新改建');
    expect(fields('来自县内的162名代表汇聚一堂。')[0][1]).toBe('来自县内的代表');
  });
  it('gives measures named alone after the first the first one\'s opening words (规模以上工业总产值、增加值、利润)', () => {
    expect(fields('全市规模以上工业总产值、增加值、利润分别完成1460亿元、440亿元、50亿元。').map((r) => r[1])).toEqual(['全市规模以上工业总产值', '全市规模以上工业增加值', '全市规模以上工业利润']);
  });
  it('leaves the places listed that together did a thing (…、华亿安置区共建设…) out of what they did', () => {
    expect(fields('阳光花园、润福家园、东方花园、华亿安置区共建设安置房20.9万平方米。')[0].slice(0, 2)).toEqual(['建设', '安置房']);
  });
  it('names the report\'s own government\'s rank by the ranking the clause before names (…排名中，我市位居第33位)', () => {
    expect(fields('在《人民日报》发布的全国综合实力百强县排名中，我市位居第33位。')).toEqual([[null, '全国综合实力百强县排名', 33, '位', 'eq', null]]);
  });
  it('ends things counted where what was put into them begins, the money theirs (278个脱贫项目投入资金36亿元)', () => {
    // (After a list of counts, the money of them all.)
    expect(fields('22个扶贫专项、278个脱贫项目投入资金36亿元。').map((r) => r[1])).toEqual(['扶贫专项', '脱贫项目', '扶贫专项、脱贫项目投入资金']);
    expect(fields('278个脱贫项目投入资金36亿元。').map((r) => r[1])).toEqual(['脱贫项目', '脱贫项目投入资金']);
  });
  it('ends people counted where they go to help (驰援, 奔赴 …), and withholds counts of them named by where they went', () => {
    expect(fields('选派89名医务人员驰援湖北、15名支援甘孜、3名援助非洲。')).toEqual([['选派', '医务人员', 89, '名', 'eq', null]]);
    expect(fields('1000余名医护和疾控人员先后驰援武汉、大连等地区。')[0][1]).toBe('医护和疾控人员');
  });
  it('names things counted by what was done to them after, 及时 before the verb', () => {
    expect(fields('200余件诉求及时办妥。')).toEqual([[null, '诉求', 200, '件', 'gte', 'gte']]);
  });
  it('reads a rate named 增速 before its number as a growth, and a list of them after a 分别 list as its members\'', () => {
    expect(fields('地区生产总值增速8.2%。')).toEqual([[null, '地区生产总值增速', 8.2, '%', 'growth', null]]);
    expect(fields('高新技术产业增加值增速10%以上。')[0].slice(4)).toEqual(['growth', 'gte']);
    // (A gap to another rate is no growth: 快于经济增速1个百分点.)
    expect(fields('居民收入增速快于经济增速1个百分点。')[0][4]).toBe('eq');
    expect(fields('城乡居民人均可支配收入分别达37188元、18660元，年均增速8.2%、9.3%。').slice(2)).toEqual([
      [null, '城镇居民人均可支配收入', 8.2, '%', 'growth', null],
      [null, '农村居民人均可支配收入', 9.3, '%', 'growth', null],
    ]);
  });
  it('reads 增产 after a level as the growth of the thing just stated', () => {
    expect(fields('粮食产量实现26.92亿斤，增产0.94亿斤，实现“二十一连丰”。')[1]).toEqual([null, '粮食产量', 0.94, '亿斤', 'growth', null]);
  });
  it('reads no quantity in how many places a place is one of, a number in their name too', () => {
    expect(fields('荣获全区4个县域生态环境质量连续3年持续改善旗县之一。')).toEqual([]);
  });
  it('names a rank by the ranking after the verb that reached it, and by the ranking alone where nothing stands before the verb', () => {
    expect(fields('经济综合竞争力提升至全国百强县第11位。')).toEqual([[null, '经济综合竞争力全国百强县排名', 11, '位', 'eq', null]]);
    expect(fields('力争进入全国高新区前100位。')).toEqual([[null, '全国高新区排名', 100, '位', 'lte', 'lte']]);
  });
  it('leaves the circumstance 在…的同时 around the things counted out of their name', () => {
    expect(fields('在着力抓好15个全国重点镇和省级示范乡镇的同时，建设3至5个品质活力示范乡镇。')[0].slice(0, 2)).toEqual(['着力抓好', '全国重点镇和省级示范乡镇']);
  });
  it('reads one group counted in households and in persons side by side as two counts of the same thing', () => {
    expect(fields('全县贫困人口由13677户49479人减至887户1472人。').slice(0, 2)).toEqual([
      [null, '全县贫困人口', 13677, '户', 'eq', null],
      [null, '全县贫困人口', 49479, '人', 'eq', null],
    ]);
    expect(fields('1.06万户3.36万人实现脱贫。')).toEqual([[null, '脱贫户', 1.06, '万户', 'eq', null], [null, '脱贫人口', 3.36, '万人', 'eq', null]]);
    expect(fields('15250人如期脱贫。')[0][1]).toBe('脱贫人口');
    expect(fields('全县651户1331人稳定脱贫，贫困人口实现清零。').map((r) => r[1])).toEqual(['脱贫户', '脱贫人口']);
    // (Works in a count and a length side by side: each reads the noun after them.)
    expect(fields('投资3250万元，建设23条65公里农村通畅工程。').filter((r) => r[2] !== 3250)).toEqual([['建设', '农村通畅工程', 23, '条', 'eq', null], ['建设', '农村通畅', 65, '公里', 'eq', null]]);
    // (Quoted from the households on.)
    expect(read('全旗165户568名建档立卡贫困户实现稳定脱贫。').map((t) => t.quote)).toEqual(['全旗165户568名建档立卡贫困户', '全旗165户568名建档立卡贫困户']);
  });
  it('names things counted by what is done to them after a manner word (加快筹备, 集中开幕), and reads how far a result passed its plan as a growth of it', () => {
    expect(fields('64个前期项目加快筹备。')[0][1]).toBe('前期项目');
    expect(fields('河南17个地级市人代会集中开幕。')[0][1]).toBe('河南地级市人代会');
    expect(fields('城镇新增就业43.13万人，超计划任务7.8%。')[1]).toEqual([null, '城镇新增就业', 7.8, '%', 'growth', null]);
  });
  it('reads a news item\'s and a plan\'s shapes: the government that will act, a speed that names a class, a period after the thing, places alone', () => {
    expect(fields('龙文区将全力推进187个重点项目开发建设。')[0].slice(0, 2)).toEqual(['全力推进', '重点项目开发建设']);
    expect(fields('将建5所小学。')[0].slice(0, 2)).toEqual(['建', '小学']);
    expect(fields('建档立卡贫困户1200户。')[0].slice(0, 2)).toEqual([null, '建档立卡贫困户']);
    expect(fields('长客公司时速400公里高速动车组即将下线。')).toEqual([]);
    expect(fields('规模以上工业企业利润1-11月增长31.2%。')[0][1]).toBe('规模以上工业企业利润');
    expect(fields('电力及县属企业仅占10%。')[0][1]).not.toMatch(/仅/u);
    expect(fields('省会郑州市的2023年GDP增速目标便是7%，安阳市则将2023年GDP增速目标明确为6.5%。').map((r) => r[1])).toEqual(['省会郑州市的2023年GDP增速目标', '安阳市则将2023年GDP增速目标']);
    // (Places alone name no measure: whose figure of what is not said — withheld, not published under the places.)
    expect(fields('濮阳、漯河、三门峡、信阳则是7%以上。')).toEqual([]);
    // (A short name that is an ordinary word too is no place alone: 584个港口.)
    expect(fields('通达全球127个国家和地区的584个港口。').map((r) => r[1])).toContain('港口');
    expect(fields('位居全国县域经济基本竞争力百强县第40位、全国县域经济和社会综合发展百强县第67位。').map((r) => r[1])).toEqual(['全国县域经济基本竞争力百强县排名', '全国县域经济和社会综合发展百强县排名']);
    expect(fields('《世界城市名册》排名跃居全球第73位。')[0][1]).toBe('《世界城市名册》全球排名');
  });
  it('leaves when a figure is (五莲县2012年), that it will be (将投资), how it is given (免费) and what the things counted did to others out of their names', () => {
    expect(fields('五莲县2012年全年实现生产总值163亿元，比上年增长13%。').map((r) => r[1])).toEqual(['五莲县生产总值', '五莲县生产总值']);
    // (将投资 alone names no thing: no row, rather than one named by the modal and the verb.)
    expect(fields('在城市路网建设上，年内将投资1.5亿元。').map((r) => r[1])).not.toContain('将投资');
    expect(fields('为全省65岁以上老年人、4.5万名脱贫攻坚一线干部免费体检一次。')[0][1]).toBe('脱贫攻坚一线干部');
    expect(fields('8个县区创建16个全国农村创业园区（基地）。').map((r) => r[1])).toEqual(['县区', '全国农村创业园区（基地）']);
    // (An amount after the verb is no count of things it acts on: 发放高龄补贴176万元 keeps 补贴.)
    expect(fields('为1467位80岁以上低收入老年人发放高龄补贴176万元。')[0][1]).toMatch(/补贴/u);
  });
  it('tells apart two scopes that each name their group before the measure they share, and withholds a list it cannot tell apart', () => {
    expect(fields('城镇居民和农村家庭人均可支配收入达到27840元、9116元，分别增长8.9%、9.3%。').map((r) => r[1])).toEqual(['城镇居民人均可支配收入', '农村家庭人均可支配收入', '城镇居民人均可支配收入', '农村家庭人均可支配收入']);
    // (Values of one unit that all went to one name: not told apart, none published; of different units, one thing's.)
    expect(fields('药品和医用耗材集中带量采购品种分别突破600个、20类。').map((r) => r[1])).toEqual(['药品和医用耗材集中带量采购品种', '药品和医用耗材集中带量采购品种']);
    // (A statistical basis before the change is no part of the thing: 自然口径同比增长.)
    expect(fields('一般公共预算收入预计完成3.6亿元，自然口径同比增长26.2%。')[1][1]).toBe('一般公共预算收入');
  });
  it('gives a change the subject of the share said in words just before it, not that of an earlier row', () => {
    expect(fields('粮食产量常年保持在40万吨以上，生猪、肉鸡全产业链初步构建，农业增加值占全市三分之一，年均增长3.8%。').map((r) => r[1])).toEqual(['粮食产量', '农业增加值']);
  });
});

describe('a main target named again', () => {
  it('is one row, the headline passage\'s, when it is restated to explain it', () => {
    const sections: Section[] = [
      { id: 's1', parent: null, level: 1, number: '一、', title: '2024年工作安排', paragraphs: [
        { text: '今年发展主要预期目标是：地区生产总值增长5%左右；城镇调查失业率5.5%左右。', sources: [] },
        { text: '提出上述预期目标，综合考虑了各方面因素。城镇调查失业率5.5%左右，体现了稳就业的要求。', sources: [] },
      ] },
    ];
    const rows = extractTargets('r', sections, 2024);
    expect(rows.map((t) => [t.indicator, t.headline])).toEqual([['地区生产总值', true], ['城镇调查失业率', true]]);
  });
});

describe('a name compared with its label', () => {
  it('is the same with or without quotation marks, 的 or a scope word of the whole place, and not with other words', () => {
    expect(foldName('“煤改气”')).toBe(foldName('煤改气'));
    expect(foldName('"国企改革三年行动"考核全省排名')).toBe(foldName('国企改革三年行动考核全省排名'));
    expect(foldName('全市固定资产投资')).toBe(foldName('固定资产投资'));
    // (A town's, a banner's scope word is the whole place's as a city's: 全镇, 全旗, 我乡.)
    expect(foldName('全镇规模工业企业')).toBe(foldName('规模工业企业'));
    expect(foldName('我旗粮食产量')).toBe(foldName('粮食产量'));
    expect(foldName('全地区粮食产量')).toBe(foldName('粮食产量'));
    expect(foldName('地区生产总值')).not.toBe(foldName('生产总值'));
    // (A share said inline and named as a share are one name.)
    expect(foldName('发电量占全社会用电量比重')).toBe(foldName('发电量占全社会用电量'));
    expect(foldName('发电量占全社会用电量的比重')).toBe(foldName('发电量占全社会用电量'));
    expect(foldName('“全国示范性老年友好型社区”')).toBe(foldName('全国示范性老年友好型社区'));
  });
  it('reads a rank\'s row named with where and 排名 as the label that names what is ranked, for a rank only', () => {
    const report = { slug: 'r', sources: [], sections: [{ id: 's1', parent: null, level: 1, number: null, title: '2025年工作回顾', paragraphs: [{ text: '城市空气质量优良天数比率98.9%、居全国第1位。', sources: [] }] }] } as unknown as Report;
    report.targets = extractTargets('r', report.sections as Section[], 2026);
    const label = { report: 'r', sentence: '城市空气质量优良天数比率98.9%、居全国第1位。', at: 22, number: '1', quantity: true, indicator: '城市空气质量优良天数比率', indicatorAlso: [], action: null, value: 1, valueMax: null, unit: '位', comparator: 'eq', bound: null, kind: 'achievement' } as const;
    expect(evaluateRowFields([label as never], [report]).verdicts[0]?.right.indicator).toBe(true);
    // (Not for the rate itself: 城市空气质量优良天数比率 is no rank, and 排名 is not stripped from a name that is none.)
    const rate = { ...label, at: 12, number: '98.9', value: 98.9, unit: '%', indicator: '城市空气质量优良天数比率全国排名' } as const;
    expect(evaluateRowFields([rate as never], [report]).verdicts[0]?.right.indicator).toBe(false);
    expect(foldName('煤改气生产线')).not.toBe(foldName('煤改气'));
  });
  it('reads a rank in 名, and one among a class of places (东北地级城市), the same way', () => {
    const sentence = '营商环境综合评价位居东北地级城市第1位，金融机构息费收入增长1.1%，居全市第1名。';
    const report = { slug: 'r', sources: [], sections: [{ id: 's1', parent: null, level: 1, number: null, title: '2025年工作回顾', paragraphs: [{ text: sentence, sources: [] }] }] } as unknown as Report;
    report.targets = extractTargets('r', report.sections as Section[], 2026);
    const label = (at: number, indicator: string, unit: string) => ({ report: 'r', sentence, at, number: '1', quantity: true, indicator, indicatorAlso: [], action: null, value: 1, valueMax: null, unit, comparator: 'eq', bound: null, kind: 'achievement' }) as never;
    expect(report.targets.filter((t) => t.value === 1).map((t) => t.indicator)).toEqual(['营商环境综合评价东北地级城市排名', '金融机构息费收入全市排名']);
    expect(evaluateRowFields([label(sentence.indexOf('第1位') + 1, '营商环境综合评价', '位'), label(sentence.indexOf('第1名') + 1, '金融机构息费收入', '名')], [report]).field.indicator.right).toBe(2);
  });
});

const corpus = '../shared/corpus';
describe.skipIf(!existsSync(corpus))('every field of rows from reports no rule was written from', () => {
  // Each later sample with its size and, where the indicator stands below 95 % even after the rules changed on it, the
  // floor that holds what is reached (so that a change that loses rows fails). The fifth was labelled twice: two readers
  // agreed on 77 of its 80 rows in every field.
  const later: [file: string, rows: number, indicator?: number, allRight?: number, comparatorBound?: number, kind?: number][] = [
    ['row-fields-heldout.json', 80],
    ['row-fields-heldout-2.json', 60],
    // (Readers split on 为市场主体减负超过2.6万亿元: 7 of the 10 who labelled the shape read a level of the relief given,
    // which the rule now follows, 3 a fall of the burden.)
    ['row-fields-heldout-3.json', 60, 0.93, undefined, 0.93],
    ['row-fields-heldout-4.json', 60],
    ['row-fields-heldout-5.json', 80],
    ['row-fields-heldout-6.json', 80],
    ['row-fields-heldout-7.json', 80],
    ['row-fields-heldout-8.json', 80, 0.92],
    ['row-fields-heldout-9.json', 80, 0.93],
    ['row-fields-heldout-10.json', 80, 0.92],
    ['row-fields-heldout-11.json', 80, 0.92],
    ['row-fields-heldout-12.json', 80],
    ['row-fields-heldout-13.json', 80],
    ['row-fields-heldout-14.json', 80],
    ['row-fields-heldout-15.json', 80],
    ['row-fields-heldout-16.json', 80, 0.91],
    ['row-fields-heldout-17.json', 80],
    ['row-fields-heldout-18.json', 80],
    ['row-fields-heldout-19.json', 80],
    ['row-fields-heldout-20.json', 80, 0.9],
    ['row-fields-heldout-21.json', 80, 0.93],
    ['row-fields-heldout-22.json', 80, 0.88],
    ['row-fields-heldout-23.json', 80, 0.91],
    ['row-fields-heldout-24.json', 80],
    ['row-fields-heldout-25.json', 80, 0.9],
    ['row-fields-heldout-26.json', 80],
    ['row-fields-heldout-27.json', 80, 0.9],
    ['row-fields-heldout-28.json', 80, 0.93],
    ['row-fields-heldout-29.json', 80, 0.93],
    ['row-fields-heldout-30.json', 80],
    // (The thirty-first stands at the every-field bar, after the rules changed on it: 85.0 %.)
    ['row-fields-heldout-31.json', 80, 0.87, 0.85],
    ['row-fields-heldout-32.json', 80, 0.91],
    ['row-fields-heldout-33.json', 80],
    // (The thirty-fourth stands under the every-field bar after the rules changed on it: 84.4 %.)
    ['row-fields-heldout-34.json', 77, 0.85, 0.84],
    ['row-fields-heldout-35.json', 75, 0.93],
    ['row-fields-heldout-36.json', 64, 0.92],
    ['row-fields-heldout-37.json', 74, 0.93],
    ['row-fields-heldout-38.json', 65, 0.92],
    // (The thirty-ninth keeps two gaps to another rate in its names — 增速高于全市…2.7个百分点 — that its reader left out:
    // without the comparison the name would say the rate itself is 2.7 points.)
    ['row-fields-heldout-39.json', 67, 0.91],
    ['row-fields-heldout-40.json', 52, 0.92],
    ['row-fields-heldout-41.json', 57, 0.91],
    ['row-fields-heldout-42.json', 80, 0.93],
    ['row-fields-heldout-43.json', 80, 0.87, 0.85],
    ['row-fields-heldout-44.json', 80, 0.9, 0.88],
    ['row-fields-heldout-45.json', 80, 0.92],
    ['row-fields-heldout-46.json', 80, 0.92],
    ['row-fields-heldout-47.json', 80],
    ['row-fields-heldout-48.json', 66, 0.87, 0.84],
    ['row-fields-heldout-49.json', 76, 0.88],
    ['row-fields-heldout-50.json', 80, 0.91],
    ['row-fields-heldout-51.json', 80],
    ['row-fields-heldout-52.json', 78, 0.89],
    ['row-fields-heldout-53.json', 69, 0.84, 0.84],
    ['row-fields-heldout-54.json', 78, 0.92, 0.89],
    ['row-fields-heldout-55.json', 80],
    ['row-fields-heldout-56.json', 80, 0.93],
    ['row-fields-heldout-57.json', 80, 0.9, 0.87],
    ['row-fields-heldout-58.json', 80, 0.93],
    ['row-fields-heldout-59.json', 80],
    ['row-fields-heldout-60.json', 80, 0.9],
    ['row-fields-heldout-61.json', 80, 0.91],
    ['row-fields-heldout-62.json', 80, 0.9],
    ['row-fields-heldout-63.json', 80, 0.9],
    // (Three of its readers' kinds differ from the rule's: a measure in a review sentence with 继续, and an annexed table's
    // task column read as the plan — where most readers of earlier samples read the result.)
    ['row-fields-heldout-64.json', 80, 0.92, undefined, undefined, 0.93],
    ['row-fields-heldout-65.json', 80, 0.87],
    ['row-fields-heldout-66.json', 80, 0.93],
    ['row-fields-heldout-67.json', 80, 0.85],
    // (Its readers name counted things with words the rule keeps apart or takes from another clause — 全区普惠制幼儿园总数,
    // 规划内项目投资, 管道燃气试点改造涉及居民.)
    ['row-fields-heldout-68.json', 80, 0.85, 0.83],
    ['row-fields-heldout-69.json', 80, 0.93],
    // (Their readers read the task cells of an annexed table of a past year's results as the plan even where the result
    // says the task was done as set — most readers of the earlier samples read those as results, and the rule follows them.)
    ['row-fields-heldout-70.json', 80, 0.88],
    ['row-fields-heldout-71.json', 80, 0.87, 0.8, undefined, 0.9],
    ['row-fields-heldout-72.json', 80, 0.93],
    ['row-fields-heldout-73.json', 80, 0.93],
    ['row-fields-heldout-74.json', 80],
    ['row-fields-heldout-75.json', 80, 0.92],
    ['row-fields-heldout-76.json', 111, 0.94, 0.94],
    ['row-fields-heldout-77.json', 80],
    ['row-fields-heldout-78.json', 80],
    ['row-fields-heldout-79.json', 80, 0.88],
    ['row-fields-heldout-80.json', 80],
    ['row-fields-heldout-81.json', 80, 0.93],
    ['row-fields-heldout-82.json', 80],
    ['row-fields-heldout-83.json', 80],
    ['row-fields-heldout-84.json', 80, 0.92],
    ['row-fields-heldout-85.json', 80],
    ['row-fields-heldout-86.json', 80, 0.91],
    ['row-fields-heldout-87.json', 80],
    ['row-fields-heldout-88.json', 80],
    ['row-fields-heldout-89.json', 80],
    ['row-fields-heldout-90.json', 80, 0.93],
    ['row-fields-heldout-91.json', 80],
    ['row-fields-heldout-92.json', 51],
    // (Rows read from headings: a work plan's task lines and a review's items, whose predicates after the counted noun
    // the rules read least — 102个优秀项目在我区产业化, 626项行政审批事项进驻区政务服务大厅.)
    ['row-fields-heldout-93.json', 80, 0.88],
    // (Rows of the project's own seed reports — Zhangzhou, Hanzhong, Fuzhou, Dongxing —, which no sample had held.)
    ['row-fields-heldout-94.json', 80],
    ['row-fields-heldout-95.json', 80],
    ['row-fields-heldout-96.json', 63],
  ];
  it('holds the same floors on the later samples (each drawn and labelled after the rules changed on those before it)', () => {
    const reports = [...ingestFolder(corpus).reports, ...ingestFolder('seeds').reports];
    for (const [file, rows, indicator, allRight, comparatorBound, kind] of later) {
      const result = evaluateRowFields(loadFieldLabels(`tests/gold/${file}`), reports);
      expect(result.rows, file).toBe(rows);
      expect(failedRowFieldFloors(result, { ...ROW_FIELD_FLOORS, indicator: indicator ?? ROW_FIELD_FLOORS.indicator, allRight: allRight ?? ROW_FIELD_FLOORS.allRight, comparatorBound: comparatorBound ?? ROW_FIELD_FLOORS.comparatorBound, kind: kind ?? ROW_FIELD_FLOORS.kind }), file).toEqual([]);
    }
  }, 120_000);
  it('holds the floors on the hand-labelled sample', () => {
    const result = evaluateRowFields(loadFieldLabels('tests/gold/row-fields.json'), ingestFolder(corpus).reports);
    expect(result.rows).toBeGreaterThanOrEqual(140);
    expect(failedRowFieldFloors(result)).toEqual([]);
    expect(result.allRight / result.rows).toBeGreaterThanOrEqual(ROW_FIELD_FLOORS.allRight);
  }, 120_000);
  it('reads 新增 kept in the row\'s name as the label\'s action 新增, but no other verb so', () => {
    const report = ingestFolder(corpus).reports.find((r) => r.targets.some((t) => t.action === '建设' && t.indicator.length >= 3))!;
    const row = report.targets.find((t) => t.action === '建设' && t.indicator.length >= 3)!;
    const label = (() => {
      const section = report.sections.find((s) => s.id === row.section)!;
      const p = section.paragraphs.find((q) => q.text.includes(row.quote))!;
      const sentence = p.text.slice(p.text.indexOf(row.quote)).split('。')[0];
      const at = sentence.indexOf(String(row.value));
      return { report: report.slug, sentence, at, number: String(row.value), quantity: true, indicator: row.indicator, indicatorAlso: [], action: '新增', value: row.value, valueMax: row.valueMax, unit: row.unit, comparator: row.comparator, bound: row.bound, kind: row.kind, deadline: null, notes: '' };
    })();
    const named = (indicator: string) => ({ ...report, targets: report.targets.map((t) => (t === row ? { ...t, indicator, action: null } : t)) });
    expect(evaluateRowFields([label], [named(`新增${row.indicator}`)]).field.indicator.right).toBe(1);
    expect(evaluateRowFields([{ ...label, action: '建设' }], [named(`建设${row.indicator}`)]).field.indicator.right).toBe(0);
    expect(evaluateRowFields([label], [named(row.indicator)]).field.indicator.right).toBe(1);
  }, 120_000);
  it('finds a labelled number in the row cut there, not in a shorter row whose words are written again around it', () => {
    const text = '17\t创建示范学校12所\t已创建示范学校12所。';
    const section: Section = { id: 'annex-3', parent: null, level: 1, number: '附件三', title: '2016年区民生实事完成情况', paragraphs: [{ text: '序号\t任务\t落实情况', sources: [] }, { text, sources: [] }] };
    const targets = extractTargets('r', [section], 2017);
    expect(targets.map((t) => [t.quote, t.kind])).toEqual([['创建示范学校12所', 'target'], ['已创建示范学校12所', 'achievement']]);
    const sentence = '已创建示范学校12所。';
    const label = { report: 'r', sentence, at: sentence.indexOf('12'), number: '12', quantity: true, indicator: '示范学校', indicatorAlso: [], action: '创建', value: 12, valueMax: null, unit: '所', comparator: 'eq' as const, bound: null, kind: 'achievement' as const, deadline: null, notes: '' };
    const report = { slug: 'r', sections: [section], targets } as unknown as Report;
    expect(evaluateRowFields([label], [report]).verdicts[0]?.row?.kind).toBe('achievement');
  });
  it('finds a row\'s number by its unit where a list\'s number or a name reads as the same value (2.引入…2亿元)', () => {
    const sentence = '2.引入社会资金2亿元。';
    const section: Section = { id: 's1', parent: null, level: 1, number: null, title: '2024年重点工作', paragraphs: [{ text: sentence, sources: [] }] };
    const targets = extractTargets('r', [section], 2024);
    const report = { slug: 'r', sections: [section], targets } as unknown as Report;
    const base = { report: 'r', sentence, number: '2', indicatorAlso: [], action: null, valueMax: null, bound: null, deadline: null, notes: '' };
    // The list's number labelled no quantity finds no row; the amount finds its row.
    const listNumber = { ...base, at: 0, quantity: false, indicator: null, value: null, unit: null, comparator: null, kind: null } as unknown as Parameters<typeof evaluateRowFields>[0][number];
    expect(evaluateRowFields([listNumber], [report]).allRight).toBe(1);
    const amount = { ...base, at: sentence.indexOf('2亿'), quantity: true, indicator: '社会资金', value: 2, unit: '亿元', comparator: 'eq', kind: 'target' } as unknown as Parameters<typeof evaluateRowFields>[0][number];
    expect(evaluateRowFields([amount], [report]).verdicts[0]?.row?.unit).toBe('亿元');
  });
  it('judges a row by every field: a wrong comparator or kind is not right', () => {
    const label = loadFieldLabels('tests/gold/row-fields.json').find((l) => l.quantity && l.comparator === 'growth')!;
    const report = ingestFolder(corpus).reports.find((r) => r.slug === label.report)!;
    const tampered = { ...report, targets: report.targets.map((t) => ({ ...t, comparator: 'eq' as const, kind: t.kind === 'target' ? ('achievement' as const) : ('target' as const) })) };
    const result = evaluateRowFields([label], [tampered]);
    expect(result.allRight).toBe(0);
  }, 120_000);
});

describe('what a budget, an event count and a list of places say around the thing', () => {
  const review = (text: string) => fields(text, '2023年工作回顾');
  it('reads a yield said alone after a crop\'s area as that crop\'s', () => {
    expect(review('水稻种植面积达5000亩，总产2600吨。').map((r) => r[1])).toEqual(['水稻种植面积', '水稻总产']);
    expect(review('地产蔬菜种植面积达到2万亩，产量达到15万吨。').map((r) => r[1])).toEqual(['地产蔬菜种植面积', '地产蔬菜产量']);
    // (Not after a thing that is no crop's area: 产量 alone says not of what.)
    expect(review('建设用地面积达5000亩，产量2600吨。').map((r) => r[1])).toEqual(['建设用地面积']);
  });
  it('reads a budget\'s 加上 and an event\'s 共发生 after the whole place as no part of the thing', () => {
    expect(review('加上上年结余1728.62万元，全年一般公共预算可用资金为24901.77万元。').map((r) => r[1])).toEqual(['上年结余', '一般公共预算可用资金']);
    expect(review('加上转移性支出63.4亿元，支出合计196.3亿元。').map((r) => [r[0], r[1]])[0]).toEqual([null, '转移性支出']);
    expect(review('全县共发生安全生产事故3起，死亡4人。').map((r) => r[1])).toEqual(['安全生产事故', '安全生产事故死亡人数']);
  });
  it('reads the year things did a thing in, a named government that did it and 获得 as no part of the things', () => {
    expect(review('166个“555计划”项目全年完成投资241亿元。').map((r) => r[1])).toEqual(['“555计划”项目', '“555计划”项目投资']);
    expect(review('扬州市政府办理人大代表议案建议279件。')).toEqual([['办理', '人大代表议案建议', 279, '件', 'eq', null]]);
    expect(review('获得授权专利44项。')).toEqual([['获得', '授权专利', 44, '项', 'eq', null]]);
    // (获得感 is a noun of its own.)
    expect(splitAction('获得感指数')).toEqual({ action: null, indicator: '获得感指数' });
  });
  it('reads places counted after their list (三个行政区) as the members of a 分别 list', () => {
    expect(review('香洲、金湾和斗门三个行政区分别实现地区生产总值1053.93亿元、370.00亿元和238.45亿元。').map((r) => r[1])).toEqual(['香洲地区生产总值', '金湾地区生产总值', '斗门地区生产总值']);
  });
});

describe('entries on a township: what has been done, groups counted, labels and thresholds', () => {
  const entry = (paragraphs: string[], title = '社会事业'): Section[] => [
    { id: 's1', parent: null, level: 3, number: null, title, paragraphs: paragraphs.map((text) => ({ text, sources: [] })) },
  ];
  it('reads a text without parts whose sentences say what has already been done as results (已, 截至…年末)', () => {
    const sections = entry(['2007年全乡已发展奶牛1200头。发展黄牛1.8万头。全乡已孵化大鹅30万只。截止2007年末，全乡已有能人输出团体26个。九年义务教育普及率达98%。']);
    expect(extractTargets('r', sections, null).map((t) => t.kind)).toEqual(['achievement', 'achievement', 'achievement', 'achievement', 'achievement']);
  });
  it('reads a news item or a profile by what it says of its time: 以来 and 前三季度 as results, 将…分割为 no commitment', () => {
    // (A feature on the year so far: 2018年以来 and 今年前三季度 report it; 今年 before a part of the year gone by commits to nothing.)
    const feature = entry(['2018年以来，东辽县按照高品质发展的要求，签约项目12个。今年前三季度，该县实际利用内资206亿元，同比增长20.69%。']);
    expect(extractTargets('r', feature, 2018).map((t) => t.kind)).toEqual(['achievement', 'achievement', 'achievement']);
    // (将 in 将林周县分割为… marks no future: 将 as 把 before a verb of dividing.)
    const profile = entry(['位于拉萨市东北部的林周县距离市区65公里，辖9乡1镇。恰拉山横贯全境，将林周县分割为南北两大部分，北部平均海拔4200米。记者将用5天时间实地探查。']);
    expect(extractTargets('r', profile, null).map((t) => t.kind)).toEqual(['achievement', 'achievement']);
    // (A text of parts, none planning, whose marks of results are three to one: results.)
    const parts: Section[] = [
      { id: 's1', parent: null, level: 1, number: '一、', title: '概况', paragraphs: [{ text: '海头镇位于本市西南部，地处珠碧江畔，所辖面积126平方公里，共有52个自然村。', sources: [] }] },
      { id: 's2', parent: null, level: 1, number: '二、', title: '经济文化', paragraphs: [{ text: '全镇已建成渔港1个，要道路3条。种植水稻3万亩。', sources: [] }] },
    ];
    expect(new Set(extractTargets('r', parts, null).map((t) => t.kind))).toEqual(new Set(['achievement']));
  });
  it('counts people of an age group without bounding the count, and 规模以上 as the class it names', () => {
    expect(read('全镇总人口34750人，其中14岁以下3288人；65岁以上4066人。', '人口').map((t) => [t.value, t.comparator, t.bound])).toEqual([
      [34750, 'eq', null],
      [3288, 'eq', null],
      [4066, 'eq', null],
    ]);
    expect(read('全乡有工业企业7个，其中规模以上3个。', '经济').map((t) => [t.value, t.comparator])).toEqual([
      [7, 'eq'],
      [3, 'eq'],
    ]);
  });
  it('reads a bounded number before 的 and a noun the clause counts as the class\'s threshold, and 有 as no part of the name', () => {
    expect(read('有营业面积超过50平方米以上的综合商店或超市123个。', '经济').map((t) => [t.indicator, t.value])).toEqual([['营业面积超过50平方米以上的综合商店或超市', 123]]);
    // (有 in a name of its own stays: 有林地面积, 有效发明专利.)
    expect(read('有林地面积1911万亩。', '林业')[0]?.indicator).toBe('有林地面积');
  });
  it('leaves a yearbook\'s 【】 label out of the name', () => {
    expect(read('【经济社会概况】全区地区生产总值完成32.13亿元，增长15.3%。', '概况').map((t) => t.indicator)).toEqual(['全区地区生产总值', '全区地区生产总值']);
  });
  it('names people by the status they reach, a crop\'s yield per mu by the crop its total named, and counts visits by 家次', () => {
    expect(read('下岗失业人员实现再就业1200人，农村劳动力实现转移就业3.5万人。城镇实现新增就业1200人。', '就业').map((t) => [t.indicator, t.action])).toEqual([
      ['下岗失业人员再就业', '实现'], ['农村劳动力转移就业', '实现'], ['城镇新增就业', '实现'],
    ]);
    expect(read('粮食总产50万吨，单产400公斤。', '农业').map((t) => t.indicator)).toEqual(['粮食总产', '粮食单产']);
    // (单产 after a measure that names no crop borrows nothing.)
    expect(read('农业增加值5亿元，单产400公斤。', '农业').map((t) => t.indicator)).toEqual(['农业增加值', '单产']);
    expect(read('全年帮扶企业336家次。', '经济').map((t) => [t.value, t.unit])).toEqual([[336, '家次']]);
  });
});

describe('samples 134–135: increments, points on a rate, totals and lengths', () => {
  const review = (text: string) => read(text, '一、过去五年工作回顾').map((t) => `${t.indicator} ${t.value}${t.unit} ${t.comparator}`);
  it('reads a year\'s increment as the thing\'s growth, and points gained on the year before after a growth rate as the rate\'s', () => {
    expect(review('全县实现生产总值42.14亿元，年增量7.04亿元，按可比价格计算增长15.6%，比上年提高0.6个百分点。')).toEqual([
      '全县生产总值 42.14亿元 eq', '全县生产总值 7.04亿元 growth', '全县生产总值 15.6% growth', '全县生产总值增速 0.6个百分点 growth',
    ]);
    expect(review('财政收入增长10%，同比回落2个百分点。')).toEqual(['财政收入 10% growth', '财政收入增速 2个百分点 decline']);
    // (A rate's own points are the rate's: 城镇化率 rose 1.2 points, no 增速 of it.)
    expect(review('城镇化率达到55%，比上年提高1.2个百分点。')).toEqual(['城镇化率 55% eq', '城镇化率 1.2个百分点 growth']);
  });
  it('names the thing without the verb or adverb before it, 共 or 已, and a length without 长 of 长达', () => {
    expect(review('淘汰落后产能企业955家，腾出发展空间1.9万亩。迅速改建2所区级定点医院。')).toEqual(['落后产能企业 955家 eq', '发展空间 1.9万亩 eq', '区级定点医院 2所 eq']);
    expect(review('裘皮小镇共入驻服装企业60余家。目前，已累计完成基础设施投资5亿多元。')).toEqual(['裘皮小镇入驻服装企业 60家 gte', '基础设施投资 5亿元 gte']);
    expect(review('中俄水界长达86.7公里。')).toEqual(['中俄水界 86.7公里 eq']);
    // (整合 makes a measure of its own — 整合耕地面积 is not the county's farmland —: it stays in the name.)
    expect(review('整合耕地面积154.2万亩。')).toEqual(['整合耕地面积 154.2万亩 eq']);
  });
});

describe('a label drawn before a half-width full stop was read as 。', () => {
  it('finds its row in the sentence as it now reads, one mark for one', () => {
    const text = '外贸出口总额1.43亿美元、增长27.6%.工业园区建设加快，创办工业园区22个。';
    const section: Section = { id: 's1', parent: null, level: 1, number: null, title: '2002年工作回顾', paragraphs: [{ text: foldWidth(text), sources: [] }] };
    const report = { slug: 'r', sections: [section], targets: extractTargets('r', [section], 2003) } as unknown as Report;
    const label = { report: 'r', sentence: text, at: text.indexOf('22'), number: '22', quantity: true, indicator: '工业园区', indicatorAlso: [], action: '创办', value: 22, valueMax: null, unit: '个', comparator: 'eq', bound: null, kind: 'achievement', deadline: null, notes: '' } as unknown as Parameters<typeof evaluateRowFields>[0][number];
    expect(section.paragraphs[0].text).toContain('27.6%。工业园区');
    expect(evaluateRowFields([label], [report]).verdicts[0]?.row?.value).toBe(22);
  });
});

describe('samples 134–135: labels, actors, results of a part of the year', () => {
  it('leaves a yearbook\'s labels — set off by 〓, or 概况 run on before the time — out of the name', () => {
    expect(read('经济概况〓全县实现国内生产总值104.22亿元。政区〓人口〓全县总面积886.46平方公里。经济概况全年实现生产总值132.39亿元。', '概况').map((t) => t.indicator)).toEqual(['全县国内生产总值', '全县总面积', '生产总值']);
  });
  it('names the measure without the government that will act by its short name, and 通过 a verb of the certificates passed', () => {
    expect(read('2022年，屯昌将努力实现地区生产总值增长9.5%左右。', '2022年工作安排').map((t) => t.indicator)).toEqual(['地区生产总值']);
    expect(read('全镇已通过绿色食品认证2个。', '概况').map((t) => [t.indicator, t.action])).toEqual([['全镇绿色食品认证', '通过']]);
  });
  it('reads a text whose sentences open on a part of the year gone by, or that opens on a yearbook\'s 【概况】, as results', () => {
    const release: Section[] = [
      { id: 's0', parent: null, level: 1, number: null, title: '', paragraphs: [{ text: '一季度，全县实现地区生产总值56.82亿元，增长4.6%。其中，第一产业增加值5.32亿元，增长0.5%。', sources: [] }] },
      { id: 's1', parent: null, level: 1, number: '二、', title: '工业生产增势较好', paragraphs: [{ text: '1-3月，全县工业增加值增长6.0%，其中规模以上工业增加值增长7.2%。', sources: [] }] },
    ];
    expect(new Set(extractTargets('r', release, null).map((t) => t.kind))).toEqual(new Set(['achievement']));
    const entry: Section[] = [{ id: 's1', parent: null, level: 3, number: null, title: '', paragraphs: [{ text: '【概况】2020年，琼山区辖4个街道。全区农业总产值43.81亿元，增长4.4%。', sources: [] }] }];
    expect(new Set(extractTargets('r', entry, null).map((t) => t.kind))).toEqual(new Set(['achievement']));
  });
});

describe('one value said of each of a list', () => {
  it('is withheld, not published as the list\'s, and two values are each one\'s', () => {
    expect(read('城镇和农村居民家庭人均可支配收入分别达到2427312246元。', '一、2008年工作回顾')).toEqual([]);
    expect(read('城镇和农村居民人均可支配收入分别达到30000元和15000元。', '一、2008年工作回顾').map((t) => t.indicator)).toEqual(['城镇居民人均可支配收入', '农村居民人均可支配收入']);
  });
});

describe('计划生育', () => {
  it('is family planning, no plan: the sentence of a township\'s entry that states its rate is a result', () => {
    const entry: Section[] = [{ id: 's1', parent: null, level: 3, number: null, title: '城关镇', paragraphs: [{ text: '镇区面积6.5平方公里。2001年,有28115户,其中非农业人口5.5万人,人口出生率12‰,计划生育率100%。辖3个村。', sources: [] }] }];
    expect(extractTargets('r', entry, null).map((t) => t.kind)).toEqual(['achievement', 'achievement', 'achievement', 'achievement', 'achievement']);
  });
});


describe('a place made of places, and numbers in another measure than the subject before', () => {
  const read = (text: string, own: (string | RegExp)[] = [], title = '概况') =>
    extractTargets('r', [{ id: 's1', parent: null, level: 3, number: null, title, paragraphs: [{ text, sources: [] }] }], null, undefined, null, own).map((t) => `${t.indicator}|${t.value}${t.unit}|${t.comparator}`);

  it('counts a noun of one character after its measure word, without the place that holds it', () => {
    expect(read('全镇辖12个村。')).toEqual(['村|12个|eq']);
    expect(read('该镇下辖5个行政村，52个村民组。')).toEqual(['行政村|5个|eq', '村民组|52个|eq']);
  });

  it('names households and people said bare after the places a place is made of, not as those places', () => {
    expect(read('全镇总面积30平方公里，辖5个村，有1610户，7000人。')).toEqual(['全镇总面积|30平方公里|eq', '村|5个|eq', '户数|1610户|eq', '人口|7000人|eq']);
    expect(read('抱管乡辖32个自然寨，有1610余户7000余人。')).toEqual(['自然寨|32个|eq', '户数|1610户|gte', '人口|7000人|gte']);
    expect(read('有苗、布依、瑶等8个少数民族，共75人。')).toEqual(['少数民族|8个|eq', '少数民族人口|75人|eq']);
  });

  it('publishes no row where a bare number measures something else than the subject before it', () => {
    expect(read('全乡有耕地3000亩，有1610户。')).toEqual(['全乡耕地|3000亩|eq']);
    expect(read('举办培训班20期，3000人。').filter((r) => r.includes('人|'))).toEqual([]);
    // (The same measure in other money, or a change, is still the thing's.)
    expect(read('人均地区生产总值从5.6万元增至7.8万元，超过1万美元。')).toContain('人均地区生产总值|1万美元|gte');
    expect(read('帮扶贫困户1610户，7000人。')).toEqual(['贫困户|1610户|eq', '贫困户|7000人|eq']);
  });

  it('leaves 以上 after a number that makes a class to that number, not to the count after it', () => {
    expect(read('其中集体经济收入30万以上32个村，占比74.4%。')).toContain('村|32个|eq');
  });

  it('reads a township\'s own name before a measure as whose it is, only in its own text', () => {
    const own = ownNames(null, true);
    expect(read('截至2019年末，张村乡户籍人口为10904人。', own)).toEqual(['户籍人口|10904人|eq']);
    expect(read('2008年，街道实现国内生产总值127350万元。', own)).toEqual(['国内生产总值|127350万元|eq']);
    expect(read('全镇有乡镇企业22家，城镇居民3000人。', own)).toEqual(['全镇乡镇企业|22家|eq', '城镇居民|3000人|eq']);
    expect(read('截至2019年末，张村乡户籍人口为10904人。', ownNames(null, false))).toEqual(['张村乡户籍人口|10904人|eq']);
    expect(read('2011年末，牡丹街道辖区总人口6.54万人。', own)).toEqual(['总人口|6.54万人|eq']);
    expect(read('2010年，临沂经济技术开发区实现业务总收入420亿元。', own)).toEqual(['业务总收入|420亿元|eq']);
  });
});

describe('a commitment after the numbers in a review', () => {
  const kinds = (text: string) => extractTargets('r', [{ id: 's1', parent: null, level: 1, number: '一', title: '2020年工作回顾', paragraphs: [{ text, sources: [] }] }], 2021).map((t) => t.kind);
  it('says what the work was for: the numbers are what was done', () => {
    expect(kinds('设立留观隔离点5处、定点收治医院1家，医护人员与时间赛跑，确保每个生命得到护佑。')).toEqual(['achievement', 'achievement']);
  });
  it('still commits where it stands before a number', () => {
    expect(kinds('今年力争地区生产总值增长8%。')).toEqual(['target']);
  });
});

describe('superlatives, counts after an amount, and estimates of a year gone by', () => {
  const read = (text: string, year: number | null = null, title = '概况') =>
    extractTargets('r', [{ id: 's1', parent: null, level: 3, number: null, title, paragraphs: [{ text, sources: [] }] }], year).map((t) => `${t.indicator}|${t.value}${t.unit}|${t.kind}`);
  it('names the longest or the highest said alone after the thing just stated', () => {
    expect(read('无霜期年平均130天，最长达145天，最短为125天。').map((r) => r.split('|')[0])).toEqual(['无霜期', '无霜期最长', '无霜期最短']);
  });
  it('counts the things, not their amount, after an amount of them', () => {
    expect(read('全年实施项目382个，总投资1048亿元，开工248个。').map((r) => r.split('|')[0])).toEqual(['项目', '项目总投资', '开工项目']);
  });
  it('reads an estimate of a year the text has passed as a result', () => {
    expect(read('预计2012年全区完成生产总值52亿元，增长13%；全社会固定资产投资59.5亿元。', 2013, '导语').map((r) => r.split('|')[2])).toEqual(['achievement', 'achievement', 'achievement']);
    expect(read('预计2013年全区完成生产总值60亿元。', 2013, '导语').map((r) => r.split('|')[2])).toEqual(['target']);
  });
});

describe('what there is, and money got for others', () => {
  const names = (text: string) => extractTargets('r', [{ id: 's1', parent: null, level: 3, number: null, title: '概况', paragraphs: [{ text, sources: [] }] }], null).map((t) => t.indicator);
  it('takes 已有 after the whole place, and 有 before a class in brackets, out of the name', () => {
    expect(names('截止2007年末，全乡已有能人输出团体26个。')).toEqual(['全乡能人输出团体']);
    expect(names('有小（二）型水库4座，山塘127处。')).toEqual(['小（二）型水库', '山塘']);
  });
  it('names a number by the words in brackets after it, where they are all its name', () => {
    expect(names('银杏乡辖16个行政村，15864人（农业人口），劳动力8779人。')).toEqual(['行政村', '农业人口', '劳动力']);
  });
  it('names money got or given for others by what it is, not by those it was for', () => {
    expect(names('为县内金蛤蚧酒厂、同禾石灰厂等企业落实担保贷款2400万元。')).toEqual(['担保贷款']);
    expect(names('全年为困难家庭发放蔬菜价格补贴130万元。')).toEqual(['蔬菜价格补贴']);
  });
});

describe('a profile, a decade in review, and bases of comparison', () => {
  const read = (sections: { title: string; text: string }[]) =>
    extractTargets('r', sections.map((s, i) => ({ id: `s${i}`, parent: null, level: 3, number: null, title: s.title, paragraphs: [{ text: s.text, sources: [] }] })), null).map((t) => `${t.indicator}|${t.comparator}|${t.kind}`);
  it('reads a place\'s 介绍 as how it stands, and a decade in review as what was done', () => {
    expect(read([{ title: '银杏树乡介绍', text: '银杏乡辖16个行政村，3928户，15864人。耕地总面积36066亩。' }]).every((r) => r.endsWith('|achievement'))).toBe(true);
    expect(read([{ title: '正蓝旗这十年', text: '党的十八大以来，苏木着力发挥基层党组织作用，创建最强党支部3个。现有基层党组织8个、党员159名。' }]).every((r) => r.endsWith('|achievement'))).toBe(true);
  });
  it('takes a base of comparison and 值得关注的是 out of the name, and reads 比上年减轻 as a fall', () => {
    expect(read([{ title: '概况', text: '空气优良天数比十二五末增加130天。' }])[0]).toMatch(/^空气优良天数\|growth\|/u);
    expect(read([{ title: '概况', text: '全县农民负担总体水平比上年减轻28%。' }])[0]).toMatch(/^全县农民负担总体水平\|decline\|/u);
    expect(read([{ title: '概况', text: '值得关注的是固定资产投资完成475.2亿元。' }])[0]).toMatch(/^固定资产投资\|eq\|/u);
    expect(read([{ title: '概况', text: '县城面积从5.4平方公里扩展至12.43平方公里。' }]).map((r) => r.split('|')[0])).toEqual(['县城面积', '县城面积']);
    expect(read([{ title: '概况', text: '小冲、大水田、枇杷垠等村相继发展百合种植共180余亩。' }])[0]).toMatch(/^发展百合种植\|/u);
  });
});

describe('dates, topics, stress words and what counted things then do', () => {
  const rows = (text: string, ownNames: (string | RegExp)[] = []) =>
    extractTargets('r', [{ id: 's1', parent: null, level: 3, number: null, title: '概况', paragraphs: [{ text, sources: [] }] }], null, undefined, null, ownNames).map((t) => `${t.indicator}|${t.value}|${t.unit}`);
  it('takes the date a stock is counted at, a year after the whole place and a yearbook topic before its year out of the name', () => {
    expect(rows('截至2018年末户籍人口35.2万人。')).toEqual(['户籍人口|35.2|万人']);
    expect(rows('全乡2001年实现国民生产总值4558万元。')).toEqual(['全乡国民生产总值|4558|万元']);
    expect(rows('农业2006年总产值2.1亿元。')).toEqual(['农业总产值|2.1|亿元']);
    expect(rows('交通邮电2006年邮政业务总量12万元。')).toEqual(['邮政业务总量|12|万元']);
    // A verb or a government before the year is no topic: what is done, and who does it, stay theirs.
    expect(rows('下达2025年中央及省级育儿补贴资金26.4亿元。')[0]).toMatch(/育儿补贴资金\|26\.4\|亿元$/u);
  });
  it('takes words of stress after the name out of it', () => {
    expect(rows('GDP更是突破400亿元。')).toEqual(['GDP|400|亿元']);
    expect(rows('开发区外贸进出口总量一举跨越30亿美元大关。')).toEqual(['开发区外贸进出口总量|30|亿美元']);
  });
  it('ends a counted noun where a work the things do begins', () => {
    expect(rows('确定5家医院分三个梯队用于疫情隔离留观与救治。')).toEqual(['医院|5|家']);
    expect(rows('今年56个重点项目解决办证难题。')).toEqual(['重点项目|56|个']);
    expect(rows('4万吨万寿菊加工、动力公司扩产等5个项目也取得了实质性进展。').at(-1)).toBe('项目|5|个');
    // (A work that ends in a thing made is the whole name: 企业培训中心.)
    expect(rows('新建3个企业培训中心。')).toEqual(['企业培训中心|3|个']);
  });
  it('names the households and people after a village\'s count of groups as the village\'s', () => {
    expect(rows('全乡11个村（山帽坡村6个村民组217户963人、打烂碑村9个村民组265户1227人）。').slice(0, 3)).toEqual(['村民组|6|个', '山帽坡村户数|217|户', '山帽坡村人口|963|人']);
  });
  it('reads 有 after a township\'s own name, a per-area number, 成立 and a meeting\'s delegates', () => {
    expect(rows('关津乡有耕地7.9万亩。', [ownNames(null, true)[0]!])).toEqual(['耕地|7.9|万亩']);
    expect(rows('全镇拥有10公里江堤岸线。')).toEqual(['全镇江堤岸线|10|公里']);
    expect(rows('人口密度为每平方千米709.8人。')).toEqual(['人口密度|709.8|人']);
    expect(rows('挂牌成立7个嘎查党群服务中心。')).toEqual(['嘎查党群服务中心|7|个']);
    expect(rows('大会应到代表148名。')).toEqual(['应到代表|148|名']);
  });
});

describe('a bulletin topic run in before 全年 or 年末', () => {
  const names = (text: string) => extractTargets('r', [{ id: 's1', parent: null, level: 3, number: null, title: '概况', paragraphs: [{ text, sources: [] }] }], null).map((t) => t.indicator);
  it('keeps a bare measure with its topic, and a name that says it again alone', () => {
    expect(names('粮食全年总产量21774吨。')).toEqual(['粮食总产量']);
    expect(names('农业全年农林牧渔业实现总产值42.18亿元。')).toEqual(['农林牧渔业总产值']);
    expect(names('人口年末常住人口94.9万人。')).toEqual(['年末常住人口']);
    expect(names('工业全年实现工业增加值117.79亿元。')).toEqual(['工业增加值']);
    // (A stock at the year's end keeps 年末: 生猪年末存栏 is a measure of its own.)
    expect(names('生猪年末存栏35万头。')).toEqual(['生猪年末存栏']);
    expect(names('杨树成活率都在95%以上。')).toEqual(['杨树成活率']);
  });
  it('publishes no row for a number per area that nothing before it names', () => {
    expect(names('5674户，30679人，每平方公里262人。')).not.toContain('户数');
    expect(names('全乡5674户，每平方公里262人。').length).toBe(1);
  });
});

describe('a goal named in a review', () => {
  const rows = (text: string) => extractTargets('r', [{ id: 's1', parent: null, level: 3, number: null, title: '2021年工作回顾', paragraphs: [{ text, sources: [] }] }], 2022).map((t) => `${t.indicator}|${t.value}|${t.kind}`);
  it('reads the number named as the goal a figure was held to as that target, named by the figure', () => {
    expect(rows('居民消费价格指数上涨0.9%，控制在省定目标3.0%以内。')).toEqual(['居民消费价格指数|0.9|achievement', '居民消费价格指数|3|target']);
  });
  it('keeps a gap to a goal a result', () => {
    expect(rows('地区生产总值增长8.2%，超额完成省考核目标2.7个百分点。').every((r) => r.endsWith('|achievement'))).toBe(true);
  });
});

describe('the kind of a text that commits to nothing, of 同比 and of 今年 in a summary', () => {
  const kinds = (paragraphs: string[], title = '', kind: string | null = null) =>
    extractTargets('r', [{ id: 's0', parent: null, level: 3, number: null, title, paragraphs: paragraphs.map((text) => ({ text, sources: [] })) }], null, undefined, kind).map((t) => t.kind);
  it('reads every sentence of a text with no word of commitment as a result', () => {
    const census = '裕固族1868人，回族1260人，满族75人，藏族57人，壮族32人，蒙古族22人，苗族11人，哈萨克族8人，东乡族8人，朝鲜族6人，维吾尔族4人，土家族2人。';
    expect(kinds([census, ...Array.from({ length: 4 }, () => '全境以汉族为主，各民族散居于城乡各地，相互通婚，语言相通，风俗习惯相互影响，民族关系历来和睦融洽，形成了团结互助的良好局面。')]).every((k) => k === 'achievement')).toBe(true);
    // (A line of a target list alone says no commitment either: too short to tell.)
    expect(kinds(['地区生产总值增长6.5%，城镇新增就业4万人以上。'])).toEqual(['target', 'target']);
  });
  it('reads a level with its change on the same period a year before as a result, but not under a part that plans', () => {
    expect(kinds(['镇级地方财政收入5.28亿元，同比增长11.1%。', '力争地区生产总值增长8%。'])).toEqual(['achievement', 'achievement', 'target']);
    expect(extractTargets('r', [{ id: 's1', parent: null, level: 1, number: '二', title: '2014年工作安排', paragraphs: [{ text: '年末规模以上企业销售收入达到81亿元，同比增长16%。', sources: [] }] }], 2014).map((t) => t.kind)).toEqual(['target', 'target']);
  });
  it('reads 今年 in a year\'s summary as the year summed up, unless a word commits', () => {
    expect(kinds(['全镇今年水产品养殖达2万亩。', '明年力争养殖达3万亩。'], '', '工作总结')).toEqual(['achievement', 'target']);
  });
});

describe('a basis of counting, a modal, a code of letters and digits, and the part of a whole built', () => {
  const rows = (text: string) => extractTargets('r', [{ id: 's1', parent: null, level: 3, number: null, title: '概况', paragraphs: [{ text, sources: [] }] }], null).map((t) => `${t.indicator}|${t.value}|${t.comparator}`);
  it('takes 按原统计口径 and 需 out of the name, and keeps PM2.5 a name', () => {
    expect(rows('2010年，地区生产总值按原统计口径预计完成140.78亿元。')).toEqual(['地区生产总值|140.78|eq']);
    expect(rows('PM2.5需控制在43微克/立方米。')[0]).toMatch(/^PM2\.5\|43\|/u);
  });
  it('names the part of a whole built and put into production by the whole\'s noun', () => {
    expect(rows('全县累计新上投资千万元以上的工业项目95个，建成投产59个。')[1]).toBe('建成投产工业项目|59|eq');
  });
  it('reads 增长速度 after a level as the growth of the thing', () => {
    expect(rows('全市生产总值159.19亿元，增长速度比上年加快1.6个百分点。')[1]).toMatch(/^全市生产总值增长速度\|1\.6\|growth$/u);
  });
});

describe('all the peoples of a place, what a whole includes, and 都 of a city', () => {
  const names = (text: string) => extractTargets('r', [{ id: 's1', parent: null, level: 3, number: null, title: '概况', paragraphs: [{ text, sources: [] }] }], null).map((t) => t.indicator);
  it('names persons after a count of all the peoples the place has its population', () => {
    expect(names('有14个民族，共7618户，33606人。')).toContain('人口');
    expect(names('有苗、布依等8个少数民族，共75人。').at(-1)).toBe('少数民族人口');
  });
  it('takes 主要包括 out of a part\'s name, and keeps 都 of 成都', () => {
    expect(names('主要包括农村经济发展项目60项、道路交通项目39项。')).toEqual(['农村经济发展项目', '道路交通项目']);
    expect(names('北距省会成都470公里。')).toEqual(['北距省会成都']);
  });
});

describe('a speech\'s 我们 and 增长幅度是', () => {
  const rows = (text: string) => extractTargets('r', [{ id: 's1', parent: null, level: 3, number: null, title: '概况', paragraphs: [{ text, sources: [] }] }], null).map((t) => `${t.indicator}|${t.value}|${t.comparator}`);
  it('names the thing without who speaks, and reads the growth named after it as its growth', () => {
    expect(rows('其中去年我们地区生产总值完成129亿元，增长幅度是17%。')).toEqual(['地区生产总值|129|eq', '地区生产总值|17|growth']);
    // (我们 before a verb of how it was done stays where it was read before: the verb's words are the row's.)
    expect(rows('我们以最快的速度派出107支医疗队。')).toEqual(['医疗队|107|eq']);
  });
});

describe('ordinals listed, a verb alone after a count, who a count is before their work, a place before 已有', () => {
  it('keeps 第二、三产业 whole: 第二 is one of the sectors, no rank', () => {
    expect(fields('第二、三产业收入达到12亿元。').map((f) => f[1])).toEqual(['第二、三产业收入']);
    expect(fields('第二、第三产业收入达到12亿元。').map((f) => f[1])).toEqual(['第二、第三产业收入']);
  });
  it('reads a verb of doing alone, after things counted in the same unit, as done to those things', () => {
    expect(fields('新建学校5所，改扩建3所。')).toEqual([['新建', '学校', 5, '所', 'eq', null], ['改扩建', '学校', 3, '所', 'eq', null]]);
    expect(fields('全市共清理行政审批事项2973项，取消1052项。').map((f) => f.slice(0, 3))).toEqual([['清理', '全市行政审批事项', 2973], ['取消', '全市行政审批事项', 1052]]);
    // (A verb after its thing gives its place to the other: 生猪出栏; 新增 of the first count is no part of what was improved.)
    expect(fields('城区下水道安装2000米，疏通5000余米。').map((f) => f[1])).toEqual(['城区下水道安装', '城区下水道疏通']);
    expect(fields('生猪存栏9245头，出栏4782头。').map((f) => f[1])).toEqual(['生猪存栏', '生猪出栏']);
    expect(fields('新增道路里程10.95公里，改造7.5公里。').map((f) => f.slice(0, 2))).toEqual([[null, '新增道路里程'], ['改造', '道路里程']]);
    // (Not a stage of a work: 新开工42个 after a part of the projects counts all the projects started.)
    expect(fields('其中10亿元以上项目9个，新开工42个。').map((f) => f[1]).at(-1)).toBe('新开工项目');
  });
  it('takes 疏通, 维修养护 and 加固 as verbs of doing', () => {
    expect(fields('维修养护农村饮水工程454处。')).toEqual([['维修养护', '农村饮水工程', 454, '处', 'eq', null]]);
    expect(fields('加固市区河堤9.3公里。')).toEqual([['加固', '市区河堤', 9.3, '公里', 'eq', null]]);
  });
  it('ends the name of persons counted where their work begins', () => {
    expect(fields('全市539位人大代表听取了市长作的政府工作报告。').map((f) => f[1])).toEqual(['全市人大代表']);
    expect(fields('120名政协委员列席会议。').map((f) => f[1])).toEqual(['政协委员']);
  });
  it('leaves a place\'s long name and 已有 out of what it has, and keeps a banner\'s 全旗', () => {
    expect(fields('漳州台商投资区已有工业企业120家。').map((f) => f[1])).toEqual(['工业企业']);
    expect(fields('全旗拥有耕地面积7.8万公顷。').map((f) => f[1])).toEqual(['全旗耕地面积']);
  });
});

describe('the own government\'s name before a verb of having done', () => {
  it('takes 实现 after the name as the action, and the name out of the thing', () => {
    const own = (text: string, names: string[]) => {
      const sections: Section[] = [{ id: 's1', parent: null, level: 1, number: null, title: '概况', paragraphs: [{ text, sources: [] }] }];
      return extractTargets('r', sections, null, undefined, null, names).map((t) => [t.action, t.indicator, t.value]);
    };
    expect(own('2020年，环县实现生产总值109.64亿元。', ['环县'])).toEqual([['实现', '生产总值', 109.64]]);
    expect(own('泰和县实现地区生产总值235.28亿元。', ['泰和县'])).toEqual([['实现', '地区生产总值', 235.28]]);
  });
});
describe('共 before a verb of what happened', () => {
  it('says a total, no part of what is counted', () => {
    expect(fields('全年共出生5419人。').map((f) => f[1])).toEqual(['出生']);
    expect(fields('共青团员1200人。').map((f) => f[1])).toEqual(['共青团员']);
  });
});

describe('a gap to the whole of a larger place, and a review of achievements', () => {
  it('names the gap by the thing whose rate it is, the rate\'s word before the gap or after the place', () => {
    expect(fields('全年实现社会消费品零售总额419.24亿元，下降1.4%，增幅高于全省平均水平1个百分点。').map((f) => f[1]).at(-1)).toBe('社会消费品零售总额增幅高于全省平均水平');
    expect(fields('社会消费品零售总额158.3亿元，增长12.4%，高于全省平均增速1.4个百分点。').map((f) => f[1]).at(-1)).toBe('社会消费品零售总额增速高于全省平均');
    expect(fields('税收收入增长11.2%，高于全省8.4个百分点。').map((f) => f[1]).at(-1)).toBe('税收收入增速高于全省');
  });
  it('reads a part titled 成就鼓舞人心 as results, and commits to nothing in a quoted name', () => {
    expect(read('规上工业企业净增218家，总数达2898家。', '2023成就鼓舞人心').map((t) => t.kind)).toEqual(['achievement', 'achievement']);
    expect(read('形成“全域谋项目、全力争资金”的工作格局，争取各类竞争性政策资金192.3亿元、同比增长43.7%。', '2025年工作回顾').map((t) => t.kind)).toEqual(['achievement', 'achievement']);
  });
});

describe('a plan\'s chapter on what the last period achieved', () => {
  it('reads 发展成效 and 现实基础 as titles of results', () => {
    expect(read('地区生产总值142.4亿元，年均增长6.6%。', '第一章“十三五”发展成效').map((t) => t.kind)).toEqual(['achievement', 'achievement']);
    expect(read('财政收入17.68亿元。', '第一篇发展背景和现实基础').map((t) => t.kind)).toEqual(['achievement']);
  });
});

describe('a class alone after 其中, and words a name does not keep', () => {
  it('reads 其中规模以上3个 as that class of the things just counted', () => {
    expect(fields('2018年，官道李镇有工业企业6个，其中规模以上3个。').map((f) => f[1])).toEqual(['工业企业', '规模以上工业企业']);
    expect(fields('建立省级以上自然保护区15个，其中国家级3个。').map((f) => f[1]).at(-1)).toBe('国家级自然保护区');
  });
  it('leaves out a bullet, a space, 除 and the 年 of 年增长', () => {
    expect(fields('◎税收收入增长11.2%。').map((f) => f[1])).toEqual(['税收收入']);
    expect(fields('出口规模不断扩大， 2024年跨境电商交易额突破4亿元。').map((f) => f[1])).toEqual(['跨境电商交易额']);
    expect(fields('除外贸出口增长2.5%未达计划要求外，其他指标都完成。').map((f) => f[1])).toEqual(['外贸出口']);
    expect(fields('全镇国民生产总值年增长15%。').map((f) => f[1])).toEqual(['全镇国民生产总值']);
    // (Not 青年, nor 除险加固.)
    expect(fields('免费培训农村青年7500人以上。除险加固水库5座。').map((f) => f[1])).toEqual(['农村青年', '除险加固水库']);
  });
  it('reads 帮助解决85个 after problems counted as those problems solved', () => {
    expect(fields('累计梳理企业各类困难和问题90个，帮助解决85个。').map((f) => f.slice(0, 2))).toEqual([['梳理', '企业各类困难和问题'], ['解决', '企业各类困难和问题']]);
  });
});

describe('kinds of project and places reaching a level', () => {
  it('reads 推进续建和落地项目 as the projects so named, 推进 the action', () => {
    expect(fields('全年推进续建和落地项目11个。').map((f) => f.slice(0, 2))).toEqual([['推进', '续建和落地项目']]);
  });
  it('names places or projects by the level they reach, a kind in brackets kept with them', () => {
    expect(fields('4个乡镇（开发区）财政收入超2亿元。').map((f) => f[1])).toEqual(['财政收入超2亿元的乡镇（开发区）']);
    expect(fields('夫宇食品等9个工业项目固投超亿元。').map((f) => f[1])).toEqual(['固投超亿元的工业项目']);
  });
});

describe('a plan\'s figure said after how things stand', () => {
  it('commits only the clause it opens and what follows, not the numbers before it', () => {
    expect(read('新材料项目12个，总投资338亿元，年内计划完成投资71.3亿元。', '重点项目', '概况').map((t) => t.kind)).toEqual(['achievement', 'achievement', 'target']);
    // (A purpose after the number, 为确保…, commits it as before.)
    expect(read('提出地区生产总值年均增长5%左右，为确保实现2035年目标打好基础。', '2025年工作回顾').map((t) => t.kind)).toEqual(['target']);
  });
});

describe('约 before the word of an extent', () => {
  it('bounds the number, and leaves the name', () => {
    expect(fields('东西平均宽20公里，南北平均约长40公里。').map((f) => [f[1], f[4], f[5]])).toEqual([['东西平均宽', 'eq', null], ['南北平均长', 'approx', 'approx']]);
  });
});

describe('where a labelled sentence is found', () => {
  it('finds a sentence drawn with its heading glued on, or its decimal point as written, in the text read apart', () => {
    const report = { slug: 'r', sources: [], sections: [{ id: 's1', parent: null, level: 1, number: null, title: '二、农业', paragraphs: [{ text: '全年全县农作物种植面积8521.9公顷，比上年减少862公顷。建成给排水管网13.84公里。', sources: [] }] }] } as unknown as Report;
    report.targets = extractTargets('r', report.sections as Section[], 2020, undefined, '统计公报');
    const glued = { report: 'r', sentence: '二、农业全年全县农作物种植面积8521.9公顷，比上年减少862公顷。', at: 15, number: '8521.9', quantity: true, indicator: '农作物种植面积', indicatorAlso: [], action: null, value: 8521.9, valueMax: null, unit: '公顷', comparator: 'eq', bound: null, kind: 'achievement' } as const;
    expect(evaluateRowFields([glued as never], [report]).verdicts[0]?.right.valueUnit).toBe(true);
    const point = { ...glued, sentence: '建成给排水管网13﹒84公里。', at: 7, number: '13﹒84', indicator: '给排水管网', value: 13.84, unit: '公里' } as const;
    expect(evaluateRowFields([point as never], [report]).verdicts[0]?.right.valueUnit).toBe(true);
  });
});

describe('progress against a task counted with a note, and a day of this year before the thing', () => {
  it('reads 占目标任务（剔除烟叶税）的26% as progress — a result —, and leaves 截至3月15日 out of the name', () => {
    expect(read('截至3月15日完成财政总收入309万元，占目标任务（剔除烟叶税）的278%。', '一季度财税工作').map((t) => [t.indicator, t.kind])).toEqual([['财政总收入', 'achievement'], ['财政总收入占目标任务（剔除烟叶税）比重', 'achievement']]);
  });
});

describe('和 of a word, 与 before a distance, and 已 before the verb after the thing', () => {
  it('keeps 和平, 和美 and 与县城直距 whole, and leaves 已 out of the name', () => {
    expect(fields('和美乡村覆盖率达73%。').map((f) => f[1])).toEqual(['和美乡村覆盖率']);
    expect(fields('和平村与外界相连道路3条。').map((f) => f[1])).toEqual(['和平村与外界相连道路']);
    expect(fields('新街回族乡地处县城东南面，与县城直距45公里。').map((f) => f[1])).toEqual(['与县城直距']);
    expect(fields('灾后恢复重建项目已累计完工455个。').map((f) => f.slice(0, 2))).toEqual([['累计完工', '灾后恢复重建项目']]);
    // (和 that joins stays out: 和12个市重点项目.)
    expect(fields('推进3个省重点项目和12个市重点项目。').map((f) => f[1])).toEqual(['省重点项目', '市重点项目']);
  });
});

describe('a list\'s heading run into its first item, and 合计 with nothing counted before it', () => {
  it('leaves 预期发展目标 and 合计 out of the name, but keeps the total of things just counted theirs', () => {
    expect(fields('兰州新区2023年预期发展目标地区生产总值增长16%以上。').map((f) => f[1])).toEqual(['地区生产总值']);
    expect(fields('专班推动延链补链强链，合计规模以上工业总产值达到2430亿元。').map((f) => f[1])).toEqual(['规模以上工业总产值']);
    expect(fields('6个省级以上开发区合计经营销售收入突破1600亿元。').map((f) => f[1]).at(-1)).toBe('省级以上开发区经营销售收入');
  });
});

describe('a year-end summary\'s 今年, a review said after who, and a stock at a day this year', () => {
  it('reads 今年 under a year-end summary\'s title as the year summed up', () => {
    expect(read('今年项目区共改造提灌站1座，新建提水点3处。', '第1篇2015年农业综合开发办公室年终工作总结范文').map((t) => t.kind)).toEqual(['achievement', 'achievement']);
    // (Under a plan's title 今年 still commits.)
    expect(read('今年项目区改造提灌站1座。', '2016年工作安排').map((t) => t.kind)).toEqual(['target']);
  });
  it('reads a paragraph that opens 县文旅委在过去一年 as a review', () => {
    expect(read('县文旅委在过去一年，主要全力推进全域旅游创建220件实事。其中，新增国家旅游A级景区4个。', '导语').map((t) => t.kind)).toEqual(['achievement', 'achievement']);
  });
  it('reads 截止3月31日 before a count as how things stand, unless a commitment follows', () => {
    expect(read('截止3月31日，全县当年出生1538人。', '计划生育').map((t) => t.kind)).toEqual(['achievement']);
    expect(read('截至6月底，力争完成固定资产投资50亿元。', '计划生育').map((t) => t.kind)).toEqual(['target']);
  });
});

describe('notes on a place\'s scope, a rate\'s change on an earlier part of the year, and a gap to the towns', () => {
  it('leaves a note mark and a note on a place\'s scope out of the name, but keeps a measure\'s own note', () => {
    expect(fields('初步核算2021年我区（不含万盛经开区）实现地区生产总值506.91亿元。').map((f) => f[1])).toEqual(['我区地区生产总值']);
    expect(fields('初步核算，2007年，全市实现生产总值（注2）2554.3亿元。').map((f) => f[1])).toEqual(['全市生产总值']);
    expect(fields('固定资产投资（不含农户）同比增长2.5%。').map((f) => f[1])).toEqual(['固定资产投资（不含农户）']);
    expect(fields('现已探明白粘土储量886.57万吨。').map((f) => f[1])).toEqual(['探明白粘土储量']);
  });
  it('names a rate\'s change on an earlier quarter, and a gap to the towns, by the thing', () => {
    expect(fields('全市地方一般公共预算收入实现18.87亿元，同比增长13.10%，增速比第二季度加快1.01个百分点。').map((f) => f[1]).at(-1)).toBe('全市地方一般公共预算收入增速');
    expect(fields('乡村限额以上消费品零售额0.2亿元，增长44.4%，高于城镇34.4个百分点。').map((f) => f[1]).at(-1)).toBe('乡村限额以上消费品零售额增速高于城镇');
  });
});

describe('a programme\'s name, a plan done, and the period reported on', () => {
  it('reads 科技计划项目 as a name, 完成…计划 as done, and 报告期间内 as gone by', () => {
    expect(read('组织企业实施各级各类科技计划项目610项。', '科技工作', '概况').map((t) => t.kind)).toEqual(['achievement']);
    expect(read('全县全面完成水利投资计划，农村集中供水率达100%。', '水利工作', '概况').map((t) => t.kind)).toEqual(['achievement']);
    expect(read('报告期间内共完成审计项目19个，共查出问题330项。', '审计工作').map((t) => [t.indicator, t.kind])).toEqual([['审计项目', 'achievement'], ['查出问题', 'achievement']]);
    // (A plan's own figure still commits.)
    expect(read('计划完成固定资产投资30亿元。', '重点工作', '概况').map((t) => t.kind)).toEqual(['target']);
  });
});

describe('共有 after 全系统, 已 before the verb after a place, and 营造', () => {
  it('names what there is and what was made without them', () => {
    expect(fields('全系统共有医务人员1.86万人。').map((f) => f[1])).toEqual(['全系统医务人员']);
    expect(fields('在后山区已建成1万亩生姜标准化生产基地。').map((f) => f.slice(0, 2))).toEqual([['建成', '后山区生姜标准化生产基地']]);
    expect(fields('营造以毛竹、枫香等树种为主的风景林224亩。全年营造林35万亩。').map((f) => f.slice(0, 2))).toEqual([['营造', '风景林'], [null, '营造林']]);
  });
});

describe('a quotation that opens on the year gone by, and how far a place lies from its seat', () => {
  it('reads what was said after 介绍：“过去的2018年 as a review, and 距城113公里 as how things stand', () => {
    expect(read('乡党委副书记、乡长杨会高兴地给采访人员介绍：“过去的2018年，我们的4个贫困村全部顺利脱贫出列。', '导语').map((t) => [t.indicator, t.kind])).toEqual([['贫困村', 'achievement']]);
    expect(read('距城113公里，有8个村，183个村民小组。', '2024年工作安排').map((t) => t.kind)).toEqual(['achievement', 'achievement', 'achievement']);
  });
});

describe('how much of its year\'s goal a thing has done', () => {
  it('is that thing\'s share of its goal, named by the thing', () => {
    expect(fields('工业投资11.93亿元，完成全年任务109.5%。').map((f) => f[1])).toEqual(['工业投资', '工业投资完成全年任务比例']);
    expect(fields('亿元以上项目新招引10个，完成全年目标90.9%。').map((f) => f[1])).toEqual(['亿元以上项目新招引', '亿元以上项目新招引完成全年目标比例']);
  });
});

describe('a rate above or below the same part of last year or an earlier part of this one', () => {
  it('is the thing\'s rate, grown or fallen by the points', () => {
    expect(fields('1-6月，水泥企业累计完成产值同比增长5.9%，增速高于去年同期19.4个百分点。').map((f) => [f[1], f[4]]).at(-1)).toEqual(['水泥企业产值增速', 'growth']);
    expect(fields('1-6月，石油产品销售业累计完成油品销售同比下降5.6%，低于去年同期1.2个百分点。').map((f) => [f[1], f[4]]).at(-1)).toEqual(['石油产品销售业油品销售增速', 'decline']);
    expect(fields('全市房地产开发投资同比增长33.9%，高于一季度41.1个百分点。').map((f) => [f[1], f[4]]).at(-1)).toEqual(['全市房地产开发投资增速', 'growth']);
    // (Not a gap to a place: 高于全省 stays eq.)
    expect(fields('税收收入增长11.2%，高于全省8.4个百分点。').map((f) => f[4]).at(-1)).toBe('eq');
    expect(fields('全乡现在规模以上企业1家。').map((f) => f[1])).toEqual(['全乡规模以上企业']);
  });
});

describe('a change named alone, a cause before it, and the government\'s own level in brackets', () => {
  it('reads 同比降幅 after a thing as its fall, without what caused it', () => {
    expect(fields('1-10月，预计完成规模工业应税销售39.61亿元，受疫情影响同比降幅9.3%。').map((f) => [f[1], f[4]])).toEqual([['规模工业应税销售', 'eq'], ['规模工业应税销售', 'decline']]);
    // (A growth written with a minus after 同比增速 stays the fall of the thing.)
    expect(fields('全社会固定资产投资绝对额19.4亿元，同比增速-21.4%。').map((f) => [f[1], f[4]]).at(-1)).toEqual(['全社会固定资产投资', 'decline']);
  });
  it('names the government\'s own level in brackets, and what will be sought without 将积极', () => {
    expect(fields('完成财政总收入456.6亿元，增长0.7%（区本级365.4亿元，增长0.6%）。').map((f) => f[1])).toContain('区本级财政总收入');
    expect(fields('2014年我们将积极争取中央配套资金360万元。').map((f) => f[1])).toEqual(['争取中央配套资金']);
  });
});

describe('the whole place alone before its households and people', () => {
  it('counts the place\'s households and people, not persons named after the number', () => {
    expect(fields('全乡6,205户，2.8万人，其中农业人口2.6万人。').map((f) => f[1])).toEqual(['全乡户数', '全乡人口', '农业人口']);
    expect(fields('全县有8.8万余户、35.1万余名茶农因茶叶走上富裕之路。').map((f) => f[1])).not.toContain('全县人口');
  });
  it('drops an encyclopedia\'s count of entries of the same name, and reads 8000万元以上1家 as a class counted', () => {
    expect(fields('全镇规模企业达到11家，其中8000万元以上1家。').map((f) => f[2])).not.toContain(8000);
  });
});

describe('基本建设, capital construction', () => {
  it('is a noun: no verb of doing starts in it', () => {
    expect(splitAction('在财政支出中基本建设支出')).toEqual({ action: null, indicator: '在财政支出中基本建设支出' });
    expect(splitAction('基本建成保障房')).toEqual({ action: '基本建成', indicator: '保障房' });
  });
});

describe('现将…汇报如下', () => {
  it('is 把, no future: the progress against a goal after it is a result', () => {
    expect(read('现将半年来的经济运行情况汇报如下：今年1-6月份，民营经济营业收入为3280万元，占年度总目标的41%。', '经济运行').map((t) => t.kind)).toEqual(['achievement', 'achievement']);
  });
});

describe('items after a frame that names what their values are of', () => {
  it('are each that item\'s part of it, but a measure of its own after it is not', () => {
    expect(fields('三次产业对经济增长的拉动分别为：第一产业0.62个百分点，第二产业0.86个百分点，第三产业3.62个百分点。').map((f) => f[1])).toEqual(['第一产业对经济增长的拉动', '第二产业对经济增长的拉动', '第三产业对经济增长的拉动']);
    expect(fields('第二、第三产业对GDP增长的贡献率分别达60.4%和39.6%，工业经济贡献率49.4%。').map((f) => f[1]).at(-1)).toBe('工业经济贡献率');
  });
});

describe('two measures of one thing joined by 和, the second said bare', () => {
  it('are that thing\'s two measures, whatever their units', () => {
    expect(fields('粮食生产面积和总产分别稳定在630万亩、245万吨左右。').map((f) => f[1])).toEqual(['粮食生产面积', '粮食总产']);
  });
});

describe('a rate of births, deaths or illness shared by a list', () => {
  it('is shared whole, not cut at a character the parts end in', () => {
    expect(fields('新生儿、婴儿和5岁以下儿童死亡率分别为0.93‰、1.62‰、1.93‰。').map((f) => f[1])).toEqual(['新生儿死亡率', '婴儿死亡率', '5岁以下儿童死亡率']);
    expect(fields('学前教育毛入园率、义务教育巩固率、高中阶段毛入学率分别达到90%、95%、98.5%。').map((f) => f[1]).at(-1)).toBe('高中阶段毛入学率');
  });
});

describe('a per-mu rise said alone after a yield', () => {
  it('is that yield\'s rise', () => {
    expect(fields('秋粮平均单产387公斤，亩增34公斤。').map((f) => [f[1], f[4]])).toEqual([['秋粮平均单产', 'eq'], ['秋粮平均单产', 'growth']]);
  });
});

describe('committees counted, then what they did', () => {
  it('end where their work begins (16个居委会采取…办法)', () => {
    expect(fields('仅半年的时间，16个居委会采取购买、租赁或内部协调的办法，全部解决办公场所问题。').map((f) => f[1])).toEqual(['居委会']);
  });
});

describe('a place by its short name after 其中', () => {
  it('is that place\'s part of the things just counted', () => {
    expect(fields('2006年，全镇共组织劳务输出845人次，其中北京170人，大连280人。').map((f) => f[1])).toEqual(['全镇劳务输出', '北京劳务输出', '大连劳务输出']);
  });
});

describe('a yield said alone after a crop\'s area, health workers at their posts, and 向上申报', () => {
  it('names the crop\'s yield, the workers, and what was submitted', () => {
    expect(fields('其中夏粮面积47.36万亩，总产13.94万吨。').map((f) => f[1])).toEqual(['夏粮面积', '夏粮总产']);
    expect(fields('蔬菜播种总面积达8.2万亩，总产量达15万吨。').map((f) => f[1])).toEqual(['蔬菜播种总面积', '蔬菜总产量']);
    expect(fields('3400余名医护人员坚守一线。').map((f) => f[1])).toEqual(['医护人员']);
    expect(fields('向上申报绿标18个。').map((f) => f.slice(0, 2))).toEqual([['申报', '绿标']]);
    // (县域内就诊率 is a rate of its own.)
    expect(fields('县域内就诊率达93.7%。').map((f) => f[1])).toEqual(['县域内就诊率']);
  });
});

describe('a prize of several grades that counted things won', () => {
  it('is one status, and names them', () => {
    expect(fields('全县共有8个产品获国家各类金、银、铜奖。').map((f) => f[1])).toEqual(['全县获国家各类金、银、铜奖的产品']);
    expect(fields('3个项目获省科技进步一、二等奖。').map((f) => f[1])).toEqual(['获省科技进步一、二等奖的项目']);
    // (Two statuses of two counts stay apart.)
    const two = fields('5个项目获评市级示范、3个项目获评省级示范。').map((f) => f[1]);
    expect(two[0]).not.toContain('省级');
    expect(two[1]).toBe('获评省级示范的项目');
  });
});

describe('how things stand: a part titled by the present state, a stock at a part of a year gone by', () => {
  const kinds = (text: string, title?: string) => read(text, title).map((t) => t.kind);
  it('reads a part titled 发展现状 as results, and a plan part as plans', () => {
    const text = '园区引进企业36家，硬化道路4条，安装路灯310盏。';
    expect(kinds(text, '园区发展现状')).toEqual(['achievement', 'achievement', 'achievement']);
    expect(kinds(text, '现状与存在的问题')).toEqual(['achievement', 'achievement', 'achievement']);
    expect(kinds(text, '2024年工作安排')).toEqual(['target', 'target', 'target']);
  });
  it('reads 截至 a year\'s first half, or a month of it, as how things stood then', () => {
    expect(kinds('截至2010年上半年，园区完成固定资产投资10.4亿元。', '工业园')).toEqual(['achievement']);
    expect(kinds('截至2019年12月，发放城市低保金4164.98万元。', '民政')).toEqual(['achievement']);
    // (A goal set for such a date says so.)
    expect(kinds('截至2025年6月，力争完成固定资产投资10.4亿元。', '工业园')).toEqual(['target']);
  });
});

describe('the months of a year counted so far, a body set up already, and a forecast\'s word', () => {
  const kinds = (text: string, title = '2023年下半年工作打算') => read(text, title).map((t) => t.kind);
  it('reads 1-5月 after a topic\'s colon, and 已建立, as results even where a plan was seen', () => {
    expect(kinds('工业投资方面：1-5月全区纳统在库项目127个，完成工业投资29.3亿元。')).toEqual(['achievement', 'achievement']);
    expect(kinds('目前，我局已建立40家企业的培育库台帐。')).toEqual(['achievement']);
    // (A goal set for those months says so.)
    expect(kinds('工业投资方面：1-6月力争完成工业投资30亿元。')).toEqual(['target']);
  });
  it('leaves 预测 out of the name, as 预计', () => {
    expect(fields('预测规上工业增加值19.95亿元，增长17.8%。').map((f) => f[1])).toEqual(['规上工业增加值', '规上工业增加值']);
  });
});

describe('今年 opening a paragraph of a year\'s summary', () => {
  it('is the year summed up: the figures after it are results', () => {
    const sections: Section[] = [{ id: 's0', parent: null, level: 1, number: null, title: '导语', paragraphs: ['今年，我们在县委、县府的领导下，实现全镇经济健康发展。', '镇本级财政收入500万元。人均gdp为5066元。'].map((text) => ({ text, sources: [] })) }];
    expect(extractTargets('r', sections, 2024, undefined, '工作总结', [], '镇政府2024年度工作总结').map((t) => t.kind)).toEqual(['achievement', 'achievement']);
    // (In a plan it opens the plan.)
    expect(extractTargets('r', sections, 2024, undefined, '工作要点', [], '镇政府2024年工作要点').map((t) => t.kind)).toEqual(['target', 'target']);
  });
});

describe('words before a name that say where, whose or since when', () => {
  it('leaves out who has the things, a whole measure framing its part, a change gone through, a list\'s number and a whole place\'s note', () => {
    expect(fields('农场现拥有土地83万亩。').map((f) => f[1])).toEqual(['土地']);
    expect(fields('在财政支出中基本建设支出增长2倍。').map((f) => f[1])).toEqual(['基本建设支出']);
    expect(fields('扩区调位后规划控制面积10.92平方公里。').map((f) => f[1])).toEqual(['规划控制面积']);
    expect(fields('4、4月末各项存款余额368343万元。').map((f) => f[1])).toEqual(['4月末各项存款余额']);
    expect(fields('全县（全口径）实现生产总值2416417万元。').map((f) => f[1])).toEqual(['全县生产总值']);
  });
  it('keeps a count per head, the whole place, a rank\'s field and a work the money went to', () => {
    expect(fields('千名老人拥有床位达到32张。').map((f) => f[1])).toEqual(['千名老人拥有床位']);
    expect(fields('全村共拥有汽车27辆。').map((f) => f[1])).toEqual(['全村共拥有汽车']);
    expect(fields('在GDP中的比重达到37.3%。').map((f) => f[1])).toEqual(['在GDP中的比重']);
    expect(fields('在人居环境整治中投入经费达90余万元。').map((f) => f[1])).toEqual(['在人居环境整治中投入经费']);
  });
});

describe('a numbered part on how the work went (一、今年农业工作情况)', () => {
  it('reviews it, even when it names 今年', () => {
    const sections: Section[] = [
      { id: 's1', parent: null, level: 1, number: '一', title: '今年农业工作情况', paragraphs: [{ text: '2012年全县农业生产总值6.16亿元，同比增长7.5%。全年粮食播种面积7.56万亩。', sources: [] }] },
      { id: 's2', parent: null, level: 1, number: '二', title: '明年工作思路', paragraphs: [{ text: '粮食播种面积稳定在7.5万亩。', sources: [] }] },
    ];
    expect(extractTargets('r', sections, 2012, undefined, '工作总结', [], '2012年农业工作总结和2013年工作思路').map((t) => t.kind)).toEqual(['achievement', 'achievement', 'achievement', 'target']);
  });
});

describe('a year singled out (仅2009年)', () => {
  it('reports what that year alone did', () => {
    const kinds = (text: string) => read(text, '旅游业').map((t) => t.kind);
    expect(kinds('仅2009年，羊湖景区共接待游客12万多人次，接待车辆10000余台次。')).toEqual(['achievement', 'achievement']);
    expect(kinds('2025年，羊湖景区力争接待游客12万人次。')).toEqual(['target']);
  });
});

describe('members of a group counted (三大优势产业), bodies moved to act, times before people, and bounds before a measure per area', () => {
  it('names each member\'s measure', () => {
    expect(fields('装备制造、绳网、高端铝三大优势产业总产值分别达到75亿元、220亿元、313亿元。').map((f) => f[1])).toEqual(['装备制造总产值', '绳网总产值', '高端铝总产值']);
  });
  it('leaves out the bodies moved, a count of times, the places\' part of the year and the whole place\'s bounds', () => {
    expect(fields('组织企业实施各级各类科技计划项目610项。').map((f) => f.slice(0, 2))).toEqual([['实施', '各级各类科技计划项目']]);
    expect(fields('组织贫困劳动力培训4次700余人次。').map((f) => f[1])).toEqual(['贫困劳动力培训']);
    expect(fields('两区上半年外贸进出口总额15.6亿元。').map((f) => f[1])).toEqual(['两区外贸进出口总额']);
    expect(fields('县域内每平方公里拥有公路达1.64公里。').map((f) => f[1])).toEqual(['每平方公里拥有公路']);
    // (县域内就诊率 is a rate of its own.)
    expect(fields('县域内就诊率达93.7%。').map((f) => f[1])).toEqual(['县域内就诊率']);
  });
});

describe('what a place is made of, stated plainly', () => {
  it('is how things stand, even under a plan', () => {
    const kinds = (text: string) => read(text, '2024年工作安排').map((t) => t.kind);
    expect(kinds('全乡辖5个行政村51个村民组，总户数3645户，总人口15244人。')).toEqual(['achievement', 'achievement', 'achievement', 'achievement']);
    expect(kinds('全县国土面积5290平方公里。')).toEqual(['achievement']);
    // (A figure a plan reaches or holds to is the plan's.)
    expect(kinds('到2025年，全县常住人口达到50万人。')).toEqual(['target']);
    expect(kinds('全县总人口控制在50万人以内。')).toEqual(['target']);
    expect(kinds('经济带规划总面积203平方公里。')).toEqual(['target']);
  });
});

describe('a place before 在 its larger whole, and a topic\'s judgement run in before the whole place', () => {
  it('say whose and which heading, not what', () => {
    expect(fields('一季度，郑州在全省经济首位度达到24%。').map((f) => f[1])).toEqual(['全省经济首位度']);
    expect(fields('现代畜牧业发展势头良好全市牲畜出栏20.74万头。').map((f) => f[1])).toEqual(['全市牲畜出栏']);
    // (Not what is no place: 项目在全省….)
    expect(fields('项目在全省排名第3位。').map((f) => f[1])).toEqual(['项目全省排名']);
  });
});

describe('a total of this year so far (今年共引进) and the deputies who heard the report', () => {
  it('are results', () => {
    const kinds = (text: string) => read(text, '招商').map((t) => t.kind);
    expect(kinds('今年共引进亿元项目24个，总投资59.6亿元。')).toEqual(['achievement', 'achievement']);
    expect(kinds('539位人大代表听取市长作政府工作报告。')).toEqual(['achievement']);
    // (A plan's total for the year is a plan's.)
    expect(kinds('今年共安排亿元项目24个。')).toEqual(['target']);
  });
});

describe('今年来 opening a text', () => {
  it('is 今年以来: the year so far, whose figures are results', () => {
    const sections: Section[] = [
      { id: 's0', parent: null, level: 1, number: null, title: '导语', paragraphs: [{ text: '今年来，全市经济运行稳步复苏，呈现企稳向好态势。', sources: [] }] },
      { id: 's1', parent: null, level: 1, number: '一', title: '规模工业', paragraphs: [{ text: '规模工业增加值同比增长2.2%。非公有制工业增加值同比增长4.5%。分产业看，第一产业增长9.1%。', sources: [] }] },
    ];
    expect(extractTargets('r', sections, null).map((t) => t.kind)).toEqual(['achievement', 'achievement', 'achievement']);
  });
});

describe('a verb of improving alone, an owner before 拥有, what a disaster caused, and a measure\'s counterpart said alone', () => {
  it('name the thing', () => {
    expect(fields('新增灌溉面积16310亩，改善83950亩。').map((f) => f[1])).toEqual(['新增灌溉面积', '改善灌溉面积']);
    expect(fields('鞋服产业拥有13个自主品牌。').map((f) => f[1])).toEqual(['鞋服产业自主品牌']);
    expect(fields('全县已拥有3个省级园区。').map((f) => f[1])).toEqual(['全县省级园区']);
    expect(fields('我市发生各类自然灾害，造成直接经济损失6.11亿元。').map((f) => f[1])).toEqual(['直接经济损失']);
    expect(fields('地方一般公共预算收入、支出分别完成18.23亿元、38.37亿元。').map((f) => f[1])).toEqual(['地方一般公共预算收入', '地方一般公共预算支出']);
  });
});

describe('the text\'s own autonomous prefecture or county by its short name and 州 or 县', () => {
  it('says whose the measure is, not what — and an estimate\'s word and the year\'s span after it leave too', () => {
    const own = ownNames(toGovernment(governmentsNamed('海西蒙古族藏族自治州')[0]));
    const rows = (text: string, names: (string | RegExp)[]) =>
      extractTargets('r', [{ id: 's1', parent: null, level: 3, number: null, title: '概况', paragraphs: [{ text, sources: [] }] }], null, undefined, null, names).map((t) => t.indicator);
    expect(rows('海西州人均地区生产总值历史性突破19万元。', own)).toEqual(['人均地区生产总值']);
    expect(rows('海西州预计全年完成地区生产总值1450亿元。', own)).toEqual(['地区生产总值']);
    // (Another government's name stays.)
    expect(rows('海西州人均地区生产总值历史性突破19万元。', [])).toEqual(['海西州人均地区生产总值']);
  });
});

describe('a level, then its change on the year before said with 与去年相比', () => {
  it('names the change by the thing, and a year that opens it reports it', () => {
    const rows = read('2021年，城镇登记失业率为3.36%，与去年相比降低0.09个百分点。', '就业', null);
    expect(rows.map((t) => [t.indicator, t.comparator])).toEqual([['城镇登记失业率', 'eq'], ['城镇登记失业率', 'decline']]);
    expect(fields('全市城镇新增就业50801人，与去年同期相比增长20.61%。').map((f) => f[1])).toEqual(['全市城镇新增就业', '全市城镇新增就业']);
    // (In a text whose year is not known, a year that opens the level and its change reports them; a plan's word commits.)
    const kinds = (text: string) => extractTargets('r', [{ id: 's1', parent: null, level: 1, number: null, title: '就业', paragraphs: [{ text, sources: [] }] }], null).map((t) => t.kind);
    expect(kinds('2021年，城镇登记失业率为3.36%，与去年相比降低0.09个百分点。')).toEqual(['achievement', 'achievement']);
    expect(kinds('2021年，城镇登记失业率力争为3.3%，与去年相比降低0.1个百分点。')).toEqual(['target', 'target']);
  });
});

describe('a firm before 实现, and 拉动GDP增长', () => {
  it('names the measure, and the pull on a growth written in Latin letters', () => {
    expect(fields('中国人寿保险公司海原支公司当年实现保费收入750万元。').map((f) => f[1])).toEqual(['保费收入']);
    // (What is left naming too little alone keeps whose it is.)
    expect(fields('冠霸食品有限公司全年完成投资500万元。').map((f) => f[1])).toEqual(['冠霸食品有限公司投资']);
    expect(fields('服务业增加值增长10.2%，拉动GDP增长3.2个百分点。').map((f) => f[1])).toEqual(['服务业增加值', '拉动GDP增长']);
  });
});

describe('things counted then said to be under way, 还 before what was done, and 仅有 after the whole place', () => {
  it('name the things', () => {
    expect(fields('4栋回迁楼和3栋商业楼正在建设中。').map((f) => f[1])).toEqual(['回迁楼', '商业楼']);
    expect(fields('还新增了2个淘宝村。').map((f) => f[1])).toEqual(['新增淘宝村']);
    expect(fields('全乡仅有耕地7845亩。').map((f) => f[1])).toEqual(['全乡耕地']);
    expect(fields('全村有耕地总面积179亩。').map((f) => f[1])).toEqual(['全村耕地总面积']);
  });
});

describe('those money was won for (为…争取到)', () => {
  it('are who it went to, not what it is', () => {
    expect(fields('还积极为甘肃电器科学研究院、天水昌盛食品有限公司争取到省上项目帮扶资金270万元。').map((f) => f.slice(0, 2))).toEqual([['争取到', '省上项目帮扶资金']]);
  });
});

describe('households with 以上 glued to settlements (3户以上自然村)', () => {
  it('name a class of them, no quantity', () => {
    expect(fields('全乡3户以上自然村387个。').map((f) => f.slice(1, 4))).toEqual([['全乡3户以上自然村', 387, '个']]);
    // (A count of households said plainly is one.)
    expect(fields('全村有农户300户以上。').map((f) => f.slice(2, 4))).toEqual([[300, '户']]);
  });
});

describe('a day of a past year from which a thing held (2023年3月1日起，…)', () => {
  it('reports it, 将 there being 把', () => {
    expect(read('2023年3月1日起，我市将城市低保标准由420元/月提高到480元/月。', '民政').map((t) => t.kind)).toEqual(['achievement', 'achievement']);
    expect(read('2024年3月1日起，我市将城市低保标准提高到480元/月。', '民政').map((t) => t.kind)).toEqual(['target']);
  });
});

describe('an estimate\'s frame and the place that did it before a past year (经初步预计，五莲县2012年全年实现…)', () => {
  const kinds = (paragraphs: string[]) =>
    kindsOf(paragraphs, 2024);
  // (The text's other paragraphs plan: what says nothing of its time would otherwise be read as they are.)
  const plan = ['2024年，计划招引20个以上项目。', '主要预期目标是：生产总值增长8%，固定资产投资增长10%，社会消费品零售总额增长9%。'];
  it('open a result, its sentences after it too', () => {
    expect(kinds(['经初步预计，某县2023年全年实现生产总值163亿元；农民人均纯收入达到9807元。', ...plan])).toEqual(['achievement', 'achievement', 'target', 'target', 'target', 'target']);
    // (The plan's own year so framed is no result.)
    expect(kinds(['某县2024年全年实现生产总值180亿元；农民人均纯收入达到10500元。', ...plan])).toEqual(['target', 'target', 'target', 'target', 'target', 'target']);
  });
});

describe('a goal named in quotes and met (实现“一无四降”目标)', () => {
  const kinds = (paragraphs: string[]) =>
    kindsOf(paragraphs, 2024);
  it('commits to nothing: its sentence and a text of such sentences report results', () => {
    const filler = '全面落实城乡低保、特困供养、临时救助、残疾人两项补贴，规范民办义务教育发展，积极稳妥推进城区义务教育划片招生，城乡教学条件明显改善。';
    const text = ['城镇新增就业1.21万人，荣获全省就业创业工作先进集体。', '启用2个专职消防站，扎实做好防汛抗旱救灾工作，实现“一无四降”目标。', ...Array.from({ length: 4 }, () => filler)];
    expect(kinds(text)).toEqual(['achievement', 'achievement']);
    // (A goal named in quotes and set is one still.)
    expect(kinds(['启用2个专职消防站，努力实现“一无四降”目标。'])).toEqual(['target']);
  });
});

describe('a review\'s topic that says the targets were met (主要经济指标超额完成预期目标)', () => {
  it('is no passage of targets: its figures are the year\'s results', () => {
    const sections: Section[] = [
      { id: 's1', parent: null, level: 1, number: '一、', title: '2023年工作的简要回顾', paragraphs: [] },
      { id: 's1-1', parent: 's1', level: 3, number: null, title: '主要经济指标超额完成预期目标', paragraphs: [{ text: '全区实现生产总值120亿元，比上年增长18.6%；三级财政收入23.3亿元，增长58.5%。', sources: [] }] },
      { id: 's2', parent: null, level: 1, number: '二、', title: '2024年工作安排', paragraphs: [{ text: '今年经济社会发展的主要预期目标是：生产总值增长8%。', sources: [] }] },
    ];
    expect(extractTargets('r', sections, 2024).map((t) => t.kind)).toEqual(['achievement', 'achievement', 'achievement', 'achievement', 'target']);
  });
});

describe('a sentence that opens on a later year than its paragraph reviewed', () => {
  const kinds = (paragraphs: string[]) =>
    kindsOf(paragraphs, null);
  it('has turned to the plan, where its words commit', () => {
    expect(kinds(['2020年，我县农业农村工作取得了显著成效，农林牧渔业增加值实现28.8亿元。2021年，要实现粮食产量稳定在23万吨以上、新发展黄茶1万亩、农林牧渔业增加值增速达到4.5%以上的年度目标。'])).toEqual(['achievement', 'target', 'target']);
    // (A later sentence of the year reviewed goes on in it.)
    expect(kinds(['2020年，我县农业农村工作取得了显著成效，农林牧渔业增加值实现28.8亿元。2020年，全县出栏生猪65万头，实现了年度目标。'])).toEqual(['achievement', 'achievement']);
  });
});

describe('a goal said met (目标得以实现) and a year\'s estimate of what was cut (全年预计减排)', () => {
  const kinds = (paragraphs: string[]) =>
    kindsOf(paragraphs, null);
  it('report results', () => {
    expect(kinds(['市区大气环境质量目标得以实现，二级以上天数达到296天；污染减排任务有望完成，全年预计减排二氧化硫19564吨。'])).toEqual(['achievement', 'achievement']);
    // (A goal set, and a cut planned, are commitments still.)
    expect(kinds(['确保市区大气环境质量目标实现，二级以上天数达到300天；计划减排二氧化硫20000吨。'])).toEqual(['target', 'target']);
  });
});

describe('a quarter before the whole place or what was done (第一季度全县…, 第一季度完成…)', () => {
  it('says when, not what; a quarter of a list of quarters names which', () => {
    expect(fields('第一季度全县累计入库各项税收收入12463万元。', '一季度经济运行').map((f) => f[1])).toEqual(['全县累计入库各项税收收入']);
    expect(fields('第一季度增加值同比增长5.7%，第二季度增加值同比增长4.9%。', '分季度').map((f) => f[1])).toEqual(['第一季度增加值', '第二季度增加值']);
  });
});

describe('more or fewer than the base (比去年同期（429）多生7人), a year\'s rise in income, and 亿 alone after money', () => {
  it('reads the change of the thing said before it', () => {
    expect(fields('户籍人口出生436人，比去年同期（429）多生7人。', '2023年工作回顾').map((f) => f.slice(1, 5))).toEqual([['户籍人口出生', 436, '人', 'eq'], ['户籍人口出生', 7, '人', 'growth']]);
    expect(fields('粮食产量12万吨，比上年多产0.8万吨。', '2023年工作回顾').map((f) => f.slice(1, 5))).toEqual([['粮食产量', 12, '万吨', 'eq'], ['粮食产量', 0.8, '万吨', 'growth']]);
    expect(fields('旅游总收入4891亿元，同比增长26.1%，首次实现一年增收1000亿元。', '2023年工作回顾').map((f) => f.slice(1, 5))).toEqual([['旅游总收入', 4891, '亿元', 'eq'], ['旅游总收入', 26.1, '%', 'growth'], ['旅游总收入', 1000, '亿元', 'growth']]);
  });
  it('reads an amount of money in 亿 alone as written, and no other magnitude alone', () => {
    expect(fields('全县完成生产总值56.7亿，增长7.5%。', '2023年工作回顾').map((f) => f.slice(2, 5))).toEqual([[56.7, '亿', 'eq'], [7.5, '%', 'growth']]);
    expect(fields('建成区面积扩大到50万，增长7.5%。', '2023年工作回顾').map((f) => f.slice(2, 4))).toEqual([]);
  });
});

describe('what a place has by now (大邑县已有…, 舍虎村共有…)', () => {
  const kinds = (paragraphs: string[]) =>
    kindsOf(paragraphs, null);
  it('states how things stand, and its name keeps no 已有', () => {
    const plan = '到2025年，力争全县竹林面积达到50万亩，实现竹产业综合产值100亿元。';
    expect(kinds(['某县已有竹、材两用竹资源7.39万亩，其中慈竹3.6万亩。', plan])).toEqual(['achievement', 'achievement', 'target', 'target']);
    expect(fields('某县已有竹、材两用竹资源7.39万亩。', '概况').map((f) => f[1])).toEqual(['竹、材两用竹资源']);
    // (What a place is to have is a commitment still.)
    expect(kinds(['到2025年，全县共有竹林50万亩。', plan])).toEqual(['target', 'target', 'target']);
  });
});

describe('a measure said again by its last words (第三产业增加值…，增加值增长5.3%), and a gap said 比全省高', () => {
  it('is the measure named whole, and the gap is its rate\'s', () => {
    expect(fields('第三产业增加值146.8亿元，占GDP比重32.4%，增加值增长5.3%，增速较1季度提高0.1个百分点。', '上半年经济运行').map((f) => f[1])).toEqual(['第三产业增加值', '第三产业增加值占GDP比重', '第三产业增加值', '第三产业增加值增速']);
    expect(fields('全县生产总值增长8.1%，比全省高1.2个百分点。', '上半年经济运行').map((f) => f.slice(1, 5))).toEqual([['全县生产总值', 8.1, '%', 'growth'], ['全县生产总值增速比全省高', 1.2, '个百分点', 'eq']]);
    // (Not a part said after 其中: 出口总额 is no 进出口总额.)
    expect(fields('外贸进出口总额686亿美元，增长7.3%，其中出口总额375亿美元。', '上半年经济运行').map((f) => f[1])).toEqual(['外贸进出口总额', '外贸进出口总额', '出口总额']);
  });
});

describe('a rate\'s word alone, its change on the year before stripped (涨幅同比回落1.8个百分点)', () => {
  it('is the rate of the thing just stated', () => {
    expect(fields('居民消费价格指数上涨1.0%，涨幅同比回落1.8个百分点。', '上半年经济运行').map((f) => f.slice(1, 5))).toEqual([['居民消费价格指数', 1, '%', 'growth'], ['居民消费价格指数涨幅', 1.8, '个百分点', 'decline']]);
  });
});

describe('what was counted (据统计今年全区共争取…), and deputies who spoke on the report', () => {
  it('reports results, in a summary as anywhere', () => {
    const text = '据统计今年全区共争取省、市两级专项资金767.6万元，区本级兑现专项资助1200余万元。';
    expect(read(text, '2016年工作总结').map((t) => t.kind)).toEqual(['achievement', 'achievement']);
    expect(read(text, '科技').map((t) => t.kind)).toEqual(['achievement', 'achievement']);
    // (What is to be won this year is a commitment still.)
    expect(read('今年全区要争取省、市两级专项资金800万元。', '2016年工作总结').map((t) => t.kind)).toEqual(['target']);
    expect(read('审议中，6位市人大代表就旅游景区、乡村振兴等内容踊跃发言。', '会议').map((t) => t.kind)).toEqual(['achievement']);
  });
});

describe('a part headed by the year\'s highlights (一、2023年工作亮点)', () => {
  it('reviews the year', () => {
    const sections: Section[] = [
      { id: 's1', parent: null, level: 1, number: '一、', title: '2023年工作亮点', paragraphs: [] },
      { id: 's1-1', parent: 's1', level: 2, number: '（一）', title: '农村饮水安全工作', paragraphs: [{ text: '我市农村饮水安全共录入148个行政村的信息。', sources: [] }] },
    ];
    expect(extractTargets('r', sections, 2023).map((t) => t.kind)).toEqual(['achievement']);
  });
});

describe('a total after things listed and named apart (…，共31项)', () => {
  it('is of what their names share, or no row where they share nothing — never the last thing\'s', () => {
    expect(fields('新增市级龙头企业5家，县级龙头企业7家，共12家。', '2023年工作总结').map((f) => f.slice(1, 3))).toEqual([['新增市级龙头企业', 5], ['县级龙头企业', 7], ['龙头企业', 12]]);
    // (获…奖励: what is shared, 奖励, reads as a verb alone — no row rather than the last award's.)
    expect(fields('获省上奖励5项，市上奖励7项，县上奖励19项，共31项。', '2023年工作总结').map((f) => f.slice(1, 3))).toEqual([['省上奖励', 5], ['市上奖励', 7], ['县上奖励', 19]]);
    expect(fields('新建小学3所、初中2所，共5所。', '2023年工作总结').map((f) => f.slice(1, 3))).toEqual([['小学', 3], ['初中', 2]]);
  });
});

describe('how much of a plan named with what it is of is done (占年度投资目标8亿元的78.75%, 占年计划投资的61.73%)', () => {
  const kinds = (paragraphs: string[]) =>
    kindsOf(paragraphs, 2024);
  const plan = ['2024年，计划招引20个以上项目。', '主要预期目标是：生产总值增长8%，固定资产投资增长10%，社会消费品零售总额增长9%。'];
  it('reports results', () => {
    expect(kinds(['干线公路上半年累计完成投资6.3亿元，占年度投资目标8亿元的78.75%，完工里程17.24公里。', ...plan]).slice(0, 2)).toEqual(['achievement', 'achievement']);
    expect(kinds(['预备项目188项，1-6月累计完成投资24.56亿元，占年计划投资的61.73%。', ...plan]).slice(0, 3)).toEqual(['achievement', 'achievement', 'achievement']);
  });
});

describe('a rank a list gave (榜单中名列第25位), in a text that has not turned to a plan', () => {
  const kinds = (paragraphs: string[], title = '') =>
    kindsOf(paragraphs, null, title);
  it('is where the place stands; after a turn to the plan, or aimed at, it is a goal', () => {
    const plan = '到2025年，力争全镇规上工业产值达到500亿元，实现税收30亿元，新增市场主体3000户，建成区面积达到20平方公里。';
    expect(kinds(['在“2018年全国综合实力千强镇”榜单中名列第25位，较上年提升5位。', plan])[0]).toBe('achievement');
    expect(kinds(['在“2018年全国综合实力千强镇”榜单中名列第25位。'], '2019年工作安排')).toEqual(['target']);
    expect(kinds(['力争在全国综合实力千强镇榜单中名列第20位。', plan])[0]).toBe('target');
  });
});

describe('共 before a verb of winning or closing, and 同期 alone before a change', () => {
  it('say a total and a base of comparison, not what was counted', () => {
    expect(fields('截至3月15日，共争取中央预算内资金项目55个。', '2019年工作情况').map((f) => f[1])).toEqual(['中央预算内资金项目']);
    expect(fields('出院手术同期增长29.70%。', '2019年工作情况').map((f) => f.slice(1, 5))).toEqual([['出院手术', 29.7, '%', 'growth']]);
  });
});

describe('a list of things a government will do for its people (为农民办好十件实事)', () => {
  const kinds = (paragraphs: string[], title = '') =>
    kindsOf(paragraphs, null, title);
  it('promises them; a review\'s topic of the same words does not', () => {
    // (Long enough that, without its title, a text of no word of commitment would read as results.)
    const items = ['①新建农村户用沼气20万座，新发展沼气技术服务网点80家。', '②解决20万人的饮水安全问题，保证群众喝上干净水、放心水。', '③完成200个示范村通组入户道路建设，硬化道路3000公里。', '④全面推行新型农村合作医疗制度，继续实施农村困难群众补充医疗保险救助制度，解决425万农民群众看病难问题。', '⑤全部免除农村义务教育阶段学生学杂费，继续对困难家庭学生免费提供课本并补助寄宿生生活费，更新农村学校课桌凳，改善农村贫困学校寄宿生饮食条件。', '⑥对20万名农村劳动力进行职业、劳务技能和实用技术培训，完成农村劳动力转移125万人以上。', '⑦在全市50个乡镇建设乡级便民服务中心，在距乡镇政府所在地较远的行政村设立便民服务点，抓好600个行政村的社区服务中心建设。'];
    expect(new Set(kinds(items))).toEqual(new Set(['achievement']));
    expect(new Set(kinds(['为农民办好十件实事', ...items]))).toEqual(new Set(['target']));
    expect(kinds(['（五）殚精竭虑办好民生实事。加大民生投入，重点民生类支出63亿元，占一般公共预算支出的86.4%。十件民生实事基本完成。'], '一年来工作回顾')).toEqual(['achievement', 'achievement']);
  });
});

describe('a stock counted at a day gone by, opening a paragraph (截至3月15日，…)', () => {
  const kinds = (paragraphs: string[], year: number | null = 2024) =>
    kindsOf(paragraphs, year);
  const plan = ['2024年，计划招引20个以上项目。', '主要预期目标是：生产总值增长8%，固定资产投资增长10%，社会消费品零售总额增长9%。'];
  it('is counted in the sentences after it too', () => {
    expect(kinds(['截至3月15日，全县各项存款余额320亿元。其中住户储蓄存款余额208.02亿元；各项贷款余额113.71亿元。', ...plan]).slice(0, 3)).toEqual(['achievement', 'achievement', 'achievement']);
    // (Not a day still ahead, nor one a commitment is tied to.)
    expect(kinds(['截至2025年底，全县各项存款余额320亿元。其中住户储蓄存款余额208.02亿元。', ...plan]).slice(0, 2)).toEqual(['target', 'target']);
  });
});

describe('places whose measure is then given (18个区县财政收入增长平均达到31.2%), and the rate places counted passed', () => {
  it('are no quantities: the places are the whole, the rate the class', () => {
    expect(fields('12个区县实际直接利用外资增长18.9%，中心六区增长36%。', '一季度经济运行').map((f) => f.slice(2, 5))).toEqual([[18.9, '%', 'growth'], [36, '%', 'growth']]);
    expect(fields('2007年有8个区县生产总值增速超过15%。', '一季度经济运行').map((f) => f.slice(2, 4))).toEqual([[8, '个']]);
    // (Places counted as those that did better are a count.)
    expect(fields('10个县市增长速度超过全市平均水平。', '一季度经济运行').map((f) => f.slice(2, 4))).toEqual([[10, '个']]);
  });
});

describe('a rate said with what it is a share of (天气优良率占总监测天数的97.5%)', () => {
  it('is that rate; a thing said so is its share', () => {
    expect(fields('天气优良率占总监测天数的97.5%。', '环境').map((f) => f[1])).toEqual(['天气优良率']);
    expect(fields('轻微污染天气占总监测天数的2.5%。', '环境').map((f) => f[1])).toEqual(['轻微污染天气占总监测天数比重']);
  });
});

describe('gaps to two places, each value after its place (高于全国1个、全省0.5个百分点)', () => {
  it('read the first value in points and the second place as the same gap', () => {
    expect(fields('地区生产总值年均增长6.5%，高于全国1个、全省0.5个百分点。', '回顾').map((f) => f.slice(1, 4))).toEqual([['地区生产总值', 6.5, '%'], ['地区生产总值增速高于全国', 1, '个百分点'], ['地区生产总值增速高于全省', 0.5, '个百分点']]);
  });
});

describe('places listed, then counted by 个 and their kind, then a measure (高新、小蓝两个国家级开发区主营业务收入)', () => {
  it('give each place its measure, named as one of them', () => {
    expect(fields('高新、小蓝两个国家级开发区主营业务收入分别实现2100亿元、1200亿元。', '回顾').map((f) => f.slice(1, 3))).toEqual([['高新开发区主营业务收入', 2100], ['小蓝开发区主营业务收入', 1200]]);
  });
});
