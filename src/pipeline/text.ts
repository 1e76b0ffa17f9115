/** Character-level helpers shared by the stages: width folding, display width, comparison keys. */

const HAN = '\\p{Script=Han}';
/** Chinese punctuation that, next to a space, makes the space a typesetting artefact. */
const CJK_PUNCT = '，。、；：？！“”‘’（）《》【】〈〉「」『』—…·％';
const CJK_CLASS = `[${HAN}${CJK_PUNCT}]`;

const SPACE_NEAR_CJK = new RegExp(`(?<=${CJK_CLASS})[ \\t\\u00A0\\u3000]+|[ \\t\\u00A0\\u3000]+(?=${CJK_CLASS})`, 'gu');
const IS_CJK_CHAR = new RegExp(CJK_CLASS, 'u');
const SPACED_PART_NUMBER = /^[\s\u3000]*([一二三四五六七八九十]{1,3})[ \u3000\u00A0]+(?=[\p{Script=Han}\d“《])/u;

/**
 * What follows a part's number (一、 and the like) before its title: 、 — not 一、二、三产业…, numerals listed with 、 —, a
 * full stop typed for it (一．2025年工作回顾), or a space as bulletins print it (一 综合). A regular expression's source, for
 * the stages that find headings (normalize.ts, structure.ts); Unicode mode.
 */
export const PART_NUMBER_MARK = String.raw`(?:、(?![一二三四五六七八九十]+、)|[.．][ 　]*(?=[\p{Script=Han}“《]|\d{4}年)|[ 　]+(?=[\p{Script=Han}“《\d]))`;
const IS_HAN = /\p{Script=Han}/u;

/**
 * Folds full-/half-width forms to one convention: ASCII letters, digits and % as half-width (so numbers read
 * the same everywhere), Chinese punctuation as full-width where it stands in Chinese text. Digits and their
 * separators are never changed beyond width: 1,000 and 9:57 keep their ASCII marks.
 */
/**
 * What a title carries after its name and no part of it: （全文）, （摘要）, the date in brackets, and the page of a web page
 * split in pages — 衢州市常山县2007年国民经济和社会发展统计公报（3）, 2017年奉节政府工作报告(3).
 */
// (…统计公报[1]: a note's mark after it, likewise; 2023年广德市政府工作报告（20221229）, the date in digits; …统计公报（2022年更新）, when the page was updated.)
export const TITLE_TAG = String.raw`(?:[（(](?:全文|摘要|摘登|实录|\d{4}年(?:\d{1,2}月\d{1,2}日)?|(?:19|20)\d{2}[01]\d[0-3]\d|(?:\d{4}年)?(?:更新|修订)版?|\d{1,2})[）)]|[\[［]\d{1,2}[\]］])`;

/**
 * A year's work summary by its title (南区街道办事处2022年工作总结 — not …工作总结和2023年工作计划; 2008镇政府工作总结: the
 * year written without 年, the summarizer between it and the kind, likewise).
 */
// (东阳镇2010年度总结（终）: a year's summary without 工作, and the draft's mark a shared copy keeps after it, likewise;
// 2011年教育体育局工作年度总结: 年度 or 年终 between 工作 and 总结, likewise.)
export const SUMMARY_TITLE = /\d{4}(?:年(?:度|上半年)?(?:工作)?|(?=\p{Script=Han}{1,12}工作(?:年度|年终)?总结)\p{Script=Han}{1,12}?工作(?:年度|年终)?)总结(?:[（(](?:终|终稿|定稿|修改稿|初稿)[）)])?$/u;
/**
 * A final account's title (2022年财政决算报告, 关于某区2020年决算（草案）的报告 — its draft put to the congress is still the
 * account): it reviews its year. Not with a budget beside it (…决算和2021年预算执行情况的报告), a budget's report.
 */
export const FINAL_ACCOUNT_TITLE = /^(?![^。]*预算)[^。]*决算[^。]{0,40}报告$/u;
/**
 * A place's profile by its title (九寨沟县情概况, 新疆昌吉州奇台县西地镇概况, 延和朝鲜族乡简介): the place named before it, a
 * government's or an area's word in it — not 县情概况 or 机构概况 alone, a menu's entry.
 */
export const PROFILE_TITLE = /^(?=[^。，；！？]{5,30}$)[^。，；！？]*\p{Script=Han}(?:[省市县区旗镇乡州盟]|街道)(?:情|域|基本)?(?:概况|简介)$/u;
/** Titles of other documents a congress hears or a government publishes, and the kind each names. */
/** A statistics bulletin's name, or its title cut one character short by a page (…国民经济和社会发展统计公). */
export const BULLETIN_NAME = '(?:统计公报|国民经济和社会发展统计公(?!报))';
export const OTHER_KINDS: [RegExp, string][] = [
  [/计划(?:执行情况|草案)[^。]{0,40}报告$/, '计划报告'],
  [FINAL_ACCOUNT_TITLE, '决算报告'],
  [/(?:预算|决算)(?:执行情况|草案)?[^。]{0,40}报告$/, '预算报告'],
  [new RegExp(`${BULLETIN_NAME}(?:${TITLE_TAG})?$`, 'u'), '统计公报'],
  [SUMMARY_TITLE, '工作总结'],
  // (经信科技工作总结: a work summary titled without its year.)
  // (乡镇上半年工作总结及打算: with the next half-year's intentions after it.)
  [/^(?!.*(?:计划|要点|安排|思路)(?!$))\p{Script=Han}{2,24}工作总结(?:及(?:下半年)?(?:工作)?打算)?$/u, '工作总结'],
  // (全市民政工作圆满完成2016年目标任务: a title that says a year's tasks were done sums that year up.)
  [/^\p{Script=Han}{2,20}(?:圆满|全面|超额)?完成(?:了)?\d{4}年度?(?:各项)?(?:目标)?任务$/u, '工作总结'],
  [PROFILE_TITLE, '概况'],
];
export function foldWidth(input: string): string {
  // (The stop first, so that a space after it — 任务. ――地区 — is one beside Chinese and goes.)
  let s = foldHalfWidthStop(foldDigits(input));
  // (十一  人口、资源与环境, 三 2026年工作安排: a part's number set apart by spaces, as bulletins print it, keeps one space —
  // without it the number would run into its title, 十一人口.)
  const spacedNumber = SPACED_PART_NUMBER.exec(s)?.[1];
  s = s.replace(SPACE_NEAR_CJK, '');
  if (spacedNumber) s = `${spacedNumber} ${s.slice(spacedNumber.length)}`;
  // (增长 6.5 %: a space between a figure and its sign of a rate is typesetting, as one beside a Han character is.)
  if (/\d[ \u00A0]+[%‰]/u.test(s)) s = s.replace(/(?<=\d)[ \u00A0]+(?=[%‰])/gu, '');
  s = foldHalfWidthPunctuation(s);
  return s.trim();
}

/**
 * A half-width full stop that ends a Chinese sentence — after a Han character, a rate or a closing mark, before Chinese, a
 * space or the line's end (…各项目标任务. ――地区生产总值…, 增长82%.规上工业…) — as the full stop (。), one mark for one, so a
 * page whose punctuation was set half-width reads in sentences. Not a decimal point (7.3), a list's number (1.加强),
 * a part's number (一.经济运行 at a line's head), an address (www.gov.cn) or an ellipsis (...).
 */
export function foldHalfWidthStop(s: string): string {
  if (!s.includes('.')) return s;
  return s.replace(HALF_WIDTH_STOP, (m, offset: number) => (PART_NUMBER_BEFORE.test(s.slice(Math.max(0, offset - 6), offset)) ? m : '。'));
}
const HALF_WIDTH_STOP = new RegExp(String.raw`(?<=(?:${CJK_CLASS})|[%‰”）)])\.(?=(?:${CJK_CLASS})|[\s“（(—―]|$)|(?<=\p{Script=Han})\.(?=\d)`, 'gu');
/** 一. or （三）. at a line's head: a part's number, not the end of a sentence. */
const PART_NUMBER_BEFORE = /^[\s　]*(?:[一二三四五六七八九十]{1,3}|[（(][一二三四五六七八九十\d]{1,3}[）)])$/u;

/**
 * Quotation marks of the corner style (「…」, 『…』 inside) as the curved ones (“…”, ‘…’), and single curved ones in a text
 * that sets no double ones as double ones, mark for mark, so that a text's positions hold: the rules that read a name in
 * quotes read it in any of these styles. Not straight quotes ("…"): which of them opens cannot be told from the mark.
 */
export function foldQuoteMarks(s: string): string {
  const t = /[「」『』]/u.test(s) ? s.replace(/[「」『』]/gu, (c) => CORNER_AS_CURVED[c]!) : s;
  // (Single curved quotes where a text sets no double ones — ‘十四五’ — are its quotation marks, not quotes inside quotes.)
  return /[‘’]/u.test(t) && !/[“”]/u.test(t) ? t.replace(/‘/gu, '“').replace(/’/gu, '”') : t;
}

const CORNER_AS_CURVED: Record<string, string> = { '「': '“', '」': '”', '『': '‘', '』': '’' };
const CURVED_AS_CORNER: Record<string, string> = { '“': '「', '”': '」', '‘': '『', '’': '』' };

/**
 * A name read from folded text (foldQuoteMarks) in the quotation marks of the text it stands in, where that text sets corner
 * ones, or single curved ones and no double ones.
 */
export function inQuoteMarksOf(name: string, written: string): string {
  if (/[「」『』]/u.test(written) && !/[“”‘’]/u.test(written)) return name.replace(/[“”‘’]/gu, (c) => CURVED_AS_CORNER[c]!);
  return /[‘’]/u.test(written) && !/[“”]/u.test(written) ? name.replace(/“/gu, '‘').replace(/”/gu, '’') : name;
}

/** Share of a text's Han characters that are in `set` (0 for a text without Han): which script, which table decoded it. */
export function hanShareIn(text: string, set: ReadonlySet<string>): number {
  let han = 0;
  let inSet = 0;
  for (const c of text) {
    if (!IS_HAN.test(c)) continue;
    han++;
    if (set.has(c)) inSet++;
  }
  return han === 0 ? 0 : inSet / han;
}

/**
 * Full-width letters, digits, % + / = as ASCII, and a full-width or a small full stop between digits as a decimal point
 * (６．５ → 6.5, 39﹒5公里 → 39.5公里: read apart, 39﹒ would stay in the name and 5 be published as the length).
 */
export function foldDigits(input: string): string {
  const s = input.replace(/[\uFF10-\uFF19\uFF21-\uFF3A\uFF41-\uFF5A\uFF05\uFF0B\uFF0F\uFF1D]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
  return /[\uFF0E\uFE52]/.test(s) ? s.replace(/(?<=\d)[\uFF0E\uFE52](?=\d)/g, '.') : s;
}

const HALF_WIDTH_PUNCTUATION = /[,;:!?()]/;

function foldHalfWidthPunctuation(s: string): string {
  // Most lines of a Chinese report hold no half-width punctuation: nothing to fold (this runs on every line).
  if (!HALF_WIDTH_PUNCTUATION.test(s)) return s;
  const chars = [...s];
  const chineseParen = chineseParentheses(chars);
  const out: string[] = [];
  for (let i = 0; i < chars.length; i++) {
    const c = chars[i];
    if (!HALF_WIDTH_PUNCTUATION.test(c)) {
      out.push(c);
      continue;
    }
    // (What was folded before counts as folded: （街）;8、.)
    const prev = out[out.length - 1] ?? '';
    const next = chars[i + 1] ?? '';
    const betweenDigits = /\d/.test(prev) && /\d/.test(next);
    const nearCjk = IS_CJK_CHAR.test(prev) || IS_CJK_CHAR.test(next) || prev === '' || next === '';
    switch (c) {
      case ',':
        out.push(betweenDigits ? c : nearCjk || /\d/.test(prev) ? '，' : c);
        break;
      case ';':
        // (增长12.8%;12月末…, "…中心";7、: a figure or a quote stands between the mark and the Chinese it parts — the mark is
        // Chinese too; between two digits it is part of the figure.)
        out.push(nearCjk || (!betweenDigits && (besideFigure(chars, i, -1) || besideFigure(chars, i, 1))) ? '；' : c);
        break;
      case ':':
        out.push(betweenDigits ? c : nearCjk ? '：' : c);
        break;
      case '!':
        out.push(nearCjk ? '！' : c);
        break;
      case '?':
        out.push(nearCjk ? '？' : c);
        break;
      case '(':
      case ')':
        out.push(chineseParen.has(i) ? (c === '(' ? '（' : '）') : c);
        break;
      default:
        out.push(c);
    }
  }
  return out.join('');
}

/** Across a figure or a closing quote (12.8%;, "…中心";) from position i in direction step, the text goes on in Chinese. */
function besideFigure(chars: string[], i: number, step: 1 | -1): boolean {
  let k = i + step;
  if (!/[\d%‰"']/.test(chars[k] ?? '')) return false;
  while (/[\d.%‰"']/.test(chars[k] ?? '')) k += step;
  return IS_HAN.test(chars[k] ?? '');
}

/**
 * Positions of half-width parentheses that belong to Chinese text, decided per matched pair: a pair is Chinese when
 * it holds Han characters, stands next to Chinese text, or numbers a list item ((1) at a line start). f(1) is not.
 */
function chineseParentheses(chars: string[]): Set<number> {
  const result = new Set<number>();
  const stack: number[] = [];
  const pairs: [number, number][] = [];
  const unmatched: number[] = [];
  chars.forEach((c, i) => {
    if (c === '(') stack.push(i);
    else if (c === ')') {
      const open = stack.pop();
      if (open === undefined) unmatched.push(i);
      else pairs.push([open, i]);
    }
  });
  unmatched.push(...stack);
  for (const [open, close] of pairs) {
    const inner = chars.slice(open + 1, close).join('');
    const before = chars[open - 1] ?? '';
    const after = chars[close + 1] ?? '';
    const numbering = /^\d{1,2}$/.test(inner) && !/[A-Za-z0-9_.]/.test(before);
    if (IS_HAN.test(inner) || IS_CJK_CHAR.test(before) || IS_CJK_CHAR.test(after) || numbering || (before === '' && !/[A-Za-z]/.test(inner))) {
      result.add(open);
      result.add(close);
    }
  }
  for (const i of unmatched) if (IS_CJK_CHAR.test(chars[i - 1] ?? '') || IS_CJK_CHAR.test(chars[i + 1] ?? '')) result.add(i);
  return result;
}

/** Width of a line as printed: Han and full-width forms take two columns. */
export function displayWidth(line: string): number {
  let w = 0;
  for (const c of line) {
    const code = c.codePointAt(0)!;
    w += code >= 0x2e80 && !(code >= 0xff61 && code <= 0xffdc) ? 2 : 1;
  }
  return w;
}

/**
 * Comparison key of a piece of text: width-folded, lower-case, with everything but letters, digits and Han removed,
 * so that two layouts of the same sentence (PM_2.5 / PM2.5, 1,000 / 1000, (九) / （九）) compare equal.
 */
export function compareKey(text: string): string {
  return lettersAndDigits(text.normalize('NFKC').toLowerCase());
}

const NOT_LETTER_OR_DIGIT = /[^\p{L}\p{N}]/gu;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
/** BMP code unit → 1 if it is a letter or digit (\p{L}, \p{N}), 2 if not, 0 until first asked (by LETTER_OR_DIGIT). */
const LETTER_OR_DIGIT_UNITS = new Uint8Array(0x10000);

/**
 * The text with everything but letters and digits removed: `text.replace(/[^\p{L}\p{N}]/gu, '')`, read by code unit
 * against a table the regular expression fills as characters are first met. Why: the expression tests each character
 * of every sentence and line the comparison keys are made of (a tenth of preparing a file); runs of letters are
 * copied whole. A text holding a surrogate (a character outside the BMP) goes through the expression itself.
 */
export function lettersAndDigits(text: string): string {
  let out = '';
  let run = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdfff) return text.replace(NOT_LETTER_OR_DIGIT, '');
    let kind = LETTER_OR_DIGIT_UNITS[c];
    if (kind === 0) LETTER_OR_DIGIT_UNITS[c] = kind = LETTER_OR_DIGIT.test(String.fromCharCode(c)) ? 1 : 2;
    if (kind === 1) continue;
    if (run < i) out += text.slice(run, i);
    run = i + 1;
  }
  return run === 0 ? text : run < text.length ? out + text.slice(run) : out;
}

export const CHINESE_DIGITS: Record<string, number> = {
  〇: 0, 零: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9,
};

/** 一 → 1, 十 → 10, 十二 → 12, 二十三 → 23, 一百零五 → 105; null when not a Chinese numeral. */
export function chineseNumeral(s: string): number | null {
  if (!/^[〇零一二两三四五六七八九十百千]+$/.test(s)) return null;
  let total = 0;
  let section = 0;
  let digit = 0;
  for (const c of s) {
    if (c in CHINESE_DIGITS) {
      digit = CHINESE_DIGITS[c];
    } else {
      const unit = c === '十' ? 10 : c === '百' ? 100 : 1000;
      // 十五, 百条, 千人: a multiplier with no digit before it counts one of itself (突破百条 is a hundred, not 0).
      section += (digit === 0 && section === 0 ? 1 : digit) * unit;
      digit = 0;
    }
  }
  total += section + digit;
  return total;
}

/** Circled numbers ①–⑳ used to mark list items. */
export const CIRCLED = '①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳';
