/**
 * Targets, one clause: its quantities turned into rows — the subject of each number (before it, or the noun a count
 * is glued to after it), 分别 lists, subjects stated once for several numbers, wholes and parts, ranks and changes.
 */
import type { Bound, Comparator } from '../types.ts';
import { governmentsCalled } from '../gazetteer.ts';
import { ACTION_VERB_SOURCE, OWN_GOVERNMENT, splitAction } from './action.ts';
import { GROWTH, GROWTH_RATE_NAME, boundOf, comparatorOf } from './comparator.ts';
import { CLASS_WORD, COUNT_UNIT, EXTENT_UNIT, QUANTITY_IN_NAME, RATE_UNIT, SINGLE_CHARACTER_NOUN, type Candidate } from './quantity.ts';
import {
  BARE_VERB,
  JOINING_WORD,
  BARE_MEASURE,
  BARE_SUPERLATIVE,
  COMPARISON_BASE,
  COMPOUND_PAIRS,
  COUNT_VERB,
  HEAD_NOUN,
  LEADING_VERB,
  MEASURE_END,
  RANK,
  RATE_NAME,
  STATEMENT,
  carryOver,
  cleanSubject,
  distribute,
  pairsScopes,
  rankSubject,
  sameKindAs,
  stripLead,
} from './subject.ts';

export interface Row {
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
  /** The indicator is a clause of the text set before its noun (实现“免申即享”的政策服务): it holds no action to split off. */
  relative?: boolean;
  /** One of the values of a 分别 list. */
  respectively?: boolean;
  /** The words of the text that name the row when its indicator unfolds them (城乡居民… → 城镇居民…): the quote shows these. */
  named?: string;
  /** The whole the row counts or is a part of (133个重点建设项目中 → 重点建设项目): its parts after it are named by it. */
  whole?: string;
  /** The amount the row is a place's part of (其中市区…): the places after it are parts of it too. */
  placeWhole?: string;
  /** The thing whose milestones the row counts (地区生产总值 of 地区生产总值跨过3个万亿级关口): what follows is said of it. */
  milestonesOf?: string;
  /** The verb of change that stood before the row's thing (精简 of 精简办事材料36.5%): a thing after a 、 alone shares it. */
  changeVerb?: string;
  /** The places of a gap listed in order with its values (高于全国、全省1个、0.2个百分点): the row is the gap to one of them. */
  gapPlaces?: string;
  /** The row counts places by a level of theirs they reach (集体经济收入超100万元的村): the level in its name is a class. */
  levelReached?: boolean;
}

/** The subject of the last row of the sentence so far, and where its quote starts in the paragraph. */
export interface Previous {
  indicator: string;
  quoteStart: number;
  /** The subjects of a 分别 list just read (城镇…、农村…), which a list of values after it without a subject shares. */
  subjects?: string[];
  /** The things of a clause that only lists counts of them (52个省重点项目、280个市重点项目): their investment is all theirs. */
  counted?: string[];
  /** The words that named those subjects in the text, when they unfold them (城乡居民…). */
  listNamed?: string;
  /** The words of the text that name the last row, when its indicator unfolds them (全市… → 城镇…). */
  named?: string;
  /** The last row's unit (a part counted after it, 完成5593项, counts the same things). */
  unit?: string;
  /** The last row's comparator (a gap in 个百分点 after a growth rate is a gap of the rate). */
  comparator?: Comparator;
  /** A row read after the last one was withheld: the last one is no longer the row just stated. */
  interrupted?: boolean;
  /** The whole the last row counts or is a part of (Row.whole). */
  whole?: string;
  /** The amount the last row is a place's part of (Row.placeWhole). */
  placeWhole?: string;
}

/** A clause without a number just before this one (各类安全事故起数、受伤人数、死亡人数，分别下降…): a subject. */
interface SubjectClause {
  /** The rows read earlier in the sentence, where they start relative to this clause: a 分别 list may be of them. */
  earlier?: { indicator: string; start: number; clause: number }[];
  /** The clauses of the sentence (where they start) in which a row was read but not published, its name unfit. */
  withheldClauses?: number[];
  text: string;
  /** Where it starts, relative to the clause that takes it as subject (so negative). */
  start: number;
}

/** Verbs that make or add the things a count after them counts (not 发展, 提升: also nouns, 高质量发展21项举措). */
const COUNTING_VERB = /(?:新增|新建|新开工|培育|实施|建设|建成|改造|开工|完成|签约|引进|打造|创建|认定|设立|争创|开展|举办|组建)$/u;
/** The verbs a subject opens with (开工改造城镇老旧小区: 开工改造). */
const COUNTING_LEAD = new RegExp(`^${COUNTING_VERB.source.slice(0, -1)}+`, 'u');
/** Words that say a thing was done, not what it is (…项目2758个、完工2746个). */
const DONE_VERB = /(?:完工|竣工|投产|开工|建成|完成|落地|开业|运营|投用|验收)$/u;

/** Verbs of change between an old value and a new one (由71所优化整合为47所; 由40个减为38个). */
const CHANGE_VERB = '增加|提高|提升|增长|发展|拓展|扩展|延伸|延长|下降|降低|减少|整合|合并|撤并|归并|整合优化|优化整合|精简|缩减|调整|扩大|缩小|压减|压缩|上升|跃升|攀升|降|增|升|减';
/**
 * 比全省平均水平高, 较全国低: the words of a gap to another place's level (or an average), before its number — not a
 * change over time (比上年多, 较年初低 are changes of the thing), nor against a plan (比预算高). Null when not such.
 */
function placeGap(pre: string): string | null {
  const words = stripLead(pre).trim();
  // (较大级别以上突发事件减少: 较大 is a word, 减少 a verb of change — neither a base nor a gap.)
  const m = words.match(/^(?:比|较)(?![大小高低多少好快慢强弱亚])([^，。；、\d]{1,10}?)(?:高出|低于|(?<![提升])高|(?<![降减])低|(?<![增])多|(?<![减缩])少)$/u);
  return m && !/上年|去年|上一年|同期|年初|年末|历年|\d{4}年|预算|计划|目标|以往|往年|过去|之初|以前|之前|前/u.test(m[1]) ? words : null;
}

/** The words before a number, without a note that the same holds below (同比增长（下同）13%: the change is 增长). */
// (比上年增长（以下简称增长）4%: a note of the short name used below, likewise.)
const withoutNote = (pre: string) => pre.trimEnd().replace(/[（(](?:下同|同上|下略|下文同|(?:以下简称|下称)[^（）()，。；]{1,12})[）)]$/u, '');
/** The gap of a thing's rate to another place's, named after the thing (GDP增速高于全省). */
const GAP_OF_RATE = /(?<=\p{Script=Han}{2}|[A-Z]{2,})增速(?:高于|低于|高出|快于|慢于)全[国省市区县州](?:平均(?:水平)?)?$/u;
/** A gap to the whole of a larger place, its rate's word before it or after the place (增幅高于全省平均水平, 高于全省平均增速). */
// (高于城镇34.4个百分点: or the town's or the country's part of the place.)
// (比全市高0.3个百分点: than the whole, said before higher or lower, likewise.)
const GAP_TO_WHOLE = /^(增速|增幅)?(?:(高于|低于|高出|快于|慢于)(全[国省市区县州]|城镇|城市|乡村|农村)(?:平均(?:水平)?|平均(增速|增幅))?|(?:比|较)全[国省市区县州](?:平均(?:水平)?)?[高低])$/u;
/** A gap to two places, listed (高于全国、全省): their values follow, in the same order. */
const GAP_TO_PLACES = /^(高于|低于|高出|快于|慢于)(全[国省市区县州])[、和](全[国省市区县州])$/u;
/** Words after a number that still belong to its subject's row: a bound, a change (由51家整合为33家), 台阶, 构成. */
const TAIL_OF_SUBJECT = new RegExp(
  // (由一般公共预算收入8亿元、上级补助收入2亿元构成: the whole made of the parts — each amount is its part's.)
  '^(?:以上|以下|以内|左右|上下|的|等|多|余|次|之|并|的?增长|(?:共同)?(?:构成|组成)(?![\\u3400-\\u9fff]*的)|' +
    '[^，、。；\\d]{0,3}(?:' + CHANGE_VERB + ')(?:到|至|为)|' +
    '(?:[两二三四五六七八九十]个)?新?(?:[^，、]{0,3}级)?(?:台阶|大关|关口))',
  'u',
);
/** A verb of change that links a subject's old value to its new one (由71所优化整合为47所, 从…增长到2020年61.95亿元). */
// (A verb of one character only with at most one before it — 核减到, 减为 —: 站点增至 names a thing of its own.)
const CHANGE_LINK = new RegExp(`^(?:[^，、。；\\d]{0,3}(?:${CHANGE_VERB.replace(/\|[降增升减](?=\||$)/gu, '')})|[^，、。；\\d]?[降增升减])(?:到|至|为)(?:\\d{4}年(?:末|底)?的?)?$`, 'u');
/** A change from the number to another after it (10万元提高到15万元, 40个减为38个). */
const CHANGE_AFTER = new RegExp(`^[^，、。；\\d]{0,3}(?:${CHANGE_VERB})(?:到|至|为)`, 'u');
/** A count of milestones (连跨3个千亿级台阶) measures no thing. */
const MILESTONE = /^(?:[两二三四五六七八九十]个)?新?(?:[^，、]{0,3}级)?(?:台阶|大关|关口)/u;
/**
 * What things counted are to do or become, after their noun (30户重点企业快速发展, 15处遗产点焕发生机,
 * 1-2个有条件的企业积极开展…, 28个项目加快实施): the noun ends there. (Not 企业开展数字化诊断: the things counted are
 * those the work is done in, which the name keeps.)
 */
const THRIVES = '(?<=\\p{Script=Han}{2})(?:(?:不断|持续)?取得(?:了)?(?:新的?|明显|积极|重大|实质性|显著|阶段性|长足|初步)(?:的)?(?:进展|成效|突破)|(?<![将会要能])得到|快速发展|加快发展|进一步|焕发|做优做大|做大做强|做强做优|发展壮大|积极(?=开展|参与|推进)|加快(?=实施|推进|建设|落地))';
/**
 * Words of how a thing is done, which open the predicate after the things counted (292家碳排放管控企业严格履约,
 * 24项…收费依法免征, 1893名“河（湖）长”常态巡河, 4个国际化街区各具特色): the noun ends before them. (Where the things
 * reach: 文艺演出进农村 — not in the name of a kind of model county, 电子商务进农村综合示范县.)
 */
const MANNER_OF_DOING = String.raw`(?<=\p{Script=Han}[\p{Script=Han}”」》"])(?:严格|依法|依规|第一时间|常态化?|协调联动|各具|对社会|共同(?=参与|推进|建设|打造)|形成(?=初步|阶段性|规模|合力)|进(?:社区|校园|农村|乡村|企业|基层|家庭|机关|景区|军营)(?![^，。；、]{0,6}(?:示范县|示范市|示范区|示范点|试点县|试点)))`;

/**
 * How the things counted are or fare, after their noun (230名人大代表精神饱满, 160多名代表与会, 12项改革试点成效良好,
 * 4.97万户农牧民持续增收, 97个重点项目建设如火如荼): the noun ends there. (Not inside a clause before 的: 31个…发展成效明显的
 * 特色村镇.)
 */
// (278个脱贫项目投入资金36亿元: what was put into the things counted, likewise.)
const STATE_OF_COUNTED = String.raw`(?<=\p{Script=Han}{2})(?:(?:达到或超过|达到|超过|快于|滞后于?)(?:序时|时序|计划)进度|(?:安全|平稳)有序|与会|出席|列席|精神饱满|(?:建设|施工)?(?:如火如荼|热火朝天)|精彩纷呈|亮点纷呈|[汇齐]聚一堂|成效(?:良好|明显|显著|突出)|(?:持续|稳定)增收|(?:驰援|支援|奔赴|赶赴|援助)(?=\p{Script=Han}{2})|(?:累计)?投入(?=资金|财政资金|\d))(?![^，。；]*的)`;
/** A rate named after its thing, on a stated basis or not (…自然增幅, …增速, …降幅): cut off, the thing is left. */
// (Not 人口自然增长率: a rate of its own name.)
const RATE_OF_THING = new RegExp(`(?<=\\p{Script=Han}{2})(?:(?:自然|同口径|可比|名义|实际|同比)?(?:${GROWTH_RATE_NAME})(?:是)?|(?<!自然)增长率|减幅|降幅)$`, 'u');
/** Where a counted noun ends and what is said of it begins (3项改革成果获全国最佳实践案例). */
const PREDICATE = new RegExp(String.raw`(?:(?<=\p{Script=Han}{2})(?:实行|给予|采取)|${MANNER_OF_DOING}|获|位列|被|入围|上榜|入选|参加|签署|签订|结对|做好|免费(?=体检|检查|进行|提供|接种|培训|乘坐|开放|发放|筛查|享受|使用)|(?<=\p{Script=Han}{2})(?:公开)?配售|(?<=\p{Script=Han}{2})提供|落户(?=\p{Script=Han})|成功(?=认定|创建|获|入选|申报|通过|列入|纳入|争创)|集中(?=开工|签约|开业|投产|竣工)|如期|全面|顺利|正式|按期|按时|全部|实现|纳入|进入|成为|参会|${STATE_OF_COUNTED}|建成|投产|完工|开工|完成(?!率)|进行|启用|销号|为(?=\p{Script=Han}{2,12}(?:提供|开展|办理|发放|解决))|(?<=\p{Script=Han}{2})(?:发放|拨付|兑现)|${THRIVES})`, 'u');
/** Any verb of doing, wherever it stands (出台, 规划建设, 推进). */
const ANY_VERB = new RegExp(`(?:${COUNT_VERB.source.slice(3, -2)}|${ACTION_VERB_SOURCE}|确定|出台|规划|剪彩|奠基|签约|批准|审定|认定|现有|存在|获奖|表彰|巩固)`, 'u');
/** Words that open with a verb of doing (完成投资…, 新建…). */
const ANY_VERB_FIRST = new RegExp(`^(?:${COUNT_VERB.source.slice(3, -2)}|${ACTION_VERB_SOURCE})`, 'u');
/** A subject that is verbs and nothing else (新建成, 开工改造). */
const VERBS_ONLY = new RegExp(`^(?:${COUNT_VERB.source.slice(3, -2)})+$`, 'u');
/** A group of people alone (重点人群, 农村居民): a share of a rate is theirs. */
const GROUP_OF_PEOPLE = /^[^，。；、\d]{0,6}(?:人群|群体|人口|老年人|老人|儿童|妇女|学生|农户|家庭|居民)$/u;
/** A rate's name, then a group of people (健康档案建档率城市居民): made once, not at each quantity. */
const GROUP_AFTER_RATE = new RegExp(`^(\\p{Script=Han}{2,}?${RATE_NAME.source.slice(0, -1)})(${GROUP_OF_PEOPLE.source.slice(1)})`, 'u');
/** A group of people that opens a rate's name (城市居民健康档案建档率). */
const GROUP_OF_PEOPLE_FIRST = /^(?:城市|城镇|农村|乡村)(?:居民|人口)(?=\p{Script=Han}{2})/u;
/** Verbs that move others to act (引导3家金融机构为…提供): the things counted are the others, named without the verb. */
const CAUSATIVE = /^(?:引导|推动|支持|鼓励|帮助|指导|带动|督促|动员|组织|引领|促进|推进)$/u;
/**
 * What is said of a counted noun once it is named: it was done, approved, used. (A status reached, 获得, 入选, 列入…, is
 * read by statusOf: 12部文艺作品获得“五个一工程”奖 counts award-winning works, and names them so.)
 */
const DONE_PREDICATE = new RegExp(String.raw`(?:${THRIVES}|${MANNER_OF_DOING}|${STATE_OF_COUNTED}|(?:建设)?进展|进行|合计|参加|结对|(?:公开)?配售|大幅(?=降价|下降|降低|提升|提高|增长)|降价|落户(?=\p{Script=Han})|落地(?=[^，。；、“”"]{2,16}(?:园|区|基地|港|城|[省市县镇村]))|(?:与[^，。；、\d]{1,10})?(?:建立|结成|缔结)(?=[^，。；、]{0,8}(?:关系|友城|友好城市))|(?<=\p{Script=Han}{2})在(?=全国|全省|全市|全区|全州|我[市区县省州]|国家级|联合国|国际)|签署|签订|(?<![人年平日户亩月周])均(?![衡等值匀])|集中(?=开工|签约|开业|投产|竣工)|为(?=\p{Script=Han}{2,12}(?:提供|开展|办理|发放|解决))|启动|全部|全面|顺利|如期|按期|按时|基本|尽快|获批|获(?:省|市|国家|国务院)?批准|启用|投用|销号|实现|(?<![待未拟创])(?:建成|投产|完工|开工|竣工|完成(?!率))|通过|被|成功|正式|已)`, 'u');
/** DONE_PREDICATE searched from a position on: its lookbehinds see the words before it, as a slice would not (焕发 after 遗产点). */
const DONE_PREDICATE_FROM = new RegExp(DONE_PREDICATE.source, 'gu');
function donePredicateFrom(text: string, from: number): number {
  DONE_PREDICATE_FROM.lastIndex = from;
  return DONE_PREDICATE_FROM.exec(text)?.index ?? -1;
}
/**
 * A status the counted things reach, with what it is (296项政策服务实现“免申即享”, 138家企业通过…开展科技攻关, 12个村
 * 成功列入…名录): it says which of them are counted, so the row names them by it (实现“免申即享”的政策服务).
 */
const STATUS_PREDICATE = /(?:首次|首批|相继|陆续|率先|已经|均已|均|已|全部|成功|悉数|顺利|正式|全面|新(?=认定|评为|入选|获))*(实现|通过|开展|进驻|设置|设立|实行|划定|实施|进入|列入|入选|入围|获得|荣获|获(?!得)|纳入|成为|被认定为|认定为|认定|被评为|评为|被命名为|命名为|跻身|(?:位)?居(?=全国前列|全省前列|全区前列|全市前列|前列)|填补(?=[^，。；、]{0,12}空白))(?=[^，。；、]{2}|[^，。；、]{1,2}、(?:国家|省|市|区|县|州))/u;
/** A status said right after a count, to the end of its clause or item (8项获省科技进步奖). */
const STATUS_PART = new RegExp(`^(?:${STATUS_PREDICATE.source})[^，。；、\\d]*$`, 'u');
/** Every status of a phrase (matchAll), the last of which names what was reached. */
const STATUS_PREDICATES = new RegExp(STATUS_PREDICATE.source, 'gu');
/** The verbs an item opens with, and 好 after them (落实好…), before the words that say which of the noun. */
const LEADING_VERBS = new RegExp(`^(?:${LEADING_VERB.source.slice(1)})+好?`, 'u');
/** Verbs at the head of a name, one or several joined (新建、续建商贸类项目, 铺排落实省重点项目). */
const JOINED_LEADING_VERBS = new RegExp(`^(?:${LEADING_VERB.source.slice(1)}|${ACTION_VERB_SOURCE})(?:[、和及与并]?(?:${ACTION_VERB_SOURCE}))*`, 'u');
/** Words that make what stands before 的 a clause, not a noun (3个年产值超亿元的项目, 10个具备条件的乡镇). */
const RELATIVE_CLAUSE = /(?:具备|具有|有|超|达|以上|以下|实现|通过|开展|列入|获|符合|位于|涉及|参与|纳入|进入|享受|覆盖|完成|建成|新建|列为|评为|认定|在|用于|为)/u;

/** The start of a noun after a number: 35-64岁妇女 (an age names the group), “两新”…, or the noun itself. */
const AGE_OR_QUOTE_THEN_NOUN = /^(?:[“"]|\d+(?:[-—–～至]\d+)?周?岁(?:以上|以下)?)?\p{Script=Han}/u;

/** Words of how and when, left before a predicate of what was done (已按计划, 圆满, 超额, 目前已经, 共, 也). */
const DONE_MANNER = /(?<=\p{Script=Han}{2})(?:目前|已经|已|均已|均|也|共|基本|顺利|圆满|超额|高质量|高标准|按计划|按期|按任务要求|提前|如期|全年累计|累计|全年|当年|全部|年底前|年底|年内|先后|相继|陆续)+$/u;

const ONLY_MANNER = new RegExp(`^${DONE_MANNER.source.replace('(?<=\\p{Script=Han}{2})', '')}`, 'u');

/** How a noun two joined works share ends (绿化建设及景观提升工程): the works are one thing counted. */
const JOINED_NOUN_END = /(?:工程|项目|行动|设施|体系|中心|基地)$/u;

/** An amount followed by what it pays for: 安排财政资金75亿元加快项目落地建设. */
const PURPOSE = /^(?:用于|用|支持|加快|实施|推进|建设|完成|保障|带动|撬动)/u;

/**
 * A number glued to the noun after it. A count counts that noun (the noun is returned, cut where a predicate starts);
 * a size or an amount glued to a noun names the thing (400万吨褐煤提质项目, 4.5米水深航道): no row.
 */
/** 全镇辖, 该乡下辖: the place that holds the things counted, and 辖 — which they are is said by the noun alone. */
const HOLDS = /^[^，。；、\d]{0,8}?(?:下|管|共|现|现下|共下)?辖$/u;

function gluedNoun(tail: string, unit: string, governed = false): { noun?: string; length: number; withheld?: string; cut?: boolean; work?: string; role?: boolean } {
  // (压缩50%至10个工作日: what follows 至 is the level reached, no noun of the number.)
  // (Not after a size: 从海拔500米到860米的扬水工程 names a work.)
  if (/^(?:至|到)/u.test(tail) && /^(?:%|个百分点)$/u.test(unit)) return { length: 0 };
  if (MILESTONE.test(tail)) return COUNT_UNIT.test(unit) ? { length: 0, withheld: 'a count of milestones' } : { length: 0 };
  // (14亿人口: the number counts the population, its unit the magnitude alone.)
  // (500万人口以上城市: a threshold of population makes a class of places, no quantity.)
  if (/^[万亿千百十]+$/u.test(unit) && /^人口(?:以上|以下)/u.test(tail)) return { length: 0, withheld: 'a class made by a number' };
  if (/^[万亿千百十]+$/u.test(unit) && tail.startsWith('人口')) return { noun: '人口', length: 2, cut: tail.length > 2 };
  if (!COUNT_UNIT.test(unit) && !EXTENT_UNIT.test(unit)) return PURPOSE.test(tail) ? { length: 0 } : { length: 0, withheld: 'a size or amount that names a thing' };
  // (以…15万个合格工人为重点: the frame 以…为重点 says what is stressed, not what is counted.)
  // (420名户籍高龄老人、残疾人等困难群众: members listed before 等, then the kind counted.)
  const kind = COUNT_UNIT.test(unit) ? tail.match(/^[^，。；等\d]{2,24}、[^，。；等\d]{1,12}等(?:各类)?(\p{Script=Han}{2,8}?)(?=[，。；]|$)/u) : null;
  // (…等平台作用: a role is no kind of thing counted.)
  if (kind && /(?:作用|功能|优势|职能|效能|效应)$/u.test(kind[1])) return { length: 0, withheld: 'a count whose noun is joined later' };
  if (kind) return { noun: kind[1], length: kind[0].length };
  // (36家技术转移、知识产权服务机构: kinds of one noun of bodies listed before it, that noun counted by 家 — the whole list.)
  const sharedHead = unit.endsWith('家') ? tail.match(/^[^，。；、\d]{2,12}(?:、[^，。；、\d]{2,12})*?(?:机构|企业|公司|单位|组织|协会|商会)(?=[，。；]|$)/u)?.[0] : undefined;
  const listedKinds = sharedHead?.includes('、') && !/(?:机构|企业|公司|单位|组织|协会|商会)$/u.test(sharedHead.split('、')[0]) ? sharedHead : undefined;
  let item = (listedKinds ?? tail.split(/[、，]/u)[0]).replace(/为(?:重点|主|目标|核心|抓手)$/u, '');
  // (19.5公里海滨栈道建设和盐田三村…: the work on the noun, then another work joined to it.)
  if (!JOINED_NOUN_END.test(item)) item = item.replace(/(?<=\p{Script=Han}{2}(?:建设|改造|整治|工程))[和及与].*$/u, '');
  // (98项具体举措落地落实: verbs alone after the noun say what is done to it.)
  const doneTo = item.match(DONE_TO);
  // (推动漓江4条支流水质达标: the things counted are the rivers, whose water meets the standard — as nameSubject reads it.)
  if (doneTo && doneToNoun(doneTo[1])) item = COUNT_UNIT.test(unit) ? doneTo[1].replace(/(?<=\p{Script=Han}{2})(?:水质|空气质量|环境质量|质量)$/u, '') : doneTo[1];
  // (带动2万人实现就业: people counted by the status they reach, named by it.)
  const reached = /^[万千]?(?:人|人次|户)$/u.test(unit) ? item.match(/^实现(?:转移就业|再就业|就业|创业|脱贫|增收)/u)?.[0] : undefined;
  if (reached) return { noun: reached, length: reached.length, cut: true };
  // (对247处重点文物开展安全隐患排查: the things a preposition governs, then what is done to them.)
  const predicate = item.search(governed ? GOVERNED_PREDICATE : PREDICATE);
  const cut = predicate >= 0 ? predicate : item.search(COUNTED_THEN_WORK);
  // (261条配套政策措施有251条…: 有 before the next number links the part to the whole.)
  const noun = (cut > 0 ? item.slice(0, cut).replace(DONE_MANNER, '') : cut === 0 ? '' : item).replace(/[的和及与并]+$/u, '').replace(/(?<=\p{Script=Han}{2})有$/u, '');
  // (113.7公里已按计划完成年度任务: only how it was done stands before the predicate — no noun after the number.)
  if (cut > 0 && ONLY_MANNER.test(noun)) return { length: 0 };
  // 首批12项及第二批…: the count belongs to a noun joined later.
  if (/^[及和与]/u.test(noun)) return { length: 0, withheld: 'a count whose noun is joined later' };
  // 新增2家千亿级、24家百亿级工业企业: a class (千亿级) is no noun; the noun comes after the list.
  if (/[级型]$/u.test(noun)) return { length: 0, withheld: 'a class counted, its noun after the list' };
  const owner = COUNT_UNIT.test(unit) ? ownerOf(noun) : null;
  if (owner) return { noun: owner, length: owner.length };
  // (8万平方米广场等工程, 8.8平方公里起步区的规划: the things before 等, and not the work on them, as nameSubject reads them.)
  // (2.2平方公里中心文化区等市级重点项目的房屋和土地征收工作: an extent is of the things before 等, however long the rest.)
  const things = noun.replace(EXTENT_UNIT.test(unit) ? /^([^等，。；、“”"]{2,10})等[^，。；、]{2,24}$/u : /^([^等，。；、“”"]{2,10})等(?:综合|各类|相关|配套)*[^，。；、]{2,8}$/u, '$1').replace(/(?<=.{2})的(?:规划建设|规划|建设|改造|实施|新建|改建|扩建|提升|整治|修缮)(?:任务|工作)?$/u, '');
  // (2个海绵城市试点建设: a count of the things built, not of the building — as nameSubject reads it.)
  // (100万平方米棚户区改造工程建设: an extent measures the work built, not the building of it.)
  const built = COUNT_UNIT.test(unit) && /^.{2,}?[^资发造]建设$/u.test(things) ? things.replace(/(?<=.{2})(?:规划)?建设$/u, '') : EXTENT_UNIT.test(unit) && /^.{2,}?(?:工程|项目)建设$/u.test(things) ? things.replace(/建设$/u, '') : things;
  // (对86处文物开展消防检查: the work done to the things governed says which of them are counted — those worked on.)
  const work = governed && cut > 0 && built === noun ? item.slice(cut).match(GOVERNED_WORK_PHRASE)?.[0] : undefined;
  // (发挥13支国企产业基金引导作用: the role the things play is no part of what is counted.)
  const role = COUNT_UNIT.test(unit) ? built.match(ROLE_PLAYED) : null;
  if (role) return { noun: role[1]!, length: role[1]!.length, cut: true, role: true };
  // (配备31名专职消防队队员和应急救援车辆装备器材: the first of two things joined, where the measure word fits it alone.)
  const counted = firstOfTwoCounted(unit, built, '和及与') ?? built;
  // (辖12个村, 5座桥: a noun of one character, the whole item after its measure word, is counted as well.)
  const whole = counted.length >= 2 || (SINGLE_CHARACTER_NOUN.test(counted) && counted === item);
  return whole ? { noun: counted, length: counted === built ? noun.length : counted.length, cut: cut > 0 || counted !== built, work } : { length: 0 };
}

/**
 * 6条主干道的环境提升工程, 21个中心城镇的规划建设: a count counts the noun its measure word fits, the one before 的,
 * when what stands there is a noun (3个年产值超亿元的项目 counts 项目: a clause before 的 describes it). Null else.
 */
function ownerOf(noun: string): string | null {
  const m = noun.match(/^([^的、，]{2,12})的(\p{Script=Han}{2,})$/u);
  // (11条现状道路改造提升的…交通微循环工程: the things worked on, then the work, then what it belongs to.)
  const worked = m?.[1].match(/^(\p{Script=Han}{2,}?)(?:改造提升|提升改造|改造|整治|治理|提升)$/u);
  if (worked && !RELATIVE_CLAUSE.test(worked[1]) && !COUNT_VERB.test(worked[1])) return worked[1];
  // (Only where what follows 的 is what is done to them or a measure of them — 环境提升工程, 综合整治, 贫困户人均增收 —
  // and what stands before it has no verb: 竞争力强的平台企业, 为群众提供优质高效的…服务 count the noun after 的.)
  if (!m || !PROCESS_OF.test(m[2]) || RELATIVE_CLAUSE.test(m[1]) || COUNT_VERB.test(m[1]) || /\d/u.test(m[1])) return null;
  return m[1];
}

/**
 * Things counted by a head noun, then a work they do or is done for them (56个重点项目解决办证…难题, 5家医院分三个梯队用于…,
 * 84家企业整理“国补”申领材料, 539位人大代表听取…报告): the noun ends at its head. Not where the work ends in a thing made, which the whole names
 * (企业培训中心, 项目管理平台).
 */
const COUNTED_THEN_WORK = /(?<=(?:项目|企业|医院|学校|社区|农户|贫困户|家庭|单位|机构|公司|合作社|部门|患者|群众|居民|学生|教师|干部|代表|委员|党员|志愿者|专家|居委会|村委会|医护人员|医务人员))(?=(?:解决|整理|申报|用于|分(?=[一二三四五六七八九十两]+[个批期类])|办理|签订|提交|接受|享受|入驻|进驻|听取|出席|列席|审议|视察|采取|采用|坚守)[\p{Script=Han}“"](?![^，。；、]*(?:中心|基地|项目|工程|平台|站|点|室|所|馆|园|厂|体系|制度|机制|模式)$))/u;

/** A preposition just before the number, governing the things counted (对86处…, 围绕30个…). */
// (赴10个省份开展招商活动, 深入12个乡镇开展调研: the places one goes to, likewise — the work done there is no part of them.)
const governedBy = (pre: string) => /(?:(?<![应面相绝反核比])对|围绕|针对|赴|深入|前往)$/u.test(pre.trim()) && !/(?:完成|开展|进行|加强)对$/u.test(pre.trim());
/** The verbs of a work done to things a preposition governs (对86处文物开展消防检查). */
const GOVERNED_WORK = '开展|进行|实施';
/** After a preposition that governs the counted things (对, 围绕), the verb of what is done to them also ends their name. */
const GOVERNED_PREDICATE = new RegExp(`${PREDICATE.source}|(?<=\\p{Script=Han}{2})(?:${GOVERNED_WORK})`, 'u');
/** That work, whole, after the things: its verb and a few words of what it is. */
const GOVERNED_WORK_PHRASE = new RegExp(`^(?:${GOVERNED_WORK})[^，。；、\\d（(]{2,10}$`, 'u');

/** Verbs that, standing alone after a counted noun, say what is done to it (提质提效, 改造提升, 运营). */
const DONE_TO_VERB = '正在(?:建设|施工|推进|实施|建)中?|(?:实战化)?(?<!连片|全线|试)运行|办结|办妥|(?:主体|全线)?贯通|签约落地|受益|出台施行|出台实施|拔地而起|并网发电|并网|成型起势|成型|起势|亮相|施工|(?:开展|建立|深化)合作|(?:建设)?初见成效|(?:建设)?取得(?:明显|显著)?成效|(?:加快|开工|启动)建设|落地落实|落地见效|落地|落实|见效|挂牌|备案|投入运营|投入使用|建成通车|开通|通车|提档升级|提能升级|提质|提效|提速|扩面|提档|增效|运营|投用|启用|达标|达效|(?:稳步|有序|加快|扎实|全面)?推进|在?(?:全国|全省|全市)?(?:复制)?推广|实施|(?<=加快|加紧|抓紧|集中|相继|陆续)\\p{Script=Han}{2}';

/** A counted noun, then verbs alone that say what is done to it. */
/** A name of words, digits and brackets only — no clause inside it — that a word said after it may borrow. */
const PLAIN_NAME = /^[\p{Script=Han}A-Za-z0-9.（）()“”]+$/u;
/** The whole of the report's own place, said alone (全乡, 全街道, 我县), and its households counted (全乡户数). */
const WHOLE_PLACE_WORD = '全[市省区县州盟旗镇乡]|全街道|我[市省区县州盟旗镇乡]';
const WHOLE_PLACE_ALONE = new RegExp(`^(?:${WHOLE_PLACE_WORD})$`, 'u');
const WHOLE_PLACE_HOUSEHOLDS = new RegExp(`^(${WHOLE_PLACE_WORD})户数$`, 'u');
/** Joining words and marks before a subject, no part of it. */
const LEADING_JOINERS = new RegExp(`^(?:[、，的]|${JOINING_WORD})*`, 'u');
/** A verb of doing alone, a word that it was done already or in all before it (疏通, 已改扩建). */
// (新增灌溉面积16310亩，改善83950亩: 改善 and 恢复 alone, likewise — not verbs of doing in a name, 改善型住房.)
const LONE_ACTION = new RegExp(`^(?:已|共|累计|再)?(?!新?(?:开工|竣工|完工|建成|投产|签约|开业|落地|投运|投用)|完成|实现|达到)((?:${ACTION_VERB_SOURCE}|改善|恢复)(?:[、和及与并]?(?:${ACTION_VERB_SOURCE}|改善|恢复))?)$`, 'u');
/** A verb of doing at the end of a name (城区下水道安装): what was done to the thing, no part of it. */
const TRAILING_ACTION = new RegExp(`(?<=\\p{Script=Han}{2})(?:${ACTION_VERB_SOURCE})$|(?<=\\p{Script=Han})(?:存栏|在栏)$`, 'u');
const DONE_TO = new RegExp(`^(.{2,}?)(?:相继|陆续|同步|全部|均|已|及时|顺利|圆满|加快|尽快|密集|逐步|集中|稳步|有序|扎实|全面)?(?:${DONE_TO_VERB})(?:[和、并]?(?:${DONE_TO_VERB}))*$`, 'u');

/**
 * Is what stands before verbs done to it a noun? Not after a place it is in (100家企业在…中心挂牌), not a verb waiting for
 * its object (73%以上得到落实), and not a phrase with 的, whose owner is read apart (5783名职工诉求的土地落实).
 */
function doneToNoun(words: string): boolean {
  return !/[的和及与等]$/u.test(words) && !/[在的]/u.test(words) && !/(?:得到|进行|予以|加以)$/u.test(words) && !/^(?:向|对|由|从|经)/u.test(words);
}

/** The whole place a name may open with (全市, 我区): the scope of a row, not what it measures. */
const WHOLE_PLACE = /^(?:全[市省区县州盟国镇乡]|我[市省区县州盟镇乡])/u;
/** What a row measures, without its verb or the whole place's scope: 全区新增示范单位 → 新增示范单位 (of 全市…, 市区…). */
const ofTheThing = (indicator: string) => splitAction(indicator).indicator.replace(WHOLE_PLACE, '');

/** A scope before a count (全区124个社区): it stays in the row's name. */
const PLACE_SCOPE = /(?:城区|全市|市区|县城|全县|全省|全区)$/u;

/** A verb of doing that ends a phrase (县区创建), the things it acts on counted by the next number. */
const VERB_AT_END = new RegExp(`(?<=\\p{Script=Han}{2})(?:新|再|共|已|累计)?(?:${ACTION_VERB_SOURCE})$`, 'u');

/** What is done to things, or a measure of them, after 的 (X的综合整治, X的节能改造, X的贫困户人均增收). */
const PROCESS_OF = /(?:整治|整改|改造|建设|落实|实施|创建|提升|改善|治理|工作|问题|情况|任务|工程|监督|检查|全覆盖|条件|质量|方案|升级|改革|修订|推广|申报|验收|监测|管理|保护|亮化|增收|收入)$/u;

/**
 * A 、 inside one status: between levels of government (获省、市名校长称号, 获国家、省级…证书) or between the grades of one
 * prize (获国家各类金、银、铜奖, 一、二等奖).
 */
const ONE_STATUS_JOIN = /(?<=(?:国家|省|市|区|县|州)级?)、(?=(?:国家|省|市|区|县|州))|(?<=[金银铜])、(?=[金银铜])|(?<=[一二三])、(?=[一二三]等)/gu;

/**
 * The status the counted noun reaches, read from the phrase after its number (296项政策服务实现“免申即享”): where the
 * noun ends and the words of the status, or null when the phrase says no status or not one that can name them.
 */
function statusOf(item: string): { at: number; words: string } | null {
  // (Not over a list: 11830名运动员参加亚运会、开展赛事; 124个社区全部实现政企、社企分离 — where the status's words end is
  // not said.)
  // (A 、 inside quotes is part of a name: 入选…“新生代、新场景”名单.)
  if (item.replace(/[“"][^”"]*[”"]/gu, '').replace(ONE_STATUS_JOIN, '').includes('、')) return null;
  const reached = item.slice(1).match(STATUS_PREDICATE);
  if (!reached) return null;
  const at = reached.index! + 1;
  // (Unless a predicate of what was done comes first: 142个项目建成投产.)
  const doneAt = donePredicateFrom(item, 2);
  if (doneAt >= 0 && at > doneAt) return null;
  // (172项悉数转为…: an adverb alone before the verb is no noun.)
  const noun = item.slice(0, at).replace(/(?:悉数|全部|均|已|成功|顺利|正式)+$/u, '');
  if (!noun) return null;
  // (17种抗癌药大幅降价并纳入…, 1089个自然村打造成为…: the noun is followed by another predicate, not named by this one.)
  // (34项自主开展项目: a manner word before the verb, not a noun.)
  if (/[并和且及与]$/u.test(noun) || COUNT_VERB.test(noun) || /(?:自主|主动|共同|联合|统一|独立|积极|分别|相继|陆续)$/u.test(noun)) return null;
  // (…综合医院为老年人设立…: a preposition's phrase before the verb is part of what they do, not of the noun.)
  if (/(?<=\p{Script=Han}{2})(?:为|给|替)\p{Script=Han}{1,6}$/u.test(noun)) return null;
  // (通过…开展科技攻关: 通过 is "by way of" there, and the last status verb says what was reached.)
  // (Only after 通过: 获国家、省级重点新产品认定证书 is one status, 认定 inside its noun.)
  const last = reached[1] === '通过' ? [...item.matchAll(STATUS_PREDICATES)].at(-1)! : null;
  // (…开展心理帮扶已对…开展心理帮扶: a second predicate after 已 or 并 is said apart.)
  const words = (last ? item.slice(last.index! + last[0].length - last[1].length) : item.slice(at + reached[0].length - reached[1].length)).replace(/(?<=.{2})(?:已|并|且)(?=.*?(?:实现|开展|获|列入|纳入|入选|进入|成为))[^，。；]*$/u, '');
  // (进入全国前…, 成为…后: a status cut short by a number, or a time, names nothing.)
  if (/(?:前|后|第|时|超过|达|\d)$/u.test(words)) return null;
  return { at, words };
}

/** Things counted, then the role they play (…基金引导作用, …基地龙头作用): the things are what is counted. */
const ROLE_PLAYED = /^(\p{Script=Han}{2,}?)的?(?:引导|示范|带动|龙头|引领|辐射|支撑|骨干|主力军|桥梁|纽带|主阵地|主渠道|排头兵)(?:带动)?作用$/u;

/**
 * The nouns a measure word counts (条: roads, lines, rivers; 名: people), by how a noun ends: true where the noun is of
 * that kind, false where it is of another kind the word never counts, null where the word says nothing of it (个).
 */
const MEASURED: Record<string, RegExp> = {
  条: /(?:路|道|线|河|涌|溪|江|缆|管|管网|渠|街|巷|隧道|航线|廊道|绿道|水系|河流|生产线|政策|措施|举措|意见|建议)$/u,
  名: /(?:员|人|师|生|者|干部|工|士|长|手|家|户|群众|老人|儿童|妇女|青年|学生|人才|农民|居民|职工|教师|医生|队员)$/u,
  位: /(?:员|人|师|生|者|干部|工|士|长|手|家|老人|人才|专家)$/u,
  辆: /(?:车|车辆|汽车|公交|巴士)$/u,
  所: /(?:校|学|院|园|幼儿园|医院|学校|中心|站)$/u,
  座: /(?:桥|站|楼|馆|厂|塔|库|场|园|城|水库|大坝|电站|变电站|公厕|厕所|山|岛|港)$/u,
};
/**
 * Of two things joined (by one of `joiners`) after a count, the first — where the measure word fits it and not the
 * second (31名…队员和…器材, 6条主干道和综合服务大楼); null else.
 */
function firstOfTwoCounted(unit: string, phrase: string, joiners: string): string | null {
  if (!COUNT_UNIT.test(unit)) return null;
  const joined = phrase.match(new RegExp(`^([^，。；、和及与的\\d]{2,16}?)[${joiners}]([^，。；、和及与的\\d]{2,16})$`, 'u'));
  return joined && fitsMeasure(unit, joined[1]!) === true && fitsMeasure(unit, joined[2]!) === false ? joined[1]! : null;
}

function fitsMeasure(unit: string, noun: string): boolean | null {
  const kind = MEASURED[unit];
  if (!kind) return null;
  if (kind.test(noun)) return true;
  // (Only a noun of a kind some other measure word counts says no: 器材, 大楼 are no people and no roads.)
  return Object.entries(MEASURED).some(([u, re]) => u !== unit && re.test(noun)) || /(?:器材|设备|装备|设施|大楼|房屋|住房|资金|项目|工程)$/u.test(noun) ? false : null;
}

/** Nouns that name no kind of thing of their own: counted alone, they say nothing of which (125个项目). */
export const GENERIC_HEAD = /^(?:项目|工程|业务|事项|单位|平台|设施|集群|指标|措施|任务|活动|案例|成果)$/u;
/** A place and nothing else (市区, 清城区, 佛冈、清新两县): after 其中, the part of an amount said of it. */
const PLACE_ALONE = /^(?:\p{Script=Han}{0,6}(?:市区|城区|县城)|\p{Script=Han}{1,6}[市区县旗州]|[\p{Script=Han}、]{2,12}[两三四五六七八九十]个?[县区市镇])$/u;
/** Places that are kinds of things counted (开发区, 社区) or of no one place (山区, 各县). */
const NO_PLACE = /(?:开发区|示范区|保护区|园区|社区|小区|景区|片区|街区|功能区|集聚区|试验区|合作区|自贸区|保税区|城市|超市|都市)$|^(?:山区|牧区|库区|灾区|辖区|地区|分区|专区|新区|各区|各县|各市)$/u;
const isPlaceAlone = (s: string) => s.length <= 14 && PLACE_ALONE.test(s) && !NO_PLACE.test(s);

/**
 * Verbs that pick or bring in things for a task (确定100个示范点开展…, 引进100名省外校长、教师开展教育教学帮扶, 招收1.5万名在职
 * 劳动者接受中等职业教育): the things counted are the ones picked, and what they are then to do is no part of their name.
 * (Not verbs that move others to act, 推动12家医院开展…: what those do says which of them are counted.)
 */
const PICKS = /(?:确定|选择|遴选|选取|选定|筛选|组建|引进|吸纳|招收|招募|招标|选派|选聘)$/u;
/** Where the task of the things picked begins, after their noun. */
// (吸纳1万名高校毕业生来汉发展: where they come to work or settle, likewise.)
const TASK_OF_PICKED = /(?<=.{2})(?:(?:积极|共同|集中)?(?:开展|实施|进行|作为|承担|参与|参加|推进|建设|接受|建立|加入|入驻|从事|担任)|[来到回留]\p{Script=Han}{1,3}(?:发展|就业|创业|工作|落户)$).*$/u;
/** 为 before a count: the things counted are those something is done for (not 作为, 成为, 认定为 …). */
// (为不少于5万名…患者免费提供…: a bound between 为 and the count, likewise.)
const BENEFICIARY = /(?<![作成认评列定改转变视称更])为(?:不少于|不低于|超过|近|约)?$/u;
/** 为 before the things counted, or before members of them listed with 等 (为西乡、流塘等14个派出所派驻…). */
const forThem = (pre: string) => BENEFICIARY.test(pre.trim().replace(/(?<=为)[^，。；为\d]{2,30}等$/u, ''));
/** Verbs of what is done for people or places (为14个派出所派驻专职调解员, 为4434户农牧户接入宽带网络). */
// (为5000名适龄农村妇女免费进行“两癌”检查, 为7万名妇女免费做宫颈癌筛查: a check done for them, too.)
const DONE_FOR = new RegExp(`(?:派驻|配送|配备|补办|接入|安装|追回|追讨|代缴|补缴|缴纳|送去|送上|(?:进行|做)(?=[^，。；]{0,12}(?:筛查|检查|体检|手术|评估|诊疗))|${ACTION_VERB_SOURCE})`, 'u');
/**
 * What is done for the things a count after 为 counts: where their noun ends and the words of what is done, or null
 * where no verb of doing follows a noun (为企业减负 has no count; 为3家企业 alone names nothing done).
 */
function doneFor(item: string): { at: number; words: string } | null {
  // (Nor is a 、 between levels of government: 获省、市名校长称号, 获国家、省级…证书 is one status.)
  if (item.replace(/[“"][^”"]*[”"]/gu, '').replace(/(?<=(?:国家|省|市|区|县|州)级?)、(?=(?:国家|省|市|区|县|州))/gu, '').includes('、')) return null;
  const found = DONE_FOR.exec(item.slice(2));
  if (!found) return null;
  // (为5万名…患者免费提供抗精神病药物: how it is given, just before the verb, goes with what is done.)
  const manner = item.slice(0, found.index + 2).match(/(?:免费|无偿|优先|定期|上门)$/u)?.[0] ?? '';
  const at = found.index + 2 - manner.length;
  const words = item.slice(at);
  // (为1872名外地来盐建设者: a verb inside a noun of people, 建设者, is no verb; what is done names a thing after it.)
  if (/[的和及与并]$/u.test(item.slice(0, at)) || at < 2 || !/^(?![者员们人户工])[“"]?\p{Script=Han}{2}/u.test(words.slice(manner.length + found[0].length))) return null;
  return { at, words };
}

/**
 * Nouns joined by 、 (each of two characters at least), with no number, title, time or place phrase among them, and no
 * item after the first opening with a verb (…《昭君和亲》、打造…路线 are two works).
 */
const NOUN_LIST = /^(?![^，。；]*(?:已|目前|正在|[在《》]))[^、，。；：\d]{2,}(?:、[^、，。；：\d]{2,})+$/u;
const nounList = (s: string) => NOUN_LIST.test(s) && !DONE_PREDICATE.test(s) && s.split('、').slice(1).every((item) => !ANY_VERB_FIRST.test(item) && !/^近?[一二三四五六七八九十两\d]+年/u.test(item));

/** Measures joined by 、 (…供养率、…配建率): the last names a measure, and no item holds a number or a clause. */
const nounListOfMeasures = (s: string) => NOUN_LIST.test(s) && MEASURE_END.test(s);

/** Who or what level a count is of, when that is all that stands before it (中央, 自治区, 省级, 国家级). */
const OWNER_WORD = /^(?:中央|国家|省|市|县|区|州|盟|自治区|国家级|省级|市级|县级|区级|州级|盟级|乡镇级|村级|部级|省部级)$/u;

/**
 * Counts joined by 、 that share the noun after the last (中央13项、自治区45项…问题整改): each with the owner word before it,
 * the verb before the first, the noun and where it ends. Null where the clause is not so.
 */
function sharedNounCounts(clause: string, found: Candidate[], qi: number, pre: string): { members: { q: Candidate; qualifier: string }[]; verb: string; noun: string; end: number } | null {
  const q = found[qi];
  if (!COUNT_UNIT.test(q.unit)) return null;
  const lead = stripLead(pre).trim();
  const verb = lead.match(LEADING_VERBS)?.[0] ?? '';
  const first = lead.slice(verb.length);
  if (!OWNER_WORD.test(first)) return ownersAfterCounts(clause, found, qi, verb);
  const members = [{ q, qualifier: first }];
  let i = qi;
  while (i + 1 < found.length) {
    const between = clause.slice(found[i].end, found[i + 1].start).match(/^、(\p{Script=Han}{1,4})$/u);
    if (!between || !OWNER_WORD.test(between[1]) || found[i + 1].unit !== q.unit) break;
    members.push({ q: found[i + 1], qualifier: between[1] });
    i++;
  }
  if (members.length < 2) return null;
  const last = found[i];
  const tail = clause.slice(last.end, found[i + 1]?.start ?? clause.length);
  const glued = gluedNoun(tail, last.unit);
  if (!glued.noun) return null;
  return { members, verb, noun: glued.noun, end: last.end + glued.length };
}

/** Whose a count is, said right after it (20项省定、6项市定民生实事). */
// (6个盟级、42个旗级重点项目: a league's and a banner's, likewise.)
const OWNER_AFTER = /^(?:中央|国家|省|市|县|区|州|盟|旗|镇|乡)(?:定|级|属)/u;
/** 20项省定、6项市定民生实事年度任务: counts of one noun, each with its owner after its number, the noun after the last. */
function ownersAfterCounts(clause: string, found: Candidate[], qi: number, verb: string): ReturnType<typeof sharedNounCounts> {
  const q = found[qi];
  const members: { q: Candidate; qualifier: string }[] = [];
  let i = qi;
  for (; i + 1 < found.length; i++) {
    const between = clause.slice(found[i].end, found[i + 1].start);
    const owner = between.match(OWNER_AFTER)?.[0];
    if (!owner || between !== `${owner}、` || found[i + 1].unit !== q.unit) break;
    members.push({ q: found[i], qualifier: owner });
  }
  if (members.length === 0) return null;
  const tail = clause.slice(found[i].end, found[i + 1]?.start ?? clause.length);
  const owner = tail.match(OWNER_AFTER)?.[0];
  if (!owner) return null;
  members.push({ q: found[i], qualifier: owner });
  const glued = gluedNoun(tail.slice(owner.length), q.unit);
  if (!glued.noun) return null;
  // (…民生实事年度任务: the year's tasks are the things counted, named by what they are.)
  return { members, verb, noun: glued.noun.replace(/(?<=\p{Script=Han}{2})(?:年度任务|任务)$/u, ''), end: found[i].end + owner.length + glued.length };
}

/**
 * What follows 其中 in a clause without a number, up to what is said of it (进入全省前十位): the part it names, or null.
 * Likewise the subject of a share said in words (农业增加值占全市三分之一，年均增长3.8%): a clause that measures its own
 * subject, though no row is read from it, and the change after it is that subject's.
 */
function partNamedIn(text: string): string | null {
  const m =
    text.trim().match(/^其中[，,：:]?(\p{Script=Han}[^，。；、]*?)(?:进入|跃居|位居|位列|居|排名|排在|稳居|保持|实现|首次|继续)/u) ??
    text.trim().match(/^(\p{Script=Han}[^，。；、\d]*?)(?:约|均)?占(?:到)?[^，。；、\d]{0,12}?(?:[一二三四五六七八九十]+分之[一二三四五六七八九十]+|[一二三四五六七八九]成|一半|半壁江山)$/u);
  if (!m) return null;
  const part = cleanSubject(m[1]);
  return part.length >= 2 && !ANY_VERB_FIRST.test(part) ? part : null;
}

/** The fields of a row that come from its number alone. */
function rowBase(q: Candidate, pre: string): Omit<Row, 'indicator' | 'quoteStart' | 'quoteEnd'> {
  return {
    value: q.value,
    valueMax: q.valueMax,
    unit: q.unit,
    comparator: comparatorOf(withoutNote(pre), q.bound, q.unit),
    bound: boundOf(pre.trimEnd(), q),
    numberStart: q.start,
  };
}

/** Turns the quantities of one clause into rows, resolving 分别 lists and subjects stated once for several numbers. */
export function rowsOfClause(clause: string, given: Candidate[], previous: Previous | null, subjectClause: SubjectClause | null = null): Row[] {
  const found = sharedBound(clause, given);
  const paired = pairedCountRows(clause, found, previous, subjectClause);
  if (paired) return peopleOfSettlements(clause, found, paired);
  const listed = listedRows(clause, found, previous, subjectClause);
  if (listed) return listed;
  // (地区生产总值增长5%、城乡居民人均可支配收入分别增长6.0%、8.3%: a 分别 list that is the last item of a clause listing
  // statements with 、 is read as the clause it would be on its own, the items before it as theirs.)
  const item = respectivelyItemStart(clause, found);
  if (item > 0) {
    const head = found.filter((q) => q.end <= item);
    const tail = found.filter((q) => q.start >= item).map((q) => ({ ...q, start: q.start - item, end: q.end - item }));
    const tailRows = listedRows(clause.slice(item), tail, previous, null);
    if (tailRows) {
      const headRows = rowsOfClause(clause.slice(0, item - 1), head, previous, subjectClause);
      const shift = (r: Row): Row => ({ ...r, quoteStart: r.quoteStart === null ? null : r.quoteStart + item, quoteEnd: r.quoteEnd + item, numberStart: r.numberStart + item });
      return [...headRows, ...tailRows.map(shift)];
    }
  }
  const st: ClauseState = { clause, found, previous, subjectClause, rows: [], prevEnd: 0, firstSubject: '', verb: '', firstQuoteStart: null, verbQuoteStart: null };
  for (let qi = 0; qi < found.length; qi++) {
    // (A number before prevEnd was read already, as part of the previous row's subject.)
    if (found[qi].start >= st.prevEnd) readQuantity(st, qi);
  }
  return peopleOfSettlements(clause, found, st.rows);
}

/**
 * Households or persons said right after a count of settlements (山帽坡村6个村民组217户963人): the settlements' households
 * and people, not a number of them — the row is 户数 or 人口, as after a comma (otherMeasureRow).
 */
function peopleOfSettlements(clause: string, found: Candidate[], rows: Row[]): Row[] {
  for (const row of rows) {
    if (row.withheld || !(HOUSEHOLDS.test(row.unit) || /^[万千]?人$/u.test(row.unit))) continue;
    const k = found.findIndex((c) => c.start === row.numberStart);
    const count = k > 0 ? found[k - 1] : null;
    if (!count || !COUNT_UNIT.test(count.unit) || HOUSEHOLDS.test(count.unit) || PERSONS.test(count.unit)) continue;
    const noun = clause.slice(count.end, row.numberStart);
    if (noun.length < 1 || noun.length > 6 || !/^\p{Script=Han}+$/u.test(noun) || !SETTLEMENTS.test(noun) || row.indicator !== noun) continue;
    // (The village named right before the count, in a list of villages, is whose they are: 山帽坡村户数.)
    const from = Math.max(...['、', '，', '（', '(', '；', '：'].map((m) => clause.lastIndexOf(m, count.start - 1))) + 1;
    const owner = clause.slice(from, count.start).match(/^\p{Script=Han}{1,8}(?:村|社区|屯|寨)$/u)?.[0] ?? '';
    row.indicator = `${owner}${HOUSEHOLDS.test(row.unit) ? '户数' : '人口'}`;
    row.named = HOUSEHOLDS.test(row.unit) ? '户' : '人';
  }
  return rows;
}

/** What a unit measures, its magnitude aside: 万元 and 亿元 money, 亩 and 公顷 land, 人 and 名 people. */
function measureOf(unit: string): string {
  // (亿 alone: money, as news writes it after an amount of money — quantity.ts reads it so only there.)
  if (/^(?:万亿|亿)$/u.test(unit)) return 'money';
  const base = unit.replace(/^[万亿千百十]+(?=.)/u, '');
  if (/^(?:亩|公顷|平方公里|平方米|平方千米)$/u.test(base)) return 'area';
  if (/^(?:公里|千米|米)$/u.test(base)) return 'length';
  if (/^(?:人|名|位)$/u.test(base)) return 'people';
  if (/^(?:元|美元|欧元|港元|日元)$/u.test(base)) return 'money';
  return base;
}

/**
 * Whether a number in unit is no figure of the subject just stated in before: the two measure different things (亩 and
 * 户, 个 and 人). Rates and changes measure any thing; households then the persons in them are one group.
 */
function otherMeasure(before: string, unit: string, subject: string | null): boolean {
  if (RATE_UNIT.test(before) || RATE_UNIT.test(unit) || !unit || !before) return false;
  // (…有1610户，7000人: the persons after a bare count of households are the place's people, not a number of households.)
  if (HOUSEHOLDS.test(before) && PERSONS.test(unit)) return subject === '户数';
  // (64161名幼儿…补贴，共计9624.15万元; 申报项目7个，4.78亿元: money after things or people counted is what they were
  // given or what they cost — the thing's still.)
  if (COUNT_UNIT.test(before) && measureOf(unit) === 'money') return false;
  return measureOf(before) !== measureOf(unit);
}

/** Places a place is made of, counted: 行政村, 村民组, 自然寨, 社区, 乡镇 (辖26个行政村，8439户). */
const SETTLEMENTS = /(?:村|组|寨|屯|社区|居委会|村委会|街道|乡镇|镇|乡)$/u;

/**
 * A clause that says a number bare, in another measure than the subject of the clause before (32个自然寨，有1610余户，
 * 7000余人): households are no villages. Households or persons said bare after the places a place is made of are its
 * households and its people; anything else is no row, withheld for the reason (有少数民族24个，7015人 — whose people
 * they are is the groups', a name the text does not give; 培训班20期，3000人 — no population at all).
 */
function otherMeasureRow(st: ClauseState, q: Candidate, pre: string, subjectStart: number, before: string | null): void {
  const bare = /^(?:有|共有|现有|计|共计|共|总计)?$/u.test(stripLead(pre).trim()) && (SETTLEMENTS.test(before ?? '') || /^(?:全[\p{Script=Han}]{1,2}|我\p{Script=Han})?户数$/u.test(before ?? ''));
  // (有苗、布依…等8个少数民族，共75人: persons after a count of peoples are those peoples' population; after all the peoples
  // the place has — 有14个民族，共7618户，33606人 — its population.)
  const peoples = /^(?:共|共有|有|计)?$/u.test(stripLead(pre).trim()) && /民族$/u.test(before ?? '') && /^[万千]?人$/u.test(q.unit) ? (before === '民族' ? '人口' : `${before}人口`) : null;
  const own = peoples ?? (!bare ? null : HOUSEHOLDS.test(q.unit) ? '户数' : /^[万千]?人$/u.test(q.unit) ? '人口' : null);
  if (own) {
    // (The peoples' quote runs from the clause that counted them, as a borrowed subject's does.)
    pushRow(st, q, pre, peoples ? null : subjectStart, own, q.end);
    // (The quote names them by the measure word alone.)
    st.rows[st.rows.length - 1].named = own === '户数' ? '户' : peoples ? before! : '人';
    if (peoples) st.rows[st.rows.length - 1].borrowed = true;
    return;
  }
  st.rows.push({ ...rowBase(q, pre), indicator: '', quoteStart: subjectStart, quoteEnd: q.end, withheld: 'a number in another measure than the subject just stated' });
  st.prevEnd = q.end;
}

/** Money got or given for others, then what it is: (为)…企业落实担保贷款, 为企业争取上级资金 — the verb, then the money's name. */
const GIVEN_FOR = /^(?:再|全年|累计|共)?为?[^，。；]{0,20}?(?:企业|群众|农户|农民|居民|学生|村民|贫困户|工商户|市场主体|贫困人口|残疾人|老人|职工|家庭)(落实|发放|提供|争取|办理|兑现|拨付|筹集|协调|申请|申报)((?:\p{Script=Han}|[“”"]){2,12})$/u;

/** Households, then the persons in them: 165户568名, 13677户49479人, 1.06万户3.36万人. */
const HOUSEHOLDS = /^[万千百十]*户$/u;
/** Schools of a kind, counted: 普通高中, 职业中专, 幼儿园, 中小学校. */
const SCHOOL = /(?:学校|中学|小学|高中|初中|中专|中职|幼儿园|大学|学院|职校|技校|院校)$/u;
/** The people of schools just counted: 在校生, 在校学生, 专任教师, 教职工 (not 在园幼儿, which names its schools). */
const SCHOOL_PEOPLE = /^(?:在校生|在校学生|招生|毕业生|专任教师|教职工|教职员工)(?:人数|数)?$/u;
const PERSONS = /^[万千百十]*(?:人|名)$/u;

/**
 * The rows of the clause read as if its quantity k were not written, their offsets read back to the clause as written
 * (what stood from k's place on moves by its length; a quote that started at k's place starts there still).
 */
function rowsWithout(clause: string, found: Candidate[], k: number, previous: Previous | null, subjectClause: SubjectClause | null): Row[] {
  const q = found[k];
  const cut = q.end - q.start;
  const moved = (c: Candidate): Candidate => (c.start >= q.end ? { ...c, start: c.start - cut, end: c.end - cut } : c);
  const rows = rowsOfClause(clause.slice(0, q.start) + clause.slice(q.end), found.filter((_, j) => j !== k).map(moved), previous, subjectClause);
  const back = (n: number) => (n > q.start ? n + cut : n);
  return rows.map((r) => ({ ...r, numberStart: r.numberStart >= q.start ? r.numberStart + cut : r.numberStart, quoteStart: r.quoteStart === null ? null : back(r.quoteStart), quoteEnd: back(r.quoteEnd) }));
}

/**
 * One thing counted twice side by side, the numbers written together: a group in households and in persons
 * (全旗165户568名建档立卡贫困户实现稳定脱贫; 贫困人口由13677户49479人减至887户1472人), or works in a count and a length
 * (建设23条65公里农村通畅工程). Each number is read as if the other were not written — the households take the persons'
 * row (its name, its comparison), the count and the length each their own reading of the noun after them. Null where no
 * such pair stands.
 */
function pairedCountRows(clause: string, found: Candidate[], previous: Previous | null, subjectClause: SubjectClause | null): Row[] | null {
  const adjacent = (k: number) => k + 1 < found.length && found[k].end === found[k + 1].start;
  const i = found.findIndex((q, k) => adjacent(k) && ((HOUSEHOLDS.test(q.unit) && PERSONS.test(found[k + 1].unit)) || (COUNT_UNIT.test(q.unit) && !HOUSEHOLDS.test(q.unit) && EXTENT_UNIT.test(found[k + 1].unit))));
  if (i < 0) return null;
  const [a, b] = [found[i], found[i + 1]];
  if (HOUSEHOLDS.test(a.unit)) {
    const out = rowsWithout(clause, found, i, previous, subjectClause);
    const j = out.findIndex((r) => r.numberStart === b.start);
    if (j < 0) return out;
    const persons = out[j];
    // (The people lifted out of poverty, counted in households, are the households lifted.)
    // (有1610余户7110余人: the households of a place's people are its households.)
    const indicator = persons.indicator === '脱贫人口' ? '脱贫户' : /^(?:\p{Script=Han}{1,8}(?:村|社区|屯|寨))?人口$/u.test(persons.indicator) ? persons.indicator.replace(/人口$/u, '户数') : persons.indicator;
    // (入户核查37万户73万余人: a bound written after the persons' number — 余, 以上 — is theirs, not the households'.)
    const ownBound = b.bound && !a.bound && ['gte', 'lte', 'approx'].includes(persons.comparator) ? { comparator: 'eq' as Comparator, bound: null } : {};
    out.splice(j, 0, { ...persons, ...ownBound, indicator, value: a.value, valueMax: a.valueMax, unit: a.unit, numberStart: a.start, quoteStart: persons.quoteStart === null ? null : Math.min(persons.quoteStart, a.start), quoteEnd: Math.max(persons.quoteEnd, b.end), respectively: undefined });
    return out;
  }
  const out = rowsWithout(clause, found, i + 1, previous, subjectClause);
  const length = rowsWithout(clause, found, i, previous, subjectClause).find((r) => r.numberStart === b.start);
  const j = out.findIndex((r) => r.numberStart === a.start);
  if (!length || j < 0) return out;
  out.splice(j + 1, 0, length);
  return out;
}

/**
 * Where the last 、-item of a clause opens, when that item is a 分别 list of two values or more after other numbers of the
 * clause (…增长17.5%、城乡居民人均可支配收入分别增长6.0%、8.3%); -1 else.
 */
function respectivelyItemStart(clause: string, found: Candidate[]): number {
  const at = clause.indexOf('分别');
  if (at < 0 || found.length < 3 || found[0]!.start > at) return -1;
  const before = found.filter((q) => q.end <= at);
  const after = found.filter((q) => q.start > at);
  const last = before[before.length - 1];
  // (The item opens right after the last number before its 分别 and a 、 — its subjects may be a list of their own, 城镇、
  // 农村居民… — and holds no number before 分别.)
  if (!last || after.length < 2 || before.length + after.length !== found.length || !/^(?:以上|以下|左右|以内)?、/u.test(clause.slice(last.end))) return -1;
  return clause.indexOf('、', last.end) + 1;
}

/** What stands between two values of one list: a pause or a conjunction alone (7.8%和8.5%, 20%、15%). */
const VALUE_JOINER = /^(?:、|和|及|与|以及|、和)$/u;

/**
 * 分别增长20%、15%和10%以上, 提高到70%和60%以上: values listed one after another, nothing between them but 、 or 和, share the
 * bound said after the last — each is at least its figure. The quantities with that bound given to the ones before it.
 */
function sharedBound(clause: string, found: Candidate[]): Candidate[] {
  const last = found[found.length - 1];
  if (found.length < 2 || !last?.bound || last.classOf || last.rank) return found;
  // (The run of values that ends with the bounded one: each of them joined to the next by a pause or a conjunction alone.)
  let first = found.length - 1;
  while (first > 0 && VALUE_JOINER.test(clause.slice(found[first - 1]!.end, found[first]!.start)) && !found[first - 1]!.bound && found[first - 1]!.unit === last.unit && !found[first - 1]!.classOf && !found[first - 1]!.rank) first--;
  if (first === found.length - 1) return found;
  return found.map((q, i) => (i >= first && i < found.length - 1 ? { ...q, bound: last.bound } : q));
}

/**
 * The rows of a clause that lists values (分别, or as many values as subjects just stated, or one value of each of a
 * list of measures), or null when the clause is no such list.
 */
function listedRows(clause: string, found: Candidate[], previous: Previous | null, subjectClause: SubjectClause | null): Row[] | null {
  const rows: Row[] = [];
  const firstPre = clause.slice(0, found[0].start);
  const subject = cleanSubject(firstPre);
  // (Nothing after the last value but its bound: the list ends the clause.)
  const endsClause = /^(?:以上|以下|左右|以内)?$/u.test(clause.slice(found[found.length - 1].end).trim());
  // 三年平均递增10.9%、16.5%、18.1% after a 分别 list of as many subjects: the values are theirs, in order, 分别 unsaid.
  // (增长8.1%和11%: the last two joined by 和 or 及, likewise.)
  const valuesOnly = found.length >= 2 && found.every((q, i) => i === 0 || clause.slice(found[i - 1].end, q.start) === '、' || (i === found.length - 1 && /^[和及]$/u.test(clause.slice(found[i - 1].end, q.start))));
  // (新增省级、市级农业产业化龙头企业2家、20家: a list of subjects, then as many values, is a 分别 list unsaid.)
  const listedHere = valuesOnly && subject.includes('、') && distribute(subject, found.length, false) !== null;
  // (旅游人数5590.68万人次、总收入413.68亿元，增长70%、78%: as many values as the subjects just stated, 分别 unsaid.)
  const unsaid = valuesOnly && found.every((q) => q.unit === found[0].unit) && endsClause && cleanSubject(firstPre.replace(/(?:同比|比上年|较上年)?(?:增长|下降|增加|减少|提高|降低)?$/u, '')) === '';
  // (城乡居民人均可支配收入达到38504元、15326元: two values of a subject that joins a pair are the pair's, in order.)
  // (城镇居民和农村家庭人均可支配收入达到27840元、9116元: likewise two scopes joined before the measure they share.)
  // (Not where the subject joins two things of its own — 城乡居民参加养老保险和基本医疗保险参保率保持在90%和98%: the two
  // values may be the two insurances', not town and country's.)
  // (金融机构存贷款余额355.81亿元、195.72亿元: a word that joins a pair of its own, anywhere in the name, likewise — 城乡
  // only at its head, where it is the scope: 城乡居民基本养老保险 names one scheme.)
  // (大口径财政收入和一般公共预算收入1.9亿元、1.2亿元: two measures, each named whole, joined by 和: each value one's.)
  const joinsPair = COMPOUND_PAIRS.some(([joined]) => (joined === '城乡' ? subject.startsWith(joined) : subject.includes(joined))) && !/[和及与]/u.test(subject.slice(2));
  const joinedTwo = subject.match(/^([^和及与、]+)[和及与]([^和及与、]+)$/u);
  const twoMeasures = !!joinedTwo && joinedTwo.slice(1).every((m) => m.length >= 4 && MEASURE_END.test(m) && !BARE_MEASURE.test(m));
  const pairHere = valuesOnly && found.length === 2 && !firstPre.includes('、') && (joinsPair || twoMeasures || pairsScopes(subject));
  const respectively =
    firstPre.match(/^(.*?)分别(.*)$/s) ??
    (pairHere ? ['', firstPre, ''] : null) ??
    // (…分别达37188元、18660元，年均增速8.2%、9.3%: the name of their change alone is no new subject.)
    (valuesOnly && previous?.subjects?.length === found.length && /^(?:年均|平均)?(?:增速|增幅|增长率|降幅|减幅)?$/u.test(subject) ? ['', '', firstPre] : listedHere ? ['', firstPre, ''] : unsaid && (subjectClause?.earlier ?? []).length >= found.length ? ['', '', firstPre] : null);
  // Values listed whose subjects are not known — withheld, each, for the reason:
  // 民生支出364亿元，同比增长55.4%、35.8%、38.7%: values joined by 、 alone, with no list of subjects to share them: whose
  // each is, is not said (one thing does not grow by three rates).
  // (引进项目121个、186个和743个: so too values of one unit said of a single thing with no list to share them.)
  const oneThing = valuesOnly && found.every((q) => q.unit === found[0].unit && !q.rank && !q.classOf) && endsClause && !subject.includes('、');
  // (私营企业户数、从业人员、注册资金为0.6万户、4.0万人和226.1亿元: as many values as subjects listed that do not split into
  // names — whose each is, is not told.)
  // (Not gaps to places listed — 高于全国、全省1个、0.2个百分点 — each read below.)
  const untold = valuesOnly && subject.split('、').length === found.length && !/(?:高于|低于|快于|慢于|高出|超出|领先|落后)/u.test(firstPre) && endsClause;
  const unknown = respectively ? null : untold ? 'a list of values whose subjects are not told apart' : unsaid || oneThing ? 'a list of values whose subjects are not said' : null;
  if (unknown) {
    for (const q of found) rows.push({ ...rowBase(q, firstPre), indicator: '', quoteStart: 0, quoteEnd: found[found.length - 1].end, withheld: unknown });
    return rows;
  }
  // (城和农村居民家庭人均可支配收入分别达到2427312246元: one value said of each of a list — a page that lost the comma between
  // two, or a value the text left out —: whose it is, is not told. Withheld, not published as the list's.)
  if (respectively && found.length === 1 && /\p{Script=Han}(?:和|及|与|、)\p{Script=Han}/u.test(cleanSubject(respectively[1]))) {
    rows.push({ ...rowBase(found[0], firstPre), indicator: '', quoteStart: 0, quoteEnd: found[0].end, withheld: 'one value said of each of a list' });
    return rows;
  }
  if (respectively && found.length >= 2) {
    const listed = respectivelyRows(clause, found, previous, subjectClause, firstPre, respectively);
    // (A list whose values, of one unit, all went to one name was not told apart: whose each is, is not said — withheld.
    // Values of different units may measure one thing: 品种分别突破600个、20类.)
    const named = listed?.filter((r) => !r.withheld) ?? [];
    if (listed && named.length >= 2 && new Set(named.map((r) => r.indicator)).size === 1 && new Set(named.map((r) => r.unit)).size === 1) {
      return listed.map((r) => (r.withheld ? r : { ...r, withheld: 'a list of values whose subjects are not told apart' }));
    }
    if (listed) return listed;
  }
  // 有意愿特困人员集中供养率、新建居住区养老设施配建率均达100%: one value said of each of a list of measures (均, 都) is
  // each one's, a row apiece.
  const each = found.length === 1 ? firstPre.match(/^(.*?)(?:均|都)(?:为|达到|达|超过|保持在|保持|稳定在|在|实现|控制在|不低于|不少于|高于|低于)?$/su) : null;
  const eachOf = each ? cleanSubject(each[1]) : '';
  const members = eachOf.includes('、') && nounListOfMeasures(eachOf) ? distribute(eachOf, eachOf.split('、').length, false) : null;
  // (主营收入、利润总额、上缴税费均实现10%以上: a share said of amounts is their growth, unsaid — not read.)
  if (members && members.every((m) => m.length >= 4 && MEASURE_END.test(m) && (found[0].unit !== '%' || /(?:率|比重|占比|比例)$/u.test(m)))) {
    const q = found[0];
    for (const member of members) rows.push({ ...rowBase(q, firstPre), indicator: member, quoteStart: 0, quoteEnd: q.end, borrowed: true, respectively: true });
    return rows;
  }
  return null;
}

/** The rows of a 分别 list (or one unsaid): `respectively` holds the words before 分别 and those after it. */
function respectivelyRows(clause: string, found: Candidate[], previous: Previous | null, subjectClause: SubjectClause | null, firstPre: string, respectively: string[]): Row[] | null {
  const rows: Row[] = [];
  /** Every value of the list, read and withheld for one reason. */
  const withheldAll = (indicator: string, quoteStart: number, withheld: string): Row[] =>
    found.map((q) => ({ ...rowBase(q, firstPre), indicator, quoteStart, quoteEnd: found[found.length - 1].end, withheld }));
  // (…、农村居民人均可支配收入三项增速分别为…: the count of the list and the name of the change are no part of a subject.)
  // (香洲、金湾和斗门三个行政区分别实现…: the count of the places listed, and what they are, are no part of each.)
  let subject = cleanSubject(respectively[1]).replace(/[两二三四五六七八九十]项(?:增速|增幅|降幅|指标)?$/u, '');
  const placesCounted = subject.match(/^([^、，]{2,}(?:、[^、，]{2,})*(?:[和及与][^、，和及与]{2,}))[两二三四五六七八九十]个(?:行政区|县区|区县|县市区|县（市、区）|县（市）|乡镇|镇|街道|园区)$/u)?.[1];
  if (placesCounted) subject = placesCounted;
  let listStart = 0;
  // 城乡居民人均可支配收入分别为…，分别增长4.6%和6.6%: a list without a subject is of the subjects just listed, or of
  // the clause without a number just before it.
  let listed: string[] | null = null;
  const earlier = subjectClause?.earlier ?? [];
  if (!subject && previous?.subjects?.length === found.length) listed = previous.subjects;
  // (…事故616起，比上年增加16.5%，死亡281人、直接经济损失1293万元，分别减少…: more rows before, but as many as the
  // values in the one clause just before, each of its own subject — theirs.)
  else if (
    !subject &&
    !subjectClause?.text &&
    (earlier.length === found.length ||
      (earlier.length > found.length &&
        earlier.slice(-found.length).every((x) => x.clause === earlier[earlier.length - 1].clause) &&
        earlier[earlier.length - found.length - 1].clause !== earlier[earlier.length - 1].clause &&
        new Set(earlier.slice(-found.length).map((x) => x.indicator)).size === found.length))
  ) {
    // 接待游客1582万人次，旅游收入106.8亿元，分别增长29%和49.7%: the values are of the subjects just stated, in order.
    const of = earlier.slice(-found.length);
    // (Unless a row of those clauses was read but not published: the values may then be of it, and whose is which is not
    // said — 基本单位清查二三产业单位5.4万户、个体户25.1万户，较“四经普”分别增长…, the second row unfit.)
    if (of.some((x) => subjectClause?.withheldClauses?.includes(x.clause))) return withheldAll('', 0, 'a list of values of subjects one of which was not published');
    listed = of.map((x) => x.indicator);
    listStart = of[0].start;
  }
  else if (!subject && subjectClause?.text) {
    subject = cleanSubject(subjectClause.text);
    listStart = subjectClause.start;
  }
  // 分别增长29%和49.7% after rows that are not as many as its values: whose each value is, is not said.
  if (!subject && !listed) return withheldAll('', 0, 'a list of values whose subjects are not said');
  // Several subjects share the values in order; one subject (品种分别突破600个、20类) takes them all.
  const oneKind = found.every((q) => q.unit === found[0].unit);
  // (一、二、三次产业分别实现增加值99.8亿元、…: the measure the verb after 分别 names is each member's — 第一产业增加值; 经济
  // 开发区、横店电子产业园区分别完成平台拓展1700亩和1213亩: what was done, likewise — not a change, 分别实现增长. The members
  // are then whole names, sharing no tail.)
  let measure: string | undefined = respectively[2]?.trim().match(/^(?:实现|完成)(\p{Script=Han}{2,8})$/u)?.[1];
  // (Nor a share of a plan — 分别完成年度投资计划的194%、212%: the plan is no thing the members did.)
  if (measure && (/(?:增长|增加|提高|上升|下降|减少|降低|达到|突破|超过|翻番|的)$/u.test(measure) || /计划|任务|目标/u.test(measure) || RATE_UNIT.test(found[0].unit))) measure = undefined;
  // (The places counted, 香洲、金湾和斗门, are members whatever their length, the last joined by 和.)
  const members = measure ? subject.split(placesCounted ? /、|[和及与]/u : '、').map((m) => m.trim()).filter(Boolean) : [];
  // (Not where the list ends on what groups its members — 新能源、…、汽车零部件五大产业集群: the last is no member alone.)
  const grouped = /[两二三四五六七八九十\d]+(?:大|个|类|项|家|条)/u.test(subject);
  let subjects = listed ?? (!grouped && members.length === found.length && members.every((m) => m.length >= (placesCounted ? 2 : 3) && !/[和及与]/u.test(m)) ? members : distribute(subject, found.length, oneKind));
  // (一、二、三产业 → 第二产业…: the ordinal's 第 is unfolded too.)
  const unfolded = !listed && subjects !== null && (COMPOUND_PAIRS.some(([joined]) => subject.includes(joined)) || subjects.some((n) => /^第/u.test(n) && !/^第/u.test(subject)));
  // 存贷款余额分别达到5000亿元、4000亿元 said of one subject that does not split: which value is whose is not said.
  if (!subjects && subject && oneKind && !/、|[和及与]/.test(subject)) return withheldAll(subject, listStart, 'one subject for several values of one kind');
  // 品种分别突破600个、20类: one subject takes values of different kinds. A list that did not split (对非洲、拉美
  // 市场出口分别增长20%、7.6%) cannot say which value is whose: its rows are withheld.
  const undivided = /、/.test(subject) || (oneKind && /[和及与]/.test(subject));
  if (!subjects && subject && undivided) return withheldAll(subject, listStart, 'a list of subjects that does not split over its values');
  // 城镇和农村居民人均可支配收入分别增长7.8%和8.5%、达到49601元和28224元: one 分别, then lists of as many values as its
  // subjects, each list after a verb of its own — each value its subject's, in order, read with its own list's verb (not
  // every value a growth because the first list's verb was).
  const runs = !listed && !subjects && subject ? valueRuns(clause, found) : [];
  const perRun = runs.length >= 2 && runs.every((run) => run.length === runs[0].length) ? distribute(subject, runs[0].length, runs[0].every((q) => q.unit === runs[0][0].unit)) : null;
  if (perRun) {
    runs.forEach((run, k) => {
      const before = k === 0 ? firstPre : clause.slice(runs[k - 1][runs[k - 1].length - 1].end, run[0].start);
      const comparator = comparatorOf(withoutNote(before), run[run.length - 1].bound, run[0].unit);
      run.forEach((q, i) =>
        rows.push({ indicator: perRun[i], value: q.value, valueMax: q.valueMax, unit: q.unit, comparator, bound: boundOf(i === 0 ? before.trimEnd() : '', q), quoteStart: listStart, quoteEnd: found[found.length - 1].end, numberStart: q.start, respectively: true, borrowed: false }),
      );
    });
    return rows;
  }
  // (Lists after their own verbs that do not pair with the subjects — 分别增长7.8%和8.5%、达到49601元 — say no value's
  // subject: withheld, not every value given the one name and the first list's verb.)
  if (runs.length >= 2) return withheldAll(subject, listStart, 'a list of subjects that does not split over its values');
  subjects ??= subject ? found.map(() => subject) : null;
  if (subjects && measure && !listed) subjects = subjects.map((s) => (s.endsWith(measure!) ? s : `${s}${measure}`));
  if (subjects) {
    const comparator = comparatorOf(firstPre, found[found.length - 1].bound, found[0].unit);
    found.forEach((q, i) =>
      rows.push({
        indicator: subjects[i],
        value: q.value,
        valueMax: q.valueMax,
        unit: q.unit,
        comparator,
        // (分别超过30%、42%: a bound said before the list bounds each value.)
        bound: boundOf(i === 0 || /分别(?:超过|超|不低于|不少于|至少|突破)$/u.test(firstPre.trim()) ? firstPre : '', q),
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
  return null;
}

/** A clause as its quantities are read one after another: its rows so far, and what later rows may borrow from them. */
interface ClauseState {
  clause: string;
  found: Candidate[];
  previous: Previous | null;
  subjectClause: SubjectClause | null;
  rows: Row[];
  /** Where the words of the next row's subject may start: the end of the last row read. */
  prevEnd: number;
  firstSubject: string;
  verb: string;
  // Where the rows that stated firstSubject and verb start: a row that borrows their words quotes from there.
  firstQuoteStart: number | null;
  verbQuoteStart: number | null;
}

/**
 * Whether a clause's rows are only counts of different things listed one after another (实施52个省重点项目、280个市重点
 * 项目; 22个扶贫专项、278个脱贫项目): a measure said after them — 投资, 投入资金 — is all of theirs.
 */
export function countsListed(rows: Row[], clause: string): boolean {
  return (
    rows.length > 1 &&
    new Set(rows.map((r) => r.indicator)).size === rows.length &&
    rows.every((r, i) => !r.withheld && COUNT_UNIT.test(r.unit) && r.quoteStart !== null && (i === 0 || clause[rows[i - 1].quoteEnd] === '、'))
  );
}

/** A change on the year before alone (比上年提高, 同比回落): after a growth rate, in points, the rate's change. */
const RATE_GAINED = /^(?:比上年|较上年|比去年|较去年|同比)(?:提高|提升|加快|上升|增加|回落|下降|降低|放缓|减少)了?$/u;
/** A measure of things, of a year or not (2025年营业收入, 工业总产值): said right after a count, it is the counted things'. */
// (42个省重点项目投资完成148.47%: the things' investment, likewise.)
const COUNTED_MEASURE = /^(?:\d{4}年)?(?:规模以上工业|规上工业|工业)?(?:营业收入|主营业务收入|营收|总产值|产值|增加值|利润|利税|税收|销售收入|销售额|交易额|(?:累计)?投入(?:财政)?资金|(?:年度)?(?:总)?投资)$/u;
const COUNTED_MEASURE_AT_END = new RegExp(`(?<=\\p{Script=Han}{2})${COUNTED_MEASURE.source.slice(1, -1)}(?:达到|达|超过|超|突破|增长|下降|提高|增加|减少|完成)?$`, 'u');

/** A verb's 了 at the head of a work that names things (解决了拖欠工资问题的农民工 → 解决拖欠工资问题的农民工). */
const DONE_PARTICLE = /^(\p{Script=Han}{1,2}?)了(?![解结])(?=\p{Script=Han}{2})/u;

/** A row for quantity q, its subject and the start of its quote as read; the next row's words start after quoteEnd. */
function pushRow(st: ClauseState, q: Candidate, pre: string, quoteStart: number | null, indicator: string, quoteEnd: number, borrowed = false): void {
  const level = q.rank || /前$/.test(pre) && /^(?:位|名)$/.test(q.unit) ? (/前$/.test(pre) ? 'lte' : 'eq') : comparatorOf(withoutNote(pre), q.bound, q.unit);
  // (产业营收保持20%以上增长, 实现6%左右的增长: a rate kept or reached, then the word of the change, is that change.)
  const kept = RATE_UNIT.test(q.unit) && q.unit !== '个百分点' && /(?:保持|保持了|实现|实现了|维持)$/u.test(pre.trimEnd()) ? st.clause.slice(q.end).replace(/^(?:以上|以下|左右|以内|上下)/u, '').match(/^的?(?:(增长|正增长)|(下降|负增长))(?![率速])/u) : null;
  const comparator = kept ? (kept[1] ? 'growth' : 'decline') : level;
  // (带动固定资产投资增长5.1%: the rate is the thing's own growth, which the work before drove; 带动消费8.7亿元 is the
  // amount driven, and keeps the verb.)
  const driven = RATE_UNIT.test(q.unit) && (comparator === 'growth' || comparator === 'decline') ? indicator.replace(/^带动(?=\p{Script=Han}{2})/u, '') : indicator;
  // (1122个事项“一次办好”: things of no kind of their own, then the quoted state they reached — “一次办好”事项.)
  const quotedState = driven.match(/^(事项|项目|村|社区|企业|学校|家庭|户)([“"][^”"]{2,10}[”"])$/u);
  st.rows.push({
    borrowed: borrowed || !!quotedState,
    // (安全生产整治行动[1]: a note mark is no part of the name.)
    // (对7个…项目村进行了检查验收: 了 left of 进行了, a predicate read apart, is no part of what was done.)
    indicator: (quotedState ? `${quotedState[2]}${quotedState[1]}` : driven).replace(/[\[［]\d{1,2}[\]］]/gu, '').replace(/^了(?=\p{Script=Han}{2})/u, ''),
    value: q.value,
    valueMax: q.valueMax,
    unit: q.unit,
    comparator,
    bound: boundOf(pre.trimEnd(), q),
    quoteStart,
    quoteEnd,
    numberStart: q.start,
  });
  st.prevEnd = quoteEnd;
}

/**
 * A number glued to the noun after it: 试点组建4个重点产业链特聘专家团 counts the noun, not what stood before. True when
 * the row (or a withheld one) is read; false when no noun follows.
 */
/** Places counted, then a measure of theirs and the level it reaches: 村集体经济收入超100万元, 镇街地方财政收入超过亿元. */
// (4个乡镇（开发区）财政收入超2亿元: a kind in brackets after the places is theirs; 9个工业项目固投超亿元: projects too.)
const PLACES_REACHING = /^((?:镇街|乡镇|街道|社区|村|镇|乡|企业|(?:工业|产业|重点)?项目)(?:[（(][^（）()，。；、\d]{1,8}[）)])?)([^，。；、\d（）()]{2,12}?)(超过|超|突破|达到|达|过)((?:亿|万|千万|百万)元)?$/u;

/**
 * 12个村集体经济收入超100万元, 9个镇街地方财政收入超过亿元: places counted by a level of theirs they reach, named by it —
 * 集体经济收入超100万元的村 (the level a class, no row: see quantity.ts). True when the row is read.
 */
function reachingRow(st: ClauseState, q: Candidate, pre: string, tail: string, quoteStart: number | null): boolean {
  const reaching = COUNT_UNIT.test(q.unit) ? tail.match(PLACES_REACHING) : null;
  if (!reaching) return false;
  const next = st.found.find((c) => c.start === q.end + tail.length);
  // (总投资达205.39亿: an amount in 亿 alone, as news writes money, likewise.)
  const level = reaching[4] ?? (next && /^(?:[万亿千百十]*元|万亿|亿)$/u.test(next.unit) ? st.clause.slice(next.start, next.end) : '');
  if (!level) return false;
  // (销售收入均突破…: that each reached it is no part of the name.)
  pushRow(st, q, pre, quoteStart, `${reaching[2].replace(/(?<=\p{Script=Han}{2})(?:均|都|也|全部)$/u, '')}${reaching[3]}${level}的${reaching[1]}`, reaching[4] ? q.end + tail.length : next!.end);
  // (The quote holds the words as written, the places first.)
  Object.assign(st.rows[st.rows.length - 1], { named: `${reaching[1]}${reaching[2]}${reaching[3]}${level}`, levelReached: true });
  return true;
}

function gluedNounRow(st: ClauseState, q: Candidate, pre: string, tail: string, limit: number, subject: string, quoteStart: number | null, framed: boolean): boolean {
  const { clause, rows } = st;
  // 年产3000辆专用车项目: a capacity names the project.
  // (各部门围绕30个课题: who acts, and the preposition, are no part of the things it governs.)
  const governed = governedBy(pre);
  // (幼儿园5所和医院2家: a thing joined with a number of its own is the next count's noun, not this one's — whose is before it.)
  // (Not where a noun follows that number, shared by both: 首批12项及第二批14项重点改革.)
  const next = st.found.find((c) => c.start === q.end + tail.length);
  const joinedCounted = /^[及和与][^，。；、\d]{1,12}$/u.test(tail) && !!next && /^(?:以上|以下|左右)?(?:[，。；、]|$)/u.test(clause.slice(next.end));
  const glued = /(?:年产|日产|年处理|年吞吐|产能)$/u.test(pre.trim()) ? { length: 0, withheld: 'a capacity that names a project' } : joinedCounted ? { length: 0 } : gluedNoun(tail, q.unit, governed);
  if (glued.withheld) {
    rows.push({ ...rowBase(q, pre), indicator: subject, quoteStart, quoteEnd: q.end, withheld: glued.withheld });
    st.prevEnd = q.end;
    return true;
  }
  // (户籍人口320万人口: the population named before the number is the one counted.)
  if (glued.noun === '人口' && subject.endsWith('人口')) {
    pushRow(st, q, pre, quoteStart, subject, q.end + glued.length);
    return true;
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
    // (开工建设龙川新城首期18个项目: after the verbs, the words before the number say which of the noun.)
    const modifier = item.replace(LEADING_VERBS, '');
    // (横塘水和碧岭水2个海绵城市试点: as many names as the count, joined before it, are the things counted, not which kind.)
    const members = modifier.split(/[、和及与]/u);
    const named = members.length >= 2 && members.length === q.value && members.every((m) => m.length >= 1 && m.length <= 8);
    const phraseLead = named || governed ? '' : item.length > 8 && modifier !== item && modifier.length >= 2 && modifier.length <= 8 && !/\d/.test(modifier) ? modifier : item === rawItem.replace(/(?<=\p{Script=Han}{2})(?<![拥具占])(?:共有|有)$/u, '') && item.length >= 2 && item.length <= 8 && !/\d/.test(item) && !/[和及与]$/.test(pre.trim()) ? item.replace(/(?<![拥具占])(?:共有|有)$/u, '').replace(/(?<=\p{Script=Han}{2})(?:已|现|共)?拥有$/u, '').replace(/^(?:已经|已|共)?(?:对|向|为)(?=\p{Script=Han}{2}|$)/u, '').replace(/^(?:现|已|拥|共|拥有|具有|现有|共有)$/u, '').replace(/^((?:全|我)[市省区县州盟旗镇乡街])(?:拥有|具有|现有|共有|已有)$/u, '$1') : '';
    const lead =
      pre.match(COUNTING_VERB)?.[0] ??
      (pre.includes('、') ? (stripLead(pre).match(LEADING_VERB)?.[0] ?? (BARE_VERB.test(item) ? item : '')) : phraseLead);
    // “免陪照护服务”试点扩大至145家医院: after a change verb the subject stays, and the noun says what it counts.
    const grown = /(?:扩大|拓展|扩展|延伸|增加|增|提高|提升|上升)(?:至|到)$/u.test(pre.trim()) ? subject.replace(/(?:扩大|拓展|扩展|延伸|增加|增|提高|提升|上升)$/u, '') : '';
    // (引导3家金融机构为科技企业提供…: a verb that moves others to act is not what the counted things are.)
    // (已完成对6个街道…: the preposition after the verb is no part of the name.)
    // (推动我市37家重点耗能企业: the report's own government, who acts, is no part of which things are counted.)
    // (督促企业为2.56万名劳动者补办社会保险: the people something is done for, named by it.)
    const doneForThem = forThem(pre) && COUNT_UNIT.test(q.unit) && limit === clause.length ? doneFor(glued.noun) : null;
    if (doneForThem) {
      // (为6.2万名农民工解决了拖欠工资问题: 了 says it was done, and is no part of the work that names them.)
      pushRow(st, q, pre, quoteStart, `${doneForThem.words.replace(DONE_PARTICLE, '$1')}的${glued.noun.slice(0, doneForThem.at)}`, q.end + glued.length);
      Object.assign(rows[rows.length - 1], { relative: true, named: glued.noun });
      return true;
    }
    // (公开招标11家民办非企业单位作为预选供应商: the things picked, without the task they are picked for.)
    // (实现每千名户籍老人拥有40张养老床位目标: 目标 frames what is to be reached, and is no part of the things counted.)
    const framedGoal = /(?:实现|完成|达到|达成)/u.test(pre) && /(?<=\p{Script=Han}{2})目标$/u.test(glued.noun);
    const picked = PICKS.test(rawItem) ? glued.noun.replace(TASK_OF_PICKED, '') : glued.noun;
    const noun = framedGoal ? picked.replace(/目标$/u, '') : picked;
    // (每千名户籍老人拥有40张养老床位: a count per head of people keeps the heads — 40 beds for each thousand, not 40 beds.)
    const perHead = pre.trim().match(/每(?:[一二三四五六七八九十百千万]+|\d+)(?:名|个|位)?[^，。；、\d]{1,10}?(?:拥有|配备|配置|有)$/u);
    if (perHead) {
      pushRow(st, q, pre, quoteStart, `${perHead[0]}${noun}`, q.end + glued.length);
      return true;
    }
    if (glued.work && noun === glued.noun) {
      // (进行 is a verb of no meaning of its own: 进行重点监督 → 重点监督的….)
      const work = glued.work.replace(/^进行/u, '').replace(DONE_PARTICLE, '$1');
      pushRow(st, q, pre, quoteStart, `${work}的${noun}`, q.end + noun.length + glued.work.length);
      Object.assign(rows[rows.length - 1], { relative: true, named: `${noun}${work}` });
      return true;
    }
    // (宁夏现代煤化工、中科生物制造2个平台入选首批国家级中试平台: the things listed by name, then the status they reached — a
    // title of their kind names them, as nameSubject reads a status.)
    const reachedAfter = glued.cut && COUNT_UNIT.test(q.unit) ? statusOf(`${noun}${tail.slice(glued.length).replace(ONE_STATUS_JOIN, '\uE000').split(/[，。；、]/u)[0].replaceAll('\uE000', '、')}`) : null;
    const title = reachedAfter && reachedAfter.at === noun.length ? reachedAfter.words.match(/^(?:入选|获评|被评为|评为|荣获|被认定为|认定为|被命名为|命名为|跻身)(.{2,})$/u)?.[1] : undefined;
    if (title && title.endsWith(noun.slice(-2)) && title.length <= 24) {
      pushRow(st, q, pre, quoteStart, title, q.end + glued.length + reachedAfter!.words.length);
      Object.assign(rows[rows.length - 1], { borrowed: true, named: `${noun}${reachedAfter!.words}` });
      return true;
    }
    // (覆盖全部28个社区: "all of them" before the count says how many, not which.)
    pushRow(st, q, pre, quoteStart, `${grown || ((CAUSATIVE.test(lead.replace(/^(?:共|累计|全年)/u, '')) && glued.cut) || framed || glued.role ? '' : lead.replace(/(?<=完成|开展|进行|加强)(?:对|向)$/u, '').replace(OWN_GOVERNMENT, '').replace(HOLDS, '').replace(/(?<=\p{Script=Han}{2})(?:全部|所有)$/u, ''))}${noun}`, q.end + (noun === glued.noun ? glued.length : noun.length));
    return true;
  }
  return false;
}

/** A growth rate alone, with no basis of its own (同比增幅, 年均增速), and the words that state it (…增长幅度是). */
const GROWTH_RATE_ALONE = new RegExp(`^(?:同比|年均)?(?:${GROWTH_RATE_NAME}|增长率)$`, 'u');
const GROWTH_RATE_SAID = new RegExp(`(?:${GROWTH_RATE_NAME}|增长率)(?:为|达到|高达|达|是|超过|超|不低于|保持在|保持)?$`, 'u');

/** Reads the row (or rows) of the clause's quantity qi. */
function readQuantity(st: ClauseState, qi: number): void {
  const { clause, found, previous, subjectClause, rows } = st;
  const q = found[qi];
  const limit = found[qi + 1]?.start ?? clause.length;
  // (占全省的80%, 占中欧班列‘东通道’通行量的80%以上: a share of a whole, its 的 no attribute of a thing counted after it.)
  const pre = clause.slice(st.prevEnd, q.start).replace(/(?<=占[^，。；、的\d]{1,24})的$/u, q.unit === '%' ? '' : '的');
  // 完成中央13项、自治区45项生态环境保护督察反馈问题整改; 新增国家级2家、省级15家专精特新企业: counts of one noun
  // said after the last, each with its own level or owner before its number.
  const shared = sharedNounCounts(clause, found, qi, pre);
  if (shared) {
    for (const [i, member] of shared.members.entries()) {
      rows.push({
        ...rowBase(member.q, i === 0 ? pre : ''),
        indicator: `${shared.verb}${member.qualifier}${shared.noun}`,
        quoteStart: st.prevEnd + (pre.length - pre.trimStart().length),
        quoteEnd: shared.end,
        borrowed: i < shared.members.length - 1,
      });
    }
    st.prevEnd = shared.end;
    return;
  }
  // (Not 与 before a distance, 与县城直距45公里, nor 和 of a word, 和平村.)
  const subjectStart = st.prevEnd + (pre.match(LEADING_JOINERS)?.[0].length ?? 0);
  const read = rows.filter((r) => !r.withheld);
  // 全社会工业总产值1176亿元，其中规模工业总产值进入全省前十位，达1108亿元: a part named by a clause without a number
  // between them is what the next number measures, not the thing before it.
  const partBetween = !read.length && !rows.length && subjectClause?.text ? partNamedIn(subjectClause.text) : null;
  // (地区生产总值五年跨过3个万亿级关口、突破10万亿元: the milestones' count is withheld, but its subject is what goes on.)
  const milestonesBefore = rows.length ? rows[rows.length - 1].milestonesOf : undefined;
  const saidLast = milestonesBefore || (read.length ? read[read.length - 1].indicator : (partBetween ?? previous?.indicator ?? null));
  // (…增速全省排列第68位，全州排列第4位，两年平均增长5.3%: a measure after a rank in a scope is the thing's that was ranked,
  // not the rank's.)
  const lastUnit = read.length ? read[read.length - 1].unit : previous?.unit;
  const said = saidLast && !q.rank && !/^(?:位|名)$/u.test(q.unit) && lastUnit === '位' ? saidLast.replace(/(?<=[\p{Script=Han}A-Z]{2})(?:增速|增幅|总量)?(?:全国|全省|全区|全市|全州|全盟|全县)排名$/u, '') : saidLast;
  // (地方一般公共预算收入3.5亿元，自然增幅2%，同口径完成3.67亿元: an amount or a count is the thing's, never its rate's.)
  // (Not a rank: 增速…居全国第23位 ranks the rate.)
  // (…增长6%，高于全省1个百分点，总量跨过3000亿元: nor the gap's — of the rate to another place's.)
  // (固定资产投资280亿元，占计划的100%，同比增长4.6%: a change on the year before, after a share, is the thing's — no share
  // grows 同比.)
  const ofShare = said && q.unit === '%' && /(?:同比|比上年|较上年|比去年|可比口径)/u.test(pre) ? said.match(/^(\p{Script=Han}[^，。；]*?)占[^，。；]+比重$/u)?.[1] : undefined;
  const before = ofShare ?? (said && !RATE_UNIT.test(q.unit) && !q.rank && !/前$/u.test(pre) ? said.replace(GAP_OF_RATE, '').replace(RATE_OF_THING, '') : said);
  // (32个自然寨，有1610余户，7000余人: a number in another measure than the thing of the clause before is not of it.)
  const notOfBefore = (!read.length || before === '户数') && !!lastUnit && otherMeasure(lastUnit, q.unit, before);
  // (完成年度计划的102.8%（下同）: a note that the same holds below is no noun after the number; 增长24.8%（全省第二）: nor
  // is a rank in brackets.)
  // (比上年增加908元（按2015年户籍人口计算）: nor a note on how it was counted; 为调整预算的101.8%（下称“预算”）: nor the
  // short name a word is given below.)
  const tail = clause.slice(q.end, limit).replace(/^[（(](?:下同|同上|下略|下文同|(?:以下简称|下称|简称)[^（）()，。；]{1,20}|(?:按|扣除|剔除|折合)[^（）()，。；]{1,30}|[^（）()，。；]{0,10}?(?:第[一二三四五六七八九十\d]{1,3}(?:位|名)?|前[一二三四五六七八九十\d]{1,3}(?:位|名)?))[）)]/u, '');
  let quoteStart: number | null = subjectStart;
  // (以向企业提供15万个合格工人为重点: inside the frame 以…为重点 the words before the number are the frame's.)
  const framed = /^以/u.test(stripLead(pre).trim()) && /^[^，。；]*为(?:重点|主|目标|核心|抓手)/u.test(tail);
  // (比全省平均水平高9277元: the words of a gap to another place's level, read once for the branches below.)
  const gap = placeGap(pre);
  if (q.classOf) {
    rows.push({ ...rowBase(q, pre), indicator: '', quoteStart, quoteEnd: q.end, withheld: 'a number that names a class, a qualifier, a specification or a part of the text (20万吨级, 50万元以上的村, 2×35万千瓦, 7条路径)' });
    // A qualifier stays in the name of what follows it (收入50万元以上的行政村占比), and the places ranked in the rank.
    // (3人制篮球场: a class made by a number stays in the name of what follows it, too.)
    // (20万吨级码头3个, 200—300万吨级焦化企业7户: a grade made by a number, likewise.)
    if (!/^(?:[的制级]|范围)/u.test(clause.slice(q.end)) && !q.rankedPlaces && !q.classWord) st.prevEnd = q.end;
    return;
  }
  // (位列全国…500强榜单168位: a place in a list named just before, without 第, is a rank as well.)
  const listPlace = !q.rank && /(?<=\p{Script=Han})榜单?$/u.test(pre) && /^(?:位|名)$/u.test(q.unit);
  if (q.rank || listPlace || (/前$/.test(pre) && /^(?:位|名)$/.test(q.unit))) {
    // (全市实现地区生产总值2157.2亿元、总量居全省第6位: the rank is of the thing, without 实现 or 完成 — a verb of having
    // done it; a verb that says which things, 新开工, stays the row's.)
    // (…同比增长5.8%，领先全省和全市2.7和2.1个百分点，增速居全省第10位: the rate ranked is the thing's just stated, not a
    // gap to other places, whose name holds another number.)
    const isGap = (name: string) => /\d/u.test(name) || /^(?:领先|高于|高出|快于|低于|慢于|超过|超出)/u.test(name);
    const rankBefore = before !== null && isGap(before) ? ([...read].reverse().find((r) => !isGap(r.indicator))?.indicator ?? null) : before;
    const rankedAs = rankSubject(clause.slice(st.prevEnd, q.start + (q.rank ? 1 : 0)) + (listPlace ? '第' : ''), rankBefore && rankBefore.replace(/^([^，。；]{0,8}?)(?:全年)?(?:实现|完成)(?=\p{Script=Han}{2})/u, '$1'));
    // (在…发布的全国综合实力百强县排名中，我市位居第33位: the report's own government ranked in a ranking the clause
    // before names — the ranking names the rank.)
    const ranking = rankedAs && /^(?:我|本)[市县区州旗省盟](?:全[国省市区])?排名$/u.test(rankedAs) ? st.subjectClause?.text.match(/(?:^|的)([^，。；的]{4,24}?)(?:排名|排行榜?|评价|榜单)中$/u)?.[1] : undefined;
    const ranked = ranking ? `${ranking}${rankedAs!.slice(2).replace(/排名$/u, '')}排名` : rankedAs;
    if (ranking) quoteStart = st.subjectClause!.start;
    if (ranked) {
      if (!cleanSubject(pre).match(RANK)?.[1] && !read.length && previous) quoteStart = null;
      else if (!cleanSubject(pre).match(RANK)?.[1] && read.length) quoteStart = read[read.length - 1].quoteStart;
      pushRow(st, q, pre, quoteStart, ranked, q.end);
    } else st.prevEnd = q.end;
    return;
  }
  // (户籍总人口411794人，其中，城镇267848人，乡村143946人: a part of the people named by where they live or their sex alone
  // is that part of the population — 城镇人口.)
  const populationPart = cleanSubject(pre.replace(/^[\s，,：:]*其中[，,：:]?/u, '')).trim().match(/^(?:城镇|乡村|农村|城市|城区|男性?|女性?)$/u);
  if (populationPart && before && /人口$/u.test(before) && PERSONS.test(q.unit.replace(/^万/u, ''))) {
    pushRow(st, q, pre, read.length ? read[read.length - 1].quoteStart : null, `${populationPart[0]}人口`, q.end, true);
    return;
  }
  // (有工业企业6个，其中规模以上3个: a class alone after 其中 is that class of the things just counted — 规模以上工业企业.)
  const classPart = /其中/u.test(pre) ? cleanSubject(pre.replace(/^[\s，,：:]*其中[，,：:]?/u, '')).trim().match(/^(?:规模以上|规上|限额以上|限上|国家级|省级|市级|县级|区级|国有|民营|外资)$/u) : null;
  // (省级以上自然保护区15个，其中国家级3个: the class said before is the whole's, not the part's; so is 总数.)
  const classOf = classPart && before && COUNT_UNIT.test(q.unit) && lastUnit === q.unit ? ofTheThing(before).replace(/^(?:国家级|省级|市级|县级|区级)(?:以上)?(?=\p{Script=Han}{2})/u, '').replace(/(?<=\p{Script=Han}{2})(?:总数|总量|数量)$/u, '') : '';
  if (classPart && classOf.length >= 2 && !classOf.startsWith(classPart[0]) && !/[、和及与]/u.test(classOf)) {
    pushRow(st, q, pre, read.length ? read[read.length - 1].quoteStart : null, `${classPart[0]}${classOf}`, q.end, true);
    return;
  }
  // (普通高中3所，在校学生5821人; 职业中专1所，在校生2662人: the pupils and teachers counted after schools are those
  // schools' — 职业中专在校生, not all the pupils of the place.)
  const schoolPeople = cleanSubject(pre).trim().match(SCHOOL_PEOPLE);
  if (schoolPeople && before && SCHOOL.test(before) && !/[、和及与]/u.test(before) && PERSONS.test(q.unit) && lastUnit === '所') {
    pushRow(st, q, pre, read.length ? read[read.length - 1].quoteStart : null, `${before}${schoolPeople[0]}`, q.end);
    return;
  }
  // 全省地区生产总值达到5.53万亿元、稳居全国前十强、增长4.8%; 地区生产总值增长20%，达到282亿元; 同比增长21%:
  // a number with only link words before it (in its own 、-item) and nothing counted after it is another measure
  // of the subject just stated.
  const lastItem = pre.slice(pre.lastIndexOf('、') + 1);
  // (由71所优化整合为47所: a change verb alone is a link, too.)
  // (市政道路27条共58.2公里: a total word right after a row of this clause links the same thing; after a number that
  // was no row, 共71.8亿元 is of something the text does not name here.)
  const totalLink = read.length > 0 && /^(?:共|共计|合计)$/u.test(lastItem.trim());
  // (乡镇工程开工项目210个，竣工154个: a verb of a work's stage alone, after things counted in the same unit, counts the part
  // of them at that stage — 竣工项目, the stage named where the first count named its own.)
  // (开工建设工业项目29个、竣工投产15个: two stages said together are one, the later.)
  // (竣工投运74个: put in service, likewise.)
  const stageAlone = lastItem.trim().match(/^(?:已|共|累计)?((?:建成|竣工|完工)?(?:建成|开工|竣工|完工|投产|投运|投用|签约|验收|落地|开业))$/u);
  // (Only where that count names its stage before a noun of its own — 新开工保障性住房1438套，竣工6493套 —: a stage said after
  // things named otherwise, 在建项目346项、投产257项, is not said to be of them.)
  // (开工建设工业项目: the work of building is the stage's, 开工建设 one stage.)
  const stageOfBefore = /(?<=^|[^，。；、或和及与]*?)新?(?:开工建设|建成|开工|竣工|完工|投产|签约|验收|落地|开业)(?=[^，。；、或和及与\d]{2,8}$)/u;
  if (before && !gap && stageAlone && stageOfBefore.test(before) && !/[、或和及与]/u.test(before) && /^(?:$|、)/.test(tail) && COUNT_UNIT.test(q.unit) && lastUnit === q.unit) {
    quoteStart = rows.length ? rows[rows.length - 1].quoteStart : null;
    pushRow(st, q, pre, quoteStart, before.replace(stageOfBefore, stageAlone[1]), q.end, true);
    return;
  }
  // (排查安全隐患1200处，整改1180处; 受理信访事项320件，办结315件; …问题546个，累计拔除374个: a verb of handling alone, after
  // things counted in the same unit, counts those of them so handled — 整改安全隐患, the verb the row's action.)
  // (帮助解决85个, 协调解决: helping to solve them is solving them.)
  const handledAlone = lastItem.trim().match(/^(?:已|共|累计)?(?:帮助|协调|帮扶)?((?:完成)?整改(?:到位)?|办结|化解|拔除|解决|销号|查处|处置)$/u);
  // (Only where the first count names its own verb — 排查, 受理, 梳理 — before the things: 关停取缔企业81家，整改299家
  // counts others than those closed.)
  const counted = before ? splitAction(before) : null;
  if (counted?.action && !gap && handledAlone && /^(?:$|、)/.test(tail) && COUNT_UNIT.test(q.unit) && lastUnit === q.unit) {
    quoteStart = rows.length ? rows[rows.length - 1].quoteStart : null;
    pushRow(st, q, pre, quoteStart, `${handledAlone[1]}${counted.indicator}`, q.end, true);
    return;
  }
  // (城区下水道安装2000米，疏通5000余米; 新建学校5所，改扩建3所: any other verb of doing alone, after things counted in the same
  // unit, does that to the same things — 疏通城区下水道 —, the verb the row's action; a verb alone names nothing.)
  // (生猪存栏9245头，出栏4782头; 茶叶基地新建2000亩、改造1000亩: where the verb of the first count follows its thing, the
  // other verb takes its place — 生猪出栏.)
  // (Not a stage of a work, 新开工42个, nor 完成, 实现: rules of their own read them.)
  const doneAlone = handledAlone ? null : lastItem.trim().match(LONE_ACTION);
  const doneTo = doneAlone && before ? (counted?.indicator ?? before).replace(/^(?:新增|累计|全年|共)(?=\p{Script=Han}{2})/u, '') : '';
  const thingDone = doneTo.replace(TRAILING_ACTION, '');
  if (doneAlone && (thingDone.length >= 2 || thingDone !== doneTo) && !/^(?:存栏|在栏)$/u.test(thingDone) && !HEAD_NOUN.test(thingDone) && !gap && /^(?:$|、)/.test(tail) && !RATE_UNIT.test(q.unit) && lastUnit === q.unit) {
    quoteStart = rows.length ? rows[rows.length - 1].quoteStart : null;
    pushRow(st, q, pre, quoteStart, thingDone === doneTo ? `${doneAlone[1]}${thingDone}` : `${thingDone}${doneAlone[1]}`, q.end, true);
    return;
  }
  // (植树造林1100亩，超目标任务200亩: how far the thing passed its plan, said alone, is that margin of the thing — not the
  // thing again.)
  const margin = lastItem.trim().match(/^(?:共|累计)?(超(?:额)?(?:完成)?(?:年度|全年)?(?:计划|目标)(?:任务)?)$/u)?.[1];
  if (before && !gap && margin && !RATE_UNIT.test(q.unit) && /^(?:$|、)/.test(tail)) {
    quoteStart = rows.length ? rows[rows.length - 1].quoteStart : null;
    pushRow(st, q, pre, quoteStart, `${before}${margin}`, q.end, true);
    return;
  }
  // (全乡6,205户，2.8万人: the persons said after the whole place's households are its people.)
  const wholePlaceHouseholds = before?.match(WHOLE_PLACE_HOUSEHOLDS);
  // (Not persons named after the number: 8.8万余户、35.1万余名茶农 counts the tea farmers.)
  if (wholePlaceHouseholds && !/^\p{Script=Han}/u.test(tail) && /^(?:有|共有|计|共计|共)?$/u.test(cleanSubject(pre).trim()) && PERSONS.test(q.unit.replace(/^万/u, '')) && lastUnit && HOUSEHOLDS.test(lastUnit)) {
    pushRow(st, q, pre, rows.length ? rows[rows.length - 1].quoteStart : null, `${wholePlaceHouseholds[1]}人口`, q.end, true);
    // (The quote names them by the place and the measure word alone.)
    rows[rows.length - 1].named = wholePlaceHouseholds[1];
    return;
  }
  // (Not 比全省平均水平高9277元: a gap to another place's level is no measure of the thing — placeGap.)
  if (before && !gap && (cleanSubject(lastItem) === '' || CHANGE_LINK.test(lastItem.trim()) || totalLink) && (/^(?:$|、)/.test(tail) || MILESTONE.test(tail) || (CHANGE_LINK.test(lastItem.trim()) && /^[并等]/u.test(tail))) && !COUNT_VERB.test(stripLead(lastItem).trim())) {
    if (notOfBefore && cleanSubject(lastItem) === '' && !totalLink) return otherMeasureRow(st, q, pre, subjectStart, before);
    quoteStart = rows.length ? rows[rows.length - 1].quoteStart : partBetween ? subjectClause!.start : null;
    // …突破9000家，高新技术企业数量实现翻番、达1.8万家: a clause that names a new subject before its number is
    // not about the last clause's subject (and its own subject is stated as something else).
    const newSubject = !rows.length && cleanSubject(pre.slice(0, pre.lastIndexOf('、') + 1)) !== '';
    // 连跨5万亿元、6万亿元两个台阶: the milestones are counted, and the text names them only as a pair.
    if (newSubject || /^[两二三四五六七八九十]个/u.test(tail)) {
      rows.push({ ...rowBase(q, pre), indicator: before, quoteStart, quoteEnd: q.end, withheld: newSubject ? 'a number whose subject is stated as something else' : 'a milestone in a count of milestones' });
      st.prevEnd = q.end;
      return;
    }
    // 实际利用外资2.12亿美元，五年累计8.5亿美元: a total over the years is the total of the thing (after its scope).
    // (新增上市企业9家、累计达35家: the total is of the things, not of the ones added; a rate, 累计提高31%, is of the thing.)
    if (/累计/u.test(lastItem) && !before.includes('累计') && !RATE_UNIT.test(q.unit)) {
      const scope = before.match(WHOLE_PLACE)?.[0] ?? '';
      pushRow(st, q, pre, quoteStart, `${scope}累计${before.slice(scope.length).replace(/^(?:新增|新建|新)(?=\p{Script=Han}{2})/u, '')}`, q.end, true);
      return;
    }
    // 全年督查督办重点任务5613项，完成5593项: the part done is named by the verb, of the things just counted.
    const partVerb = lastItem.trim().match(/^(?:已|共|累计)?(完成|建成|开工|竣工|投产|签约|办结|验收|落地)$/u);
    if (partVerb && COUNT_UNIT.test(q.unit) && lastUnit === q.unit) {
      pushRow(st, q, pre, quoteStart, `${partVerb[1]}${splitAction(before).indicator}`, q.end, true);
      return;
    }
    // (…五年累计8.5亿美元、年均增长14.9%: a rate of change is of the thing, not of its total.)
    if (RATE_UNIT.test(q.unit) && /累计/u.test(before) && !/累计/u.test(lastItem)) {
      pushRow(st, q, pre, quoteStart, before.replace('累计', ''), q.end, true);
      return;
    }
    // (高于全国、全省1个、0.2个百分点: the second value is the gap to the second place listed.)
    const gapTo = read.at(-1)?.gapPlaces?.match(GAP_TO_PLACES);
    if (gapTo && q.unit === '个百分点' && before === read.at(-1)!.indicator && before.endsWith(gapTo[2])) {
      pushRow(st, q, pre, quoteStart, `${before.slice(0, -gapTo[2].length)}${gapTo[3]}`, q.end, true);
      Object.assign(rows[rows.length - 1], { named: read.at(-1)!.named });
      return;
    }
    // (生产总值…增长15.6%，比上年提高0.6个百分点: points gained on the year before, said after a growth rate with nothing else
    // named, are the rate's — 生产总值增速 —, not the thing's.)
    const last = read.at(-1) ?? previous;
    if (q.unit === '个百分点' && last?.unit === '%' && last.comparator === 'growth' && last.indicator === before && !RATE_NAME.test(before) && !/(?:增速|增幅|指数|份额)$/u.test(before) && RATE_GAINED.test(withoutNote(lastItem).trim())) {
      pushRow(st, q, pre, quoteStart, `${before}增速`, q.end, true);
      // (增速 names what the change is of, as a gap's does: the words the quote holds are the thing's.)
      rows[rows.length - 1].named = before;
      return;
    }
    // (…收入任务为7,000万元，当年实际完成7,095万元: what was done against a task is the thing, not the task.)
    const taskDone = /(?:完成|实现)$/u.test(lastItem.trim()) && /(?<=\p{Script=Han}{2})(?:任务|目标|计划|预算)$/u.test(before) && !RATE_UNIT.test(q.unit);
    if (taskDone) {
      pushRow(st, q, pre, quoteStart, before.replace(/(?:任务|目标|计划|预算)$/u, ''), q.end, true);
      return;
    }
    // 新能源装机新增623万千瓦、达到1968万千瓦: the level reached is of the thing, not of what was added to it.
    // (新增持牌金融机构 of 持牌金融机构新增47家, likewise: 新增 first, after the scope of the whole place.)
    pushRow(st, q, pre, quoteStart, /达到?$|为$/u.test(lastItem.trim()) ? before.replace(/(?<=\p{Script=Han}{2})(?:新增|增加|增长)$/u, '').replace(/^((?:全[市省区县州盟国]|我[市省区县州盟])?)新增(?=\p{Script=Han}{2})/u, '$1') : before, q.end);
    return;
  }
  // 将起征点从月销售额10万元提高到15万元: before a change to another value, the measure the old one is given in
  // (从月销售额) is part of the base, not of the subject.
  const unbased = CHANGE_AFTER.test(tail) ? pre.replace(/(?:从|由)[^，。；、\d从由]{1,6}$/u, '') : pre;
  let subject = cleanSubject(unbased.replace(/^(?:到|至)?\d{4}年(?![度级])(?:底|末)?前?/, ''));
  // (比全省平均水平高9277元: a gap to a place's level said with 比, its words kept as written; see the gap below.)
  if (gap) subject = gap;
  // (将…从…提高到: 将 puts the thing first, before the change; it is no part of it.)
  if (unbased !== pre) subject = subject.replace(/^(?:将|把)(?=\p{Script=Han}{2})/u, '');
  // (水稻种植面积达5000亩，总产2600吨, 夏粮面积47.36万亩，总产13.94万吨 — a crop's area named bare —: a yield said alone after a
  // crop's area is that crop's, its name borrowed; 单产 after
  // the crop's 总产 likewise.)
  const cropArea = /^(?:总产量?|产量|单产)$/u.test(subject) && !gap ? (read.length ? read[read.length - 1].indicator : previous?.indicator)?.match(/^((?:全[市省区县州盟旗镇乡])?\p{Script=Han}{1,8}?)(?:(?:种植|播种|收获)总?面积|(?<=[粮谷麦稻米豆薯油棉麻蔗烟茶果菜瓜药桑枣椒菌草林]\p{Script=Han}{0,4})总?面积|总产量?|产量)$/u) : null;
  if (cropArea) {
    pushRow(st, q, pre, rows.length ? rows[rows.length - 1].quoteStart : null, `${cropArea[1]}${subject}`, q.end, true);
    return;
  }
  const rawVerb = stripLead(pre.replace(/^(?:到|至)?\d{4}年(?![度级])(?:底|末)?前?/, '')).trim();
  // 参加省4批次集中开工的263个项目: a number inside the clause that describes the thing counted next is no row.
  if (limit < clause.length && /^[^，。；、\d]{2,12}的$/u.test(tail) && ANY_VERB.test(tail)) {
    rows.push({ ...rowBase(q, pre), indicator: '', quoteStart, quoteEnd: q.end, withheld: 'a number inside a clause that describes the thing counted after it' });
    st.prevEnd = q.end;
    return;
  }
  // …的263个项目，已入库206个: a part of the things just counted, named by what it has done (入库项目).
  // (Not where a noun follows the number — 已开展4场区级应急演练 counts that noun — nor a verb before a preposition.)
  // (133个重点建设项目中，已竣工投产或部分投产22个，在建94个: after a whole, a status alone — 在建 — names a part too,
  // and each part is of the whole, not of the part before it.)
  const lastRow = read.length ? read[read.length - 1] : null;
  const whole = lastRow ? lastRow.whole : previous?.whole;
  // 取得科技成果83项，其中8项获省科技进步奖，75项获市科技进步奖: a part of the things just counted, named by the status it
  // reached (获省科技进步奖的科技成果), and the parts after it of the same whole.
  const reachedPart = COUNT_UNIT.test(q.unit) && (lastRow ? lastRow.unit : previous?.unit) === q.unit && (whole || /其中/u.test(pre)) && stripLead(pre).trim() === '' ? tail.match(STATUS_PART) : null;
  if (reachedPart && before) {
    const of = whole ?? splitAction(before).indicator;
    quoteStart = lastRow ? lastRow.quoteStart : null;
    pushRow(st, q, pre, quoteStart, `${reachedPart[0]}的${of}`, q.end + reachedPart[0].length, true);
    Object.assign(rows[rows.length - 1], { relative: true, whole: of, named: `${of}${reachedPart[0]}` });
    return;
  }
  const donePart = /^\p{Script=Han}/u.test(tail)
    ? null
    : pre.trim().replace(/(?:近|约|超过|超|达到|达|逾|共计|共)$/u, '').match(whole ? /^(?:(?:已经|已|均已)(\p{Script=Han}{2,4}(?:或(?:部分)?\p{Script=Han}{2,4})?)|(在建|在谈|续建|未开工|未完工|建成投产|竣工投产))$/u : /^(?:(?:已经|已|均已)(\p{Script=Han}{2,4})|(建成投产|竣工投产))$/u);
  const part = donePart?.[1] ?? donePart?.[2];
  if (part && !/[对向为在与]$/u.test(part) && before && COUNT_UNIT.test(q.unit) && (lastRow ? lastRow.unit === q.unit : previous !== null) && !HEAD_NOUN.test(part)) {
    quoteStart = lastRow ? lastRow.quoteStart : null;
    // (集中开工的263个项目，已入库206个: the part is named by its own status; the whole's, before 的, is left.)
    const of = splitAction(whole ?? before).indicator.replace(/^[^，。；]*的(?=\p{Script=Han}{2})/u, '');
    pushRow(st, q, pre, quoteStart, `${part}${of}`, q.end, true);
    if (whole) rows[rows.length - 1].whole = whole;
    return;
  }
  let quoteEnd = q.end;
  // The indicator joins words of the quote out of their order (新开工保障性安居工程8018套，新建成10472套).
  let borrowed = false;
  // The words of the text that name the row, when its indicator sets them in another order (…的政策服务).
  let named: string | undefined;
  // The name is a clause of the text set before its noun (开展科技攻关的企业): no verb of it is the row's action.
  let relative = false;
  // 地区生产总值迈上5万亿台阶、五年增量超1.36万亿元: a 、 item holding its own number is another statement.
  // 花卉产量全球第一、优质鲜切花占比60%: likewise an item that states a rank or a change of its own.
  // (Not when the item left is a bare verb: that subject was no row, and stays none.)
  const lastOfList = subject.slice(subject.lastIndexOf('、') + 1);
  const ahead = subject.slice(0, Math.max(0, subject.lastIndexOf('、')));
  // (Not ordinals listed, 第二、三产业收入: 第二 is one of the sectors, no rank.)
  const ordinals = /第[一二三四五六七八九十]$/u.test(ahead) && /^第?[一二三四五六七八九十]/u.test(lastOfList);
  if (ahead && !ordinals && (QUANTITY_IN_NAME.test(ahead) || STATEMENT.test(ahead) || /\d\p{Script=Han}$/u.test(ahead)) && lastOfList && !BARE_VERB.test(lastOfList)) subject = lastOfList;
  // …引调水工程、惠及98.3万人: who benefited, after a work done, is not named — no row rather than the work's words.
  else if (ahead && /^(?:惠及|受益|覆盖|带动)$/u.test(lastOfList)) subject = lastOfList;
  // 支持“科创飞地”建设、引进孵化科创企业15家: two works, each a verb with its thing — the number is the last one's.
  // (新建、改建市政道路: verbs alone before the 、 share the thing.)
  else if (ahead && lastOfList && [ahead.slice(ahead.lastIndexOf('、') + 1), lastOfList].every((w) => LEADING_VERB.test(w) && w.replace(LEADING_VERB, '').length >= 2)) subject = lastOfList;
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
  const place = PLACE_SCOPE.test(subject);
  // (Only where a row was read before this rule: a subject that was no row stays none, so the ids after it hold.)
  const readBefore = !/^[\d.%]+$/.test(subject) && !BARE_VERB.test(subject);
  if (reachingRow(st, q, pre, tail, quoteStart)) return;
  if (!countVerb && !attributive && !place && subject !== '' && readBefore && AGE_OR_QUOTE_THEN_NOUN.test(tail) && !TAIL_OF_SUBJECT.test(tail)) {
    if (gluedNounRow(st, q, pre, tail, limit, subject, quoteStart, framed)) return;
  }
  // (单机容量最大的16兆瓦海上风机: after 的 too, a size glued to the noun names the thing — no count of it.)
  const sizeNamed = attributive && /的$/u.test(pre.trim()) && /^(?:兆瓦|吉瓦|千瓦|万千瓦|万吨|吨|万伏|千伏)$/u.test(q.unit) && /^\p{Script=Han}/u.test(tail) && !TAIL_OF_SUBJECT.test(tail);
  if (sizeNamed || (subject === '' && !countVerb && !attributive && !COUNT_UNIT.test(q.unit) && !EXTENT_UNIT.test(q.unit) && q.unit !== '%' && /^\p{Script=Han}/u.test(tail) && !TAIL_OF_SUBJECT.test(tail) && !PURPOSE.test(tail))) {
    // 400万吨褐煤提质建成投产, 117公里供热: a size glued to the noun after it names the thing.
    rows.push({ ...rowBase(q, pre), indicator: '', quoteStart, quoteEnd: q.end, withheld: 'a size or amount that names a thing' });
    st.prevEnd = q.end;
    return;
  }
  // 突破40万亿元并连续多年居世界首位: what follows 并 is said of the subject just stated, not counted by the number.
  // (…增长8%（按可比口径计算增长12%）: a figure in brackets after it, on another basis, is of the same subject.)
  if (subject === '' && !countVerb && !attributive && before && (/^[并且]/u.test(tail) || /^[）)]?$/u.test(tail.trim()))) {
    if (notOfBefore) return otherMeasureRow(st, q, pre, subjectStart, before);
    quoteStart = read.length ? read[read.length - 1].quoteStart : null;
    pushRow(st, q, pre, quoteStart, before, q.end);
    return;
  }
  // 261条配套政策措施有251条取得实效: a part of the things just counted, named by what it reached.
  if (pre.trim() === '有' && before && read.length && read[read.length - 1].unit === q.unit && COUNT_UNIT.test(q.unit)) {
    // (Only a predicate names the part: 10个领域有7个领域综合指数… says no status.)
    const reached = tail.match(/^(?:已|均|全部|基本|顺利)*(?:取得|实现|完成|达到|达标|通过|位居|位列|居|进入|获得|获|列入|纳入|被|得到)[^，。；、\d]{0,8}/u)?.[0];
    quoteStart = read[read.length - 1].quoteStart;
    if (reached && !/[的和及与]$/u.test(reached)) {
      pushRow(st, q, pre, quoteStart, `${reached}的${before}`, q.end + reached.length);
      Object.assign(rows[rows.length - 1], { relative: true, named: `${before}${reached}` });
    } else {
      rows.push({ ...rowBase(q, pre), indicator: before, quoteStart, quoteEnd: q.end, withheld: 'a part of a whole whose status is not said' });
      st.prevEnd = q.end;
    }
    return;
  }
  const reading: Reading = { q, pre, tail, limit, before, read, lastRow, lastUnit, subjectStart, rawVerb, countVerb, attributive, place, framed, gap, subject, quoteStart, quoteEnd, borrowed, named, relative };
  nameSubject(st, reading);
  finishRow(st, reading);
  if (reading.wordsEnd !== undefined) st.prevEnd = reading.wordsEnd;
}

/** One quantity of a clause as read so far: the words around it, and the subject, quote and flags of its row. */
interface Reading {
  q: Candidate;
  pre: string;
  tail: string;
  limit: number;
  before: string | null;
  read: Row[];
  lastRow: Row | null;
  /** The unit of the row read last, in this clause or the one before. */
  lastUnit: string | undefined;
  subjectStart: number;
  rawVerb: string;
  countVerb: boolean;
  attributive: boolean;
  place: boolean;
  framed: boolean;
  /** The words of a gap to another place's level (placeGap), or null. */
  gap: string | null;
  subject: string;
  quoteStart: number | null;
  quoteEnd: number;
  borrowed: boolean;
  named: string | undefined;
  relative: boolean;
  /** Where the next row's words start, when not at the end of this row's quote. */
  wordsEnd?: number;
}

/** The subject of a count whose noun follows its number, or of a short subject that borrows the first one's words. */
function nameSubject(st: ClauseState, reading: Reading): void {
  const { clause, previous } = st;
  const { q, pre, tail, limit, rawVerb, countVerb, attributive, place, framed, subjectStart } = reading;
  const { firstSubject, firstQuoteStart } = st;
  let { verb, verbQuoteStart } = st;
  let { subject, quoteStart, quoteEnd, borrowed, named, relative } = reading;
  if (countVerb || attributive || place || subject === '') {
    // 实施45项为民办实事项目, 出台的14项惠企政策: the measured thing follows the number.
    // The quote runs to the end of the noun phrase; the indicator keeps its head (after the last 的).
    let phrase = (tail.match(/^[^，。；]{1,40}/)?.[0] ?? '').replace(/[、和及与并]+$/, '');
    // 4个一类创新药获批上市、数量居全国前列: what follows a 、 is said of the noun (a rank, a measure), not part of it.
    // (新开工117个重大项目、总投资1935.7亿元: a total after the 、 is a measure of the noun, too.)
    const said = phrase.search(/、(?:总|[^、]*(?:居|位列|排名|平均|数量|达到|增长|下降))/u);
    if (said > 0) phrase = phrase.slice(0, said);
    // (加快76个产业重点项目建设、完成投资133.4亿元: a 、 before another number of the clause ends the noun's item.)
    // (Only where what follows the 、 is another work, a verb first: 河流配备区、街道、社区三级河长 is one list.)
    else if (limit < clause.length && phrase.includes('、') && ANY_VERB_FIRST.test(phrase.slice(phrase.indexOf('、') + 1))) phrase = phrase.slice(0, phrase.indexOf('、'));
    // (18条主要道路改造提升、贯通成环: a work done to the noun, then a 、: what follows says more of what was done.)
    // (Not where what follows is a noun the two share: 20个农村供水改造提升、城乡供水一体化工程.)
    else if (phrase.includes('、') && /\p{Script=Han}{2}(?:改造提升|提升改造|改造|提升|整治|修缮|硬化|拓宽|贯通|完工|竣工|建成)$/u.test(phrase.slice(0, phrase.indexOf('、'))) && !JOINED_NOUN_END.test(phrase)) phrase = phrase.slice(0, phrase.indexOf('、'));
    // (8个盟级重点项目4月15日前全部具备…: a date after the noun says when, and ends it.)
    const dated = phrase.search(/(?<=\p{Script=Han}{2})(?:\d{1,2}|[一二三四五六七八九十]{1,2})月(?:\d{1,2}日|底|初|中旬|上旬|下旬)?(?:前|后|起|以前)/u);
    if (dated > 0) phrase = phrase.slice(0, dated);
    // (19.5公里海滨栈道建设和盐田三村…整体搬迁: the work on the noun, then another work joined to it.)
    // (Not where the joined work shares the noun after it: 10项绿化建设及景观提升工程.)
    if (!JOINED_NOUN_END.test(phrase.split('、')[0])) phrase = phrase.replace(/(?<=\p{Script=Han}{2}(?:建设|改造|整治|工程))[和及与].*$/u, '');
    // 产业强、农民富、环境美的省级示范村: a list of qualities before 的 describes the noun after it.
    // 148个小微黑臭水体全部销号, 1500辆公共自行车启用: what is said of the noun after it is no part of it.
    // 10处环境信息实时显示屏（主办：…: a bracket left open is a note about the row, not part of its noun.
    phrase = phrase.replace(/[（(][^）)]*$/u, '');
    // (新增18辆消防车和一批消防设备: what is joined with a quantity of its own is not counted by this number.)
    phrase = phrase.replace(/[和及与](?:一批|一些|若干|多个|一大批)[^，。；]*$/u, '');
    // (8个骨干电网项目和合肥庐北至池州天然气管线工程: a project named on its own, joined after the projects counted.)
    phrase = phrase.replace(/(?<=\p{Script=Han}{2}(?:项目|工程))和[^，。；、]{6,}(?:工程|项目)$/u, '');
    // (开展“三下乡”“文化八进”等各类群众文化活动: the named examples before 等 are members, not the kind counted.)
    phrase = phrase.replace(/^(?:[“"][^”"]{1,12}[”"][、和及]?){2,}等(?:各类)?(?=\p{Script=Han}{2})/u, '');
    // (261条配套政策措施有251条…: 有 before the next number links the part to the whole.)
    if (limit < clause.length) phrase = phrase.replace(/(?<=\p{Script=Han}{2})有$/u, '');
    // (8个县区创建16个全国农村创业园区: the things counted, then what they did to the things the next number counts —
    // the verb right before that number, both numbers counts.)
    const next = st.found.find((f) => f.start === limit);
    if (next && COUNT_UNIT.test(q.unit) && COUNT_UNIT.test(next.unit) && VERB_AT_END.test(clause.slice(q.end, limit))) phrase = phrase.replace(VERB_AT_END, '');
    // 在基本完成19.5公里海滨栈道建设的基础上: the circumstance around the thing is no part of it.
    phrase = phrase.replace(/的(?:基础上|前提下|情况下|背景下|条件下|同时)$/u, '');
    // (18项整治行动[1], 6995个自然村人居环境综合整治工作: a note mark, and 工作 after the work, are no part of it.)
    phrase = phrase.replace(/[\[［]\d{1,2}[\]］]$/u, '').replace(/(?<=\p{Script=Han}{4}(?:整治|治理|改造|建设|提升))工作$/u, '');
    // (20件民生实事清单（详见附件3）: a pointer to an annex is no part of the noun.)
    phrase = phrase.replace(/[（(]详见[^）)]*[）)]$/u, '');
    // (以…15万个合格工人为重点: the frame 以…为重点 says what is stressed, not what is counted.)
    phrase = phrase.replace(/为(?:重点|主|目标|核心|抓手)$/u, '');
    // 落实5000万元专项资金充盈项目前期“资金池”: an amount is of the fund named after it; what the fund then does is
    // no part of it (资金池, 资金规模 are nouns of their own).
    const fund = /元$/u.test(q.unit) ? phrase.match(/^[^，。；、]{0,8}?(?:资金|基金|经费|补助|补贴|贷款|债券|奖金)(?=\p{Script=Han})(?![池库链规总使])/u) : null;
    if (fund) phrase = fund[0];
    const fullPhrase = phrase;
    // (Not where another number of the clause follows: 113家…企业实现销售收入50亿元 says what the next one is.)
    // 确定100个示范点开展山区信息化建设: things chosen are chosen for what follows — no status they reach.
    const chosen = PICKS.test(rawVerb);
    if (chosen) phrase = phrase.replace(TASK_OF_PICKED, '');
    // (对6个街道…20个重点整治区域开展检查验收: after 对 the things are what the work is done to, no status they reach.)
    const object = /(?:^|[，；、：\s]|完成|开展|进行|加强)(?:对|向)[^，。；]{0,24}$/u.test(clause.slice(0, q.start));
    // (为2.56万名劳动者补办社会保险: the people a thing is done for are named by it, like a status they reach.)
    // (为1467位低收入老年人发放高龄补贴176万元: the people given something are named by it, the amount after it aside.)
    const givenTo = forThem(pre) && COUNT_UNIT.test(q.unit) && !chosen && !object ? doneFor(phrase) : null;
    const status = limit === clause.length && tail.length < 40 && !chosen && !object ? (statusOf(phrase) ?? givenTo) : givenTo;
    // (对全市首批100家重点耗能企业实行重点监控: what is done to the things counted after 对 is no part of them.)
    if (object) phrase = phrase.replace(/(?<=.{2})(?:实行|实施|开展|进行|给予|采取)[^，。；]*$/u, '');
    const workOn = object && limit === clause.length ? statusOf(phrase) : null;
    if (workOn) phrase = phrase.slice(0, workOn.at);
    if (status) phrase = phrase.slice(0, status.at);
    // 210个政府投资项目提质提效: verbs alone after the noun say what is done to it.
    const doneTo = phrase.match(DONE_TO);
    // (Not after a place the noun is in: 100家企业在区域性股权交易中心挂牌.)
    // (4个国考断面水质全部达标: the things counted are the sections, whose water meets the standard.)
    // (What was done to them, cut off here, names things of no kind of their own below: 142个项目建成投产.)
    let doneWords = '';
    if (doneTo && doneToNoun(doneTo[1])) {
      doneWords = phrase.slice(doneTo[1].length);
      phrase = COUNT_UNIT.test(q.unit) ? doneTo[1].replace(/(?<=\p{Script=Han}{2})(?:水质|空气质量|环境质量|质量)$/u, '') : doneTo[1];
    }
    // (Searched from the third character: 39个已签约待开工项目尽快开工 counts 已签约待开工项目.)
    const predicate = donePredicateFrom(phrase, 2);
    // (…污水管网113.7公里已按计划完成年度任务, 10件民生实事圆满完成: how and when it was done is no part of the noun.)
    if (predicate >= 0) {
      doneWords = `${phrase.slice(predicate)}${doneWords}`;
      phrase = phrase.slice(0, predicate).replace(DONE_MANNER, '');
    } else if (COUNT_UNIT.test(q.unit) && !givenTo) {
      // (确定5家医院分三个梯队用于…: a work the things counted then do ends their noun, as after no verb.)
      const work = phrase.search(COUNTED_THEN_WORK);
      if (work > 0) {
        doneWords = `${phrase.slice(work)}${doneWords}`;
        phrase = phrase.slice(0, work);
      }
    }
    // (53个省控及以上断面水质100%达标: the count counts the sections; the quality is what the next number measures.)
    // (13个重点园区2025年营业收入突破2.5万亿元: a measure of the things counted, likewise — of the year or not.)
    if (COUNT_UNIT.test(q.unit) && limit < clause.length) phrase = phrase.replace(/(?<=\p{Script=Han}{2})(?:水质|空气质量|环境质量)$/u, '').replace(COUNTED_MEASURE_AT_END, '');
    if (ONLY_MANNER.test(phrase)) phrase = '';
    // 12处敬老院整合为3处: the verb of change links the noun's old count to its new one.
    // (188个园区整合优化为120个: verbs joined before 为, likewise.)
    const change = phrase.search(/(?:优化|撤并|归并|整合|合并)*(?:增加|提高|提升|增长|下降|降低|减少|整合|合并|调整|扩大|缩小|压减|压缩|精简|缩减|优化|撤并|归并)(?:到|至|为)$/u);
    if (change >= 2) phrase = phrase.slice(0, change);
    // (11条市政道路等综合配套设施: the things counted are named before 等; the class after it is wider than they.)
    // (2万平方米回迁房等开发项目: an extent measures the things named before 等, likewise.)
    if (COUNT_UNIT.test(q.unit) || EXTENT_UNIT.test(q.unit)) phrase = phrase.replace(/^([^等，。；、“”"]{2,10})等(?:综合|各类|相关|配套)*[^，。；、]{2,8}$/u, '$1');
    // (31名专职消防队队员和应急救援车辆装备器材, 6条主干道和综合服务大楼: where the measure word fits the first of two
    // things joined and not the second, the count is the first's.)
    phrase = firstOfTwoCounted(q.unit, phrase, '和及与、') ?? phrase;
    let noun = /、.*的/.test(phrase) ? phrase.replace(/^.*的/, '') : phrase;
    const owner = COUNT_UNIT.test(q.unit) && !status ? ownerOf(noun) : null;
    if (owner) noun = owner;
    if (noun.length > 24) noun = noun.split('、')[0];
    noun = noun.replace(/(?:达到|达|超过|突破|的)$/u, '');
    // 13条高快速路的规划建设: the things planned and built, not the planning.
    // (60座公厕的新建、改造: the works, joined, likewise.)
    noun = noun.replace(/(?<=.{2})的(?:规划建设|规划|建设|改造|实施|新建|改建|扩建|提升|整治|修缮)(?:[、和及与](?:规划|建设|改造|实施|新建|改建|扩建|提升|整治|修缮))*$/u, '');
    // 19.5公里海滨栈道项目建设: a length or an area measures the thing built, not the building of it.
    if (EXTENT_UNIT.test(q.unit) && /^.{2,}?(?:项目)?(?:建设|工程)$/u.test(noun)) noun = noun.replace(/(?:项目)?(?:建设|工程)$/u, '');
    // 12座人行天桥建设, 117个重点项目建设, 45个重点工程建设: a count of the things built, likewise (投资建设 and 开发建设 are one work).
    // (16处公交场站规划建设: the planning and building, likewise.)
    else if (COUNT_UNIT.test(q.unit) && /^.{2,}?[^资发造]建设$/u.test(noun)) noun = noun.replace(/(?<=.{2})(?:规划)?建设$/u, '');
    // 24个“强村促稳定”村委会建设任务: what is counted is the 村委会; the task is what was done to them.
    // (163项改革任务: where 任务 is the thing itself, it stays.)
    // (2150户农村危房改造任务: the work of the kind named stays, 农村危房改造.)
    if (COUNT_UNIT.test(q.unit) && /^.{2,}?建设(?:任务|目标)$/u.test(noun)) noun = noun.replace(/建设(?:任务|目标)$/u, '');
    else if (COUNT_UNIT.test(q.unit) && /^.{2,}?(?:改造|整治|治理)(?:任务|目标)$/u.test(noun)) noun = noun.replace(/(?:任务|目标)$/u, '');
    // (加快…等6个城市更新项目进度, 4条主干道路建设进度: the things counted, not how far their work has come.)
    if (COUNT_UNIT.test(q.unit)) noun = noun.replace(/(?<=\p{Script=Han}{2})(?:建设)?进度$/u, '');
    // 6个省级以上园区与沪苏浙园区合作共建: 与 opens what the counted things do with others.
    const partner = noun.search(/(?<=.{2})[与同](?=[^，、]{2,}(?:合作|共建|对接|结对|签约|衔接|建立|帮扶))/u);
    if (partner > 0) noun = noun.slice(0, partner);
    // (发挥13支国企产业基金引导作用: the role the things play is no part of them, nor is 发挥 a work done to them.)
    const role = COUNT_UNIT.test(q.unit) ? noun.match(ROLE_PLAYED) : null;
    if (role) {
      noun = role[1]!;
      if (/^发挥$/u.test(stripLead(rawVerb).trim())) subject = '';
    }
    if (countVerb && !role) {
      // (启动第一批、力争建成2-3个…: the verb of this item, not the items before it.)
      const ownVerb = stripLead(rawVerb.slice(rawVerb.lastIndexOf('、') + 1));
      // (对新增2万亿元中央财政资金: the preposition before the verb is no part of it.)
      verb = (COUNT_VERB.test(ownVerb) ? ownVerb : COUNT_VERB.test(rawVerb) ? rawVerb : subject).replace(/^(?:对|向)(?=\p{Script=Han}{2})/u, '');
      verbQuoteStart = subjectStart;
      subject = verb;
    }
    // 争创2个省级经开区、1个省级高新区: the second borrows the verb, and its quote starts where the verb was said.
    if (!attributive && !place && subject === '' && verb) quoteStart = verbQuoteStart;
    // 全市通过省级生态考评的5个社区: a status before 的 says which of the noun are counted, and stays in its name.
    const statusBefore = attributive && /的$/u.test(pre.trim()) ? cleanSubject(pre).replace(/^(?:全[市省区县州盟国]|我[市省区县州盟])/u, '').match(STATUS_PREDICATE) : null;
    // (深圳获奖的2个项目: whose the status is, a place, stays with it.)
    const ownStatus = statusBefore !== null && (statusBefore.index === 0 || (statusBefore.index! <= 4 && !ANY_VERB.test(cleanSubject(pre).slice(0, statusBefore.index))));
    // 对涉企的182项行政事业性收费, 滞留的2831名旅客: a qualifier before 的 that does nothing to them says which they are;
    // a verb there (出台的14项惠企政策, 规划建设的5家医院) says what was done, and the noun alone is named.
    // (Only a count of a noun named after it: 占全市的49.9%, 完成年度计划的133.93% have no noun, and a list before 的,
    // 存在…等问题的23座…, is not one qualifier.)
    const qualifier = attributive && /的$/u.test(pre.trim()) && !/[、等]/u.test(pre) ? cleanSubject(pre).replace(/^(?:对|向|在|为|将|把)/u, '') : '';
    // (…居民在大厅办理涉及民生的39项业务: of a longer qualifier, the relative clause before 的.)
    const genericQualifier = qualifier.length > 11 ? (qualifier.match(/(?:列入|纳入|涉及|入选|获得|通过|实现|完成|参与|参加|享受|符合|具备|达到)[^，。；、\d]{1,8}的$/u)?.[0] ?? '') : qualifier;
    // (剪彩的125个项目, 列入省计划的70宗工程, 涉及民生的39项业务: a noun that names no kind of its own is known only by
    // what is said of it before 的, verb or not.)
    const keepsQualifier =
      COUNT_UNIT.test(q.unit) &&
      /^\p{Script=Han}{2}/u.test(noun) &&
      !/^(?:占|是|比|为)/u.test(qualifier) &&
      ((/^[^\d，。；、]{2,6}的$/u.test(qualifier) && !ANY_VERB.test(qualifier)) || (GENERIC_HEAD.test(noun) && /^[^\d，。；、“”"]{2,10}的$/u.test(genericQualifier)));
    if (framed) subject = verb = '';
    const scopeWord = place ? (subject.match(PLACE_SCOPE)?.[0] ?? '') : '';
    subject = attributive
      ? ownStatus
        ? `${cleanSubject(pre)}${noun}`
        : keepsQualifier
          ? `${GENERIC_HEAD.test(noun) ? genericQualifier : qualifier}${noun}`
          : noun
      : place
        ? `${subject}${noun}`
        : `${subject || verb}${noun}`;
    // (汽车零部件生产基地等142个项目建成投产, 26个项目竣工投产: a noun of no kind of its own, counted alone, is known by what
    // was done to it — 建成投产的项目 —, as by a status; how it was done, 全部, 相继, 已, is no part of that.)
    // (湘迪科技、鸿盛电子…等10家企业建成投产: 企业 alone, likewise.)
    // (Not things a preposition governs — 并与20家企业签订了入驻协议: they did nothing.)
    const doneToThem = !status && !place && !verb && subject === noun && (GENERIC_HEAD.test(noun) || noun === '企业') && !/[与和同对为向跟]$/u.test(pre.trim()) && phrase.startsWith(noun) ? doneWords.replace(/^(?:目前|已经|已|均已|均|也|全部|全面|基本|相继|陆续|顺利|圆满|如期|按期|提前|尽快|加快|正式)+/u, '') : '';
    // (A stage the things reached, 开工, 建成, 投产, 落地 …; not 完成, 推进, 建设 alone, which say of any of them.)
    if (/^\p{Script=Han}{2,6}$/u.test(doneToThem) && /开工|建成|竣工|完工|投产|落地|签约|投用|运营|开业|通车|入驻|投入使用/u.test(doneToThem)) {
      named = `${noun}${doneWords}`;
      subject = `${doneToThem}的${noun}`;
      relative = true;
    }
    if (status) {
      // (The text says the noun first: the quote shows its words in that order. A verb that made them do it, 推动12家
      // 医院开展…, or a place word before them, 在3个街道开展…, is no part of which they are; a scope is: 全区.)
      const scope = scopeWord;
      // (8个集群增加值实现两位数增长: the status is of a measure of the noun, 增加值实现两位数增长的集群.)
      // (7个设区市断面水环境质量进入全国前十: the sections' water is the cities' measure, 断面 and all.)
      const measured = noun.match(/^(.+?)(增加值|产值|营业收入|销售收入|收入|(?:断面)?(?:水环境质量|水质)|质量|规模)$/u);
      // (25个案例获评全球最佳减贫案例, 7个镇获评国家卫生镇: a title of the same kind of thing names them — 全球最佳减贫案例.)
      // (9家企业成为全省隐形冠军企业, 5个村入选省级示范村: a class they joined, likewise.)
      const title = status.words.match(/^(?:获评|被评为|评为|荣获|获|被认定为|认定为|认定|被命名为|命名为|成为|入选|被列为|列为)(.{2,})$/u)?.[1];
      // (8个区域公用品牌入选“中国农产品百强标志性品牌”: a list's name in quotes is no class of the things — they are named as
      // the things that joined it.)
      const titled = !measured && title && !/^[“"「][^“”"「」]+[”"」]$/u.test(title) && title.replace(/[”"」]+$/u, '').endsWith(noun.slice(-2)) ? title : null;
      const done = status.words.replace(DONE_PARTICLE, '$1');
      // (59.3%民生事项实现“一证通办”: a share of the things is their share that did it — 实现“一证通办”的民生事项比例.)
      const share = q.unit === '%' && !measured ? '比例' : '';
      const name = titled ? `${scope}${titled}` : measured ? `${scope}${measured[2]}${done}的${measured[1]}` : `${scope}${done}的${noun}${share}`;
      if (titled && name.length <= 24) {
        named = `${scope}${noun}${status.words}`;
        subject = name;
        borrowed = true;
      } else if (name.length <= 24) {
        named = `${scope}${noun}${status.words}`;
        subject = name;
        relative = true;
      } else subject = `${subject}${status.words}`;
    }
    // (A number after it in the clause may be of the thing after 的: 355个贫困村的贫困户人均增收688.3元.)
    // (Up to the end of what is said of the noun, unless a number of the clause follows: then up to the noun, so that
    // the words before that number are its own — 113家…企业实现销售收入50亿元.)
    // (A list goes on after a 、: the item ends there — 推动39个…项目尽快开工、84个在谈项目尽快签约.)
    quoteEnd = q.end + (limit < clause.length ? (tail.includes('、') ? tail.indexOf('、') : owner ? owner.length : phrase.length) : fullPhrase.length);
    // (为1467位…老年人发放高龄补贴176万元: the quote of the people shows what they were given, up to the amount.)
    if (status && status === givenTo && limit < clause.length && relative) {
      quoteEnd = q.end + status.at + status.words.length;
      // (…the amount's own words start at what was given: 发放高龄补贴176万元.)
      reading.wordsEnd = q.end + status.at;
    }
  } else if (subject.length <= 3 && firstSubject) {
    // 新签约项目250个、总投资1000亿元; 国家级…20家、省级突破50家: a measure or a level of the first subject.
    // 建成大棚2350亩、温室500栋: another thing under the same verb, not a part of the first thing.
    // (新增绿色建筑41个、面积428万平方米: the area after a count is the things' area.)
    if (HEAD_NOUN.test(subject) || /^总/.test(subject) || /^(?:国家|省|市|县|区)级$/.test(subject) || /^(?:建筑|占地|用地)?面积$/u.test(subject)) {
      borrowed = /级$/.test(subject); // 全市省级绿色制造单位: 省级 stands after the words it joins
      subject = carryOver(firstSubject, subject, COUNT_UNIT.test(q.unit));
      quoteStart = firstQuoteStart;
    } else if (verb && !/^(?:投资|投入)$/u.test(subject)) {
      // (投资 is named below, from the thing just stated: 加快76个…项目建设、完成投资133.4亿元.)
      subject = `${verb}${subject}`;
      quoteStart = verbQuoteStart;
    // (新建规模化养殖场116个、存栏163.5万头: the stock of the farms is no thing the verb built.)
    } else if (COUNTING_LEAD.test(firstSubject) && !/^(?:投资|投入)$/.test(subject) && !DONE_VERB.test(subject) && !/^(?:存栏|出栏|饲养|养殖)/u.test(subject)) {
      // 建成蔬菜大棚2350亩、温室500栋; 新增从业人员29.1万人、企业1.85万家: the first row's verb makes this one too.
      // (…示范镇2个、示范点4个: a thing of the same kind keeps the first one's qualifiers as well.)
      subject = sameKindAs(firstSubject, subject) ?? `${firstSubject.match(COUNTING_LEAD)![0]}${subject}`;
      quoteStart = firstQuoteStart;
    } else if (COUNTED_MEASURE.test(subject) && st.rows.length && clause.startsWith(subject, st.rows[st.rows.length - 1].quoteEnd)) {
      // (17个重点传统制造业增加值增长5.3%: a measure right after the things just counted is theirs, as in finishRow; after
      // several counted — 20家煤矿、14家非煤矿山投资5.5亿元 — it is all of theirs.)
      const counted = st.rows.filter((r) => !r.withheld && COUNT_UNIT.test(r.unit));
      subject = counted.length > 1 && counted.length === st.rows.length ? `${counted.map((r) => r.indicator).join('、')}${subject}` : `${firstSubject}${subject}`;
      quoteStart = firstQuoteStart;
    } else if (!/^(?:投资|投入)$/.test(subject)) {
      // (投资 is named below, from the thing just stated.) Anything else glued to the first subject (…资金127.8亿元、惠及461万人次) is a guess: its quote does not
      // hold the name, so the row is withheld.
      subject = carryOver(firstSubject, subject);
    }
  }
  Object.assign(reading, { subject, quoteStart, quoteEnd, borrowed, named, relative });
  st.verb = verb;
  st.verbQuoteStart = verbQuoteStart;
}

/** The row's subject checked against the rows before it (pairs, places, shares, totals, changes), and the row pushed. */
/**
 * What a word said alone after a thing just stated names of that thing, or null: its change (规模工业应税销售39.61亿元，同比降幅
 * 9.3% — the thing's fall), its rate's change on an earlier part of the year or the same part of last year (同比增长13.10%，增速比
 * 第二季度加快1.01个百分点; 同比下降5.6%，低于去年同期1.2个百分点 — the thing's 增速), and how much of its year's goal it has done
 * (亿元以上项目新招引10个，完成全年目标90.9% — its share of the goal, not the goal's), and a per-mu rise of a yield (亩增34公斤).
 */
function restatedOf(stated: { indicator: string; unit?: string; comparator?: string }, subject: string, pre: string, unit: string): string | null {
  // (Not after a rate: 同比增速-21.4% is read as the thing's signed growth elsewhere.)
  if (unit === '%' && stated.unit !== '%' && /^(?:同比|比上年|较上年|比去年|较去年)(?:降幅|增幅|涨幅)$/u.test(subject)) return stated.indicator;
  // (平均单产387公斤，亩增34公斤: a per-mu rise said alone, in the unit of a yield just stated, is that yield's rise.)
  if (unit === stated.unit && /^(?:亩|每亩)增(?:产|加)?$/u.test(subject)) return stated.indicator;
  // (A change in points after a rate's change: 增速比一季度提高…, 涨幅同比回落….)
  const rateChange = stated.unit === '%' && (stated.comparator === 'growth' || stated.comparator === 'decline') && unit === '个百分点';
  const onPeriod = rateChange ? subject.match(/^(增速|增幅)?(?:比|较|高于|快于|低于|慢于)(?:第[一二三四]季度|[一二三四1-4]季度|上半年|前三季度|\d{1,2}[-—－至]\d{1,2}月份?|上月|上季度|(?:去年|上年)同期)$/u) : null;
  if (onPeriod) return `${stated.indicator}${onPeriod[1] ?? '增速'}`;
  // (居民消费价格指数上涨1.0%，涨幅同比回落1.8个百分点: the rate's word alone, its change on the year before stripped, is the
  // rate of the thing just stated.)
  if (rateChange && /^(?:增速|增幅|涨幅|降幅)$/u.test(subject)) return `${stated.indicator}${subject}`;
  const goal = unit === '%' ? pre.match(/^完成((?:全年|年度)?(?:目标|计划|任务)(?:任务)?)$/u) : null;
  return goal ? `${stated.indicator}完成${goal[1]}比例` : null;
}

function finishRow(st: ClauseState, reading: Reading): void {
  const { clause, previous, rows } = st;
  const { q, pre, tail, read, lastRow, lastUnit, countVerb, quoteEnd, gap } = reading;
  const { verb } = st;
  let { subject, quoteStart, borrowed, named, before } = reading;
  const { relative } = reading;
  // 15250人如期脱贫, 1.06万户3.36万人实现脱贫: people or households counted by the verb alone that lifts them out of
  // poverty are the people or households lifted — 脱贫人口, 脱贫户 —, not the verb.
  // (全县651户1331人稳定脱贫: the whole place before them says where, as everywhere.)
  if (/^(?:全[县市区镇乡省州旗盟]|我[县市区镇乡省州旗盟])?(?:实现|如期|稳定|顺利|全部|全面|已|再|累计)*脱贫$/u.test(subject) && (PERSONS.test(q.unit) || HOUSEHOLDS.test(q.unit))) {
    named = subject;
    subject = HOUSEHOLDS.test(q.unit) ? '脱贫户' : '脱贫人口';
  }
  // (家庭医生签约超过18万人: a verb with its own subject before it is no second count of the thing just stated.)
  if (countVerb && subject === verb && before && VERBS_ONLY.test(verb.replace(/^(?:已经|已|基本|全面|顺利|累计|新)+/u, ''))) {
    // 新开工保障性安居工程8018套，新建成10472套: the second count is of the same thing.
    // (协调推动人行天桥建设，确保建成4座: the things built, without the verbs that pushed them or the building.)
    // (其中10亿元以上项目9个，新开工42个: the class named for a part is not said of the count after it.)
    // (亿元以上产业项目新签约60个、新开工42个: the first count's own verb, after its noun, is not this one's.)
    // (实施项目382个，总投资1048亿元，开工248个: after an amount of the things, a count is of the things, not of the amount.)
    const ofThings = lastUnit && measureOf(lastUnit) === 'money' && COUNT_UNIT.test(q.unit) ? before.replace(/(?<=\p{Script=Han}{2})(?:总投资|总投入|投资额|投资|投入|资金)$/u, '') : before;
    const thing = splitAction(ofThings).indicator.replace(/^(?:协调|推动|推进|加快|积极|支持|全力|强力|着力|大力)+/u, '').replace(LEADING_VERB, '').replace(CLASS_WORD, '').replace(/(?<=\p{Script=Han}{2})(?:新签约|签约|新开工|开工|竣工|投产|建成|完工)$/u, '');
    subject = `${verb}${/^.{2,}?建设$/u.test(thing) ? thing.replace(/建设$/u, '') : thing}`;
    quoteStart = rows.length ? rows[rows.length - 1].quoteStart : null;
    borrowed = true;
  }
  // (A list of nouns one number counts or measures together is named whole, up to twice that: 新增中国美丽休闲乡村、全国乡村
  // 治理示范村、全国“一村一品”示范村镇6个; …保障率、…发放和领取率均达到100%.)
  if (subject.length > (nounList(subject) ? 48 : 24)) subject = subject.slice(subject.search(/[^、的和及与]*$/));
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
      st.prevEnd = q.end;
      return;
    }
  }
  // 公共汽车客运总量5550万人次，其中市区5037万人次: a place alone after 其中 names its part of the amount just stated
  // (市区公共汽车客运总量); a place alone after such a part is another part of the same whole.
  const stated = lastRow ?? previous;
  // 全区新增示范单位70个以上（全市500个）: the whole place alone in brackets after a count is the same measure of it.
  // (财政总收入456.6亿元，增长0.7%（区本级365.4亿元，增长0.6%）: the government's own level, likewise.)
  const bracketScope = /[（(](全[市省区县州盟国]|[市区县州省]本级)$/u.exec(pre.trim());
  if (bracketScope && before && stated?.unit === q.unit) {
    pushRow(st, q, pre, lastRow ? lastRow.quoteStart : null, `${bracketScope[1]}${ofTheThing(before)}`, q.end + (/^[）)]/u.test(tail) ? 1 : 0), true);
    return;
  }
  // (其中北京170人，大连280人: a place by its short name, after 其中 or in such a list, likewise.)
  const placeNamed = isPlaceAlone(subject) || (/^\p{Script=Han}{2,4}$/u.test(subject) && (/其中/u.test(pre) || !!stated?.placeWhole) && governmentsCalled(subject).length > 0);
  // (人 of 人次: persons counted once or by the times, one measure here.)
  if (placeNamed && before && stated?.unit !== undefined && stated.unit.replace(/次$/u, '') === q.unit.replace(/次$/u, '')) {
    const of = stated.placeWhole ?? (/其中/u.test(pre) ? ofTheThing(before) : '');
    if (of && !isPlaceAlone(of)) {
      quoteStart = lastRow ? lastRow.quoteStart : null;
      pushRow(st, q, pre, quoteStart, `${subject}${of}`, q.end, true);
      rows[rows.length - 1].placeWhole = of;
      return;
    }
  }
  // 同比增长9.1%，高于全省0.2个百分点: a gap to the province's (the country's) alone is the gap of the rate just stated
  // (全市生产总值增速高于全省); after a level, of the level (人均生产总值高出全省平均水平).
  // (Not across a clause with another number — 占…的86%，高出全市平均水平近10个百分点 is the share's gap, and the share
  // may be no row —, nor after a row whose name holds more than words: the gap is of the row's own measure.)
  if (stated && !(stated === previous && previous.interrupted) && (gap ? subject === gap : GAP_TO_WHOLE.test(subject)) && PLAIN_NAME.test(stated.indicator)) {
    const rate = stated.unit === '%' && q.unit === '个百分点' && (stated.comparator === 'growth' || stated.comparator === 'decline');
    // (占比54%、高于全省近4个百分点: after a share or a rate stated as a level, the gap is of that level.)
    const level = stated.comparator === 'eq' && (stated.unit === q.unit || (stated.unit === '%' && q.unit === '个百分点'));
    if (rate || level) {
      // (增速 names what the gap is of, as 排名 and 比重 do: the words read are the text's.)
      named = `${stated.indicator}${subject}`;
      // (增幅高于全省平均水平, 高于全省平均增速: the rate's word, said before the gap or after the place, goes first.)
      const [, rateBefore, than, whole, rateAfter] = subject.match(GAP_TO_WHOLE) ?? [];
      subject = !rate ? named : rateBefore ? named : rateAfter ? `${stated.indicator}${rateAfter}${than}${whole}平均` : `${stated.indicator}增速${subject}`;
      borrowed = true;
      quoteStart = rows.length ? rows[rows.length - 1].quoteStart : null;
    }
  }
  // (三次产业对经济增长的拉动分别为：第一产业0.62个百分点，第二产业0.86个百分点: each item after a frame that names what its
  // values are of is that item's part of it — 第二产业对经济增长的拉动 —, quoted from the frame.)
  const partFrame = RATE_UNIT.test(q.unit) && /^\p{Script=Han}{2,8}$/u.test(subject) ? st.subjectClause?.text.trim().match(/^\p{Script=Han}{0,8}?对([^，。；：]{2,12}?)的(拉动|贡献率|贡献)(?:分别)?(?:为|是)?$/u) : null;
  // (…，第二产业0.86个百分点: the items after the first go on in the same frame, quoted from where it was said.)
  // (Only an item as bare as the first — not a measure of its own, 工业经济贡献率49.4%, nor a change, 规上工业增加值增长14.2%.)
  const sameFrame = !partFrame && RATE_UNIT.test(q.unit) && /^\p{Script=Han}{2,8}$/u.test(subject) && !MEASURE_END.test(subject) && !/增长|下降|提高|降低|贡献|拉动/u.test(pre) && !rows.length && st.previous?.unit === q.unit ? st.previous.indicator.match(/^\p{Script=Han}{2,8}对([^，。；：]{2,12}?)的(拉动|贡献率|贡献)$/u) : null;
  if ((partFrame && st.subjectClause) || sameFrame) {
    const [, of, what] = (partFrame ?? sameFrame)!;
    named = subject;
    subject = `${subject}对${of}的${what}`;
    borrowed = true;
    quoteStart = partFrame ? st.subjectClause!.start : null;
  }
  // (同比降幅9.3%, 增速高于去年同期19.4个百分点, 完成全年目标90.9%: a word of the rate, change or goal of the thing just
  // stated, said alone after it — restatedOf.)
  const restated = stated && !gap && PLAIN_NAME.test(stated.indicator) ? restatedOf(stated, subject, pre.trim(), q.unit) : null;
  if (restated) {
    named = `${stated!.indicator}${subject}`;
    subject = restated;
    borrowed = true;
    quoteStart = rows.length ? rows[rows.length - 1].quoteStart : null;
  }
  // 全年GDP增长6%，高于全国、全省1个、0.2个百分点: gaps to two places listed, then their values listed in the same order —
  // each value the gap to its place. (Only two places and a growth stated before them; a 分别 list is read elsewhere.)
  // (…，高于全国1个、全省0.5个百分点: a place alone after a gap to another is the same gap, to it.)
  const nextPlace = stated && /^全[国省市区县州]$/u.test(subject) && stated.unit === q.unit && q.unit === '个百分点' ? stated.indicator.match(/^(.{2,}?(?:高于|低于|快于|慢于|高出))全[国省市区县州]$/u) : null;
  if (nextPlace) {
    named = subject;
    subject = `${nextPlace[1]}${subject}`;
    borrowed = true;
    quoteStart = rows.length ? rows[rows.length - 1].quoteStart : null;
  }
  const placesListed = subject.match(GAP_TO_PLACES);
  const valuesListed = placesListed && /^(?:近|约)?[\d.]+(?:个)?(?:百分点)?[、和](?:近|约)?[\d.]+个百分点/u.test(st.clause.slice(q.start));
  if (stated && placesListed && valuesListed && q.unit === '个百分点' && stated.unit === '%' && stated.comparator === 'growth' && PLAIN_NAME.test(stated.indicator)) {
    named = `${stated.indicator}${subject}`;
    pushRow(st, q, pre, rows.length ? rows[rows.length - 1].quoteStart : null, `${stated.indicator}增速${placesListed[1]}${placesListed[2]}`, q.end, true);
    Object.assign(rows[rows.length - 1], { gapPlaces: placesListed[0], named });
    return;
  }
  // (第三产业增加值146.8亿元，占GDP比重32.4%，增加值增长5.3%: a measure said again by its last words alone is the one named
  // whole earlier in the sentence.)
  // (Only a word or two said at the clause's head, and only where the rows since are that measure's own — not 其中出口总额
  // after 进出口总额, nor 引资额 after 其中…企业X家, a part of it.)
  const earlier = st.subjectClause?.earlier ?? [];
  const whole = !borrowed && /^\p{Script=Han}{2,3}$/u.test(subject) && MEASURE_END.test(subject) && st.clause.trimStart().startsWith(subject) ? earlier.findLastIndex((x) => x.indicator.length > subject.length && x.indicator.endsWith(subject) && PLAIN_NAME.test(x.indicator)) : -1;
  const namedWhole = whole >= 0 && earlier.slice(whole + 1).every((x) => x.indicator.startsWith(earlier[whole].indicator)) ? earlier[whole] : undefined;
  if (namedWhole) {
    named = subject;
    subject = namedWhole.indicator;
    borrowed = true;
    quoteStart = namedWhole.start;
  }
  // (创建普惠制幼儿园35所…，全区总数达到55所: the whole place's total of them — the scope word stays before the name.)
  // (Of the last row published in the sentence: 比年初计划增多15所 between them names no thing.)
  const scopedTotal = subject.match(/^(全[市省区县州盟国]|我[市省区县州盟])(总量|总数|总计)$/u);
  const totalOf = scopedTotal ? st.subjectClause?.earlier?.filter((x) => !/^(?:比|较)/u.test(x.indicator)).at(-1) : undefined;
  if (scopedTotal && totalOf && !totalOf.indicator.includes(scopedTotal[2])) {
    subject = `${scopedTotal[1]}${carryOver(ofTheThing(totalOf.indicator), scopedTotal[2])}`;
    borrowed = true;
    // (The quote runs from that row's words.)
    quoteStart = totalOf.start;
  }
  // (13个重点园区2025年营业收入突破2.5万亿元: a measure right after the things just counted is theirs — nameSubject ended
  // their name before it.)
  const lastRead = st.rows.at(-1);
  if (lastRead && !lastRead.withheld && COUNT_UNIT.test(lastRead.unit) && before === lastRead.indicator && COUNTED_MEASURE.test(subject) && st.clause.slice(lastRead.quoteEnd).replace(/^\d{4}年/u, '').startsWith(subject.replace(/^\d{4}年/u, ''))) {
    // (22个扶贫专项、278个脱贫项目投入资金36亿元: after a list of counts, as after one, the measure of them all.)
    const all = countsListed(st.rows, st.clause);
    subject = `${all ? st.rows.map((r) => r.indicator).join('、') : before}${subject.replace(/^\d{4}年/u, '')}`;
    quoteStart = all ? st.rows[0].quoteStart : lastRead.quoteStart;
  }
  // 实际利用外资增长8.7%（不含雄安增长16.2%）, 获奖励52万元，每次26万元: a figure on another basis — what it leaves out,
  // each time — is the thing's, named with its basis in brackets.
  // (全县共有学校56所（含教学点12个）, 有医院5家，含民营医院2家: a count of what a count includes is of that part, not of the whole on another basis.)
  if (/^含\p{Script=Han}{1,10}$/u.test(subject) && COUNT_UNIT.test(q.unit) && COUNT_UNIT.test(rows.at(-1)?.unit ?? previous?.unit ?? '')) subject = subject.slice(1);
  // (Not what a thing holds of something, 含铁量65%, 含水率: a measure of its own.)
  if (before && /^(?:(?:不含|含|扣除|剔除|不计|除去)\p{Script=Han}{1,10}|每(?:次|年|月|人|户|个|家|亩|吨))$/u.test(subject) && !/^含\p{Script=Han}{1,2}[量率]$/u.test(subject) && !before.includes(subject) && /^[\p{Script=Han}A-Za-z0-9“”]+$/u.test(before)) {
    // (固定资产投资完成2581.9亿元（不含雄安…）: the thing, without the verb said after it.)
    const thing = splitAction(before).indicator;
    named = `${thing}${subject}`;
    subject = `${thing}（${subject}）`;
    borrowed = true;
    quoteStart = rows.length ? rows[rows.length - 1].quoteStart : null;
  }
  // (无霜期年平均130天，最长达145天，最短为125天: the longest or the highest, said alone, is of the thing just stated, in its
  // unit.)
  // (Not after a superlative said alone itself — 最长为150天，最短为79天 —: the thing is not said, and stays unsaid.)
  if (BARE_SUPERLATIVE.test(subject) && before && !BARE_SUPERLATIVE.test(before) && lastUnit === q.unit) {
    named = subject;
    subject = `${before.replace(/(?<=\p{Script=Han}{2})(?:年平均|平均|年均|年|最长|最短|最高|最低|最多|最少|最大|最小)$/u, '')}${subject}`;
    quoteStart = rows.length ? rows[rows.length - 1].quoteStart : null;
    borrowed = true;
  }
  // (…，自然增幅2%，…，增幅6.1%: the rate after a rate on another basis is the thing's, named after the thing.)
  if (RATE_OF_THING.test(subject) && before && RATE_OF_THING.test(before)) before = before.replace(RATE_OF_THING, '');
  // 外贸进出口总额突破8000亿元 said as …，总额突破8000亿元: a bare head noun belongs to the subject just stated.
  // (Not the words of a rank read as a name, 12个季度位居渝东北第一，年均增速达8.8%: they measure nothing to borrow.)
  if (HEAD_NOUN.test(subject) && before && !before.endsWith(subject) && !/(?:位居|位列|名列|稳居|跃居)/u.test(before)) {
    // (减少审批核准事项277项，减幅达38%: the fall is the thing's, not the cutting's.)
    // (出口总额达4.55万亿元，五年增量1.5万亿元; 生产总值42.14亿元，年增量7.04亿元: an increment is a change of the thing, named as the thing.)
    // (新增4A级景区2个，总数达19个: a total is of the things, not of the ones added — as within a clause, carryOver;
    // their 规模 in a count, likewise.)
    // (规上战新增加值3.2亿元，同比增幅14%; 年均增速达10.1%: a growth rate alone, with no basis of its own, is the thing's growth — named as the thing.)
    subject = /^年?增量$/u.test(subject) || (GROWTH_RATE_ALONE.test(subject) && q.unit === '%' && GROWTH_RATE_SAID.test(pre.trim())) ? before : /^(?:总量|总数|总计|规模)$/u.test(subject) ? carryOver(before, subject, COUNT_UNIT.test(q.unit)) : `${/^(?:减幅|降幅|增幅)$/u.test(subject) ? before.replace(/^(?:减少|压减|缩减|降低|削减|精简|增加|提高|新增)(?=\p{Script=Han}{2})/u, '') : before}${subject}`;
    quoteStart = rows.length ? rows[rows.length - 1].quoteStart : null;
  } else if (/^(?:比重|占比)$/u.test(subject) && before?.endsWith(subject)) {
    // (…占全区出口额的77.2%，比重同比上升11.5个百分点: the share just stated, its change.)
    subject = before;
    quoteStart = rows.length ? rows[rows.length - 1].quoteStart : null;
  }
  // 6个省级以上开发区合计经营销售收入突破1600亿元: a total across the things just counted is theirs.
  if (/^(?:合计|共计)\p{Script=Han}{2}/u.test(subject) && read.length) {
    subject = `${before}${subject.slice(2)}`;
    quoteStart = rows.length ? rows[rows.length - 1].quoteStart : null;
  }
  // (…四大特色产业，专班推动延链补链强链，合计规模以上工业总产值: with nothing counted before it in the clause, 合计 and 总计
  // say the figure sums things named — no part of its name.)
  else if (/^(?:合计|总计)\p{Script=Han}{4}/u.test(subject)) subject = subject.slice(2);
  // 非烟非能工业增加值增长8.1%、对规模以上工业增长贡献率达72.9%: a contribution is the subject just stated's;
  // 出口规模突破4万亿元，占全国份额从14%提升到15.5%: so is a share.
  // (金融业全年实现增加值240亿元，占…比重: the share is of the thing measured, without the verb that made it.)
  // (民生支出317亿元，占一般公共预算支出85.9%: a share said without 比重 is the same share.)
  // (国家、省、市高层次人才及团队均占全市50%以上: a share said of a thing in its own clause is its share of the whole.)
  if (q.unit === '%' && /^\p{Script=Han}[^，。；]{1,30}?均?占全[市省区县州国盟]$/u.test(subject) && !/^占/u.test(subject)) {
    named = subject.replace(/均(?=占全.$)/u, '');
    subject = `${named}比重`;
    borrowed = true;
  }
  // (实际对外直接投资增长10%、对共建“一带一路”国家投资占50%以上: a share said of a part, 占 with nothing after it, is of the
  // whole just stated.)
  const partOf = q.unit === '%' && before && !/占/u.test(before) ? subject.match(/^(\p{Script=Han}[^，。；]{1,30}?)占$/u) : null;
  if (partOf && before) {
    named = `${partOf[1]}占`;
    subject = `${partOf[1]}占${splitAction(before).indicator}比重`;
    borrowed = true;
    quoteStart = rows.length ? rows[rows.length - 1].quoteStart : null;
  }
  if (q.unit === '%' && before && /^占[^，。；、]{2,}$/u.test(subject) && !/(?:份额|比重|比例)$/u.test(subject)) {
    // (…生产总值…，增速同比高0.2个百分点，占全市生产总值11.7%: the share is the thing's, not its rate's.)
    named = `${splitAction(before).indicator.replace(RATE_OF_THING, '')}${subject}`;
    subject = `${named}比重`;
    borrowed = true;
    quoteStart = rows.length ? rows[rows.length - 1].quoteStart : null;
  } else if ((/^对.+(?:贡献率|拉动)$/u.test(subject) || /^占.+(?:份额|比重)$/u.test(subject)) && before) {
    // (第三产业增加值348.32亿元，…对GDP增长的贡献率为44%: the contribution is the sector's, named without its measure.)
    const of = splitAction(before).indicator;
    subject = `${/^对/u.test(subject) ? of.replace(/(?<=\p{Script=Han}{2})(?:增加值|总产值|产值)$/u, '') : of}${subject}`;
    quoteStart = rows.length ? rows[rows.length - 1].quoteStart : null;
  }
  // 家庭医生签约服务覆盖率40.3%，重点人群63.5%: a group alone before a share is its share of the rate just stated.
  // (健康档案建档率城市居民达70%，农村居民达50%: the rate said before its group is the group's rate; the next group's
  // is the same rate, without the group before.)
  const groupAfterRate = q.unit === '%' ? subject.match(GROUP_AFTER_RATE) : null;
  if (groupAfterRate) {
    subject = `${groupAfterRate[2]}${groupAfterRate[1]}`;
    borrowed = true;
  }
  if (q.unit === '%' && before && RATE_NAME.test(before) && GROUP_OF_PEOPLE.test(subject) && !before.includes(subject)) {
    subject = `${subject}${before.replace(GROUP_OF_PEOPLE_FIRST, '')}`;
    borrowed = true;
    quoteStart = rows.length ? rows[rows.length - 1].quoteStart : null;
  }
  // 道路交通事故340起，死亡209人: the people killed or hurt are of the events just counted.
  if (/^(?:死亡|受伤|伤亡|失踪)$/u.test(subject) && before && q.unit === '人' && (read.length ? read[read.length - 1].unit : previous?.unit) === '起') {
    // (The quote names them by the event and the verb: 人数 is the measure the row adds.)
    named = `${splitAction(before).indicator}${subject}`;
    subject = `${named}人数`;
    quoteStart = rows.length ? rows[rows.length - 1].quoteStart : null;
    borrowed = true;
  }
  // 经济增长5%左右: 经济 alone measures nothing; what grows is the economy's output, named as the text names it.
  if (subject === '经济' && GROWTH.test(pre.trimEnd()) && RATE_UNIT.test(q.unit)) subject = '经济增长';
  // 完成投资2100亿元 is the investment in the thing just named (新开工重点项目200个 → 重点项目投资). A verb alone
  // (筹措890亿元, 惠及154万户) does not say what was measured: no row rather than a wrong name.
  // (大力实施城市更新行动、完成投资220亿元: the investment of the work named just before it in the clause.)
  const workThenInvest = subject.match(/^([^、，。；\d]{4,})、(?:累计)?(?:完成|实现)?(投资|投入)$/u);
  if (workThenInvest) {
    const thing = splitAction(workThenInvest[1]).indicator;
    if (thing !== workThenInvest[1] && thing.length >= 2 && !HEAD_NOUN.test(thing)) subject = `${thing}${workThenInvest[2]}`;
  }
  if (/^(?:投资|投入)$/.test(subject) && before) {
    // (…项目，总投资约850亿元，今后五年内要完成投资550亿元: the investment of the things, not of their total investment.)
    // (新建、续建商贸类项目11个，完成投资10.2亿元: verbs joined by 、 lead it as one does.)
    // (建成重点项目12个、支撑项目51个，完成投资15.26亿元: after a clause that only lists counts, the investment of them all,
    // quoted from where the first was stated.)
    const counted = previous?.counted?.at(-1) === before && !rows.length ? previous.counted : null;
    const firstCounted = counted && st.subjectClause?.earlier?.findLast((x) => x.indicator === counted[0]);
    const thing = (firstCounted ? counted : [before]).map((x) => x.replace(JOINED_LEADING_VERBS, '').replace(/(?<=\p{Script=Han}{2})总?(?:投资|投入)$/u, '')).join('、');
    // (Not after a measure: 粮食产量20万吨，投资增长5% — investment is no measure of a yield; it is the place's own.)
    // (Nor after what a work can do: 可解决3400余户…住房问题 names no thing invested in.)
    if (thing && !HEAD_NOUN.test(thing) && !MEASURE_END.test(thing) && !/^(?:可|能|将|要|可以|能够)/u.test(thing)) {
      subject = `${thing}${subject}`;
      quoteStart = rows.length ? rows[rows.length - 1].quoteStart : firstCounted ? firstCounted.start : null; // the quote shows the thing too
    }
  }
  // (全乡6,205户，2.8万人: the whole place alone before households or persons counts its households, its people.)
  if (WHOLE_PLACE_ALONE.test(subject) && /^(?:万|千)?(?:户|人)$/u.test(q.unit)) {
    named = subject;
    subject = `${subject}${q.unit.endsWith('户') ? '户数' : '人口'}`;
  }
  if (subject === '' || /^[\d.%]+$/.test(subject) || BARE_VERB.test(subject)) {
    st.prevEnd = q.end;
    return;
  }
  if (!st.firstSubject) {
    st.firstSubject = subject;
    st.firstQuoteStart = quoteStart;
  }
  // 缩减中层管理人员13.9%, 降低企业用电成本10%: a verb of change before the thing, then a rate, is that change of it.
  // (压减财政一般性支出55亿元: a verb that cuts, before the thing and then an amount, is a fall by that amount; a verb that
  // raises a thing by an amount may as well make it — 提升改造老旧小区100个 — and is left as written.)
  // (降低费用负担超过4000亿元: an amount cut by at least so much is a fall, its bound kept.)
  const level = comparatorOf(withoutNote(pre), q.bound, q.unit);
  const changed =
    // (精简办事处机构超过30%: a share cut by at least so much, likewise, its bound kept.)
    level !== 'eq' && (COUNT_UNIT.test(q.unit) || !['gte', 'lte', 'approx'].includes(level))
      ? null
      : RATE_UNIT.test(q.unit)
        ? subject.match(/^(压减|缩减|减少|降低|削减|精简|压缩|提高|增加(?!值)|提升)(\p{Script=Han}{2,})$/u)
        : // (降低制造业企业成本32条 counts measures, not a fall: a count falls only by a verb that cuts things.)
          subject.replace(/^(?:全[市省区县州盟])?(?:累计|全年)?(?=压减|缩减|减少|削减|消减|精简|净增|净减|降低|压缩)/u, '').match(COUNT_UNIT.test(q.unit) ? /^(压减|缩减|减少|削减|消减|精简|净增|净减少|净减)(\p{Script=Han}[^，。；]*\p{Script=Han})$/u : /^(压减|缩减|减少|降低|削减|消减|精简|压缩|净减少)(\p{Script=Han}[^，。；]*\p{Script=Han})$/u);
  // (为企业降成本30.8亿元, 为群众减少医疗费用45.6亿元: the cost of those it is done for falls by the amount.)
  // (Not 为企业减负30.6亿元: 减负 names the relief given, an amount of its own as 减税降费 is — how most readers read it, and
  // how the text says it: 企业减负, the level, its bound kept; see below.)
  // (为县内…等企业落实担保贷款2400万元, 为企业争取上级资金1.2亿元: money got or given for others is named by what it is —
  // 担保贷款, 上级资金 —, the verb the row's action, those it was for no part of the name.)
  const givenFor = level === 'eq' && measureOf(q.unit) === 'money' ? subject.match(GIVEN_FOR) : null;
  if (givenFor) {
    pushRow(st, q, pre, quoteStart, `${givenFor[1]}${givenFor[2]}`, quoteEnd, borrowed);
    rows[rows.length - 1].named = givenFor[2];
    return;
  }
  const eased = !['growth', 'decline'].includes(level) && !RATE_UNIT.test(q.unit) ? subject.match(/^再?为(\p{Script=Han}{2,10}?)(降成本|降低成本|(?:减少|降低|节约|节省)(\p{Script=Han}{2,8}(?:费用|成本|负担|支出)))$/u) : null;
  const relief = !['growth', 'decline'].includes(level) && !RATE_UNIT.test(q.unit) ? subject.match(/^再?为(\p{Script=Han}{2,10}?)(减负(?:降本)?)$/u) : null;
  if (relief) {
    pushRow(st, q, pre, quoteStart, `${relief[1]}${relief[2]}`, quoteEnd, borrowed);
    rows[rows.length - 1].named = `为${relief[1]}${relief[2]}`;
    return;
  }
  // (全市农村人均减负80%、亩均减负76.8%: the burden per head or per mu falls by the share.)
  const easedShare = q.unit === '%' && level === 'eq' ? subject.match(/^(\p{Script=Han}{0,6}?(?:人均|亩均|户均))减负$/u) : null;
  // (新上线重点事项办理平均减时间83%: 减 before what is cut, then a share, is a fall of it — 平均时间, down 83%.)
  const cutShare = q.unit === '%' && level === 'eq' && !easedShare ? subject.match(/^(\p{Script=Han}{2,}?)(?<![核削压缩消递增衰])减(时间|时限|材料|环节|跑动|次数|费用|成本|证明|流程)$/u) : null;
  if (cutShare) {
    pushRow(st, q, pre, quoteStart, `${cutShare[1]}${cutShare[2]}`, quoteEnd, borrowed);
    rows[rows.length - 1].comparator = 'decline';
    rows[rows.length - 1].named = subject;
    return;
  }
  if (easedShare) {
    pushRow(st, q, pre, quoteStart, `${easedShare[1]}负担`, quoteEnd, borrowed);
    rows[rows.length - 1].comparator = 'decline';
    rows[rows.length - 1].named = `${easedShare[1]}减负`;
    return;
  }
  if (eased) {
    pushRow(st, q, pre, quoteStart, `${eased[1]}${eased[3] ?? '成本'}`, quoteEnd, borrowed);
    rows[rows.length - 1].comparator = 'decline';
    rows[rows.length - 1].named = `${eased[1]}${eased[2]}`;
    return;
  }
  if (changed) {
    pushRow(st, q, pre, quoteStart, changed[2], quoteEnd, borrowed);
    rows[rows.length - 1].comparator = /^(?:压减|缩减|减少|降低|削减|消减|精简|压缩|净减|净减少)$/u.test(changed[1]) ? 'decline' : 'growth';
    rows[rows.length - 1].changeVerb = changed[1];
    return;
  }
  // (精简办事材料36.5%、办事环节35.2%, 降低物流成本10%、用能成本5%: the verb of change before the first thing is the second's
  // too, where nothing but its name and a 、 stands between the two rates.)
  const changedBefore = read[read.length - 1];
  if (changedBefore?.changeVerb && level === 'eq' && RATE_UNIT.test(q.unit) && changedBefore.unit === q.unit && /^、\p{Script=Han}[^，。；、\d]{1,15}$/u.test(pre.trim()) && !ANY_VERB_FIRST.test(subject)) {
    pushRow(st, q, pre, quoteStart, subject, quoteEnd, borrowed);
    rows[rows.length - 1].comparator = changedBefore.comparator;
    rows[rows.length - 1].changeVerb = changedBefore.changeVerb;
    return;
  }
  // (民科企业发展超40家: the things counted grow in number — 发展 is what they do, not what they are.)
  if (COUNT_UNIT.test(q.unit) && /^.{2,}?(?:企业|机构|组织|合作社|商户|会员|党员|志愿者)发展$/u.test(subject)) subject = subject.replace(/发展$/u, '');
  // 133个重点建设项目中，…: a count that closes its clause with 中 is a whole, named without 中; the parts after it are of it.
  // (Not 高中, 初中, 集中 …: 中 there is part of the word.)
  const asWhole = COUNT_UNIT.test(q.unit) && clause.slice(quoteEnd).trim() === '' ? subject.match(/^(?!正在|正|在|已)(\p{Script=Han}{2,}?)(?<![高初集其适空心途正之])中$/u) : null;
  if (asWhole) subject = asWhole[1];
  // (全省地区生产总值连跨3个千亿级台阶: a count of milestones passed is no level of the thing that passed them.)
  // (Named by the milestones, a level: 全省地区生产总值千亿级台阶 3个.)
  const milestones = COUNT_UNIT.test(q.unit) && subject ? tail.match(MILESTONE) : null;
  if (milestones) {
    pushRow(st, q, pre, quoteStart, `${subject}${milestones[0]}`, q.end + milestones[0].length, borrowed);
    Object.assign(rows[rows.length - 1], { comparator: 'eq', bound: null, milestonesOf: subject });
    return;
  }
  // (一般公共预算支出3.4万亿元，74%以上用于民生; 全国财政支出70%以上用于民生: a share said to be used for something is the
  // share of the amount just stated, or of the subject, that goes to it.)
  let usedEnd = quoteEnd;
  const usedFor = q.unit === '%' ? (subject.match(/^用于(\p{Script=Han}{2,8})$/u) ?? tail.match(/^(?:以上|左右)?用于(\p{Script=Han}{2,8})(?=[，。；]|$)/u)) : null;
  // (市本级新增财力的17.7%用于科技投入: the amount named before 的 is the one shared out.)
  const sharedOf = usedFor && /^用于/u.test(subject) ? cleanSubject(pre.slice(pre.lastIndexOf('、') + 1).replace(/的\s*$/u, '')) : '';
  if (usedFor && /^用于/u.test(subject) && sharedOf && /的\s*$/u.test(pre)) {
    named = `${sharedOf}${subject}`;
    subject = `${named}比重`;
  } else if (usedFor && /^用于/u.test(subject) && !sharedOf && before && !/(?:率|比重|占比|比例)$/u.test(before)) {
    named = `${before}${subject}`;
    subject = `${named}比重`;
    borrowed = true;
    quoteStart = rows.length ? rows[rows.length - 1].quoteStart : null;
  } else if (usedFor && !/^用于/u.test(subject) && subject && !/(?:率|比重|占比|比例)$/u.test(subject)) {
    named = `${subject}用于${usedFor[1]}`;
    subject = `${named}比重`;
    usedEnd = q.end + usedFor[0].length;
  }
  // (益阳电厂三期建成投产、总装机达386万千瓦: what was done to the thing, then a pause and a measure of it, is the thing's
  // measure.)
  const doneThenMeasure = subject.match(/^([^、，。；]{2,}?)、(总\p{Script=Han}{1,4}|规模|装机(?:容量)?)$/u);
  const doneAt = doneThenMeasure ? donePredicateFrom(doneThenMeasure[1], 2) : -1;
  if (doneThenMeasure && doneAt >= 2) {
    named = named ?? subject;
    subject = `${doneThenMeasure[1].slice(0, doneAt).replace(DONE_MANNER, '')}${doneThenMeasure[2]}`;
  }
  // (区市县党政主要领导开展集中办公69场次, 组织辖区企业开展26场经贸活动: times an activity was held count the activity — who
  // held it is no part of it; the verb stands apart as the row's action.)
  const held = /^(?:场|场次|次|间次|期|轮|批次)$/u.test(q.unit) && !relative ? subject.match(/^(\p{Script=Han}[^，。；]*?)(?:合计|共计|累计|共)?(开展|举办|组织开展)(\p{Script=Han}[^，。；]*)$/u) : null;
  // (Not a verb or a manner before the verb — 组织开展, 波浪式开展, 参加举办 — nor the whole place, which stays as its scope.)
  if (held && !/(?:对|为|向|在)/u.test(held[1]) && !/^(?:开展|举办|组织)/u.test(held[3]) && !/^(?:组织|参加|参与|积极|广泛|深入|持续|集中|\p{Script=Han}{1,2}式)$/u.test(held[1])) {
    named = named ?? subject;
    subject = `${/^(?:全[市省区县州盟国]|我[市省区县州盟])$/u.test(held[1]) ? held[1] : ''}${held[2]}${held[3]}`;
  }
  pushRow(st, q, pre, quoteStart, subject, usedEnd, borrowed);
  if (asWhole) rows[rows.length - 1].whole = subject;
  if (named) rows[rows.length - 1].named = named;
  if (relative) rows[rows.length - 1].relative = true;
}

/** The values of a list in runs: a run is values joined by VALUE_JOINER (7.8%和8.5%); words between two (、达到) start the next. */
function valueRuns(clause: string, found: Candidate[]): Candidate[][] {
  const runs: Candidate[][] = [];
  found.forEach((q, i) => {
    if (i > 0 && VALUE_JOINER.test(clause.slice(found[i - 1].end, q.start))) runs[runs.length - 1].push(q);
    else runs.push([q]);
  });
  return runs;
}
