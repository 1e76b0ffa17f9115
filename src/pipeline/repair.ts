/**
 * Text repaired before it is read: between decode and normalize. Each repair is a general rule of how text gets
 * damaged on its way to us (a JSON dump's escapes, HTML remnants, invisible characters, PDF page numbers), keyed on
 * the text's own grammar, never on a file or a source; each is listed in the build log (DroppedLine with its rule).
 * Numbers are never altered: an escape or an entity is replaced by the one character it stands for.
 */
import type { DroppedLine } from './types.ts';

export interface Line {
  /** 1-based line number in the repaired text of the file. */
  no: number;
  text: string;
  /** Set where the line as typed opened with an indent (two spaces or an ideographic one): how a column marks a paragraph's first line. */
  indented?: boolean;
}

export const REPAIR_RULES = {
  escapes: 'literal escape sequence (\\n, \\t, \\uXXXX) read as the character it stands for',
  markers: 'character marker (<U+00A0>) read as its character',
  entities: 'HTML entity (&nbsp; &amp; &#12288;) read as its character',
  tags: 'HTML tag removed (block tags read as line breaks)',
  scripts: 'HTML script or style block removed',
  invisible: 'zero-width character removed',
  spacedParagraphs: 'a text on one line, its paragraphs set apart by spaces: read as lines at each sentence end and heading',
  wrappedLines: 'a column\'s lines run together on one line, a space where each broke: read as the lines they were',
  pageNumber: 'PDF page number',
  runningHead: 'PDF running header or footer (the same short line beside the page numbers of several pages)',
  dateline: 'news dateline (新华社…电, 本报讯)',
  brokenTitle: 'title broken over two lines, joined',
  brokenDelivery: 'delivery line broken over two lines, joined',
  inlineBreaks: 'numbers standing on lines of their own joined to their sentences',
  watermark: 'anti-copy code (the same short Latin token glued to the end of many lines)',
  invisibleBreak: 'line of invisible characters inside a sentence (…交出一份人 / U+200B / 民满意…), joined',
  brokenMarks: 'line break after an opening mark or before a closing one (《 / …的建议 / 》，), joined',
  markdown: 'Markdown markup removed (# before a heading, ** around bold text)',
  markdownTable: 'Markdown table read as a table (| cells | apart by bars |, the --- rule under its first row dropped)',
  markdownImage: 'Markdown image (![…](…)) removed: a picture\'s link, no text of the report',
  emptyCells: 'empty cells of a Markdown table left at the end of a line of text (…统计公报 | ||||) removed',
  pinyin: 'pinyin in brackets after characters (实（shí）现（xiàn）) removed: a site\'s reading aid, not the report\'s text',
} as const;

/** A literal line break of a JSON or CSV dump: backslash + r/n, as two characters. */
const LITERAL_BREAK = /\\r\\n|\\n|\\r/g;
const LITERAL_ESCAPE = /\\(r\\n|[nrt"\\/]|u[0-9a-fA-F]{4})/g;

function countOf(text: string, re: RegExp): number {
  return (text.match(re) ?? []).length;
}

/**
 * A file whose text came out of a JSON string or a CSV cell unescaped: no (or almost no) real line breaks but many
 * literal \n. Only then are \n, \r\n, \t, \" and \uXXXX read as the characters they stand for.
 */
function unescapeLiterals(text: string, log: (text: string, rule: string) => void): string {
  const literal = countOf(text, LITERAL_BREAK);
  const real = countOf(text, /\r\n|\r|\n/g);
  if (literal < 5 || real > Math.max(2, literal / 20)) return text;
  const counts = new Map<string, number>();
  const out = text.replace(LITERAL_ESCAPE, (m, e: string) => {
    counts.set(m, (counts.get(m) ?? 0) + 1);
    if (e === 'r\\n' || e === 'n' || e === 'r') return '\n';
    if (e === 't') return '\t';
    if (e.startsWith('u')) return String.fromCharCode(parseInt(e.slice(1), 16));
    return e;
  });
  for (const [m, n] of counts) log(`${m} ×${n}`, REPAIR_RULES.escapes);
  return out;
}

const NAMED_ENTITIES: Record<string, string> = {
  nbsp: '\u00A0', amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", ldquo: '“', rdquo: '”', lsquo: '‘', rsquo: '’',
  mdash: '—', ndash: '–', hellip: '…', middot: '·', bull: '•', emsp: '\u2003', ensp: '\u2002', thinsp: '\u2009',
  times: '×', divide: '÷', deg: '°', plusmn: '±', permil: '‰', yen: '¥', copy: '©', reg: '®', sup2: '²', sup3: '³',
  lsaquo: '‹', rsaquo: '›', laquo: '«', raquo: '»', shy: '\u00AD', zwsp: '\u200B',
};
const ENTITY = /&(?:#(\d{1,7})|#[xX]([0-9a-fA-F]{1,6})|([a-zA-Z][a-zA-Z0-9]{1,7}));/g;
/** <U+00A0>, <U+3000>: how some tools print a character they could not show. */
const CHAR_MARKER = /<U\+([0-9A-Fa-f]{4,6})>/g;
/** HTML elements that end a line of text where they stand. */
const BLOCK_TAGS = new Set(['p', 'br', 'div', 'tr', 'li', 'ul', 'ol', 'table', 'tbody', 'thead', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'hr', 'section', 'article', 'blockquote', 'pre', 'center', 'dd', 'dt', 'dl', 'header', 'footer', 'body', 'html', 'head', 'title']);
const INLINE_TAGS = new Set(['span', 'a', 'b', 'i', 'u', 'em', 'strong', 'font', 'img', 'sup', 'sub', 'td', 'th', 'small', 'big', 'code', 'label', 'o:p', 'meta', 'link', 'input', 'iframe', 'strike', 's', 'ins', 'del', 'abbr', 'cite', 'mark', 'nobr', 'wbr', 'col', 'colgroup', 'caption', 'form', 'button', 'select', 'option', 'textarea']);
/** A tag: < + an ASCII element name (+ attributes) + >. PM2.5<35 or 5<x is no tag: the name must be a known element. */
const TAG = /<\/?([A-Za-z][A-Za-z0-9]*(?::[A-Za-z]+)?)(?:\s[^<>]{0,400})?\s*\/?>/g;
/**
 * A tag whose < was lost on its way (garbled into ? by a re-encoding mirror): a known element's name right after a
 * character that is no Latin letter, one attribute at least (name=value) and the closing >. Without its attributes a
 * bare SPAN> could be prose; name=value> is a tag's own grammar.
 */
const TAG_WITHOUT_OPENER = /(?<![A-Za-z<\/])\/?([A-Za-z][A-Za-z0-9]*(?::[A-Za-z]+)?)((?:\s+[A-Za-z][\w:-]*=(?:"[^"<>\n]*"|'[^'<>\n]*'|[^\s<>"']+))+)\s*\/?>/g;
/** What a known tag is read as: a block tag a line break, an inline one nothing; null (kept) for any other name. */
function tagReplacement(_m: string, name: string): string | null {
  const n = name.toLowerCase();
  return BLOCK_TAGS.has(n) ? '\n' : INLINE_TAGS.has(n) ? '' : null;
}
const SCRIPT_BLOCK = /<(script|style)\b[^>]*>[\s\S]*?<\/\1\s*>/gi;
/** A line, then a line of invisible characters alone (where a page's inline element stood), then more text. */
const INVISIBLE_LINE_AFTER = /^([^\n]*)\r?\n[ \t]*[\u200B\u200C\u200D\u2060\uFEFF]+[ \t]*\r?\n(?=\S)/gmu;
/**
 * A line of prose that stops inside a word or a clause: a sentence's end inside it, twenty characters at least, and it
 * ends on a character or a pause (…扎实推进。推动, …交出一份人). The line under it goes on with its sentence.
 */
export function stopsMidClause(text: string): boolean {
  // (…科技进步贡献率提高到5 / 8.5%。: a number broken over the lines is a stop inside a clause too.)
  return text.length >= 20 && /[。；！？]/u.test(text) && /[\p{Script=Han}、，\d]$/u.test(text);
}
/** Invisible characters that only break words apart: zero-width space, joiners, word joiner, BOM inside the text, soft hyphen. */
const INVISIBLE = /[\u200B\u200C\u200D\u2060\uFEFF\u00AD]/g;

/**
 * Whole-text repairs: escapes (only in an escaped dump), character markers, HTML script blocks, tags and entities,
 * invisible characters. Returns the repaired text and one log entry per kind of repair (with its count).
 */
export function repairText(text: string, file: string): { text: string; dropped: DroppedLine[] } {
  const dropped: DroppedLine[] = [];
  const log = (t: string, rule: string) => dropped.push({ file, line: null, text: t, rule });
  let s = unescapeLiterals(text, log);

  const tally = (re: RegExp, rule: string, replace: (m: string, ...g: string[]) => string | null) => {
    const counts = new Map<string, number>();
    s = s.replace(re, (m: string, ...g: string[]) => {
      const r = replace(m, ...g);
      if (r === null) return m;
      const key = m.length > 40 ? `${m.slice(0, 40)}…` : m;
      counts.set(key, (counts.get(key) ?? 0) + 1);
      return r;
    });
    for (const [m, n] of counts) log(n > 1 ? `${m} ×${n}` : m, rule);
  };

  tally(CHAR_MARKER, REPAIR_RULES.markers, (_m, hex) => {
    const cp = parseInt(hex, 16);
    return cp <= 0x10ffff ? String.fromCodePoint(cp) : null;
  });
  if (/<\/?[A-Za-z]/.test(s)) {
    tally(SCRIPT_BLOCK, REPAIR_RULES.scripts, () => '\n');
    tally(TAG, REPAIR_RULES.tags, tagReplacement);
  }
  if (/[A-Za-z]=[^<>\n]{0,200}>/.test(s)) {
    tally(TAG_WITHOUT_OPENER, REPAIR_RULES.tags, tagReplacement);
  }
  if (s.includes('&')) {
    tally(ENTITY, REPAIR_RULES.entities, (_m, dec, hex, name) => {
      if (dec || hex) {
        const cp = dec ? parseInt(dec, 10) : parseInt(hex, 16);
        return cp > 0 && cp <= 0x10ffff ? String.fromCodePoint(cp) : null;
      }
      return NAMED_ENTITIES[name] ?? NAMED_ENTITIES[name.toLowerCase()] ?? null;
    });
  }
  // An entity may have stood for an invisible character: removed after the entities are read.
  // (…交出一份人 / U+200B / 民满意…: a line of invisible characters alone, where a page's inline element stood, inside a
  // sentence of prose — the line before holds a sentence's end and stops mid-clause — is no paragraph's end.)
  tally(INVISIBLE_LINE_AFTER, REPAIR_RULES.invisibleBreak, (_m, before: string) => (stopsMidClause(before.trim()) ? before : null));
  const invisible = countOf(s, INVISIBLE);
  if (invisible) {
    s = s.replace(INVISIBLE, '');
    log(`U+200B/U+FEFF/U+00AD ×${invisible}`, REPAIR_RULES.invisible);
  }
  s = wrappedLines(spacedParagraphs(s, log), log);
  // After the entities: a page's code may have been written as one.
  s = removeWatermarks(s, log);
  s = removePinyinNotes(s, log);
  s = readMarkdown(s, log);
  return { text: s, dropped };
}

/** A text this long or longer on one line is a page that lost its breaks. */
const ONE_LINE_AT_LEAST = 400;
/**
 * A space where a paragraph broke: after a sentence's end or the greeting's colon, or before a heading's number, the
 * greeting or a delivery line's dash (…意见。 一、新时代新答卷 2018年，…; 2019年新县政府工作报告 ——2019年2月16日在…), or right
 * after a sentence's end before a heading whose title a space ends (…下降35.2%。二、农业、农村经济 全年…).
 */
const SPACED_BREAK = /(?<=[。！？：:；;])[ \u3000]+(?=\S)|(?<=[。！？；;])(?=[一二三四五六七八九十]{1,3}、[^\s。，,；;：:]{1,20}[ \u3000])|(?<=\S)[ \u3000]+(?=(?:[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十]{1,3}[）)]|各位代表|同志们|[—－]{2}))/gu;
/** So many such spaces at least: a text that sets its paragraphs apart so does it throughout. */
const SPACED_BREAKS_MIN = 3;

/** A report's or a bulletin's title at a line's start, then a space and the year its text opens on. */
const TITLE_THEN_TEXT = /^([ \u3000]*\d{4}年[^\n。，,：:；;！？ \u3000]{2,40}(?:统计公报|統計公報|工作报告|工作報告))[ \u3000]+(?=\d{4}年)/gmu;

/**
 * A page copied onto one line, its paragraphs set apart by spaces (2019年新县政府工作报告 ——2019年2月16日在…会议上 新县人民政府
 * 县长 夏明夫 各位代表: 现在，… 一、新时代新答卷 2018年，…): each such space is a line break again — only at a sentence's
 * end, the greeting, a heading's number or a dash, never inside a sentence, so that nothing is joined or cut that the text
 * did not break. Also a page whose body alone lost its breaks, under the lines of a site's menus that kept theirs (购物车,
 * 我的足迹, a title, then the whole report on one line): each such line is read so, on its own count.
 */
function spacedParagraphs(s: string, log: (t: string, rule: string) => void): string {
  // (A text of one or two lines — a title, then the rest — is counted whole.)
  const whole = s.split('\n').filter((l) => l.trim() !== '').length <= 2;
  let breaks = 0;
  const out = (whole ? [s] : s.split('\n')).map((line) => {
    if (line.length < ONE_LINE_AT_LEAST) return line;
    const here = countOf(line, SPACED_BREAK);
    if (here < SPACED_BREAKS_MIN) return line;
    // (…请予 审议，… 在县 人大、县政协…: a line whose spaces stand mostly inside sentences is a page's lines run
    // together, each wrapped where the page was — the breaks of its lines, not of paragraphs: see wrappedLines.)
    if (!whole && countOf(line, /(?<=\S)[ \u3000]+(?=\S)/gu) > 2 * here) return line;
    breaks += here;
    // (一、新时代新答卷 2018年，是…: a heading's title ends at its first space, before any sentence's punctuation.)
    return line.replace(SPACED_BREAK, '\n').replace(SPACED_HEADING, '$1\n');
  });
  // (2023年昌吉市国民经济和社会发展统计公报 2023年，在市党委…: a line that opens with a report's or a bulletin's title and
  // then a space and the year its text opens on broke there, however few other breaks it kept.)
  const text = out.join('\n').replace(TITLE_THEN_TEXT, (_m, title: string) => {
    breaks++;
    return `${title}\n`;
  });
  if (!breaks) return s;
  log(`${breaks} spaces read as line breaks`, REPAIR_RULES.spacedParagraphs);
  return text;
}

/** So many pieces at least, and this share of them about the median's width, make a line a column's lines run together. */
const WRAPPED_PIECES_MIN = 10;
const WRAPPED_SHARE = 0.7;

/**
 * A page's lines run together on one line, each break a space (…勠力同心、攻坚克难，奋力实现新一届政府良好 开局 今年以来，
 * 在市委的坚强领导下，全市上下深入学习 贯彻党的十九大…): the pieces between the spaces are about one width, as a column's
 * lines are — each is a line again, and the paragraphs are rebuilt as a column's (normalize's joinWrapped), where a short
 * line ends one and a numbered heading opens one.
 */
function wrappedLines(s: string, log: (t: string, rule: string) => void): string {
  let restored = 0;
  const out = s.split('\n').map((line) => {
    if (line.length < ONE_LINE_AT_LEAST) return line;
    const pieces = line.trim().split(/[ \u3000]+/u);
    if (pieces.length < WRAPPED_PIECES_MIN) return line;
    const widths = pieces.map((p) => p.length).sort((a, b) => a - b);
    const median = widths[Math.floor(widths.length / 2)];
    if (median < 12 || median > 60 || widths.filter((w) => Math.abs(w - median) <= median * 0.2).length < pieces.length * WRAPPED_SHARE) return line;
    restored += pieces.length - 1;
    return pieces.join('\n');
  });
  if (!restored) return s;
  log(`${restored} spaces read as a column's line breaks`, REPAIR_RULES.wrappedLines);
  return out.join('\n');
}
const SPACED_HEADING = /^((?:[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十]{1,3}[）)])[^ \u3000\n。！？；，,：:]{1,30})[ \u3000]+(?=\S)/gmu;

/** A syllable of pinyin with its tone mark, in brackets right after a Chinese character: 现（xiàn）, 區(qū). */
const PINYIN_NOTE = /(?<=\p{Script=Han})[（(]([a-zü]{0,5}[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ][a-zü]{0,5})[）)]/gu;
/** So many such notes at least: a site that glosses its text so does it throughout; one gloss may be the report's own. */
const PINYIN_NOTES_MIN = 5;

/**
 * Pinyin a site sets after characters of the text (实（shí）现（xiàn）规（guī）上工业（yè）增加值), a reading aid some pages
 * add by program: removed, so that 规上工业增加值 reads as itself. Only in a text that holds many — a toned syllable in
 * brackets is no word a report writes.
 */
function removePinyinNotes(s: string, log: (text: string, rule: string) => void): string {
  const notes = countOf(s, PINYIN_NOTE);
  if (notes < PINYIN_NOTES_MIN) return s;
  log(`（…） ×${notes}`, REPAIR_RULES.pinyin);
  return s.replace(PINYIN_NOTE, '');
}

/** The line under a Markdown table's first row: | --- | :---: |, or --- | --- without the outer bars. */
const PIPE_TABLE_RULE = /^\s*\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)+\|?\s*$/u;
/**
 * A Markdown table (| 序号 | 任务 | 落实情况 |, a rule of dashes under its first row): its rows as the text of a table
 * typed with tabs, cells apart by a tab — how the rest of the pipeline reads a table —, the rule line dropped. Only where
 * the rule line stands: bars alone in a line of text are no table.
 */
function pipeTablesAsCells(s: string, log: (text: string, rule: string) => void): string {
  if (!s.includes('|') || !/-{3}/u.test(s)) return s;
  const lines = s.split('\n');
  const cellsOf = (l: string) => l.trim().replace(/^\|/u, '').replace(/\|$/u, '').split('|').map((c) => c.trim()).join('\t');
  let rows = 0;
  for (let i = 1; i < lines.length; i++) {
    if (!PIPE_TABLE_RULE.test(lines[i]!) || !lines[i - 1]!.includes('|')) continue;
    lines[i - 1] = cellsOf(lines[i - 1]!);
    lines.splice(i, 1);
    rows++;
    for (; i < lines.length && lines[i]!.includes('|') && lines[i]!.trim() !== ''; i++, rows++) lines[i] = cellsOf(lines[i]!);
  }
  if (rows === 0) return s;
  log(`${rows} rows`, REPAIR_RULES.markdownTable);
  return lines.join('\n');
}

/** A Markdown heading's marks at the start of a line: ## 一、2023年工作回顾. */
const MARKDOWN_HEADING = /^[ \t]{0,3}#{1,6}[ \t]+(?=\S)/gmu;
/** Bold or italic marks around Chinese text on one line: **全年接待游客518.4万人次，**, __…__. */
const MARKDOWN_EMPHASIS = /(\*\*|__)(?=\S)([^\n*_]*?\p{Script=Han}[^\n*_]*?)(?<=\S)\1/gu;
/**
 * Bars of empty table cells after a line's text with no bar of its own, two at least: 2013年上虞区…统计公报 | ||||||. (A
 * line of cells, | 文件名称 | …报告 | ||, is a table's row: read as one below.)
 */
const EMPTY_CELLS_AT_END = /^([^|｜\n]*[\p{Script=Han}。）)”])(?:[ \t\u3000]*[|｜]){2,}[ \t\u3000]*$/gmu;

/** A Markdown image, and the bars of empty cells after it: ![](/Files/…/2015.jpg), ![]() |. */
const MARKDOWN_IMAGE = /!\[[^\]\n]*\]\([^)\n]*\)(?:[ \t\u3000]*[|｜])*/gu;

/**
 * A Markdown copy of a report (a converter's or a site's export): its tables read as tables, and its headings' # marks
 * and its bold marks, which are markup, not text, removed. Only in a file that shows those marks on two lines at least —
 * one # at a line's start, or one pair of ** around Chinese text, is no mark of a Markdown file (3#机组 has no space after
 * it).
 */
function readMarkdown(s: string, log: (text: string, rule: string) => void): string {
  const images = countOf(s, MARKDOWN_IMAGE);
  if (images) {
    log(`![…](…) ×${images}`, REPAIR_RULES.markdownImage);
    s = s.replace(MARKDOWN_IMAGE, '');
  }
  const empty = countOf(s, EMPTY_CELLS_AT_END);
  if (empty) {
    log(`| ×${empty}`, REPAIR_RULES.emptyCells);
    s = s.replace(EMPTY_CELLS_AT_END, '$1');
  }
  s = pipeTablesAsCells(s, log);
  const headings = countOf(s, MARKDOWN_HEADING);
  const emphasis = countOf(s, MARKDOWN_EMPHASIS);
  if (headings + emphasis < 2) return s;
  if (headings) log(`# ×${headings}`, REPAIR_RULES.markdown);
  if (emphasis) log(`** ×${emphasis}`, REPAIR_RULES.markdown);
  return s.replace(MARKDOWN_HEADING, '').replace(MARKDOWN_EMPHASIS, '$2');
}

/**
 * A short Latin token glued right after Chinese text or its punctuation, then a space or the end of the line: where a
 * page marks its copies (…工作报告ftr, 各位代表:zTB, …意见。heK). The mark of a copy is that the same token stands so
 * again and again: three times at least. It must hold a small letter (GDP, CPI, PPP are words of the text) and may hold digits (js8, 2uD, Sw7);
 * a full stop before it is a file name's (附件.doc), no mark.
 */
/** Chinese text or its punctuation (or the half-width marks a page may use): what a mark is glued to. */
const GLUED_AFTER = '(?<=[\\p{Script=Han}\\u3000-\\u303f\\uff01-\\uff0f\\uff1a-\\uff1f，。；：、！？”’）》,;:])';
const GLUED_TOKEN = new RegExp(`${GLUED_AFTER}([A-Za-z0-9]{2,4})(?=[ \\t\\u3000]|\\r?\\n|$)`, 'gu');
function removeWatermarks(s: string, log: (text: string, rule: string) => void): string {
  const seen = new Map<string, number>();
  for (const m of s.matchAll(GLUED_TOKEN)) seen.set(m[1], (seen.get(m[1]) ?? 0) + 1);
  const marks = [...seen].filter(([t, n]) => n >= 3 && /[a-z]/.test(t)).map(([t]) => t);
  if (!marks.length) return s;
  // Once known, the mark goes wherever it is glued to the text, a Chinese character after it too (大会ftr第五次会议上).
  const anywhere = new RegExp(`${GLUED_AFTER}(?:${marks.join('|')})(?![A-Za-z0-9])`, 'gu');
  const counts = new Map<string, number>();
  const out = s.replace(anywhere, (m: string) => {
    counts.set(m, (counts.get(m) ?? 0) + 1);
    return '';
  });
  for (const [m, n] of counts) log(`${m} ×${n}`, REPAIR_RULES.watermark);
  return out;
}

const DASH = '[—－\\-–─﹣]';
/** — 6 —, -19-, － 12 －: a page number between dashes, alone on a line. */
const PAGE_NUMBER_LINE = new RegExp(`^${DASH}\\s*\\d{1,3}\\s*${DASH}$|^第\\s*\\d{1,3}\\s*页(?:\\s*[，,/]?\\s*共\\s*\\d{1,3}\\s*页)?$|^共\\s*\\d{1,3}\\s*页\\s*[，,]?\\s*第\\s*\\d{1,3}\\s*页$`);
/** 3/12 alone on a line: page 3 of 12 (the first never above the second). */
const PAGE_OF_LINE = /^(\d{1,3})\s*\/\s*(\d{1,3})$/;
/** A line without the spaces that open and close it (full-width and no-break spaces too). */
const trimLine = (t: string) => t.replace(/^[\s\u3000\u00A0]+|[\s\u3000\u00A0]+$/g, '');

/** A page number alone on its (trimmed) line, in any of the forms above. */
function isPageNumber(t: string): boolean {
  const of = t.match(PAGE_OF_LINE);
  return PAGE_NUMBER_LINE.test(t) || (!!of && Number(of[1]) >= 1 && Number(of[1]) <= Number(of[2]) && Number(of[2]) > 1);
}

/** How far from a page number (in lines of text) a running header or footer stands. */
const RUNNING_HEAD_REACH = 2;

/**
 * A PDF's running header or footer — the report's title, the publisher's name — printed on every page: the same short
 * line (no sentence in it) standing beside the page numbers of two pages or more. Those occurrences, and only those, are
 * page furniture; the same words elsewhere (the title at the top) are text. Read as text, each would open a new document
 * (a title after a finished page), and the report would fall apart into its pages.
 */
function runningHeads(lines: Line[]): Set<number> {
  const trimmed = (k: number) => trimLine(lines[k]!.text);
  const pages = lines.map((_, k) => k).filter((k) => isPageNumber(trimmed(k)));
  if (pages.length < 2) return new Set();
  // Each short line of text beside a page number: the lines it stands on, and the page numbers it stands beside.
  const beside = new Map<string, { lines: number[]; pages: Set<string> }>();
  for (const p of pages) {
    for (const step of [-1, 1]) {
      let seen = 0;
      for (let k = p + step; k >= 0 && k < lines.length && seen < RUNNING_HEAD_REACH; k += step) {
        const t = trimmed(k);
        if (t === '') continue;
        seen++;
        if (isPageNumber(t) || t.length > 60 || /[。！？；]/u.test(t)) continue;
        const at = beside.get(t) ?? { lines: [], pages: new Set<string>() };
        at.lines.push(k);
        // (By the number printed: a file holding the report twice has the same line beside the same page's number twice.)
        at.pages.add(trimmed(p).replace(/\D/gu, ''));
        beside.set(t, at);
      }
    }
  }
  const out = new Set<number>();
  // (Two lines at least, each beside a page number: one line between two close page numbers is no running header.)
  for (const at of beside.values()) if (at.pages.size >= 2 && new Set(at.lines).size >= 2) for (const k of at.lines) out.add(k);
  return out;
}

/** …旅游经济持续旺盛—6—: a page number the extraction glued to the end of a line of Chinese text. */
const GLUED_PAGE_NUMBER = new RegExp(`(?<=[\\p{Script=Han}，。；：、！？”’）》])\\s*(${DASH}\\s*\\d{1,3}\\s*${DASH})$`, 'u');
/** 新华社北京3月12日电, 本报讯, 南方网讯: the dateline of a news item, alone on a line. */
const DATELINE = /^(?:新华社|中新社|本报|本台|\p{Script=Han}{1,8}?(?:网|社|报|台))\p{Script=Han}{0,6}?(?:\d{1,2}月\d{1,2}日电|\d{1,2}月\d{1,2}日讯|讯)(?:[（(]记者[^）)]{0,20}[）)])?$/u;
/** Document kinds whose name a line break may cut: 政府工作报 / 告. */
const TITLE_WORDS = ['政府工作报告', '工作报告', '统计公报', '工作要点', '规划纲要', '行动纲要', '实施方案', '行动方案'];

/** How many characters at least, and what share of them standing alone between spaces, make a line letter-spaced. */
const LETTER_SPACED_MIN = 4;
const LETTER_SPACED_SHARE = 0.8;

/**
 * 各 位 代 表 ： / 近 1 4 亿 人 口 / 超 过 1 . 8 万 户: a line with a space after (nearly) every character — a PDF's text with its
 * character spacing — is closed up, a wider gap kept as one space (a word apart in Latin). Read with the spaces, the
 * figures would be cut apart (1 4亿 read as 4亿).
 */
function closeLetterSpacing(line: string, fileSpaced = false): string {
  if (!line.includes(' ')) return line;
  // (Cell by cell: the tabs between a table's cells, and the one that opens a cell's line, stay.)
  if (line.includes('\t')) return line.split('\t').map((cell) => closeLetterSpacing(cell, fileSpaced)).join('\t');
  const t = line.trim();
  const tokens = t.split(/ +/u);
  const single = tokens.filter((w) => [...w].length === 1).length;
  // (A short line is letter-spaced when every character stands alone and one is Han — 序 号, 市 长 —, or any such line
  // where most of the file is: 1 0, a row's number.)
  const spaced = tokens.length >= LETTER_SPACED_MIN ? single >= tokens.length * LETTER_SPACED_SHARE : tokens.length >= 2 && single === tokens.length && (fileSpaced || /\p{Script=Han}/u.test(t));
  if (!spaced) return line;
  return t.split(/ {2,}/u).map((w) => w.replace(/ /gu, '')).join(' ');
}

/** Most of the file's longer lines letter-spaced. */
function letterSpacedFile(lines: Line[]): boolean {
  const long = lines.filter((l) => l.text.includes(' ') && l.text.trim().split(/ +/u).length >= LETTER_SPACED_MIN);
  return long.length > 0 && long.filter((l) => closeLetterSpacing(l.text) !== l.text).length >= long.length * 0.5;
}

/**
 * Line-level repairs, line numbers kept: page numbers (alone, or glued at the end of a line), news datelines, and a
 * title a line break cut inside its kind word (政府工作报 / 告).
 */
export function repairLines(input: Line[], file: string): { lines: Line[]; dropped: DroppedLine[] } {
  const dropped: DroppedLine[] = [];
  // (Letter-spaced lines are closed up first: a page number or a title is then read as one.)
  const fileSpaced = letterSpacedFile(input);
  const closed = input.map((l) => ({ no: l.no, text: closeLetterSpacing(l.text, fileSpaced) }));
  const lines = joinAtMarks(joinInlineBreaks(closed, file, dropped), file, dropped);
  const heads = runningHeads(lines);
  const out: Line[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    const t = trimLine(line.text);
    if (t === '') {
      out.push(line);
      continue;
    }
    if (heads.has(i)) {
      dropped.push({ file, line: line.no, text: line.text, rule: REPAIR_RULES.runningHead });
      continue;
    }
    if (isPageNumber(t)) {
      dropped.push({ file, line: line.no, text: line.text, rule: REPAIR_RULES.pageNumber });
      continue;
    }
    if (DATELINE.test(t)) {
      dropped.push({ file, line: line.no, text: line.text, rule: REPAIR_RULES.dateline });
      continue;
    }
    const glued = t.match(GLUED_PAGE_NUMBER);
    if (glued) {
      dropped.push({ file, line: line.no, text: glued[1], rule: REPAIR_RULES.pageNumber });
      out.push({ no: line.no, text: t.slice(0, glued.index) });
      continue;
    }
    // A delivery line or a title a break cut in two: joined on the first line, the second logged as joined.
    const delivery = brokenDelivery(t, lines, i);
    const broken = delivery ?? brokenTitle(t, lines, i);
    if (broken) {
      dropped.push({ file, line: lines[broken.next].no, text: lines[broken.next].text, rule: delivery ? REPAIR_RULES.brokenDelivery : REPAIR_RULES.brokenTitle });
      out.push({ no: line.no, text: broken.text });
      // The lines between are blank: kept, so that line numbers and paragraph breaks stay as they were.
      for (let k = i + 1; k < broken.next; k++) out.push(lines[k]);
      i = broken.next;
      continue;
    }
    out.push(line);
  }
  return { lines: out, dropped };
}

/** A number alone on its line (3.5%, 10, 322): in running text, the styled part of a sentence a copy cut out. */
const BARE_NUMBER = /^[-+]?\d[\d.,]*\s*[%‰％]?$/;
/** A line that ends a sentence or a clause that may close a paragraph. */
const CLOSED = /[。！？；：:;!?…][\s'"”’」』）)]*$/;
/** A line that can only continue what stands before it: it opens with a closing mark, a pause or a unit of the number. */
const CONTINUES = /^[，。、；：！？）」』”’%‰％,.;:!?)]/;
/** A line that ends inside a clause: an opening mark or a pause. */
const OPEN_END = /[（“‘《、，,(]$/;
const HEADING_OPENING = /^(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十\d]+[）)]|\d{1,2}[.．、](?!\d)|[①-⑳]|——|各位代表|第[一二三四五六七八九十]+[部章])/;

/**
 * Text copied from a page that set its numbers apart (each in an element of its own) puts every number on a line of its
 * own, and breaks the sentence around it: 预计全年地区生 / 产总值增长 / 3.5% / 左右。 A file reads so when a good share of
 * its numbers alone on a line stand between two lines of prose (a clause mark on each side) — a table written one cell a
 * line has labels and numbers there, and a page number stands alone between whole paragraphs. In such a file a line
 * break is read as no break where the grammar says the sentence goes on: beside a number alone, before a closing mark
 * or a pause, after an opening one, and inside a clause of prose (not after a heading, not before one). Two digits are
 * never joined across a break (4.6 / 1 / 亿元 may be 4.61 or a page number: it stays as it is).
 */
function joinInlineBreaks(lines: Line[], file: string, dropped: DroppedLine[]): Line[] {
  const text = lines.map((l) => l.text.trim());
  const filled = text.map((t, i) => (t === '' ? -1 : i)).filter((i) => i >= 0);
  const bare = filled.filter((i) => BARE_NUMBER.test(text[i]));
  let inline = 0;
  for (let k = 1; k < filled.length - 1; k++) {
    const [a, i, b] = [text[filled[k - 1]], text[filled[k]], text[filled[k + 1]]];
    if (BARE_NUMBER.test(i) && !BARE_NUMBER.test(a) && !BARE_NUMBER.test(b) && /[，、,]/.test(a) && !CLOSED.test(a) && /[，。；、,;]/.test(b)) inline++;
  }
  if (inline < 2 || inline < bare.length * 0.3) return lines;
  const out: Line[] = [];
  let joins = 0;
  let lastBare = false;
  // The last line of text: a page number (今年财政支 / - 8 - / 出超过…) is set aside, to be dropped as one, and the
  // sentence it broke goes on across it.
  let prev: Line | undefined;
  for (const line of lines) {
    const t = line.text.trim();
    if (t === '') continue;
    if (isPageNumber(t)) {
      out.push({ no: line.no, text: t });
      continue;
    }
    const p = prev?.text ?? '';
    const isBare = BARE_NUMBER.test(t);
    const join =
      !(/[\d.]$/.test(p) && /^[\d.]/.test(t)) &&
      ((isBare && !CLOSED.test(p)) ||
        (lastBare && !HEADING_OPENING.test(t)) ||
        (CONTINUES.test(t) && !/^——/.test(t)) ||
        OPEN_END.test(p) ||
        (/[，、,]/.test(p) && !CLOSED.test(p) && !HEADING_OPENING.test(p) && !HEADING_OPENING.test(t)));
    if (prev !== undefined && join) {
      prev.text = `${p}${t}`;
      joins++;
    } else {
      prev = { no: line.no, text: t };
      out.push(prev);
    }
    lastBare = isBare;
  }
  if (!joins) return lines;
  dropped.push({ file, line: null, text: `${joins} line breaks inside sentences, ${bare.length} numbers alone on a line`, rule: REPAIR_RULES.inlineBreaks });
  return out;
}

/** Opening marks and the marks that close them. */
const MARK_PAIRS: Record<string, string> = { '《': '》', '“': '”', '「': '」', '『': '』', '（': '）' };
const CLOSING_MARK = new Map(Object.entries(MARK_PAIRS).map(([open, close]) => [close, open]));
/** Is `mark` (an opening mark) left open at the end of `line`: more of it than of its closing mark? */
const leftOpen = (line: string, mark: string) => line.split(mark).length > line.split(MARK_PAIRS[mark]!).length;
/** A pause that opens a line (，国家机关的决议): no line of Chinese text starts so. */
const PAUSE_AT_START = /^[，、；：。！？]/u;

/**
 * A line break right after an opening title mark or quote, or right before a closing title mark or a pause, is no
 * paragraph's end — a page that set each linked title (《…》) on a line of its own broke its sentence there: 根据《 /
 * 中共中央关于制定…的建议 / 》，国务院编制了《 / …纲要（草案） / 》。 Only lines that follow each other, with no blank line
 * between, are joined; each join is logged.
 */
function joinAtMarks(lines: Line[], file: string, dropped: DroppedLine[]): Line[] {
  const out: Line[] = [];
  for (const line of lines) {
    const t = line.text.trim();
    const prev = out[out.length - 1];
    const p = prev?.text.trim() ?? '';
    // (Only a mark the line before left open: 》》点击图片进入专题《《 under a report's last paragraph closes nothing of it.)
    const last = p.at(-1) ?? '';
    const opensAtEnd = last in MARK_PAIRS && last !== '（' && leftOpen(p, last);
    const closing = CLOSING_MARK.get(t[0] ?? '');
    const closesAtStart = closing !== undefined && leftOpen(p, closing);
    const pause = PAUSE_AT_START.test(t) && !CLOSED.test(p);
    // (（ / 三）改革开放持续深化、互促共进。: a heading's number broke after its opening bracket, the bracket alone on its line.)
    const numberOpened = /^[（(]$/u.test(p) && /^[一二三四五六七八九十\d]{1,3}[）)]/u.test(t);
    if (t !== '' && p !== '' && (opensAtEnd || closesAtStart || pause || numberOpened)) {
      dropped.push({ file, line: line.no, text: line.text, rule: REPAIR_RULES.brokenMarks });
      prev!.text = `${p}${t}`;
      continue;
    }
    out.push({ ...line });
  }
  return out;
}

const DATE_IN = '(?:\\d{4}|[〇零一二三四五六七八九○]{4})\\s*年\\s*[\\d〇零一二三四五六七八九十]{1,3}\\s*月\\s*[\\d〇零一二三四五六七八九十]{1,3}\\s*日';
/** ——2016年1月29日在崇川区: a delivery line's date and place, its congress not yet named. */
const DELIVERY_HEAD = new RegExp(`^[—－\\-─]{0,4}\\s*[（(]?\\s*${DATE_IN}\\s*在[^，。；！？,;]{0,30}?(?:[省市区县州盟旗]|第[一二三四五六七八九十\\d]{1,3}届|人民代表大会|人大)$`);
/** 第八届人民代表大会第五次会议上 (or 第六次会议上 after …人民代表大会): the rest of it, on the next line. */
const DELIVERY_REST = /^(?:(?:第[一二三四五六七八九十\d]{1,3}届|届)?(?:人民代表大会|人大)[^，。；！？,;]{0,24}?|第[一二三四五六七八九十\d]{1,3}次)会议上?\s*[)）]?$/;

/**
 * ——2016年1月29日在崇川区 / 第八届人民代表大会第五次会议上 (after blank lines only): one delivery line that a column
 * broke — its date and place on one line, the congress on the next.
 */
function brokenDelivery(t: string, lines: Line[], i: number): { text: string; next: number } | null {
  if (!DELIVERY_HEAD.test(t) || /会议上?\s*[)）]?$/.test(t)) return null;
  let j = i + 1;
  while (j < lines.length && j <= i + 3 && lines[j].text.trim() === '') j++;
  if (j >= lines.length) return null;
  const next = lines[j].text.replace(/^[\s\u3000\u00A0]+|[\s\u3000\u00A0]+$/g, '');
  if (!DELIVERY_REST.test(next)) return null;
  return { text: `${t}${next}`, next: j };
}

/** 政府工作报 followed (after blank lines only) by 告: the kind word completed by a short next line. */
function brokenTitle(t: string, lines: Line[], i: number): { text: string; next: number } | null {
  const compact = t.replace(/\s+/g, '');
  if (compact.length > 40 || /[，。；：！？]/.test(compact)) return null;
  let j = i + 1;
  while (j < lines.length && j <= i + 6 && lines[j].text.trim() === '') j++;
  if (j >= lines.length) return null;
  const next = lines[j].text.replace(/[\s\u3000\u00A0]+/g, '');
  // (2020年吉林省 / 政府工作报告: the break before the kind word, after the year or the government that opens a title.)
  if (TITLE_WORDS.includes(next) && compact.length <= 20 && /(?:\d{4}年|[省市区县州盟旗]|人民政府)$/.test(compact)) return { text: `${t}${next}`, next: j };
  if (next.length === 0 || next.length > 3) return null;
  for (const w of TITLE_WORDS) {
    for (let k = 1; k < w.length; k++) {
      if (compact.endsWith(w.slice(0, k)) && next === w.slice(k) && compact.length >= k) return { text: `${t}${next}`, next: j };
    }
  }
  return null;
}
