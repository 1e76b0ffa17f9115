/**
 * Targets, the comparator and bound: a change (增长, 下降, 比上年减少) or a level (达到, 以上, 以内, 左右), read from the
 * words just before a number and the bound just after it.
 */
import type { Bound, Comparator } from '../types.ts';
import { RATE_UNIT, type Candidate } from './quantity.ts';

// (项目投资比增54.2%: 比增 is 比上年增长, as some counties write it; 比降 its fall.)
// (玉米产量2.5万吨，增产18.8%: a harvest's rise, likewise.)
// (财政收入比1978年增24.9倍: 增 alone after a base of comparison is its rise, as 降 and 减 its fall.)
const AFTER_BASE = String.raw`(?<=(?:比|较)[^，。；、\d]{0,6}\d{0,4}[年期初末底])`;
export const GROWTH = new RegExp(String.raw`(?:增长|调增|增加|提高|提升|上升|回升|上涨|微涨|增幅|涨幅|提速|递增|扩大|加快|比增|增产|${AFTER_BASE}增)(?:了)?$`, 'u');
const DECLINE = new RegExp(String.raw`(?:${AFTER_BASE}[降减]|下降|降低|减少|比降|比减|减产|收窄|调减|(?<=[\u3400-\u9fff])降价|(?<=[\u3400-\u9fff]{2})减量|压减|压降|压缩|缩减|微降|回落|降幅|减幅|递减|缩小|缩短|精简|削减|放缓|减缓|再降|(?<=(?:比|较)[^，。；、\d]{0,8})减轻)(?:了)?$`, 'u');
// (65岁以上4066人, 14岁以下3288人, 其中规模以上3个: 以上 and 以下 after an age or in 规模以上 bound the group counted, not
// the count.)
const GTE = /(?:不少于|不低于|至少|超过|超|逾|大于|多于|突破|首破|过|迈上|跨上|跨越|连跨|跨过|跃上|站上)$/;
const LTE = /(?:不超过|不高于|控制在|低于|少于|小于)$/;
// (签约, 制约, 预约 …: 约 there ends a verb, it is no "about".)
const NOT_ABOUT = '(?<![签制预公契条合节规邀履承集])';
/** 约, 接近 or 近 just before a number (not 签约, 接近 of 邻近 …): about it. Made once, not at each call. */
// (南北平均约长40公里: 约 before the word of the extent, likewise.)
const ABOUT_BEFORE = new RegExp(`(?:${NOT_ABOUT}约(?:为|是|长|宽|高|深)?|接近|(?<![接附临最])近)$`, 'u');
// (比重分别约为25.1%和74.7%: 约 before the verb of the level, likewise.)
const APPROX = new RegExp(`(?:${NOT_ABOUT}约(?:为|是|长|宽|高|深)?|接近|左右|近)$`, 'u');

/** A change by an amount: 比上年减少300亿元, 同比增加32天, 增加5万人 — the amount is the change, not the level. */
const COMPARED = '(?:(?:比|较)(?:上年|去年|上一年|\\d{4}年|年初)(?:同期)?(?:[（(][\\d.]+[）)])?|同比|环比)';
// 人均财政补助标准提高30元, 年均缩减近2000平方公里, 比2017年增支8807万元: a verb of change right before an amount (a bound word between them
// aside) says the amount is the change. (比去年同期多生7人, 同比减少2起多死亡1人, 实现一年增收1000亿元: more or fewer of the thing
// than the base, or a year's rise in income, likewise.) Not after a verb that makes things (改造提升10个 counts what was improved).
const CHANGE_UP = new RegExp(`(?:(?:^|实现)(?:一年|全年|当年)?(?:年均|人均|户均)?(?:增支|增收|增产)|${COMPARED}[^，。；、]{0,4}?(?:增加|增长|提高|提升|上升|多(?:投放|支出|收|增|产|生|死亡|用|销售|招收|录取)?|新增|扩大|增支|增收)|(?<!新)增加|(?<![^\\p{Script=Han}]|经济|实现|保持|快速|稳定|较快|持续|同步)增长|(?<=[月年日均亩])增|调增|(?<=\\p{Script=Han})(?<![、和及与]|改造|建设|升级|培育|打造|整合|改建|提质|新建|整体|全面|持续|着力|加快|不断|进一步|巩固)(?:提高|提升)|净增|增量(?:为|达到|达)?)了?(?:约|近|超过|超)?$`, 'u');
const CHANGE_DOWN = new RegExp(`(?:^(?:减支|减收|减产)|${COMPARED}[^，。；、]{0,4}?(?:减少|下降|降低|压减|缩减|少(?:投放|支出|用|收|排|产|生|死亡|销售|招收|录取)?|缩小|减支|减收)|减少|缩减|压减|压缩|压降|调减|(?<=[\\u3400-\\u9fff]{2})减量|降低|净减|精简|削减|减轻[^，。；、\\d]{0,12}负担|(?:可|能)?(?:节省|节约|缩短))了?(?:约|近|超过|超)?$`);

/** Higher or lower than a base named in a few words: 比去年预算高, 较全省平均低. */
// (增速同比高0.2个百分点: than the same time a year before, 同比, likewise.)
export const COMPARED_BY = /(?:(?:比|较)[^，。；、\d]{1,6}?|同比)[高低]$/u;
/** A base that is another place or its average (比全省高, 较全国平均低), not a time or a plan. */
const PLACE_BASE = /(?:比|较)(?:全[国省市区县州]|[^，。；、\d]{0,4}平均)[^，。；、\d]{0,4}?[高低]$/u;

/** A bound said between a verb of change and its number (增长超过30%, 下降近2%): the change keeps its direction. */
// (财政收入增长力争20%: a word of commitment there, likewise.)
const BOUND_AFTER_VERB = /(?:力争|确保|预计)?(?:超过|超|不低于|不少于|至少|达到|高达|达|近|约|接近|突破|逾)?$/u;
/** The name of a change, then its number (三项增速分别为5.7%, 医用耗材平均降幅达34.2%). */
// (全社会研发经费投入增速年均超20%, 年均增速超过30%: a bound on the named growth keeps it a growth.)
// (地区生产总值增速8.2%: the name alone before the number, likewise — not a gap to another rate, 快于经济增速1个百分点.)
// (增速连续四年超过6%: for how many years it held, likewise; 五年年均增长分别为6.8%、5.5%: the growth named, each.)
/** The names of a growth rate, said after its thing or alone (增速, 增幅, 增长幅度, 增长速度). */
export const GROWTH_RATE_NAME = '增速|增幅|增长幅度|增长速度';
const GROWTH_NAMED = new RegExp(`(?:${GROWTH_RATE_NAME})(?:年均)?(?:连续[两二三四五六七八九十\\d]{1,2}年)?(?:分别|均)?(?:为|达到|高达|达|是|超过|超|不低于|保持在|保持)$|(?<=\\p{Script=Han}{2})增长(?:分别|均)(?:为|是|达到|达)$|(?<!(?:低于|高于|快于|慢于|高出|超出|超过)[^，。；、\\d]{0,12})(?:增速|增幅)(?:年均)?$`, 'u');
const DECLINE_NAMED = /(?:降幅|减幅)(?:分别)?(?:为|达到|达|是)$|(?<!(?:低于|高于|快于|慢于|高出|超出|超过)[^，。；、\d]{0,12})(?:降幅|减幅)$/u;

export function comparatorOf(before: string, bound: string | undefined, unit: string): Comparator {
  // 增长6.5% is a growth rate; 提高到62.5% names the level reached, and 改造提升10个 is a count.
  const verb = before.replace(BOUND_AFTER_VERB, '');
  // (城镇新增就业43.13万人，超计划任务7.8%: how far a result passed its plan is a growth over the plan.)
  if (RATE_UNIT.test(unit) && (GROWTH.test(verb) || GROWTH_NAMED.test(before) || /超(?:额)?(?:完成)?(?:年度)?(?:计划|目标)(?:任务)?$/u.test(before))) return 'growth';
  if (RATE_UNIT.test(unit) && (DECLINE.test(verb) || DECLINE_NAMED.test(before))) return 'decline';
  // (赤字率…，比去年预算高0.2个百分点: higher or lower than a base by points is a change — of the thing over time or
  // against its plan; against another place, 比全省高2个百分点, it is the gap, a level of its own.)
  if (RATE_UNIT.test(unit) && COMPARED_BY.test(verb)) return PLACE_BASE.test(verb) ? 'eq' : verb.endsWith('高') ? 'growth' : 'decline';
  // (增速高于去年同期19.4个百分点: above or below the same part of last year is a change over time, as 比上年 is.)
  // (高于一季度41.1个百分点: or an earlier part of this year.)
  if (RATE_UNIT.test(unit) && /(?:高于|快于)(?:(?:去年|上年)同期|第?[一二三四]季度|上半年|前三季度|\d{1,2}[-—－至]\d{1,2}月份?|上月|上季度)$/u.test(verb)) return 'growth';
  if (RATE_UNIT.test(unit) && /(?:低于|慢于)(?:(?:去年|上年)同期|第?[一二三四]季度|上半年|前三季度|\d{1,2}[-—－至]\d{1,2}月份?|上月|上季度)$/u.test(verb)) return 'decline';
  if (!RATE_UNIT.test(unit) && CHANGE_UP.test(before)) return 'growth';
  if (!RATE_UNIT.test(unit) && CHANGE_DOWN.test(before)) return 'decline';
  if (bound === '以上') return 'gte';
  if (bound === '以下' || bound === '以内') return 'lte';
  if (bound === '左右' || bound === '上下') return 'approx';
  // 不超过 ends in 超过 and 不低于 in 低于: the negated forms decide first.
  if (/(?:不超过|不高于|不多于|不大于|不足|不到)$/.test(before)) return 'lte';
  if (/(?:不少于|不低于|不小于)$/.test(before)) return 'gte';
  if (GTE.test(before) || /至少\p{Script=Han}{1,3}$/u.test(before)) return 'gte';
  if (LTE.test(before)) return 'lte';
  if (APPROX.test(before)) return 'approx';
  return 'eq';
}

/** The bound the text puts on one number: 以上 / 不低于 (gte), 以内 / 不超过 (lte), 左右 (approx), X—Y (range). */
export function boundOf(before: string, q: Candidate): Bound | null {
  if (q.valueMax !== null) return 'range';
  if (q.bound === '以上') return 'gte';
  if (q.bound === '以下' || q.bound === '以内') return 'lte';
  if (q.bound === '左右' || q.bound === '上下') return 'approx';
  if (/(?:不超过|不高于|不多于|不大于|不足|不到|(?<!不)低于|(?<!不)少于|(?<!不)小于)$/.test(before)) return 'lte';
  // (产值过10亿元: 过 is past it; not 通过, 经过.)
  if (/(?:不少于|不低于|不小于|至少|超过|超|逾|大于|多于|突破|首破|(?<![通经超越度])过)$/.test(before)) return 'gte';
  // (至少办好1所: 至少 before the verb bounds its count.)
  if (/至少\p{Script=Han}{1,3}$/u.test(before) && !/至少(?:要|应|需)$/u.test(before)) return 'gte';
  if (/前$/.test(before) && /^(?:位|名)$/.test(q.unit)) return 'lte';
  if (/(?:迈上|跨上|跃上|站上|跨越|连跨|跨过)$/.test(before)) return 'gte';
  if (ABOUT_BEFORE.test(before)) return 'approx';
  return null;
}
