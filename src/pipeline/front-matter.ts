/**
 * The grammar of a report's front matter: where a delivery date, a session, an office and a person's name can stand —
 * in any order, on one line or several, with or without dashes and brackets, in Arabic or Chinese numerals:
 *
 *   政府工作报告 / ——2024年1月10日在河南省第十四届人民代表大会第二次会议上 / 省长 王凯
 *   ——2021年3月5日在第十三届全国人民代表大会第四次会议上 / 国务院总理 / 李克强
 *   郑振涛代市长2007年1月23日在韶关市第十二届人民代表大会第一次会议上作的政府工作报告
 *   ——二O二O年一月十五日在甘肃省十三届人民代表大会第三次会议上 陕西省省长 赵刚 各位代表：…
 *
 * Pure functions over strings; metadata.ts decides what the pieces mean for the report.
 */
import { chineseNumeral } from './text.ts';
import { governmentsCalled } from './gazetteer.ts';

/** A digit of a year written in Chinese: 〇 and 零, and the letter O (or ○) that typesetters use for it (二O二O年). */
const ZERO = '〇○零OoＯ';
export const YEAR = `(?:\\d{4}|[${ZERO}一二三四五六七八九]{4})`;
const NUM = `[${ZERO}一二三四五六七八九十\\d]`;
const SP = '[\\s\\u00A0\\u2002\\u2003\\u3000]*';
export const DATE_SOURCE = `(${YEAR})${SP}年${SP}(${NUM}{1,3})${SP}月${SP}(${NUM}{1,3})${SP}日`;
const DATE_RE = new RegExp(DATE_SOURCE);

/**
 * A session of a people's congress: 第十四届人民代表大会第四次会议, 十四届人民代表大会第四次会议 (no 第),
 * 第十三届全国人民代表大会第四次会议, 十三届全国人大三次会议, …常务委员会第N次会议.
 */
const SESSION_SOURCE = `((?:第${SP})?${NUM}{1,4}${SP}届${SP}(?:全国${SP})?(?:人民代表大会|人大)${SP}(?:常务委员会|常委会)?${SP}(?:第${SP})?${NUM}{1,3}${SP}次${SP}(?:全体${SP})?会议)`;
const SESSION_RE = new RegExp(SESSION_SOURCE, 'g');

/**
 * A date alone on its line, in either numerals, its zero written 〇, ○ or O too: （2024年1月10日）, 二〇一九年三月二日 — its
 * year, month and day captured.
 */
export const DATE_ALONE = new RegExp(`^[（(]?${SP}${DATE_SOURCE}${SP}[)）]?$`);

/** The statistics office that issues a bulletin, named alone on a line, its government's name first: 大庆市统计局, 阿拉善盟统计局 国家统计局…调查队. */
export const STATISTICS_ISSUER = /^(\p{Script=Han}{2,12}?)统计局(?:\p{Script=Han}{0,16}调查队)?$/u;
/** The heads of governments, by the level they head — a town's and a township's too (镇长, 乡长). */
export const HEAD_OFFICES = '省长|市长|区长|县长|州长|盟长|旗长|镇长|乡长';
/** Offices that deliver a report: the heads of governments, and the offices that stand for them. */
export const OFFICE_WORD = `(?:${HEAD_OFFICES}|主席|专员|总理|主任)`;
/** A person's name: two to four Han characters (spaced out by newspapers: 韦 韬, 马  军), or a transcribed name with ·. */
// (Spaced within its line only: 市长杨俐昆 / 号: 楚市政发… is 杨俐昆, not 杨俐昆号.)
const INLINE_SP = '[ \\t\\u00A0\\u2002\\u2003\\u3000]*';
const NAME_SOURCE = `(\\p{Script=Han}(?:${INLINE_SP}\\p{Script=Han}){1,3}|\\p{Script=Han}+[·•][\\p{Script=Han}·•]{1,12})`;
/**
 * Words that are never part of a person's name: a breadcrumb (工作报告) or a sentence is not a speaker, nor a page's
 * line naming whose version of the text it shows (冯永刚版) or its editing.
 */
const NOT_A_NAME = new RegExp(`政府|人民|报告|工作|代表|会议|委员|大会|同志|各位|我们|现在|委托|全国|全省|全市|国务院|${OFFICE_WORD}|编辑|版$|\\d`);

export interface SessionMention {
  /** The place as written before the session (云南省, 区, 韶关市), '' when none. */
  written: string;
  /** The session as written, spaces removed (云南省 excluded): 第十四届人民代表大会第四次会议. */
  session: string;
  /** True when it reads as the delivery of this report: 在 … 会议上 (or a front-matter line of its own). */
  delivery: boolean;
  /** True for the canonical form 在 … 会议上, which a news caption (…会议在省人民会堂开幕) does not take. */
  canonical: boolean;
  /** Offset of the match in the searched text. */
  index: number;
}

const squeeze = (s: string) => s.replace(/[\s\u00A0\u2002\u2003\u3000]+/g, '');

/** A date in Chinese numerals written into the characters before a place (二〇一四年二月十八日县…): up to its 日. */
const MONTH_DAY_BEFORE = new RegExp(`^.*?${NUM}{1,3}${SP}月${SP}${NUM}{1,3}${SP}日`, 'u');
/** 在, and the date after it, right before a session's place (在2025年12月29日三明市…会议上). */
const AT_DATE_END = new RegExp(`在${SP}(?:${DATE_SOURCE})?$`, 'u');

/**
 * The sessions a text names, each with the place written before it. `frontMatter` says whether the text is the
 * report's front matter (a session there is the delivery even without 在…上) or running text (only 在…会议上 is).
 */
/**
 * 中国宁波网将直播宁波市 → 宁波市: what is said before a government's name — a site, a verb — is no part of the place;
 * the place starts where the longest tail naming a government does. A place that opens on a name (三明市沙县区) stays.
 */
function fromGovernmentName(place: string): string {
  if (place.length <= 4 || [2, 3, 4, 5, 6, 7, 8].some((n) => n <= place.length && governmentsCalled(place.slice(0, n)).length > 0)) return place;
  const at = [...place].findIndex((_, k) => k > 0 && governmentsCalled(place.slice(k)).length > 0);
  return at > 0 ? place.slice(at) : place;
}

export function sessionMentions(text: string, frontMatter: boolean): SessionMention[] {
  const out: SessionMention[] = [];
  for (const m of text.matchAll(SESSION_RE)) {
    const index = m.index ?? 0;
    // The place: the Han characters right before the session, back to 在 or to anything that is not a name.
    const before = text.slice(Math.max(0, index - 30), index).replace(/[\s\u3000]+$/, '');
    // The place: the Han characters right before the session, after the last 在 (在韶关市第十四届 → 韶关市).
    // (2014年2月18日县第十五届…, 在2025年12月29日三明市沙县区第十八届…: a date's 日 right before is the date's, not the place's.)
    const written0 = before.match(/\p{Script=Han}*$/u)![0];
    const afterDate = written0.match(MONTH_DAY_BEFORE)?.[0] ?? (/\d$/.test(before.slice(0, before.length - written0.length)) && written0.startsWith('日') ? '日' : '');
    const run = written0.slice(afterDate.length);
    const cut = run.lastIndexOf('在');
    // (昨日召开的鼓楼区十七届人大三次会议: what is said of the session before 的 is no part of the place.)
    const of = run.lastIndexOf('的');
    const written = fromGovernmentName(Math.max(cut, of) >= 0 ? run.slice(Math.max(cut, of) + 1) : run.length <= 24 ? run : '');
    // (在2025年12月29日三明市…会议上: 在 before the date is the session's all the same.)
    const at = cut >= 0 || AT_DATE_END.test(before.slice(0, before.length - run.length));
    const after = text.slice(index + m[0].length, index + m[0].length + 4);
    // (3月6日，上饶县第十六届人民代表大会第四次会议第一次全体会议在县机关大礼堂隆重召开: a news item's session, opening
    // as it says, is where the report it covers was delivered.)
    const opened = /^(?:第[一二三四五六七八九十]次全体会议|预备会议)?[^，。；]{0,16}?(?:隆重|胜利)?(?:开幕|召开|举行)(?!的)/u.test(text.slice(index + m[0].length, index + m[0].length + 30)) && !/(?:召开的|举行的|以来|期间)/u.test(before.slice(-6));
    const delivery = frontMatter ? !/^确定|^通过|^以来|^期间/.test(after) : (at && /^[\s\u3000]*上/.test(after)) || opened;
    const canonical = (at && /^[\s\u3000]*上/.test(after)) || (!frontMatter && opened);
    out.push({ written, session: squeeze(m[1]), delivery, canonical, index });
  }
  return out;
}

export interface DateMention {
  date: string;
  index: number;
}

/** Every real date in a text (2026年1月27日, 二O二O年一月十五日), as YYYY-MM-DD. */
export function dateMentions(text: string): DateMention[] {
  const out: DateMention[] = [];
  for (const m of text.matchAll(new RegExp(DATE_SOURCE, 'g'))) {
    const date = toDate(m[1], m[2], m[3]);
    if (date) out.push({ date, index: m.index ?? 0 });
  }
  return out;
}

function digit(c: string): number {
  if (ZERO.includes(c)) return 0;
  return chineseNumeral(c) ?? 0;
}

export function toYear(s: string): number {
  if (/^\d{4}$/.test(s)) return Number(s);
  return Number([...s].map((c) => String(digit(c))).join(''));
}

function toNumber(s: string): number | null {
  if (/^\d+$/.test(s)) return Number(s);
  return chineseNumeral(s.replace(new RegExp(`[${ZERO}]`, 'g'), '〇'));
}

/** 二〇二六年一月二十七日 / 2026年1月27日 → 2026-01-27; null when not a real date. */
export function toDate(y: string, m: string, d: string): string | null {
  const year = toYear(y);
  const month = toNumber(m);
  const day = toNumber(d);
  if (!month || !day || month > 12 || day > 31 || year < 1949 || year > 2100) return null;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

export function firstDate(text: string): string | null {
  const m = text.match(DATE_RE);
  return m ? toDate(m[1], m[2], m[3]) : null;
}

export interface SpeakerMention {
  name: string;
  /** The office as written, acting marker included (代市长, 省长, 总理). */
  office: string;
  /** The text right before the office (云南省, 河北省人民政府, 国务院), for the caller to read as a place. */
  before: string;
  index: number;
}

/**
 * Offices next to a person's name: 省长 王予波, 河北省人民政府省长王正谱, 国务院总理 / 李克强 (name on the next line),
 * 郑振涛代市长2007年… (name first). An office that delegates the reading (受市长李鸿忠委托) names no speaker.
 */
export function speakerMentions(text: string): SpeakerMention[] {
  const out: SpeakerMention[] = [];
  const officeFirst = new RegExp(`(代理?)?(${OFFICE_WORD})[\\s\\u00A0\\u2002\\u2003\\u3000:：]*${NAME_SOURCE}(?=$|[^\\p{Script=Han}·•]|${SP}(?:各位|同志|[（(]))`, 'gu');
  for (const m of text.matchAll(officeFirst)) {
    const index = m.index ?? 0;
    // (市长蔡晓明在2005年政府工作报告中…: 在 before a date is the sentence's, not the name's.)
    const name = squeeze(m[3]).replace(/(?<=\p{Script=Han}{2})[在于]$/u, (w) => (/^[\s\u3000]*\d/u.test(text.slice(index + m[0].length)) ? '' : w));
    if (NOT_A_NAME.test(name)) continue;
    // (关于梧州市长洲区2021年…, 湖南省长沙市: an office's word inside place names — 梧州市 + 长洲区 — and what follows is
    // the rest of a place, its level word last, not a person.)
    if (/[区县旗省市镇乡]$/u.test(name)) continue;
    const before = text.slice(Math.max(0, index - 24), index);
    // 受市长李鸿忠委托: the report is read on the office-holder's behalf; its reader is not named.
    // 副市长 reads for the mayor at most: the office is not the one the report's front matter names.
    if (/副$/.test(before) || /受[^\n，。]{0,12}$/.test(before) || /^[\s\u3000]*委托/.test(text.slice(index + m[0].length))) continue;
    out.push({ name, office: `${m[1] ?? ''}${m[2]}`, before: before.split(/[\s\u3000\n]/).at(-1) ?? '', index });
  }
  const nameFirst = new RegExp(`(?:^|[^\\p{Script=Han}])(\\p{Script=Han}{2,3})(代理?)?(${OFFICE_WORD})(?=${SP}(?:${YEAR}|在|作))`, 'gmu');
  for (const m of text.matchAll(nameFirst)) {
    const name = m[1];
    if (NOT_A_NAME.test(name)) continue;
    out.push({ name, office: `${m[2] ?? ''}${m[3]}`, before: '', index: m.index ?? 0 });
  }
  return out.sort((a, b) => a.index - b.index);
}

/** True when the text names a person who reads the report on an office-holder's behalf (受市长李鸿忠委托). */
export function readOnBehalf(text: string): boolean {
  return new RegExp(`受[^\\n，。]{0,12}${OFFICE_WORD}${SP}\\p{Script=Han}{2,4}${SP}委托`, 'u').test(text);
}

export { NOT_A_NAME };
