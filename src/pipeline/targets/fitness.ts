/**
 * Targets, the last check before a row outside the headline passage is published: its indicator must be a noun phrase
 * that names what its number measures, and its quote must show it. A row that fails is withheld, with the reason.
 */
import { CLASS_WORD, COUNT_UNIT, EXTENT_UNIT, OPENS_WITH_QUANTITY, QUANTITY_IN_NAME, SINGLE_CHARACTER_NOUN, quantities } from './quantity.ts';
import { BARE_MEASURE, BARE_QUALIFIER, BARE_SUPERLATIVE, MEASURE_END, RATE_NAME } from './subject.ts';
import { isBareAction } from './action.ts';
import type { Row } from './clause.ts';
import { governmentsCalled, governmentsNamed } from '../gazetteer.ts';

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
 * Why a row outside the headline passage would read wrong, or null when it reads right: its indicator must be a
 * noun phrase that names what its number measures, and its quote must show both.
 */
export function unfitIndicator(r: Row, quote: string): string | null {
  const ind = r.indicator;
  if (/等$/.test(ind)) return 'indicator ends in 等 (a list heading for another number)';
  // 其余7件已完成或基本完成: a name cut at a conjunction names nothing.
  if (/[或和及与]$/u.test(ind) || /已(?:完成|竣工|投产)或/u.test(ind)) return 'indicator is no name';
  // (167.83亿元——经济总量稳步提升: a caption set after a figure with a dash, as an infographic prints it, says what the
  // figure shows in a headline's words — no name of the thing measured.)
  if (/^[—―－-]|[—―]{2}/u.test(ind)) return 'a caption after a figure, not the name of what it measures';
  // (占计划的92.6%, 占全年新批项目的37.3%: a share whose thing is not said names nothing.)
  if (/^占/u.test(ind) && !/(?:比重|份额|比例)$/u.test(ind)) return 'a share whose thing is not said';
  // (…同比增长3.2%，塌目标1.8个百分点: how far a figure fell short of its target or passed it names no thing of its own.)
  // (高于全年增速目标7.5个百分点, likewise.)
  if (/^(?:塌|低于|高于|超出|超过|超|快于|慢于)(?:全年|年度|预期)?(?:增速|增长)?目标$/u.test(ind)) return 'a gap to the target, whose figure is not named';
  // (在30万人至50万人之间的有2个: where a figure falls, 之间, names nothing.)
  if (/^(?:之间|之内|之中|其间|期间)$/u.test(ind)) return 'indicator is no name';
  // (、续建商贸类项目: a name that opens with a pause was cut inside a list.)
  if (/^[、，,；;：:）)]/u.test(ind)) return 'indicator is no name';
  // An indicator names something in words (two characters, or an abbreviation such as CPI), not a bracket.
  // (“河（湖）长”: the words of a name may stand around a bracket or inside quotes.)
  // (辖12个村: a noun of one character a measure word counts on its own names the things counted.)
  if (!/\p{Script=Han}{2}|[A-Za-z]{2}/u.test(ind.replace(/[（）()“”"]/gu, '')) && !(SINGLE_CHARACTER_NOUN.test(ind) && COUNT_UNIT.test(r.unit))) return 'indicator is no name';
  // (濮阳、漯河、三门峡、信阳则是7%以上; 商丘是7.5%左右: places alone name no measure — whose figure of what is not said.)
  // (A single short name may be an ordinary word too — 港口, of 港口区 —: alone, only a full name counts.)
  const places = ind.split('、');
  if (places.length > 1 ? places.every((p) => governmentsCalled(p).length > 0) : governmentsNamed(ind).length > 0) return 'indicator names places only';
  // （含）以上: a bound and a bracketed note, left where a qualifier's number was read.
  if (/^(?:[（(][^）)]*[）)])*(?:以上|以下|以内|左右|上下)$/u.test(ind)) return 'indicator is no name';
  // 新增2家千亿级、24家百亿级工业企业: a class (千亿级) is no noun; the noun comes after the list.
  if (/(?:[千百万亿十]|国家|省|市|县|区|[A-Z\d])级$/u.test(ind) && COUNT_UNIT.test(r.unit)) return 'a class counted, its noun after the list';
  // 文化惠民工程、全民健身工程分别惠及3500万、2300万人次: a number without its unit swallowed into the name.
  // (Not a code of letters and digits, PM2.5, SO2: the name of a pollutant, no number.)
  if (/分别/u.test(ind) || (/\d(?:万|亿)?$/u.test(ind) && !/[A-Za-z][\d.]*\d$/u.test(ind))) return 'indicator holds another number';
  // 游客人次、旅游花费均增长10%: two measures share one value; the row would name the list.
  if (ind.includes('、') && ind.split('、').every((p) => MEASURE_END.test(p)) && r.unit !== '') return 'a list of measures sharing one value';
  // 区域创新能力全国排名提升4位: a change of rank, not a rank.
  if (r.unit === '位' && /(?:提升|上升|前移|前进|跃升|下降|后退|下滑)\d+位/u.test(quote)) return 'a change of rank read as a rank';
  // 中国企业500强、民营企业500强中各有20家: one value for each of a list.
  if (/各有?\d/u.test(quote) && /、/.test(quote)) return 'one value for each item of a list';
  // (选派89名医务人员驰援湖北、15名支援甘孜、3名援助非洲: a count of people with only where they went after it counts the
  // people named before; the row would name the going.)
  if (/^(?:名|人|位|人次)$/u.test(r.unit) && /^(?:支援|援助|驰援|奔赴|赶赴|前往|赴|下沉|进驻|派驻|援建)/u.test(ind) && quote.includes(`${r.unit}${ind}`)) return 'a count of the people named before, by where they went';
  // (…税收收入增长15.9%，税比71.6%，均居全市第1位: 均 says the value is each of the things before — the row names none.)
  if (/^均(?![价值衡等匀])/u.test(ind)) return 'one value for each item of a list';
  // (5000万元项目: an amount glued to projects names their class, as 5000万元以上项目 does.)
  if (OPENS_WITH_QUANTITY.test(ind) && !CLASS_WORD.test(ind) && !/^\d+(?:\.\d+)?[万亿千百十]*元[^，。；、\d]{0,6}?项目$/u.test(ind)) return 'indicator opens with another number (a count of groups or a share of things)';
  // (6乡镇7村 before 596户…: places counted with no measure word, the place word its own; 6.48万户23.24万农村常住人口:
  // people counted by a magnitude alone.)
  // (工业总产值突破20亿元的镇街: places named by the level of theirs they reach hold it as a class — see reachingRow.)
  // (营业面积超过50平方米以上的综合商店或超市: a bounded number before 的 inside a name is the threshold of the class named.)
  if (!r.levelReached && (quantities(ind).some((c) => !c.classOf && !(c.bound && ind.slice(c.end).startsWith('的'))) || QUANTITY_IN_NAME.test(ind)) || /(?<![\d.第])\d+(?:乡镇|个?村|个?社区|个?街道)|(?<![\d.])\d+(?:\.\d+)?[万亿](?=\p{Script=Han})(?![元吨千平亩人户个台辆套米公级])/u.test(ind)) return 'indicator holds another quantity';
  if (BARE_MEASURE.test(ind) || BARE_QUALIFIER.test(ind) || BARE_SUPERLATIVE.test(ind)) return 'indicator is a measure without the thing measured';
  if (/(?:之中|当中)$/u.test(ind)) return 'indicator is no name';
  // (乡镇（街道 of 109个乡镇（街道、林场）, 化肥（折纯 of 化肥（折纯100%）: a name cut inside a bracket or a quote is no name.)
  const count = (re: RegExp) => (ind.match(re) ?? []).length;
  if (count(/[（(]/gu) !== count(/[）)]/gu) || count(/“/gu) > count(/”/gu) || count(/"/gu) % 2 === 1) return 'indicator cut inside a bracket or a quote';
  // (比年初计划增多15所: a base and the verb of the change, with no thing before them, name nothing.)
  if (/^(?:比|较)(?![大小高低多少好快慢强弱亚])[^，。；、\d]{1,10}?(?:增多|增加|减少|增长|下降|提高|降低|多|少)$/u.test(ind)) return 'indicator is a base of comparison without the thing compared';
  // (增加到 of 12.8亿元增加到19.2亿元, its thing on a line lost before: a verb of change and where it goes, no thing.)
  if (isBareAction(ind) || /^(?:达到|达|实现|为|是|超过|突破|完成|带动|惠及|吸纳|开行|发运|出栏|存栏|比增|比降|比减|同比增|同比降|检测|检查|筛查|接种|救助|诊疗|接待|慰问|资助|关停|关闭|取缔|拆除|淘汰|清理|整治)$/u.test(ind) || /^(?:增加|增长|提高|提升|上升|扩大|下降|降低|减少|减|增|升|降)(?:到|至|为)$/u.test(ind)) return 'indicator is a verb without the thing done';
  // (种群恢复至7群42只: a level reached, said inside the name, is another quantity.)
  if (/(?:至|到)\d+(?:\.\d+)?(?![\d年])/u.test(ind)) return 'indicator holds another quantity';
  // 40.151件民生实事 at the head of a line: a count has no fraction there — a list number (40.) is glued to it. (A count
  // per head may have one: 每千人托位数4.4个.)
  if (/^(?:个|项|家|所|座|条|张|套|台|辆|场|名|处|件|支|批|栋|艘|架|篇|部|间|户|人|人次|位|场次)$/u.test(r.unit) && !Number.isInteger(r.value) && /^\d+\.\d/u.test(quote)) return 'a count with a fraction (a list number glued to it)';
  // 14个重点产业产值占农林牧渔业总产值: a share (X占Y) is no count of things.
  // (提升656公里公交专用道使用效率: a length is no efficiency either.)
  // (电话普及率达到每百人34.2部: a rate stated per head of people is a count per head.)
  if ((RATE_NAME.test(ind) || /占/u.test(ind)) && (COUNT_UNIT.test(r.unit) || EXTENT_UNIT.test(r.unit)) && !/每(?:百|千|万|十万)(?:人|户)(?:拥有)?$/u.test(quote.slice(0, quote.search(/[\d０-９]/u)))) return 'indicator names a rate but the number is a count or an amount';
  // A rank's indicator adds 排名 to the words of the text (居全国第3位 → …全国排名).
  const named = (r.named ?? ind).replace(/排名$/u, '').normalize('NFKC');
  const shown = quote.normalize('NFKC');
  // (新增持牌金融机构 of 持牌金融机构新增47家: the name says 新增 first, as the text does when it stands before the things.)
  // (人均生活补贴 of 生活补贴人均增长2400元: per head first, as the text says it before the money.)
  const asWritten = named.replace(/^((?:全[市省区县州盟国]|我[市省区县州盟])?)新增(.+)$/u, '$1$2新增').replace(/^(.*?)(人均|户均)(\p{Script=Han}{2,})$/u, '$1$3$2');
  if (!(r.borrowed ? [...named].every((ch) => shown.includes(ch)) : readsIn(named, shown) || readsIn(asWritten, shown))) return 'quote does not contain the indicator';
  return null;
}
