/**
 * Targets, the action: the verb of a clause taken apart from the thing measured (建设高标准农田 → 高标准农田 + 建设).
 */
import { governmentsCalled } from '../gazetteer.ts';
import { BARE_MEASURE, HEAD_NOUN } from './subject.ts';

/**
 * (Not 带动, 撬动, 吸纳, 争取: 带动固定资产投资增长5.1% is a contribution to the thing, not the thing; 争取 is as often
 * "strive to" as "obtain".)
 * Verbs that do something to the measured thing (建设高标准农田10万亩: 高标准农田 is measured, 建设 is done to it). 新增
 * and 累计 are not among them: 城镇新增就业 and 新增风电光伏装机 name a measure of their own.
 */
const ACTION_VERB =
  '(?:新建成|新开工|挂牌成立|成立(?!以来|之初|初期|时|后|的|于|大会)|腾出|通过(?![^，。；]*的)(?=\\p{Script=Han}{0,8}?(?:认证|验收|评审|评估|审查|鉴定|复审|复核))|新培育|新改建|改造提升|提升改造|筹措供应|提质|升级|扩容|提升|推动|推进|加快|投放|推出|调剂|新创建|配备|配置|清洁替代|替代|释放|提请|审议|修订|办理|受理|接待|收治|救助|资助|帮扶|培训|奖励|补贴|签订|颁发|推广|启动实施|启动|放映|审议|提请审议|提请|修订|废止|清退|腾退|拆除|整改|查处|办结|受理|招聘|安置(?!房|住房|区|点|小区)|慰问|走访|排查|抽检|兑现|拨付|下达|募集|减征|缓缴|印发|新开通|开通|改扩建|续建|铺设|敷设|架设|栽植|复垦|引育|建设|修建|布设|新建|改建|扩建|建成|实施|开工|完成|改造|培育|引进|招引|举办|打造|创建|争创|安排|发行|筹集|筹措|供应|设立|下设|组建|开展|组织|提供|解决|发放|认定|落实|制订|制定|出台|签约|整治|治理|修复|清理|清拆|关闭|淘汰|建立|收储|出让|盘活|处置|化解|减免|参与制订|参与制定|销号|孵化|投入|转为|更新|削减|保留|取消|下放|精简|提效|完善|编制|进驻|运营|转移输出|转移|抢通|筹建|开发|整理|选拔出|选拔|深化|优化|安装|获批|调整|惠及|搭建|确定|选择|遴选|选取|评选|评定|新改扩建|改扩建|转型升级|转型|办复|采集|录入|谋划|筛查|供给|查扣|赠送|守牢|守住|公开(?=各类|政府|政务|信息)|设置|落地|落户|争取到|办好|结对帮扶|选派|申报(?!材料|资料|工作|程序|流程|系统)|扶持(?!资金|基金|政策|力度|措施)|(?<=将|拟)建(?!档|成|设)|减轻|办成|培养|消除|荣获|出栏|出售|上线|消化|撤并|巩固提升|聘用|聘请|征缴|破获|侦破|梳理|应对|调处|查办|布置|筛选|认证筛选|购买|支付|承接|增设|严守|新辟|招收|招募|公开招标|招标|取得|夺得|获得(?!感|者|率)|拿回|追回|构建|配送|派驻|创作|命名(?!为)|采购|并入|布局(?!建设)|铺排|部署实施|探索形成|细化提出|整合提升|选送|选定|验收|出清|复工复产|疏通|清淤|营造(?!林)|维修(?!基金|资金|费)|养护(?!费|资金|经费)|修缮|加固)';
/** The verbs of doing, as a regular expression's alternatives. */
export const ACTION_VERB_SOURCE = ACTION_VERB.slice(3, -1);
/** A verb of the clause at the head of a subject, after a modal (拟, 将) or a manner word (圆满, 基本). */
const ACTION_HEAD = new RegExp(`^(?:全年)?(?:拟|将|计划|要|争取|在|正在|正|已经|现已|已|再)?(?:\\p{Script=Han}{2}式(?=\\p{Script=Han}{2})|加快|大力|积极|系统|助力|助推|依法|持续|继续|接续|接力|着力|聚力|稳步|有序|扎实|深入|高效|高标准|高质量|高水平|悉数|认真|统筹|逐步|分[两二三四五]期|分批|先后|陆续|相继|全年|滚动|连续|同步|广泛|主动|动态|免费|执法|批量|有效|坚决|强力|集中攻坚|迭代|提前|严肃|特色化|多渠道|精心|稳妥|稳妥有序|迅速|及时|快速)?(?:圆满|基本(?!建设)|全面|顺利|成功|率先|集中|重点|协调|试点|共)?${ACTION_VERB}(?:(?:[和、并]|或者?)?${ACTION_VERB}(?!区(?!级|属|直|政府|委|人大|政协)))*(?!性)(?:好(?=\\p{Script=Han}{2}))?(?:了(?=[\\p{Script=Han}“]{2}))?`, 'u');
/** A modal before the verb (拟, 将, 争取 …): how it is meant, no part of the action (争取到 is the verb "obtain"). */
const MODAL = /^(?:拟|将|计划|要|争取(?!到$)|在|正在|正|已经|现已|已|再)/u;
/** The report's own government (我市, 我区 …) before the thing: who acts, no part of what is counted. */
export const OWN_GOVERNMENT = /^我[市区县省州盟旗镇乡](?=\p{Script=Han}{2}|$)/u;
const withoutOwnGovernment = (s: string) => s.replace(OWN_GOVERNMENT, '') || s;

/** A verb of doing, with the manner words before it, where it starts. */
const ACTION_AT = new RegExp(`^(?:加快|大力|积极|持续|着力|稳步|扎实|深入|公开|统筹|逐步|分批|滚动|广泛|主动)?${ACTION_VERB}`, 'u');

/**
 * Where the work was done, and that it was done first or with stress, before its verb (在全市率先出台…, 率先在全省出台…,
 * 在辖区重点整治…, 在周边国家实施…, 在大南片建立…): no part of the thing. (Not 在建, 在谈, 在校, 在园, 在职 — words of their own — nor 在京.)
 */
const PLACE_BEFORE_VERB = new RegExp(`^(率先)?在(?![建谈校园职册岗线押京])([^，。；]{1,16}?(?:[市省区县州旗镇乡村内外中上片]|国家|地区|场所|机构|区域|单位|企业|学校|街道|社区|园|基地))(?:率先|重点|全面|集中|已经|已)?(?=${ACTION_VERB})`, 'u');
/** The whole of the report's own place (在全市, 在辖区): where all its work is done, so no scope of the thing. */
const OWN_PLACE = /^(?:全[市省区县州盟国镇乡]|辖区|本[市区县镇乡]|我[市省区县州盟镇乡])(?:范围内|内)?$/u;
const ONE_VERB = new RegExp(`^${ACTION_VERB}$`, 'u');
/** Backing others to do a work, and how they lead it, before the verb of the work (支持龙头企业牵头组建…). */
const BACKED_WORK = new RegExp(`^(?:支持|鼓励|引导|指导)(?:\\p{Script=Han}{2,8}?(?:牵头|联合|共同))?(?=${ACTION_VERB})`, 'u');
/**
 * The government that did the work, before the verb (市政府共实施…). Made once: built from ACTION_VERB's alternation
 * at each call, the expression was a twentieth of what reading targets cost.
 */
// (扬州市政府办理…: the government by its name, likewise.)
const BY_GOVERNMENT = new RegExp(`^(?:[市区县省州]级?|\\p{Script=Han}{1,8}?[市区县省州旗盟])?(?:人民)?政府(?:共|累计)?(?=${ACTION_VERB})`, 'u');
/** 玉溪将…: a government by its short name, then 将 — who will act. */
function shortNamedActor(indicator: string): RegExpMatchArray | null {
  const m = indicator.match(/^(\p{Script=Han}{2,4}?)(?:还将|也将|将)(?=\p{Script=Han}{4})/u);
  return m && governmentsCalled(m[1]).length > 0 ? m : null;
}

/** A phrase of whom or what for before the verb of the clause (面向…, 聚焦…, 向…发放). */
const FRAME_BEFORE_VERB = new RegExp(`^(?:面向|聚焦|围绕|针对|依托|借助|在(?=[^，。；]{2,8}?(?:增设|设置|新建|建设|开展|举办))|向(?=\\p{Script=Han}{2,12}?(?:发放|提供|兑现|拨付|配售|赠送))|深入(?=社区|企业|基层|农村|乡村|一线|学校|校园|园区|乡镇|街道|村|群众|家庭))\\p{Script=Han}`, 'u');

/**
 * The indicator without the verb of its clause, and the verb as the row's action: 建设高标准农田 → 高标准农田 + 建设.
 * The verb stays where what is left would name no thing (完成投资: 投资 of what), or only a measure of the verb
 * (开工率, 建设规模).
 */
export function splitAction(indicator: string): { action: string | null; indicator: string } {
  // 带动数字经济核心产业实现总产出: a verb that moved the thing is no part of its measure.
  const moved = indicator.match(/^(?:带动|推动|引导|促进)(\p{Script=Han}{2,}?)(?:全年)?(实现|完成)(\p{Script=Han}{2,})$/u);
  if (moved) {
    const inner = splitAction(`${moved[1]}${moved[2]}${moved[3]}`);
    if (inner.action) return inner;
  }
  // (为企业、项目解决难点堵点问题: whom a problem was solved for is no part of the problems solved.)
  const forWhom = indicator.match(/^为([^，。；为]{1,12}?)(协调解决|解决|办理|办结)(\p{Script=Han}[^，。；]{1,})$/u);
  if (forWhom && !BARE_MEASURE.test(forWhom[3])) return { action: forWhom[2], indicator: forWhom[3] };
  // (支持龙头企业牵头组建创新联合体: whom the work was backed in, and how they led it, are no part of what they made.)
  const backed = indicator.match(BACKED_WORK);
  if (backed) {
    const inner = splitAction(indicator.slice(backed[0].length));
    if (inner.action && ONE_VERB.test(inner.action)) return inner;
  }
  // (第三产业完成增加值, 光明凤凰城全年完成固定资产投资, 出口加工区全年实现进出口总额: the same of any measure of a
  // thing, the year aside; 规模以上工业预计完成增加值: and an estimate's word — how sure the figure is, not what it measures.)
  const invested = indicator.match(/^(.{2,}?)(?:初步预计|预计)?(?:全年)?(?:初步预计|预计)?(?:总共|共)?(完成|实现|累计完成|累计实现)(投资|投入|固定资产投资|增加值|工业增加值|\p{Script=Han}{0,4}产值|工业总产值|总产值|营业收入|主营业务收入|主营收入|总产出|销售收入|收入|税收|利润|利税|销售额|地区生产总值|生产总值|\p{Script=Han}{0,4}(?:总额|总值|总量)|\p{Script=Han}{0,6}(?:零售额|销售额|营业额|成交额))$/u);
  if (invested && !/(?:超额|已|未|均)$/u.test(invested[1])) return { action: invested[2], indicator: `${invested[1]}${invested[3]}` };
  // (…等公共区域实现wifi覆盖点: what a place reached, counted by the number after it, is of the place; the verb apart.)
  const reached = indicator.match(/^(\p{Script=Han}{2,}?(?:区域|场所|地区|区|市|县|镇|村|社区|园区|企业|学校|医院))(实现)([A-Za-z\p{Script=Han}]{2,})$/u);
  if (reached && !/^(?:全|覆盖|脱贫|就业|达标|增长|提升|提高|下降|降低|减少|增加|翻番|倍增|突破|零)/u.test(reached[3])) return { action: reached[2], indicator: `${reached[1]}${reached[3]}` };
  // (下岗失业人员实现再就业, 农村劳动力实现转移就业, 城镇实现新增就业: people counted by the status they reach — the status names them, the verb apart.)
  const employed = indicator.match(/^(\p{Script=Han}{2,}?(?:人员|劳动力|人口|农民|群众|职工|工人|毕业生)|城镇|农村)(实现)((?:新增)?(?:再就业|转移就业|就业|创业)|脱贫)$/u);
  if (employed) return { action: employed[2], indicator: `${employed[1]}${employed[3]}` };
  // (累计为高校毕业生来深求职提供免费入住服务, 为退役军人提供就业岗位: for whom it is given says which of the thing — 退役军人就业岗位,
  // not every job — and the verb stands apart.)
  const givenFor = indicator.match(/^(?:累计|全年)?为(\p{Script=Han}{2,12}?)(提供|发放|兑现|拨付|配售|赠送)(\p{Script=Han}{2,})$/u);
  if (givenFor) return { action: givenFor[2], indicator: `${givenFor[1]}${givenFor[3]}` };
  // (市政府共实施人大代表议案: the government that did the work is who acts, no part of what was counted.)
  const byGovernment = indicator.match(BY_GOVERNMENT);
  if (byGovernment) {
    const inner = splitAction(indicator.slice(byGovernment[0].length));
    if (inner.action) return inner;
  }
  // (市本级财政共落实资金: the funds of who put them in place, the verb apart.)
  const funded = indicator.match(/^(\p{Script=Han}{2,}?)(?:共|累计)?(落实|安排|筹措|筹集|下达|拨付)(资金|经费)$/u);
  if (funded) return { action: funded[2], indicator: `${funded[1]}${funded[3]}` };
  // 面向国内外知名高校公开引进储备人才, 聚焦中心工作开展课题研究: a phrase before the verb that says for whom or on
  // what the work is done is no part of the thing; the verb and its thing are read after it.
  // (深入社区、企业举办各类文化活动: going into the places where the work is done is no part of it either.)
  // (向残疾人发放特殊困难救济补助: to whom it is given, likewise.)
  // (在全市率先出台…, 率先在全省出台…, 在辖区重点整治…: where it was done, and that it was done first, likewise — one verb
  // after it; FRAME_BEFORE_VERB reads the older, narrower case of 在 before a few verbs of setting up, 在地铁站口增设….)
  const where = indicator.match(PLACE_BEFORE_VERB);
  if (where) {
    const inner = splitAction(indicator.slice(where[0].length));
    // (One verb only: 出台优化营商环境 — two verbs joined there — may be a verb and a name that opens with one.)
    // (A place other than the report's own stays with the thing: 在周边国家实施…民生项目 counts projects abroad. First in a
    // place, 率先在全省, only ranks the doing.)
    const scope = where[1] || OWN_PLACE.test(where[2]) ? '' : where[2];
    if (inner.action && ONE_VERB.test(inner.action)) return { action: inner.action, indicator: `${scope}${inner.indicator}` };
  }
  if (FRAME_BEFORE_VERB.test(indicator)) {
    for (let at = 3; at <= indicator.length - 4; at++) {
      // (在财政支出中基本建设支出: 基本建设 is capital construction, a noun — no verb of doing starts there.)
      if (!ACTION_AT.test(indicator.slice(at)) || /基本$/u.test(indicator.slice(0, at))) continue;
      const inner = splitAction(indicator.slice(at));
      if (inner.action) return inner;
    }
  }
  // (龙文区将全力推进187个重点项目: the government that will act, named before 将, is no part of what is counted.)
  // (全市将…, 我区将…: the whole place is the scope of what is counted, kept as its scope below.)
  // (玉溪将实施…: a place by its short name, likewise.)
  const actor = indicator.match(/^(?![全我])\p{Script=Han}{1,6}[市省区县州旗](?:还将|也将|将|要)(?=\p{Script=Han}{4})/u) ?? shortNamedActor(indicator);
  if (actor) {
    // (屯昌将努力实现地区生产总值…: who will act is no part of the measure, with a verb after it or none.)
    return splitAction(indicator.slice(actor[0].length));
  }
  // 全市完成固定资产投资: a scope before the verb stays with the thing measured (全市固定资产投资).
  // (“菁英人才计划”发放货币补贴: the programme named in quotes, likewise; 每县（市）: a note in brackets stays with it.)
  // (A town's report says 全镇, 我镇 as a city's says 全市.)
  const scope = indicator.match(/^(?:全[市省区县州盟国镇乡旗]|全街道?|全社会|我[市省区县州盟镇乡旗]|我街道?|每个?(?:街道|社区|乡镇|镇|村|县|区|学校|校)(?:[（(][^）)]{1,4}[）)])?|[“"][^”"]{2,12}[”"])(?=\p{Script=Han}{4})/u)?.[0] ?? '';
  if (scope) {
    const inner = splitAction(indicator.slice(scope.length));
    // (我区成功创建3个“无讼社区”: 我区 is the report's own government, who did it — no part of what is counted.)
    // (“四好农村路”提质增效: a verb left after the verb is no thing — the quoted name is what was worked on.)
    if (inner.action && /^[“"]/u.test(scope) && (inner.indicator.length < 3 || ACTION_AT.test(inner.indicator) || /^(?:覆盖|惠及|涉及|带动)/u.test(inner.indicator))) return { action: null, indicator };
    // (全镇实现地方财政收入: 实现 after the scope links it to the measure, as after a place's name — 新区实现….)
    const linked = !inner.action && !/^[“"]/u.test(scope) ? indicator.slice(scope.length).match(/^((?:累计)?实现)(\p{Script=Han}{3,})$/u) : null;
    if (linked && !BARE_MEASURE.test(linked[2])) return { action: linked[1], indicator: `${scope.startsWith('我') ? '' : scope}${linked[2]}` };
    return inner.action ? { action: inner.action, indicator: `${scope.startsWith('我') ? '' : scope}${inner.indicator}` } : { action: null, indicator };
  }
  // 交通基础设施建设完成投资: the investment in the thing, done (完成) — one measure, 交通基础设施建设投资.
  // 新区实现地区生产总值: a place that did it, then the verb, then the measure: the place's measure.
  // (经开区徽商白岳大道完成征地, 智谷科技园项目完成征地: a road or a project named, likewise — its land taken, done.)
  // (现代服务业实现区级税收: an industry that did it, likewise — its taxes.)
  const placed = indicator.match(/^(\p{Script=Han}{1,6}?[市省区县州盟旗园港业]|[\p{Script=Han}“”]{2,10}?(?:[道路]|项目|工程))((?:累计)?(?:实现|完成))(\p{Script=Han}{2,})$/u);
  if (placed && !BARE_MEASURE.test(placed[3])) return { action: placed[2], indicator: `${placed[1]}${placed[3]}` };
  const m = indicator.match(ACTION_HEAD);
  if (!m) {
    // 棚户区改造住房新开工580套, 固定资产投资完成194亿元: a verb of completion after the noun is the predicate.
    // (Not 改造, 建设, 治理 after a noun: 老旧小区改造 names a kind of project.)
    // 加快省级断面水质自动监测站: a verb that only pushes the work on, before the thing, is no part of it.
    // (重点抓好13个重点乡镇…建设: how much weight the work gets, before the verb that pushes it, likewise.)
    // (在着力抓好15个全国重点镇…的同时: the circumstance's 在 before them, likewise.)
    // (统筹抓好198个…重点项目: 统筹, in concert, likewise.)
    const pushed = indicator.match(/^(?:在(?=着力|大力|重点|全力|集中|加快|推进|推动|加强|抓好|做好))?((?:重点|全力|集中|统筹)?(?:加快|推进|推动|加强|抓好|做好|着力|大力)+)([\p{Script=Han}“"][^，。；]{2,})$/u);
    // (推动我市37家…企业: the report's own government, who acts, is no part of the thing.)
    if (pushed && !BARE_MEASURE.test(pushed[2]) && !HEAD_NOUN.test(pushed[2]) && !/^[的了和及与、]/u.test(pushed[2])) return { action: pushed[1], indicator: withoutOwnGovernment(pushed[2]) };
    // (保险全年征缴, 中央预算内投资安排: collecting or allotting money after the fund is the predicate too.)
    // (灾后恢复重建项目已累计完工: that it was done already is no part of the thing.)
    const done = indicator.match(/^(.{2,}?)(?:均已|都已|已经|已)?((?:基本|全面|累计|圆满|顺利|如期|按期)?(?:新开工|开工|新建成|建成|完成|竣工|投产|完工)|(?<=[险金费税款资算出助])(?:全年)?(?:征缴|安排))$/u);
    if (done && !/[的了和及与、或]$/u.test(done[1]) && !BARE_MEASURE.test(done[1]) && !HEAD_NOUN.test(done[1])) return { action: done[2].replace(/^全年/u, ''), indicator: done[1] };
    return { action: null, indicator };
  }
  // (签约落地项目10个: 落地 before 项目 says which projects — those landed — and the verb before it is what was done.)
  if (/\p{Script=Han}落地$/u.test(m[0]) && /^项目/u.test(indicator.slice(m[0].length))) {
    // (推进续建和落地项目11个: kinds of project joined before 项目 — 续建和落地 — are the projects', the verb before them the action.)
    const kinds = m[0].match(/^(.+?)((?:续建|新建|在建|新开工|开工|签约)[和、与及]落地)$/u)?.[1];
    if (kinds && ACTION_HEAD.exec(kinds)?.[0].length === kinds.length) return { action: kinds.replace(MODAL, ''), indicator: indicator.slice(kinds.length) };
    const verbs = m[0].slice(0, -2);
    if (verbs && ACTION_HEAD.exec(verbs)?.[0].length === verbs.length) return { action: verbs.replace(MODAL, ''), indicator: indicator.slice(verbs.length) };
    return { action: null, indicator };
  }
  const rest = indicator.slice(m[0].length);
  // (Nor where what is left names no thing of its own: 改造举措 is not 举措, 建成通车 not 通车.)
  if (
    rest.length < 2 ||
    !/\p{Script=Han}{2}/u.test(rest) ||
    // (数 alone is a count of the verb's work — 建设数 —; 数字 is a word of its own.)
    // (和美, 和谐 are words of their own.)
    /^(?:[的了及与并、，率量]|和(?![美谐])|数(?!字))/u.test(rest) ||
    BARE_MEASURE.test(rest) ||
    HEAD_NOUN.test(rest) ||
    /^(?:任务|工作|目标|项目数|规模|面积|总量|举措|措施|政策|方案|行动|里程|就业|创业)$/u.test(rest) ||
    // 进驻服务事项占比: a share of the things done is not a share of the things (提升城镇化率: a rate raised is the rate).
    (/(?:率|占比|比重|比例)$/u.test(rest) && !/(?:提升|提高|推动|推进|加快|落实|促进|保持|巩固)$/u.test(m[0])) ||
    // (正在清理修订之中: a time word left is no thing.)
    /^(?:之中|之后|之前|中|后)$/u.test(rest) ||
    // (调整后新增…学位: a verb before 后 dates what follows; nothing is done to it.)
    /^[后前]/u.test(rest) ||
    /^(?:通车|投产|投用|运营|使用|开放|开业|竣工|完工)/u.test(rest) ||
    // 建成区, 建设用地, 启动区, 整治区域: a verb before a word of place or land makes a noun, not an action.
    /^(?:区(?!级|属|直|政府|委|人大|政协)|区域|用地|地块|片区|园区)/u.test(rest) ||
    // 修订或废止…, 整治提升类城中村: a verb joined to another, or a class word after it, is no thing measured.
    /^(?:[或及与类型式级]|和(?![美谐]))/u.test(rest) ||
    // 续建项目, 争取到…: a verb before 项目 names a kind of project; 到, 把 carry the verb on.
    // (落实项目资金: the funds of projects are a thing.)
    // (项目校: a school of the programme, a thing of its own.)
    (/^(?:项目(?!资金|校)|到|把)/u.test(rest) && !/^(?:实施|推进|谋划)$/u.test(m[0])) ||
    // (转型升级试点项目: a change that is also a noun, before 试点 or 示范, names the kind of pilot.)
    (/转型(?:升级)?$/u.test(m[0]) && /^(?:试点|示范)/u.test(rest))
  ) {
    return { action: null, indicator };
  }
  // (共清理 → 清理: 共 says the number is a total, not how it was done.)
  // (推动我市37家…企业: the report's own government after the verb is who acts, no part of the thing.)
  // (查处相关违法违纪案件: 相关 — "the ones concerned" — is no part of what was counted.)
  // (拆除了… → 拆除: 了 says it was done, no part of the action.)
  return { action: m[0].replace(MODAL, '').replace(/^(?:全年)?共/u, '').replace(/了$/u, '').replace(/(?<!办)好$/u, ''), indicator: withoutOwnGovernment(rest).replace(/^相关(?=\p{Script=Han}{2})/u, '') };
}

/** Is the name a verb and nothing else (削减, 新建, 办结)? Then it says what was done, not what was measured. */
export function isBareAction(name: string): boolean {
  return ACTION_HEAD.exec(name)?.[0].length === name.length;
}
