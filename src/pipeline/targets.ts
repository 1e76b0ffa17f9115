/**
 * Stage 4 — targets: quantitative goals and reported results, extracted clause by clause with rules.
 * A number counts only with a unit of measure after it, which already keeps out list numbering, codes and names
 * (5G, 3820, 十四五, 9+5, 二十大, G228, 2.0平台); ages, dates, ordinals and counts of a text's own parts are
 * ruled out explicitly. Precision first: a short true table beats a long noisy one.
 */
import { EMPTY_VOCABULARY, lookupIndicator, toCanonical, unitFits, type Vocabulary } from './indicators.ts';
import {
  ANNUAL_AVERAGE,
  ESTIMATE,
  HEADLINE_END,
  achievementPeriod,
  headlineStart,
  isHeadlineHeading,
  reviewScopeOf,
  targetPeriod,
  type ReviewScope,
} from './target-context.ts';
import { chineseNumeral } from './text.ts';
import type { Bound, Comparator, Section, Target, TargetKind } from './types.ts';

const MAGNITUDE = '(?:万亿|千亿|百亿|十亿|亿|千万|百万|十万|万|千)';
const BASE_UNITS = [
  '微克/立方米', '个百分点', '亿吨公里', '亿人公里', '吨公里', '人公里', '平方公里', '平方米', '立方米', '千瓦时', '千瓦', '标准箱', '人次', '场次', '公顷', '公里',
  '吨', '元', '人', '户', '亩', '个', '项', '家', '所', '座', '条', '张', '套', '台', '辆', '场', '名', '处', '类',
  '种', '份', '件', '支', '天', '个工作日', '个工作小时', '工作日', '倍', '批', '栋', '艘', '架', '篇', '部', '间', '床', '米', '%',
  '美元', '斤', '公斤', '个小时', '小时', '分钟', '岁', '位', '‰', '户次',
];
// Longest first, so that 个工作小时 is read whole and not as 个 followed by words.
// 30万元/人, 0.5元/千瓦时: a rate per unit is one unit.
const UNIT = `${MAGNITUDE}?(?:${[...BASE_UNITS].sort((a, b) => b.length - a.length).join('|')})(?:/(?:人|户|吨|亩|平方米|千瓦时|年|月|日|天|人次|小时))?`;
// 3,000套: a thousands separator stays inside the number (a comma between two numbers has no three digits after it).
const ARABIC = '\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?';
const CHINESE_NUM = '[一二两三四五六七八九十百千]+';
const RANGE_SEP = '\\s*[—–\\-－~～至到]\\s*';
/** One quantity: a number (or a range), its unit, and a bound after it (以上, 左右 …). */
const QUANTITY = new RegExp(
  `(?<num>${ARABIC}|${CHINESE_NUM})(?:(?<pct>%)?${RANGE_SEP}(?<max>${ARABIC}))?(?:(?<mag>${MAGNITUDE})?(?<more>[余多])(?=${UNIT}))?(?<unit>${UNIT})(?<bound>以上|以下|以内|左右|上下)?`,
  'gu',
);

const GROWTH = /(?:增长|增加|提高|提升|上升|上涨|微涨|增幅|涨幅|提速|递增)(?:了)?$/;
const DECLINE = /(?:下降|降低|减少|压减|压降|缩减|微降|回落|降幅|递减)(?:了)?$/;
const GTE = /(?:不少于|不低于|至少|超过|超|突破|过|迈上|跨上|跨越|连跨|跨过|跃上|站上|达到?.{0,2}以上|以上)$/;
const LTE = /(?:不超过|不高于|控制在|低于|少于|以内|以下)$/;
const APPROX = /(?:约|接近|左右|近)$/;
/** Words between a subject and its number that are not part of the subject. */
const LINK_WORDS =
  /(?:分别|再|双双|将|拟|提速|净增|净减|可节省|节省|可缩短|首次|再次|首度|力争|确保|预计|累计|全年|年均|平均|同比|比上年|基本|均|稳定|巩固|继续|持续|实际|名义|均值|微降|微涨|上涨|回落|每年|迈上|跨上|跨越|连跨|跨过|跃上|站上|近|压缩到|压缩至|压减到|压减至|缩短到|缩短至|压缩|压减|缩减|压降|缩短|保持在|保持|控制在|控制到|控制|提高到|提高至|提升至|提升到|增长到|增长至|增至|增到|升至|上升到|上升至|降至|降到|下降到|下降至|减少到|减少至|增长|增加|提高|提升|上升|下降|降低|减少|不少于|不低于|不超过|不高于|达到|达|超过|超|突破|过|至|到|为|在|约|接近|实现|完成|了)+$/;
const LEAD_WORDS = /^(?:并|和|及|与|同时|其中|力争|力促|确保|努力|全面|全力|预计|初步预计|累计|全年|今年底|今年|年底前|年底|去年|年内|目前|当前|实现|完成|提出|包括)+/;
/** Verbs after which the measured thing follows the number: 实施45项为民办实事项目. */
const COUNT_VERB =
  /(?:新增|新建|新开工|培育|实施|建设|建成|改造|开工|完成|签约|组织|开展|提供|解决|吸纳|引进|打造|创建|办好|推进|举办|发放|认定|扶持|抓好|推动|加快|建立|推广|发挥|培养|发展|提升|改建|布局|招引|筹集|设立|新上|安排|落实|支持|改造提升|新培育|争创|深化|新建和改建|新建和改造|改造提升|提供|覆盖)$/;
const LEADING_VERB = new RegExp(`^(?:${COUNT_VERB.source.slice(3, -2)})`);

const REVIEW_HEADING = /回顾|过去一年|过去五年|一年来|五年来|工作总结|去年工作|发展成就|主要成就|取得的成绩/;
const REVIEW_OPENER = /^(?:一年来|过去一年|过去的一年|五年来|过去五年|过去的五年|去年|刚刚过去的|\d{4}年，?我们)/;
/** In a review, only these make a sentence a commitment (力争…, 今年…): 目标 there is usually one that was met. */
const REVIEW_TARGET_MARK = /力争|确保|今年|新的一年|明年/;

const THEMES: [string, RegExp][] = [
  ['employment', /就业|岗位|创业|技能培训|失业/],
  ['environment', /空气|PM|pM|水质|排放|碳|森林|绿地|绿化|污水|垃圾|生态|能耗|造林|水源|优良天数|河湖|厕所|黑臭|土壤|用地安全/],
  ['science', /研发|R&D|高新技术|科技|专利|创新|专精特新/],
  ['agriculture', /粮食|农业|耕地|播种|农产品|畜|渔|示范片|乡村振兴|种植/],
  ['education', /学位|学校|教育|幼儿园|教师|高校|校长|技能人才|毕业生/],
  ['health', /医院|医疗|床位|卫生|医生|寿命|托位|托育|养老|健康|医保|药品|疫苗/],
  ['housing', /住房|棚改|保障性|老旧小区|安置房|商品房|燃气|气化/],
  ['infrastructure', /公路|铁路|管网|5G|基站|充电|港|机场|吞吐量|光网|线路|电网|供水|停车|道路|水利/],
  ['culture', /文化|体育|健身|演出|博物馆|文物|非遗|旅游|文旅/],
  ['economy', /生产总值|GDP|收入|投资|消费|出口|进出口|工业|产值|税|财政|企业|项目|经济|外资|贷款|零售|物价|价格|招商|产业|增加值|规模/],
];

export function themeOf(text: string): string {
  for (const [theme, re] of THEMES) if (re.test(text)) return theme;
  return 'other';
}

function parseNumber(s: string): number | null {
  if (/^\d/.test(s)) return Number(s.replace(/,/g, ''));
  return chineseNumeral(s);
}

/**
 * A target in a part about a five-year plan (“十五五”时期主要目标任务) is due at the plan's end, unless its sentence
 * speaks of this year (今年, 年内, 2026年).
 */
function planDeadline(ancestry: string, sentence: string): number | null {
  const plan = ancestry.match(/十([一二三四五六七八九])五[”"]?(?:时期|规划|期间|发展)/);
  if (!plan || /今年|明年|年内|\d{4}年/.test(sentence)) return null;
  return 1955 + 5 * (10 + chineseNumeral(plan[1])!);
}

function deadlineOf(sentence: string, before: string): number | null {
  const m = before.match(/(?:到|至|于)(\d{4})年|(\d{4})年(?:底|末|年底)?前|(\d{4})年(?:底|末)/) ?? sentence.match(/到(\d{4})年/);
  if (m) return Number(m[1] ?? m[2] ?? m[3]);
  const plan = sentence.match(/[“"]?十([一二三四五六七八九])五[”"]?(?:末|时期|期间)/);
  // The n-th five-year plan (n ≥ 3) ends in 1955 + 5n: 十四五 → 2025, 十五五 → 2030.
  if (plan) return 1955 + 5 * (10 + chineseNumeral(plan[1])!);
  return null;
}

const RATE_UNIT = /^(?:%|个百分点|倍)$/;
/** A change by an amount: 比上年减少300亿元, 同比增加32天, 增加5万人 — the amount is the change, not the level. */
const COMPARED = '(?:(?:比|较)(?:上年|去年|上一年|\\d{4}年|年初)|同比|环比)';
// 人均财政补助标准提高30元, 年均缩减近2000平方公里: a verb of change right before an amount (a bound word between them
// aside) says the amount is the change. Not after a verb that makes things (改造提升10个 counts what was improved).
const CHANGE_UP = new RegExp(`(?:${COMPARED}[^，。；、]{0,4}?(?:增加|增长|提高|提升|上升|多)|(?<!新)增加|(?<=\\p{Script=Han})(?<![、和及与]|改造|建设|升级|培育|打造|改建|提质|新建|整体|全面|持续|着力|加快|不断|进一步)(?:提高|提升)|净增)了?(?:约|近|超过|超)?$`, 'u');
const CHANGE_DOWN = new RegExp(`(?:${COMPARED}[^，。；、]{0,4}?(?:减少|下降|降低|压减|缩减|少)|减少|缩减|压减|降低|净减|(?:可|能)?(?:节省|节约|缩短))了?(?:约|近|超过|超)?$`);

/** A bound said between a verb of change and its number (增长超过30%, 下降近2%): the change keeps its direction. */
const BOUND_AFTER_VERB = /(?:超过|超|不低于|不少于|至少|达到|达|近|约|接近|突破|逾)$/u;
/** The name of a change, then its number (三项增速分别为5.7%, 医用耗材平均降幅达34.2%). */
const GROWTH_NAMED = /(?:增速|增幅)(?:分别)?(?:为|达到|达|是)$/u;
const DECLINE_NAMED = /降幅(?:分别)?(?:为|达到|达|是)$/u;

function comparatorOf(before: string, bound: string | undefined, unit: string): Comparator {
  // 增长6.5% is a growth rate; 提高到62.5% names the level reached, and 改造提升10个 is a count.
  const verb = before.replace(BOUND_AFTER_VERB, '');
  if (RATE_UNIT.test(unit) && (GROWTH.test(verb) || GROWTH_NAMED.test(before))) return 'growth';
  if (RATE_UNIT.test(unit) && (DECLINE.test(verb) || DECLINE_NAMED.test(before))) return 'decline';
  if (!RATE_UNIT.test(unit) && CHANGE_UP.test(before)) return 'growth';
  if (!RATE_UNIT.test(unit) && CHANGE_DOWN.test(before)) return 'decline';
  if (bound === '以上') return 'gte';
  if (bound === '以下' || bound === '以内') return 'lte';
  if (bound === '左右' || bound === '上下') return 'approx';
  // 不超过 ends in 超过 and 不低于 in 低于: the negated forms decide first.
  if (/(?:不超过|不高于|不多于|不大于|不足|不到)$/.test(before)) return 'lte';
  if (/(?:不少于|不低于|不小于)$/.test(before)) return 'gte';
  if (GTE.test(before)) return 'gte';
  if (LTE.test(before)) return 'lte';
  if (APPROX.test(before)) return 'approx';
  return 'eq';
}

/** Words that join a pair (城乡 = 城镇 and 农村), with the pair in the order the word names it. */
export const COMPOUND_PAIRS: [string, string, string][] = [
  ['城乡', '城镇', '农村'],
  ['存贷款', '存款', '贷款'],
  ['进出口', '进口', '出口'],
];

/** Scopes that come in pairs and share the noun after them: 城镇和农村居民…, 进口和出口…. */
const PAIRED_SCOPE = '城镇|农村|城市|乡村|城区|郊区|国内|国外|境内|境外|进口|出口|男性|女性|市区|县域';

/** The measure words a list of subjects may share when only the last one states it (政府会议和发文数量). */
const SHARED_MEASURE = /(?:毛入学率|毛入园率|吞吐量|数量|人数|总额|总量|规模|产值|增加值|产量|面积|比重|占比|比例|覆盖率|普及率|达标率|收入|投资|余额)$/u;
/** How a measure's name ends: a part ending so names a quantity on its own (游客人次、旅游花费). */
const MEASURE_END = /[率额量数值比重费入金准次资价润收耗度件]$/u;

/**
 * 中心城区、平川县、山区县平均城镇气化率 → three subjects sharing 平均城镇气化率. `splitAnd`: the values are of one kind,
 * so 和 joins subjects too (政府会议和发文数量分别减少15.2%和20.3%), which it does not when the units differ
 * (药品和医用耗材集中带量采购品种分别突破600个、20类: one subject). Null when the parts cannot be told apart.
 */
function distribute(subjectText: string, count: number, splitAnd = false): string[] | null {
  let parts = subjectText.split('、').map((s) => s.trim()).filter(Boolean);
  // 城镇和农村居民人均可支配收入分别…: two paired scopes joined by 和 share what follows (药品和医用耗材…品种 do not split).
  const paired = subjectText.match(new RegExp(`^(${PAIRED_SCOPE})(?:和|与|及|、)(${PAIRED_SCOPE})(.+)$`, 'u'));
  if (count === 2 && paired) return [`${paired[1]}${paired[3]}`, `${paired[2]}${paired[3]}`];
  // 城乡居民…, 存贷款余额, 进出口: a word that joins two (城镇和农村, 存款和贷款) shares the rest, in that order.
  if (count === 2 && !subjectText.includes('、')) {
    for (const [joined, first, second] of COMPOUND_PAIRS) {
      const at = subjectText.indexOf(joined);
      if (at < 0) continue;
      const [head, tail] = [subjectText.slice(0, at), subjectText.slice(at + joined.length)];
      return [`${head}${first}${tail}`, `${head}${second}${tail}`];
    }
  }
  if (parts.length !== count && splitAnd) parts = subjectText.split(/[、和及与]/u).map((s) => s.trim()).filter(Boolean);
  if (parts.length !== count) return null;
  // 对非洲、拉美市场出口: a preposition before the first part governs them all.
  const lead = parts[0].match(/^(?:对|向|与|在|从)/u)?.[0] ?? '';
  if (lead && !parts[parts.length - 1].startsWith(lead)) {
    const inner = distribute([parts[0].slice(lead.length), ...parts.slice(1)].join('、'), count, false);
    return inner && inner.map((p) => `${lead}${p}`);
  }
  const last = parts[parts.length - 1];
  const others = parts.slice(0, -1);
  // 电信网络诈骗案件受理数、案损数: a short last measure shares the first one's opening words.
  if (last.length <= 3 && MEASURE_END.test(last) && others.every((o) => o.length > last.length + 1 && o.at(-1) === last.at(-1))) {
    const lead = others[0].slice(0, others[0].length - last.length);
    if (others.every((o) => o.startsWith(lead))) return [...others, `${lead}${last}`];
  }
  // Parts that name a measure on their own are complete; the others take the last one's tail.
  // A share or a rate in the last part (…支持民间投资项目比重) is not named by the others' own measure words.
  const share = RATE_NAME.test(last);
  const incomplete = others.filter((o) => !MEASURE_END.test(o) || (share && !RATE_NAME.test(o)));
  if (incomplete.length === 0) return parts;
  const lengths = incomplete.map((p) => p.length);
  let cut = -1;
  // The tail starts after the character the parts end in (中心城区、平川县、山区县平均…: after 县).
  // (Searched as far as the last part goes: 地表水、近岸海域水质优良比例 share 质优良比例 after 水.)
  for (let p = Math.min(...lengths); p < last.length; p++) {
    if (incomplete.some((o) => o.at(-1) === last[p - 1])) {
      cut = p;
      break;
    }
  }
  // Names of one length (第一、第三产业增加值, 能源、旅游投资): the last one's name is as long, the rest is shared.
  // (粮食、蔬菜、肉蛋奶产量: two names of one length, the last's of another — they share its measure word, 产量.)
  const measureOfLast = last.match(SHARED_MEASURE)?.[0];
  const otherLength = incomplete.length >= 2 && !!measureOfLast && last.length - measureOfLast.length !== lengths[0];
  if (cut < 0 && !otherLength && incomplete.every((o) => o.length === lengths[0]) && lengths[0] <= 3 && lengths[0] <= last.length - 2) cut = lengths[0];
  let shared: string;
  if (cut >= 0) shared = last.slice(cut).replace(/^[”」』"]+/u, ''); // 城市公园、“口袋公园”保有量
  else {
    // Else they share the last one's measure word (高中阶段和高等教育毛入学率), or nothing that can be told
    // (对非洲、拉美市场出口).
    const measure = last.match(SHARED_MEASURE)?.[0];
    // A bare 比重 or 率 leaves out what the share is of: only a rate named whole (毛入学率) is shared.
    if (!measure || measure === last || (share && measure.length < 3)) return null;
    shared = measure;
  }
  return [...others.map((o) => (incomplete.includes(o) ? o + shared : o)), last];
}

interface Candidate {
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
}

function insideQuotes(text: string, at: number): boolean {
  const before = text.slice(0, at);
  return (before.match(/“/g) ?? []).length > (before.match(/”/g) ?? []).length;
}

/** Words that end a subject and introduce its value, for telling a measured age from an age that qualifies a group. */
const MEASURED_AGE = /(?:寿命|年龄)(?:平均)?(?:达到|提高到|提高至|提升到|提升至|延长到|延长至|增加到|增至|达|为|约|超过)?$/;

function quantities(clause: string): Candidate[] {
  const out: Candidate[] = [];
  for (const m of clause.matchAll(QUANTITY)) {
    const g = m.groups!;
    const start = m.index!;
    const end = start + m[0].length;
    const prev = clause[start - 1] ?? '';
    const next = clause.slice(end, end + 4);
    const before = clause.slice(0, start);
    const rest = clause.slice(end);
    // A rank (全国第3位, 居中部第1位): 第 is a quantity's ordinal only before 位 or 名.
    const rank = prev === '第' && /^(?:位|名)$/.test(g.unit);
    // Codes and names: a letter or symbol glued to the number (5G, G228, PM2.5, 3#, 9+5, 2.0平台, 第十七届).
    if (/[A-Za-z#＃+._]/.test(prev) || /^[A-Za-z#＃+]/.test(next) || (prev === '第' && !rank)) continue;
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
    // 经济总量超500亿元的县域: a qualifier, not a target (unless it is this row's own measure: 达到…以上的).
    if (/^的/.test(rest) && !g.bound) continue;
    // 5.5%左右的预期增长目标与…衔接: a target named again, not stated.
    if (/^的[^，。；]{0,10}目标/.test(rest)) continue;
    // 折合1139亿元人民币: the same quantity restated in another unit.
    if (/(?:折合|约合|合计折合)$/.test(before)) continue;
    const isChinese = !/^\d/.test(g.num);
    // A Chinese numeral is a quantity only after a comparator (超千亿元); elsewhere it counts the text's own
    // parts (三项工程, 十个方面) or names things (十亿元镇, 百亩以上示范片).
    if (isChinese && !/(?:超|超过|突破|达|达到|过)$/.test(before)) continue;
    // 过三千亿元城市, 超百亿元企业: a Chinese-numeral amount glued to a noun names a class of things.
    if (isChinese && /^\p{Script=Han}/u.test(rest) && !/^(?:以上|以下|左右|以内|的)/.test(rest)) continue;
    // 每10万人拥有…: a denominator, not a quantity.
    if (/每$/.test(before)) continue;
    let value = parseNumber(g.num);
    if (value === null) continue;
    // 4.23万余户, 30多个: more than the number, in the unit without 余.
    let unit = `${g.mag ?? ''}${g.unit}`;
    if (isChinese && /^[十百千]$/.test(g.num) && /^[万亿]/.test(unit)) {
      unit = g.num + unit; // 超千亿元: one 千亿元, as written
      value = 1;
    }
    if (g.pct) unit = '%';
    // 20万吨级泊位, 1000吨级航道: a class of things, not a quantity of them (read, and withheld).
    // 收入50万元以上的行政村: with a bound, a number before 的 is still a qualifier unless a verb states it (达到…以上的).
    const qualifier = /^的/.test(rest) && !!g.bound && !/(?:达到|达|超过|超|突破|在|为|提高到|提升到|增加到|增至)$/.test(before);
    // 2×35万千瓦: a unit's size in a specification, likewise.
    // 7条路径: a count of the text's own lines of work, likewise.
    // 连跨400亿元、500亿元、600亿元三个台阶: thresholds passed, counted as milestones — no level of anything.
    const milestones = /^(?:、[^，。；、]{1,12})*[两二三四五六七八九十]个[^，、。；]{0,4}(?:台阶|大关|关口)/u.test(rest);
    // 稳就业18条、脱贫人口就业帮扶12条等政策措施: a package of policy articles named by its count.
    // 位列全国337个城市第17位, 在全省21个市中排名第3: how many places are ranked is no quantity of the place's.
    const rankedPlaces =
      /个$/u.test(g.unit) &&
      /^(?:同类|地区|省份|城市|省区市|省区|地市|市州|县市区|县区|市|县|区|国家|经济体)(?:中|之中)?(?:排名|排|位列|位居|居)?(?:第|前)[\d一二三四五六七八九十]+(?:位|名)/u.test(rest);
    const policyName = /条$/u.test(g.unit) && /^(?:[、和及][^，。；]*)?等[^，。；]{0,6}(?:政策|措施|举措)/u.test(rest);
    // 边境0—3公里范围内普通高中: a zone that names a class of places.
    const classOf = /^[级制]/.test(rest) || /^范围/u.test(rest) || /[×xX]$/.test(before) || /^(?:路径|途径)/.test(rest) || qualifier || milestones || policyName || rankedPlaces;
    out.push({ start: rank ? start - 1 : start, end, value, valueMax: g.max ? Number(g.max) : null, unit, bound: g.bound ?? (g.more ? '以上' : undefined), rank, classOf, rankedPlaces });
  }
  return out;
}

/** Achievement or target, from the section's place in the report, the paragraph's opening and its verbs. */
function kindOf(ancestry: string, paragraph: string, sentence: string, year: number | null, reviewPart: boolean): TargetKind {
  // A part headed by the year before the report's (2025年主要工作 in a 2026 report) reviews it.
  const pastYearHeading = year !== null && ancestry.includes(`${year - 1}年`) && !ancestry.includes(`${year}年`);
  // A paragraph that opens as a review (一年来…) reports results, unless a sentence states a commitment.
  // Under a review heading, too: there 目标 and 要 are mostly goals that were met (高于预期目标, 重要讲话).
  if (reviewPart || REVIEW_OPENER.test(paragraph) || REVIEW_HEADING.test(ancestry) || pastYearHeading) return REVIEW_TARGET_MARK.test(sentence) ? 'target' : 'achievement';
  // In a part that plans, a sentence that says when it happened says it is a result: 2023年，全市完成…, 去年…,
  // 过去五年… (not 比上年 or 较去年, a base of comparison; not with 力争, 确保, 将, 目标: a commitment still).
  if (!PLAN_MARK.test(sentence) && (pastOpening(sentence, year) || PAST_TIME.test(sentence))) return 'achievement';
  return 'target';
}

/** Words that make a sentence a commitment, wherever it stands. */
const PLAN_MARK = /力争|确保|预期|目标|将|(?<!按)计划|今年|明年|新的一年|到\d{4}年|\d{4}年(?:前|底前|末前)/u;
/** Times of a result: a review's opening words, or 去年 as the time of the clause (not 比去年, 较上年, 去年同期). */
const PAST_TIME = /已(?:经)?(?:按计划|全部|基本)?(?:完成|建成|竣工|投入使用|投用|开通|配送完毕|实现)|完毕|过去一年|过去五年|一年来|五年来|(?:^|[，,])(?:去年|上年)(?!同期)(?=[^，。；]*(?:完成|实现|达到|增长|新增|建成))/u;
function pastOpening(sentence: string, year: number | null): boolean {
  const m = sentence.match(/^(\d{4})年(?:[，,]|[^，。；]{0,6}(?:全年|完成|实现))/u);
  return m !== null && year !== null && Number(m[1]) < year;
}

/**
 * Every quantitative target and achievement of a report, clause by clause. `year` is the year the report is
 * delivered and plans for (null when unknown: then no row gets a period); the vocabulary names indicators by id.
 */
export function extractTargets(
  reportSlug: string,
  sections: Section[],
  year: number | null,
  vocabulary: Vocabulary = EMPTY_VOCABULARY,
  documentKind: string | null = null,
): Target[] {
  // A statistical bulletin (统计公报) states the results of its own year and plans nothing: every row is an
  // achievement of that year, whatever its headings or verbs say.
  const bulletin = documentKind !== null && /公报$/u.test(documentKind);
  const byId = new Map(sections.map((s) => [s.id, s]));
  const targets: Target[] = [];
  const withheldReasons: string[] = [];
  // What the review around a paragraph is about (去年 / 五年来), carried from paragraph to paragraph within a part.
  let scope: ReviewScope | null = null;
  // A part whose first paragraph opens as a review (一年来，我们…) is a review throughout, whatever its headings say.
  let reviewPart = false;
  let partOpened = false;
  for (const section of sections) {
    if (section.parent === null) {
      reviewPart = false;
      partOpened = false;
    }
    if (!partOpened && section.paragraphs.length > 0) {
      partOpened = true;
      reviewPart = REVIEW_OPENER.test(section.paragraphs[0].text);
    }
    let ancestry = '';
    for (let s: Section | undefined = section; s; s = s.parent ? byId.get(s.parent) : undefined) ancestry = `${s.title} ${ancestry}`;
    if (section.level === 1 || section.parent === null) scope = reviewScopeOf(ancestry, year);
    else scope = reviewScopeOf(section.title, year) ?? scope ?? reviewScopeOf(ancestry, year);
    let k = 0;
    // A main-targets passage whose marker closed its paragraph continues in the paragraphs after it, as long as they
    // go on as a list: each after one that ended in ；, or led by the same mark (——, 1.) as the list's first line.
    let passageOpen = false;
    let afterSemicolon = false;
    let listMark: string | null = null;
    // Under a heading that names the main targets, the first paragraph that gives numbers opens the passage.
    let awaitingPassage = isHeadlineHeading(section.title);
    for (const para of section.paragraphs) {
      if (awaitingPassage && headlineStart(para.text) < 0 && hasQuantity(para.text)) {
        passageOpen = true;
        afterSemicolon = true;
      }
      if (awaitingPassage && (passageOpen || headlineStart(para.text) >= 0)) awaitingPassage = false;
      const text = para.text;
      const opening = text.match(/^[^，。；：]*[，。；：]?/u)?.[0] ?? '';
      scope = reviewScopeOf(opening, year) ?? scope;
      const mark = listMarkOf(text);
      const continuing = passageOpen && (afterSemicolon || (listMark !== null && mark === listMark));
      const passage = headlinePassage(text, continuing);
      if (passage !== null && headlineStart(text) >= 0) {
        // The marker's own paragraph: the list follows when it closes on the marker or on a ；.
        passageOpen = passage.end === text.length && (passage.start === text.length || /[；;]$/.test(text));
        afterSemicolon = passageOpen;
        listMark = null;
      } else if (continuing) {
        if (listMark === null) listMark = mark;
        afterSemicolon = /[；;]$/.test(text);
        // A line without a number goes on only as a list item that ends in ；(——居民收入增长与经济增长同步；).
        passageOpen = passage !== null ? passage.end === text.length : afterSemicolon && !HEADLINE_END.test(text);
      } else passageOpen = false;
      const sentenceRe = /[^。！？；]+[。！？；]?/gu;
      for (const sm of text.matchAll(sentenceRe)) {
        const sentence = sm[0];
        const sentenceStart = sm.index!;
        const clauseRe = /[^，：]+[，：]?/gu;
        let previous: Previous | null = null;
        let numberless: { text: string; start: number } | null = null;
        // The rows read so far in this sentence (旅游收入106.8亿元，分别增长29%和49.7%: a list of values of them).
        const sentenceRows: { indicator: string; start: number }[] = [];
        for (const cm of sentence.matchAll(clauseRe)) {
          const clause = cm[0].replace(/[，：。！？；]$/, '');
          const clauseStart = sentenceStart + cm.index!;
          const found = quantities(clause);
          if (found.length === 0) {
            numberless = { text: clause, start: clauseStart };
            continue;
          }
          const kind = kindOf(ancestry, text, sentence, year, reviewPart);
          const earlier = sentenceRows.map((x) => ({ indicator: x.indicator, start: x.start - clauseStart }));
          const rows = rowsOfClause(clause, found, previous, numberless ? { text: numberless.text, start: numberless.start - clauseStart, earlier } : { text: '', start: 0, earlier });
          for (const r of rows) {
            // A withheld row still takes its number, so that the ids of the rows after it do not shift.
            k++;
            if (r.withheld) {
              withheldReasons.push(r.withheld);
              continue;
            }
            const quoteStart = r.quoteStart === null ? previous!.quoteStart : clauseStart + r.quoteStart;
            const numberAt = clauseStart + r.numberStart;
            const quote = text.slice(quoteStart, clauseStart + r.quoteEnd);
            const headline = passage !== null && numberAt >= passage.start && numberAt < passage.end;
            // Outside the headline passage (whose rows are checked against a gold), a row must read right on its own.
            const unfit = headline ? null : unfitIndicator(r, quote);
            if (unfit) {
              withheldReasons.push(unfit);
              continue;
            }
            const beforeNumber = sentence.slice(0, numberAt - sentenceStart);
            // 到2030年，…；…达到9万元左右: a deadline holds to the end of its sentence, over its semicolons.
            const fullStart = Math.max(...['。', '！', '？'].map((p) => text.lastIndexOf(p, sentenceStart - 1))) + 1;
            const kindHere = bulletin ? 'achievement' : headline ? 'target' : kind;
            // 财政赤字率控制在2.8% said of a year past is the level it came to; of a year ahead, a ceiling.
            const comparator = kindHere === 'achievement' && r.comparator === 'lte' && r.bound === null && /控制在$/u.test(clause.slice(0, r.numberStart).trimEnd()) ? 'eq' : r.comparator;
            // A deadline is a target's (从2020年的3.68万亿元增长到2025年的…: 2025 is no deadline of the 2020 level); the year's
            // main targets are the report's year's, even in a part about the five-year plan.
            const deadline =
              kindHere !== 'target'
                ? null
                : (deadlineOf(sentence, text.slice(fullStart, quoteStart)) ?? (headline ? null : planDeadline(ancestry, sentence)));
            const clauseBefore = clause.slice(0, r.numberStart);
            const annualAverage = ANNUAL_AVERAGE.test(clauseBefore);
            const { action, indicator } = splitAction(r.indicator);
            const entry = lookupIndicator(vocabulary, indicator) ?? lookupIndicator(vocabulary, r.indicator);
            const id = entry && unitFits(entry, r.unit) ? entry : null;
            const canonical = id ? toCanonical(id, r.value, r.unit) : null;
            targets.push({
              id: `t-${section.id}-${k}`,
              report: reportSlug,
              section: section.id,
              kind: kindHere,
              indicator,
              action,
              value: r.value,
              valueMax: r.valueMax,
              unit: r.unit,
              comparator,
              deadline,
              quote,
              theme: themeOf(`${r.indicator} ${section.title}`),
              bound: r.bound,
              headline,
              indicatorId: id?.id ?? null,
              period:
                kindHere === 'target'
                  ? targetPeriod(deadline, year, annualAverage)
                  : achievementPeriod(beforeNumber, sentence, scope, year),
              annualAverage,
              estimated: ESTIMATE.test(beforeNumber),
              canonicalValue: canonical?.value ?? null,
              canonicalUnit: canonical?.unit ?? null,
            });
          }
          numberless = null;
          for (const r of rows) if (!r.withheld && r.quoteStart !== null && !r.respectively) sentenceRows.push({ indicator: r.indicator, start: clauseStart + r.quoteStart });
          const published = rows.filter((r) => !r.withheld);
          if (published.length) {
            const last = published[published.length - 1];
            const listed = published.length === rows.length && rows.length >= 2 && rows.every((r) => r.respectively);
            previous = {
              indicator: last.indicator,
              quoteStart: last.quoteStart === null ? previous!.quoteStart : clauseStart + last.quoteStart,
              subjects: listed ? rows.map((r) => r.indicator) : undefined,
              listNamed: listed ? rows[0].named : undefined,
              named: last.named,
            };
          }
        }
      }
    }
  }
  // 提出上述预期目标…城镇调查失业率5.5%左右，体现了…: a main target named again after its passage (to explain it, or
  // in the part that carries it out) is the same target, not another one: one row, the headline's.
  const headlineKeys = new Set(targets.filter((t) => t.headline).map(restatementKey));
  const kept = targets.filter((t) => t.headline || t.kind !== 'target' || !headlineKeys.has(restatementKey(t)));
  for (let i = kept.length; i < targets.length; i++) withheldReasons.push('a main target named again after its passage');
  WITHHELD.set(kept, withheldReasons);
  return kept;
}

function restatementKey(t: Target): string {
  return JSON.stringify([t.indicator, t.value, t.valueMax, t.unit, t.comparator, t.bound, t.period?.from ?? null, t.period?.to ?? null]);
}

/**
 * (Not 带动, 撬动, 吸纳, 争取: 带动固定资产投资增长5.1% is a contribution to the thing, not the thing; 争取 is as often
 * "strive to" as "obtain".)
 * Verbs that do something to the measured thing (建设高标准农田10万亩: 高标准农田 is measured, 建设 is done to it). 新增
 * and 累计 are not among them: 城镇新增就业 and 新增风电光伏装机 name a measure of their own.
 */
const ACTION_VERB =
  '(?:新建成|新开工|新培育|新改建|改造提升|提升改造|筹措供应|提质|升级|扩容|提升|推动|推进|投放|推出|调剂|新创建|配备|配置|清洁替代|替代|释放|提请|审议|修订|办理|受理|接待|收治|救助|资助|帮扶|培训|奖励|补贴|签订|颁发|推广|启动实施|启动|放映|审议|提请审议|提请|修订|废止|清退|腾退|拆除|整改|查处|办结|受理|招聘|安置|慰问|走访|排查|抽检|兑现|拨付|下达|募集|减征|缓缴|印发|新开通|开通|改扩建|续建|铺设|敷设|架设|栽植|复垦|引育|建设|新建|改建|扩建|建成|实施|开工|完成|改造|培育|引进|招引|举办|打造|创建|争创|安排|发行|筹集|筹措|供应|设立|组建|开展|组织|提供|解决|发放|认定|落实|制订|制定|出台|签约|整治|治理|修复|清理|清拆|关闭|淘汰|建立|收储|出让|盘活|处置|化解|减免|参与制订|参与制定)';
/** A verb of the clause at the head of a subject, after a modal (拟, 将) or a manner word (圆满, 基本). */
const ACTION_HEAD = new RegExp(`^(?:拟|将|计划|要)?(?:加快|大力|积极|依法|持续|着力|稳步|有序|扎实|深入|高效|高标准|统筹|逐步|分[两二三四五]期|分批|先后|陆续|全年)?(?:圆满|基本|全面|顺利|率先|集中|重点|协调|试点|共)?${ACTION_VERB}(?:[和、]?${ACTION_VERB})*`, 'u');

/**
 * The indicator without the verb of its clause, and the verb as the row's action: 建设高标准农田 → 高标准农田 + 建设.
 * The verb stays where what is left would name no thing (完成投资: 投资 of what), or only a measure of the verb
 * (开工率, 建设规模).
 */
export function splitAction(indicator: string): { action: string | null; indicator: string } {
  // 全市完成固定资产投资: a scope before the verb stays with the thing measured (全市固定资产投资).
  const scope = indicator.match(/^(?:全[市省区县州盟国]|我[市省区县州盟]|每个?(?:街道|社区|乡镇|镇|村|县|区|学校|校))(?=\p{Script=Han}{4})/u)?.[0] ?? '';
  if (scope) {
    const inner = splitAction(indicator.slice(scope.length));
    return inner.action ? { action: inner.action, indicator: `${scope}${inner.indicator}` } : { action: null, indicator };
  }
  // 交通基础设施建设完成投资: the investment in the thing, done (完成) — one measure, 交通基础设施建设投资.
  const invested = indicator.match(/^(.{2,}?)(完成|实现|累计完成)(投资|投入)$/u);
  if (invested && !/(?:超额|已|未|均)$/u.test(invested[1])) return { action: invested[2], indicator: `${invested[1]}${invested[3]}` };
  // 新区实现地区生产总值: a place that did it, then the verb, then the measure: the place's measure.
  const placed = indicator.match(/^(\p{Script=Han}{1,4}?[市省区县州盟旗])(实现|完成)(\p{Script=Han}{2,})$/u);
  if (placed && !BARE_MEASURE.test(placed[3])) return { action: placed[2], indicator: `${placed[1]}${placed[3]}` };
  const m = indicator.match(ACTION_HEAD);
  if (!m) {
    // 棚户区改造住房新开工580套, 固定资产投资完成194亿元: a verb of completion after the noun is the predicate.
    // (Not 改造, 建设, 治理 after a noun: 老旧小区改造 names a kind of project.)
    const done = indicator.match(/^(.{2,}?)((?:基本|全面|累计)?(?:新开工|开工|新建成|建成|完成|竣工|投产|完工))$/u);
    if (done && !/[的了和及与、或]$/u.test(done[1]) && !BARE_MEASURE.test(done[1]) && !HEAD_NOUN.test(done[1])) return { action: done[2], indicator: done[1] };
    return { action: null, indicator };
  }
  const rest = indicator.slice(m[0].length);
  // (Nor where what is left names no thing of its own: 改造举措 is not 举措, 建成通车 not 通车.)
  if (
    rest.length < 2 ||
    !/\p{Script=Han}{2}/u.test(rest) ||
    /^[的了和及与、，率量数]/u.test(rest) ||
    BARE_MEASURE.test(rest) ||
    HEAD_NOUN.test(rest) ||
    /^(?:任务|工作|目标|项目数|规模|面积|总量|举措|措施|政策|方案|行动)$/u.test(rest) ||
    /^(?:通车|投产|投用|运营|使用|开放|开业|竣工|完工)/u.test(rest) ||
    // 建成区, 建设用地, 启动区, 整治区域: a verb before a word of place or land makes a noun, not an action.
    /^(?:区(?!级|属|直|政府|委|人大|政协)|区域|用地|地块|片区|园区)/u.test(rest) ||
    // 修订或废止…, 整治提升类城中村: a verb joined to another, or a class word after it, is no thing measured.
    /^[或和及与类型式级]/u.test(rest) ||
    // 续建项目, 争取到…: a verb before 项目 names a kind of project; 到, 把 carry the verb on.
    /^(?:项目|到|把)/u.test(rest)
  ) {
    return { action: null, indicator };
  }
  // (共清理 → 清理: 共 says the number is a total, not how it was done.)
  return { action: m[0].replace(/^(?:拟|将|计划|要)/u, '').replace(/^(?:全年)?共/u, ''), indicator: rest };
}

/**
 * Why rows were read but not published, by the array extractTargets returned: targetNotes puts the counts in the
 * build log (a WeakMap, so that Target[] stays the plain array the rest of the pipeline passes around).
 */
const WITHHELD = new WeakMap<Target[], string[]>();

/** Does every character of `needle` occur in `hay`, in order? (争创省级高新区 in «争创2个省级经开区、1个省级高新区».) */
function readsIn(needle: string, hay: string): boolean {
  let at = 0;
  for (const ch of needle) {
    at = hay.indexOf(ch, at);
    if (at < 0) return false;
    at += ch.length;
  }
  return true;
}

/**
 * A number with its unit inside a name (行政村17.2公里的村巷硬化): another quantity the row swallowed. Ages and times
 * name groups and service circles (3岁以下婴幼儿, 15分钟生活圈), and 每10万人口 and 超500亿元的 are qualifiers.
 */
const QUANTITY_IN_NAME = new RegExp(`(?<![A-Za-z\\d.×每超过达\\-—–~～])\\d+(?:\\.\\d+)?(?!\\d)(?!(?:${MAGNITUDE})?(?:岁|周岁|分钟|小时|个小时|个月))(?:${UNIT})(?![A-Za-z]|(?:以上|以下)的|制|范围)`, 'u');
/** A name that opens with a number and its unit (95%以上的村…, 10大类): it names a part, not a measure. */
const OPENS_WITH_QUANTITY = new RegExp(`^\\d+(?:\\.\\d+)?(?!(?:岁|周岁|分钟|小时|个小时|个月))(?:[大小]?(?:类|个|项|种|批|条|组)|%|${UNIT})`, 'u');
/** Words that make a 、 item a statement of its own, not a part of the next item's name. */
const STATEMENT = /(?:第[一二三四五六七八九十\d]|前列|首位|位居|居全国|达到|实现|突破|增长|下降|全覆盖|台阶|大关)/u;
/** Measures that say nothing without the thing measured: 投资 of what, 产量 of what. */
const BARE_MEASURE = /^(?:年度|全年|年|总|计划)?(?:投资|投入|产量|产值|面积|收入|总量|数量|金额|资金|经费|规模)$/;
/** A per-head qualifier left without its noun (月人均分别提高…: the nouns were in the clause before). */
const BARE_QUALIFIER = /^(?:月|年|日)?(?:人|户)均?$/;
/** Names of a rate or share, which a count or an amount cannot measure. */
const RATE_NAME = /(?:率|比重|占比|比例)$/;

/**
 * Why a row outside the headline passage would read wrong, or null when it reads right: its indicator must be a
 * noun phrase that names what its number measures, and its quote must show both.
 */
function unfitIndicator(r: Row, quote: string): string | null {
  const ind = r.indicator;
  if (/等$/.test(ind)) return 'indicator ends in 等 (a list heading for another number)';
  // 其余7件已完成或基本完成: a name cut at a conjunction names nothing.
  if (/[或和及与]$/u.test(ind) || /已(?:完成|竣工|投产)或/u.test(ind)) return 'indicator is no name';
  // An indicator names something in words (two characters, or an abbreviation such as CPI), not a bracket.
  if (!/\p{Script=Han}{2}|[A-Za-z]{2}/u.test(ind)) return 'indicator is no name';
  // （含）以上: a bound and a bracketed note, left where a qualifier's number was read.
  if (/^(?:[（(][^）)]*[）)])*(?:以上|以下|以内|左右|上下)$/u.test(ind)) return 'indicator is no name';
  // 新增2家千亿级、24家百亿级工业企业: a class (千亿级) is no noun; the noun comes after the list.
  if (/(?:[千百万亿十]|国家|省|市|县|区|[A-Z\d])级$/u.test(ind) && COUNT_UNIT.test(r.unit)) return 'a class counted, its noun after the list';
  // 文化惠民工程、全民健身工程分别惠及3500万、2300万人次: a number without its unit swallowed into the name.
  if (/分别|\d(?:万|亿)?$/u.test(ind)) return 'indicator holds another number';
  // 游客人次、旅游花费均增长10%: two measures share one value; the row would name the list.
  if (ind.includes('、') && ind.split('、').every((p) => MEASURE_END.test(p)) && r.unit !== '') return 'a list of measures sharing one value';
  // 区域创新能力全国排名提升4位: a change of rank, not a rank.
  if (r.unit === '位' && /(?:提升|上升|前移|前进|跃升|下降|后退|下滑)\d+位/u.test(quote)) return 'a change of rank read as a rank';
  // 中国企业500强、民营企业500强中各有20家: one value for each of a list.
  if (/各有?\d/u.test(quote) && /、/.test(quote)) return 'one value for each item of a list';
  if (OPENS_WITH_QUANTITY.test(ind)) return 'indicator opens with another number (a count of groups or a share of things)';
  if (quantities(ind).some((c) => !c.classOf) || QUANTITY_IN_NAME.test(ind)) return 'indicator holds another quantity';
  if (BARE_MEASURE.test(ind) || BARE_QUALIFIER.test(ind)) return 'indicator is a measure without the thing measured';
  // 14个重点产业产值占农林牧渔业总产值: a share (X占Y) is no count of things.
  // (提升656公里公交专用道使用效率: a length is no efficiency either.)
  if ((RATE_NAME.test(ind) || /占/u.test(ind)) && (COUNT_UNIT.test(r.unit) || EXTENT_UNIT.test(r.unit))) return 'indicator names a rate but the number is a count or an amount';
  // A rank's indicator adds 排名 to the words of the text (居全国第3位 → …全国排名).
  const named = (r.named ?? ind).replace(/排名$/u, '').normalize('NFKC');
  const shown = quote.normalize('NFKC');
  if (!(r.borrowed ? [...named].every((ch) => shown.includes(ch)) : readsIn(named, shown))) return 'quote does not contain the indicator';
  return null;
}

/**
 * Where in a paragraph the year's main-targets passage runs: from its marker (主要预期目标是：) through the sentences
 * that go on giving numbers, up to one that turns to something else (这些目标…, 新的一年…) or states none.
 * `continuing`: the marker closed the previous paragraph, so this one is the passage's list.
 */
function headlinePassage(text: string, continuing: boolean): { start: number; end: number } | null {
  let start = headlineStart(text);
  if (start < 0) {
    if (!continuing || HEADLINE_END.test(text) || !hasQuantity(text)) return null;
    start = 0;
  }
  if (start === text.length) return { start, end: start };
  let end = start;
  let first = true;
  for (const sm of text.slice(start).matchAll(/[^。！？]+[。！？]?/gu)) {
    const sentence = sm[0];
    if (!first && (HEADLINE_END.test(sentence) || !hasQuantity(sentence))) break;
    first = false;
    end = start + sm.index! + sentence.length;
  }
  return { start, end };
}

/** The mark that leads a list line (——, ·, 1., （1）, ①), with its number folded so that 1. and 2. are one mark. */
function listMarkOf(text: string): string | null {
  const m = text.match(/^(?:——|—|·|•|\d{1,2}[.、．](?!\d)|[（(]\d{1,2}[)）]|[①-⑳])/u);
  return m ? m[0].replace(/\d{1,2}/, '#').replace(/[①-⑳]/u, '①') : null;
}

function hasQuantity(text: string): boolean {
  return text.split(/[，：；。！？]/u).some((clause) => quantities(clause).length > 0);
}

interface Row {
  indicator: string;
  value: number;
  valueMax: number | null;
  unit: string;
  comparator: Comparator;
  bound: Bound | null;
  /** Where the quote starts, relative to the clause; null when it starts where `previous` was stated. */
  quoteStart: number | null;
  quoteEnd: number;
  /** Where in the clause the number itself starts (the words before it decide 年均, 预计 and the period). */
  numberStart: number;
  /** The indicator joins words of the quote in another order than the text's (verb of this clause, noun of the last). */
  borrowed?: boolean;
  /** Why the row is read but not published (its indicator is not what the number measures); absent when published. */
  withheld?: string;
  /** One of the values of a 分别 list. */
  respectively?: boolean;
  /** The words of the text that name the row when its indicator unfolds them (城乡居民… → 城镇居民…): the quote shows these. */
  named?: string;
}

/** The subject of the last row of the sentence so far, and where its quote starts in the paragraph. */
interface Previous {
  indicator: string;
  quoteStart: number;
  /** The subjects of a 分别 list just read (城镇…、农村…), which a list of values after it without a subject shares. */
  subjects?: string[];
  /** The words that named those subjects in the text, when they unfold them (城乡居民…). */
  listNamed?: string;
  /** The words of the text that name the last row, when its indicator unfolds them (全市… → 城镇…). */
  named?: string;
}

/** A clause without a number just before this one (各类安全事故起数、受伤人数、死亡人数，分别下降…): a subject. */
interface SubjectClause {
  /** The rows read earlier in the sentence, where they start relative to this clause: a 分别 list may be of them. */
  earlier?: { indicator: string; start: number }[];
  text: string;
  /** Where it starts, relative to the clause that takes it as subject (so negative). */
  start: number;
}

/** Words before the subject that are not part of it: list markers, a plan period, 力争 and the like. */
function stripLead(s: string): string {
  return s
    .replace(/^[、和及与]+/, '')
    // List marks of a passage set out line by line: ——, ·, ①, 1., (1).
    .replace(/^(?:[—–\-·•]+|[①-⑳]|\d{1,2}[.、．](?!\d)|[（(]\d{1,2}[)）])\s*/, '')
    // 一是…, 二是…: a spoken enumeration.
    .replace(/^[一二三四五六七八九十]+是/u, '')
    .replace(/^“?十[一二三四五六七八九]五”?(?:末|时期|期间)/, '')
    .replace(LEAD_WORDS, '');
}

/**
 * A subject stated once for several numbers: 新签约项目250个、总投资1000亿元 → 新签约项目总投资; an administrative
 * level that replaces the first subject's (国家级…突破20家、省级突破50家) takes its place.
 */
function carryOver(first: string, part: string): string {
  const LEVEL = /(?:国家|省|市|县|区)级/;
  if (new RegExp(`^${LEVEL.source}$`).test(part) && LEVEL.test(first)) return first.replace(LEVEL, part);
  return `${first}${part}`;
}

/** Head nouns that name a measure of something said before them: 总额, 总量, 规模, 占比. */
const HEAD_NOUN = /^(?:总量|总额|总值|总数|总规模|规模|增量|占比|比重|总投资|增速|增幅)$/;
/** Verbs that cannot name a quantity on their own. */
const BARE_VERB = new RegExp(`^(?:${COUNT_VERB.source.slice(3, -2)}|筹措|帮扶|帮助|惠及|惠|落地|上线|形成|吸引|启动|出台|壮大|获评|串联|做好|完成了|了|仅用|首批)$`);

/** 比上年, 较2020年, 从2020年的: a base of comparison after a subject is not part of it. */
const COMPARISON_BASE = /(?:(?:比|较)(?:上年|去年|上年同期|同期|\d{4}年(?:末|底)?)|(?:从|由)(?:\d{4}年(?:末|底)?的?(?:不足|超过|约|近)?|(?:上半年|年初|一季度|上年|去年)的?|[^，。；、\d]{1,6}的)?|\d{4}年(?:末|底)?的)$/;

export function cleanSubject(s: string): string {
  // 在对美贸易下降超3成的情况下: a circumstance, not the subject; 连续6年: how long, not what.
  // （精品村20个）: a bracket opened before the subject and not closed in it is punctuation, not name.
  let out = stripLead(s.replace(/在[^，。；]*的(?:情况|背景|条件)下/u, '').replace(/^[）)」』】]+/u, '').replace(/^[（(](?=[^）)]*$)/u, ''))
    .replace(/(?:已|已经)?连续\d+年/u, '')
    // 全市现有省教育强镇5个: what there is, without 现有.
    .replace(/^((?:全[市省区县州盟]|我[市省区县州盟])?)(?:现有|共有|拥有)(?=\p{Script=Han}{2})/u, '$1')
    // 力争到2025年实现…: the deadline after a lead word, and the lead words after it.
    .replace(/^(?:到|至)\d{4}年(?:底|末)?前?(?:实现|完成|达到)?/u, '')
    .replace(LINK_WORDS, '')
    // 基础研究经费五年增长1倍, 收入按可比口径增长: a span of years and a statistical basis say how, not what.
    .replace(/(?:近|过去)?(?:[两三四五六七八九十]|(?<!\d)\d{1,2})年(?:来|间|内)?$/u, '')
    .replace(/(?:按(?:可比口径|可比价格)(?:计算)?|同口径(?:对比|比较)?|可比口径|可比)$/u, '')
    .replace(LINK_WORDS, '')
    // 汽车、无人机、3D打印机等高新技术产品出口: the examples before 等 name members of the subject, not the subject.
    .replace(/^[^，。；]*、[^，。；、]*?(?<![高平同对均上中初超])等(?![级次奖])(?=\p{Script=Han}{2,})/u, '');
  // 从2020年的 …, 较上年增长 …: strip the base, then whatever link words stood before it.
  for (let i = 0; i < 2 && COMPARISON_BASE.test(out); i++) out = out.replace(COMPARISON_BASE, '').replace(LINK_WORDS, '');
  return out.replace(/[、和及与]+$/, '').trim();
}

/** The bound the text puts on one number: 以上 / 不低于 (gte), 以内 / 不超过 (lte), 左右 (approx), X—Y (range). */
function boundOf(before: string, q: Candidate): Bound | null {
  if (q.valueMax !== null) return 'range';
  if (q.bound === '以上') return 'gte';
  if (q.bound === '以下' || q.bound === '以内') return 'lte';
  if (q.bound === '左右' || q.bound === '上下') return 'approx';
  if (/(?:不超过|不高于|不多于|不大于|不足|不到)$/.test(before)) return 'lte';
  if (/(?:不少于|不低于|不小于|至少|超过|超|突破)$/.test(before)) return 'gte';
  if (/前$/.test(before) && /^(?:位|名)$/.test(q.unit)) return 'lte';
  if (/(?:迈上|跨上|跃上|站上|跨越|连跨|跨过)$/.test(before)) return 'gte';
  if (/(?:约|接近|(?<![接附临最])近)$/.test(before)) return 'approx';
  return null;
}

/**
 * A rank: 居全国第3位, 位列中部第1位, 进入全国前10位. The indicator is what is ranked (the subject, or the subject of
 * the row before: 贷款余额达到9.38万亿元，居中部第1位) and where (全国, 中部): 各类贷款余额中部排名.
 */
const RANK = /^(.*?)(?:位居|位列|名列|居于|居|排名|排在|排|跃居|跃升至|跃升到|稳居|进入|挺进|保持在|保持|升至|上升至|列)?((?:全国|全省|全区|全市|全球|世界|中部|西部|东部|东北|西南|西北|长江经济带|同类城市|省会城市|副省级城市|计划单列市|各)?(?:\d+个)?(?:同类|地区|省份|城市|省区市|省区|地市|市州|县市区|县区|市|县|区)?中?(?:排名|排|位列|位居|居)?)(?:第|前)$/;
function rankSubject(pre: string, before: string | null): string | null {
  const m = cleanSubject(pre).match(RANK) ?? pre.match(RANK);
  if (!m) return null;
  let head = cleanSubject(m[1]) || before;
  if (!head) return null;
  // 第三产业增加值978.3亿元、增长8.5%、增速居全省第2位: a bare measure ranked is the measure of the subject just stated.
  if (/^(?:增速|增幅|总量|规模|增量)$/u.test(head) && before && head !== before) head = `${before}${head}`;
  // (全国337个城市: where it ranks, without how many are ranked.)
  return `${head.replace(/(?:排名|位次)$/, '')}${m[2].replace(/\d+个/u, '').replace(/中?(?:排名|排|位列|位居|居)$/u, '')}排名`;
}

/** Verbs that make or add the things a count after them counts (not 发展, 提升: also nouns, 高质量发展21项举措). */
const COUNTING_VERB = /(?:新增|新建|新开工|培育|实施|建设|建成|改造|开工|完成|签约|引进|打造|创建|认定|设立|争创|开展|举办|组建)$/u;
/** The verbs a subject opens with (开工改造城镇老旧小区: 开工改造). */
const COUNTING_LEAD = new RegExp(`^${COUNTING_VERB.source.slice(0, -1)}+`, 'u');
/** Words that say a thing was done, not what it is (…项目2758个、完工2746个). */
const DONE_VERB = /(?:完工|竣工|投产|开工|建成|完成|落地|开业|运营|投用|验收)$/u;
/** Units that count things (个, 项, 家 …), as against sizes and amounts (万吨, 公里, 亿元, %). */
const COUNT_UNIT = /^[万亿千百十]*(?:个|项|家|所|座|条|张|套|台|辆|场|名|处|类|种|份|件|支|批|栋|艘|架|篇|部|间|床|户|人|人次|位|场次)$/;
/** Words after a number that still belong to its subject's row: a bound, a change (由51家整合为33家), 台阶. */
const TAIL_OF_SUBJECT = new RegExp(
  '^(?:以上|以下|以内|左右|上下|的|等|多|余|次|之|并|的?增长|' +
    '[^，、。；\\d]{0,3}(?:增加|提高|提升|增长|下降|降低|减少|整合|合并|调整|扩大|缩小|压减|压缩|上升|跃升|攀升|降|增|升)(?:到|至|为)|' +
    '(?:[两二三四五六七八九十]个)?新?(?:[^，、]{0,3}级)?(?:台阶|大关|关口))',
  'u',
);
/** A verb of change that links a subject's old value to its new one (由71所优化整合为47所). */
const CHANGE_LINK = /^[^，、。；\d]{0,3}(?:增加|提高|提升|增长|下降|降低|减少|整合|合并|调整|扩大|缩小|压减|压缩|上升|跃升|攀升)(?:到|至|为)$/u;
/** A count of milestones (连跨3个千亿级台阶) measures no thing. */
const MILESTONE = /^(?:[两二三四五六七八九十]个)?新?(?:[^，、]{0,3}级)?(?:台阶|大关|关口)/u;
/** Where a counted noun ends and what is said of it begins (3项改革成果获全国最佳实践案例). */
const PREDICATE = /(?:获|位列|被|入围|上榜|入选|如期|全面|顺利|正式|按期|按时|全部|实现|纳入|进入|成为|参会|建成|投产|完工|开工|进行|启用|销号)/u;
/**
 * What is said of a counted noun once it is named: it was done, approved, used. Not an honour (获评, 获得, 入选, 进入,
 * 列入): 12部文艺作品获得“五个一工程”奖 counts award-winning works, and the honour is part of what is counted.
 */
const DONE_PREDICATE = /(?:(?:建设)?进展|启动|全部|全面|顺利|如期|按期|按时|基本|获批|获(?:省|市|国家|国务院)?批准|启用|投用|销号|实现|建成|投产|完工|开工|竣工|通过|被|成功|正式|已)/u;
/** Extents of work done (31.2公里农村公路, 55万平方米旧有平房征收): measured like counts of the noun after them. */
const EXTENT_UNIT = /^[万亿千百十]*(?:公里|平方米|平方公里|亩|公顷)$/u;
/** An amount followed by what it pays for: 安排财政资金75亿元加快项目落地建设. */
const PURPOSE = /^(?:用于|用|支持|加快|实施|推进|建设|完成|保障|带动|撬动)/u;

/**
 * A number glued to the noun after it. A count counts that noun (the noun is returned, cut where a predicate starts);
 * a size or an amount glued to a noun names the thing (400万吨褐煤提质项目, 4.5米水深航道): no row.
 */
function gluedNoun(tail: string, unit: string): { noun?: string; length: number; withheld?: string } {
  if (MILESTONE.test(tail)) return COUNT_UNIT.test(unit) ? { length: 0, withheld: 'a count of milestones' } : { length: 0 };
  if (!COUNT_UNIT.test(unit) && !EXTENT_UNIT.test(unit)) return PURPOSE.test(tail) ? { length: 0 } : { length: 0, withheld: 'a size or amount that names a thing' };
  const item = tail.split(/[、，]/u)[0];
  const cut = item.search(PREDICATE);
  const noun = (cut > 0 ? item.slice(0, cut) : cut === 0 ? '' : item).replace(/[的和及与并]+$/u, '');
  // 首批12项及第二批…: the count belongs to a noun joined later.
  if (/^[及和与]/u.test(noun)) return { length: 0, withheld: 'a count whose noun is joined later' };
  // 新增2家千亿级、24家百亿级工业企业: a class (千亿级) is no noun; the noun comes after the list.
  if (/[级型]$/u.test(noun)) return { length: 0, withheld: 'a class counted, its noun after the list' };
  return noun.length >= 2 ? { noun, length: noun.length } : { length: 0 };
}

/** The fields of a row that come from its number alone. */
function rowBase(q: Candidate, pre: string): Omit<Row, 'indicator' | 'quoteStart' | 'quoteEnd'> {
  return {
    value: q.value,
    valueMax: q.valueMax,
    unit: q.unit,
    comparator: comparatorOf(pre.trimEnd(), q.bound, q.unit),
    bound: boundOf(pre.trimEnd(), q),
    numberStart: q.start,
  };
}

/** Turns the quantities of one clause into rows, resolving 分别 lists and subjects stated once for several numbers. */
function rowsOfClause(clause: string, found: Candidate[], previous: Previous | null, subjectClause: SubjectClause | null = null): Row[] {
  const rows: Row[] = [];
  const firstPre = clause.slice(0, found[0].start);
  const respectively = firstPre.match(/^(.*?)分别(.*)$/s);
  if (respectively && found.length >= 2) {
    // (…、农村居民人均可支配收入三项增速分别为…: the count of the list and the name of the change are no part of a subject.)
    let subject = cleanSubject(respectively[1]).replace(/[两二三四五六七八九十]项(?:增速|增幅|降幅|指标)?$/u, '');
    let listStart = 0;
    // 城乡居民人均可支配收入分别为…，分别增长4.6%和6.6%: a list without a subject is of the subjects just listed, or of
    // the clause without a number just before it.
    let listed: string[] | null = null;
    const earlier = subjectClause?.earlier ?? [];
    if (!subject && previous?.subjects?.length === found.length) listed = previous.subjects;
    else if (!subject && !subjectClause?.text && earlier.length === found.length) {
      // 接待游客1582万人次，旅游收入106.8亿元，分别增长29%和49.7%: the values are of the subjects just stated, in order.
      const of = earlier.slice(-found.length);
      listed = of.map((x) => x.indicator);
      listStart = of[0].start;
    }
    else if (!subject && subjectClause?.text) {
      subject = cleanSubject(subjectClause.text);
      listStart = subjectClause.start;
    }
    // 分别增长29%和49.7% after rows that are not as many as its values: whose each value is, is not said.
    if (!subject && !listed) {
      for (const q of found) rows.push({ ...rowBase(q, firstPre), indicator: '', quoteStart: 0, quoteEnd: found[found.length - 1].end, withheld: 'a list of values whose subjects are not said' });
      return rows;
    }
    // Several subjects share the values in order; one subject (品种分别突破600个、20类) takes them all.
    const oneKind = found.every((q) => q.unit === found[0].unit);
    let subjects = listed ?? distribute(subject, found.length, oneKind);
    const unfolded = !listed && subjects !== null && COMPOUND_PAIRS.some(([joined]) => subject.includes(joined));
    // 存贷款余额分别达到5000亿元、4000亿元 said of one subject that does not split: which value is whose is not said.
    if (!subjects && subject && oneKind && !/、|[和及与]/.test(subject)) {
      for (const q of found) rows.push({ ...rowBase(q, firstPre), indicator: subject, quoteStart: listStart, quoteEnd: found[found.length - 1].end, withheld: 'one subject for several values of one kind' });
      return rows;
    }
    // 品种分别突破600个、20类: one subject takes values of different kinds. A list that did not split (对非洲、拉美
    // 市场出口分别增长20%、7.6%) cannot say which value is whose: its rows are withheld.
    const undivided = /、/.test(subject) || (oneKind && /[和及与]/.test(subject));
    if (!subjects && subject && undivided) {
      for (const q of found) rows.push({ ...rowBase(q, firstPre), indicator: subject, quoteStart: listStart, quoteEnd: found[found.length - 1].end, withheld: 'a list of subjects that does not split over its values' });
      return rows;
    }
    subjects ??= subject ? found.map(() => subject) : null;
    if (subjects) {
      const comparator = comparatorOf(firstPre, found[found.length - 1].bound, found[0].unit);
      found.forEach((q, i) =>
        rows.push({
          indicator: subjects[i],
          value: q.value,
          valueMax: q.valueMax,
          unit: q.unit,
          comparator,
          bound: boundOf(i === 0 ? firstPre : '', q),
          quoteStart: listed && listStart === 0 ? null : listStart,
          quoteEnd: found[found.length - 1].end,
          numberStart: q.start,
          respectively: true,
          borrowed: listed !== null,
          named: unfolded ? subject : listed ? previous?.listNamed : undefined,
        }),
      );
      return rows;
    }
  }
  let prevEnd = 0;
  let firstSubject = '';
  let verb = '';
  // Where the rows that stated firstSubject and verb start: a row that borrows their words quotes from there.
  let firstQuoteStart: number | null = null;
  let verbQuoteStart: number | null = null;
  for (const [qi, q] of found.entries()) {
    if (q.start < prevEnd) continue; // already read as part of the previous row's subject
    const limit = found[qi + 1]?.start ?? clause.length;
    const pre = clause.slice(prevEnd, q.start);
    const subjectStart = prevEnd + (pre.match(/^[、，和及与]*/)?.[0].length ?? 0);
    const read = rows.filter((r) => !r.withheld);
    const before = read.length ? read[read.length - 1].indicator : (previous?.indicator ?? null);
    const tail = clause.slice(q.end, limit);
    let quoteStart: number | null = subjectStart;
    if (q.classOf) {
      rows.push({ ...rowBase(q, pre), indicator: '', quoteStart, quoteEnd: q.end, withheld: 'a number that names a class, a qualifier, a specification or a part of the text (20万吨级, 50万元以上的村, 2×35万千瓦, 7条路径)' });
      // A qualifier stays in the name of what follows it (收入50万元以上的行政村占比), and the places ranked in the rank.
      // (3人制篮球场: a class made by a number stays in the name of what follows it, too.)
      if (!/^(?:[的制]|范围)/u.test(clause.slice(q.end)) && !q.rankedPlaces) prevEnd = q.end;
      continue;
    }
    const push = (indicator: string, quoteEnd: number, borrowed = false) => {
      rows.push({
        borrowed,
        indicator,
        value: q.value,
        valueMax: q.valueMax,
        unit: q.unit,
        comparator: q.rank || /前$/.test(pre) && /^(?:位|名)$/.test(q.unit) ? (/前$/.test(pre) ? 'lte' : 'eq') : comparatorOf(pre.trimEnd(), q.bound, q.unit),
        bound: boundOf(pre.trimEnd(), q),
        quoteStart,
        quoteEnd,
        numberStart: q.start,
      });
      prevEnd = quoteEnd;
    };
    if (q.rank || (/前$/.test(pre) && /^(?:位|名)$/.test(q.unit))) {
      const ranked = rankSubject(clause.slice(prevEnd, q.start + (q.rank ? 1 : 0)), before);
      if (ranked) {
        if (!cleanSubject(pre).match(RANK)?.[1] && !read.length && previous) quoteStart = null;
        else if (!cleanSubject(pre).match(RANK)?.[1] && read.length) quoteStart = read[read.length - 1].quoteStart;
        push(ranked, q.end);
      } else prevEnd = q.end;
      continue;
    }
    // 全省地区生产总值达到5.53万亿元、稳居全国前十强、增长4.8%; 地区生产总值增长20%，达到282亿元; 同比增长21%:
    // a number with only link words before it (in its own 、-item) and nothing counted after it is another measure
    // of the subject just stated.
    const lastItem = pre.slice(pre.lastIndexOf('、') + 1);
    // (由71所优化整合为47所: a change verb alone is a link, too.)
    if (before && (cleanSubject(lastItem) === '' || CHANGE_LINK.test(lastItem.trim())) && (/^(?:$|、)/.test(tail) || MILESTONE.test(tail) || (CHANGE_LINK.test(lastItem.trim()) && /^并/u.test(tail))) && !COUNT_VERB.test(stripLead(lastItem).trim())) {
      quoteStart = rows.length ? rows[rows.length - 1].quoteStart : null;
      // …突破9000家，高新技术企业数量实现翻番、达1.8万家: a clause that names a new subject before its number is
      // not about the last clause's subject (and its own subject is stated as something else).
      const newSubject = !rows.length && cleanSubject(pre.slice(0, pre.lastIndexOf('、') + 1)) !== '';
      // 连跨5万亿元、6万亿元两个台阶: the milestones are counted, and the text names them only as a pair.
      if (newSubject || /^[两二三四五六七八九十]个/u.test(tail)) {
        rows.push({ ...rowBase(q, pre), indicator: before, quoteStart, quoteEnd: q.end, withheld: newSubject ? 'a number whose subject is stated as something else' : 'a milestone in a count of milestones' });
        prevEnd = q.end;
        continue;
      }
      // 新能源装机新增623万千瓦、达到1968万千瓦: the level reached is of the thing, not of what was added to it.
      push(/达到?$|为$/u.test(lastItem.trim()) ? before.replace(/(?<=\p{Script=Han}{2})(?:新增|增加|增长)$/u, '') : before, q.end);
      continue;
    }
    let subject = cleanSubject(pre.replace(/^(?:到|至)?\d{4}年(?:底|末)?前?/, ''));
    const rawVerb = stripLead(pre.replace(/^(?:到|至)?\d{4}年(?:底|末)?前?/, '')).trim();
    let quoteEnd = q.end;
    // The indicator joins words of the quote out of their order (新开工保障性安居工程8018套，新建成10472套).
    let borrowed = false;
    // 地区生产总值迈上5万亿台阶、五年增量超1.36万亿元: a 、 item holding its own number is another statement.
    // 花卉产量全球第一、优质鲜切花占比60%: likewise an item that states a rank or a change of its own.
    // (Not when the item left is a bare verb: that subject was no row, and stays none.)
    const lastOfList = subject.slice(subject.lastIndexOf('、') + 1);
    const ahead = subject.slice(0, Math.max(0, subject.lastIndexOf('、')));
    if (ahead && (QUANTITY_IN_NAME.test(ahead) || STATEMENT.test(ahead) || /\d\p{Script=Han}$/u.test(ahead)) && lastOfList && !BARE_VERB.test(lastOfList)) subject = lastOfList;
    // 实施45项…, 组织开展不少于150场…: a verb alone (a bound after it aside) before the number. With nothing after
    // the number, only a verb with at most one word before it counts (新建成10472套, not 固定资产投资完成194亿元).
    // (基本建成4559套: a manner word before the verb leaves it the clause's verb.)
    const verbAt = rawVerb.replace(/^(?:基本|全面|顺利|累计)/u, '').search(COUNT_VERB);
    const countVerb =
      ((rawVerb.length <= 8 && verbAt >= 0) || (subject.length <= 8 && COUNT_VERB.test(subject))) && (tail.trim() !== '' || verbAt <= 1) &&
      // (新能源装机新增623万千瓦、达到…: no noun after the number, so the verb is no count's.)
      (!/^[、，]/u.test(tail) || verbAt <= 1);
    // 出台的14项惠企政策, 金源天鹅湖等31个项目, 中心城区7800套住房: the noun after the number is what is counted.
    // A year before 的 dates the number instead (增长到2025年的4.93万亿元).
    // (亏损面由上年的45%下降到39%: a base of comparison before 的, likewise.)
    const attributive = /[的等]$/.test(pre.trim()) && !/\d{4}年(?:末|底)?的$/.test(pre.trim()) && !COMPARISON_BASE.test(pre.trim());
    const place = /(?:城区|全市|市区|县城|全县|全省|全区)$/.test(subject);
    // (Only where a row was read before this rule: a subject that was no row stays none, so the ids after it hold.)
    const readBefore = !/^[\d.%]+$/.test(subject) && !BARE_VERB.test(subject);
    if (!countVerb && !attributive && !place && subject !== '' && readBefore && /^[“"]?\p{Script=Han}/u.test(tail) && !TAIL_OF_SUBJECT.test(tail)) {
      // A number glued to the noun after it: 试点组建4个重点产业链特聘专家团 counts the noun, not what stood before.
      // 年产3000辆专用车项目: a capacity names the project.
      const glued = /(?:年产|日产|年处理|年吞吐|产能)$/u.test(pre.trim()) ? { length: 0, withheld: 'a capacity that names a project' } : gluedNoun(tail, q.unit);
      if (glued.withheld) {
        rows.push({ ...rowBase(q, pre), indicator: subject, quoteStart, quoteEnd: q.end, withheld: glued.withheld });
        prevEnd = q.end;
        continue;
      }
      if (glued.noun) {
        // The verb just before the number (引进培育2-3家…企业), or one that governs a list of names (新增仙桃、潜江…4个千亿县).
        // Else a short phrase before the number says what the count is of (基础教育对口帮扶217所学校, 出台20条举措).
        // Only a phrase that ends as written (not a subject whose link verb was cut: …博览会首次实现22个…), holds no
        // number, and is no list join (…主体建设和8万平方米…).
        const rawItem = stripLead(pre.slice(pre.lastIndexOf('、') + 1)).trim();
        const item = cleanSubject(rawItem);
        // (自贸试验区有3项改革成果: what has them, without 有.)
        // (对管委会115项行政审批事项: what the preposition governs, without it.)
        const phraseLead = item === rawItem && item.length >= 2 && item.length <= 8 && !/\d/.test(item) && !/[和及与]$/.test(pre.trim()) ? item.replace(/(?:共有|有)$/u, '').replace(/^(?:对|向)/u, '').replace(/^(?:现|已|拥|共)$/u, '') : '';
        const lead =
          pre.match(COUNTING_VERB)?.[0] ??
          (pre.includes('、') ? (stripLead(pre).match(LEADING_VERB)?.[0] ?? (BARE_VERB.test(item) ? item : '')) : phraseLead);
        // “免陪照护服务”试点扩大至145家医院: after a change verb the subject stays, and the noun says what it counts.
        const grown = /(?:扩大|增加|增|提高|提升|上升)(?:至|到)$/u.test(pre.trim()) ? subject.replace(/(?:扩大|增加|增|提高|提升|上升)$/u, '') : '';
        push(`${grown || lead}${glued.noun}`, q.end + glued.length);
        continue;
      }
    }
    if (subject === '' && !countVerb && !attributive && !COUNT_UNIT.test(q.unit) && !EXTENT_UNIT.test(q.unit) && q.unit !== '%' && /^\p{Script=Han}/u.test(tail) && !TAIL_OF_SUBJECT.test(tail) && !PURPOSE.test(tail)) {
      // 400万吨褐煤提质建成投产, 117公里供热: a size glued to the noun after it names the thing.
      rows.push({ ...rowBase(q, pre), indicator: '', quoteStart, quoteEnd: q.end, withheld: 'a size or amount that names a thing' });
      prevEnd = q.end;
      continue;
    }
    // 突破40万亿元并连续多年居世界首位: what follows 并 is said of the subject just stated, not counted by the number.
    // (…增长8%（按可比口径计算增长12%）: a figure in brackets after it, on another basis, is of the same subject.)
    if (subject === '' && !countVerb && !attributive && before && (/^[并且]/u.test(tail) || /^[）)]?$/u.test(tail.trim()))) {
      quoteStart = read.length ? read[read.length - 1].quoteStart : null;
      push(before, q.end);
      continue;
    }
    if (countVerb || attributive || place || subject === '') {
      // 实施45项为民办实事项目, 出台的14项惠企政策: the measured thing follows the number.
      // The quote runs to the end of the noun phrase; the indicator keeps its head (after the last 的).
      let phrase = (tail.match(/^[^，。；]{1,40}/)?.[0] ?? '').replace(/[、和及与并]+$/, '');
      // 4个一类创新药获批上市、数量居全国前列: what follows a 、 is said of the noun (a rank, a measure), not part of it.
      const said = phrase.search(/、[^、]*(?:居|位列|排名|平均|数量|达到|增长|下降)/u);
      if (said > 0) phrase = phrase.slice(0, said);
      // 产业强、农民富、环境美的省级示范村: a list of qualities before 的 describes the noun after it.
      // 148个小微黑臭水体全部销号, 1500辆公共自行车启用: what is said of the noun after it is no part of it.
      const predicate = phrase.search(DONE_PREDICATE);
      if (predicate >= 2) phrase = phrase.slice(0, predicate);
      // 12处敬老院整合为3处: the verb of change links the noun's old count to its new one.
      const change = phrase.search(/(?:优化|撤并|归并)?(?:增加|提高|提升|增长|下降|降低|减少|整合|合并|调整|扩大|缩小|压减|压缩|精简|缩减)(?:到|至|为)$/u);
      if (change >= 2) phrase = phrase.slice(0, change);
      let noun = /、.*的/.test(phrase) ? phrase.replace(/^.*的/, '') : phrase;
      if (noun.length > 24) noun = noun.split('、')[0];
      noun = noun.replace(/(?:达到|达|超过|突破|的)$/u, '');
      // 13条高快速路的规划建设: the things planned and built, not the planning.
      noun = noun.replace(/(?<=.{2})的(?:规划建设|规划|建设|改造|实施)$/u, '');
      // 19.5公里海滨栈道项目建设: a length or an area measures the thing built, not the building of it.
      if (EXTENT_UNIT.test(q.unit) && /^.{2,}?(?:项目)?(?:建设|工程)$/u.test(noun)) noun = noun.replace(/(?:项目)?(?:建设|工程)$/u, '');
      // 12座人行天桥建设: a count of the things built, likewise (a count of 工程 or 项目 counts those, and 投资建设 or 开发建设 is one work).
      else if (COUNT_UNIT.test(q.unit) && /^.{2,}?[^程目资发造]建设$/u.test(noun)) noun = noun.replace(/建设$/u, '');
      // 24个“强村促稳定”村委会建设任务: what is counted is the 村委会; the task is what was done to them.
      if (COUNT_UNIT.test(q.unit) && /^.{2,}?(?:建设)?(?:任务|目标)$/u.test(noun)) noun = noun.replace(/(?:建设)?(?:任务|目标)$/u, '');
      // 6个省级以上园区与沪苏浙园区合作共建: 与 opens what the counted things do with others.
      const partner = noun.search(/(?<=.{2})[与同](?=[^，、]{2,}(?:合作|共建|对接|结对|签约|衔接))/u);
      if (partner > 0) noun = noun.slice(0, partner);
      if (countVerb) {
        // (启动第一批、力争建成2-3个…: the verb of this item, not the items before it.)
        const ownVerb = stripLead(rawVerb.slice(rawVerb.lastIndexOf('、') + 1));
        verb = COUNT_VERB.test(ownVerb) ? ownVerb : COUNT_VERB.test(rawVerb) ? rawVerb : subject;
        verbQuoteStart = subjectStart;
        subject = verb;
      }
      // 争创2个省级经开区、1个省级高新区: the second borrows the verb, and its quote starts where the verb was said.
      if (!attributive && !place && subject === '' && verb) quoteStart = verbQuoteStart;
      subject = attributive ? noun : place ? `${subject}${noun}` : `${subject || verb}${noun}`;
      quoteEnd = q.end + phrase.length;
    } else if (subject.length <= 3 && firstSubject) {
      // 新签约项目250个、总投资1000亿元; 国家级…20家、省级突破50家: a measure or a level of the first subject.
      // 建成大棚2350亩、温室500栋: another thing under the same verb, not a part of the first thing.
      if (HEAD_NOUN.test(subject) || /^总/.test(subject) || /^(?:国家|省|市|县|区)级$/.test(subject)) {
        borrowed = /级$/.test(subject); // 全市省级绿色制造单位: 省级 stands after the words it joins
        subject = carryOver(firstSubject, subject);
        quoteStart = firstQuoteStart;
      } else if (verb) {
        subject = `${verb}${subject}`;
        quoteStart = verbQuoteStart;
      } else if (COUNTING_LEAD.test(firstSubject) && !/^(?:投资|投入)$/.test(subject) && !DONE_VERB.test(subject)) {
        // 建成蔬菜大棚2350亩、温室500栋; 新增从业人员29.1万人、企业1.85万家: the first row's verb makes this one too.
        subject = `${firstSubject.match(COUNTING_LEAD)![0]}${subject}`;
        quoteStart = firstQuoteStart;
      } else if (!/^(?:投资|投入)$/.test(subject)) {
        // (投资 is named below, from the thing just stated.) Anything else glued to the first subject (…资金127.8亿元、惠及461万人次) is a guess: its quote does not
        // hold the name, so the row is withheld.
        subject = carryOver(firstSubject, subject);
      }
    }
    if (countVerb && subject === verb && before) {
      // 新开工保障性安居工程8018套，新建成10472套: the second count is of the same thing.
      // (协调推动人行天桥建设，确保建成4座: the things built, without the verbs that pushed them or the building.)
      const thing = splitAction(before).indicator.replace(/^(?:协调|推动|推进|加快|积极|支持|全力)+/u, '').replace(LEADING_VERB, '');
      subject = `${verb}${/^.{2,}?建设$/u.test(thing) ? thing.replace(/建设$/u, '') : thing}`;
      quoteStart = rows.length ? rows[rows.length - 1].quoteStart : null;
      borrowed = true;
    }
    if (subject.length > 24) subject = subject.slice(subject.search(/[^、的和及与]*$/));
    // 城乡居民享受最低生活保障人数10.15万人，其中城镇2.62万人: one side of a pair names its part of the whole just stated.
    // 全市纳入低保人数6.31万人，其中城镇1.46万人，农村4.85万人: the same, of a whole named by its scope, and the other
    // side after the first.
    const pair = COMPOUND_PAIRS.find(([, first, second]) => subject === first || subject === second);
    if (pair && before) {
      const [joined, first, second] = pair;
      const other = subject === first ? second : first;
      const last = read[read.length - 1];
      let name: string | null = null;
      let words: string | undefined;
      if (/其中/u.test(pre) && before.includes(joined)) [name, words] = [before.replace(joined, subject), before];
      else if (/其中/u.test(pre) && !before.startsWith(first) && !before.startsWith(second)) {
        [name, words] = [`${subject}${before.replace(/^(?:全[市省区县州盟国]|我[市省区县])/u, '')}`, before];
      } else if ((last ? last.named : previous?.named) && before.startsWith(other)) {
        [name, words] = [`${subject}${before.slice(other.length)}`, last ? last.named : previous?.named];
      }
      if (name) {
        rows.push({ ...rowBase(q, pre), indicator: name, named: words, quoteStart: last ? last.quoteStart : null, quoteEnd: q.end });
        prevEnd = q.end;
        continue;
      }
    }
    // 外贸进出口总额突破8000亿元 said as …，总额突破8000亿元: a bare head noun belongs to the subject just stated.
    if (HEAD_NOUN.test(subject) && before && !before.endsWith(subject)) {
      subject = `${before}${subject}`;
      quoteStart = rows.length ? rows[rows.length - 1].quoteStart : null;
    }
    // 非烟非能工业增加值增长8.1%、对规模以上工业增长贡献率达72.9%: a contribution is the subject just stated's;
    // 出口规模突破4万亿元，占全国份额从14%提升到15.5%: so is a share.
    if ((/^对.+(?:贡献率|拉动)$/u.test(subject) || /^占.+(?:份额|比重)$/u.test(subject)) && before) {
      subject = `${before}${subject}`;
      quoteStart = rows.length ? rows[rows.length - 1].quoteStart : null;
    }
    // 经济增长5%左右: 经济 alone measures nothing; what grows is the economy's output, named as the text names it.
    if (subject === '经济' && GROWTH.test(pre.trimEnd()) && RATE_UNIT.test(q.unit)) subject = '经济增长';
    // 完成投资2100亿元 is the investment in the thing just named (新开工重点项目200个 → 重点项目投资). A verb alone
    // (筹措890亿元, 惠及154万户) does not say what was measured: no row rather than a wrong name.
    if (/^(?:投资|投入)$/.test(subject) && before) {
      const thing = before.replace(LEADING_VERB, '');
      if (thing && !HEAD_NOUN.test(thing)) {
        subject = `${thing}${subject}`;
        quoteStart = rows.length ? rows[rows.length - 1].quoteStart : null; // the quote shows the thing too
      }
    }
    if (subject === '' || /^[\d.%]+$/.test(subject) || BARE_VERB.test(subject)) {
      prevEnd = q.end;
      continue;
    }
    if (!firstSubject) {
      firstSubject = subject;
      firstQuoteStart = quoteStart;
    }
    // 缩减中层管理人员13.9%, 降低企业用电成本10%: a verb of change before the thing, then a rate, is that change of it.
    const changed = RATE_UNIT.test(q.unit) && comparatorOf(pre.trimEnd(), q.bound, q.unit) === 'eq' ? subject.match(/^(压减|缩减|减少|降低|提高|增加|提升)(\p{Script=Han}{2,})$/u) : null;
    if (changed) {
      push(changed[2], quoteEnd, borrowed);
      rows[rows.length - 1].comparator = /^(?:压减|缩减|减少|降低)$/u.test(changed[1]) ? 'decline' : 'growth';
      continue;
    }
    push(subject, quoteEnd, borrowed);
  }
  return rows;
}

/** Build-log lines for the fields the text did not settle, so a null is explained rather than silent. */
export function targetNotes(targets: Target[], year: number | null): string[] {
  const notes: string[] = [];
  const noPeriod = targets.filter((t) => t.period === null).length;
  if (noPeriod && year === null) notes.push(`targets: period left empty for ${noPeriod} rows: the report's year is not known`);
  else if (noPeriod) notes.push(`targets: period left empty for ${noPeriod} achievements whose passage names no year or plan period`);
  const withheld = WITHHELD.get(targets) ?? [];
  if (withheld.length) {
    const counts = new Map<string, number>();
    for (const w of withheld) counts.set(w, (counts.get(w) ?? 0) + 1);
    const parts = [...counts].sort((a, b) => b[1] - a[1]).map(([w, n]) => `${n} × ${w}`);
    notes.push(`targets: ${withheld.length} rows read but not published: ${parts.join('; ')}`);
  }
  const fitless = targets.filter((t) => t.indicatorId === null).length;
  if (fitless) notes.push(`targets: ${fitless} of ${targets.length} rows name no indicator of the vocabulary (indicatorId null)`);
  return notes;
}
