/**
 * Targets, the subject: the words before a number cleaned to the noun phrase it measures (lead and link words,
 * bases of comparison and spans of years taken off), lists of subjects shared out over their values (分别), and ranks.
 */
import { COMPARED_BY, GROWTH_RATE_NAME } from './comparator.ts';
import { PART_OF_YEAR } from './kind.ts';
import { wordStartsAt } from '../words.ts';
import { governmentsCalled, governmentsNamed } from '../gazetteer.ts';

/** Words between a subject and its number that are not part of the subject. */
const LINK_WORDS =
  /(?:分别|再|双双|各|将|还要|争取|年底前|连年|连续|有望|历史性|总体|(?:实现)?(?:倍增|翻番|翻一番)|(?<=[\u3400-\u9fff]{2})再降|(?<=率)人均|延长至|延长到|每人每月|每人每年|(?<=[\u3400-\u9fff]{2})(?:每人)?每月|(?<=[\u3400-\u9fff]{2}(?:达到|达))(?:每天|每日)|调整为|调整到|调整至|(?<=[\u3400-\u9fff]{2})已|(?<![主重需必])要|拟定|拟|共计|(?<![入出])合计|共|首破|逾|大于|多于|小于|(?<=[\u3400-\u9fff])则|(?<=提高到|提高至|提升到|提升至|增加到|增加至|增至|达到)人均|提速|净增|净减|可节省|节省|可缩短|首次|再次|首度|力争|确保|预计|累计|全年|年均|(?<![两二三四五六七八九十\d])年平均|平均|同比|(?<=[\u3400-\u9fff]{2})同期(?=增长|下降|增加|减少)|比上年|基本|(?<![人年平])均|递增|递减|(?<![拥具占享持没所只现])有|超(?:额)?(?:完成)?(?:年度)?(?:计划|目标)(?:任务)?|(?<=[\u3400-\u9fff]{2})便|(?:确定|明确|设定|定)(?=为)|(?<=[\u3400-\u9fff]{2})\d{1,2}[-—–～至]\d{1,2}月(?:份)?|(?<=[\u3400-\u9fff]{2})预期|稳定|巩固|继续|持续|常年|逆势|逆市|快速|较快|高速|迅猛|实际|名义|(?<!平)均值|微降|微涨|上涨|回落|回升|加快|放缓|减缓|每年都|每年|(?<![成首京古帝故旧陪])都|迈上|跨上|跨越|连跨|跨过|跃上|站上|近|压缩到|压缩至|压减到|压减至|缩短到|缩短至|压缩|压减|缩减|调减|调增|(?<=[\u3400-\u9fff]{2})减量|压降|缩短|保持在|保持|控制在|控制到|控制|稳控在|稳控|(?:总体)?精简|(?:总体)?削减|大幅|明显|显著|稳步|扩大到|扩大至|拓展到|拓展至|缩小到|缩小至|扩大|缩小|每(?:百|千|万|十万)(?:人|户|名|平方公里)|(?<=[地亩]均[^，。；]{1,10})每(?:平方公里|平方米|亩|公顷)|提高到|提高至|提升至|提升到|增长到|增长至|增至|增到|升至|上升到|上升至|降至|降到|下降到|下降至|减少到|减少至|减至|减到|发展到|发展至|增长|增加|提高|提升|上升|下降|降低|减少|(?<=(?:比|较)[^，。；、\d]{0,8})减轻|(?:同比|比)[增降减]|(?<=(?:比|较)[^，。；、\d]{0,6}\d{0,4}[年期初末底])[增降减]|(?<=(?:比|较)[^，。；、\d]{0,6}\d{0,4}[年期初末底](?:[（(]\d+[）)])?|同比[^，。；、]{0,4}?)[多少](?:投放|支出|收|增|产|生|死亡|用|销售|招收|录取)?|(?<![\u3400-\u9fff])(?:一年|全年|当年)?(?:增收|增支)|收窄|(?<![\u3400-\u9fff])增产|(?<![\u3400-\u9fff])减产|不少于|不低于|不超过|不高于|低于|高于|少于|必须|务必|达到|(?<=[\u3400-\u9fff]{2})高达|(?<=[\u3400-\u9fff]{2})(?:长|宽|深)达|达|超过|超|突破|过|至|到|(?<!行)为|(?<![于但凡就或还也即总正更要])是|相当于|在|(?<![签制预公契条合节规邀履承集])约|接近|实现|完成|了|(?<=[\u3400-\u9fff]{2})仅|(?<=[\u3400-\u9fff]{2})(?:仍然|依然|仍)|(?<=[\u3400-\u9fff]{2})到位|(?<=[\u3400-\u9fff]{2})过去|(?<=[\u3400-\u9fff]{2})(?<![许认])可)+$/;
// (前三季度, 上半年, 1-9月: the part of the year the figure covers is when, not what; 每年, how often.)
/**
 * A word that joins things before a subject (和, 与, 及): no part of it — not 和 of 和平, 和谐, 和美, nor 与 before a distance
 * (与县城直距45公里: from where is the distance's), nor 及 of 及时.
 */
export const JOINING_WORD = '和(?![平谐美])|与(?![^，。；、]{1,12}(?:直距|距离|相距|直线距离))|及(?!时)';
const LEADING_JOINED = new RegExp(`^(?:[、的]|${JOINING_WORD})+`, 'u');
const LEAD_WORDS = new RegExp(`^(?:(?:主要)?(?:预期|发展)?目标(?:建议|确定|拟定|定)?(?:为|是)[：:]?(?=[\\u3400-\\u9fff]{2})|本[次届](?:大会|会议)|由(?![于此])(?=[\\u3400-\\u9fff]{2})|其(?![他余次中实])(?=[\\u3400-\\u9fff]{2})|加(?=上解)|加上(?!解)(?=[\\u3400-\\u9fff]{2})|近(?=[一二三四五六七八九十两\\d]{1,2}年(?:来|内|间))|以及|并(?![入网购])|${JOINING_WORD}|可(?=实现|达到|完成)|共(?=获)|(?:未来|今后)(?:[两三四五]|\\d)年(?:内|里)?|获得?(?=[\\u3400-\\u9fff]{0,8}(?:资金|补助|奖励|奖补)(?!比例|占比|比重))|用于(?=[\\u3400-\\u9fff]{2})(?![^，。；的]{1,12}的[\\u3400-\\u9fff])|\\d{1,2}月(?:末|底)(?!前)(?=[\\u3400-\\u9fff]{2})|\\d{4}年(?:末|底)?(?![度级])(?=[\\u3400-\\u9fff]{2})|\\d{4}年度(?=[\\u3400-\\u9fff]{2})(?![^，。；]{0,4}(?:计划|任务|目标|考核|预算))|争取(?!到)(?=[^，。；]{0,12}资金)|[较比]\\d{4}年(?:末|底)?(?=[\\u3400-\\u9fff]{2})|[春秋]季学期|(?:[两三四五六七八九十]|\\d{1,2})年(?=[^，。；]{2,20}年均)|又(?=[\\u3400-\\u9fff]{2})|先后(?=[\\u3400-\\u9fff]{2})|稳定(?=[\\u3400-\\u9fff]{2,}(?:面积|产量|规模))|发生(?=[^，。；]{2,}?事故)|全[市省区县州盟旗镇乡](?=共?发生[^，。；]{2,}?事故)|加上(?=[\\u3400-\\u9fff]{2})|尤其是|特别是|历史上?(?=首次|首度)|首次(?=实现|突破|超过|达到)|使(?![用命得])(?=[\\u3400-\\u9fff]{2})|要(?=实现|完成|达到)|成为(?=[\\u3400-\\u9fff]{2})|多年(?:来)?|(?:刚刚)?过去的?(?:[一二三四五六七八九十两]|\\d{1,2})年(?:里|中|间)?|值得(?:一提|关注|注意|肯定)的是[，,]?|[一二三四五六七八九十两]年(?:内|来|间)|\\d{1,2}年(?:内|来|间)|对(?=全[市区县省州盟])|继续(?=[\\u3400-\\u9fff])|(?:合计|共计)(?=新增|完成|实现|投入)|积极(?=争取|引进|培育)|即(?![\\u3400-\\u9fff])|即(?=投资|投入|实施|建设|完成|新增|新建)|即(?!将|时|期|可|便|使|刻|日|席|食|兴|位|墨|是|为|办)(?=[\\u3400-\\u9fff]{2}[^，。；]{0,12}(?:面积|规模|总量|产值|总值|增加值|收入|人数|投资|产量))|而(?![且是言])(?=[\\u3400-\\u9fff]{2})|(?:还|也)要再?(?=[\\u3400-\\u9fff]{2})|还(?=新增|新建|建成|完成|实现|引进|获得|获批|培育|打造)|同时|其中|力争|力促|确保|努力|全面(?!小康)|全力|预计|预测|初步预计|初步预测|造成(?=[\u3400-\u9fff]{0,6}(?:损失|伤亡|死亡|受伤))|初步(?=安排)|已(?:经)?(?=累计)|累计|其余|实际(?=完成|建成|新增|开工)|第一时间|年末|全年|(?<=全年|今年|年内)计划(?!生育|单列|免疫|内|外|经济|任务|目标|总|投资|数|额)(?=[\\u3400-\\u9fff]{4})|每年(?!度)|当年(?![价度计])(?=[\\u3400-\\u9fff]{2})|有(?![效线色机害关偿序力益利名限形氧毒林意望])(?![^，。；\\d]{1,6}的)(?=[\\u3400-\\u9fff]{2}|[\\u3400-\\u9fff][（(][一二三四五六七八九十][）)])|获(?:批|得)?(?=新增)|今年以来|年初以来|(?:\\d{4}年)?以来|今年底|今年|年底前|年底|去年底|去年末|上年末|上年底|去年|年内|目前|当前|共(?=完成|实现|投入|新增|涉及|办理|办结|办复|接待|安置|培训|承诺|组织|举办|开展|促进|设置|引进|发生|破获|查处|受理|签约|新签|争取|取缔|关闭)|争取(?!到)(?=[\\u3400-\\u9fff]{2})|再(?=办|遴选|新增|建设|培育|引进|打造|创建|实施|推动)|实现了?|完成了?(?![\\u3400-\\u9fff]{1,4}率)|提出|包括|前[两二三]季度|[一二三四]季度|(?:第[一二三四1-4]|[1-4])季度(?=(?:全|我)[市省区县州盟旗镇乡]|完成|实现|累计)|[上下]半年|前\\d{1,2}个月|\\d{1,2}[-—–～至]\\d{1,2}月(?:份)?)+`, '');
/** Verbs after which the measured thing follows the number: 实施45项为民办实事项目. */
export const COUNT_VERB =
  /(?:新增|新建|新开工|培育|实施|建设|建成|改造|开工|完成|签约|组织|开展|提供|解决|吸纳|引进|打造|创建|办好|推进|举办|发放|认定|扶持|抓好|推动|加快|建立|推广|发挥|培养|发展|提升|改建|布局|招引|筹集|设立|新上|安排|落实|支持|改造提升|新培育|争创|深化|新建和改建|新建和改造|改造提升|提供|覆盖|搭建|确定|选择|遴选|选取|选定)$/;
export const LEADING_VERB = new RegExp(`^(?:${COUNT_VERB.source.slice(3, -2)})`);

/** Words that join a pair (城乡 = 城镇 and 农村), with the pair in the order the word names it. */
export const COMPOUND_PAIRS: [string, string, string][] = [
  ['城乡', '城镇', '农村'],
  ['存贷款', '存款', '贷款'],
  ['进出口', '进口', '出口'],
  // (一般公共预算收支累计分别突破9千亿元、3万亿元: revenue, then spending.)
  ['收支', '收入', '支出'],
  // (装配式建筑开竣工比例45%、30%: of those started, then of those finished.)
  ['开竣工', '开工', '竣工'],
];

/** Scopes that come in pairs and share the noun after them: 城镇和农村居民…, 进口和出口…. */
const PAIRED_SCOPE = '城镇|农村|城市|乡村|城区|郊区|国内|国外|境内|境外|进口|出口|男性|女性|市区|县域';
// (城镇居民和农村家庭人均可支配收入: each scope may name its group — 居民, 家庭 — before the measure they share.)
const PAIRED_GROUP = '(?:常住)?居民|家庭|人口';
const PAIRED_SCOPES = new RegExp(`^(${PAIRED_SCOPE})(${PAIRED_GROUP})?(?:和|与|及|、)(${PAIRED_SCOPE})(.+)$`, 'u');

/** Two scopes joined before the measure they share (城镇和农村居民…, 城镇居民和农村家庭…): a subject of two. */
export const pairsScopes = (subject: string): boolean => PAIRED_SCOPES.test(subject);

/** The measure words a list of subjects may share when only the last one states it (政府会议和发文数量). */
// (国考省考断面、集中式饮用水水源地、水功能区水质达标率: what the rate is of, 水质, is shared with it.)
const SHARED_MEASURE = /(?:水质|空气质量|环境质量)?(?:毛入学率|毛入园率|吞吐量|数量|人数|总额|总量|规模|产值|增加值|产量|面积|比重|占比|比例|覆盖率|普及率|达标率|收入|投资|余额|通车里程|总里程|里程)$/u;
/** How a measure's name ends: a part ending so names a quantity on its own (游客人次、旅游花费). */
export const MEASURE_END = /[率额量数值比重费入金准次资价润收耗度件]$/u;

/**
 * 中心城区、平川县、山区县平均城镇气化率 → three subjects sharing 平均城镇气化率. `splitAnd`: the values are of one kind,
 * so 和 joins subjects too (政府会议和发文数量分别减少15.2%和20.3%), which it does not when the units differ
 * (药品和医用耗材集中带量采购品种分别突破600个、20类: one subject). Null when the parts cannot be told apart.
 */
/** Measures of a sector's output, named alone after the first names the sector (规模以上工业总产值、增加值、利润). */
const OWNED_MEASURE = /(?:总产值|产值|增加值|主营业务收入|营业收入|销售收入|利润总额|利润|利税|税金|出口交货值)$/u;
/** Such a measure alone (增加值, 利润), and a scope's group before a measure (居民…): made once, not at each call. */
const OWNED_MEASURE_ALONE = new RegExp(`^${OWNED_MEASURE.source}`, 'u');
const PAIRED_GROUP_FIRST = new RegExp(`^(?:${PAIRED_GROUP})`, 'u');

/** Measures said in pairs, the second alone after the first (收入、支出). */
const COUNTERPARTS: [string, string][] = [['收入', '支出'], ['支出', '收入'], ['出口', '进口'], ['进口', '出口'], ['存款', '贷款'], ['贷款', '存款']];

export function distribute(subjectText: string, count: number, splitAnd = false): string[] | null {
  let parts = subjectText.split('、').map((s) => s.trim()).filter(Boolean);
  // 城镇和农村居民人均可支配收入分别…: two paired scopes joined by 和 share what follows (药品和医用耗材…品种 do not split).
  const paired = subjectText.match(PAIRED_SCOPES);
  if (count === 2 && paired) {
    const [, first, group, second, rest] = paired;
    return group ? [`${first}${group}${rest.replace(PAIRED_GROUP_FIRST, '')}`, `${second}${rest}`] : [`${first}${rest}`, `${second}${rest}`];
  }
  // 城乡居民…, 存贷款余额, 进出口: a word that joins two (城镇和农村, 存款和贷款) shares the rest, in that order.
  if (count === 2 && !subjectText.includes('、')) {
    for (const [joined, first, second] of COMPOUND_PAIRS) {
      const at = subjectText.indexOf(joined);
      if (at < 0) continue;
      const [head, tail] = [subjectText.slice(0, at), subjectText.slice(at + joined.length)];
      return [`${head}${first}${tail}`, `${head}${second}${tail}`];
    }
  }
  // (粮食生产面积和总产分别稳定在630万亩、245万吨: two measures of one thing joined by 和, the second said bare, are that thing's
  // two measures — whatever their units.)
  const twoMeasures = count === 2 && parts.length === 1 ? subjectText.match(/^(\p{Script=Han}{2,8}?)((?:种植|生产|播种|收获)?面积|总产量?|产量)和(总产量?|产量|单产|面积|产值)$/u) : null;
  if (twoMeasures && twoMeasures[2] !== twoMeasures[3]) return [`${twoMeasures[1]}${twoMeasures[2]}`, `${twoMeasures[1]}${twoMeasures[3]}`];
  if (parts.length !== count && splitAnd) parts = subjectText.split(/[、和及与]/u).map((s) => s.trim()).filter(Boolean);
  if (parts.length !== count) return null;
  // 对非洲、拉美市场出口: a preposition before the first part governs them all.
  const lead = parts[0].match(/^(?:对|向|与|在|从|赴)/u)?.[0] ?? '';
  if (lead && !parts[parts.length - 1].startsWith(lead)) {
    const inner = distribute([parts[0].slice(lead.length), ...parts.slice(1)].join('、'), count, false);
    return inner && inner.map((p) => `${lead}${p}`);
  }
  // 全市规模以上工业总产值、增加值、利润: measures alone after the first share its opening words (全市规模以上工业).
  const firstMeasure = parts[0].match(OWNED_MEASURE);
  if (count >= 2 && firstMeasure && firstMeasure.index! >= 2 && parts.slice(1).every((p) => OWNED_MEASURE_ALONE.test(p))) {
    const lead = parts[0].slice(0, firstMeasure.index);
    return [parts[0], ...parts.slice(1).map((p) => `${lead}${p}`)];
  }
  // (装备制造、绳网、高端铝三大优势产业总产值: members, then the group they make counted — 三大…产业 — then the measure: each
  // member's measure.)
  // (高新、经开、小蓝三个国家级开发区主营业务收入: places counted by 个, likewise.)
  // (Each is then named as one of the places: 小蓝开发区主营业务收入.)
  const group = parts[parts.length - 1].match(/^(\p{Script=Han}{1,10}?)(?:[两二三四五六七八九十]大[^，。；、]{0,8}?(?:产业|行业|板块|领域|集群|支柱产业)|[两二三四五六七八九十]个[^，。；、]{0,6}?(开发区|园区|新区|高新区|工业园))(\p{Script=Han}{2,8})$/u);
  if (group && OWNED_MEASURE.test(group[3]) && OWNED_MEASURE_ALONE.test(group[3])) return [...parts.slice(0, -1), group[1]].map((m) => `${m}${group[2] && !m.endsWith(group[2]) ? group[2] : ''}${group[3]}`);
  // (地方一般公共预算收入、支出: the counterpart of the first's measure, said alone, shares its opening words.)
  const counterpart = parts.length === 2 ? COUNTERPARTS.find(([a, b]) => parts[0].endsWith(a) && parts[0].length > a.length && parts[1] === b) : undefined;
  if (counterpart) return [parts[0], `${parts[0].slice(0, -counterpart[0].length)}${counterpart[1]}`];
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
  // (存、贷款余额, 一、二、三产增加值: parts of one character each stand for the last one's first character.)
  // (存、贷款余额 after a scope, 进、出口总额: a part ending in one half of a pair word takes the other half's second character.)
  // (新生儿、婴儿和5岁以下儿童死亡率: a rate of births, deaths or illness is shared whole — not from the 儿 the parts end in.)
  const lifeRate = last.match(/(?:死亡|发病|患病|出生)率$/u)?.[0];
  if (lifeRate && last.length > lifeRate.length && incomplete.every((o) => !o.endsWith(lifeRate))) cut = last.length - lifeRate.length;
  if ((incomplete.every((o) => o.length === 1) && last.length >= 3) || (/^(?:贷款|存款|出口|进口)/u.test(last) && incomplete.every((o) => /[存贷进出]$/u.test(o)))) cut = 1;
  for (let p = Math.min(...lengths); cut < 0 && p < last.length; p++) {
    if (incomplete.some((o) => o.at(-1) === last[p - 1])) {
      cut = p;
      break;
    }
  }
  // Names of one length (第一、第三产业增加值, 能源、旅游投资): the last one's name is as long, the rest is shared.
  // (粮食、蔬菜、肉蛋奶产量: two names of one length, the last's of another — they share its measure word, 产量.)
  const measureOfLast = last.match(SHARED_MEASURE)?.[0];
  const otherLength = incomplete.length >= 2 && !!measureOfLast && last.length - measureOfLast.length !== lengths[0];
  // (高铁、高速公路通车里程: not where that length ends inside a word of the last one's name — 高速|公路 — then they share
  // its measure, 通车里程.)
  if (cut < 0 && !otherLength && incomplete.every((o) => o.length === lengths[0]) && lengths[0] <= 3 && lengths[0] <= last.length - 2 && wordStartsAt(last, lengths[0])) cut = lengths[0];
  // 新增省级、市级农业产业化龙头企业: parts that end in a level (省级) share what follows the last one's level.
  if (cut < 0 && incomplete.every((o) => /级$/u.test(o))) {
    const level = last.indexOf('级');
    if (level >= 0 && level < last.length - 2) cut = level + 1;
  }
  // 基本养老、失业、工伤保险参保人数: the last part's own name ends where a word of kind begins (保险, 产业 …), and the
  // others share from there.
  if (cut < 0) {
    // (Not where a part names its kind already: 战略性新兴产业、高新技术产业增加值 share 增加值.)
    const kind = last.match(/^(\p{Script=Han}{1,4}?)(保险|产业|行业)(?=\p{Script=Han}{2})/u);
    if (kind && kind[1].length <= Math.max(...lengths) && !incomplete.some((o) => o.endsWith(kind[2]))) cut = kind[1].length;
  }
  let shared: string;
  if (cut >= 0) shared = last.slice(cut).replace(/^[”」』"]+/u, ''); // 城市公园、“口袋公园”保有量
  else {
    // Else they share the last one's measure word (高中阶段和高等教育毛入学率), or nothing that can be told
    // (对非洲、拉美市场出口).
    let measure = last.match(SHARED_MEASURE)?.[0];
    // (金融机构和小微企业贷款余额: a kind of balance named whole is shared whole, unless a part names its own kind —
    // 存款、贷款余额 share 余额.)
    const kindOf = last.match(/(?:贷款|存款)余额$/u)?.[0];
    if (kindOf && kindOf !== last && !incomplete.some((o) => /款$/u.test(o))) measure = kindOf;
    // (水利工程、电网建设、水环境整治项目: things of one kind listed before the noun of their kind — 项目, 工程, 企业 — share it.)
    const head = measure ? undefined : last.match(/(?<=\p{Script=Han}{2})(?:项目|工程)$/u)?.[0];
    if (head && !incomplete.some((o) => o.endsWith(head))) measure = head;
    // A bare 比重 or 率 leaves out what the share is of: only a rate named whole (毛入学率) is shared.
    if (!measure || measure === last || (share && measure.length < 3)) return null;
    shared = measure;
  }
  const names = [...others.map((o) => (incomplete.includes(o) ? o + shared : o)), last];
  // 第一、二、三产业: the ordinal's 第, said once, is each part's; 一、二、三产业 are the three sectors, 第一产业 ….
  // (第一、二、三次产业增加值: the last ordinal's 次 belongs to the list, 三次产业 the third sector here — 第三产业.)
  return /^第?[一二三四五六七八九十]/u.test(parts[0]) ? names.map((n) => n.replace(/^([一二三四五六七八九十])次(?=产业)/u, '$1').replace(/^(?=[一二三四五六七八九十](?:产业|$))/u, '第')) : names;
}

/** Words that make a 、 item a statement of its own, not a part of the next item's name. */
export const STATEMENT = /(?:第[一二三四五六七八九十\d]|前列|首位|位居|居全国|达到|实现|突破|首破|增长|下降|全覆盖|台阶|大关)/u;
/** Measures that say nothing without the thing measured: 投资 of what, 产量 of what. */
export const BARE_MEASURE = /^(?:年度|全年|年|总|计划)?(?:投资|投入|产量|产值|面积|收入|总量|总额|总值|总数|数量|金额|资金|经费|规模|增速|增幅|降幅|减幅)$/;
/** The longest, the highest … said alone: of a thing stated before it, or of nothing said. */
export const BARE_SUPERLATIVE = /^(?:最长|最短|最高|最低|最多|最少|最大|最小)$/u;
/** A per-head qualifier left without its noun (月人均分别提高…: the nouns were in the clause before). */
export const BARE_QUALIFIER = /^(?:月|年|日)?(?:人|户)均?$/;
/** Names of a rate or share, which a count or an amount cannot measure. */
export const RATE_NAME = /(?:率|比重|占比|比例)$/;

/** Words before the subject that are not part of it: list markers, a plan period, 力争 and the like. */
export function stripLead(s: string): string {
  return s
    // ( 2024年跨境电商交易额: a space a page left before the subject is none of it.)
    .replace(/^[ \u3000\u00A0]+/u, '')
    // (及时转移5600名群众: 及时, in time, is no 及 that joins.)
    // (Not 与 before a distance: 与县城直距45公里 — from where is the distance's; nor 和 of 和平, 和谐, 和美.)
    .replace(LEADING_JOINED, '')
    .replace(/^及时(?=\p{Script=Han}{2})/u, '')
    // (受疫情影响同比降幅9.3%: what caused it is no part of what fell.)
    .replace(/^受[^，。；]{1,10}影响[，,]?(?=\p{Script=Han}{2})/u, '')
    // (向上申报绿标18个: to the government above is whom it went to, no part of what.)
    .replace(/^向上(?=申报|争取|报送)/u, '')
    // (现已探明白粘土储量, 只有3个村: that it is so by now, or only so many, is no part of what.)
    .replace(/^(?:现已|目前已|现在已)(?=\p{Script=Han}{3})/u, '')
    // (报告期间内共完成审计项目19个: the period reported on says when, not what.)
    .replace(/^(?:本|此)?报告期(?:间)?内[，,]?(?:共(?![享建同青产有识治性商赢生]))?(?=\p{Script=Han}{2})/u, '')
    .replace(/^(?:只有|仅有)$/u, '')
    // List marks of a passage set out line by line: ——, ·, ①, 1., (1).
    // (▶, ●, ◆, ★ …: a bullet set before a line of a digest, likewise.)
    .replace(/^(?:[—–\-·•▶►▷●○◎◆◇■□★☆▪➢➤✔√※]+|[①-⑳]|\d{1,3}[.、．](?!\d)|[（(]\d{1,2}[)）])\s*/u, '')
    // 49开展…: a table's row number glued to the verb that opens the row.
    .replace(/^\d{1,3}(?=(?:全年|今年)?(?:更新|组织|开展|完成|新建|建设|建成|实施|推进|举办|组织|新增|改造|整治|培训|创建|打造|引进|落实)(?:\p{Script=Han}|$))/u, '')
    // 一是…, 二是…: a spoken enumeration; 我们 of a speech, who speaks, no part of what.
    .replace(/^(?:其中)?(?:去年|今年)?(?:我们|咱们)(?:要|将|将要)?(?=(?!以|在|把|对|为|从|向|已|还|也|都|又|正|共|累计|全力|积极)\p{Script=Han}{2})/u, '')
    // (我们的4个贫困村: whose they are, in a speech, is the speaker's place — no part of what.)
    .replace(/^(?:我们|咱们)的(?=\p{Script=Han}{2}|$)/u, '')
    .replace(/^[一二三四五六七八九十]+是/u, '')
    // 按一年计累计…, （下同）地区生产总值: a basis of counting and a note in brackets before the subject are no part of it.
    .replace(/^(?:按[^，。；]{1,6}计(?:算)?|[（(][^）)]{1,8}[）)])/u, '')
    // 实施好十方面34项…: a count of the text's own aspects, and 好 after a verb, say how, not what.
    .replace(/[一二三四五六七八九十\d]+个?方面$/u, '')
    .replace(/(?<=实施|落实|推进|编制|开展|打造|执行|组织)好$/u, '')
    // 据统计, 海关统计: who counted is no part of what was counted.
    .replace(/^(?:据|经)?(?:海关|税务部门|统计部门|统计局)?统计(?:显示)?/u, '')
    // (初步核算2022年达到3850亿元: how the figure was reckoned is no part of what it measures.)
    .replace(/^(?:据|经)?初步(?:核算|统计|测算)(?:显示)?[，,]?/u, '')
    // 各参建单位…: 各 (each of them) is no part of who.
    .replace(/^各(?=[^，。；、]{1,6}?(?:单位|部门)(?=\p{Script=Han}))/u, '')
    // 再减少…: 再 says it happens again, not what.
    .replace(/^再(?=减少|增加|新增|提高|降低|下降|压减|新建|建设|完成|实施)/u, '')
    // 五年累计新建…, 三年共实施…: a span of years before a total says over what time, not what.
    // (三年共上划…, 五年共发布实施…: 共 after the span is "in all", before whatever verb — not 共享, 共建, 共同….)
    .replace(/^(?:近|过去)?(?:[两三四五六七八九十]|\d{1,2})年(?:来|间|内)?共(?![享建同青产有识治性商赢生])(?=\p{Script=Han}{3})/u, '')
    .replace(/^(?:近|过去)?(?:[两三四五六七八九十]|\d{1,2})年(?:来|间|内)?(?=(?:全[市省区县州盟])?(?:累计|共计|共|合计|新增|净增|增量|完成|建成|新建|实施|提供|撤并|改造|建设|培育|引进|打造|创建|开工|解决|发放|培训|认定|新(?:设|登记|注册|引进|培育|认定|开工|签约|入库)))/u, '')
    // 保持社区养老服务覆盖率100%: a rate kept at a level is named without the keeping (as with 达到 after it).
    .replace(/^(?:继续)?(?:保持|稳定|巩固)(?=\p{Script=Han}{2}[^，。；、]{2,}(?:率|比例|比重|占比)$)/u, '')
    // 用3年时间打造…, 当年苗木产量: how long it takes, and that the year is the year, are no part of what.
    .replace(/^(?:用|经过)(?:[两三四五六七八九十]|\d{1,2})年(?:左右)?(?:的)?时间/u, '')
    .replace(/^当年(?=\p{Script=Han}{3})(?!计划)/u, '')
    // 先后4次组织…: how often is no part of what.
    .replace(/^先后\d+次/u, '')
    // 光明新区的总体目标是地区生产总值要突破…: the frame that names a target is no part of it.
    .replace(/^[^，。；]{0,12}?的?(?:总体|主要|预期)?目标(?:是|为)(?=\p{Script=Han}{2})/u, '')
    // (兰州新区2023年预期发展目标地区生产总值增长16%以上: a list's heading run into its first item, likewise.)
    .replace(/^[^，。；]{0,12}?(?:主要)?预期(?:发展)?目标(?![任责考值管为是定]|建议|确定|拟定)(?=\p{Script=Han}{4})/u, '')
    // (力争“十四五”时期服务业增加值占…比重: the period, after a word of commitment too, is no part of what is measured.)
    .replace(/^(?:力争|确保|争取|预计|计划)?["“]?十[一二三四五六七八九]五["”]?(?:末|时期|期间|(?=新|累计|共))/, '')
    .replace(LEAD_WORDS, '')
    // (全县将力争财政收入…: a commitment said after the whole place is no part of what it measures — the place is.)
    .replace(/^(全(?:[市省区县州盟旗镇乡]|街道)|我[市省区县州盟旗镇乡])(?:将要|将|还要|要)?(?:力争|确保|争取|努力)(?=\p{Script=Han}{2})/u, '$1')
    .replace(/^[（(][^）)]{1,8}[）)]/u, '');
}

/**
 * A subject stated once for several numbers: 新签约项目250个、总投资1000亿元 → 新签约项目总投资; an administrative
 * level that replaces the first subject's (国家级…突破20家、省级突破50家) takes its place.
 */
const LEVEL = /(?:国家|省|市|县|区)级/u;
const LEVEL_ALONE = new RegExp(`^${LEVEL.source}$`, 'u');
export function carryOver(first: string, part: string, counted = false): string {
  // (粮食种植面积405.3万亩、总产量133.8万吨: a measure said after another's takes its place, of the same thing.)
  // (旅游人数5590.68万人次、总收入413.68亿元: likewise after a count of people or things.)
  const measured = /^(?:总产量|产量|总产值|产值|面积|种植面积|播种面积|总收入|收入|总投资)$/u.test(part) ? first.match(/^(\p{Script=Han}{2,}?)(?:种植面积|播种面积|面积|总产量|产量|总产值|产值|总收入|收入|人数|人次|总人次|数量)$/u) : null;
  if (measured) return `${measured[1]}${part}`;
  if (LEVEL_ALONE.test(part) && LEVEL.test(first)) return first.replace(LEVEL, part);
  // 新增国家级…企业22家、总量达117家: the total is of the things, not of the ones added.
  // (持牌金融机构新增47家、总数达到1771家: likewise after the noun.)
  // (新改扩建公园43个，总数达124个; 新增“三品一标”…产品20个、总量达135个: likewise after any verb that added them.)
  // (预计新入库“四上”企业1206家，总数达4420家; 新增4A级景区2个，总数达19个: likewise after 新 and the verb of entering.)
  // (国家高新技术企业新增350家、规模突破3000家: their 规模 in a count, likewise — not 新增…基金10只、规模500亿元, the size
  // of the ones added.)
  // (主园区新增上市企业1家，总数16家: after the place the things are in, likewise.)
  if (/^(?:总量|总数|总计)$/u.test(part) || (part === '规模' && counted)) return `${first.replace(/^(\p{Script=Han}{1,6}?(?:园区|区|县|市|镇|乡|街道))(?:新增|净增)(?=\p{Script=Han}{2})/u, '$1').replace(/^(?:预计)?(?:新改扩建|改扩建|新改建|新增|净增|新建|新(?:入库|认定|登记|注册|引进|签约)?)(?=[“"]?\p{Script=Han}{2}|\d[A-Z])/u, '').replace(/(?<=\p{Script=Han}{2})(?:新增|新建)$/u, '')}${part}`;
  return `${first}${part}`;
}

/**
 * 新增省级休闲农业和乡村旅游示范镇2个、示范点4个: a second noun that differs from the first's last word in its last
 * character only (示范镇 / 示范点) is of the same kind, with the first's qualifiers; null where it is not.
 */
export function sameKindAs(first: string, part: string): string | null {
  if (part.length < 2 || part.length > 4 || first.length < part.length + 2) return null;
  const at = first.length - part.length;
  return first.slice(at, -1) === part.slice(0, -1) && first.at(-1) !== part.at(-1) ? `${first.slice(0, at)}${part}` : null;
}

/** Head nouns that name a measure of something said before them: 总额, 总量, 规模, 占比. */
// (自然增幅2%, 同口径增幅6.1%: a rate on a stated basis is still the measure of the thing said before it.)
/**
 * A goal a figure is held to, named (省定目标, 年度目标任务): the number after it is that target; alone it names nothing of
 * its own. (A source, shared by the kind of the row and the name.)
 */
export const NAMED_GOAL = '(?:年度|全年|省定|市定|省下达|市下达|上级下达|预期|计划|考核)目标(?:任务)?(?:为|是)?';
export const HEAD_NOUN = new RegExp(`^(?:总量|总额|总值|总数|总规模|规模|年?增量|占比|比重|总投资|(?:自然|同口径|可比|名义|实际|同比|年均)?(?:${GROWTH_RATE_NAME})|(?:年均)?增长率|减幅|降幅)$`);
/** Verbs that cannot name a quantity on their own. */
export const BARE_VERB = new RegExp(`^(?:${COUNT_VERB.source.slice(3, -2)}|筹措|帮扶|帮助|惠及|惠|受益|落地|上线|形成|吸引|启动|出台|壮大|获评|串联|做好|完成了|了|仅用|首批)$`);

/** 比上年, 较2020年, 从2020年的, 相当于上年: a base of comparison after a subject is not part of it (比上年比重: nor the share named again). */
// (比去年同期（429）多生7人: the base's own figure in brackets after it, likewise.)
export const COMPARISON_BASE = /(?:(?:比|较)(?:(?:上一?年|去年)(?:末|底|同期)?(?:(?<=[年末底期])(?:比重|占比))?|年初|同期|上半年|一季度|前三季度|[“"][^”"]{1,8}[”"](?:时期|期间|期末|末)|十[一二三四五六七八九]五(?:时期|期间|期末|末)|[^，。；、\d]{1,8}前|\d{4}年(?:末|底)?|[一二三四五六七八九十\d]{1,2}年前)|(?:从|由)(?:(?:[^，。；、\d]{1,6}(?:之初|初期|之时))?\d{4}年(?:末|底)?的?(?:不足|超过|约|近)?|(?:上半年|年初|一季度|上年|去年)的?|[^，。；、\d]{1,6}的)?|\d{4}年(?:末|底)?的|相当于(?:上一?年|去年|同期|\d{4}年(?:末|底)?)(?:同期)?的?)(?:[（(][\d.]+[）)])?$/;

/** The whole place, or the places the text speaks for (两区), then the part of the year a figure is of (全县1-12月, 两区上半年). */
const WHOLE_PLACE_THEN_PART_OF_YEAR = new RegExp(`^((?:全|我)[市省区县州盟旗镇乡]|[两二三四五六七八九十各][市区县镇乡])${PART_OF_YEAR}[，,]?(?=\\p{Script=Han}{2})`, 'u');
const NAMED_GOAL_ALONE = new RegExp(`^(?:控制在|完成|低于|不超过)?${NAMED_GOAL}$`, 'u');
export function cleanSubject(s: string): string {
  // 拉动全市经济增长0.9个百分点: the points are the contribution to the growth, which names it.
  const pulled = s.trim().match(/^(?:并|同时)?(拉动(?:\p{Script=Han}|[A-Z]){2,12}?增长)$/u);
  if (pulled) return pulled[1];
  // 在对美贸易下降超3成的情况下: a circumstance, not the subject; 连续6年: how long, not what.
  // （精品村20个）: a bracket opened before the subject and not closed in it is punctuation, not name.
  // (四川省政府工作报告丨2024年四川地区生产总值: a headline's topic before its bar is no part of the subject.)
  // (全市预计（下同）完成…: a note that the same holds below is no part of it.)
  // (…完成140.4亿元……”: an ellipsis where a quotation was cut, and the quotation's close, are no part of a name.)
  // (三次产业结构为9.2:51:39.8全年居民消费价格…: a ratio where a sentence's end was lost ends what came before.)
  // (单位：% 全年全县财政总收入…: a table's unit left before the next sentence is no part of it.)
  // (经济概况〓全县实现…, 政区〓人口〓全县总面积: a yearbook's labels, set off by 〓 or run on before the sentence's time or
  // scope — 经济概况全年实现… —, are its headings, no part of the name.)
  let out = stripLead(s.replace(/^(?:[^〓，。；]{1,10}〓)+/u, '').replace(/^\p{Script=Han}{0,4}(?:概况|简况)(?=全[市省区县州盟旗镇乡]|全年|年末|\d{4}年)/u, '').replace(/^\s*[%％‰]\s*(?=\p{Script=Han})/u, '').replace(/^[^，。；]*\d(?:\.\d+)?[:：]\d+(?:\.\d+)?(?:[:：]\d+(?:\.\d+)?)*(?=\p{Script=Han}{2})/u, '').replace(/…+[”"’」』]*$/u, '').replace(/^[^，。；]*[丨｜|]\s*/u, '').replace(/[（(](?:下同|同上|下略|下文同|(?:以下简称|下称)[^（）()，。；]{1,12})[）)]/gu, '').replace(/在[^，。；]*的(?:(?:情况|背景|条件)下|基础上)/u, '').replace(/^[）)」』】]+/u, '').replace(/^[（(](?=[^）)]*$)/u, ''))
    .replace(/(?:已|已经)?连续\d+年/u, '')
    // (组织企业实施各级各类科技计划项目: the bodies moved to do the work, after the verb that moved them, are no part of what
    // was done.)
    .replace(/^(?:组织|引导|鼓励|帮助|督促|动员)(?:企业|农户|群众|高校|科研院所|合作社|村民|居民|贫困户)(?=(?:实施|开展|申报)\p{Script=Han}{2})/u, '')
    // (县域内每平方公里拥有公路: the whole place's bounds before a measure per area are no part of it.)
    .replace(/^(?:县域|市域|区域|境)内(?=每)/u, '')
    // (现代畜牧业发展势头良好全市牲畜出栏: a topic's judgement run in before the whole place is a heading's, no part of the name.)
    .replace(/^[^，。；、\d]{2,16}?(?:势头良好|态势良好|发展良好|成效明显|成效显著|稳中向好|稳步增长|平稳增长|快速增长|持续增长)(?=(?:全|我)[市省区县州盟旗镇乡]\p{Script=Han}{2})/u, '')
    // (中国人寿保险公司海原支公司当年实现保费收入: the firm or body that did it, before 实现 or 完成, says whose — not what; not
    // where what is left names too little alone, 冠霸食品有限公司全年完成投资.)
    .replace(/^[^，。；、\d]{2,20}?(?:公司|集团|银行|分行|支行|医院|学校|合作社)(?:当年|全年|今年|上半年)?(?:实现|完成)(?=\p{Script=Han}{4})/u, '')
    // (还积极为甘肃电器科学研究院、天水昌盛食品有限公司争取到省上项目帮扶资金: those the money was won for, after 为, are who it
    // went to — not what it is.)
    .replace(/^(?:还|也)?(?:积极)?为[^，。；]{2,40}?(?=争取(?:到)?\p{Script=Han}{2})/u, '')
    // (4、4月末各项存款余额: a list's number before the month a stock is of is no part of it.)
    .replace(/^\d{1,2}[、.．](?=\d{1,2}月(?:末|底|份))/u, '')
    // (全县（全口径）实现生产总值: a note on what the whole place's figure counts, after it, is no part of the name.)
    .replace(/^((?:全|我)[市省区县州盟旗镇乡])[（(](?:全口径|不含[^（）()，。；]{1,12}|含[^（）()，。；]{1,12})[）)]/u, '$1')
    // (在财政支出中基本建设支出增长2倍: the whole measure the thing is a part of, framed by 在…中, is no part of its name —
    // not the whole a rank or a share is within, 在…开发区中排名, 在GDP中的比重, which names the field, nor a work the
    // money went to, 在人居环境整治中投入经费.)
    .replace(/^在[^，。；在]{1,8}?(?:支出|面积|收入|总量|产值|总值|投资|人口|总额|产量)中(?![的排居位列占])(?=\p{Script=Han}{2})/u, '')
    // (扩区调位后规划控制面积: a change the place went through, before 后, says since when — not what.)
    .replace(/^[^，。；]{0,8}?(?:调整|调位|合并|改革|整合|撤并|扩区|改制|划转|重组|搬迁)后(?![续期])(?=\p{Script=Han}{2})/u, '')
    // (农场现拥有土地: who has the things, before 拥有, is no part of what they are — not a count per head, 每万人拥有,
    // 千名老人拥有床位, nor the whole place, 全村共拥有汽车, which the rules below keep.)
    .replace(/^(?![^，。；]*[每均])(?![十百千万])(?!(?:全|我)[市省区县州盟旗镇乡村])[^，。；、\d]{2,6}?(?:现|已|共)?拥有(?=\p{Script=Han}{2})/u, '')
    // (【概况】国民生产总值, 【经济社会概况】全区地区生产总值: a yearbook's label set in 【】 before the sentence is its heading,
    // no part of the name.)
    .replace(/^【[^】]{1,12}】(?=\p{Script=Han}{2})/u, '')
    // (记者吴少华回顾2013——全市生产总值: words set off by a dash before the name are a headline's, not the name.)
    .replace(/^[^，。；]*[—―]{2}(?=\p{Script=Han}{4})/u, '')
    // (城镇人口占全县常住人口的比重（城镇化率）: the short name in brackets after a share is the same thing named again.)
    .replace(/(?<=(?:比重|比例|占比))[（(][^（）()，。；]{1,8}(?:率|比重|占比)[）)](?=\p{Script=Han}{0,4}$)/u, '')
    // (占全省的80%: the share of the whole, its 的 no part of the name.)
    .replace(/^(占[^，。；、的]{1,20})的$/u, '$1')
    // (国内生产总值先后跨越…: one after another says when, not what.)
    .replace(/(?<=\p{Script=Han}{2})(?:先后|相继|陆续|首个|率先)$/u, '')
    // (166个“555计划”项目全年完成投资…: the year the things did it in is when, not which things.)
    .replace(/(?<=\p{Script=Han}{2}|[”"])(?:全年|当年)$/u, '')
    // (除外贸出口增长2.5%未达计划要求外: 除 sets the thing apart from the others; it is no part of it.)
    .replace(/^除了?(?!险|草|雪|尘|湿|臭|冰|害|四害|夕)(?=\p{Script=Han}{2})/u, '')
    // (阳光花园、润福家园…华亿安置区共建设安置房: the places listed that together did it are where, not what.)
    .replace(/^[^，。；、]{2,12}(?:、[^，。；、]{2,12})+共(?=(?:新建|建设|建成|完成|实施|改造|开工|安置|接待|引进|新增|培育|投入))/u, '')
    // (拆除了以桃山水库北岸建筑为重点的各类违章建筑: what is stressed among the things, 以…为重点的, is no part of which.)
    .replace(/以[^，。；以]{2,20}为(?:重点|主|主体|核心)的(?=\p{Script=Han}{2})/u, '')
    // (社会各界踊跃捐款: how eagerly is no part of what was given.)
    .replace(/(?<=\p{Script=Han}{2})踊跃(?=\p{Script=Han}{2})/u, '')
    // (非公经济 2021年全区非公经济增加值: a topic run in before a year and the whole place is a heading's, the year when —
    // what is measured is named after them.)
    .replace(/^[^，。；、\d]{2,10}?\s*\d{4}年(?:全年)?(?=(?:全|我)[市省区县州盟旗镇乡]\p{Script=Han}{2})/u, '')
    // (助推开工项目98个: a verb of helping before works named by their stage is no part of them.)
    .replace(/^(?:助力|助推)(?=新?(?:开工|竣工|投产|签约|落地|开业)\p{Script=Han}{2})/u, '')
    // (2021全区政府性基金预算支出: a year written without 年 before the whole place, likewise when.)
    .replace(/^\d{4}(?=全[市省区县州盟旗镇乡]\p{Script=Han}{2})/u, '')
    // (五莲县2012年全年实现生产总值: the year after the place is when, not what.)
    .replace(/(?<=\p{Script=Han}{2,8}[市县区州旗省])\d{4}年(?:全年)?(?=\p{Script=Han}{2})/u, '')
    // (年内将投资1.5亿元: what will be done, 将 before it.)
    .replace(/^(?:将|拟)(?=投资|投入|安排|完成|实现|新增|新建|建设|实施|启动|争取)/u, '')
    // (电力及县属企业仅占10%: how small the share is is no part of whose it is.)
    .replace(/(?<=\p{Script=Han}{2})(?:仅|只)(?=占)/u, '')
    // 新能源汽车产业基地共引进企业, 裘皮小镇共入驻服装企业: 共 says the number is a total, not what was done.
    .replace(/(?<=\p{Script=Han}{2})(?<!总)共(?=入驻|进驻|吸纳|引进|新增|完成|实现|建成|培育|开工|签约|新签|举办|招引|落地|实施|办理|办复|办结|支出|投入|安排|筹集|发放|接待|受理|补助|救助|资助|打掉|捣毁|查处|破获|抓获)/u, '')
    // (预计GDP47.36亿元增加到113.7亿元: the old value written after the name, without 由 or 从, is no part of it; 培训4次700余人次:
    // nor a count of times said before the count of people.)
    .replace(/(?<=\p{Script=Han}{2}|[A-Z]{2,})\d+(?:\.\d+)?(?:万|亿)?(?:元|美元|人|户|吨|公里|平方米|亩|个|家|次|期|场|批|轮)$/u, '')
    // 新增“四上”企业（1）246家: a note's number in brackets after the name is no part of it (九大类民生支出[2], likewise).
    .replace(/[（(]\d{1,2}[）)]$/u, '')
    .replace(/[\[［]\d{1,2}[\]］]/gu, '')
    // (专项债券¹3.9万亿元: a note's mark set as a superscript, likewise; and one set as a circled number after the name —
    // “5+2就业之家”⑥70个.)
    .replace(/[¹²³⁰⁴⁵⁶⁷⁸⁹]+/gu, '')
    .replace(/(?<=[\p{Script=Han}”"」』])[①-⑳]+$/u, '')
    // 包括国家级、地方级领军人才在内的高层次人才: what the whole includes is no part of its name.
    .replace(/包括[^，。；]{1,30}?在内的(?=\p{Script=Han}{2})/u, '')
    // (…飞来湖等重大建设工程在内的今年市重点建设项目: the same where 包括 stood before a list cut off, and the year after it.)
    .replace(/^[^，。；]{1,30}?在内的(?:今年|年内)?(?=\p{Script=Han}{2})/u, '')
    // 沐溪工业园三年累计完成…: likewise after the one who did it.
    .replace(/(?<=\p{Script=Han}{2})(?:[两三四五六七八九十]|(?<!\d)\d{1,2})年(?:来|间|内)?(?=累计|共计|合计)/u, '')
    // 全市现有省教育强镇5个: what there is, without 现有.
    // (…到羊乌、景星、大泉等村建立165亩蔬菜种植基地, 小冲、…枇杷垠等村相继发展百合种植: the places where it was done, listed
    // before 等, are no part of what was done there.)
    .replace(/^[^，。；]{0,30}?等(?:村|镇|乡|乡镇|社区|街道|嘎查)(?![民委级集庄落容貌镇办])(?:相继|先后|陆续|均|都|也|共)*(?=\p{Script=Han}{2})/u, '')
    // (全乡已有能人输出团体26个: what there is by now, without 已有, likewise.)
    // (杏林台商投资区已有工业企业: a place's longer name, likewise; 官道李镇有工业企业: 有 alone after a township's.)
    .replace(/^((?:全[市省区县州盟旗镇乡]|全系统|全行业|我[市省区县州盟旗镇乡])?)(?:辖区|[^，。；、\d]{1,8}?(?:[新城]?[市区县省州镇乡旗]|园区|街道))?(?:年末|年底|目前)?(?:现有|共有|拥有|已有|(?<=[镇乡村旗县区]|街道)有(?!林|劳动|效|机|线|色|关|序|力|益|偿|限|望|所|的|些|了|着|近|超|约))(?=\p{Script=Han}[\p{Script=Han}“"、])/u, '$1')
    // (全县1-12月完成投资, 全市上半年实现…, 两区上半年外贸进出口总额: the part of the year the figure is of says when, not what.)
    .replace(WHOLE_PLACE_THEN_PART_OF_YEAR, '$1')
    // (全镇有规模以上企业7家, 全乡有中小学28所: 有 after the whole place, before the things, likewise — not a word that
    // begins with 有: 有劳动能力…, 有林地, 有色金属, 有机, 有线, 有效.)
    .replace(/^((?:全|我)(?:[市省区县州盟旗镇乡街村]|社区))(?:年末|年底|目前)?(?:仅|只)?有(?!林|劳动|效|机|线|色|关|序|力|益|偿|限|望|所|的|些|了|着)(?=\p{Script=Han}{2})/u, '$1')
    // (全乡现在规模以上企业1家: 现在 after the whole place says when, likewise.)
    .replace(/^((?:全|我)[市省区县州盟旗镇乡街])(?:现在|目前)(?=\p{Script=Han}{2})/u, '$1')
    // (全街共布设…政务晓屋6个: 共 after the whole place says the number is a total, likewise.)
    .replace(/^((?:全|我)[市省区县州盟旗镇乡街])共(?![同建享青])(?=\p{Script=Han}{2})/u, '$1')
    // (全年共出生5419人, 共接待游客…: 共 before a verb of what happened or was done says a total, no part of it.)
    .replace(/^共(?=(?:出生|死亡|迁入|迁出|发生|接待|受理|办理|收到|录取|招收|培训|救助|查处|查出|发现|调处|化解)(?!\p{Script=Han}*(?:中心|窗口|大厅|平台)$))/u, '')
    // 力争到2025年实现…: the deadline after a lead word, and the lead words after it.
    .replace(/^(?:到|至)\d{4}年(?:底|末)?前?(?:实现|完成|达到)?/u, '')
    .replace(LINK_WORDS, '')
    // 基础研究经费五年增长1倍, 收入按可比口径增长: a span of years and a statistical basis say how, not what.
    .replace(/(?:近|过去)?(?:[两三四五六七八九十]|(?<!\d)\d{1,2})年(?:来|间|内)?$/u, '')
    // (…498.5亿元，可比价年均增长7.0%: the basis alone, before the change, says how it is counted — the thing is the one before.)
    // (按2020年不变价格计算: at a year's constant prices, likewise.)
    .replace(/(?:按(?:可比口径|可比价格?|(?:\d{4}年)?不变价格?)(?:计算)?|同口径(?:对比|比较)?|可比口径|自然口径|可比价格?|可比|绝对值|绝对额)$/u, '')
    // (一般公共预算收入扣除政策性减收和一次性收入因素, 生产总值剔除…等不可比因素: what is left out of the figure says how it
    // is counted, not what.)
    .replace(/(?<=\p{Script=Han}{2})(?:扣除|剔除)[^，。；]{1,24}?因素(?:后|影响)?$/u, '')
    .replace(LINK_WORDS, '')
    // 开展“三下乡”“文化八进”等各类群众文化活动: quoted examples before 等, likewise (the verb before them stays).
    // (打造“雪莲朵朵映天山”等群众文化活动品牌: one example, likewise.)
    .replace(/^([^，。；“"]*?)(?:[“"][^”"]{1,12}[”"][、和及]?)+等(?:各类)?(?=\p{Script=Han}{2,})/u, '$1')
    // 汽车、无人机、3D打印机等高新技术产品出口: the examples before 等 name members of the subject, not the subject.
    // (Not where only a bare kind follows 等: 北斗导航、3D打印等产业增速 — the examples are all that says which industries.)
    .replace(/^[^，。；]*、[^，。；、]*?(?<![高平同对均上中初超])等(?![级次奖])(?!(?:产业|行业|领域|企业|产品)(?:增速|增幅)$)(?=\p{Script=Han}{2,})/u, '')
    // (安全、情感、人文等方面的讲座: the aspects the examples are of say which, not what.)
    // (集成电路、工业母机等领域重点产业研发项目: the fields, likewise.)
    .replace(/^(?:方面的|领域的?|行业的?)(?=\p{Script=Han}{2})/u, '');
  // (2024年贺兰县本级财政一般公共预算总收入: the year and the government whose budget it is, before its own level's name
  // (本级), say whose and when — the report's own.)
  // (…会议批准的2024年贺兰县本级…: and who approved it, before them.)
  // (郑州在全省经济首位度: the place whose standing in the larger whole is measured, before 在, says whose — not what.)
  const placeIn = out.match(/^(\p{Script=Han}{2,6}?)在(?=全[省市国区])/u);
  if (placeIn && governmentsCalled(placeIn[1]).length) out = out.slice(placeIn[0].length);
  const yearAndPlace = out.match(/^(?:[^，。；\d]{0,30}?的)?\d{4}年度?(\p{Script=Han}{2,8}?[市县区州旗])(?=本级)/u);
  if (yearAndPlace && governmentsNamed(yearAndPlace[1]).length) out = out.slice(yearAndPlace[0].length);
  // (本区生产总值, 该镇规上工业产值: the text's own government pointed to before the measure says whose — as 全区 does — not
  // what. Not 本区域.)
  // (这个开发区地区生产总值: a place pointed to by 这个, likewise.)
  out = out.replace(/^(?:[本该]|这个)(?:市|县|区|镇|乡|街道|旗|州|开发区|园区|新区)(?![域内外间])(?=\p{Script=Han}{2})/u, '');
  // (另有流动人口, 辖区内有小学: 另 and the place the things stand in, before 有, say where and that they come on top — not
  // what they are. Not 有 of 有一定规模的, 有关, 有色 ….)
  out = out.replace(/^(?:另(?:有|外还有)|(?:区域|辖区|境|镇|乡|县|区|园区)内(?:共|还)?有)(?!一定|关|色|机|效|序|力)(?=\p{Script=Han}{2})/u, '');
  // (人均生产总值1978年仅为217元: the year a name's figure stood at, after the name, says when, not what.)
  out = out.replace(/(?<=\p{Script=Han}{2})(?<![比较从由到至于在是的])\d{4}年(?:末|底)?(?:仅|只|才|已|就)?$/u, '');
  // (城镇登记失业率为3.36%，与去年相比降低0.09个百分点: the base of a comparison alone names nothing — the thing is the one before.)
  out = out.replace(/^(?:(?:与|和|同|跟)?(?:去年|上年|前年|\d{4}年|年初|上月|上季度)?(?:同期|末|底)?)?相比(?:较)?$/u, '');
  // (工业总产值只有24亿元: how little a figure is said to be is no part of its name.)
  out = out.replace(/(?<=\p{Script=Han}{2})(?:只有|仅有|仅为|只为)$/u, '');
  // (全程运输时间较以往压缩50%, 清单管理措施比制度建立之初压减64%: a base of comparison in a few words is no part of it.)
  // (刑事案件同比前五年下降23.3%: the span cut off above leaves 同比前, likewise.)
  out = out.replace(/(?<=\p{Script=Han}{2})(?:(?:比|较)(?:以往|往年|过去|[^，。；、\d]{1,8}?(?:之初|以前|之前|初期))|同比前)$/u, '');
  // (贷款余额较年初新增: what is added since the base is a change of the thing.)
  out = out.replace(/((?:比|较)(?:上年|去年|年初|同期)[末底]?)新增$/u, '$1');
  // (电商网络交易额突破百亿大关、达108亿元: a milestone passed says how far, not what.)
  // (全州接待游客突破“四千万”、达4133.28万人次: a milestone named in quotes, likewise.)
  out = out.replace(/(?<=\p{Script=Han}{2})(?:首次)?(?:突破|跨越|迈上|跨上|站上)(?:[^，。；、“"]{1,8}(?:大关|台阶|关口)|[“"][^”"]{1,8}[”"](?:大关|台阶|关口)?)(?=、?$)/u, '');
  // (Not 增速高于全国3.7个百分点: the points are the gap to what it is compared with, which stays in the name.)
  // (企业开办时间从一个月以上压缩到目前的平均: from the old value to the new, all after 从 is the change.)
  out = out.replace(/(?<=\p{Script=Han}{2})从[^，。；从]{1,12}?(?:压缩|缩短|提高|提升|降低|下降|减少|增加|扩大|延长)(?:到|至)(?:目前的?)?(?:平均)?$/u, '');
  // 从2020年的 …, 较上年增长 …: strip the base, then whatever link words stood before it.
  const based = COMPARISON_BASE.test(out);
  // (按可比口径比上年末增长: the basis before the base goes with it.)
  // (比去年预算高: a base and how the figure stands against it, a change of the thing said before.)
  if (!out.includes('、')) out = out.replace(COMPARED_BY, '');
  // (比上年少投放21.6亿元: a base and a verb of less or more, a change of the thing said before.)
  out = out.replace(/(?:比|较)(?:上年|去年|上一年|同期)(?:少|多)(?:投放|支出|用|收|排|增)$/u, '');
  for (let i = 0; i < 2 && COMPARISON_BASE.test(out); i++) out = out.replace(COMPARISON_BASE, '').replace(LINK_WORDS, '').replace(/(?:按(?:可比口径|可比价格|(?:\d{4}年)?不变价格?)(?:计算)?|同口径|可比口径)$/u, '');
  // 将免费开放时间由19天增至40天: 将 (or 把) puts the thing first, before the base it is changed from.
  // (将民航发展基金航空公司征收标准降低20%: likewise before a change by an amount.)
  if (based || /(?:提高|提升|降|调整|扩大|增加|压缩|缩短|延长|下调|上调)(?:到|至|为)$/u.test(s.trim()) || /(?:提高|提升|降低|下降|减少|增加|压缩|缩短|下调|上调)$/u.test(s.trim())) out = out.replace(/^(?:将|把)(?=\p{Script=Han}{2})/u, '');
  // 全省各级财政为此将投入: "for this" and a modal between who and the verb are no part of the name.
  out = out.replace(/(?<=\p{Script=Han}{2})(?:为此|因此|对此)?(?:将|要|拟)(?=(?:累计)?(?:投入|安排|新增|完成|实现|建设|筹集))/u, '');
  // 生产总值（GDP）: an abbreviation in brackets after the name is the same name.
  out = out.replace(/[（(][A-Za-z][A-Za-z0-9.]{1,7}[）)]$/u, '');
  // (全年降水量1476.3毫米，比历年平均降雨量减少33%: a base of comparison alone, the change is of the thing just stated.)
  // (Only before a verb of change, and not 较大…, 比亚迪…, nor a plan compared with: 比年初计划增多15所 is no change.)
  if (/^(?:比|较)(?![大小高低多少好快慢强弱亚])[^，。；、\d]{2,10}$/u.test(out) && !/计划|目标|预期/u.test(out) && /(?:增长|下降|增加|减少|提高|降低|上升|回落|增收|减收|增支|减支)了?$/u.test(s.trim())) return '';
  // (支出31.43亿元，增支3.21亿元: more or less spent or taken in, alone, is a change of the thing just stated.)
  if (/^(?:增支|增收|减支|减收)$/u.test(out)) return '';
  // (下调…缴费比例，各地可降至16%: places and a modal alone name nothing measured.)
  if (/^各(?:地|级|市|县|区)(?:可|要|应|均|都)?$/u.test(out)) return '';
  // (三年共打掉传销窝点243个, 共计发放集中托养补贴: 共 and 共计 say the number is a total, not what was done.)
  // (Not 共 before a verb of doing the row names as its action, 共资助…, 共实施…: the action reads it there.)
  out = out.replace(/^(?:(?:共计|合计)(?=打掉|捣毁|查处|破获|抓获|补助|救助|资助|帮扶|发放|拨付|兑现|投入|安排|完成|实现|新增|引进|培训|办理|受理|接待|举办|开展|组织|建成|实施)|共(?=打掉|捣毁|破获|抓获|补助))/u, '');
  // (在社区公园内建成或配置“三小”体育项目70处: where the things are, said before the verb, is no part of their name.)
  out = out.replace(/^在[^，。；、\d在]{2,12}?(?:内|中|里)(?=(?:建成|建设|新建|配置|配备|设置|设立|开展|实施|完成|打造|安装|增设)\p{Script=Han})/u, '');
  // (通过网络和报刊媒体主动公开各类政府信息, 通过更新收回公共利益用地: by what means it was done, said before the verb, is no
  // part of what was done. Not 通过…评估认定的学校: there 通过 is "passed", and the clause before 的 says which schools.)
  // (通过城市更新实现供地: 实现 after the means is a light verb, no part of what was done — 供地.)
  if (!out.includes('的')) out = out.replace(/^通过[^，。；\d]{2,14}?(?<!、)(?:实现(?=\p{Script=Han}{2}))?(?=(?:主动)?(?:公开|收回|引进|新增|完成|收集|盘活|腾退|新建|建成|改造|筹集|供应|提供|吸引|带动|解决)\p{Script=Han}{2}|供地)/u, '');
  // (江边城市更新项目争取实现土地供应3万平方米: how hard it is sought is no part of what is measured.)
  // (Not 争取 alone: 申报争取债券资金 — 争取 is "obtain" there.)
  out = out.replace(/(?<=\p{Script=Han}{2})(?:争取|力争|努力)(?:实现|达到)(?=\p{Script=Han}{2})/u, '');
  // (纳税超亿元楼宇预计新增5栋，达到73栋: an estimate's word after the name is no part of it.)
  out = out.replace(/(?<=\p{Script=Han}{2})(?:初步)?预计(?=(?:新增|增加|完成|实现|达到|达)?$)/u, '');
  // (确保所有国考、省考断面水质优良率均保持100%: "all of them" says how many, not which. Not 全部: 全部工业增加值 is
  // a measure of its own, beside 规模以上工业增加值.)
  out = out.replace(/^所有的?(?=\p{Script=Han}{2})/u, '');
  // (长江十年禁渔以来重庆段监测鱼类: since when is no part of what is measured.)
  out = out.replace(/^[^，。；、\d]{2,12}以来(?=\p{Script=Han}{2})/u, '');
  // (“企呼我办”等新机制推动企业反映问题解决率: what drove a rate is no part of it.)
  out = out.replace(/^\p{Script=Han}[^，。；]*?(?:推动|带动|促进|助推)(?=\p{Script=Han}{2}[^，。；]*(?:率|比重|比例|占比)$)/u, '');
  // (社区工作人员和环卫一线人员生活补贴全年人均增长2400元, …生活补贴人均月增200元: per head after the money names it per
  // head — 人均生活补贴 —; the year or month it is counted in is no part of it.)
  out = out.replace(/^(.*?)((?:基本)?(?:生活补贴|补贴|补助|工资|养老金|津贴|纯收入|可支配收入|收入))(?:全年|每月)?(人均|户均)(?:月|年)?增?$/u, '$1$3$2');
  // (持牌金融机构新增47家, 全盟新能源装机新增623万千瓦: 新增 after the things names the same as before them — what was
  // added, not all there are; the scope of the whole place stays first. Not after a base: 贷款余额较年初新增 is a change.)
  out = out.replace(/^((?:全[市省区县州盟国]|我[市省区县州盟])(?=\p{Script=Han}{2}))?(\p{Script=Han}[^，。；]*?\p{Script=Han})新增$/u, (whole, scope: string | undefined, things: string) => (/(?:比|较)(?:上年|去年|年初|同期)[末底]?$/u.test(things) ? whole : `${scope ?? ''}新增${things}`));
  // (截至2018年末户籍人口, 截止1998年底全区人口: the date a stock is counted at says when, not what.)
  // (截至3月15日完成财政总收入: a day of this year, its year unsaid, likewise — and the verb after it, as at a sentence's start.)
  out = out.replace(/^(?:截至|截止)(?:到)?(?:\d{4}年(?:\d{1,2}月)?|\d{1,2}月)(?:底|末|\d{1,2}日)?(?:前)?[，,]?(?=\p{Script=Han}{2}|[A-Z]{2})/u, '');
  // (全乡2001年国民生产总值: the year after the whole place says when; the place stays as the scope.)
  out = out.replace(/^((?:全|我)[市省区县州盟旗镇乡])\d{4}年(?:全年|度)?(?=\p{Script=Han}{2}|[A-Z]{2})/u, '$1');
  // (农业2006年总产值, 交通邮电2006年邮政业务总量: a yearbook's topic run in before the year is its heading. A bare measure
  // after it is the topic's — 农业总产值 —; a name of its own stands alone, and the topic said again is said once.)
  const topicYear = out.match(/^(\p{Script=Han}{2,6}?)(?<![较比从至在于按到为的和与及])\d{4}年(?:全年|度)?(?=\p{Script=Han}{2})/u);
  // (Not a government, 甘谷县政府2020年将…, nor a verb, 下达2025年…资金: who acts and what is done, not a topic.)
  if (topicYear && !/(?:截至|截止|之前|以来|政府|[省市县区镇乡州旗盟村]|街道)$/u.test(topicYear[1]) && !COUNT_VERB.test(topicYear[1]) && !/^(?:为|将|下达|安排|争取|拨付|筹集|落实|兑现|发放|投入|完成|实现)/u.test(topicYear[1])) {
    const rest = out.slice(topicYear[0].length);
    out = BARE_MEASURE.test(rest) ? `${topicYear[1]}${rest}` : rest;
  }
  // (控制在省定目标, 完成年度目标任务: the goal a figure was held to names nothing of its own — the thing is the one before.)
  out = out.replace(NAMED_GOAL_ALONE, '');
  // (地区生产总值按原统计口径预计完成, PM2.5需控制在: the basis a figure is counted on, and a modal before the verb, are no
  // part of the name.)
  out = out.replace(/(?<=\p{Script=Han}{2}|[A-Za-z0-9.]{2})按(?:原|新|现行)?(?:统计)?口径(?:计算)?(?=预计|初步|完成|实现|$)/u, '');
  out = out.replace(/(?<=\p{Script=Han}{2}|[A-Za-z0-9.]{2})(?<![内外军急必所供刚])(?:需要|需|须|必须|应当)$/u, '');
  // (主要包括农村经济发展项目60项: what the whole includes is said by its parts' names.)
  out = out.replace(/^(?:其中)?(?:主要)?包括(?=\p{Script=Han}{2})/u, '');
  // (会议应到代表180名: the meeting is where they are counted, no part of who.)
  out = out.replace(/^(?:本次|这次)?(?:会议|大会)(?=应到|实到|应出席|实际出席|出席)/u, '');
  // (共为贫困户提供就业帮助: 共 says the number is a total, not whom it was done for.)
  out = out.replace(/^(?:共|累计|全年)(?=为\p{Script=Han}{2})/u, '');
  // (粮食全年总产量, 农业全年粮食总产量, 人口年末常住人口: a bulletin's topic run in before 全年 or 年末 is its heading. A bare
  // measure after 全年 is the topic's — 粮食总产量 —; a name that says the topic again, or a sector's own measure, stands alone.
  // 年末 stays: a stock at the year's end is a measure of its own.)
  const topicSpan = out.match(/^(\p{Script=Han}{2,4}?)(全年|年末|年底)(?=\p{Script=Han}{2})/u);
  if (topicSpan && !/^[全我本该各]/u.test(topicSpan[1]) && !/[省市县区镇乡州旗盟村站]$/u.test(topicSpan[1])) {
    const [span, topic, when] = topicSpan;
    // (工业全年实现工业增加值: the verb before the topic said again goes with it.)
    const rest = out.slice(span.length).replace(new RegExp(`^(?:实现|完成)(?=${topic})`, 'u'), '');
    const sector = /^(?:农业|工业|林业|牧业|渔业|畜牧业|农产品|财政|金融|商贸|交通|邮电|交通邮电|人口|教育|卫生|建筑业|服务业|旅游|外贸|投资|消费|能源|环保|科技)$/u.test(topic);
    const said = rest.startsWith(topic) || rest.endsWith(topic);
    if (when === '全年') out = said || sector ? rest : BARE_MEASURE.test(rest) || /^总?产量$/u.test(rest) ? `${topic}${rest}` : out;
    else if (said || sector) out = `${when}${rest}`;
  }
  // (GDP更是, 外贸进出口总量一举: a word that stresses what follows is no part of the name before it.)
  out = out.replace(/(?<=\p{Script=Han}{2}|[A-Z]{2})(?:更是|也是|则是|就是|一举|再次|都在|均在|全部在)$/u, '');
  // (其中规模较大的企业就有16家: 就 before 有 stresses the count, no part of the name — not 成就, 造就.)
  // (充分就业社区达标率各县均达70%: each county's figure, said of them all — the measure is named before it.)
  // (人口自然增长率为-1.30‰，比上年上升7.12个千分点: a level's verb and its sign, left where the level was withheld.)
  // (全镇国民生产总值年增长15%: 年 before the change says it is a year's, no part of the thing.)
  out = out.replace(/(?<=\p{Script=Han}[值额量入出])年$/u, '');
  // (全市实现生产总值（注2）, 我区（不含万盛经开区）地区生产总值: a note's mark, and a note on what the place's scope leaves out,
  // are no part of the name.)
  // (Only a note on a place's scope: 固定资产投资（不含农户） names a measure of its own.)
  out = out.replace(/[（(]注[\d一二三四五六七八九十]{0,2}[）)]|(?<=(?:^|[全我])\p{Script=Han}{0,8}[市区县旗州镇乡])[（(](?:不含|含|包括|不包括)[^（）()，。；]{1,14}[）)]/gu, '');
  // (灾后恢复重建项目已累计完工455个: that it was done already, left where its verb went, is no part of the name.)
  out = out.replace(/(?<=\p{Script=Han}{2})(?:均已|都已|已经|已)$/u, '');
  // (2014年我们将积极争取中央配套资金360万元: that it will be sought eagerly is no part of what is sought.)
  out = out.replace(/^(?:将|要)(?:积极|努力|全力|大力)?(?=争取\p{Script=Han}{2})/u, '');
  // (南北平均约长40公里: the 约 that bounds the number is no part of the extent's name.)
  out = out.replace(/(?<=\p{Script=Han})约(?=[长宽高深]$)/u, '');
  out = out.replace(/(?<=\p{Script=Han}{3})(?<![成造迁])就$/u, '').replace(/(?<=\p{Script=Han}{2}[率量额数值])各(?:县|市|区|乡镇|镇|乡|村|县市区|县区)均?$/u, '').replace(/(?<=\p{Script=Han}{2})(?:为|是)?[-－−]$/u, '');
  // (惠及, 涉及: 及 there is part of the verb.)
  return out.replace(/(?<![惠涉波普顾])[、和及与]+$/u, '').replace(/、+$/u, '').trim();
}

/**
 * One example named before 等, then the kind (广西人工智能学院等创新平台 → 创新平台): the kind is what is counted. Read after the
 * verb is split off (建设 stays the action) and with 新增 kept (新增美格智能等上市企业 → 新增上市企业); the example is a name of four
 * characters at least, not a word that ends in 等 of its own (高等, 中等, 同等, 平等), and the kind names something of its own —
 * 科技服务等收入 keeps its example, 收入 alone is no name (nor 各类资金).
 */
export function withoutExample(indicator: string): string {
  const m = indicator.match(/^((?:新增|累计|净增)?)[^，。；、“”"\d]{4,12}?(?<![高平同对均上中初超何特一二三])等(?![级次奖于同])(\p{Script=Han}.+)$/u);
  // (超长期特别国债等各类资金: a kind said only as "of every sort" — 各类资金 — names nothing without its example.)
  if (!m || m[2].length < 2 || BARE_MEASURE.test(m[2]) || HEAD_NOUN.test(m[2]) || /^(?:收入|支出|项目|工程|资金)$/u.test(m[2]) || /^(?:各类|各项|各种|各级)/u.test(m[2])) return indicator;
  return `${m[1]}${m[2]}`;
}

/**
 * A rank: 居全国第3位, 位列中部第1位, 进入全国前10位. The indicator is what is ranked (the subject, or the subject of
 * the row before: 贷款余额达到9.38万亿元，居中部第1位) and where (全国, 中部, 全省县（市）): 各类贷款余额中部排名.
 */
export const RANK = /^(.*?)(?:位居|位列|名列|居于|高居|居|排名|排列|排在|排|跃居|跃升至|跃升到|稳居|进入|挺进|保持在|保持|提升至|提升到|提高至|提高到|进至|进到|升至|上升至|上升到|列)?((?:(?:全国|全省|全区|全市|全州|全盟|全球|世界|中部|西部|东部|东北|西南|西北|长江经济带)[^，。；、\d第前居排位列进跃升至名《》“”]{0,14}?|同类城市|省会城市|副省级城市|计划单列市|各)?(?:\d+个(?:[^，。；、\d第前居排位列进跃升至名《》“”]{1,10}?(?=城区|城市|县|区))?)?(?:同类|地区|省份|城市|省区市|省区|地市|市州|县市区|县区|城区|市|县|区)?(?:[（(][^）)]{1,8}[)）])?中?(?:排名|排列|排|位列|位居|居)?)(?:第|前)$/;
/** A scope a ranking is within, written whole: 全国, 全省, 全球, 全国同类城市 …. */
const RANK_SCOPE = /^(?:全国|全省|全区|全市|全州|全盟|全球|世界|中部|西部|东部|东北|西南|西北)(?:[^，。；、\d第前]{0,8})$/u;

const AWARD_VERB = '(?:获评|荣获|获得|夺得|被评为|评为|荣膺)';
const AWARD_IN_LIST = new RegExp(`^(.*?${AWARD_VERB})(\\p{Script=Han}.+)$`, 'u');
const AWARD_ALONE = new RegExp(`^${AWARD_VERB}$`, 'u');
const AWARD_AT_END = new RegExp(`${AWARD_VERB}$`, 'u');

export function rankSubject(pre: string, before: string | null): string | null {
  // (东莞城市竞争力排全球第154位、全国第10位（含港澳台）、广东第3位: a scope listed after a ranking just read — a scope word
  // or a place — ranks the same thing within it: 东莞城市竞争力全国排名, 东莞城市竞争力广东排名.)
  // (…全省排列第68位，全州排列第4位: the scope without the verb that ranks in it.)
  const listed = before?.endsWith('排名') ? pre.replace(/^(?:[（(][^（）()]{0,12}[）)])?、/u, '').match(/^([^，。；、（）()]{2,8}?)第$/u)?.[1]?.replace(/(?<=^\p{Script=Han}{2,}?)(?:排名|排列|排|位列|位居|居)$/u, '') : undefined;
  // (A place by its name or a province's or city's short name — 广东 —, not a county's: 城区 is a word too.)
  // (山区26县: a group of places counted, named as a scope.)
  const isScope = (t: string) => RANK_SCOPE.test(t) || /^\p{Script=Han}{1,6}\d{1,3}个?(?:县|市|区|县市区|县（市、区）|城市|强县)$/u.test(t) || governmentsNamed(t).length > 0 || governmentsCalled(t).some((g) => ['province', 'autonomous-region', 'municipality', 'prefecture'].includes(g.level));
  if (listed && before && isScope(listed)) {
    const thing = before.replace(/排名$/u, '');
    const scope = [...Array(Math.min(thing.length - 2, 8)).keys()].map((k) => thing.slice(thing.length - k - 2)).find(isScope);
    if (scope) return `${thing.slice(0, thing.length - scope.length)}${listed}排名`;
  }
  const matched = cleanSubject(pre).match(RANK) ?? pre.match(RANK);
  if (!matched) return null;
  const m = [...matched];
  // (全区荣获全省综合考核第3名: the place that won and its verb, read as the start of the list's scope, are no part of it.)
  const award = m[2]!.match(AWARD_IN_LIST);
  if (award) [m[1], m[2]] = [`${m[1]}${award[1]}`, award[2]!];
  // (力争进入全国高新区前100位, …、全国县域经济和社会综合发展百强县第67位: with nothing named before the verb, a ranking
  // named by the list it ranks in is what is ranked — not the thing before it.)
  // (全国100个最具投资潜力城区: the list named the same with how many it ranks — not places of a kind alone, 全国337个城市.)
  const list = m[2].replace(/\d+个/u, '');
  const ownList = /^(?:全国|全省|全区|全市|全球|世界)[^，。；、\d]{2,14}$/u.test(list) && /[县市区城]$|[强]$|名册$|榜$/u.test(list) && !/^(?:全国|全省|全区|全市|全球|世界)(?:同类|地区|省份|城市|省区市|省区|地市|市州|县市区|县区|城区|市|县|区)$/u.test(list);
  // (…，仍高居第6位: still, with nothing else before the verb, ranks the thing just stated.)
  // (获评全市量化考核综合总分第11名: the award's verb, like the ranking's, is no part of what is ranked.)
  let head = cleanSubject(m[1]!).replace(/^(?:仍然|仍|依然|依旧|继续|始终|一直)$/u, '').replace(AWARD_ALONE, '') || (ownList || AWARD_AT_END.test(m[1]!) ? '' : before);
  // (增幅高达22.7%，在全省县（市）中跃居第2位: where it ranks, 在…中, with nothing ranked before it, ranks the thing just stated
  // within it.)
  const within = head?.match(/^在((?:全国|全省|全市|全区|全州|全盟)[^，。；、]{0,12}?)(?:之中|中)$/u);
  if (within && before && !/\d/u.test(before) && !m[2]) head = `${before.replace(/排名$/u, '')}${within[1]}`;
  if (head === null) return null;
  // 第三产业增加值978.3亿元、增长8.5%、增速居全省第2位: a bare measure ranked is the measure of the subject just stated.
  // (新增上市企业9家，合计16家，总数列全省第3位: the total is of all the things, not of those added.)
  // (…增长10.2%，高出全市4.2个百分点，增速位居全市第3位: the rate ranked is the measure's, not its gap's.)
  if (/^(?:增速|增幅|总量|总数|数量|规模|增量)$/u.test(head) && before && head !== before) {
    const of = before.replace(/增速(?:高于|低于|高出|快于|慢于)全[国省市区县州](?:平均(?:水平)?)?$/u, '');
    head = `${head === '总数' ? of.replace(/^新增(?=\p{Script=Han}{2})/u, '') : of}${head}`;
  } else if (/^(?:金额|数额|数量|总额)$/u.test(head) && before && /(?:额|量|数)$/u.test(before)) {
    // (技术合同成交额达到6121亿元、金额居全国第3位: the amount ranked is the amount just stated — its own name.)
    head = before;
  }
  // (全国337个城市: where it ranks, without how many are ranked — also where they are named before 中: 在全国80个大城市
  // 生活垃圾分类成效考核中.)
  // (在全国…考评中: where it was ranked, without 在.)
  // (曾都区跃居2021年度全省…一类县（市、区）第9位, 我市位列…百强县第79位: the place ranked and the verb, and the year of the
  // ranking, are no part of the ranking named — the list ranks places.)
  // (新钢列中国制造业企业500强第122位: a firm's rank is the firm's in that list — the firm named, the verb not.)
  // (位列全国2024镇域经济500强榜单第168位: the year of a list named after its scope, likewise.)
  head = head.replace(/(?<=(?:跃居|位居|位列|名列|稳居|居|列)(?:全国|全省|全区|全市|全球|世界))\d{4}年?度?(?=\p{Script=Han}{2})/u, '');
  const verb = head.match(/^(.*?)(?:跃居|位居|位列|名列|稳居|居|(?<=\p{Script=Han}{2})(?<![系序并排陈罗行队下])列(?![入为车表]))(?:\d{4}年度?)?(?=\p{Script=Han}{4})/u);
  if (verb && (verb[1] === '' || /^我[市区县省州盟旗]$/u.test(verb[1]) || governmentsNamed(verb[1]).length > 0)) head = head.slice(verb[0].length);
  else if (verb && !/^居$/u.test(verb[0].slice(verb[1].length).replace(/\d{4}年度?$/u, '')) && /^\p{Script=Han}{2,6}$/u.test(verb[1])) head = `${verb[1]}${head.slice(verb[0].length)}`;
  return `${head.replace(/^在(?=\p{Script=Han}{2})/u, '').replace(/(?:排名|位次)$/, '').replace(/(?<=\p{Script=Han})\d+(?:个|家|座|所)(?=[^，。；、\d]{1,16}$)/u, /^(?:之)?中/u.test(m[2]) ? '' : '$&')}${m[2].replace(/\d+个/u, '').replace(/中?(?:排名|排列|排|位列|位居|居)$/u, '')}排名`.replace(/(?<=\p{Script=Han})榜单?排名$/u, '排名');
}
