/**
 * Targets, kind and time: whether a sentence states a result or a commitment (from its part, its opening and its
 * verbs), and the year a target is due by.
 */
import { chineseNumeral } from '../text.ts';
import type { TargetKind } from '../types.ts';

/** A span of years looked back on, however many: 一年, 五年, and a term's 四年 or 三年 (过去四年的政府工作). */
const YEARS = '[一两二三四五六七八九十]{1,2}年';
/** A part title that looks back: 回顾, 一年来 …, or says the targets set were met (“十一五”目标任务胜利完成). */
// (回眸2024年: a look back, likewise; 一、上半年工作情况, 2023年工作情况: how the work went, likewise; 2019年工作亮点, the year's
// highlights, likewise.)
export const REVIEW_HEADING = new RegExp(`回顾|回眸|(?:\\d{4}年|工作|主要)亮点(?=\\s|$)|过去的?${YEARS}|${YEARS}来|工作总结|(?:上半年|前三季度|\\d{4}年(?:上半年|前三季度)?)工作(?:开展)?情况(?=\\s|$)|去年工作|(?:财政)?决算(?:情况|报告)?(?=\\s|$)|发展成就|主要成就|(?:发展|主要|工作)成效(?=\s|$)|现实基础(?=\s|$)|取得的成绩|总结成绩|成绩总结|(?:成就|成绩|成效)(?:鼓舞人心|令人鼓舞|辉煌|显著|丰硕|斐然|喜人|非凡)|(?:目标|任务)[^，。；]{0,6}(?:胜利|全面|圆满|顺利|超额)完成(?=\\s|$)`);
// (Not 去年11月召开的中央经济工作会议提出…: a meeting held last year, whose call the plan then answers.)
// (预计，全市实现地区生产总值672.86亿元: the year's estimate, the whole place that did it named after a pause.)
export const REVIEW_OPENER = new RegExp(`^(?:${YEARS}来|过去的?(?:${YEARS}|\\d{4}年)|去年(?!(?:\\d{1,2}|[一二三四五六七八九十]{1,2})月[^，。；]{0,16}(?:召开|举行))|[^，。；]{2,20}以来的${YEARS}[，,是]|[^，。；]{1,12}?在(?:过去的?${YEARS}|去年)(?=[，,]|\p{Script=Han})|刚刚过去的|这一年|这五年|\\d{4}年，?我们|(?:据)?初步(?:统计|核算)|(?:全年)?预计[，,]?(?:全年)?(?:全[市省区县镇乡旗]|我[市省区县镇乡旗])?(?:全年)?(?:实现|完成))`);
/**
 * Who said it, before what was said, in a news item on a report: 张惠在报告中说，, 李中耀指出, 报告指出：. (The speaker is
 * a name or a title of a few characters; nothing of what was said stands before the verb.)
 */
// (报告认为，2007—2011年是…的五年: what the report holds, likewise; 周贤同志代表…人民政府向大会作工作报告。过去五年，…: the
// sentence that says who delivered it stands before what was said.)
// (德州新闻网讯（记者杨德林）今年1至3月，…, 本报讯: a news item's dateline stands before what it reports; 记者从会上获悉，
// what the reporter learnt, likewise.)
// (…数据是奋斗者最好的见证：2023年上半年，该镇完成…: what a colon introduces opens where it does.)
const SPEECH_FRAME = /^(?:[^，。；（(“”\d]{0,16}(?:讯|电)\s*(?:[（(][^）)]{0,24}[）)])?\s*)?(?:[^。；：:“”]{2,40}[：:](?=\d{4}年|今年|去年|[上下]半年|前三季度|一季度))?(?:[^。；]{0,40}向大会作(?:政府)?工作报告[。，,]\s*)?(?:[^，。；：、“”\d]{0,12}?(?:在(?:报告|讲话)中)?(?:说|指出|表示|介绍|提到|回顾|认为|显示|获悉|了解到)[，,：:]?)?/u;
/**
 * The review's last words, on what still falls short (在看到成绩的同时，我们也清醒地认识到，…还存在…): what it counts is
 * how things stand, not what is to be done.
 */
const SHORTCOMINGS_OPENER = /^(?:各位代表[，,：:!！]\s*)?(?:[^。；]{0,16}(?:的同时|之外|以外)[，,]\s*)?(?:我们)?(?:也|还)?(?:要)?(?:清醒|清楚|深刻)地?(?:认识到|看到)/u;


/** Whether a text names dates of this kind (到2006年) and every one of them is before the report's year. */
function onlyPastDates(text: string, date: RegExp, year: number | null): boolean {
  const years = [...text.matchAll(date)].map((m) => Number(m[1]));
  return year !== null && years.length > 0 && years.every((d) => d < year);
}

/**
 * Achievement or target, from the section's place in the report, the paragraph's opening and the sentence's verbs; null
 * for a sentence that says nothing of its time (the reader then goes on in its paragraph's time, or the text's lean).
 */
export function markedKind(ancestry: string, paragraph: string, sentence: string, year: number | null, reviewPart: boolean): TargetKind | null {
  // A part headed by the year before the report's (2025年主要工作 in a 2026 report) reviews it.
  const pastYearHeading = year !== null && ancestry.includes(`${year - 1}年`) && !ancestry.includes(`${year}年`);
  // A paragraph that opens as a review (一年来…) reports results, unless a sentence states a commitment.
  // Under a review heading, too: there 目标 and 要 are mostly goals that were met (高于预期目标, 重要讲话).
  // (A paragraph that opens on a year before the report's — 2015年，全市经济运行保持… — reviews it, each sentence of it.)
  // (…做到了应收尽收、应治尽治，…确保每个生命得到护佑: what was done, perfective, says the 确保 was kept.)
  // (A news item reports the speech: 张惠在报告中说，2016年，全市…; the paragraph opens where what was said does.)
  // (…介绍：“过去的2018年，我们的4个贫困村…: the quotation's mark opens what was said.)
  // (乡党委副书记、乡长杨会…介绍：“过去的2018年…: or after whatever introduces a quotation.)
  const said = paragraph.replace(SPEECH_FRAME, '').replace(/^[“"「『]/u, '').replace(/^[^。；：:“”"]{2,40}[：:]\s*[“"「『]/u, '');
  // (前三季度，全县… / 元至九月，全县完成生产总值…，增长7.5%；固定资产投资105亿元…: a paragraph that opens on a part of the
  // year gone by, and what was done in it, reports it — each sentence after the first too.)
  // (2020年，我县农业农村工作取得了显著成效，…。2021年，要实现粮食产量稳定在23万吨以上…的年度目标。: a sentence that opens on
  // a later year than the paragraph did has turned from the year reviewed — its own words say what it is.)
  const reviewedYear = said.match(/^(\d{4})年/u)?.[1];
  const ownYear = sentence.trimStart().match(/^(\d{4})年/u)?.[1];
  const turned = reviewedYear !== undefined && ownYear !== undefined && Number(ownYear) > Number(reviewedYear);
  if (reviewPart || (!turned && (REVIEW_OPENER.test(said) || PERIOD_DONE.test(said) || SHORTCOMINGS_OPENER.test(said) || pastOpening(said, year))) || REVIEW_HEADING.test(ancestry) || pastYearHeading) return (YEAR_END_SUMMARY.test(ancestry) ? SUMMARY_TARGET_MARK : REVIEW_TARGET_MARK).test(withoutQuotedNames(upToLastNumberClause(sentence))) && !/(?:做到|实现|完成|取得|达到)了/u.test(sentence) ? 'target' : 'achievement';
  // (预计到2006年底，地区生产总值实现215亿元 in a report of 2007: a date the report's year has passed is no deadline —
  // the sentence estimates a result.)
  // (预计2012年全区完成生产总值52亿元 in a text of 2013: an estimate of a year gone by, likewise.)
  if (onlyPastDates(sentence, /(?:到|预计)(\d{4})年/gu, year) && !/力争|确保|预期|将|计划|今年(?!以来|来)|明年/u.test(sentence)) return 'achievement';
  // In a part that plans, a sentence that says when it happened says it is a result: 2023年，全市完成…, 去年…,
  // 过去五年… (not 比上年 or 较去年, a base of comparison; not with 力争, 确保, 将, 目标: a commitment still).
  // (社会消费品零售总额完成4.6亿元，占年计划的49.6%: how much of the plan is done — a result, the plan named or not.)
  // (现将…汇报如下: 将 there is 把, no future.)
  if (PLAN_PROGRESS.test(sentence) && !/力争|确保|(?<![主重需必])要(?!求)|(?<!现)将(?!近)/u.test(sentence)) return 'achievement';
  if (PLAN_MARK.test(withoutQuotedNames(sentence))) return 'target';
  // (A title that names the year's work and the next year's plan — 二oo五年农业和农村工作情况及二oo六年安排 — does not make
  // a change on the year before a plan's.)
  if (pastOpening(sentence, year) || PAST_TIME.test(sentence) || REPORTED.test(sentence) || (YEAR_ON_YEAR.test(sentence) && (!PLAN_TITLE.test(ancestry) || REVIEW_AND_PLAN_TITLE.test(ancestry)))) return 'achievement';
  // (预计到2006年底，地区生产总值实现215亿元；区域税收…分别达到45亿元… in a report of 2007: a paragraph that estimates to
  // a date the report's year has passed speaks of results, each of its sentences that says nothing of its time.)
  if (onlyPastDates(paragraph, /预计到(\d{4})年/gu, year)) return 'achievement';
  return null;
}

/**
 * The sentence up to the end of the clause of its last number (all of it when it has none). In a review, a commitment said
 * only after it says what the work was for — 设立留观隔离点5处、定点收治医院1家，…，确保每个生命得到护佑: the numbers are
 * what was done.
 */
function upToLastNumberClause(sentence: string): string {
  const lastNumber = sentence.search(/\d(?=[^\d]*$)/u);
  if (lastNumber < 0) return sentence;
  const clauseEnd = sentence.slice(lastNumber).search(/[，,；;。！？]/u);
  return clauseEnd < 0 ? sentence : sentence.slice(0, lastNumber + clauseEnd);
}

/**
 * The time a sentence opens on, where it states one — 2014年，在市委的坚强领导下，…, 1至9月，…, 一年来 (achievement);
 * 今年, 明年, the report's own year or a later one (target) — or null. What a paragraph's later sentences that say nothing
 * of their time go on in.
 */
export function openingKind(sentence: string, year: number | null): TargetKind | null {
  const said = sentence.trimStart().replace(SPEECH_FRAME, '');
  if (REVIEW_OPENER.test(said) || PERIOD_DONE.test(said) || pastOpening(said, year) || stockCounted(said, year)) return 'achievement';
  // (预计2012年全区完成…: an estimate of a year gone by opens on a result.)
  const estimated = said.match(/^预计(\d{4})年/u);
  if (estimated && year !== null && Number(estimated[1]) < year) return 'achievement';
  const opensOnYear = said.match(/^(\d{4})年/u);
  if (/^(?:今年(?!以来|来)|明年|新的一年|今后|未来|[“"]?十[一二三四五六七八九]五[”"]?时期)/u.test(said) || (opensOnYear && year !== null && Number(opensOnYear[1]) >= year)) return 'target';
  return null;
}

/**
 * A stock counted at a day gone by (截至3月15日，共争取…; 截至目前，…; 截至2018年底 in a report of 2019), with no word of
 * commitment: the sentences of its paragraph after it, 保障性安居工程项目13个…, go on counting it.
 */
function stockCounted(said: string, year: number | null): boolean {
  const m = said.match(/^(?:截至|截止)(?:到)?(?:目前|今年\d{1,2}月(?:\d{1,2}日)?(?:底|末)?|\d{1,2}月(?:\d{1,2}日|底|末)|(\d{4})年(?:底|末|\d{1,2}月(?:\d{1,2}日)?(?:底|末)?))[，,](?![^。；]*(?:力争|确保|要|将|计划|预计|目标))/u);
  return m !== null && (m[1] === undefined || (year !== null && Number(m[1]) < year));
}

/** A share of the year's budget or plan done: 占预算的52.6%, 占年计划的49.6%, 完成年度目标任务的108%. */
// (完成计划指标的94.1%, 完成全年任务的114%, 为年初预算的116.9%, 为调整预算的110.21%: the same, the plan named otherwise.)
// (占全年目标任务126.2%: 的 left out, likewise.)
// (占目标任务（剔除烟叶税）的278%: a note on how the task is counted, in brackets, likewise.)
// (完成300人年计划的68.67%, 占年度总目标的41%: the plan's size or 总 before it, likewise.)
// (占年度投资目标8亿元的78.75%, 占年计划投资的61.73%: what the plan is of, and its amount, named with it, likewise.)
const PLAN_PROGRESS = /(?:占|完成|为)(?:全?年度?|年初|调整|\d+(?:\.\d+)?[\p{Script=Han}]{1,3}?年)?(?:投资|建设|工作)?总?(?:预算|计划|目标任务|目标|任务)(?:指标|任务|投资)?(?:\d+(?:\.\d+)?[万亿千百]*[元吨人个]?)?(?:[（(][^（）()]{1,12}[）)])?的?\d/u;

/** 确保 as a commitment — not 足以确保…口粮, what a harvest is enough for. */
export const ENSURE = '(?<!足以|可以|足可|能够)确保';
/** A part of the year gone by, named: 上半年, 前三季度, 前5个月, 1-9月, 元至九月. */
export const PART_OF_YEAR = String.raw`(?:上半年|前三季度|第?[一1]季度|前[一二三四五六七八九十\d]{1,2}个?月|(?:1|一|元)月?(?:至|到|-|—|―|－|~|～)(?:1[0-2]|[2-9]|十[一二]?|[二三四五六七八九])月份?)`;
/** After 今年, a total of this year so far, the whole place's or not (今年共引进…, 今年全区共争取…): what was done, no plan. */
const THIS_YEAR_TOTAL = String.raw`(?:全[市区县镇乡旗])?共(?:引进|新增|完成|实现|接待|发放|建成|签约|办理|受理|培训|救助|招录|录取|查处|破获|争取)`;
/** 将 as a mark of the future — not 将林周县分割为南北两部分, 将…2个居委会划归民康街道管辖: 将 as 把 before a verb of dividing, moving or naming. */
export const WILL = String.raw`将(?![^，。；]{1,24}?(?:分割|分为|分成|划分|隔为|称为|誉为|视为|划归|划入|划出|并入|更名|改名|改称))`;
/** A short name in quotes (“全域谋项目、全力争资金”的工作格局) is a name: the words of a commitment inside it commit to nothing. */
const withoutQuotedNames = (s: string) => s.replace(/[“"][^”"“]{1,16}[”"]/gu, '“”');
/** In a review, only these make a sentence a commitment (力争…, 今年…): 目标 there is usually one that was met. */
// (确保了…平稳有序 is what was ensured: a result.)
// (预计今年完成市内生产总值286亿元: a review delivered as its year ends estimates the year's result — no commitment.)
// (今年1至3月，德州市实现…: the part of this year gone by, what was done in it — no commitment.)
const REVIEW_TARGET_MARK = new RegExp(String.raw`力争|${ENSURE}(?!了)|(?<!预计)今年(?!以来|来|预计|${PART_OF_YEAR}|${THIS_YEAR_TOTAL})|新的一年|明年`, 'u');

/** A year-end summary's title (2015年…年终工作总结范文): its 今年 is the year it sums up. */
const YEAR_END_SUMMARY = /(?:年终|年度|全年)工作总结|年终总结/u;
/** In such a summary, only these commit (力争, 确保, 明年). */
const SUMMARY_TARGET_MARK = new RegExp(String.raw`力争|${ENSURE}(?!了)|新的一年|明年`, 'u');
/** A title of a year's work and the next year's plan (…工作情况及二oo六年安排, …工作总结和…工作计划). */
const REVIEW_AND_PLAN_TITLE = /(?:工作情况|总结|回顾)(?:及|和|与|暨)[^，。；]{0,12}?(?:安排|计划|打算|思路|要点)/u;

/** A part of the year named at a paragraph's head, then, in its first sentence and with no commitment, what was done. */
const PERIOD_DONE = new RegExp(String.raw`^[\s\u3000]*(?:\d{4}年|今年)?${PART_OF_YEAR}(?:[，,]|(?=(?:全[市县区州旗镇乡])?(?:完成|实现)))(?:(?!要|将|力争|确保|预计到|计划)[^。；！？])*?(?:完成|实现|增长|下降)`, 'u');

/** 计划执行情况, 主要预期目标完成情况: how a plan was carried out — a review, whatever plan it names. */
// (131项重点工作任务进展情况: how its tasks went, likewise; 一、今年农业工作情况, how the work went, even when it names 今年.)
export const CARRIED_OUT = /(?:执行|完成|落实|进展|推进|工作)情况$/u;
/**
 * A title or a paragraph's opening that starts a review running on past its own section: a review heading at any level
 * (2018年工作回顾 under the greeting, its topics numbered 一、 after it), or one glued to its paragraph's first words
 * (2019年工作回顾2019年，是…).
 */
export function opensReview(opening: string, title = false): boolean {
  // (A title that opens as a review — 这一年，我们埋头苦干… — is one; a paragraph so opened is a review of itself alone,
  // REVIEW_OPENER in kindOf: a plan part may look back a sentence before it plans.)
  if ((REVIEW_HEADING.test(opening) || (title && REVIEW_OPENER.test(opening))) && !PLAN_TITLE.test(opening)) return true;
  // (A title that names the review first and the plan after it — 去年工作回顾和今年工作的总体要求 — opens with the review:
  // the plan comes later, where the text turns to it.)
  const review = opening.search(REVIEW_HEADING);
  return title && review >= 0 && review < opening.search(PLAN_TITLE);
}
/** A title or an opening that turns to the plan: the year's work, its tasks and targets, the years ahead. */
// (…圆满完成“十一五”目标任务、…, 主要经济指标超额完成预期目标: goals said done are the review's.)
// (为农民办好十件实事: the things a government will do for its people, a list of promises — not how they went, …完成情况,
// nor a review's topic, 殚精竭虑办好民生实事.)
const PLAN_TITLE = /安排|主要任务|总体要求|(?:^[\s\u3000]*为[^，。；\d]{1,8}|(?<![\u4e00-\u9fff]{2})|(?=办好(?:[一二三四五六七八九十两]{1,2}|\d{1,2})[件项]))办好(?:[一二三四五六七八九十两]{1,2}|\d{1,2})?[件项]?(?:民生)?实事(?![^，。；]*(?:完成|落实|情况|回顾))|(?<!(?:完成|实现)[^，。；]{0,12})(?:预期目标|奋斗目标|目标任务)|工作建议|工作思路|工作打算|工作部署|展望|今年(?!以来|来)|明年|新的一年|今后|未来/u;
export function opensPlan(opening: string): boolean {
  if (!PLAN_TITLE.test(opening)) return false;
  // (盯紧目标任务，经济发展持续向好: a title whose last words state a result is a review's topic, whatever it aimed at
  // before them.)
  const clauses = opening.split(/[，,；;]/u);
  return !(opening.length <= 30 && !/[。！？]/u.test(opening) && clauses.length > 1 && !PLAN_TITLE.test(clauses[clauses.length - 1]) && readsAsResult(opening));
}
/**
 * A part's title that states a result (坚持精准施策，脱贫攻坚取得新成效; 经济运行稳中向好): the review's topics go on
 * under it. A title that directs (扎实推进高质量发展) does not: the review has ended, whatever follows.
 */
export function readsAsResult(title: string): boolean {
  // (这一年，我们埋头苦干…: a title that opens as a review reads as one.)
  if (REVIEW_OPENER.test(title)) return true;
  const last = title.split(/[，,；;]/u).pop() ?? title;
  // (投资消费稳健增长, 量质齐升: what grew; 推动经济稳定增长 directs that it grow.)
  if (/(?:增长|齐升|回升)$/u.test(last) && !/推动|促进|保持|实现|确保|力争|努力|着力|加快|坚持|扩大/u.test(last)) return true;
  // (经济转型、质量提升力度加大, 改革步伐加快: what was stepped up, said after it; 加大…力度 directs that it be.)
  if (/(?<=\p{Script=Han}{2})(?:加大|加快|加强|加速|深化)$/u.test(last) && !/^(?:加快|加强|加大|加速|深化|推动|推进|坚持|着力|全力|持续|促进|强化|进一步|大力|努力|积极|全面|不断)/u.test(last)) return true;
  return /取得|实现|成效|见效|进展|突破|成果|胜利|成绩|更加|明显|显著|迈出|迈上|跃上|跃升|攀升|蝶变|彰显|凸显|向好|稳中有进|稳步(?:提升|增长|推进)|(?:稳步|快速|平稳|健康|较快|蓬勃|不断|(?<!可)持续)发展$|(?<=\p{Script=Han}{2})(?:并进|齐飞|双升|持续进步)$|(?<=\p{Script=Han}{2})(?:深入实施|扎实推进|有力推进|纵深推进|全面推进|有序推进|深入推进|加快推进|加速推进)$|不断(?:提升|增强|壮大|完善|深化|优化|改善)$|持续(?:提升|增强|改善|向好|壮大|优化)$|进一步(?:提升|增强|改善|巩固|加强|壮大|完善|优化)$|(?:提升|增强|改善|夯实|巩固|壮大|优化|提高|扩大)$/u.test(last);
}

/**
 * 一般公共预算收入完成7.86亿元，同比增长10%: an amount done and its change on the same time of the year before — how a
 * result is reported, never how a goal is set (a plan gives the change alone, or 力争 before it).
 */
// (…实现工业增加值14.6亿元，分别比上年增长…: the change said of a list, likewise; 完成全口径财政收入589.59亿元，可比增长5.4%:
// a change on a comparable basis, counted after the year, likewise.)
// (全体居民人均可支配收入22853元、比增6.2%: 比增, the counties' shorthand of a year's result, says so even without 完成.)
// (…财政支出达108.8亿元，比上年增长23.4%: a level reached, 达, and its change on the year before, likewise — not 达到,
// which a plan writes of the level it sets: 年末…销售收入达到81亿元，同比增长16%.)
const REPORTED = /(?:完成|实现|达(?!到))[^，。；]{0,12}?\d[^，。；]*[，,、]\s*(?:分别)?(?:同比|比上年|较上年|可比)(?:分别)?(?:增长|下降|增加|减少|提高|降低)|\d[^，。；]*[，,、]\s*比[增降]\d/u;
/**
 * A level, then its change on the same period of the year before (镇级地方财政收入5.28亿元，同比增长11.1%; …，同比分别增长3.1%、
 * 1.2%): 同比 compares a period counted, so the figures are results — a plan sets a growth on the year before (比上年). Not
 * under a part that plans (2014年工作安排: 年末…销售收入达到81亿元，同比增长16%).
 */
const YEAR_ON_YEAR = /\d[^。；]*?同比(?:分别)?(?:增长|下降|增加|减少|提高|降低|上升|回落|增|降)\d/u;
/** 实现“一无四降”目标: a goal named in quotes, said met just before 目标 (the quotes may stand emptied, withoutQuotedNames). */
export const GOAL_NAMED_MET = '(?:实现|完成|达到|达成)[“"][^”"]{0,16}[”"]';
/** 目标得以实现, 目标已完成: a goal said met is no commitment. */
export const GOAL_MET = '[^，。；]{0,6}?(?:得以实现|已经?实现|顺利实现|如期实现|圆满完成|顺利完成|超额完成|已经?完成)';
/** Words that make a sentence a commitment, wherever it stands. */
// (…同比增长1.3%，塌目标18.7个百分点, 高于目标, 超“十五”计划目标3.73亿元: a target measured against is the result's, not a
// commitment; nor 足以确保…口粮, what a harvest is enough for; nor 实现“一无四降”目标 or 大气环境质量目标得以实现, a goal
// named and met; nor 接近目标1670万元, the goal a result came near.)
const PLAN_MARK = new RegExp(String.raw`力争|${ENSURE}|预期|(?<!塌|低于|高于|超出|超过|超|快于|慢于|完成|实现|达到|达成|接近|超[^，。；]{0,8}计划|(?:实现|完成|达到|达成)了[^，。；]{0,30}|${GOAL_NAMED_MET})目标(?!${GOAL_MET})|${WILL}|(?<!按|行动|科技|星火|火炬|超[“"]?[^，。；“”"]{0,6}[”"]?|完成[^，。；]{0,8})计划(?!生育|项目)|今年(?!以来|来|${PART_OF_YEAR}|${THIS_YEAR_TOTAL})|明年|新的一年|到\d{4}年(?!的|并无|并未|仍|都|一直|始终)|\d{4}年(?:前|底前|末前)`, 'u');
/**
 * Times of a result: a review's opening words, or 去年 as the time of the clause (not 比去年, 较上年, 去年同期); a
 * sentence that opens with 已 and a verb of doing (已创建…), or says the things were done (…已按任务要求完成), as the
 * results columns of a report's annexed tables do.
 */
// (全年预计实现地区生产总值1610亿元, 预计全年完成…, 全年预计减排二氧化硫19564吨: the estimate of a year's result, made before
// its count is final.)
// (…“2020十件民生实事”取得显著进展，其中8件圆满完成任务，建成…: what the work achieved, judged — a result; 市区大气环境质量目标
// 得以实现，二级以上天数达到296天: a goal said met, likewise.)
// (Not 项目预计完成投资…: an estimate of the year's own result names 全年; a plan may estimate what a work will take.)
// (神木县去年生产总值超过千亿元: last year's, the place that did it named first; 2018年以来, 时至今日, 截至目前, …已成为…: how
// things have come to stand.)
// (…，按可比价计算增长8.5%: a growth computed at comparable prices is a count made after the year — a result.)
// (本次会议应到人大代表316名，实到代表294名，符合法定人数: the session's own roll, as a news item reports it — how things
// stand; 据统计今年全区共争取…资金767.6万元: what was counted, likewise.)
// (539位人大代表听取…报告: the deputies who sat and heard, likewise, or spoke on it, 6位市人大代表就…踊跃发言; 今年共引进亿元项目24个: a total of this year's so far, counted
// with 共 and a verb of what was done — a plan sets no total so.)
// (…占全区投资86%，创近年新高: a record set is a result — not 人工智能创新高地, a place of innovation.)
// (截止3月31日，全县当年出生1538人, 截至目前: a stock counted at a day gone by this year, its year unsaid, is how things stand;
// 截至2010年上半年, 至2010年上半年: a part of a year named with it, likewise — a plan sets its goals for a year's end.)
// (工业投资方面：1-5月全区…完成工业投资29.3亿元: the months of a year counted so far — a plan sets no goal for 1-5月.)
// (报告期间内共完成审计项目19个: the period reported on has passed.)
// (仅2009年，羊湖景区共接待游客12万多人次: a year singled out as what one year alone did — a plan sets no goal so.)
const PAST_TIME = new RegExp(String.raw`(?:本|此)?报告期(?:间)?内|(?:^|[，,])(?:截至|截止)(?:到)?(?:目前|今年\d{1,2}月|\d{1,2}月)(?:\d{1,2}日|底|末|份)?[，,]?(?!力争|确保|要|将)|(?:^|[，,])(?:截至|截止|至)(?:到)?\d{4}年(?:上半年|前三季度|[一二三]季度|\d{1,2}月)(?:\d{1,2}日|底|末|份)?[，,](?![^。；]*(?:力争|确保|要|将|计划))|(?:^|[，,：:])(?:\d{4}年)?(?:1|一|元)月?(?:至|到|-|—|―|－|~|～)(?:1[0-2]|[2-9]|十[一二]?|[二三四五六七八九])月份?(?:末|底)?(?![^，。；]{0,6}(?:力争|确保|要|将|计划|预计|预测))|(?:^|[，,])(?:仅|单|光)(?:\d{4}年|去年|上年)(?:一年)?[，,]|按可比价格?计算|(?<!地)创(?:近年|近年来|历史|历年|同期)?新高(?=[，。；！,;]|$)|创历史(?:最好|最高)(?:水平)?|(?:应到|实到|实有|现有)(?:人大)?代表|(?<=\d(?:名|位))[省市县区州]?(?:人大)?代表(?:们)?(?:听取|审议了|出席|就[^，。；]{2,80}?(?:发言|建言|提出))|(?:^|[，,]|据统计)今年(?:以来)?${THIS_YEAR_TOTAL}|(?:^|[，,])(?:据|经)(?:初步)?(?:统计|核算|测算)[，,]?(?!今年(?!全[市区县镇乡旗]?共)|明年|预计)|符合法定人数|(?:目标|任务)(?:得以实现|已经?实现|顺利实现|如期实现|圆满完成|顺利完成|超额完成|已经?完成)|(?:取得|获得)了?(?:显著|明显|重大|积极|阶段性|决定性)(?:进展|成效|成绩|成果|突破)|圆满完成|(?:全年预计|预计全年)(?:完成|实现|减排|减少|节约|新增|[（(]下同[）)]|(?=[^，。；]{2,16}?(?:有望|突破|达到|增长|下降)))|(?:^|[，,])${PART_OF_YEAR}预计(?:完成|实现)|^已(?:经)?(?=向|为|对|创建|建立|新建|建设|开工|引进|培育|打造|获批|落地|签约|开通|认定|组建|设立|推出|出台|累计)|已(?:经)?(?:按(?:计划|任务要求|要求|期|时))?(?:全部|基本|提前)?(?:完成|建成|竣工|投入使用|投用|开通|配送完毕|实现)|完毕|超额完成|实际(?:完成|建成)|已(?:经)?(?:批准|命名|授予)|过去的?(?:一|五)年|一年来|五年来|(?:^|[，,\s])(?:(?:今年|年初|\d{4}年)以来|今年来(?=[，,]))|时至今日|截至目前|(?:^|[，,])[^，。；]{0,12}已(?:经)?成为|(?:^|[，,])(?:\d{4}年)?${PART_OF_YEAR}[，,](?=(?:(?!要|将|力争|确保|计划)[^。；])*(?:完成|实现|达到|增长|下降))|(?:^|[，,])(?:\p{Script=Han}{1,6}[省市县区镇乡旗州])?(?:去年|上年)(?!同期)(?=[^，。；]*(?:完成|实现|达到|增长|新增|建成|超过|突破))`, 'u');
function pastOpening(sentence: string, year: number | null): boolean {
  // (2018年涪城全区经济社会发展取得显著成效: what a past year achieved, said of it.)
  // (2007—2011年是…稳步发展…的五年: a span of years ending before the report's, likewise.)
  // (2016年3月1日起，我市将城市低保标准由420元/月提高到480元/月: a day of a past year from which a thing held, likewise.)
  // (经初步预计，五莲县2012年全年实现生产总值163亿元 in a report of 2013: an estimate's frame and the place that did it
  // stand before the year.)
  const m = sentence.match(/^[“"]?(?:(?:经|据)?初步(?:预计|统计|核算)[，,]?)?(?:(?!力争|确保|计划|争取|要|将)\p{Script=Han}{1,8}?[省市县区镇乡旗州](?=\d))?(?:\d{4}\s*[—–\-~～至到]\s*)?(\d{4})年(?:\d{1,2}月(?:\d{1,2}日)?(?:起|以来|开始)[，,]|[，,]|是|[^，。；]{0,6}(?:全年|完成|实现)|[^，。；]{0,14}取得)/u);
  if (m !== null && year !== null) return Number(m[1]) < year;
  // (A text whose year is not known — a news item —: a year that did a thing, perfective, is past: 2010年全市上下齐心协力
  // 完成了…目标任务.)
  // (2012年，面对…考验，神木县…全年完成生产总值1003.89亿元，增长15%: a year, then what was done in it and its change,
  // with no word of commitment, likewise.)
  return /^[“"]?\d{4}年[^。；]{0,24}(?:完成|实现|取得|达到)了/u.test(sentence) || YEAR_DONE.test(sentence);
}
/** A year at a sentence's head, then an amount done (完成, 实现) and its change, and no word of commitment before them. */
// (2021年，城镇登记失业率为3.36%，与去年相比降低0.09个百分点: a level stated, 为, then its change on the year before, likewise.)
const YEAR_DONE = /^[“"]?\d{4}年[，,](?:(?!要|将|力争|确保|(?<!全年)预计(?!全年)|预期|计划|目标|争取|努力)[^。！？])*?(?:(?:完成|实现)[^，。；]{1,16}?\d[^，。；]*[，,]\s*(?:同比|比上年)?(?:增长|下降)\d|(?:为|达)\d[^，。；]*[，,]\s*(?:与(?:去年|上年)(?:同期)?相比|同比|比上年|比去年|较上年|较去年)(?:增长|下降|降低|提高|增加|减少)\d)/u;


/**
 * A target in a part about a five-year plan (“十五五”时期主要目标任务) is due at the plan's end, unless its sentence
 * speaks of this year (今年, 年内, 2026年).
 */
export function planDeadline(ancestry: string, sentence: string): number | null {
  const plan = ancestry.match(/十([一二三四五六七八九])五[”"]?(?:时期|规划|期间|发展)/);
  if (!plan || /今年|明年|年内|\d{4}年/.test(sentence)) return null;
  return 1955 + 5 * (10 + chineseNumeral(plan[1])!);
}

export function deadlineOf(sentence: string, before: string): number | null {
  const m = before.match(/(?:到|至|于)(\d{4})年|(\d{4})年(?:底|末|年底)?前|(\d{4})年(?:底|末)/) ?? sentence.match(/到(\d{4})年/);
  if (m) return Number(m[1] ?? m[2] ?? m[3]);
  const plan = sentence.match(/[“"]?十([一二三四五六七八九])五[”"]?(?:末|时期|期间)/);
  // The n-th five-year plan (n ≥ 3) ends in 1955 + 5n: 十四五 → 2025, 十五五 → 2030.
  if (plan) return 1955 + 5 * (10 + chineseNumeral(plan[1])!);
  return null;
}

/** An annex's heading alone on its line: 附件三, 附件2：. */
const ANNEX_HEADING = /^附件\s*[一二三四五六七八九十\d]{0,3}\s*[:：]?$/u;
/** The title of a list of a year's items (2016年区民生实事完成情况, 附件2 龙岗区政府2014年民生实事): short, alone, a year in it. */
const LIST_TITLE = /^(?:附件\s*[一二三四五六七八九十\d]{1,3}\s*[:：]?\s*)?(?:\d[.．、]\s*)?[《“]?[^，。；：！？]{0,24}?(\d{4})年([^，。；：！？]{0,24}?)[》”]?$/u;

/**
 * What a line standing alone says of the list after it: 'results' for a list of a past year's results (…完成情况,
 * …完成清单), 'other' for any other annex or list of a year, null for a line that is neither.
 */
export function listTitleOf(line: string, year: number | null): 'results' | 'other' | null {
  const text = line.trim();
  // (A table's row — its cells apart by tabs — is no title, whatever year it names: 出口总额⇥-14.6⇥与2015年基本持平.)
  if (text.includes('\t')) return null;
  if (ANNEX_HEADING.test(text)) return 'other';
  if (text.length > 40) return null;
  const m = text.match(LIST_TITLE);
  if (!m) return null;
  return year !== null && Number(m[1]) < year && /(?:完成情况|完成清单|落实情况|执行情况)$/u.test(m[2]) ? 'results' : 'other';
}

/** The year a list's title names (2016年区民生实事完成情况 → 2016), or null. */
export function listTitleYear(line: string): number | null {
  const m = line.trim().match(LIST_TITLE);
  return m ? Number(m[1]) : null;
}

/**
 * The columns of a table's header row (序号⇥任务⇥落实情况, 主要经济指标⇥完成增长⇥全年目标增长): every cell a short label
 * without a number; null for any other line.
 */
export function tableColumns(line: string): string[] | null {
  if (!line.includes('\t')) return null;
  const cells = line.split('\t').map((c) => c.replace(/^[\s\u3000]+|[\s\u3000]+$/gu, ''));
  return cells.length >= 2 && cells.every((c) => /^\p{Script=Han}{2,8}$/u.test(c)) ? cells : null;
}

/** The column of what came of them: 落实情况, 完成情况, 完成增长. */
export const RESULT_COLUMN = /(?:完成|落实|进展|执行|实际)/u;
/**
 * A column of a list of a past year's results that states what was to be done (任务, 民生事项, 项目内容, 全年目标增长): its
 * numbers are that year's targets; the column beside it (落实情况, 完成增长) says what came of them.
 */
export const TASK_COLUMN = new RegExp(`^(?!.*${RESULT_COLUMN.source})(?:.*(?:任务|事项|项目|计划|目标))`, 'u');
