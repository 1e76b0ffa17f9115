/**
 * The same gold over the same reports as they might arrive from elsewhere: another encoding, half-width punctuation,
 * full-width digits, other styles of title, delivery line and speaker line, a government site's chrome or none,
 * indented or double-spaced lines, newspaper columns, other lead-ins to the main targets or the targets as a list.
 * The facts do not change, so the gold still holds: a variant whose figures drop shows a rule that leans on the
 * layout of the few reports it was written on, which is what reports nobody has seen yet will expose.
 */
import iconv from 'iconv-lite';
import { createRequire } from 'node:module';
import { decode } from '../pipeline/decode.ts';
import { chineseNumeral } from '../pipeline/text.ts';
import { ingest, type InputFile } from '../pipeline/ingest.ts';
import { readSeeds } from '../pipeline/io.ts';
import type { Report, Target } from '../pipeline/types.ts';
import { evaluate, failedFloors, missingRequired, wrongMetaCount, type EvalResult, type Gold, type GoldEntry } from './eval.ts';

export interface LayoutVariant {
  name: string;
  /** What the variant stands for, for the printed table. */
  about: string;
  /** False when the rewrite is only an approximation of real files of that layout: shown, but no floor is tested. */
  faithful: boolean;
  /**
   * What the pipeline gets wrong on this layout today. The test expects the floors to fail until the pipeline is
   * fixed, and then fails itself, so that whoever fixes it removes this note and the floors hold from then on.
   */
  knownGap?: string;
  /**
   * Set when the rewrite removes facts from the text (the delivery line, the speaker line): the gold values of those
   * fields may then be missing, but any value the pipeline gives must still be the right one.
   */
  removes?: string;
  /**
   * Why the target rows of this layout may differ from those of the file as it came: its rewrite takes text out or
   * words it otherwise (the documents around the report, the lead-in of the targets). Unset, and with nothing removed,
   * the rows must be the same row for row: how a file is laid out is no part of what its sentences say.
   */
  rewords?: string;
  /**
   * Where the rows of this layout differ today though its rewrite keeps every sentence. The test expects them to differ
   * until the pipeline is fixed, and then fails itself, so that whoever fixes it removes this note.
   */
  rowsGap?: string;
  /** What the gold becomes when the rewrite changes what the text says (an excerpt without the main targets). */
  expect?(entry: GoldEntry): GoldEntry;
  /** The file's bytes in this layout, from its decoded text and the encoding it came in. */
  encode(text: string, encoding: string): Uint8Array;
}

const utf8 = (s: string) => new TextEncoder().encode(s);
const cn2t = new Map<string, (s: string) => string>();
/**
 * The text as a converter gives it in traditional characters (OpenCC's data, phrase by phrase): its standard forms, or
 * Taiwan's (為, 裡), which Big5 holds.
 */
const toTraditional = (s: string, to: 't' | 'tw' = 't') => {
  if (!cn2t.has(to)) cn2t.set(to, (createRequire(import.meta.url)('opencc-js/cn2t') as typeof import('opencc-js/cn2t')).Converter({ from: 'cn', to }));
  return cn2t.get(to)!(s);
};
const lines = (s: string) => s.split(/\r?\n/);

const HAN_DIGITS = '〇一二三四五六七八九';
/** 28 → 二十八, 10 → 十, 1 → 一: how dates are written in Chinese numerals. */
function chineseNumber(n: number): string {
  if (n < 10) return HAN_DIGITS[n];
  const tens = Math.floor(n / 10);
  return `${tens === 1 ? '' : HAN_DIGITS[tens]}十${n % 10 ? HAN_DIGITS[n % 10] : ''}`;
}

function toFullWidthDigits(s: string): string {
  return s.replace(/(?<=\d)\.(?=\d)/g, '．').replace(/[0-9%]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));
}

/** A delivery line: 〈——2026年1月28日在…会议上〉, 〈----2013年…〉 or 〈（2026年…）〉; group 1 is the year. */
const DELIVERY_LINE = /^[\s\u3000]*(?:[-—]+|（)?[\s\u3000]*(\d{4})年\d{1,2}月\d{1,2}日在.*会议上/;
/** A newspaper page's 来源/时间 lines and bare time stamps, which a government site does not print. */
const PAGE_DATELINE = /^[\s\u3000]*(?:(?:来源|时间|发表时间|阅读量)[:：]?|\d{4}-\d{2}-\d{2})/;

/** The report from its delivery line on, without the newspaper page's chrome; unchanged when there is no delivery line. */
function body(text: string): { year: string; lines: string[] } | null {
  const all = lines(text);
  const i = all.findIndex((l) => DELIVERY_LINE.test(l));
  if (i < 0) return null;
  return { year: DELIVERY_LINE.exec(all[i])![1], lines: all.slice(i).filter((l) => !PAGE_DATELINE.test(l)) };
}

/** The main targets passage (…主要预期目标是：A；B；C。) laid out as a list: the lead-in, then one item per line. */
function listTargets(text: string, mark: string): string {
  return text.replace(/^([^\n]*?预期目标[是为]：)([^\n]*；[^\n]*)$/m, (_m, lead: string, items: string) =>
    [lead, ...items.split(/(?<=；)/).map((item) => mark + item.trim())].join('\n'),
  );
}

/** The greeting that opens a report's speech (各位代表：): the front matter stands above it. */
const GREETING_LINE = /^[\s\u3000]*(?:各位代表|同志们)/u;

/** Marks a typesetter never sets at a line's start (the rule of 避头点): they hang at the end of the line before. */
const NO_LINE_START = /[，。、；：！？）》」』”’…,.;:!?)]/u;

/**
 * Wraps every line at `width` characters, the way a newspaper column breaks text inside words — and as a typesetter
 * does, a closing mark never opens a line: it stays at the end of the line before.
 */
function wrapColumns(text: string, width: number): string {
  return lines(text)
    .flatMap((l) => {
      const chars = [...l.trim()];
      const out: string[] = [];
      let i = 0;
      while (i < chars.length) {
        let end = Math.min(i + width, chars.length);
        while (end < chars.length && NO_LINE_START.test(chars[end]!)) end++;
        out.push(chars.slice(i, end).join(''));
        i = end;
      }
      return out.length ? out : [''];
    })
    .join('\n');
}

/**
 * Whether a text is set in columns already (a PDF's text): most lines of its body short and not ending a sentence. No
 * typesetter sets a column twice, so the layouts that set one leave such a text as it stands.
 */
function setInColumns(all: string[], greeting: number): boolean {
  const body = all.slice(Math.max(greeting, 0)).map((l) => l.trim()).filter((l) => l !== '');
  return body.filter((l) => [...l].length <= 50 && !/[。！？；：]$/u.test(l)).length > body.length / 2;
}

/**
 * A PDF's text: every line of the body set in a column of 34 characters (as a typesetter sets it), each page 32 lines,
 * closed by its number (- 2 -) and, with `header`, opened by the document's title as a running header; paragraphs
 * indented; the front matter above the greeting set across the page, and a table's rows (cells apart by tabs) whole.
 */
function pdfPages(text: string, header: boolean): string {
  const all = lines(text);
  const greeting = all.findIndex((l) => GREETING_LINE.test(l));
  const title = all.find((l) => /工作报告\s*$/u.test(l))?.trim() ?? '政府工作报告';
  // (A text that came from a PDF is in its columns already: it is paged as it stands, not set again.)
  const inColumns = setInColumns(all, greeting);
  const out: string[] = [];
  let page = 1;
  let onPage = 0;
  all.forEach((l, i) => {
    const set = inColumns || i < greeting || l.trim() === '' || l.includes('\t') ? [l] : wrapColumns(l, 34).split('\n').map((x, k) => (k === 0 ? `  ${x}` : x));
    for (const line of set) {
      out.push(line);
      if (++onPage < 32) continue;
      page++;
      onPage = 0;
      out.push('', `- ${page} -`, ...(header ? [title] : []), '');
    }
  });
  return out.join('\n');
}

export const LAYOUT_VARIANTS: LayoutVariant[] = [
  {
    name: 'utf16-crlf',
    about: 'UTF-16LE with a BOM, CRLF line ends',
    faithful: true,
    encode: (t) => new Uint8Array([0xff, 0xfe, ...iconv.encode(lines(t).join('\r\n'), 'utf16le')]),
  },
  {
    name: 'other-encoding',
    about: 'UTF-8 files as GB18030, GB18030 files as UTF-8 with a BOM',
    faithful: true,
    encode: (t, enc) => (enc === 'gb18030' ? new Uint8Array([0xef, 0xbb, 0xbf, ...utf8(t)]) : new Uint8Array(iconv.encode(t, 'gb18030'))),
  },
  {
    name: 'half-width-punct',
    about: 'web text with half-width ， ： ； （ ）',
    faithful: true,
    encode: (t) => utf8(t.replace(/，/g, ',').replace(/：/g, ':').replace(/；/g, ';').replace(/（/g, '(').replace(/）/g, ')')),
  },
  {
    name: 'letter-spaced',
    about: 'a space after every character (各 位 代 表 ：, 增 长 1 . 8 %), as a PDF with character spacing gives its text',
    faithful: true,
    encode: (t) => utf8(lines(t).map((l) => l.split('\t').map((cell) => [...cell.trim()].join(' ')).join('\t')).join('\n')),
  },
  {
    name: 'straight-quotes',
    about: 'quotation marks typed straight: "十四五", "一村一品"',
    faithful: true,
    encode: (t) => utf8(t.replace(/[“”]/gu, '"')),
  },
  {
    name: 'corner-quotes',
    about: 'quotation marks as corner brackets: 「十四五」, 『…』 inside — the style of texts from Hong Kong, Macao and Taiwan and of some typesetting',
    faithful: true,
    encode: (t) => utf8(t.replace(/“/gu, '「').replace(/”/gu, '」').replace(/‘/gu, '『').replace(/’/gu, '』')),
  },
  {
    name: 'traditional',
    about: 'the text in traditional characters (繁體), as a government site’s 繁體 edition gives it',
    faithful: true,
    encode: (t) => utf8(toTraditional(t)),
  },
  {
    name: 'traditional-big5',
    about: 'the same in Taiwan’s forms (為, 裡, 著) and in Big5, the encoding of traditional-character text',
    faithful: true,
    // (Its rows are compared in the layout of UTF-8 traditional text, above: Big5 holds no ‰, nor a few rare characters,
    // which a Big5 file writes otherwise.)
    rewords: 'Big5 holds no ‰ nor some rare characters: a Big5 file words those figures otherwise',
    encode: (t) => new Uint8Array(iconv.encode(toTraditional(t, 'tw'), 'big5')),
  },
  {
    name: 'markdown',
    about: 'a Markdown copy (a converter’s or a site’s export): parts and sections as # headings, lead sentences in **bold**',
    faithful: true,
    encode: (t) =>
      utf8(
        lines(t)
          .map((l) => l.replace(/^(\s*)([一二三四五六七八九十]+、.*)$/u, '## $2').replace(/^(\s*)([（(][一二三四五六七八九十]+[）)].*)$/u, '### $2').replace(/^(\s*)(\d{1,2}[.．、](?!\d)[^。]{2,40}。)/u, '$1**$2**'))
          .join('\n'),
      ),
  },
  {
    name: 'single-quotes',
    about: 'quotation marks as single curved ones: ‘十四五’, as some pages set them',
    faithful: true,
    encode: (t) => utf8(t.replace(/“/gu, '‘').replace(/”/gu, '’')),
  },
  {
    name: 'dash-typed',
    about: 'the long dash —— typed as two hyphens or one dash (--, —), as a keyboard or a converter gives it',
    faithful: true,
    encode: (t) => utf8(lines(t).map((l, i) => l.replace(/——/gu, i % 2 ? '--' : '—')).join('\n')),
  },
  {
    name: 'note-marks',
    about: 'notes marked by superscript numbers after the terms they explain (地区生产总值¹, 专项债券²), as a PDF with footnotes gives its text',
    faithful: true,
    // (Each term its own mark, as a note is numbered once for the term it explains.)
    encode: (t) => utf8(t.replace(/(生产总值|预算收入|专项债券|固定资产投资|城镇化率)(?=[增达完为，。])/gu, (term: string) => `${term}${'¹²³⁴⁵'['生产总值 预算收入 专项债券 固定资产投资 城镇化率'.split(' ').indexOf(term)]}`)),
  },
  {
    name: 'markdown-tables',
    about: 'a Markdown copy whose tables are pipe tables (| 序号 | 任务 | 落实情况 |, a | --- | line under the first row)',
    faithful: true,
    encode: (t) => {
      const out: string[] = [];
      let inTable = false;
      for (const l of lines(t)) {
        if (!l.includes('\t')) {
          inTable = false;
          out.push(l);
          continue;
        }
        const cells = l.split('\t').map((c) => c.trim());
        out.push(`| ${cells.join(' | ')} |`);
        if (!inTable) out.push(`|${cells.map(() => ' --- ').join('|')}|`);
        inTable = true;
      }
      return utf8(out.join('\n'));
    },
  },
  {
    name: 'number-tab',
    about: 'a tab after each heading’s number (一、⇥…, （一）⇥…, 1.⇥…), as a word processor saving its automatic numbering as text gives it',
    faithful: true,
    encode: (t) => utf8(t.replace(/^([\s\u3000]*)([一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[）)]|\d{1,2}[.．](?!\d))(?=\S)/gmu, '$1$2\t')),
  },
  {
    name: 'number-dot',
    about: 'part numbers typed with a full stop for the 、 (一．2025年工作回顾, 二.…), as a keyboard or a converter gives them',
    faithful: true,
    encode: (t) => utf8(lines(t).map((l, i) => l.replace(/^([\s\u3000]*)([一二三四五六七八九十]+)、/u, `$1$2${i % 2 ? '．' : '.'}`)).join('\n')),
  },
  {
    name: 'number-space',
    about: 'part numbers set apart by a space for the 、 (一 2025年工作回顾), as statistical bulletins print them',
    faithful: true,
    encode: (t) => utf8(t.replace(/^([\s\u3000]*)([一二三四五六七八九十]+)、/gmu, '$1$2 ')),
  },
  {
    name: 'sections-arabic',
    about: 'sections numbered in Arabic figures, （1） for （一）, as some county and district reports number them',
    faithful: true,
    encode: (t) => utf8(t.replace(/^([\s\u3000]*)([（(])([一二三四五六七八九十]+)([）)])/gmu, (_m, sp: string, o: string, n: string, c: string) => `${sp}${o}${chineseNumeral(n)}${c}`)),
  },
  {
    name: 'cr-only',
    about: 'lines ended by a carriage return alone, as old Mac files and some exports give them',
    faithful: true,
    encode: (t) => utf8(lines(t).join('\r')),
  },
  {
    name: 'zero-width',
    about: 'zero-width spaces and soft hyphens inside the text (a web page’s copy protection or its word-break hints)',
    faithful: true,
    encode: (t) => utf8(lines(t).map((l) => l.replace(/(?<=[\p{Script=Han}\d])(?=[\p{Script=Han}\d])/gu, (_m, at: number) => (at % 7 === 0 ? '\u200B' : at % 11 === 0 ? '\u00AD' : ''))).join('\n')),
  },
  {
    name: 'numbers-lost',
    about: 'the part and section numbers (一、 （一）) lost, as a word processor’s automatic numbering is in a copy of its text',
    faithful: true,
    encode: (t) => utf8(t.replace(/^([\s\u3000]*)(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[）)])/gmu, '$1')),
  },
  {
    name: 'full-width-digits',
    about: 'text typed with full-width digits, % and decimal points (２０２６年, ５．５％)',
    faithful: true,
    // Only lines with Chinese in them: people type the text, but web templates print dates and times in ASCII.
    encode: (t) => utf8(lines(t).map((l) => (/\p{Script=Han}/u.test(l) ? toFullWidthDigits(l) : l)).join('\n')),
  },
  {
    name: 'paren-delivery',
    about: 'delivery line in parentheses: （2026年1月28日在…会议上）',
    faithful: true,
    encode: (t) => utf8(t.replace(/^[\s\u3000]*[-—]+[\s\u3000]*(\d{4}年\d{1,2}月\d{1,2}日在[^\n]*?会议上)[\s\u3000]*$/m, '（$1）')),
  },
  {
    name: 'chinese-date',
    about: 'delivery date in Chinese numerals: 二〇二六年一月二十八日',
    faithful: true,
    encode: (t) =>
      utf8(
        t.replace(/(\d{4})年(\d{1,2})月(\d{1,2})日在/, (_m, y: string, mo: string, d: string) =>
          `${[...y].map((c) => HAN_DIGITS[Number(c)]).join('')}年${chineseNumber(Number(mo))}月${chineseNumber(Number(d))}日在`,
        ),
      ),
  },
  {
    name: 'indented',
    about: 'every line opened by a full-width indent 　　',
    faithful: true,
    // (The indent replaces the spaces a line opens with; a tab that makes the line a table's cell stays after it.)
    encode: (t) => utf8(lines(t).map((l) => (l.trim() ? `\u3000\u3000${l.replace(/^[ \u3000\u00A0]+/u, '').trimEnd()}` : l)).join('\n')),
  },
  {
    name: 'blank-lines',
    about: 'a blank line after every line',
    faithful: true,
    encode: (t) => utf8(lines(t).join('\n\n')),
  },
  {
    name: 'clean-text',
    about: 'no web chrome: 政府工作报告, the delivery line, the speaker, then the text',
    faithful: true,
    rewords: 'keeps the report from its delivery line on: the other documents of its file are gone',
    encode: (t) => {
      const b = body(t);
      return utf8(b ? ['政府工作报告', ...b.lines].join('\n') : t);
    },
  },
  {
    name: 'gov-site',
    about: 'a government site: breadcrumb, 发布时间 line, 【字体：大 中 小】 打印 on one line, footer with 主办/ICP',
    faithful: true,
    rewords: 'keeps the report from its delivery line on: the other documents of its file are gone',
    encode: (t) => {
      const b = body(t);
      if (!b) return utf8(t);
      const head = ['首页 > 政务公开 > 政府工作报告', '政府工作报告', `发布时间：${b.year}-03-10 10:00:00  来源：办公厅`, '【字体：大 中 小】  打印'];
      const foot = ['分享到：', '【打印本页】【关闭窗口】', '主办单位：人民政府办公厅  承办：信息中心', '网站标识码：1234567890  ICP备12345678号'];
      return utf8([...head, ...b.lines, ...foot].join('\n'));
    },
  },
  {
    name: 'delivery-two-lines',
    about: 'the delivery line broken after 人民代表大会, as a narrow column or a PDF breaks it',
    faithful: true,
    encode: (t) => utf8(t.replace(/^([^\n]*?\d{4}年\d{1,2}月\d{1,2}日在[^\n]*?人民代表大会)(第[^\n]*?会议上)/m, '$1\n$2')),
  },
  {
    name: 'title-full-text',
    about: 'the title marked （全文）',
    faithful: true,
    encode: (t) => utf8(t.replace(/^([^\n]*政[\s\u3000]*府[\s\u3000]*工[\s\u3000]*作[\s\u3000]*报[\s\u3000]*告)[\s\u3000]*$/m, '$1（全文）')),
  },
  {
    name: 'speaker-colon',
    about: 'the speaker line with a colon: 省长：王予波',
    faithful: true,
    encode: (t) => utf8(t.replace(/^([^\n]*?(?:省长|市长|区长|主席))[\s\u3000]+([\u4e00-\u9fa5][\s\u3000]?[\u4e00-\u9fa5]{1,2})[\s\u3000]*$/m, '$1：$2')),
  },
  {
    name: 'no-delivery-line',
    about: 'the delivery line removed: no date or session may be guessed from the page (时间 2026-02-02) or elsewhere',
    faithful: true,
    removes: 'the delivery line',
    encode: (t) => utf8(lines(t).filter((l) => !DELIVERY_LINE.test(l)).join('\n')),
  },
  {
    name: 'no-speaker-line',
    about: 'the speaker line removed: no speaker may be taken from a photo caption (本报记者 霍艳恩摄) or elsewhere',
    faithful: true,
    removes: 'the speaker line',
    encode: (t) => {
      const all = lines(t);
      const i = all.findIndex((l) => DELIVERY_LINE.test(l));
      const j = all.findIndex((l, k) => k > i && l.trim() !== '' && !PAGE_DATELINE.test(l));
      if (i < 0 || j < 0 || [...all[j].trim()].length > 30 || /[。：:]/.test(all[j])) return utf8(t);
      all.splice(j, 1);
      return utf8(all.join('\n'));
    },
  },
  {
    name: 'excerpt',
    about: 'an excerpt: from three lines above the main targets passage to the end, as the seeds 003 and 004 are excerpts',
    faithful: true,
    removes: 'the front matter and the review',
    knownGap: 'the government is guessed from places the plan mentions: 海南省 → 广东省, 海拉尔区 2013 → 呼伦贝尔市, 海拉尔区 2015 → 老城区 (洛阳市; 老城区 is an ordinary word, the old town)',
    encode: (t) => {
      const all = lines(t);
      const i = all.findIndex((l) => /预期目标[是为]?：/.test(l));
      return utf8(i < 0 ? t : all.slice(Math.max(0, i - 3)).join('\n'));
    },
  },
  {
    name: 'review-excerpt',
    about: 'an excerpt of the review only: the text up to four fifths of the way to the main targets passage',
    faithful: true,
    removes: 'the plan',
    // The review states last year's and five years' results: none of its numbers is a main target.
    expect: (entry) => ({ ...entry, headline: entry.headline && [] }),
    encode: (t) => {
      const all = lines(t);
      const i = all.findIndex((l) => /预期目标[是为]?：/.test(l));
      return utf8(i < 0 ? t : all.slice(0, Math.floor(i * 0.8)).join('\n'));
    },
  },
  {
    name: 'speaker-same-line',
    about: 'the speaker on the delivery line: ——2026年1月28日在…会议上　省长　王予波',
    faithful: true,
    encode: (t) => {
      const all = lines(t);
      const i = all.findIndex((l) => DELIVERY_LINE.test(l));
      const j = all.findIndex((l, k) => k > i && l.trim() !== '');
      if (i < 0 || j < 0 || [...all[j].trim()].length > 30 || /[。：:]/.test(all[j])) return utf8(t);
      all[i] = `${all[i].replace(/[\s\u3000]+$/, '')}\u3000${all[j].trim()}`;
      all.splice(j, 1);
      return utf8(all.join('\n'));
    },
  },
  {
    name: 'speaker-first',
    about: 'the speaker line above the delivery line',
    faithful: true,
    encode: (t) => {
      const all = lines(t);
      const i = all.findIndex((l) => DELIVERY_LINE.test(l));
      // The speaker line: the first non-blank line after the delivery line, short and without a sentence end.
      const j = all.findIndex((l, k) => k > i && l.trim() !== '');
      if (i < 0 || j < 0 || [...all[j].trim()].length > 30 || /[。：]/.test(all[j])) return utf8(t);
      const [speaker] = all.splice(j, 1);
      all.splice(i, 0, speaker);
      return utf8(all.join('\n'));
    },
  },
  {
    name: 'targets-主要目标',
    about: 'the main targets passage opened by 主要目标是：',
    faithful: true,
    rewords: 'words the lead-in of the main targets otherwise',
    encode: (t) => utf8(t.replace(/(?:经济社会发展的?|经济)?主要预期目标[是为]：/, '主要目标是：')),
  },
  {
    name: 'targets-建议为',
    about: 'the main targets passage opened by 主要预期目标建议为：',
    faithful: true,
    rewords: 'words the lead-in of the main targets otherwise',
    encode: (t) => utf8(t.replace(/主要预期目标[是为]：/, '主要预期目标建议为：')),
  },
  {
    name: 'targets-listed',
    about: 'the main targets one per line (where the passage separates them with ；)',
    faithful: true,
    rewords: 'words the lead-in of the main targets otherwise',
    encode: (t) => utf8(listTargets(t, '')),
  },
  {
    name: 'targets-dashed',
    about: 'the main targets one per line, each opened by —— (where the passage separates them with ；)',
    faithful: true,
    rewords: 'words the lead-in of the main targets otherwise',
    encode: (t) => utf8(listTargets(t, '——')),
  },
  // Layouts of crawled and collected copies (issue: reports of any publisher).
  {
    name: 'one-line-escaped',
    about: 'the whole file on one line, its line breaks written as the two characters \\r\\n (a crawler’s JSON dump)',
    faithful: true,
    encode: (t) => utf8(t.replace(/\r\n|\r|\n/g, '\\r\\n')),
  },
  {
    name: 'captured-three-times',
    about: 'the page captured three times in one file, site chrome between the copies',
    faithful: true,
    encode: (t) => utf8([t, '返回顶部', '【打印本页】【关闭窗口】', t, '上一篇：无', t].join('\n')),
  },
  {
    name: 'crawler-header',
    about: 'a collector’s header above the text (标题：…, a wrong 年份：, 发文单位：, 来源URL：)',
    faithful: true,
    encode: (t) => {
      const b = body(t);
      const year = b ? Number(b.year) - 1 : 2000;
      return utf8([`标题：${year}年政府工作报告`, `年份：${year}`, '发文单位：人民政府办公厅', '来源URL：http://www.example.gov.cn/zwgk/1.html', t].join('\n'));
    },
  },
  {
    name: 'html-remnants',
    about: 'paragraphs left in <p> tags, with &nbsp; and &ldquo;&rdquo; entities, as a page’s markup copied whole',
    faithful: true,
    encode: (t) => utf8(lines(t).map((l) => (l.trim() ? `<p>${l.replace(/“/g, '&ldquo;').replace(/”/g, '&rdquo;').replace(/^[ \u3000\u00A0]+/u, '&nbsp;&nbsp;')}</p>` : l)).join('\n')),
  },
  {
    name: 'front-matter-one-line',
    about: 'title, delivery line, speaker, the greeting and the first paragraph run together on one line',
    faithful: true,
    encode: (t) => {
      const all = lines(t);
      const i = all.findIndex((l) => DELIVERY_LINE.test(l));
      const g = all.findIndex((l, k) => k > i && /各位代表/.test(l));
      if (i < 1 || g < 0 || g - i > 6) return utf8(t);
      // The title line above the delivery line, the delivery line, the speaker, the greeting: one line.
      const t0 = all.slice(0, i).map((l, k) => [l, k] as const).filter(([l]) => /工作报告\s*$/.test(l)).at(-1)?.[1] ?? i;
      // The page's own lines (来源/时间, a photo caption) stay above: they are the site's, not the report's.
      const block = all.slice(t0, g + 2).map((l) => l.trim()).filter(Boolean);
      const page = block.filter((l) => PAGE_DATELINE.test(l) || /摄$/.test(l));
      const joined = block.filter((l) => !page.includes(l)).join(' ');
      return utf8([...all.slice(0, t0), ...page, joined, ...all.slice(g + 2)].join('\n'));
    },
  },
  {
    name: 'office-name-two-lines',
    about: 'the office on one line and the name on the next (省长 / 王予波)',
    faithful: true,
    encode: (t) => utf8(t.replace(/^([\s\u3000]*\S{0,20}?(?:省长|市长|区长|主席))[\s\u3000]+((?:\p{Script=Han}[\s\u3000]?){1,3}\p{Script=Han})[\s\u3000]*$/mu, '$1\n$2')),
  },
  {
    name: 'letter-o-date',
    about: 'the delivery date in Chinese numerals with the letter O for zero: 二O二六年一月二十八日',
    faithful: true,
    encode: (t) =>
      utf8(
        t.replace(/(\d{4})年(\d{1,2})月(\d{1,2})日(?=在)/, (_m, y: string, m: string, d: string) =>
          `${[...y].map((c) => (c === '0' ? 'O' : HAN_DIGITS[Number(c)])).join('')}年${chineseNumber(Number(m))}月${chineseNumber(Number(d))}日`,
        ),
      ),
  },
  {
    name: 'newspaper',
    about: 'paragraphs and headings broken at 20 characters inside words, each on lines of its own; title, delivery line and speaker set above the column',
    faithful: true,
    rowsGap: 'a numbered heading as wide as the column, with no indent to tell it from the paragraph under it, runs on into it (四、加强重点项目建设，不断增强发展后劲 / 今年计划安排…, shaoguan-2007, -2011, hailaer-2015); the web page of a second document in a file is wrapped with its title (shaoguan-2004)',
    encode: (t) => {
      // (The front matter, above the greeting, is set across the page; from the greeting on, everything is in the column.)
      // (A table typed with tabs is set as a table, its rows whole; a text in columns already is not set again.)
      const all = lines(t);
      const greeting = all.findIndex((l) => GREETING_LINE.test(l));
      const inColumns = setInColumns(all, greeting);
      return utf8(all.map((l, i) => (!l.includes('\t') && (!inColumns || i < greeting) && [...l.trim()].length > (i < greeting ? 40 : 20) ? wrapColumns(l, 20) : l)).join('\n'));
    },
  },
  {
    name: 'pdf-pages',
    about: 'a PDF’s text: lines of 34 characters, a page number (- 2 -) every 32 lines, paragraphs indented',
    faithful: true,
    rowsGap: 'a table of figures set in lines (baoan-2017); a web page’s title and chrome of a later document in the file set in the column (shaoguan-2004); a few sentences broken at a page (futian-2014, shenzhen-2002, guowuyuan-2025)',
    encode: (t) => utf8(pdfPages(t, false)),
  },
  {
    name: 'pdf-running-header',
    about: 'the same, each page opened by the document’s title as a running header',
    faithful: true,
    rowsGap: 'as pdf-pages',
    encode: (t) => utf8(pdfPages(t, true)),
  },
  {
    name: 'columns-20',
    about: 'every line broken at 20 characters, front matter included (a rough newspaper column)',
    faithful: false,
    encode: (t) => utf8(wrapColumns(t, 20)),
  },
];

/** A target row as the layout test compares it: every field a reader sees, widths folded. */
function rowKey(t: Target): string {
  // (Widths folded, and quotation marks of any style read as one: 「X」, "X", ‘X’ and “X” name the same thing.)
  const fold = (x: string) => x.normalize('NFKC').replace(/[\s\u3000]/gu, '').replace(/[“”「」"『』‘’]/gu, '"');
  return [fold(t.indicator), t.value, t.valueMax ?? '', fold(t.unit), t.comparator, t.bound ?? '', t.kind].join('|');
}

export interface RowDifference {
  report: string;
  /** indicator|value|valueMax|unit|comparator|bound|kind */
  row: string;
  quote: string;
}

/** Each report's rows by key, with how many times each stands and one quote of it. */
function rowsByReport(reports: Report[]): Map<string, Map<string, { n: number; quote: string }>> {
  const out = new Map<string, Map<string, { n: number; quote: string }>>();
  for (const r of reports) {
    const rows = new Map<string, { n: number; quote: string }>();
    for (const t of r.targets) {
      const k = rowKey(t);
      const e = rows.get(k) ?? { n: 0, quote: t.quote };
      e.n++;
      rows.set(k, e);
    }
    out.set(r.slug, rows);
  }
  return out;
}

/** Rows of a that b lacks, as many times as a has them more. */
function rowsLacking(a: ReturnType<typeof rowsByReport>, b: ReturnType<typeof rowsByReport>): RowDifference[] {
  const out: RowDifference[] = [];
  for (const [report, rows] of a) {
    for (const [row, { n, quote }] of rows) {
      for (let k = b.get(report)?.get(row)?.n ?? 0; k < n; k++) out.push({ report, row, quote });
    }
  }
  return out;
}

/**
 * The target rows of every report of the folder rewritten in each layout, against the rows of the files as they came:
 * the rows lost and the rows gained. A layout that keeps every sentence should change no row.
 */
export function rowsInLayouts(dir: string, variants: LayoutVariant[]): { variant: LayoutVariant; lost: RowDifference[]; gained: RowDifference[] }[] {
  const { files, catalog, redirects, vocabulary } = readSeeds(dir);
  const decoded = files.map((f) => ({ name: f.name, ...decode(f.bytes, f.name) }));
  const read = (encode: (text: string, encoding: string) => Uint8Array) =>
    rowsByReport(ingest(decoded.map((d) => ({ name: d.name, bytes: encode(d.text, d.encoding) })), catalog, redirects, vocabulary).reports);
  const asCame = read((t) => utf8(t));
  return variants.map((variant) => {
    const rows = read(variant.encode);
    return { variant, lost: rowsLacking(asCame, rows), gained: rowsLacking(rows, asCame) };
  });
}

export interface VariantResult {
  variant: LayoutVariant;
  result: EvalResult;
}

/** Ingests every file of the folder rewritten in each layout and compares the reports with the gold. */
export function evaluateVariants(dir: string, gold: Gold, variants: LayoutVariant[] = LAYOUT_VARIANTS): VariantResult[] {
  const { files, catalog, redirects, vocabulary } = readSeeds(dir);
  const decoded = files.map((f) => ({ name: f.name, ...decode(f.bytes, f.name) }));
  return variants.map((variant) => {
    const input: InputFile[] = decoded.map((d) => ({ name: d.name, bytes: variant.encode(d.text, d.encoding) }));
    const { reports, errors } = ingest(input, catalog, redirects, vocabulary);
    const expected = variant.expect ? Object.fromEntries(Object.entries(gold).map(([file, entry]) => [file, variant.expect!(entry)])) : gold;
    return { variant, result: evaluate(expected, reports, errors.map((e) => ({ file: e.file, reason: e.reason }))) };
  });
}

/** The floors a layout fails: all of them, or, where the rewrite removed facts, all but stating them. */
export function variantFailures(variant: LayoutVariant, result: EvalResult): string[] {
  return failedFloors(result, { requireStated: !variant.removes });
}

/** One line per layout: the floors' figures, and whether the floors hold. */
export function formatVariants(results: VariantResult[]): string {
  const pct = (x: number | null) => (x === null ? 'n/a' : `${(x * 100).toFixed(1)}%`);
  const rows = results.map(({ variant, result }) => [
    variant.name + (variant.faithful ? '' : ' *'),
    String(wrongMetaCount(result)),
    String(missingRequired(result).length),
    pct(result.headline.recall),
    pct(result.headline.indicatorNamed),
    pct(result.headline.precision),
    (variantFailures(variant, result).length ? 'no' : 'yes') + (variant.knownGap ? ' (known gap)' : ''),
    variant.about,
  ]);
  const header = ['layout', 'wrong', 'missing', 'recall', 'named', 'precision', 'floors', 'what'];
  const width = (s: string) => [...s].reduce((n, c) => n + (/[\u1100-\uFFFF]/.test(c) ? 2 : 1), 0);
  const widths = header.map((_, i) => Math.max(...[header, ...rows].map((r) => width(r[i]))));
  const line = (r: string[]) => r.map((c, i) => c + ' '.repeat(i === r.length - 1 ? 0 : widths[i] - width(c))).join('  ');
  const out = ['Layouts (the same reports rewritten; the gold still holds)', line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)];
  out.push('* a rough rewrite: shown, but no floor is tested on it');
  for (const { variant } of results) if (variant.knownGap) out.push(`known gap, ${variant.name}: ${variant.knownGap}`);
  for (const { variant, result } of results) {
    const notes = [
      ...result.issues.filter((i) => i.verdict !== 'missing' || (!variant.removes && missingRequired(result).includes(i))).map((i) => `${i.file}: ${i.field}: expected ${i.expected ?? 'null'}, got ${i.got ?? 'null'}`),
      ...result.headline.missed.map((t) => `${t.file}: missed ${t.value}${t.unit} «${t.quote}»`),
      ...result.headline.spurious.map((t) => `${t.file}: spurious headline ${t.value}${t.unit} «${t.quote}»`),
    ];
    if (notes.length) out.push('', `${variant.name} (${notes.length})`, ...notes.slice(0, 12).map((n) => `  ${n}`), ...(notes.length > 12 ? [`  … ${notes.length - 12} more`] : []));
  }
  return out.join('\n');
}
