/**
 * Stage — metadata: the government that issued a report (name, level, code, parents), its year, delivery date,
 * session, speaker, kind and title, read from the text and completed from the optional catalog (seeds/catalog.yaml).
 *
 * The government is read from evidence, strongest first: the delivery line (在X第…届人民代表大会第…次会议上),
 * 我代表X人民政府, the title line, the speaker's office (X省长, 自治区主席 …), the catalog, and — last — the places the
 * body names. Abbreviations (在省第…, 我代表区政府) give a level, which narrows the others. When the evidence disagrees
 * or is too thin the field stays null and a note says why: a wrong place is worse than none.
 */
import { z } from 'zod';
import { pinyin } from 'pinyin-pro';
import { NATIONAL_NAME, countGovernments, governmentsCalled, governmentsNamed, isPrefectural, provinceOf, type GazetteerEntry } from './gazetteer.ts';
import { LEVEL_TIER } from './levels.ts';
import { governmentSlug, placeSlug, readingSlug } from './slug.ts';
import { DATE_ALONE, DATE_SOURCE, HEAD_OFFICES, NOT_A_NAME, STATISTICS_ISSUER, YEAR, dateMentions, readOnBehalf, sessionMentions, speakerMentions, toDate, toYear, type SessionMention } from './front-matter.ts';
import { BULLETIN_NAME, chineseNumeral, FINAL_ACCOUNT_TITLE, OTHER_KINDS, SUMMARY_TITLE, TITLE_TAG } from './text.ts';
import type { Government, GovernmentLevel, Speaker, TextHints } from './types.ts';

export const CatalogEntrySchema = z
  .object({
    city: z.string().min(1).optional(),
    province: z.string().min(1).optional(),
    /** Full name of the issuing government, for a report whose text does not name it (海拉尔区). */
    place: z.string().min(1).optional(),
    year: z.number().int().min(1949).max(2100).optional(),
    kind: z.string().min(1).optional(),
    title: z.string().min(1).optional(),
    url: z.string().url().optional(),
  })
  .strict();
export const CatalogSchema = z.object({ files: z.record(z.string(), CatalogEntrySchema) }).strict();
export type CatalogEntry = z.infer<typeof CatalogEntrySchema>;
export type Catalog = z.infer<typeof CatalogSchema>;

export type Origin = 'text' | 'catalog' | 'composed' | 'missing';
export type MetaField = 'title' | 'place' | 'city' | 'province' | 'year' | 'kind' | 'delivered' | 'session' | 'speaker';

export interface InferredMeta {
  title: string;
  place: Government | null;
  city: string | null;
  province: string | null;
  year: number | null;
  kind: string | null;
  delivered: string | null;
  session: string | null;
  speaker: Speaker | null;
  urls: string[];
  /** The text speaks for a township, a street office or an area below the county (no place of the table): its name before a measure is whose. */
  belowCounty: boolean;
  origin: Record<MetaField, Origin>;
  /** Chinese sentences for readers: where a field came from when it matters, and why a field is empty. */
  notes: string[];
}

// (汶川县2021年国民经济和社会发展统计公报 2021: a page may repeat the year after the title.)
const BULLETIN_HEAD = new RegExp(`^[^。，]{4,40}${BULLETIN_NAME}(?:${TITLE_TAG}|${YEAR})?$`, 'u');
const TITLE_TAG_AT_END = new RegExp(`${TITLE_TAG}$`, 'u');
const KIND_NAMES = ['政府工作报告', '行动纲要', '行动方案', '实施方案', '规划纲要', '工作要点', '发展规划', '统计公报'];
/** A title that names a document and its year (韶关市2003年国民经济和社会发展统计公报): group 1 is the year. */
const DOCUMENT_TITLE_YEAR = new RegExp(`(${YEAR})年[^。，；]{0,40}?(?:工作报告|${KIND_NAMES.join('|')})`);
/** （广安市）广安区2021年经济运行情况: how a year's economy ran, a statistics office's summary of its figures. */
const ECONOMY_SUMMARY_HEAD = /^[^。，]{0,24}\d{4}年(?:[^。，]{0,8})?(?:国民)?经济(?:社会)?运行(?:情况|简况)$/u;

// ——— Evidence about the government ———

type Source = 'delivery' | 'representing' | 'title' | 'description' | 'speaker' | 'catalog' | 'body';
const SOURCE_NAMES: Record<Source, string> = {
  delivery: '报告会议行',
  representing: '“我代表……人民政府”一句',
  title: '标题行',
  description: '开头说明其地理位置的一句',
  speaker: '报告人职务',
  catalog: '目录文件',
  body: '正文中地名出现的次数',
};

/** What one piece of text says about the government: a name as written, and/or the levels it allows. */
export interface Evidence {
  source: Source;
  /** The place as written (云南省, 海拉尔区, 吉林), or null when the text gives only a level (在省第…). */
  written: string | null;
  /** Levels the wording allows, or null when it says nothing about the level. */
  levels: GovernmentLevel[] | null;
}

/** Abbreviations of a government by its level word, and offices by the level they head. */
const LEVEL_WORDS: [RegExp, GovernmentLevel[]][] = [
  [/^(?:省|省长|代省长)$/, ['province']],
  [/^(?:自治区|自治区主席|主席|代主席)$/, ['autonomous-region']],
  [/^(?:市|市长|代市长)$/, ['municipality', 'prefecture', 'county-city']],
  [/^(?:区|区长|代区长)$/, ['district']],
  [/^(?:县|县长|代县长)$/, ['county']],
  [/^(?:旗|旗长|代旗长)$/, ['banner']],
  [/^(?:州|州长|代州长)$/, ['autonomous-prefecture']],
  [/^(?:盟|盟长|代盟长)$/, ['league']],
  [/^(?:地区|地区行政公署|行政公署|行署|专员)$/, ['other']],
];

function levelsOfWord(word: string): GovernmentLevel[] | null {
  for (const [re, levels] of LEVEL_WORDS) if (re.test(word)) return levels;
  return null;
}

/** A front-matter line that is a name alone (毛伟明). */
const NAME_ALONE = /^\p{Script=Han}(?:\s?\p{Script=Han}){1,3}$/u;

function cleanName(name: string): string {
  // 韦 韬: newspapers space out two-character names; the space is layout, not part of the name.
  return name.replace(/[\s\u00A0\u2002\u2003\u3000]+/g, '').replace(/•/g, '·');
}

/** A title that names its kind of document: …政府工作报告, …统计公报, …决算报告, …计划草案的报告, …2022年工作总结. */
const isTitleOfKind = (title: string) => KIND_NAMES.some((k) => title.endsWith(k)) || OTHER_KINDS.some(([re]) => re.test(title));

/** 政府工作报告 / 2024年政府工作报告（全文）: a title that says what the document is, but not whose. */
function isBareKind(title: string): boolean {
  const rest = title.replace(/\s+/g, '').replace(new RegExp(`^${YEAR}年`), '').replace(/[（(](?:全文|摘要|摘登|实录)[）)]$/, '').replace(new RegExp(`[（(]${DATE_SOURCE}[）)]$`), '');
  return /^(?:人民)?(?:政府)?(?:工作)?报告$/.test(rest) || KIND_NAMES.includes(rest);
}

/** 政府工作报告（2004年5月11日）: a title with the date it was delivered in brackets. */
function titleDate(hints: TextHints): string | null {
  for (const l of [...hints.frontMatter, hints.headline ?? '']) {
    const m = l.replace(/\s+/g, '').match(new RegExp(`(?:报告|讲话)[（(]${DATE_SOURCE}[）)]$`));
    if (m) return toDate(m[1], m[2], m[3]);
  }
  return null;
}

/** -中文名：北京市昌平区2007年政府工作报告: an encyclopedia box's name of the document, its label no part of the title. */
const withoutInfoboxLabel = (line: string) => line.replace(/^[-•·\s]*中文名\s*[:：]\s*/u, '');

/**
 * A title as a site files it, its tags taken off: （河南省）商丘市人民政府工作报告（2023年1月4日） → 河南省商丘市人民政府工作报告
 * (a province in brackets before the name is its parent; another tag — 【陕西招商引资】, •【…招商】 — is the site's
 * section; a date or 全文 in brackets after it says nothing of the place).
 */
function untaggedTitle(title: string): string {
  // (…统计公报 2021: the year a page repeats after a document's name is no part of it either.)
  const bare = withoutInfoboxLabel(title).replace(/^[•·\s]+/u, '').replace(TITLE_TAG_AT_END, '').replace(new RegExp(`(?<=公报|报告)\\s*${YEAR}$`, 'u'), '');
  const tag = bare.match(/^[（(【\[]([^）)】\]]{2,12})[）)】\]]/u);
  if (!tag) return bare;
  const province = governmentsNamed(tag[1]).some((e) => e.parents.length === 0) || governmentsCalled(tag[1]).some((e) => e.parents.length === 0 && e.level !== 'national');
  const rest = bare.slice(tag[0].length);
  if (!province || rest.includes(tag[1])) return rest;
  // (（贵州省）2021年黔西南州…: the parent before the name, after the year.)
  // (（广西壮族自治区）关于桂林市七星区…的报告: or after 关于 that opens a report's title.)
  const year = rest.match(new RegExp(`^(?:关于)?(?:${YEAR}年)?`))?.[0] ?? '';
  return `${year}${governmentsCalled(tag[1]).find((e) => e.parents.length === 0)?.name ?? tag[1]}${rest.slice(year.length)}`;
}

/** The words that name an area run by an administrative committee (高新区, 经开区, 综合保税区 …). */
/** Words that end the name of an area run by an administrative committee (张家界高新区, 济宁经开区, 黄渤海新区). */
export const AREA_WORDS = '(?:高新技术产业开发区|经济技术开发区|高新区|经开区|开发区|新区|综合保税区|保税区|高新技术产业园区|工业园区|台商投资区)';
/** An area run by a committee after its city's name in a title, before what the title calls the document. */
const AREA_IN_TITLE = new RegExp(String.raw`^\p{Script=Han}{1,8}?(?:${AREA_WORDS}|管理区|试验区)(?=国民经济|\d{4}年|(?:管委会|管理委员会)?工作|(?:管委会|管理委员会)?(?:财政|预算|决算)|[^\p{Script=Han}]|$)`, 'u');
/** An autonomous government inside one of `parents`, written at `from` by its short name and 州 or 县 (果洛州): its words and full name. */
function autonomousInside(title: string, from: number, parents: GazetteerEntry[]): { text: string; name: string } | null {
  for (let len = Math.min(8, title.length - from); len >= 3; len--) {
    const text = title.slice(from, from + len);
    if (!/[州县]$/u.test(text)) continue;
    const inside = governmentsCalled(text).filter((e) => parents.some((p) => liesIn(e, p)));
    if (inside.length === 1) return { text, name: inside[0].name };
  }
  return null;
}

/** The place part of a title line: 2026年河北省政府工作报告 → 河北省; 政府工作报告 → null. */
function titlePlace(tagged: string): string | null {
  const title = untaggedTitle(tagged);
  const m = title.match(new RegExp(`^(?:${YEAR}年)?(\\S*?)(?:${YEAR}年?)?(?:人民)?政府工作报告(?:[（(](?:全文|摘要|摘登|实录)[）)])?$`));
  // (合肥市2006政府工作报告: a year without 年 before the document is no part of the name.)
  // (（陕西？。？023年咸阳市秦都区人民政府工作报告: a year damaged in the copy, and a tag before it, stand before the name.)
  if (m) return (m[1] && !governmentsNamed(m[1]).length && /年(?=\p{Script=Han}{2})/u.test(m[1]) ? m[1].replace(/^.*年/u, '') : m[1]) || null;
  // Other documents (行动纲要 …) may open with the issuing government's full name: 宜昌市委市政府出台《…》.
  // (衢州市常山县2007年国民经济和社会发展统计公报: a government written after its parent is the one the title names.)
  const named = (from: number): string | null => {
    for (let len = Math.min(12, title.length - from); len >= 2; len--) if (governmentsNamed(title.slice(from, from + len)).length) return title.slice(from, from + len);
    return null;
  };
  // (2023年瓜州县国民经济和社会发展统计公报: the year may stand before the name.)
  // (关于某县2022年财政决算的报告: a report's title may open on 关于 before the name.)
  const start = title.match(new RegExp(`^(?:关于)?(?:${YEAR}年度?)?`))?.[0].length ?? 0;
  // (（河南省）2023年驻马店市驿城区…统计公报: each name after one of its parents, down to the last.)
  // (The name is read with its parent before it, as candidatesFor reads such names: 驻马店市驿城区.)
  let at = start;
  let outer = named(at);
  // (湘西州泸溪县…: a parent by a short form the table does not list, 湘西州 for 湘西土家族苗族自治州 — the name after it, in that
  // parent, is the title's.)
  for (let skip = 3; !outer && skip <= 6; skip++) {
    const parent = title.slice(start, start + skip);
    const inner = /[州市盟]$/u.test(parent) ? named(start + skip) : null;
    if (inner && governmentsNamed(inner).some((e) => e.parents.some((p) => p.name.startsWith(parent.slice(0, 2))))) {
      at = start + skip;
      outer = inner;
    }
  }
  if (!outer) return null;
  let written = outer;
  // (Where the last name written ends, and the full name of its government.)
  let end = at + outer.length;
  let last = outer;
  for (;;) {
    const parents = governmentsNamed(last);
    const plain = named(end);
    // (襄樊市老河口市: a parent by its former name is the same parent, by its code.)
    // (青海省果洛州人均可支配收入…: an autonomous government inside by its short name and 州 or 县, as reports write it.)
    const inner = plain && governmentsNamed(plain).some((e) => parents.some((p) => liesIn(e, p))) ? { text: plain, name: plain } : autonomousInside(title, end, parents);
    if (!inner) break;
    written = last + inner.name;
    end += inner.text.length;
    last = inner.name;
  }
  // (宝安区新安街道办事处2020年上半年工作报告: a township or a street office named after its district is the government
  // that reports — below the table's reach, it is no place of the table's.)
  // (诸暨市赵家镇概况, 杨浦区人民政府长白新村街道办事处工作总结: a township's profile, or one named after its district's
  // government, likewise.)
  const below = title.slice(end).match(/^(?:人民政府)?\p{Script=Han}{1,6}?(?:镇|乡|街道|苏木)(?:办事处)?(?=(?:人民)?政府|\d{4}年|工作|概况|简介|基本情况|[^\p{Script=Han}]|$)/u);
  // (2015年重庆市万盛经开区国民经济和社会发展统计公报: an area run by a committee, named after its city, likewise.)
  const area = title.slice(end).match(AREA_IN_TITLE);
  return below ? `${written}${below[0]}` : area ? `${written}${area[0]}` : written;
}

export interface Delivery {
  /** The place written before the session (云南省, 区, '' for none). */
  written: string;
  date: string | null;
  session: string;
  /** A month and day on the session's line, its year unwritten (12月25日讯…今天，…会议开幕): MM-DD, where no date is. */
  monthDay?: string;
}


/**
 * The delivery: the session the report was delivered to and its date, read from front-matter lines (a session there
 * is the delivery, unless the words after it say otherwise: …会议确定的, …会议以来). Its date stands on the session's
 * line, before or after it, or on a line of its own.
 */
export function findDelivery(lines: string[]): Delivery | null {
  return deliveryIn(lines, []);
}

function deliveryIn(frontLines: string[], bodyLines: string[]): Delivery | null {
  const pick = (lines: string[], front: boolean, canonical: boolean): { m: SessionMention; line: string } | null => {
    for (const line of lines) {
      const m = sessionMentions(line, front).find((x) => x.delivery && (!canonical || x.canonical));
      if (m) return { m, line };
    }
    return null;
  };
  // 在…会议上 first, wherever it stands in the front matter (a news caption above it may name the session too: …会议
  // 在省人民会堂开幕); a session may be wrapped over two lines (…第四届 / 人民代表大会第二次会议上), so the front lines
  // are also read joined; then a front-matter line naming the session alone; then the body's 在…会议上.
  const joined = [frontLines.join('')];
  const found =
    pick(frontLines, true, true) ?? pick(joined, true, true) ?? pick(frontLines, true, false) ?? pick(joined, true, false) ?? pick(bodyLines, false, true);
  if (!found) return null;
  const { m, line } = found;
  const onLine = dateMentions(line);
  // The date nearest the session on its own line; else a date alone on another front-matter line.
  const near = onLine.sort((a, b) => Math.abs(a.index - m.index) - Math.abs(b.index - m.index))[0]?.date ?? null;
  const alone = frontLines.map((l) => l.match(DATE_ALONE)).find((d) => d);
  const date = near ?? (alone ? toDate(alone[1], alone[2], alone[3]) : null);
  // (The nearest before the session. A news item's dateline — 自贡1月7日讯 — is the day it was filed: the session's only
  // where the item says it opened that day, 今天; not 6日下午 or 昨日 after it.)
  const before = line.slice(0, m.index);
  const md = date ? undefined : [...before.matchAll(/(?<![\d年])(\d{1,2})月(\d{1,2})日(?![前后以])/gu)].at(-1);
  const between = md ? before.slice(md.index! + md[0].length) : '';
  const dateline = /^[讯訊电電]/u.test(between);
  const sameDay = !/\d{1,2}日|昨|前天|日前|近日/u.test(between) && (!dateline || /今[天日]/u.test(between));
  const monthDay = md && sameDay && Number(md[1]) <= 12 && Number(md[2]) <= 31 ? `${md[1].padStart(2, '0')}-${md[2].padStart(2, '0')}` : undefined;
  return { written: m.written, date, session: m.session, ...(monthDay ? { monthDay } : {}) };
}

/**
 * The date of a session a news item covers, its year taken from the date the page was posted: 12月25日讯…今天，…会议开幕
 * on a page posted 2024-12-25 was 2024-12-25. Only where the page was posted within a fortnight after that day (in the same
 * year, or in January after a December session); else the year is not settled.
 */
function dateFromPosting(monthDay: string, published: string): string | null {
  const posted = Date.parse(published);
  if (Number.isNaN(posted)) return null;
  const year = Number(published.slice(0, 4));
  for (const y of [year, year - 1]) {
    const held = Date.parse(`${y}-${monthDay}`);
    const days = (posted - held) / 86_400_000;
    if (!Number.isNaN(held) && days >= 0 && days <= 14) return `${y}-${monthDay}`;
  }
  return null;
}

/** Lines of the front matter: those normalize kept apart, then the body's opening before its greeting (各位代表). */
export function frontLines(text: string, hints: TextHints): { front: string[]; body: string[] } {
  const head = text.slice(0, 1200);
  const greeting = head.search(/各位代表|同志们|各位委员/);
  const opening = greeting > 0 ? head.slice(0, greeting).split('\n').filter((l) => l.trim() !== '') : [];
  return { front: [...hints.frontMatter, ...opening], body: text.slice(0, 4000).split('\n').slice(0, 12) };
}

/** 云南省 for 云南省人民政府 / 国务院 / 省: the government an office is written under, as the text writes it. */
function officePlace(before: string): string | null {
  const stem = before.replace(/(?:人民政府|政府)$/, '');
  for (let len = Math.min(stem.length, 20); len >= 1; len--) {
    const tail = stem.slice(stem.length - len);
    if (governmentsCalled(tail).length || (len <= 3 && levelsOfWord(tail))) return tail;
  }
  return null;
}

/** 静宁县常务副县长杨晓勇: a front-matter line naming a deputy head and the government above the office. */
const DEPUTY_LINE = new RegExp(`^(\\p{Script=Han}{2,20}?)(?:常务)?副(?:${HEAD_OFFICES}|主席)\\p{Script=Han}{2,4}$`, 'u');

/** A front-matter line after which a name alone is the speaker: the delivery line, or an office alone. */
const AFTER_WHICH_A_NAME = new RegExp(`(?:会议上?|大会)[)）]?$|(?:${HEAD_OFFICES}|主席|总理|专员)$`, 'u');

export function findSpeaker(frontMatter: string[], text: string, vetted = frontMatter.length): { speaker: Speaker; written: string | null; levels: GovernmentLevel[] | null } | null {
  const front = frontMatter.join('\n');
  // 受市长李鸿忠委托: the reader is not named; the office still says which level the report is of.
  const mention = readOnBehalf(front) ? undefined : speakerMentions(front)[0];
  if (mention) {
    const office = mention.office === '总理' && /国务院$/.test(mention.before) ? '国务院总理' : mention.office;
    const written = officePlace(mention.before);
    return { speaker: { name: mention.name, office }, written, levels: levelsOfWord(mention.office.replace(/^代理?/, '')) };
  }
  // A name alone on the line after the delivery line (毛伟明) — or between the delivery line and the greeting when a copy
  // ran them together (…会议上 毛伟明 各位代表) — its office stated once in the opening lines.
  const inline = front.match(/会议上[)）]?[\s\u3000]*(\p{Script=Han}{2,4})[\s\u3000]*(?:各位代表|同志们|$)/u)?.[1];
  // (Past the lines normalize kept as front matter — `vetted` — a name alone stands after the delivery line or its office:
  // 基本介绍 under a page's title is a heading of the page.)
  const alone =
    // (Past them, the line before is the opening's own: the last line normalize kept — a delivery line it took from below a
    // page's headings — did not stand right above the opening's first, 前言.)
    frontMatter.find((l, i) => NAME_ALONE.test(l) && !NOT_A_NAME.test(l) && !KIND_NAMES.some((k) => l.includes(k)) && (i < vetted || (i > vetted && AFTER_WHICH_A_NAME.test(frontMatter[i - 1].replace(/\s+/g, ''))))) ??
    (inline && !NOT_A_NAME.test(inline) ? inline : undefined);
  if (!alone) return null;
  const name = cleanName(alone);
  const office = [...frontMatter, text.slice(0, 3000)].join('\n').match(new RegExp(`(代?(?:${HEAD_OFFICES}|主席))${name}`));
  // Inside a run-together line a name is read only where an office names the same person.
  if (!office && !frontMatter.includes(alone)) return null;
  return { speaker: { name, office: office?.[1] ?? null }, written: null, levels: office ? levelsOfWord(office[1].replace(/^代/, '')) : null };
}

/** 我代表云南省人民政府 / 我代表国务院 / 我代表坪山新区管委会 / 我受市人民政府委托: the body that reports. */
// (我代表高新区党工委、管委会: the party working committee named with the administration before it, likewise.)
const REPRESENTING = /我(?:代表|受)([^\s，。、；：“”]{0,20}?)(?:党工委[、和及与])?(人民政府|政府|国务院|管理委员会|管委会|行政公署|行署)/;

/** A report's front-matter lines and the delivery they state, read once per report. */
interface FrontReading {
  front: string[];
  body: string[];
  delivery: Delivery | null;
}

function readFront(text: string, hints: TextHints): FrontReading {
  const { front, body } = frontLines(text, hints);
  const delivery = deliveryIn(front, body);
  // (——20xx年12月29日在…会议上 over 时间:2024.5.15: a delivery line whose year a copy masked takes none from when a site posted it.)
  const posted = delivery?.monthDay && hints.published && ![...hints.frontMatter, text.slice(0, 3000)].some((l) => MASKED_YEAR.test(l)) ? dateFromPosting(delivery.monthDay, hints.published) : null;
  return { front, body, delivery: delivery && posted ? { ...delivery, date: posted } : delivery };
}

/** The evidence a report's front matter and opening give about its government, strongest first. */
export function governmentEvidence(text: string, hints: TextHints, catalog: CatalogEntry[], reading: FrontReading = readFront(text, hints)): Evidence[] {
  const evidence: Evidence[] = [];
  const head = text.slice(0, 4000);
  const { front, delivery } = reading;
  if (delivery) {
    // 第十三届全国人民代表大会: the national congress, to which the State Council reports.
    if (/全国/.test(delivery.session)) evidence.push({ source: 'delivery', written: NATIONAL_NAME, levels: ['national'] });
    else evidence.push(asEvidence('delivery', delivery.written));
  }
  const rep = head.match(REPRESENTING);
  if (rep) {
    if (rep[2] === '国务院') evidence.push({ source: 'representing', written: NATIONAL_NAME, levels: ['national'] });
    else if (/管理委员会|管委会/.test(rep[2])) evidence.push({ source: 'representing', written: rep[1] || null, levels: ['other'] });
    else if (/行政公署|行署/.test(rep[2]) && !rep[1]) evidence.push({ source: 'representing', written: null, levels: ['other', 'league'] });
    else evidence.push(asEvidence('representing', rep[1]));
  }
  // (A bulletin's title may stand as the first line of its text, its page's chrome above it: as inferKind reads it.)
  const firstLine = text.slice(0, 200).split('\n')[0].replace(/\s+/g, '');
  const titleLine = BULLETIN_HEAD.test(firstLine) || ECONOMY_SUMMARY_HEAD.test(firstLine) ? firstLine : '';
  // (大庆市统计局 at the head of a bulletin: the office is its government's.)
  // (Or above the text, kept apart as its front matter: 阿拉善盟统计局 / (2021年3月9日) / 2020年，面对….)
  const issuer = [firstLine, ...hints.frontMatter.map((l) => l.replace(/\s+/g, ''))].map((l) => l.match(STATISTICS_ISSUER)?.[1]).find((x) => x);
  if (issuer && governmentsNamed(issuer).length && readsAsBulletin(text, hints.frontMatter)) evidence.push(asEvidence('title', issuer));
  for (const t of [...hints.frontMatter.filter((l) => isTitleOfKind(untaggedTitle(l.replace(/\s+/g, '')))), hints.headline ?? '', titleLine]) {
    const written = t ? titlePlace(t.replace(/\s+/g, '')) : null;
    if (written) {
      evidence.push(asEvidence('title', written));
      break;
    }
  }
  // (青冈县位于黑龙江省中部…, 【地理位置】孝感市位于湖北省东北中部…, 环县,隶属于甘肃省庆阳市,位于…: a text that opens saying where a county or a city lies
  // describes that place — the government its first sentence is about, not the neighbours and parents it then names.)
  const lies = text.slice(0, 300).match(PLACE_LIES);
  if (lies && candidatesFor(lies[1]).length) evidence.push({ source: 'description', written: lies[1], levels: null });
  const speaker = findSpeaker(front, head, hints.frontMatter.length);
  if (speaker && (speaker.written || speaker.levels)) {
    const levels = speaker.written === NATIONAL_NAME ? (['national'] as GovernmentLevel[]) : speaker.levels;
    evidence.push({ source: 'speaker', written: speaker.written && !levelsOfWord(speaker.written) ? speaker.written : null, levels });
  } else {
    // 静宁县常务副县长杨晓勇: a deputy who reads the report is no speaker of record, but the government the office is
    // written under is the report's all the same.
    const deputy = front.map((l) => l.replace(/\s+/g, '').match(DEPUTY_LINE)).find((m) => m);
    const written = deputy ? officePlace(deputy[1]) : null;
    if (written && !levelsOfWord(written)) evidence.push({ source: 'speaker', written, levels: null });
  }
  const cat = catalog.find((c) => c.place || c.city);
  if (cat) evidence.push({ source: 'catalog', written: (cat.place ?? cat.city)!, levels: null });
  return evidence;
}

function asEvidence(source: Source, written: string): Evidence {
  const levels = levelsOfWord(written);
  if (written === '') return { source, written: null, levels: null };
  return levels ? { source, written: null, levels } : { source, written, levels: null };
}

/** Whether a government lies in another — by its parent of today, or the same parent under a former name (襄樊市: 襄阳市). */
function liesIn(e: GazetteerEntry, parent: GazetteerEntry): boolean {
  return e.parents.some((p) => p === parent || (p.code !== null && p.code === parent.code));
}

/** Words of a place's neighbours (东邻…, 与…接壤, 毗邻): the governments named with them border the text's own. */
const NEIGHBOURS = /[东西南北]邻|[东西南北]接|[东西南北]连|接壤|毗邻|相邻|交界|比邻/u;

/** The governments a written name can mean: 呼伦贝尔市海拉尔区, 海拉尔区, 云南 (short), 吉林 (two). */
function candidatesFor(written: string): GazetteerEntry[] {
  const exact = governmentsNamed(written);
  if (exact.length) return exact;
  // A name with its parent in front: 呼伦贝尔市海拉尔区, 云南省昆明市 — or its parents in turn, a province's, then a city's,
  // then the district's own (…省…市…区).
  for (let cut = 2; cut < written.length - 1; cut++) {
    const parents = governmentsCalled(written.slice(0, cut));
    if (!parents.length) continue;
    const rest = written.slice(cut);
    const called = governmentsCalled(rest);
    // (襄樊市老河口市: a parent by its former name is the same government — the same code under today's name, 襄阳市.)
    const inner = (called.length ? called : candidatesFor(rest)).filter((e) => parents.some((p) => liesIn(e, p)));
    if (inner.length) return inner;
  }
  return governmentsCalled(written);
}

/**
 * Narrows several governments of one name to the one whose parent the text names (鼓楼区 of 南京 when the text
 * names 南京). A parent that is itself a candidate (吉林省 for 吉林 = 吉林省 | 吉林市) proves nothing.
 */
function byParentInText(cands: GazetteerEntry[], text: string): GazetteerEntry | null {
  const named = cands.filter((c) =>
    c.parents.some((p) => !cands.includes(p) && (text.includes(p.name) || (p.short !== null && p.short !== c.short && text.includes(p.short)))),
  );
  return named.length === 1 ? named[0] : null;
}

export interface GovernmentFinding {
  entry: GazetteerEntry | null;
  source: Source | null;
  notes: string[];
}

/** A government below the county (兴隆镇, 胡乐镇, 某街道, 某苏木): not in the table of divisions. */
const TOWNSHIP = /\p{Script=Han}(?:镇|乡|街道|苏木|街道办事处)$/u;

/** The government a report's evidence settles, or null with the reason. */
export function resolveGovernment(evidence: Evidence[], text: string): GovernmentFinding {
  const notes: string[] = [];
  const levelEvidence = evidence.filter((e) => e.levels);
  const allowed = (e: GazetteerEntry) => levelEvidence.every((ev) => ev.levels!.includes(e.level));
  const found: { ev: Evidence; entry: GazetteerEntry }[] = [];
  let township: string | null = null;
  // (斜桥镇第十九届人民代表大会第五次会议 under a headline 江苏靖江斜桥镇：…: the session or 我代表… names the government that
  // reports, a township — what a title or the body names besides is at most one it belongs to.)
  let townshipReports = false;
  let area: string | null = null;
  // A body that is not a level of government (坪山新区管委会) reports: it is read as such, never as its city.
  const administration = evidence.find((e) => e.source === 'representing' && e.levels?.length === 1 && e.levels[0] === 'other');
  if (administration) return resolveAdministration(administration.written, text, notes);
  for (const ev of evidence) {
    if (!ev.written) continue;
    const all = candidatesFor(ev.written);
    if (!all.length) {
      notes.push(`${SOURCE_NAMES[ev.source]}写的“${ev.written}”不在行政区划表中。`);
      if (TOWNSHIP.test(ev.written) && ev.source !== 'catalog') {
        township = ev.written;
        if (ev.source === 'delivery' || ev.source === 'representing') townshipReports = true;
      }
      // (重庆市万盛经开区 in a title: the area's own document — no level of the table, its city no reporter.)
      if (ev.source === 'title' && AREA_WORD.test(ev.written)) area = ev.written;
      continue;
    }
    const cands = all.filter(allowed);
    if (!cands.length) {
      notes.push(`${SOURCE_NAMES[ev.source]}写的“${ev.written}”与报告其他处所示的行政级别不符。`);
      continue;
    }
    const entry = cands.length === 1 ? cands[0] : byParentInText(cands, text);
    if (!entry) {
      notes.push(`${SOURCE_NAMES[ev.source]}写的“${ev.written}”可指${cands.map(describe).join('或')}，正文没有说明是哪一个。`);
      continue;
    }
    found.push({ ev, entry });
  }
  // (我代表兴隆镇人民政府: a township's report — the table stops at the county, and the county the body names is not the
  // government that reports: no place rather than the wrong one.)
  if (area && !found.some((f) => f.ev.source === 'delivery' || f.ev.source === 'representing')) {
    notes.push(`标题写的${area}由管理委员会管理，不是一级政府，不在行政区划表中，故不标注地点。`);
    return { entry: null, source: null, notes };
  }
  if (township && (townshipReports || !found.some((f) => f.ev.source !== 'catalog'))) {
    notes.push(`报告由${township}作出；行政区划表只到县级，乡镇、街道不在其中，故不标注地点。`);
    return { entry: null, source: null, notes };
  }
  const fromText = found.filter((f) => f.ev.source !== 'catalog');
  const distinct = [...new Set(fromText.map((f) => f.entry))];
  if (distinct.length > 1) {
    notes.push(`无法确定发布报告的政府：${fromText.map((f) => `${SOURCE_NAMES[f.ev.source]}指向${f.entry.name}`).join('，')}，互相矛盾。`);
    return { entry: null, source: null, notes };
  }
  if (distinct.length === 1) {
    const cat = found.find((f) => f.ev.source === 'catalog');
    if (cat && cat.entry !== distinct[0] && !distinct[0].parents.includes(cat.entry)) {
      notes.push(`原文表明报告由${distinct[0].name}发布，目录文件写的是${cat.entry.name}；采用原文。`);
    }
    return { entry: distinct[0], source: fromText[0].ev.source, notes };
  }
  const cat = found.find((f) => f.ev.source === 'catalog');
  if (cat) return { entry: cat.entry, source: 'catalog', notes };
  // Last resort: the government the body names far more often than any other, of the level its scope words say
  // (a provincial report says 全省, and names its capital often: the capital must not win).
  const scope = levelEvidence.length ? null : scopeLevels(text);
  const all = [...countGovernments(text, levelEvidence.length ? allowed : undefined)].filter(([e]) => allowed(e));
  const counted = all
    .filter(([e]) => !scope || scope.includes(e.level) || (e.level === 'other' && scope.includes('prefecture') && isPrefectural(e)))
    .sort((a, b) => b[1] - a[1]);
  const [best, second] = counted;
  // (邹城是孟子故里…邹城位于山东省西南部，济宁市东部: a text that says, early, where a government of the table lies —
  // by its short name too — is that government's; the province or the city it lies in is its parent.)
  const lies = GOVERNMENT_LIES.exec(text.slice(0, 1500))?.[1];
  const lying = best && lies ? candidatesFor(lies).filter((e) => liesIn(e, best[0])) : [];
  if (lying.length === 1) {
    notes.push(`正文说“${lies}”位于${best[0].name}，报告出自${lying[0].name}。`);
    return { entry: lying[0], source: 'body', notes };
  }
  // (按照邢台市…方案的通知…，结合平乡实际，制定本方案: a plan says whose circumstances it is made for — by its short name
  // too —; the city it names more often is the one whose plan it answers.)
  const madeFor = MADE_FOR.exec(text.slice(0, 3000))?.[1];
  const madeForCands = best && madeFor ? candidatesFor(madeFor).filter((e) => liesIn(e, best[0])) : [];
  if (madeForCands.length === 1) {
    notes.push(`正文说结合“${madeFor}”实际制定本文件，${best[0].name}是其上级，报告出自${madeForCands[0].name}。`);
    return { entry: madeForCands[0], source: 'body', notes };
  }
  // A government inside the winner, named at least as often (阿坝州 in a text whose 全省 are rankings), says the
  // scope words misled: nothing is settled. (A report names itself by its short name, its parent in full — 子长 three
  // times beside 延安市 three times, a full name weighing twice —: a government inside named half as often is enough.)
  // (金秀瑶族自治县 named in full once, 广西 four times in the names of awards it won: the county's own news, not the
  // region's — a full name, counting two, is enough inside the winner.)
  const inside = best ? all.find(([e, n]) => liesIn(e, best[0]) && n >= 2 && n * 2 >= best[1]) : undefined;
  if (best && inside) {
    notes.push(`正文多次提到${inside[0].name}（${inside[1]}次）和${best[0].name}（${best[1]}次），无法判断报告属于哪一级政府，故不标注地点。`);
    return { entry: null, source: null, notes };
  }
  // (坚决落实市委、市政府和区委的工作部署: a text led by a district's, a county's or a banner's party committee is that
  // government's — the city it names is its parent, not the reporter.)
  const ledBelow = OWN_COMMITTEE_BELOW_CITY.exec(text);
  if (best && ledBelow && ['province', 'autonomous-region', 'municipality', 'prefecture', 'autonomous-prefecture', 'league'].includes(best[0].level)) {
    notes.push(`正文多次提到${best[0].name}，但说到“${ledBelow[0]}”，报告出自其下一级政府，正文没有说明是哪一个，故不标注地点。`);
    return { entry: null, source: null, notes };
  }
  // (记者从…召开的斜桥镇第十九届人民代表大会第五次会议上获悉，2019年，斜桥镇将…, 全镇…: a text on a township's congress,
  // or that speaks for a township as its whole, is the township's — the county, city or province it names is its parent.)
  // (2022年，济宁经开区全力培育…, 概况 2010年，哈尔滨高新技术产业开发区按照…: an area run by a committee that opens a sentence
  // after its year, as what acted, is the text's own — the city in its name is its parent.)
  const areaActs = AREA_ACTS.exec(text.slice(0, 800));
  const ownTownship = townshipOwnText(text) ?? (areaActs ? `正文开头说“${areaActs[0].trim()}”` : null);
  if (best && ownTownship) {
    notes.push(`正文提到${best[0].name}，但${ownTownship}，报告出自乡镇、街道或园区一级，行政区划表只到县级，故不标注地点。`);
    return { entry: null, source: null, notes };
  }
  // (张家界高新区召开…会议。2018年，张家界高新区…: a text that names the city mostly in the name of an area of it — a
  // development zone, a new area — is the area's, not the city's.)
  const inAreas = best ? namesInAreas(text, best[0]) : { full: 0, short: 0 };
  const areaOf = inAreas.full + inAreas.short;
  if (best && areaOf > 0 && areaOf * 2 >= best[1]) {
    notes.push(`正文提到的${best[0].name}多在其园区或新区的名称中（${areaOf}次），报告出自该区域而非${best[0].name}，故不标注地点。`);
    return { entry: null, source: null, notes };
  }
  // (太仓高新区榜上有名…过去的一年，高新区…, 黄渤海新区…开发区…: a text that names an area run by a committee far more
  // often than the government it names most (a full name counting two) — by its own name, whatever stands before the area's word — is the area's.)
  const areaWords = (text.match(AREA_WORD_ANYWHERE) ?? []).length;
  // (Dense too, once every 500 characters: a city's report names its many zones in passing, 托清经济开发区 once and
  // 航天经济开发区 once in 14,000 characters.)
  // (郑州高新区…郑州高新区…: the government's name inside the area's is the area's, not a mention of the government.)
  // (A full name counting two, a short one one, as countGovernments weighs them.)
  const outsideAreas = best ? best[1] - (inAreas.full * 2 + inAreas.short) : 0;
  if (best && areaWords >= 4 && areaWords > outsideAreas && areaWords * 500 >= text.length) {
    notes.push(`正文称园区或新区${areaWords}次，多于${best[0].name}（园区名称之外${outsideAreas}次，全称计两次），报告出自该区域而非一级政府，故不标注地点。`);
    return { entry: null, source: null, notes };
  }
  // (我市…衡阳县药品安全工作、祁东县商事制度改革、耒阳市知识产权工作、南岳区食品安全工作获…: a text that speaks for itself
  // as a whole and names several governments of one city, each about as often as the others, is the city's — they are
  // its parts, not the text's own; not a county's profile naming the neighbours it borders.)
  const parent = best?.[0].parents[0];
  const siblings = best && parent && (isPrefectural(parent) || parent.level === 'municipality') ? all.filter(([e, n]) => e !== best[0] && e.parents[0] === parent && n * 2 >= best[1]) : [];
  if (best && parent && siblings.length >= 3 && best[1] <= 4 && /(?:我|全)[市州盟]/u.test(text) && !NEIGHBOURS.test(text)) {
    notes.push(`正文并列提到${[best, ...siblings].map(([e]) => e.name).join('、')}，都是${parent.name}的下级，报告出自${parent.name}。`);
    return { entry: parent, source: 'body', notes };
  }
  if (best && best[1] >= 3 && (!second || best[1] >= second[1] * 2 || best[0].parents.includes(second[0]))) {
    return { entry: best[0], source: 'body', notes };
  }
  notes.push(
    evidence.some((e) => e.source !== 'catalog')
      ? '报告的会议行、标题和署名不足以确定发布报告的政府，正文中的地名也不够明确，故不标注地点。'
      : '原文没有会议行、标题或署名说明发布报告的政府，正文中的地名也不够明确，故不标注地点。',
  );
  return { entry: null, source: null, notes };
}

/** A government named at the head of a sentence, then where it lies or what it governs (通海县地处滇中, 管城回族区位于北纬…, 1998年，临湘市辖9乡、13镇). */
const PLACE_LIES = /(?:^|[\n。；;：:】，,、|])\s*(\p{Script=Han}{1,20}?(?:省|市|县|区|旗|州|盟|地区))(?:[（(][^（）()，。]{1,12}[）)])?(?:[，,]?(?:隶属于?[^，。；\n]{2,16}[，,]?)?(?:位于|地处|坐落于)|[，,]?(?:下)?辖(?=\d|[一二三四五六七八九十两]))/u;

/** A township's congress (斜桥镇第十九届人民代表大会), or its whole as the text's scope (全镇, 我乡 — more than a county's or a city's). */
const TOWNSHIP_SESSION = /\p{Script=Han}{1,6}?(?:镇|乡|苏木)第[一二三四五六七八九十]{1,3}届人民代表大会/u;
/** A title line of a township's or a street office's account of itself: its name, a year, then the kind of text. */
const TOWNSHIP_TITLE = /^[—–\-\s]*[^\s，。；]{0,20}?\p{Script=Han}{1,6}?(?:镇|乡|街道|苏木)(?:办事处)?(?:人民政府)?(?:\d{4}年度?)?[^\n。，；]{0,16}(?:工作总结|工作报告|概况|简介|发展纪实|纪实)$/u;
function townshipOwnText(text: string): string | null {
  const session = TOWNSHIP_SESSION.exec(text);
  if (session) return `说到“${session[0]}”`;
  // (糜滩镇位于甘肃省靖远县城北郊, 钢都街道，隶属于…大石桥市: a text that opens saying where a township, a street office or
  // an area lies, or whose it is, describes it — the government it names there is its parent.)
  const lies = TOWNSHIP_LIES.exec(text.slice(0, 600));
  if (lies) return `正文开头说“${lies[0]}”`;
  // (——邹城市钢山街道2021年高质量发展纪实, 2020年上海市杨浦区人民政府长白新村街道办事处工作总结 among the first lines: a
  // title that names a township's or a street office's own account of itself.)
  const titled = text.slice(0, 300).split('\n').slice(0, 6).map((l) => l.trim().match(TOWNSHIP_TITLE)).find((m) => m);
  if (titled) return `标题写的是“${titled[0].replace(/^[—–\-\s]+/u, '')}”`;
  const own = (text.match(/(?:全|我|本)(?:镇|乡|街道|苏木)(?!\p{Script=Han}?(?:长|党委|政府|人大))/gu) ?? []).length;
  const above = (text.match(/(?:全|我|本)(?:县|市|区|旗)/gu) ?? []).length;
  return own >= 3 && own >= above * 2 ? `正文以“全镇”“全乡”等称其全体（${own}次）` : null;
}

/**
 * A township, street office or area named as where it lies, what it belongs to or when it was founded, its name standing
 * on its own (or after the label of its entry, …乡情概况爱民乡地处…): 糜滩镇地处, 钢都街道，隶属于辽宁省营口市大石桥市, 上海市青浦区盈浦
 * 街道成立于2004年; or said to be one a county governs: 长白镇，吉林省白山市长白朝鲜族自治县下辖镇.
 */
const TOWNSHIP_LIES = new RegExp(`(?:(?<!\\p{Script=Han})|(?<=概况|简介|概述))\\p{Script=Han}{1,12}?(?:镇|乡|苏木|街道|办事处|${AREA_WORDS})(?:[，,]?(?:隶属于|隶属|位于|地处|坐落于|成立于)|[，,][^。；，,]{2,24}?(?:下辖|所辖)(?:镇|乡|街道|苏木)[，,。])`, 'u');

/** An area run by an administrative committee, by the word after its city's name (张家界高新区, 济宁经开区, 宁波国家高新区). */
const AREA_AFTER_NAME = `(?:国家级?|省级)?${AREA_WORDS}`;
/** A year, then an area by its name as the subject of what was done (2022年，济宁经开区全力…). */
const AREA_ACTS = new RegExp(`(?:^|[\\n。】])[\\s\\u3000]*(?:概\\s*况\\s*)?\\d{4}年(?:以来)?[，,]?\\s*\\p{Script=Han}{2,10}?${AREA_WORDS}(?:全力|坚持|按照|围绕|紧紧|深入|立足|聚焦|始终|认真|扎实|积极|大力|以|实现|完成|累计)`, 'u');
/** A name at the head of a sentence or a line, then where it lies: 邹城位于山东省西南部, 黑河市地处. */
const GOVERNMENT_LIES = /(?:^|[\n。])[\s\u3000]*(\p{Script=Han}{2,8}?)(?:位于|地处|坐落于|坐落在)/u;
/** An area's word wherever it stands (高新区, 黄渤海新区, 经济技术开发区). */
/** 结合平乡实际，制定本方案: the place a plan or a text of measures is made for. */
const MADE_FOR = /结合(\p{Script=Han}{2,10}?)(?:的)?(?:具体)?实际(?:情况)?[，,]\s*(?:特)?(?:制定|制订|研究制定)(?:本|如下|此)/u;
const AREA_WORD_ANYWHERE = new RegExp(AREA_WORDS, 'gu');
/** How often the text names an area of the government — its name or short name (Han characters alone), then an area's word. */
/** How often a government is named inside areas' names (郑州高新区, 张家界市经济开发区), by its full name and by its short one. */
function namesInAreas(text: string, e: GazetteerEntry): { full: number; short: number } {
  const count = (name: string) => [...text.matchAll(new RegExp(`${name}${AREA_AFTER_NAME}`, 'gu'))].length;
  return { full: count(e.name), short: e.short ? count(e.short) : 0 };
}

/** Verbs that take the bare area word as their object (推进新区建设), so that they are never read as a name. */
const AREA_VERB = /^(?:提升|推进|推动|实现|加快|建设|打造|促进|服务|支持|全面|加强|整个|成为|带动|助力|发展|引领|深化|扎实|围绕|立足|落户|入驻|进入|来到|扎根|保障|确保|巩固|管理|规划|谋划|统筹|着力|坚持|优化|完善|提高|增强|聚焦|依托|面向|覆盖|做强|做大|做优|振兴|繁荣|美丽|幸福|宜居|和谐|平安|法治|智慧|生态|绿色|现代)$/;
/** Words that name an area run by an administrative committee rather than a level of government. */
const AREA_WORD = /(?:新区|开发区|高新区|经济技术开发区|经开区|示范区|管理区|园区|试验区|合作区|台商投资区)$/;

/**
 * The body behind 我代表X管委会: X when the text writes it in full (坪山新区), else the one area of that kind the body
 * names far more often than any other (新区 → 光明新区). Its parent is the city the area's name or the body settles
 * (the prefecture-level city named most, twice as often as any other); without one the place stays null.
 */
function resolveAdministration(written: string | null, text: string, notes: string[]): GovernmentFinding {
  const word = written?.match(AREA_WORD)?.[0] ?? null;
  let name: string | null = written && word && written.length > word.length + 1 ? written : null;
  if (!name && word) {
    const counts = new Map<string, number>();
    // (宁波国家高新区: the national or provincial rank between the city's name and the area's word is part of the name.)
    for (const m of text.matchAll(new RegExp(`(\\p{Script=Han}{2})(?:国家|省级)?${word}`, 'gu'))) {
      // 推进新区 / 全新区: a verb or a determiner before the bare word, not the area's name.
      if (/[本该全我各和及与在的个将把对为是使让]$/.test(m[1]) || AREA_VERB.test(m[1])) continue;
      counts.set(m[0], (counts.get(m[0]) ?? 0) + 1);
    }
    const [best, second] = [...counts].sort((a, b) => b[1] - a[1]);
    if (best && best[1] >= 3 && (!second || best[1] >= second[1] * 2)) name = best[0];
  }
  if (!name) {
    notes.push(`报告以“${written || ''}管理委员会”的名义作出，原文没有写明它的全称，故不标注地点。`);
    return { entry: null, source: null, notes };
  }
  // The city: one written in the name (深圳市坪山新区), else the prefecture-level city the body names most.
  let city: GazetteerEntry | null = null;
  for (let cut = name.length - 2; cut >= 2 && !city; cut--) {
    const c = governmentsCalled(name.slice(0, cut)).filter((e) => isPrefectural(e) || e.level === 'municipality');
    if (c.length === 1) city = c[0];
  }
  if (city) name = name.slice(name.indexOf(city.name) >= 0 ? city.name.length : 0) || name;
  if (!city) {
    const counted = [...countGovernments(text)].filter(([e]) => isPrefectural(e) || e.level === 'municipality').sort((a, b) => b[1] - a[1]);
    const [best, second] = counted;
    if (best && best[1] >= 3 && (!second || best[1] >= second[1] * 2)) city = best[0];
  }
  if (!city) {
    notes.push(`报告由${name}管理委员会作出，正文没有说明它属于哪个城市，故不标注地点。`);
    return { entry: null, source: null, notes };
  }
  notes.push(`${name}由管理委员会管理，不是一级政府；其所属城市${city.name}是根据正文判断的。`);
  const entry: GazetteerEntry = { name, level: 'other', code: '', parents: [city, ...city.parents], short: null };
  return { entry, source: 'representing', notes };
}

/** 全省 / 全市 / 全县 …: the whole the report speaks for, and so the level of its government. */
const SCOPE_WORDS: [RegExp, GovernmentLevel[]][] = [
  [/全省/g, ['province']],
  [/全市/g, ['municipality', 'prefecture', 'county-city']],
  [/全县/g, ['county']],
  [/全区/g, ['district', 'autonomous-region']],
  [/全州/g, ['autonomous-prefecture']],
  [/全旗/g, ['banner']],
  [/全盟/g, ['league']],
];

/** The party committee that leads the text's own government, below a city's: 在区委的坚强领导下, 市委、市政府和县委的部署. */
// (在区委区政府的正确领导下: the committee and the government named together, without a mark between, likewise.)
const OWN_COMMITTEE_BELOW_CITY = /(?:[在和及、]|市政府)(?:区|县|旗)委(?=[的、和及]|坚强|正确|(?:区|县|旗)(?:人民)?政府)/u;

/**
 * A scope word that names the whole a figure is measured against (高于全市平均水平, 高于全省3.2个百分点, 居全省第一位,
 * 占全市的29%), not the whole the text speaks for: the text's place lies inside it.
 */
const COMPARED_WITH = /(?:于|超过|超出|居|位列|列|排|占|比|同)$/u;
const COMPARED_AS = /^(?:的?平均|第|前列|前茅|首位|前\d|前[一二三四五六七八九十]|排名|排位|\d|[一二三四五六七八九十]+位)/u;

/** The levels the report's scope words settle, when one of them clearly dominates; else null. */
export function scopeLevels(text: string): GovernmentLevel[] | null {
  const said = (re: RegExp) => [...text.matchAll(re)].filter((m) => !COMPARED_WITH.test(text.slice(Math.max(0, m.index - 2), m.index)) && !COMPARED_AS.test(text.slice(m.index + m[0].length, m.index + m[0].length + 4))).length;
  const counts = SCOPE_WORDS.map(([re, levels]) => ({ n: said(re), levels })).sort((a, b) => b.n - a.n);
  const [first, second] = counts;
  return first.n >= 3 && first.n >= second.n * 3 ? first.levels : null;
}

function describe(e: GazetteerEntry): string {
  return e.parents.length ? `${e.parents[0].name}的${e.name}` : e.name;
}

export function toGovernment(e: GazetteerEntry): Government {
  return {
    name: e.name,
    level: e.level,
    code: e.code || null,
    parents: e.parents.map((p) => ({ name: p.name, level: p.level, code: p.code })),
    // A body outside the gazetteer (光明新区) is slugged by its whole name, so it never takes a district's (光明区).
    slug: e.code ? placeSlug(e) : readingSlug(e.name),
  };
}

/** The prefecture-level city or municipality a government belongs to (itself when it is one), null above that tier. */
export function cityOf(e: GazetteerEntry): GazetteerEntry | null {
  if (e.level === 'municipality') return e;
  if (LEVEL_TIER[e.level] === 'prefectural' || isPrefectural(e)) return e;
  if (LEVEL_TIER[e.level] === 'provincial' || e.parents.length === 0) return null;
  const parent = e.parents[0];
  return parent.level === 'municipality' || isPrefectural(parent) ? parent : null;
}

// ——— Year ———

/** Phrases that name the year a report plans for (做好2026年工作, 2026年主要预期目标 …). */
const PLAN_YEAR = [
  new RegExp(`做好(${YEAR})年(?:的)?(?:政府)?(?:各项)?工作`, 'g'),
  new RegExp(
    // (Not 2020年主要工作和“十三五”发展成就, 2020年主要工作回顾: the work of a year looked back on.)
    // (…回顾一下“十三五”时期发展成就和2020年主要工作: the work of a year a sentence says it looks back on, likewise.)
    `(?<![到至])(?<!回顾[^。，；、：:\n]{0,24})(${YEAR})年(?:的)?(?:政府)?(?:工作安排|工作任务|总体要求|工作的总体要求|重点工作|主要工作|工作目标|重点任务|主要任务|工作思路|工作重点|工作意见|工作建议|总体思路|目标任务)(?![^\\n。，；]{0,16}(?:回顾|成就|成绩|成效|总结|完成情况))`,
    'g',
  ),
  new RegExp(`关于(${YEAR})年(?:的)?(?:政府)?工作`, 'g'),
  // (2018年我县经济社会发展的主要预期目标是…: the government's own word for itself between them, likewise.)
  new RegExp(`(?<![到至])(${YEAR})年(?:我[省市区县州旗盟]|全[省市区县州旗盟])?(?:经济社会发展)?(?:的)?主要(?:预期)?目标`, 'g'),
  // (会议提出，2023年，郧阳区将…: a year and what the government will do in it.)
  new RegExp(`(?<![到至\\d])(${YEAR})年[，,][^，。；\\d]{0,8}?将(?!近)`, 'g'),
  // 今年是…开局之年 names the plan year only where the text says 今年 (a review says 2021年是…开局之年 too).
  new RegExp(`今年是(${YEAR})年?`, 'g'),
  // (…, or where the next sentence says what will be done in it: 2011年是“十二五”开局之年，…。遂川县将以…为指导.)
  new RegExp(`(?<![到至\\d])(${YEAR})年是[^。！？\\n]{0,60}?之年[^。！？\\n]*[。！？][^。！？\\n，]{0,12}?将(?!近)`, 'g'),
  // (现将2015年全县财政预算执行情况和2016年财政预算（草案）提请…, 《关于…2020年…计划执行情况与2021年计划草案的报告》: a
  // report on how one year's plan or budget went and the next one's draft is of the next year.)
  new RegExp(`${YEAR}年[^，。；《》\\n]{0,30}?执行情况(?:和|与|及)[^，。；\\n]{0,4}?(${YEAR})年[^，。；\\n]{0,20}?(?:计划|预算)`, 'g'),
];
/** 今年作为“十三五”开局之年: the first year of a five-year plan, said of this year. */
const PLAN_PERIOD_OPENS = /今年(?:作为|是)[“"]?(十五|十一五|十二五|十三五|十四五|十五五)[”"]?(?:规划)?(?:的)?开局之年/u;

/** The year a report plans for, read from its plan phrases: the latest one, since a review year is always earlier. */
export function planYear(text: string): number | null {
  let best: number | null = null;
  for (const re of PLAN_YEAR) for (const m of text.matchAll(re)) best = Math.max(best ?? 0, toYear(m[1]));
  const opens = text.match(PLAN_PERIOD_OPENS)?.[1];
  if (opens) best = Math.max(best ?? 0, PERIOD_END[opens] - 4);
  return best;
}

/** A year written with its last digits masked: 20xx年, 20XX年, 二〇××年. */
const MASKED_YEAR = /(?:20|19|二[〇零○])[xX×ＸｘＸ]{2}\s*年/u;

/** A heading that reviews one year (一、2023年工作回顾): the report plans for the year after it. */
const REVIEW_HEADING = new RegExp(`^(?:[一二三四五六七八九十]+[、.．]|第[一二三四五六七八九十]+部分)?[\\s\\u3000]*(${YEAR})[\\s\\u3000]*年(?:的)?(?:政府)?工作(?:及[^，。；\\n]{1,8}?)?(?:简要)?回顾(?:$|(?=[\\s\\u3000]*${YEAR}[\\s\\u3000]*年[，,]))`, 'm');

/** A heading that ends on the review of one year after other spans: 一、“十三五”取得成就及2020年工作回顾. */
const REVIEWED_IN_HEADING = new RegExp(`^(?:[一二三四五六七八九十]+[、.．])?[^\\n。，]{0,24}?(${YEAR})[\\s\\u3000]*年(?:的)?(?:政府)?工作(?:简要)?回顾$`, 'm');
/** A year whose work a heading reviews, among other spans (一、过去五年和2021年工作回顾). */
const REVIEWED_YEAR = new RegExp(`(${YEAR})[\\s\\u3000]*年(?:的)?(?:政府)?工作(?:简要)?回顾`);
/** 2018年主要工作 / 一年来，…: a heading of a year's work, the paragraph under it looking back on that year. */
const YEARS_WORK_LOOKED_BACK = new RegExp(`^(?:[一二三四五六七八九十]+[、.．])?[\\s\\u3000]*(${YEAR})[\\s\\u3000]*年(?:的)?主要工作\\n[\\s\\u3000]*(?:一年来|过去的?一年|这一年)`, 'm');
/** A heading that reviews a five-year plan's period (一、“十二五”工作回顾): the report is of the year after its last. */
const REVIEWED_PERIOD = /^(?:[一二三四五六七八九十]+[、.．])?[\s\u3000]*[“"]?(十五|十一五|十二五|十三五|十四五)[”"]?(?:时期|期间)?(?:政府)?工作回顾$/mu;
const PERIOD_END: Record<string, number> = { 十五: 2005, 十一五: 2010, 十二五: 2015, 十三五: 2020, 十四五: 2025, 十五五: 2030 };

/** A bulletin's first line that opens on its year, after how the figures were reckoned or not: 2022年，…; 初步核算，2020年全区…. */
const BULLETIN_OPENS_ON_YEAR = new RegExp(`^[\\s\\u3000]*(?:(?:经|据)?初步(?:核算|统计|测算)[，,]?)?(${YEAR})\\s*年[，,]?(?=[，,]|全[市县区省州旗盟镇乡])`, 'u');
/** A title line's year: 2026年政府工作报告, 2026年陵川县政府工作报告 (its spaces taken out). */
const TITLE_YEAR = new RegExp(`^\\S{0,24}?(${YEAR})\\s*年\\S{0,24}?工作报告`);
/** A title that opens a text without breaks: 2020年开封市政府工作报告 1月16日，… (no sentence before it). */
// (新塘街道办事处2023年政府工作报告一、2022年工作回顾…: the government's name may stand before the year.)
const OPENING_TITLE_YEAR = new RegExp(`^[\\s\\u3000]*(?:[（(][^（）()\\n]{2,8}[）)])?(?:\\p{Script=Han}{1,10}?(?:街道办事处|办事处|街道|[省市县区州旗盟镇乡]))?(${YEAR})\\s*年[^，。；\\s]{0,16}?(?:人民)?政府工作报告`, 'u');

/**
 * The year a report is delivered and plans for: the delivery date's year, else the year its title names, else its
 * plan phrases, else the web page's publication date. A review year (2025年工作回顾) never decides it.
 */
export function inferYear(text: string, hints: TextHints): number | null {
  return yearWithSource(text, hints).year;
}

function yearWithSource(text: string, hints: TextHints, { delivery }: FrontReading = readFront(text, hints)): { year: number | null; how: string | null } {
  // (舟山市2005年国民经济和社会发展统计公报 / 舟山市统计局 / 二○○六年二月十五日: a bulletin is of the year its title names;
  // the date under it is when it was issued, the year after.)
  const bulletinYear = [...hints.frontMatter, hints.headline ?? '', ...text.slice(0, 400).split('\n')]
    .map((l) => l.replace(/\s+/g, ''))
    .find((l) => BULLETIN_HEAD.test(l) || ECONOMY_SUMMARY_HEAD.test(l))
    ?.match(new RegExp(`(${YEAR})年`))?.[1];
  if (bulletinYear) return { year: toYear(bulletinYear), how: '标题' };
  // (The text's first line too, where no title was kept apart: 县农业农村局 2023 年工作总结和 2024 年工作思路 / 一、….)
  const titles = [...hints.frontMatter, hints.headline ?? '', text.slice(0, 200).split('\n')[0]].map((l) => l.replace(/\s+/g, ''));
  // (乌拉特后旗国民经济和社会发展第十四个五年规划和2035年远景目标纲要, 通城县…第十一个五年规划纲要: a five-year plan is of
  // its period's first year — whenever a page posted or updated it.)
  const fiveYearPlan = titles.map((l) => l.match(FIVE_YEAR_PLAN_TITLE)).find((m) => m);
  const nth = fiveYearPlan ? chineseNumeral(fiveYearPlan[1] ?? fiveYearPlan[2]) : null;
  // (The n-th plan runs from 1951 + 5n: 十四五 from 2021.)
  if (nth !== null && nth >= 6) return { year: 1951 + 5 * nth, how: '五年规划之首年' };
  // (县农业农村局2023年工作总结和2024年工作思路: a summary that also plans the next year is of the year it sums up — its
  // figures are that year's.)
  const summed = titles.map((l) => l.match(SUMMARY_AND_PLAN_TITLE)).find((m) => m);
  if (summed && toYear(summed[2]) === toYear(summed[1]) + 1) return { year: toYear(summed[1]), how: '总结之年' };
  // (农业农村局工作总结及2021年工作计划: the year of the plan alone named, the summary is of the year before it.)
  const planned = summed ? null : titles.map((l) => l.match(SUMMARY_THEN_PLAN_YEAR)).find((m) => m);
  if (planned) return { year: toYear(planned[1]) - 1, how: '总结之年' };
  // (乡镇上半年工作总结及打算 / 2013年，是加快发展…的关键一年: a work summary titled without its year is of the year its opening
  // reviews — not, as a work report, of the year after.)
  const summaryTitled = titles.some((l) => SUMMARY_KIND_TITLE.test(l));
  const openingYear = text.slice(0, 400).match(new RegExp(`(?:^|\\n)[\\s\\u3000]*(${YEAR})年[，,]?(?:是|我|全|在)`, 'u'))?.[1];
  const summaryOfYear = summaryTitled ? (reviewedYear(text) ?? (openingYear ? toYear(openingYear) : null)) : null;
  if (summaryOfYear !== null) return { year: summaryOfYear, how: '总结之年' };
  // (2022年，全县上下坚持…，稳中向好。 over 一、综合: a bulletin copied without its title opens on its year, whatever it
  // says of it — the date the statistics office issued it, above, is the year after.)
  // (一、综合 / 初步核算，2020年全区完成生产总值…: or its first part opens on it, after how the figures were reckoned.)
  const opened = text.slice(0, 300).split('\n').slice(0, 3).map((l) => l.match(BULLETIN_OPENS_ON_YEAR)).find((m) => m);
  if (opened && readsAsBulletin(text, hints.frontMatter)) return { year: toYear(opened[1]), how: '公报之年' };
  // (关于某区2020年决算（草案）的报告 —— 2021年9月26日在…人大常委会…会议上: a final account is of the year it closes,
  // whenever it is heard.)
  const account = [...hints.frontMatter, hints.headline ?? ''].map((l) => l.replace(/\s+/g, '')).find((l) => FINAL_ACCOUNT_TITLE.test(l))?.match(new RegExp(`(${YEAR})年`))?.[1];
  if (account) return { year: toYear(account), how: '标题' };
  if (delivery?.date) return yearOfDelivery(delivery.date, delivery.session, text, hints);
  // (…区人民政府工作报告(2022年12月21日): a date in the title is the delivery's, read the same way.)
  const dated = titleDate(hints);
  if (dated) return yearOfDelivery(dated, '', text, hints);
  const reviewed = reviewedYear(text);
  const bulletin = reviewed !== null && (readsAsBulletin(text, hints.frontMatter) || inferKind(text, hints) === '统计公报');
  for (const line of hints.frontMatter) {
    const m = titleYearIn(line);
    // (2008镇政府工作总结 over 2008年是…之年。一年来…: a summary is of the year it looks back on, no report of the next.)
    if (m && SUMMARY_TITLE.test(line.trim())) return { year: toYear(m[1]), how: '页首' };
    // (2019年梨树县政府工作报告 over 一、…过去一年政府工作成效显著 / 2019年，是我县…的一年: a site titled the report by the
    // year it reviews — the report is the next year's.)
    if (m && reviewed === toYear(m[1]) && !bulletin) return { year: reviewed + 1, how: '回顾之年的下一年' };
    // (2017年奉节政府工作报告(3) over 2009年工作回顾 / 2009年，是奉节…的一年: a page that collects reports titled them by its
    // own year — a report reviews the year before its own, and the text's review settles it.)
    if (m && !bulletin) {
      const heading = text.match(REVIEW_HEADING) ?? text.match(REVIEWED_IN_HEADING);
      const period = text.match(REVIEWED_PERIOD)?.[1];
      const review = heading ? toYear(heading[1]) : (reviewed ?? (period ? PERIOD_END[period] : null));
      const plan = planYear(text);
      if (review !== null && toYear(m[1]) > review + 1 && (plan === null || plan === review + 1)) return { year: review + 1, how: '页首年份晚于回顾之年' };
      // (2019年政府工作报告 over 2019年工作回顾, 2015年政府工作报告 over 一、“十二五”工作回顾: the page titled the report by
      // the year its review heading names — the report is the next year's.)
      if (review !== null && toYear(m[1]) === review && (heading || period) && (plan === null || plan === review + 1)) return { year: review + 1, how: '回顾之年的下一年' };
    }
    if (m) return { year: toYear(m[1]), how: '页首' };
  }
  // A page title that names a document and its year (韶关市2003年国民经济和社会发展统计公报) says the year before the text's
  // plan or review does: a bulletin reviews its own year, which is no reason to read the year after.
  const titled = hints.headline?.replace(/\s+/g, '').match(DOCUMENT_TITLE_YEAR);
  if (titled) return { year: toYear(titled[1]), how: '标题' };
  // (2021年辰溪县农业农村经济工作总结 above 发布时间: a summary headlined by its year is of that year, whatever it plans after.)
  const summaryHeadline = hints.headline ? titleYearIn(hints.headline) : null;
  if (summaryHeadline && SUMMARY_TITLE.test(hints.headline!.replace(/\s+/g, ''))) return { year: toYear(summaryHeadline[1]), how: '标题' };
  const plan = planYear(text);
  if (plan) return { year: plan, how: '工作安排' };
  const review = text.match(REVIEW_HEADING);
  if (review) return { year: toYear(review[1]) + 1, how: '工作回顾' };
  // (“十三五”时期工作回顾 / 过去的五年，…: a review of a five-year plan's period — the report is of the year after its last.)
  const period = text.match(REVIEWED_PERIOD)?.[1];
  if (period) return { year: PERIOD_END[period] + 1, how: '工作回顾' };
  // (2020年开封市政府工作报告 1月16日，市长…: a page that lost its breaks opens with its title; （安徽省）2018年长丰县人民政府
  // 工作报告（全文） under a word of the site's, 政府报告: a title on one of the text's first lines, its province in brackets.)
  const opening = text.slice(0, 300).split('\n').slice(0, 3).map((l) => l.match(OPENING_TITLE_YEAR)).find((m) => m);
  if (opening) return { year: toYear(opening[1]), how: '标题' };
  // The year a page title names (2019年政府工作报告, 韶关市2003年国民经济和社会发展统计公报).
  // (宣城2016年茶叶产值或达12.5亿 on a page posted in 2012: a year a headline looks ahead to is not the text's own.)
  const titleYear = hints.headline ? titleYearIn(hints.headline) : null;
  if (titleYear && !(hints.published && toYear(titleYear[1]) > Number(hints.published.slice(0, 4)) + 1)) return { year: toYear(titleYear[1]), how: '标题' };
  // (A bulletin states its own year's figures: 2015年，面对… over 一、综合 初步测算，… is 2015's bulletin.)
  if (reviewed !== null) return bulletin ? { year: reviewed, how: '公报之年' } : { year: reviewed + 1, how: '回顾之年的下一年' };
  // (日期:2015-03-23 over 镇区面积6.5平方公里。2001年,有28115户…: an entry of a yearbook posted years later is not of the year
  // it was posted, and the year its sentences open on need not be its own — an entry of 2002's yearbook on 2001 — nor
  // may it be read as the year that plans (its 2001年，… read as targets): no year, and the build log says why.)
  // (Only an entry that states how a place stands — 辖3个村, 总面积, 总人口 —: a news item posted later is read in its own time,
  // 2022年，自贸区实现… a result of the year before it was posted.)
  if (hints.published && PLACE_FACTS.test(text.slice(0, 400))) {
    const latest = Math.max(...[...text.matchAll(SENTENCE_OPENS_ON_YEAR)].map((m) => toYear(m[1])));
    if (Number.isFinite(latest) && latest < Number(hints.published.slice(0, 4))) return { year: null, how: '正文所述之年' };
  }
  // ((新政发〔2017〕1号)区人民政府关于印发政府工作报告的通知: the year of the document's number, before the date a site
  // posted it.)
  const numbered = [...hints.frontMatter, hints.headline ?? ''].map((l) => l.match(DOCUMENT_NUMBER_YEAR)).find((m) => m);
  if (numbered) return { year: toYear(numbered[1]), how: '文号' };
  // (20xx年1月24日在长兴县…会议上: a copy that masks its years says nothing of its year — the date a site posted it least of all.)
  if (hints.published && ![...hints.frontMatter, text].some((l) => MASKED_YEAR.test(l))) return { year: Number(hints.published.slice(0, 4)), how: '网页发布日期' };
  return { year: null, how: null };
}

/** A five-year plan's title (第十四个五年规划…纲要, “十四五”规划): its number, in words. */
const FIVE_YEAR_PLAN_TITLE = /(?:第([一二三四五六七八九十]{1,3})个五年(?:规划|计划)|[“"]?(十[一二三四五六七八九])五[”"]?(?:时期)?(?:发展)?规划)(?:[^。，；]{0,24}?(?:纲要|规划))?(?:[（(][^（）()]{0,12}[）)])?$/u;
/** A year's summary and the next year's plan in one title (2023年工作总结和2024年工作思路). */
/** A summary's title that names only the year of the plan after it (工作总结及2021年工作计划): no year before 总结. */
// (The title line alone: not a page's sentence that names it, 下面是小编为大家整理的街道工作总结及2023年工作思路，供大家参考.)
const SUMMARY_THEN_PLAN_YEAR = new RegExp(`^[^，。,\\d的]{0,16}?(?:工作)?总结(?:和|及|与|暨|、)[^，。\\d]{0,4}?(${YEAR})年度?[^，。,]{0,8}?(?:思路|计划|打算|安排|要点|谋划)$`, 'u');
// (市水利局2019年工作亮点及2020年工作重点: the year's highlights are its summary.)
const SUMMARY_AND_PLAN_TITLE = new RegExp(`(${YEAR})年度?[^，。]{0,12}?(?:工作)?(?:总结|亮点)(?:和|及|与|暨|、)[^，。]{0,4}?(${YEAR})年度?[^，。]{0,8}?(?:思路|计划|打算|安排|要点|谋划|重点)`, 'u');
/** A work summary's title, without its year (乡镇上半年工作总结及打算, 县教育体育局年终工作总结报告范本). */
const SUMMARY_KIND_TITLE = /^[^，。；\d]{0,24}(?:工作)?总结(?:报告)?(?:(?:及|和|与)[^，。；\d]{0,6}?(?:打算|思路|计划|安排))?(?:范本|范文)?$/u;
/** A document's number, 〔2017〕1号. */
const DOCUMENT_NUMBER_YEAR = new RegExp(`[〔\\[［(（](${YEAR})[〕\\]］)）]\\s*\\d{1,4}\\s*号`, 'u');
/** What an entry on a place states first: what it governs, its area, its people. */
const PLACE_FACTS = /辖(?:区)?(?:\d|[一二三四五六七八九十两])|(?:总|土地|国土|幅员)面积|总人口|户籍人口|常住人口/u;
/** A sentence that opens on a year, then a comma: 2001年，有28115户. */
const SENTENCE_OPENS_ON_YEAR = new RegExp(`(?:^|[。！？\\n])[\\s\\u3000]*(${YEAR})年[，,]`, 'gu');

/** The year of a report delivered on a date: its own, or the next where a session held at the year's end plans for it. */
function yearOfDelivery(date: string, session: string, text: string, hints: TextHints): { year: number; how: string } {
  const delivered = Number(date.slice(0, 4));
  // A session held in December may plan for the next year: the plan phrases say so, or — where a copy holds only the
  // report's opening — a review of the very year of the session (一、2025年工作回顾 on 2025年12月22日), or a title
  // that names the next year (2026年政府工作报告).
  // (A first session after an election may meet in November too: 2021年11月24日…, 过去五年和2021年工作回顾.)
  if (Number(date.slice(5, 7)) >= 11) {
    const plan = planYear(text);
    if (plan === delivered + 1) return { year: delivered + 1, how: '工作安排' };
    // (2018年主要工作 / 一年来，面对…: a heading of the year's work over a paragraph looking back on it is its review.)
    const review = text.match(REVIEW_HEADING) ?? text.match(REVIEWED_YEAR) ?? text.match(YEARS_WORK_LOOKED_BACK);
    if (review && toYear(review[1]) === delivered) return { year: delivered + 1, how: '工作回顾' };
    const titled = [...hints.frontMatter, hints.headline ?? ''].some((l) => toYear(l.replace(/\s+/g, '').match(TITLE_YEAR)?.[1] ?? '0') === delivered + 1);
    if (titled) return { year: delivered + 1, how: '标题' };
    // Where the copy says nothing of the year (a first session after an election, held at the year's end, whose copy
    // holds only the review of the term): a people's congress meeting in plenary in November or December meets for
    // the year ahead, and so does the work report read to it — not a standing committee, which hears how the year went.
    // (Where the copy names a year of plan or review that is not the session's or the next, the delivery year stands.)
    if (!/常务委员会|常委会/u.test(session) && plan === null && !review) return { year: delivered + 1, how: '年末召开的大会' };
  }
  return { year: delivered, how: '报告会议行' };
}

/**
 * The year a title line names: its first, or — in a title of one year's results and the next year's plan (…2020年度…计划
 * 执行情况与2021年计划草案的报告, 一图读懂景谷2025年“成绩单”与2026年“新目标”) — the next year's, which it is.
 */
function titleYearIn(line: string): [string, string] | null {
  // (…2019年财政预算执行情况和2020年财政预算(草案)的报告: joined by 和 or 及 as well; …计划执行情况与2016年国民经济, a title
  // cut short: how one year's plan went, then the next year named, is the next year's.)
  const planned =
    line.match(new RegExp(`(${YEAR})\\s*年[^，。]{0,40}?(?:与|和|及)[^，。]{0,4}?(${YEAR})\\s*年[^，。]{0,6}?(?:计划|目标|预算|安排|任务)`)) ??
    line.match(new RegExp(`(${YEAR})\\s*年[^，。]{0,40}?执行情况(?:与|和|及)[^，。]{0,4}?(${YEAR})\\s*年`));
  if (planned && toYear(planned[2]) === toYear(planned[1]) + 1) return [planned[0], planned[2]];
  // (…三年行动计划（2022-2024年）: a plan's span of years — the year it starts, which it is issued for.)
  const span = line.match(new RegExp(`(${YEAR})\\s*年?\\s*[-—–~～至到]\\s*(?:${YEAR})\\s*年`));
  if (span) return [span[0], span[1]];
  // (2008镇政府工作总结: a title that opens on its year written without 年.)
  // (合肥市 2006 政府工作报告: or names it between the place and the document, likewise.)
  const first =
    line.match(new RegExp(`(${YEAR})\\s*年`)) ??
    line.match(new RegExp(`^(${YEAR})(?=\\p{Script=Han}{2})`, 'u')) ??
    line.match(new RegExp(`(?<=\\p{Script=Han}\\s*)(${YEAR})(?=\\s*\\p{Script=Han}{0,8}(?:工作报告|工作总结|统计公报|计划|规划|方案)$)`, 'u'));
  return first ? [first[0], first[1]] : null;
}

/** A heading that turns to the review: 一、勠力奋战…，过去一年政府工作成效显著, 2025年工作回顾, 一年来…. */
const REVIEW_TURN = /^(?:[一二三四五六七八九十]+[、.．])?[^\n。]{0,30}(?:过去一年|一年来|工作回顾)[^\n。]{0,20}$/mu;
/** A year said to be the year of something, then looked back on: 2020年是…决胜之年，…攻坚之年。一年来，…. */
const YEAR_LOOKED_BACK = new RegExp(`^[\\s\\u3000]*(${YEAR})\\s*年是[^。！？]*?之年[^。！？]*[。！？][\\s\\u3000]*(?:一年来|这一年|过去的?一年)`, 'u');
/** A paragraph of results that opens on its year: 2015年，全市经济运行保持…，全面完成…预期目标。 */
const RESULTS_OF_A_YEAR = new RegExp(`^[\\s\\u3000]*(${YEAR})\\s*年[，,]?(?:是|全[市县区省州旗]|我[市县区省州旗]|面对|在)[^。！？]*?(?:完成|实现|增长|一年)[^。！？]*[。！？]`, 'u');
/** How much of a text its opening sentence is read from: a sentence is shorter. */
const OPENING_AT_MOST = 2000;
/** Words that make such a paragraph a plan for its year after all. */
const COMMITTING = /(?<![主重需必])要(?!求)|将(?!近)|力争|确保|计划|争取|预计到/u;

/**
 * The year a text reviews, where it says so plainly: the paragraph right under a heading that turns to the review, or
 * the text's first paragraph, opening on a year and telling its results (no commitment in it). Null else.
 */
/** A news item's paragraph on what the report said: 报告指出，…, 政府工作报告回顾：…. */
// (…区长李松代表区人民政府向大会作政府工作报告。 / 2023年，晋宁区…地区生产总值完成224.53亿元: the paragraph after the
// one saying who delivered it, likewise — its year, then what was done in it.)
const REPORT_TOLD = /(?:^|\n|[。！？])[\s\u3000]*(?:政府工作)?报告(?:指出|显示|回顾|称)[，,：:]/gu;
const REPORT_DELIVERED = /作(?:了)?《?政府工作报告》?[。！]?[\s\u3000]*\n[\s\u3000\n]*/gu;
const RESULTS_TOLD = new RegExp(`^(${YEAR})\\s*年[，,][^。！？]*?(?:完成|实现)[^。！？]*?\\d[^。！？]*[。！？，]`, 'u');

function reviewedYear(text: string): number | null {
  const turn = REVIEW_TURN.exec(text);
  const openings = [...(turn ? [turn.index + turn[0].length] : []), 0];
  for (const at of openings) {
    // (Only the sentence the opening holds: the expression is anchored at its start, on a slice no longer than a sentence.)
    const m = RESULTS_OF_A_YEAR.exec(text.slice(at, at + OPENING_AT_MOST));
    if (m && !COMMITTING.test(m[0])) return toYear(m[1]);
    const looked = YEAR_LOOKED_BACK.exec(text.slice(at, at + OPENING_AT_MOST));
    if (looked) return toYear(looked[1]);
  }
  // (报告指出，2019年，在…领导下，…较好完成…目标任务: a news item's account of the report opens on the year it reviews.)
  for (const told of [...text.matchAll(REPORT_TOLD), ...text.matchAll(REPORT_DELIVERED)]) {
    const at = told.index + told[0].length;
    const m = RESULTS_OF_A_YEAR.exec(text.slice(at, at + OPENING_AT_MOST)) ?? RESULTS_TOLD.exec(text.slice(at, at + OPENING_AT_MOST));
    if (m && !COMMITTING.test(m[0])) return toYear(m[1]);
  }
  return null;
}

/** The titles of a statistical bulletin's parts (综合, 农业, 工业和建筑业, 固定资产投资, 国内贸易, 对外经济 …). */
const BULLETIN_PART = /^(?:综合|经济总量和结构|农业|农牧业|农业、农村经济|农业和农村经济|农、林、牧、渔业|农林牧渔业|工业|建筑业|工业和建筑业|固定资产投资|国内贸易|对外经济|对外经济贸易|交通|交通运输|邮电|旅游|交通、邮电和旅游|交通运输、邮电和旅游|财政|金融|财政和金融|财政、金融|金融、证券和保险|教育|科学技术|教育和科学技术|文化|卫生|体育|文化、卫生和体育|人口|人民生活|社会保障|人口、人民生活和社会保障|资源、环境和安全生产|资源和环境|环境保护|安全生产|能源|对外贸易|邮电通信|人民生活和社会保障)$/u;
const NUMBERED_PART = /^[\s\u3000]*[一二三四五六七八九十]{1,3}[、.．][\s\u3000]*(.+?)[\s\u3000]*$/u;
/** How a bulletin's first part opens: 初步核算，全年…, 经测算，…, 据统计，…. */
const STATISTICS_OPENING = /^[\s\u3000]*(?:初步(?:核算|测算|统计)|经(?:测算|核算|统计|[^，。]{0,16}核算)|据(?:初步)?(?:统计|核算|测算))/u;

/**
 * A statistical bulletin copied without its title, read by its parts: three of a bulletin's sections (一、综合 二、农业
 * 三、工业和建筑业), or its first section, 综合, opening on how the figures were reckoned (初步核算，…). No work report has
 * a part titled so.
 */
export function readsAsBulletin(text: string, frontMatter: string[] = []): boolean {
  const lines = text.split('\n');
  // (大庆市统计局 国家统计局大庆调查队 over 2006年，… and 一、综合: a text its statistics office issues at its head — or
  // above it, in the lines kept apart as its front matter.)
  if ([...frontMatter, ...lines.slice(0, 3)].some((l) => STATISTICS_ISSUER.test(l.replace(/\s+/g, ''))) && lines.some((l) => l.match(NUMBERED_PART)?.[1] === '综合')) return true;
  let parts = 0;
  for (const [i, line] of lines.entries()) {
    const title = line.match(NUMBERED_PART)?.[1];
    if (!title || !BULLETIN_PART.test(title)) continue;
    if (++parts >= 3) return true;
    // (一、综合 then 二、农业: the first two parts a bulletin's, in a copy cut short after them.)
    if (parts === 2 && i < 80) return true;
    const next = lines.slice(i + 1).find((l) => l.trim() !== '');
    // (一、综合 / 国民经济持续快速增长。初步测算，全年…: the part may open on a sentence that sums it up first.)
    if (title === '综合' && next !== undefined && (STATISTICS_OPENING.test(next) || STATISTICS_OPENING.test(next.replace(/^[^。！？\n]{2,24}[。！？]/u, '')))) return true;
  }
  return false;
}

export function inferKind(text: string, hints: TextHints): string | null {
  const named = [...hints.frontMatter, hints.headline ?? ''].join(' ');
  for (const k of KIND_NAMES) if (named.replace(/\s+/g, '').includes(k)) return k;
  // A title that names another kind of document wins over the greeting: the plan and budget reports are also
  // delivered to the congress (各位代表), but they are not the government's work report.
  for (const [re, kind] of OTHER_KINDS) if ([...hints.frontMatter, hints.headline ?? ''].some((l) => re.test(l.replace(/\s+/g, '')))) return kind;
  // A bulletin's title may stand as the first line of its text rather than in its front matter (年份 above it, the
  // issuing bureau below it): a line at the head that ends in 统计公报 names the document.
  const head = text.slice(0, 400).split('\n').map((l) => l.replace(/\s+/g, ''));
  if (head.some((l) => BULLETIN_HEAD.test(l))) return '统计公报';
  // (Its title, or the text's first line: a work report's part on how the economy ran is numbered, and below its greeting.)
  if ([...hints.frontMatter, hints.headline ?? '', head[0]].some((l) => ECONOMY_SUMMARY_HEAD.test(l.replace(/\s+/g, '')) && !/^[一二三四五六七八九十]{1,3}[、.．]/u.test(l))) return '经济运行情况';
  if (readsAsBulletin(text, hints.frontMatter)) return '统计公报';
  // The grammar of a work report read to an assembly: a greeting, then 我代表…(向大会)作(政府)工作报告 / 报告工作.
  const opening = text.slice(0, 3000);
  if (/各位代表|同志们|各位委员|各位主任/.test(opening) && /我(?:代表|受)[^。]{0,30}(?:作(?:政府)?工作报告|报告(?:政府)?工作|向大会报告)/.test(opening)) return '政府工作报告';
  if (/各位代表/.test(text) && /(?:政府工作|人民代表大会|向大会报告)/.test(text)) return '政府工作报告';
  // Without a greeting: a part reviewing one year over a part planning the next is a work report's shape.
  const review = text.match(REVIEW_HEADING);
  if (review && planYear(text) === toYear(review[1]) + 1) return '政府工作报告';
  const m = named.match(/《[^》]*?(行动纲要|行动方案|实施方案|规划纲要|工作报告)》/);
  return m ? m[1] : null;
}

const FIELD_NAMES: Record<MetaField, string> = {
  title: '标题',
  place: '发布政府',
  city: '所属城市',
  province: '所属省份',
  year: '年份',
  kind: '类型',
  delivered: '报告日期',
  session: '会议',
  speaker: '报告人',
};

/**
 * 大黑山镇(zhèn), 鄉(xiāng): a mirror site's reading aid, the pinyin of a character set in brackets after it. Read past for
 * the metadata (names, titles, dates); the body keeps it as written.
 */
const PINYIN_NOTE = /(?<=\p{Script=Han})[（(](?:[a-zA-Zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüê]{1,7}\d?)[）)]/gu;
const withoutPinyin = (s: string) => s.replace(PINYIN_NOTE, '');

export function inferMeta(rawText: string, rawHints: TextHints, catalog: CatalogEntry[]): InferredMeta {
  const text = withoutPinyin(rawText);
  const hints: TextHints = { ...rawHints, frontMatter: rawHints.frontMatter.map(withoutPinyin), ...(rawHints.headline ? { headline: withoutPinyin(rawHints.headline) } : {}) };
  const notes: string[] = [];
  const origin = Object.fromEntries(Object.keys(FIELD_NAMES).map((k) => [k, 'missing'])) as Record<MetaField, Origin>;
  const fromCatalog = <K extends keyof CatalogEntry>(k: K): CatalogEntry[K] | undefined => catalog.find((c) => c[k] !== undefined)?.[k];

  // Government, city, province.
  const reading = readFront(text, hints);
  const finding = resolveGovernment(governmentEvidence(text, hints, catalog, reading), text);
  notes.push(...finding.notes);
  const entry = finding.entry;
  const place = entry ? toGovernment(entry) : null;
  if (entry) {
    origin.place = finding.source === 'catalog' ? 'catalog' : 'text';
    if (finding.source === 'body') notes.push(`会议行、“我代表……人民政府”、标题和署名都没有写出发布政府的名称，${entry.name}是根据正文中地名出现的次数判断的。`);
    // (A government since renamed or merged: the reader is told where it was last listed, and so why it is not today's.)
    if (entry.until) notes.push(`${entry.name}是报告当时的行政区划名称，最后见于${entry.until.slice(0, 4)}年${Number(entry.until.slice(4))}月版的国家行政区划代码（GB/T 2260），此后已更名或撤并。`);
  }
  let city: string | null = entry ? (cityOf(entry)?.name ?? null) : null;
  let province: string | null = entry ? (provinceOf(entry)?.name ?? null) : null;
  if (entry) {
    // A null city is an answer here, not a gap: the government belongs to no prefecture-level city.
    origin.city = origin.place;
    origin.province = origin.place;
    if (!city) {
      notes.push(
        entry.level === 'national'
          ? `${entry.name}是中央人民政府，“所属城市”和“所属省份”两项为空。`
          : LEVEL_TIER[entry.level] === 'provincial'
            ? `${entry.name}是省级政府，不属于任何地级市，“所属城市”一项为空。`
            : `${entry.name}由${provinceOf(entry)?.name}直接管辖，不属于任何地级市，“所属城市”一项为空。`,
      );
    }
  } else {
    const catCity = fromCatalog('city');
    const catProvince = fromCatalog('province');
    if (catCity) [city, origin.city] = [catCity, 'catalog'];
    if (catProvince) [province, origin.province] = [catProvince, 'catalog'];
  }

  // Year, delivery, session, speaker.
  const y = yearWithSource(text, hints, reading);
  const catYear = fromCatalog('year');
  let year: number | null = y.year;
  if (year !== null) {
    origin.year = 'text';
    if (catYear !== undefined && catYear !== year) notes.push(`原文表明报告年份为${year}年，目录文件写的是${catYear}年；采用原文。`);
    if (y.how === '网页发布日期') notes.push(`原文没有说明报告年份，按网页发布日期取${year}年。`);
    if (y.how === '页首年份晚于回顾之年') notes.push(`页首所写的年份晚于原文回顾的${year - 1}年，不是这份报告的年份；报告年份取回顾之年的下一年（${year}年）。`);
    if (y.how === '回顾之年的下一年') notes.push(`原文回顾的是${year - 1}年的工作，报告年份取下一年（${year}年）。`);
    if (y.how === '公报之年') notes.push(`原文是统计公报（按其“综合”等部分判断），年份取其所报的${year}年。`);
    if (y.how === '年末召开的大会') notes.push(`人民代表大会在${year - 1}年年末召开，原文没有写明部署哪一年的工作，按会议惯例取下一年（${year}年）。`);
  } else if (catYear !== undefined) {
    [year, origin.year] = [catYear, 'catalog'];
  } else if (y.how === '正文所述之年') {
    notes.push(`网页发布于${hints.published?.slice(0, 4)}年，晚于正文各句开头所说的年份，发布之年不是条目的年份；条目本身没有说明年份，故年份空缺。`);
  } else {
    notes.push('原文没有会议日期、标题年份或“做好某年工作”一类的说法，目录文件也没有给出，故年份空缺。');
  }
  const { delivery } = reading;
  const delivered = delivery?.date ?? titleDate(hints);
  if (delivered) origin.delivered = 'text';
  else notes.push(delivery ? '会议行没有写明日期，故报告日期空缺。' : '原文没有“在……人民代表大会……会议上”的会议行，故报告日期与会议空缺。');
  let session: string | null = null;
  if (delivery) {
    // 在省第十四届… → 云南省第十四届…: the abbreviation stands for the government the evidence settled.
    // The national congress is named by the session itself (第十四届全国人民代表大会第二次会议).
    const abbreviated = !/全国/.test(delivery.session) && (delivery.written === '' || levelsOfWord(delivery.written) !== null);
    session = abbreviated && place ? `${place.name}${delivery.session}` : `${delivery.written}${delivery.session}`;
    origin.session = 'text';
    if (abbreviated && !place) notes.push(`会议行只写了“${delivery.written || '（无地名）'}”，发布政府未能确定，会议名称按原文保留。`);
  }
  const sp = findSpeaker(reading.front, text.slice(0, 3000), hints.frontMatter.length);
  const speaker = sp ? sp.speaker : null;
  if (speaker) {
    origin.speaker = 'text';
    if (!speaker.office) notes.push(`报告人${speaker.name}的职务原文没有写明。`);
  } else {
    notes.push('原文没有署名行，报告人空缺。');
  }
  if (year !== null && delivered && Number(delivered.slice(0, 4)) !== year && origin.year === 'catalog') {
    notes.push(`会议日期为${delivered}，与目录文件的年份${year}不一致。`);
  }

  const kindFromText = inferKind(text, hints);
  let kind: string | null = kindFromText;
  if (kind) origin.kind = 'text';
  else if (fromCatalog('kind')) [kind, origin.kind] = [fromCatalog('kind')!, 'catalog'];
  else notes.push('原文没有说明文件类型，目录文件也没有给出。');

  // (Or another document's title: 某县2022年财政决算报告, 2008年镇政府工作总结.)
  const titleLine = hints.frontMatter.map(withoutInfoboxLabel).find((l) => isTitleOfKind(l.replace(/\s+/g, '')))?.replace(/\s+/g, '') ?? null;
  let title: string;
  const titleFromText = hints.headline ?? titleLine;
  const catTitle = fromCatalog('title');
  if (titleFromText && (titlePlace(titleFromText) || !place || !isBareKind(titleFromText))) {
    // (•【湖州招商】2020年湖州市政府工作报告: the site's bullet and section tag are no part of the document's title.)
    // (…纲要（摘要）: that it is an abstract, an excerpt or a record stays — a reader cites it as such.)
    const part = titleFromText.replace(/\s+/g, '').match(/[（(](?:摘要|摘登|实录)[）)]$/u)?.[0] ?? '';
    const untagged = untaggedTitle(titleFromText);
    [title, origin.title] = [untagged ? `${untagged}${untagged.endsWith(part) ? '' : part}` : titleFromText, 'text'];
  } else if (catTitle) {
    [title, origin.title] = [catTitle, 'catalog'];
  } else {
    // 政府工作报告 alone says neither whose nor when: the list needs both.
    // (Without a kind, the year and place alone — 2025年, 2007年洛阳市 — read as no title: the list says it has none.)
    title = [year ? `${year}年` : null, place?.name ?? city, kind ?? titleFromText ?? '未命名报告'].filter(Boolean).join('');
    origin.title = 'composed';
    notes.push(`标题由发布政府、年份和类型组合而成：${title}。`);
  }
  notes.push(...collectorDisagreements(hints.collector, { year, place, speaker }));
  const urls = catalog.map((c) => c.url).filter((u): u is string => !!u);
  const belowCounty = !place && townshipOwnText(text) !== null;
  return { title, place, city, province, year, kind, delivered, session, speaker, urls, belowCounty, origin, notes };
}


/**
 * A collector's header is the weakest evidence: it never decides a field, and where it says something else than
 * the report's own words, the log says so (a header's 年份 2018 over a report delivered on 2019-01-14).
 */
function collectorDisagreements(
  collector: Record<string, string> | undefined,
  found: { year: number | null; place: Government | null; speaker: Speaker | null },
): string[] {
  if (!collector) return [];
  const notes: string[] = [];
  const year = (collector['年份'] ?? collector['年度'])?.match(/\d{4}/)?.[0];
  if (year && found.year !== null && Number(year) !== found.year) notes.push(`采集头写的年份是${year}，原文表明是${found.year}年；采用原文。`);
  const unit = collector['发文单位'] ?? collector['发文机关'] ?? collector['发布单位'] ?? collector['报告单位'];
  if (unit && found.place && !unit.includes(found.place.name)) {
    notes.push(`采集头写的发文单位是“${unit}”，原文表明报告由${found.place.name}发布；采用原文。`);
  }
  const speaker = collector['报告人']?.replace(/\s+/g, '');
  if (speaker && found.speaker?.name && !speaker.includes(found.speaker.name)) notes.push(`采集头写的报告人是“${speaker}”，原文署名是${found.speaker.name}；采用原文。`);
  if (!found.year && year) notes.push(`原文没有说明年份；采集头写的${year}年只作参考，未采用。`);
  return notes;
}

// ——— Slugs ———

/** Report slug: the place slug and the year (yunnan-2026); a second report of the same place and year gets its kind. */
export function makeSlug(
  meta: { place?: Government | null; city: string | null; year: number | null; kind: string | null; title: string },
  taken: Set<string>,
): string {
  let base: string;
  if (meta.place) base = meta.place.slug;
  else if (meta.city) base = governmentSlug(meta.city, 'prefecture');
  // No government: a neutral word, never the reading of the title's ordinary words (zhengfugongzuobaogao).
  else base = 'report';
  const words = [base, meta.year ? String(meta.year) : null].filter(Boolean).join('-') || 'report';
  const candidates = [words, meta.kind ? `${words}-${initials(meta.kind)}` : null].filter((c): c is string => !!c);
  for (const c of candidates) if (!taken.has(c)) return c;
  let n = 2;
  while (taken.has(`${candidates.at(-1)}-${n}`)) n++;
  return `${candidates.at(-1)}-${n}`;
}

function initials(s: string): string {
  return pinyin(s, { pattern: 'first', toneType: 'none', type: 'array' }).join('').toLowerCase().replace(/[^a-z0-9]/g, '');
}
