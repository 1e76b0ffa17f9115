/**
 * Targets, the number: where a quantity stands in a clause (a number, or a range, with a unit of measure after it and a
 * bound such as 以上), and which numbers are no quantity of the report's (codes, ages, dates, quoted names, classes).
 * A number counts only with a unit after it, which already keeps out list numbering, codes and names (5G, 3820, 十四五).
 */
import { chineseNumeral } from '../text.ts';

const MAGNITUDE = '(?:万亿|千亿|百亿|十亿|亿|千万|百万|十万|万|千)';
const BASE_UNITS = [
  '微克/立方米', '个百分点', '个等级', '个档次', '个千分点', '个基点', '辆次', '亿吨公里', '亿人公里', '吨公里', '人公里', '平方公里', '平方米', '立方米', '千瓦时', '千瓦', '标准箱', '人次', '场次', '公顷', '公里',
  '吨', '元', '人', '户', '亩', '个', '项', '家', '所', '座', '条', '张', '套', '台', '辆', '场', '名', '处', '类',
  '种', '份', '件', '支', '天', '个工作日', '个工作小时', '工作日', '倍', '批', '栋', '艘', '架', '篇', '部', '间', '床', '米', '%',
  '美元', '斤', '公斤', '个小时', '小时', '分钟', '岁', '位', '‰', '户次', '批次', '架次', '车次', '班次', '台次', '件次', '笔',
  // (事故340起, 出让土地42宗: counts of events and of cases.)
  '起', '宗', '间次', '床位', '毫米',
  // (帮扶企业336家次, 督查120项次: visits and checks counted by the times each was made.)
  '家次', '项次',
  // (研究与试验发展人员全时当量47.4万人年: person-years.)
  '人年',
  // (生猪出栏501.3万头, 家禽1200万只, 植树50万株, 路灯3000盏, 机井200眼, 中欧班列1000列: animals, plants, lamps, wells, trains.
  // Heads of animals and plants are no count of a noun glued after them: 60万头生猪产业链项目 is the project's size.)
  '头', '只', '羽', '株', '棵', '盏', '眼', '列', '趟',
  // (卷烟36.9万箱, 集装箱吞吐量508万标箱: cases, and containers in twenty-foot units.)
  '标箱', '箱',
  // (光伏建筑装机容量607兆瓦, 优惠电量39.2亿度: power, and energy in kilowatt-hours (度).)
  '兆瓦时', '兆瓦', '吉瓦', '度',
];
// Longest first, so that 个工作小时 is read whole and not as 个 followed by words.
// 30万元/人, 0.5元/千瓦时, 74.5公里/百平方公里: a rate per unit is one unit.
// 2.7万件（次）, 2925间（套）: a second measure word in brackets is part of the unit as written.
// 14亿人口: the magnitude alone is the unit where 人口 (population) follows — 人 there is no unit of the number.
const UNIT = `(?:${MAGNITUDE}(?=人口|[、，。；]|$)|${MAGNITUDE}?(?:${[...BASE_UNITS].sort((a, b) => b.length - a.length).join('|')})(?<!人(?=口)))(?:/(?:[百千万]|十万)?(?:平方公里|人|户|吨|亩|平方米|㎡|m²|千瓦时|年|月|日|天|人次|小时|斤|公斤|千克)|[（(][次套户间][）)])?`;
// 3,000套: a thousands separator stays inside the number (a comma between two numbers has no three digits after it).
// (881·2亿元, 13·06%: older typesetting writes the decimal point as a middle dot — read so only with a unit after it, so
// that 5·12 of an event's name stays a name.)
const ARABIC = '\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:[.·・]\\d+)?';
const CHINESE_NUM = '[一二两三四五六七八九十百千]+';
const RANGE_SEP = '\\s*[—–\\-－~～至到]\\s*';
/** One quantity: a number (or a range), its unit, and a bound after it (以上, 左右 …). */
const QUANTITY = new RegExp(
  `(?<num>${ARABIC}|${CHINESE_NUM})(?:(?<pct>%)?${RANGE_SEP}(?<max>${ARABIC}))?(?:(?<mag>${MAGNITUDE})?(?<more>[余多])(?=${UNIT}))?(?<unit>${UNIT})(?<bound>以上|以下|以内|左右|上下)?`,
  'gu',
);

function parseNumber(s: string): number | null {
  if (/^\d/.test(s)) return Number(s.replace(/,/g, '').replace(/[·・]/gu, '.'));
  return chineseNumeral(s);
}

export const RATE_UNIT = /^(?:%|‰|个百分点|个千分点|个基点|倍)$/;

export interface Candidate {
  start: number;
  end: number;
  value: number;
  valueMax: number | null;
  unit: string;
  bound?: string;
  /** 第3位: a rank, read from 第 on. */
  rank: boolean;
  /** 20万吨级, 2×35万千瓦, 7条路径: the number names a class, a specification or the text's own parts. */
  classOf: boolean;
  /** 全国337个城市第17位: the number of places ranked, which stays in the words of the rank after it. */
  rankedPlaces?: boolean;
  /** 产值10亿元以上企业: a class word that stays in the name of what follows it. */
  classWord?: boolean;
}

function insideQuotes(text: string, at: number): boolean {
  const before = text.slice(0, at);
  const count = (re: RegExp) => (before.match(re) ?? []).length;
  // (In any style of quotation marks: “…”, 「…」, 『…』, and "…" typed straight — each straight one opens or closes.)
  return count(/“/g) > count(/”/g) || count(/「/g) > count(/」/g) || count(/『/g) > count(/』/g) || count(/"/g) % 2 === 1;
}

/** Words that end a subject and introduce its value, for telling a measured age from an age that qualifies a group. */
const MEASURED_AGE = /(?:寿命|年龄)(?:平均)?(?:达到|提高到|提高至|提升到|提升至|延长到|延长至|增加到|增至|达|为|约|超过)?$/;

/**
 * What every quantity begins with (QUANTITY's number: an Arabic digit or a Chinese numeral). Two clauses in three hold
 * none, and trying QUANTITY at each of their characters was most of what reading quantities cost.
 */
const NUMBER_START = /[\d一二两三四五六七八九十百千]/;

export function quantities(clause: string): Candidate[] {
  const out: Candidate[] = [];
  if (!NUMBER_START.test(clause)) return out;
  for (const m of clause.matchAll(QUANTITY)) {
    // The groups copied into an object of their own, field by field (a spread of the match's groups object cost a
    // twentieth of reading targets); a group the match left out stays undefined.
    const groups = m.groups!;
    const g = { num: groups.num, pct: groups.pct, max: groups.max, mag: groups.mag, more: groups.more, unit: groups.unit, bound: groups.bound };
    const start = m.index!;
    let end = start + m[0].length;
    // 压缩75%至30分钟: a percentage, then 至 and a number of another unit, is the change and the level reached — no
    // range. The percentage alone is read (the level after it is not).
    if (g.max && g.pct && g.unit !== '%') {
      end = start + g.num.length + 1;
      Object.assign(g, { max: undefined, unit: '%', mag: undefined, more: undefined, bound: undefined, pct: undefined });
    }
    // (A range runs upward: a second number below the first is no range of it.)
    const first = parseNumber(g.num);
    if (g.max && Number(g.max) < (first ?? 0)) continue;
    const prev = clause[start - 1] ?? '';
    const next = clause.slice(end, end + 4);
    const before = clause.slice(0, start);
    const rest = clause.slice(end);
    // A rank (全国第3位, 居中部第1位): 第 is a quantity's ordinal only before 位 or 名.
    const rank = prev === '第' && /^(?:位|名)$/.test(g.unit);
    // Codes and names: a letter or symbol glued to the number (5G, G228, PM2.5, 3#, 9+5, 2.0平台, 第十七届).
    // (Not the name of a measure written in its letters — 人均GDP1.2万美元, 预计GDP47.36亿元增加到…: an amount of money or a
    // share after GDP, CPI or PPI is its value.)
    const measureLetters = /(?:GDP|CPI|PPI)$/.test(before) && /元|%/u.test(g.unit);
    if ((/[A-Za-z#＃+._]/.test(prev) && !measureLetters) || /^[A-Za-z#＃+]/.test(next) || (prev === '第' && !rank)) continue;
    // (地处东经99度, 北纬23°: a coordinate places the land, it measures nothing of it.)
    if (/(?:东经|西经|北纬|南纬)\s*$/u.test(before)) continue;
    // Inside quotation marks a number is part of a name: “千吨万人”, “3820”, “万亩百亿”.
    if (insideQuotes(clause, start)) continue;
    // Ages: a measured one follows its noun (人均预期寿命达到80岁); any other qualifies a group (0-3岁婴幼儿, 60岁以上).
    if (/^(?:岁|周岁)/.test(rest)) continue;
    if (g.unit === '岁' && !MEASURED_AGE.test(before)) continue;
    if (g.unit.endsWith('个') && /^月/.test(rest)) continue; // 6—24个月龄
    // A time that names a thing (15分钟生活圈, 1小时通勤圈) is not a measure of it.
    if (/(?:分钟|小时)$/.test(g.unit) && !g.bound && /^[\p{Script=Han}]/u.test(rest) && !/^(?:以内|以上|左右|内)/.test(rest)) continue;
    // 十个方面工作, 9个方面: counts of the text's own parts.
    if (/^方面/.test(rest)) continue;
    if (g.unit.endsWith('台') && /^阶/.test(rest)) continue; // 迈上5万亿台阶: a milestone, not 台 of machines
    // 完成54个20户以上已通电自然村…: a number right after a count, its bound glued to a noun, names a class of the things
    // counted, as 规模以上 does.
    if (/\d(?:个|家|座|所|处|项|条)$/u.test(before) && (/^(?:以上|以下)\p{Script=Han}/u.test(rest) || (!!g.bound && /^\p{Script=Han}/u.test(rest) && !/^的/u.test(rest)))) continue;
    // (全乡3户以上自然村387个: households or people with 以上 glued to settlements name a class of them, by their size.)
    if (/^(?:户|人)$/u.test(g.unit) && (!!g.bound || /^(?:及)?以[上下]/u.test(rest)) && /^(?:(?:及)?以[上下])?(?:的)?(?:自然村|村庄|村落|院落|居民点|村民小组|自然屯)/u.test(rest)) continue;
    // 经济总量超500亿元的县域: a qualifier, not a target (unless it is this row's own measure: 达到…以上的).
    if (/^的/.test(rest) && !g.bound) continue;
    // 成为全省唯一跨越2000亿元大关的区: a threshold passed names a class of places.
    if (/^(?:大关|关口|台阶)的/u.test(rest)) continue;
    // 5.5%左右的预期增长目标与…衔接: a target named again, not stated.
    if (/^的[^，。；]{0,10}目标/.test(rest)) continue;
    // 折合1139亿元人民币: the same quantity restated in another unit.
    if (/(?:折合|约合|合计折合)$/.test(before)) continue;
    // (包括13个地市本级在内，仍高居第6位: how many more a ranking holds, said of its field, is no quantity of the place's.)
    if (/包括$/u.test(before) && /^[^，。；\d]{0,10}在内/u.test(rest)) continue;
    const isChinese = !/^\d/.test(g.num);
    // A Chinese numeral is a quantity only after a comparator (超千亿元); elsewhere it counts the text's own
    // parts (三项工程, 十个方面) or names things (十亿元镇, 百亩以上示范片).
    if (isChinese && !/(?:超|超过|突破|达|达到|过)$/.test(before)) continue;
    // 过三千亿元城市, 超百亿元企业: a Chinese-numeral amount glued to a noun names a class of things.
    if (isChinese && /^\p{Script=Han}/u.test(rest) && !/^(?:以上|以下|左右|以内|的)/.test(rest)) continue;
    // 每10万人拥有…: a denominator, not a quantity.
    if (/每$/.test(before)) continue;
    // (常住人口100万、建成区…: a magnitude alone is a unit only of a population named just before, or glued after — or of an
    // amount of money named just before it, as news writes one: 实现旅游总收入4891亿, 地区生产总值1200亿.)
    if (/^[万亿千百十]+$/u.test(g.unit) && !g.mag && !/^人口/u.test(rest) && !/人口(?:总数|规模)?(?:达到|达|为|约|超过|突破|增至|增加到)?$/u.test(before) && !(/^(?:万亿|亿)$/u.test(g.unit) && /(?:收入|总值|产值|增加值|投资|总额|销售额|营业额|资金|支出)(?:达到|达|为|约|超过|突破|实现|完成)?$/u.test(before) && !/^[\p{Script=Han}A-Za-z]/u.test(rest))) continue;
    let value = first;
    if (value === null) continue;
    // 4.23万余户, 30多个: more than the number, in the unit without 余.
    let unit = `${g.mag ?? ''}${g.unit}`;
    // (超千亿元, 突破百亿元: the numeral is the number, 1000 of the unit after it — as readers write it, 1000亿元.)
    if (isChinese && /^[十百千]$/.test(g.num) && /^[万亿]/.test(unit)) value = { 十: 10, 百: 100, 千: 1000 }[g.num as '十' | '百' | '千'];
    if (g.pct) unit = '%';
    // (高于全国1个、全省0.5个百分点: a gap in points whose first value elides 百分点 — the list's last says it.)
    if (unit === '个' && /(?:高于|低于|快于|慢于|高出|低出)[^，。；、\d]{1,6}$/u.test(before) && /^、[^，。；、\d]{1,6}[\d.]+个百分点/u.test(rest)) unit = '个百分点';
    // 20万吨级泊位, 1000吨级航道: a class of things, not a quantity of them (read, and withheld).
    // 收入50万元以上的行政村: with a bound, a number before 的 is still a qualifier unless a verb states it (达到…以上的).
    // (出口额在1000万美元以上的企业: 在 after a noun qualifies it too; only a verb before 在 — 保持在 — states a level.)
    // (实现6%左右的增长: a rate before 的 and the word of a change is that change, stated.)
    // (营业面积超过50平方米以上的综合商店或超市123个: even after a verb, a bound number before 的 and a noun the clause then
    // counts is the threshold of a class of the things counted.)
    const countedAfter = /^的[^，。；\d]{1,16}?\d+(?:\.\d+)?(?:个|家|所|座|户|处|间|名|人|项|条)/u.test(rest);
    const qualifier = /^的/.test(rest) && !!g.bound && (countedAfter || !/(?:达到|达|超过|超|突破|(?:保持|稳定|控制|维持|巩固)在|为|提高到|提升到|增加到|增至)$/.test(before)) && !(g.unit === '%' && /(?:保持|实现|维持)$/u.test(before) && /^的(?:正?增长|下降)(?![率速])/u.test(rest));
    // 2×35万千瓦: a unit's size in a specification, likewise.
    // 7条路径: a count of the text's own lines of work, likewise.
    // 连跨400亿元、500亿元、600亿元三个台阶: thresholds passed, counted as milestones — no level of anything.
    const milestones = /^(?:、[^，。；、]{1,12})*[两二三四五六七八九十]个[^，、。；]{0,4}(?:台阶|大关|关口)/u.test(rest);
    // 稳就业18条、脱贫人口就业帮扶12条等政策措施: a package of policy articles named by its count.
    // 位列全国337个城市第17位, 在全省21个市中排名第3: how many places are ranked is no quantity of the place's.
    // (在全国217家国家级开发区综合考评中位列第13位: the same, the things ranked and the ranking named before 中; 为全国15个
    // 县市区之一: how many there are of what the place is one of, likewise.)
    const rankedPlaces =
      // (进入全国337个地级及以上城市前十: a qualifier of the places before their noun, likewise.)
      (/个$/u.test(g.unit) &&
        // (全国100个最具投资潜力城区第11位, …科学发展城区50强: the places' qualifiers may be long, the rank a place among the best.)
        /^(?:(?:(?!居|位|排|列|进入|中)[^，。；、\d]){1,12}?)?(?:同类|地区|省份|城市|省区市|省区|地市|市州|县市区|县区|城区|市|县|区|国家|经济体)(?:[（(][^）)]{1,6}[）)])?(?:中|之中)?(?:均|都|也)?(?:排名|排|位列|位居|居)?(?:(?:第|前)[\d一二三四五六七八九十]+(?:位|名|(?=[，。；、]|$))|[\d一二三四五六七八九十百]+强)/u.test(rest)) ||
      (/^(?:个|家|座|所|名|位)$/u.test(g.unit) && /^[^，。；、\d]{1,16}?(?:中|之中)(?:均|都|也)?(?:排名|排|位列|位居|居)(?:第|前)[\d一二三四五六七八九十]/u.test(rest)) ||
      (/^(?:个|家|座|所|名|位)$/u.test(g.unit) && /^[^，。；、]{1,24}之一/u.test(rest)) ||
      // (在262个地级市综合信用排名中比2018年年初前移15位: how many a ranking holds, whatever its place is said to be.)
      (/^(?:个|家|座|所)$/u.test(g.unit) && /^[^，。；、\d]{1,16}?(?:排名|排行榜?|排位)(?:中|之中)/u.test(rest)) ||
      // (稳定在全市18个区县中等偏上水平: where among the places it stands, not how many it has.)
      (/个$/u.test(g.unit) && /^(?:[^，。；、\d]{0,8}?)(?:地区|省份|城市|省区市|地市|市州|县市区|县区|区县|市县|县市)(?:中)?(?:的)?(?:中等偏上|中上游|中等|前列|上游|中游|领先|首位)/u.test(rest));
    // (放宽市场准入24条特别措施, 推动人工智能产业发展和赋能应用10条措施: a count of articles glued after what the policy is for
    // names the document; only after the verb that issued it, 出台20条举措, 推出24条措施, is it a count of measures.)
    const policyName = /条$/u.test(g.unit) && (/^(?:[、和及][^，。；]*)?等[^，。；]{0,6}(?:政策|措施|举措)/u.test(rest) || (/^(?:特别|具体|配套|惠企)?(?:措施|举措|政策)/u.test(rest) && /\p{Script=Han}{4}$/u.test(before) && !/(?:出台|推出|制定|制订|印发|提出|实施|落实|发布|研究|形成|梳理|谋划|推动|采取|细化|完善|新增|累计|共)$/u.test(before)));
    // 边境0—3公里范围内普通高中: a zone that names a class of places.
    // 产值10亿元以上企业达到19家: an amount with a bound glued to a noun names a class of it, as before 的.
    // (Not a share, 达到30%以上平均…, nor a level a verb states.)
    // (新增500万元及以上技改项目388个: 及以上 after the amount, likewise.)
    const andAbove = !g.bound && /^及以[上下]\p{Script=Han}/u.test(rest) && /^[万亿千百十]*(?:元|美元|千瓦|吨|亩)$/u.test(unit) && !/(?:达到|达|超过|超|突破|在|为|到|至|保持|控制在)$/u.test(before);
    // (其中8000万元以上1家: a size with 以上 said right before a count of things is the class counted.)
    const classWord = andAbove || (!!g.bound && /^以[上下]$/u.test(g.bound) && !/^(?:%|个百分点|倍)$/u.test(unit) && !/(?:达到|达|超过|超|突破|在|为|到|至|保持|控制在)$/u.test(before) && /^[万亿千百十]*(?:元|美元|千瓦)$/u.test(unit) && (/^\p{Script=Han}/u.test(rest) || /^\d+(?:\.\d+)?[个家户所项]/u.test(rest)) && !/^(?:的|目标|任务|水平|左右|实现|达到|达|完成|增长|提高|提升|下降|降低|减少|增加|并|且|和|或|及|与|为|是)/u.test(rest));
    // (实施5000万元项目140个, 开发储备1000万元项目280个: an amount glued to projects that are then counted — or that end
    // the text, a name read on its own — names their class, 以上 unsaid.)
    const projectClass = !g.bound && /^[万亿千百十]*(?:元|美元)$/u.test(unit) && /^(?:[^，。；、\d]{0,6}?)项目(?:[^，。；、\d]{0,4}\d+(?:\.\d+)?(?:个|项|宗|批)|$)/u.test(rest) && !/(?:达到|达|超过|超|突破|在|为|到|至|保持|控制在|投资|投入|完成|实现|总额|金额|资金)$/u.test(before);
    // (开工建设500万吨焦炉2户: a capacity glued to works that are then counted says which works — no quantity of its own.)
    const capacityClass = !g.bound && /^[万亿千百十]*(?:吨|千瓦|瓦|立方米)$/u.test(unit) && /^[^，。；、\d]{1,6}?\d+(?:\.\d+)?(?:个|项|宗|批|户|家|座|台|套|条|所|艘)/u.test(rest) && !/(?:达到|达|超过|超|突破|在|为|到|至|保持|控制在|产量|产能|规模|能力|新增|增加|减少)$/u.test(before);
    // (12个村集体经济收入超100万元, 9个镇街地方财政收入超过…: a threshold after a count of places and what they reach is no
    // quantity of theirs — the places are counted by it.)
    const threshold = /(?:\d|[一两二三四五六七八九十])(?:个|家|座|所|户)(?:镇街|乡镇|街道|社区|村|镇|乡|企业)[^，。；、\d]{2,12}?(?:超过|超|突破|达到|达|过)$/u.test(before);
    // 一个投资超20亿元、两个投资超10亿元项目: an amount after a count and the measure it bounds says which things are counted.
    const countedBy = !isChinese && /(?:\d|[一两二三四五六七八九十])(?:个|家|座|项|批)(?:总)?(?:投资|产值|营收|营业收入|规模)(?:超过|超|达到|达|在)?$/u.test(before) && /^[万亿千百十]*元$/u.test(unit);
    // (全市45分钟以内通勤比例, 3岁以下婴幼儿入托率: a time or an age with a bound, glued to a noun, names the group measured.)
    const timeClass = !!g.bound && /^以[上下内]$/u.test(g.bound) && /^(?:分钟|小时|个小时|岁|周岁)$/u.test(unit) && /^\p{Script=Han}/u.test(rest) && !/(?:达到|达|超过|超|突破|在|为|到|至|保持|控制|缩短|压缩|减少|降低|延长)$/u.test(before) && !/^(?:的|目标|任务|水平|左右|实现|达到|达|完成|并|且|和|或|及|与|为|是|办结|办成|完成)/u.test(rest);
    // (2个1类创新药: a number of 类 right after a count of the things names their category, as 一类 does.)
    const category = g.unit === '类' && !g.bound && /(?:\d|[一两二三四五六七八九十])(?:个|种|家|项|款|批|件)$/u.test(before) && /^\p{Script=Han}/u.test(rest);
    // (85个学科进入ESI世界学科排名前1%: a top share of a ranking is a class the things are in, as a rank's 前10 is not a
    // quantity of theirs.)
    const topShare = /^(?:%|‰)$/u.test(unit) && /(?:排名|排|进入|位列|位居|居|跻身)?前$/u.test(before) && !/(?:年|季度|月)前$/u.test(before);
    // (长江沿线1公里化工腾退地块: a distance from a line or a shore glued to a noun marks out a zone, no quantity.)
    const zone = /^(?:公里|千米|米)$/u.test(unit) && !g.bound && /(?:沿线|沿岸|两岸|周边|范围内|以内)$/u.test(before) && /^\p{Script=Han}/u.test(rest) && !/^(?:的|长|范围)/u.test(rest);
    // (时速400公里高速动车组, 时速350公里的高铁: a speed glued to the vehicle or line names its class.)
    const speedClass = /(?:公里|千米|米)$/u.test(unit) && /(?:设计)?时速$/u.test(before) && /^(?:的)?\p{Script=Han}/u.test(rest);
    // (18个区县财政收入增长平均达到31.2%, 12个区县实际直接利用外资增长18.9%: the places whose measure is then given are its
    // whole, not a count — unless they are counted as those that met it, 其中有7个区县增幅超过了30%, where the rate they
    // passed is the class; 10个县市增长速度超过全市平均水平 counts them.)
    const placesMeasured = /^个$/u.test(g.unit) && !/(?:有|共|其中)$/u.test(before) && /^(?:区县|县区|县市区|县（市、区）|乡镇|市州|县市|区市)(?![中之])[^，。；、\d]{2,16}?(?:增长|下降|平均(?:达到|为)?)\d/u.test(rest);
    const passedByCounted = g.unit === '%' && /有\d+个[^，。；、\d]{1,8}?(?:增幅|增速|增长)(?:超过|高于|达到)了?$/u.test(before);
    const classOf = placesMeasured || passedByCounted || classWord || projectClass || capacityClass || threshold || timeClass || countedBy || category || topShare || zone || speedClass || /^[级制]/.test(rest) || /^范围/u.test(rest) || /[×xX]$/.test(before) || /^(?:路径|途径)/.test(rest) || qualifier || milestones || policyName || rankedPlaces;
    // (增长1倍多: 多 after 倍 is more than the number, as before a unit.)
    const moreAfter = !g.bound && unit === '倍' && /^[多余]/u.test(rest);
    // (人口密度为每平方千米709.8人: the area an amount is per, written before the number, goes with the number — no part of
    // the name. The unit stays as written after it, as the labels of the golds read it.)
    const perArea = !rank && !/^(?:%|‰|倍|个百分点)$/u.test(unit) ? before.match(/每(平方千米|平方公里|平方米|公顷|亩)$/u) : null;
    // (…，每平方公里262人: with no name before it, what the number is per area of is not said — no row, rather than the
    // name of the number before.)
    if (perArea && /(?:^|[，。；、：（(])(?:平均)?$/u.test(before.slice(0, -perArea[0].length))) continue;
    out.push({ start: rank ? start - 1 : perArea ? start - perArea[0].length : start, end, value, valueMax: g.max ? Number(g.max) : null, unit, bound: g.bound ?? (g.more || moreAfter ? '以上' : undefined), rank, classOf, rankedPlaces, classWord: classWord || projectClass || timeClass });
  }
  // 分别提高9.9个、3.1个百分点, 高于全国、全省1个、0.2个百分点: in a list of values the points are said once, at the last;
  // a 个 before 、 and such a value is the same measure, not a count.
  for (let i = out.length - 2; i >= 0; i--) {
    const [a, b] = [out[i], out[i + 1]];
    if (a.unit === '个' && /^个(?:百分点|千分点)$/u.test(b.unit) && /^[、和及]$/u.test(clause.slice(a.end, b.start))) a.unit = b.unit;
  }
  return out;
}

export function hasQuantity(text: string): boolean {
  return text.split(/[，：；。！？]/u).some((clause) => quantities(clause).length > 0);
}

/** Units that count things (个, 项, 家 …), as against sizes and amounts (万吨, 公里, 亿元, %). */
export const COUNT_UNIT = /^[万亿千百十]*(?:个|项|家|所|座|条|张|套|台|辆|场|名|处|类|种|份|件|支|批|栋|艘|架|篇|部|间|床|户|人|人次|位|场次|户次|家次|项次|批次|架次|车次|班次|台次|件次|笔|辆次|起|宗|盏|眼|列|趟)$/;

/** Extents of work done (31.2公里农村公路, 55万平方米旧有平房征收): measured like counts of the noun after them. */
/** Nouns of one character a measure word counts on their own: 村, 乡, 镇, 桥, 井 (辖12个村, 新建5座桥). */
export const SINGLE_CHARACTER_NOUN = /^[村乡镇县区市省屯寨组街校厂矿桥井塘库站岛湖河港场馆院园]$/u;
export const EXTENT_UNIT = /^[万亿千百十]*(?:公里|平方米|平方公里|亩|公顷)$/u;

/**
 * A number with its unit inside a name (行政村17.2公里的村巷硬化): another quantity the row swallowed. Ages and times
 * name groups and service circles (3岁以下婴幼儿, 15分钟生活圈), and 每10万人口 and 超500亿元的 are qualifiers.
 */
export const QUANTITY_IN_NAME = new RegExp(`(?<![A-Za-z\\d.×每超过达\\-—–~～])\\d+(?:\\.\\d+)?(?!\\d)(?!(?:${MAGNITUDE})?(?:岁|周岁|分钟|小时|个小时|个月))(?:${UNIT})(?![A-Za-z]|及?(?:以上|以下)(?:的|\\p{Script=Han})|制|级|范围|(?<=元)[^，。；、\\d的]{0,4}?项目)`, 'u');
/** A name that opens with a number and its unit (95%以上的村…, 10大类): it names a part, not a measure. */
export const OPENS_WITH_QUANTITY = new RegExp(`^\\d+(?:\\.\\d+)?(?!(?:岁|周岁|分钟|小时|个小时|个月))(?:[大小]?(?:类|个|项|种|批|条|组)|%|${UNIT})`, 'u');

/** A class named by an amount with a bound (10亿元以上项目, 480千瓦以上超充站) at the head of a name. */
export const CLASS_WORD = new RegExp(`^\\d+(?:\\.\\d+)?${MAGNITUDE}?(?:元|美元|千瓦)以[上下](?=\\p{Script=Han})`, 'u');
