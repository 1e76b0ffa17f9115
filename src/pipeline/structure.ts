/**
 * Stage 3 — structure: paragraphs → blocks (headings at four levels, paragraphs), then blocks → a flat list of
 * sections with stable ASCII ids derived from the report's own numbering.
 *
 * Levels: 1 part (一、) or an article's main heading; 2 section (（一）); 3 topic (the lead sentence that opens a
 * paragraph, 强化项目引领。, or a label such as 行动目标); 4 numbered item ((1), 1.).
 */
import { leadingPartTitle, partTitleStrength, splitCoupletHeadings, splitHeadingsBeforeTime, splitRepeatedHeading, trailingPartTitle } from './glued-headings.ts';
import { chineseNumeral, CIRCLED, PART_NUMBER_MARK } from './text.ts';
import type { Block, Paragraph, Section, SectionLevel } from './types.ts';

const PART = new RegExp(String.raw`^([一二三四五六七八九十]+)${PART_NUMBER_MARK}\s*(.+)$`, 'su');
const SECTION = /^([（(]([一二三四五六七八九十]+)[）)])\s*(.+)$/s;
/** 第一部分　过去五年工作回顾: parts numbered in words, in a report that does not number them 一、. */
const PART_IN_WORDS = /^(第([一二三四五六七八九十]+)部分)[\s：:　]*(.+)$/s;
const ITEM = /^((?:[（(](\d{1,2})[）)])|(?:(\d{1,2})[.．、](?![\d%])))\s*(.+)$/s;
/** Longest lead sentence, in characters, that still reads as a topic heading (强化项目引领。). */
const LEAD_MAX = 18;
/** Longest standalone line that reads as a label (行动目标, 重点任务). */
const LABEL_MAX = 8;
const HEADING_MAX = 60;
/** A paragraph led by a dash (——这是…的五年) is a summary line of the text, never a heading. */
const DASH_LED = /^(?:[—─－]{1,2}|-{2,4})/;
/** An address to the audience (各位代表！…) opens a paragraph of the text, not a topic. */
const ADDRESS = /^(?:各位代表|同志们|代表们|各位委员)[，,！!：:]/;
/** The heading of an end glossary: 名词解释, 注释. */
export const GLOSSARY_TITLE = /^(?:有关|相关|部分)?(?:名词解释|注释|注解|名词注释|附注|词语解释)[:：]?$/;
/**
 * An annex's heading alone on its line, after the report: 附件2, 附件三：, 附件1 名词解释 (its title, if any, after the
 * number). Annexes are the report's too, but no part of its speech: each is a part of its own, named annex-N.
 */
const ANNEX = /^附件\s*([0-9]{1,2}|[一二三四五六七八九十]{1,3})\s*[:：.．、]?\s*([^。；！？，\t]{0,40})$/u;
/** The list of the annexes, at the end of the speech (附件：1. 政府工作报告名词、术语注释), and its numbered lines after it. */
const ANNEX_LIST = /^附件\s*[:：]\s*\S/u;
const ANNEX_LIST_LINE = /^\d{1,2}\s*[.．、]\s*[^。；！？\t]{2,40}$/u;
/** The title of a part of notes: 名词解释, or an annex's 政府工作报告名词、术语注释. */
const isNotesTitle = (title: string): boolean => GLOSSARY_TITLE.test(title) || /(?:名词解释|术语解释|注释)$/u.test(title);
/** ［1］一降三减： / [1] / 【1】 / 1. — an entry of the glossary. */
const GLOSSARY_ITEM = /^([［\[【](\d{1,3})[］\]】]|(\d{1,3})[.．、](?!\d))\s*(.+)$/s;

/** Splits a paragraph into its first sentence (with its 。) and the rest. */
function firstSentence(text: string): [string, string] | null {
  const m = text.match(/^([^。！？]*[。！？])(.*)$/s);
  return m ? [m[1], m[2]] : null;
}

const stripStop = (s: string) => s.replace(/[。！？：:]$/, '').trim();

/** A paragraph that states a numbered heading, and possibly opens its text with it. */
function numberedHeading(
  level: SectionLevel,
  number: string,
  ordinal: number,
  rest: string,
  sources: string[],
): Block | null {
  const whole = rest.trim();
  const sentence = firstSentence(whole);
  if (!sentence || sentence[1].trim() === '') {
    // The whole paragraph is the heading — unless it is a long paragraph that merely starts with a number.
    if (level < 4 && whole.length > HEADING_MAX) return null;
    return { kind: 'heading', level, number, ordinal, title: stripStop(whole), body: null, sources };
  }
  const [head, body] = sentence;
  if (level < 4 && head.length > HEADING_MAX) return null;
  return { kind: 'heading', level, number, ordinal, title: stripStop(head), body: body.trim(), sources };
}

const ANY_CIRCLED = new RegExp(`[${CIRCLED}]`, 'u');
const BEFORE_CIRCLED = new RegExp(`(?=[${CIRCLED}])`, 'u');
/** Splits 今年…。①…。②…。 into a lead paragraph and one paragraph per circled item. */
export function splitCircledList(text: string): string[] {
  // Most paragraphs hold no circled number: they are not cut into characters to find none.
  if (!ANY_CIRCLED.test(text)) return [text];
  const marks = [...text].filter((c) => CIRCLED.includes(c));
  if (marks.length < 2) return [text];
  // Only a real sequence ①②③… counts, not a stray ①.
  const first = CIRCLED.indexOf(marks[0]);
  if (!marks.every((m, i) => CIRCLED.indexOf(m) === first + i)) return [text];
  const parts = text.split(BEFORE_CIRCLED).map((p) => p.trim()).filter(Boolean);
  return parts;
}

/** A line that can stand as an unnumbered part title: alone on its line, and a review or a plan of a period. */
function partTitleCandidate(p: string, next: string | undefined): 'strong' | 'weak' | null {
  if (!isStandaloneHeading(p, next) || GLOSSARY_TITLE.test(p)) return null;
  return partTitleStrength(p);
}

/** The ordinal of a 一、 or （一） heading, or null for any other paragraph. */
function numberedOrdinal(p: string): number | null {
  const part = p.match(PART);
  if (part) return chineseNumeral(part[1]);
  const section = p.match(SECTION);
  return section ? chineseNumeral(section[2]) : null;
}

/** A heading that turns to the plan: 二.2003年工作安排, 今年的主要任务, 2020年工作思路和目标. */
const PLAN_TURN = /安排|任务|打算|思路|部署|总体要求|目标|建议|意见|展望/u;

/**
 * The one part title of an excerpt cut short inside its first part (各位代表： / 2014年工作回顾 / 一、经济发展实力进一步增强 …):
 * anchored in its year, the first heading of the text, and no heading after it turning to the plan. Not a page's title
 * run into its first part's (政府工作报告一、2010年工作回顾), nor a title of both the review and the plan
 * (去年工作回顾和今年工作的总体要求), nor one numbered otherwise (一.2002年工作回顾: its siblings come after it).
 */
function loneExcerptPart(paragraphs: string[], title: number, end: number): boolean {
  const line = paragraphs[title];
  if (/工作报告/u.test(line) || (/回顾|总结|成就/u.test(line) && PLAN_TURN.test(line))) return false;
  if (/^[\s\u3000]*(?:[一二三四五六七八九十]{1,3}|\d{1,2})[、.．]/u.test(line)) return false;
  if (paragraphs.slice(0, title).some((p, i) => isStandaloneHeading(p, paragraphs[i + 1]))) return false;
  return !paragraphs.slice(title + 1, end).some((p, i) => isStandaloneHeading(p, paragraphs[title + 2 + i]) && PLAN_TURN.test(p.replace(/\s+/gu, '')));
}

/**
 * Unnumbered part titles (2018年工作回顾 / 2019年工作安排, 过去五年工作回顾 / 未来五年工作思路和任务): short lines alone on
 * their line that name a review or a plan, over 一、 or （一） sections whose numbering starts again under each title.
 * A title is kept only where the first numbered heading under it (before the next title) is 一、 or （一）, or where
 * none is — and a title anchored in no period (加强政府自身建设) only where numbering does start again under it. At
 * least two titles — or one, strongly anchored, where the text is an excerpt cut short inside that part (loneExcerptPart)
 * —, and no numbered part (一、, 第一部分) before the first: otherwise the report numbers its parts, and such a line is a
 * heading inside one of them.
 */
function partTitles(paragraphs: string[]): number[] {
  if (paragraphs.filter((p) => PART_IN_WORDS.test(p)).length >= 2) return [];
  const glossary = glossaryStart(paragraphs);
  const end = glossary >= 0 ? glossary : paragraphs.length;
  const strength = new Map<number, 'strong' | 'weak'>();
  for (let i = 0; i < end; i++) {
    const s = partTitleCandidate(paragraphs[i], paragraphs[i + 1]);
    if (s) strength.set(i, s);
  }
  let titles = [...strength.keys()];
  for (let changed = true; changed; ) {
    changed = false;
    const kept = titles.filter((t, k) => {
      const until = titles[k + 1] ?? end;
      let first: number | null = null;
      for (let j = t + 1; j < until && first === null; j++) first = numberedOrdinal(paragraphs[j]);
      return first === 1 || (first === null && strength.get(t) === 'strong');
    });
    if (kept.length !== titles.length) {
      titles = kept;
      changed = true;
    }
  }
  if (paragraphs.slice(0, titles[0] ?? 0).some((p) => PART.test(p))) return [];
  if (titles.length === 1 && strength.get(titles[0]) === 'strong' && loneExcerptPart(paragraphs, titles[0], end)) return titles;
  return titles.length < 2 ? [] : titles;
}

/**
 * …提出意见。 一、2020年和“十三五”时期工作回顾2020年是… : a part title run into the middle of a paragraph (a page that
 * lost every line break), after a full stop and before its own paragraph's opening words — split off only where the
 * title reads as a part title anchored in a period (leadingPartTitle), so an enumeration inside a sentence
 * (主要是：一、…；二、…) stays. Unnumbered (…提出意见。2019年工作回顾2019年，是…), the piece is then read as any
 * title run onto the start of its paragraph: kept apart only where it is one of the report's part titles (unglue).
 */
function splitAtNumberedTitle(p: string): string[] {
  const out: string[] = [];
  let rest = p;
  for (;;) {
    let cut = -1;
    for (const m of rest.matchAll(/(?<=[。！？])[\s\u3000]*(?=[一二三四五六七八九十]+、|\d{4}\s*年|[“"]?十[一二三四五六七八九]五|过去|今后|新一届|本届)/gu)) {
      if (m.index + m[0].length >= rest.length) continue;
      const after = rest.slice(m.index + m[0].length);
      const number = after.match(/^[一二三四五六七八九十]+、/u)?.[0] ?? '';
      if (leadingPartTitle(after.slice(number.length))) {
        cut = m.index;
        out.push(rest.slice(0, cut).trim());
        rest = after;
        break;
      }
    }
    if (cut < 0) break;
  }
  out.push(rest);
  return out.filter((x) => x !== '');
}

/**
 * Undoes lost line breaks around headings: couplet headings glued to their paragraph are split, and a part title run
 * onto the end of the paragraph before it (…提出意见。2017年工作回顾) or onto the start of its paragraph
 * (2019年工作回顾2019年，在省委…) is split off — kept apart only if it then reads as one of the report's part titles.
 */
function unglue(input: string[]): string[] {
  const paragraphs = splitCoupletHeadings(input).flatMap((p) => splitRepeatedHeading(p) ?? [p]).flatMap(splitAtNumberedTitle).flatMap(splitHeadingsBeforeTime);
  type Piece = { text: string; title?: 'after' | 'before' };
  const pieces: Piece[] = [];
  for (const p of paragraphs) {
    const numbered = p.match(PART) ?? p.match(PART_IN_WORDS);
    if (numbered) {
      // 一、2019年工作回顾2019年，在省委… : a numbered part title run into its paragraph.
      const number = p.slice(0, p.length - numbered[numbered.length - 1].length);
      const lead = leadingPartTitle(numbered[numbered.length - 1]);
      if (lead) pieces.push({ text: `${number}${lead[0]}` }, { text: lead[1] });
      else pieces.push({ text: p });
      continue;
    }
    const trailing = trailingPartTitle(p);
    if (trailing) {
      pieces.push({ text: trailing[0] }, { text: trailing[1], title: 'after' });
      continue;
    }
    const lead = leadingPartTitle(p);
    if (lead) pieces.push({ text: lead[0], title: 'before' }, { text: lead[1] });
    else pieces.push({ text: p });
  }
  if (pieces.length === paragraphs.length) return paragraphs;
  const titles = new Set(partTitles(pieces.map((x) => x.text)));
  const out: string[] = [];
  pieces.forEach((x, i) => {
    if (x.title === 'after' && !titles.has(i)) out[out.length - 1] += x.text;
    else if (pieces[i - 1]?.title === 'before' && !titles.has(i - 1)) out[out.length - 1] += x.text;
    else out.push(x.text);
  });
  return out;
}

/** Index of the glossary heading (名词解释 / 注释) after the last numbered part or section, followed by an entry. */
function glossaryStart(paragraphs: string[]): number {
  for (let i = paragraphs.length - 2; i >= 0; i--) {
    if (PART.test(paragraphs[i]) || SECTION.test(paragraphs[i])) return -1;
    if (GLOSSARY_TITLE.test(paragraphs[i]) && GLOSSARY_ITEM.test(paragraphs[i + 1])) return i;
  }
  return -1;
}

/** Where the annexes start: the first line that heads one (附件1, 附件二：…), or the end. */
function firstAnnex(paragraphs: string[]): number {
  for (let i = 1; i < paragraphs.length - 1; i++) if (annexHeading(paragraphs[i])) return i;
  return paragraphs.length;
}

/** 附件2 on its line, 附件三：title — not a page's link to a file (附件1：2024年政府工作报告.pdf): its number and title, or null. */
const annexHeading = (p: string): RegExpMatchArray | null => (/\.(?:docx?|pdf|xlsx?|wps|et|zip|rar|7z|ofd|txt|jpe?g|png)\s*$/iu.test(p) ? null : p.match(ANNEX));

/** A line that can be an annex's title, set on the line under 附件N: short, no sentence, no table row, no numbering. */
function annexTitleLine(p: string | undefined): boolean {
  return p !== undefined && p.length <= 40 && !/[。；！？\t]/u.test(p) && !ITEM.test(p) && !GLOSSARY_ITEM.test(p) && !PART.test(p) && !SECTION.test(p) && !ANNEX.test(p);
}

/** Classifies each paragraph of one file as a heading or a paragraph. */
export function classify(input: string[], file: string): Block[] {
  const sources = [file];
  const blocks: Block[] = [];
  const paragraphs = unglue(input);
  const annexes = firstAnnex(paragraphs);
  const titles = partTitles(paragraphs.slice(0, annexes));
  const parts = new Set(titles);
  // Under unnumbered part titles a part's numbered headings sit one level lower: 一、 is a section and （一） a topic
  // where the part opens with 一、; （一） stays a section where it opens with （一）. 一、 is never a part there.
  const ledByPart = new Set<number>();
  titles.forEach((t, k) => {
    for (let j = t + 1; j < (titles[k + 1] ?? paragraphs.length); j++) {
      if (PART.test(paragraphs[j])) ledByPart.add(t);
      if (PART.test(paragraphs[j]) || SECTION.test(paragraphs[j])) break;
    }
  });
  let shift = false;
  // Inside an annex, its 一、 and （一） head sections of it, one level below the annex.
  let inAnnex = false;
  let annexGlossary = false;
  let annexList = false;
  const lv = (l: SectionLevel): SectionLevel => (shift || inAnnex ? (Math.min(4, l + 1) as SectionLevel) : l);
  const partLevel = (): SectionLevel => (titles.length ? 2 : 1);
  const partsInWords = !paragraphs.some((p) => PART.test(p)) && paragraphs.filter((p) => PART_IN_WORDS.test(p)).length >= 2;
  const glossary = glossaryStart(paragraphs.slice(0, annexes));
  // Short sentences alone on their lines head the paragraphs below them only in a report that does so throughout.
  const topics = new Set(paragraphs.flatMap((p, i) => (standaloneTopic(p, paragraphs[i + 1]) ? [i] : [])));
  if (topics.size < 3) topics.clear();
  for (let i = 0; i < paragraphs.length; i++) {
    const p = paragraphs[i];
    const next = paragraphs[i + 1];
    let m: RegExpMatchArray | null;
    let block: Block | null = null;
    let a: RegExpMatchArray | null;
    if (i >= annexes && (a = annexHeading(p))) {
      // 附件2 on its line, its title on the next (龙岗区政府2014年民生实事), or after the number (附件1 名词解释).
      const titled = a[2].trim() !== '';
      const title = titled ? a[2].trim() : annexTitleLine(next) ? next!.trim() : '';
      if (!titled && title) i++;
      inAnnex = true;
      shift = false;
      // (政府工作报告名词、术语注释: an annex of notes under a longer name.)
      annexGlossary = isNotesTitle(title);
      blocks.push({ kind: 'heading', level: 1, number: `附件${a[1]}`, ordinal: Number(a[1]) || chineseNumeral(a[1]) || 0, title: stripStop(title), body: null, sources });
      continue;
    }
    if (inAnnex && annexGlossary) {
      // An annex of notes (附件1 名词解释): each numbered entry an item, the explanations their text.
      const entry = p.match(GLOSSARY_ITEM);
      const item = entry ? glossaryItem(entry, sources) : null;
      blocks.push(item ?? { kind: 'paragraph', text: p, sources });
      continue;
    }
    // 附件：1. 政府工作报告名词、术语注释 / 2．… : the list of the annexes is text of the speech's end, not headings.
    annexList = ANNEX_LIST.test(p) || (annexList && ANNEX_LIST_LINE.test(p));
    if (annexList) {
      blocks.push({ kind: 'paragraph', text: p, sources });
      continue;
    }
    if (glossary >= 0 && i >= glossary && i < annexes) {
      // The glossary: its heading is a part, each numbered entry an item, the explanations their text.
      if (i === glossary) block = { kind: 'heading', level: 1, number: null, ordinal: null, title: stripStop(p), body: null, sources };
      else if ((m = p.match(GLOSSARY_ITEM))) block = glossaryItem(m, sources);
      if (block) blocks.push(block);
      else blocks.push({ kind: 'paragraph', text: p, sources });
      continue;
    }
    // (A table's row, its cells apart by tabs — 序号⇥任务⇥落实情况 —, is never a heading, however short.)
    if (DASH_LED.test(p) || ADDRESS.test(p) || p.includes('\t')) {
      blocks.push({ kind: 'paragraph', text: p, sources });
      continue;
    }
    if (parts.has(i)) {
      shift = ledByPart.has(i);
      block = { kind: 'heading', level: 1, number: null, ordinal: null, title: p, body: null, sources };
    } else if ((m = p.match(PART))) {
      block = numberedHeading(titles.length || inAnnex ? 2 : 1, `${m[1]}、`, chineseNumeral(m[1]) ?? 0, m[2], sources);
    } else if (partsInWords && (m = p.match(PART_IN_WORDS))) {
      block = numberedHeading(1, m[1], chineseNumeral(m[2]) ?? 0, m[3], sources);
    } else if ((m = p.match(SECTION))) {
      block = numberedHeading(lv(2), m[1], chineseNumeral(m[2]) ?? 0, m[3], sources);
    } else if ((m = p.match(ITEM))) {
      block = numberedHeading(4, m[1], Number(m[2] ?? m[3]), m[4], sources);
    } else if (isStandaloneHeading(p, next)) {
      // (Inside an annex, a line alone heads a table or a list of it: 2016年主要经济指标完成情况.)
      const level: SectionLevel = inAnnex ? 2 : p.length > LABEL_MAX && next !== undefined && SECTION.test(next) ? partLevel() : lv(3);
      block = { kind: 'heading', level, number: null, ordinal: null, title: p, body: null, sources };
    } else if (topics.has(i)) {
      // 加强安全生产和防灾减灾。 on a line of its own, the paragraph it heads below.
      block = { kind: 'heading', level: lv(3), number: null, ordinal: null, title: stripStop(p), body: null, sources };
    } else if (listIntro(p)) {
      // 今年，我们将继续办好民生实事。①…②…③…: the sentence that introduces a numbered list heads it.
      const [head, rest] = listIntro(p)!;
      block = { kind: 'heading', level: lv(3), number: null, ordinal: null, title: stripStop(head), body: rest, sources };
    } else if (!topics.has(i - 1)) {
      // The paragraph right under a standalone topic is that topic's text, not a topic of its own.
      const lead = leadSentence(p);
      if (lead) block = { kind: 'heading', level: lv(3), number: null, ordinal: null, title: stripStop(lead[0]), body: lead[1], sources };
    }
    if (block) {
      blocks.push(block);
      continue;
    }
    for (const part of splitCircledList(p)) blocks.push({ kind: 'paragraph', text: part, sources });
  }
  return blocks;
}

/** ［1］一降三减：全年火灾起数… → item 1, titled 一降三减, with the explanation as its text. */
function glossaryItem(m: RegExpMatchArray, sources: string[]): Block {
  const number = m[1];
  const ordinal = Number(m[2] ?? m[3]);
  const rest = m[4].trim();
  const term = rest.match(/^([^：:。]{1,30})[：:](.*)$/s);
  if (term) return { kind: 'heading', level: 4, number, ordinal, title: term[1].trim(), body: term[2].trim() || null, sources };
  if (rest.length <= 30 && !/[。；]/.test(rest)) return { kind: 'heading', level: 4, number, ordinal, title: stripStop(rest), body: null, sources };
  const clause = rest.match(/^([^，。；：]{1,30})[，。；：](.*)$/s);
  if (clause && clause[2].trim()) return { kind: 'heading', level: 4, number, ordinal, title: clause[1], body: clause[2].trim(), sources };
  return { kind: 'paragraph', text: `${number}${rest}`, sources };
}

/** A line that stands alone with no sentence punctuation at its end, followed by more text: a heading. */
function isStandaloneHeading(p: string, next: string | undefined): boolean {
  if (next === undefined) return false;
  if (p.length > 40 || p.length < 2) return false;
  if (/[。！？；：…，、]$/.test(p) || /[。！？]/.test(p)) return false;
  if (CIRCLED.includes([...p][0])) return false;
  // A heading of a Chinese report is mostly Chinese: a stray line of code or markup is not one.
  const han = (p.match(/\p{Script=Han}/gu) ?? []).length;
  return han >= 2 && han >= [...p.replace(/\s/g, '')].length * 0.5;
}

/** A one-sentence introduction followed by a ①②③ list of at least three items. */
function listIntro(p: string): [string, string] | null {
  const parts = splitCircledList(p);
  if (parts.length < 4) return null;
  const s = firstSentence(parts[0]);
  if (!s || s[1].trim() !== '' || s[0].length > 30) return null;
  return [s[0], parts.slice(1).join('')];
}

/** A short sentence alone on its line, followed by a longer paragraph that is not a heading: a topic heading. */
function standaloneTopic(p: string, next: string | undefined): boolean {
  if (next === undefined || !/[。！]$/.test(p) || next.length <= p.length * 2) return false;
  const core = p.slice(0, -1);
  if (core.length < 3 || core.length > LEAD_MAX || /[，,、；;：:（(。！？]/.test(core)) return false;
  if (CIRCLED.includes([...core][0]) || DASH_LED.test(p) || ADDRESS.test(p)) return false;
  return !PART.test(next) && !SECTION.test(next) && !ITEM.test(next) && !DASH_LED.test(next);
}

/** The short first sentence that opens a paragraph as its topic: 强化项目引领。坚定实施… */
function leadSentence(p: string): [string, string] | null {
  const s = firstSentence(p);
  if (!s) return null;
  const [head, rest] = s;
  const core = head.slice(0, -1);
  if (rest.trim() === '' || core.length < 3 || core.length > LEAD_MAX) return null;
  if (/[，,、；;：:（(]/.test(core)) return null;
  if (CIRCLED.includes([...core][0])) return null;
  // 2026年是“十五五”开局之年。 states what a year is; it heads nothing.
  if (/(?:\d{4}年|今年|明年|去年)是|之年$/.test(core)) return null;
  // 过去一年很不平凡。 opens a narrative with a time word; a topic names a task or a field.
  if (/^(?:过去|去年|今年|明年|一年来|五年来|这一年|这五年|当前|目前|近年来|\d{4}年)/.test(core)) return null;
  return [head, rest.trim()];
}

/** Title of the section that holds text standing before the first heading. */
export const PREAMBLE_TITLE = { excerpt: '（接上文）', article: '导语' } as const;

/**
 * Builds the flat section list. A section's id is `s` followed by one component per level down to its own:
 * the number as written (（九） → 9) where the report numbers it, else its position among its unnumbered
 * siblings; 0 stands for a level the report skips. So （九） in part 二 is s2-9 and its second topic s2-9-2,
 * and the same text always yields the same ids.
 */
export function buildSections(blocks: Block[]): Section[] {
  const sections: Section[] = [];
  const open: (Section | null)[] = [null, null, null, null, null];
  const comps: number[] = [0, 0, 0, 0, 0];
  const unnumberedCount = new Map<string, number>();
  const used = new Set<string>();
  const firstHeading = blocks.find((b) => b.kind === 'heading');
  const startsMidway = firstHeading?.kind === 'heading' && (firstHeading.ordinal ?? 1) > 1;

  // Text before the first heading: it belongs to no heading, and no heading belongs to it.
  let preamble: Section | null = null;
  const current = (): Section | null => {
    for (let l = 4; l >= 1; l--) if (open[l]) return open[l];
    return preamble;
  };

  const addParagraph = (para: Paragraph) => {
    let sec = current();
    if (!sec) {
      sec = {
        id: 's0',
        parent: null,
        level: 1,
        number: null,
        title: startsMidway ? PREAMBLE_TITLE.excerpt : PREAMBLE_TITLE.article,
        paragraphs: [],
      };
      used.add(sec.id);
      sections.push(sec);
      preamble = sec;
    }
    sec.paragraphs.push(para);
  };

  for (const b of blocks) {
    if (b.kind === 'paragraph') {
      addParagraph({ text: b.text, sources: b.sources });
      continue;
    }
    const L = b.level;
    preamble = null;
    for (let l = L; l <= 4; l++) open[l] = null;
    let parent: Section | null = null;
    for (let l = L - 1; l >= 1; l--) if (open[l]) { parent = open[l]; break; }
    for (let l = 1; l < L; l++) if (!open[l]) comps[l] = 0;
    if (b.ordinal !== null) {
      comps[L] = b.ordinal;
    } else {
      const key = `${parent?.id ?? ''}/${L}`;
      const n = (unnumberedCount.get(key) ?? 0) + 1;
      unnumberedCount.set(key, n);
      comps[L] = n;
    }
    // The glossary is a part of its own with its own name, so that it never takes the id of a numbered part.
    const inGlossary = L === 1 ? b.ordinal === null && GLOSSARY_TITLE.test(b.title) : open[1] !== null && GLOSSARY_TITLE.test(open[1].title) && open[1].number === null;
    // An annex likewise (附件2 → annex-2, its sections annex-2-1 …).
    const inAnnex = (L === 1 ? b.number : open[1]?.number)?.startsWith('附件') ?? false;
    let id = inAnnex
      ? ['annex', ...comps.slice(1, L + 1).filter((n) => n !== 0)].join('-')
      : inGlossary
      ? ['notes', ...comps.slice(2, L + 1).filter((n) => n !== 0)].join('-')
      : 's' + comps.slice(1, L + 1).join('-');
    if (used.has(id)) {
      let k = 2;
      while (used.has(`${id}-r${k}`)) k++;
      id = `${id}-r${k}`;
    }
    used.add(id);
    const sec: Section = { id, parent: parent?.id ?? null, level: L, number: b.number, title: b.title, paragraphs: [] };
    sections.push(sec);
    open[L] = sec;
    if (b.body) for (const part of splitCircledList(b.body)) sec.paragraphs.push({ text: part, sources: b.sources });
  }
  return sections;
}
