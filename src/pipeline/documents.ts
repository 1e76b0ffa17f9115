/**
 * One file, several documents: a file may hold a statistics bulletin, a notice and a report one after the other, two
 * years' reports, or the same report captured more than once. The file's lines are cut where a new document's
 * opening begins — by the grammar of document openings (a title line naming a kind of document, a delivery line
 * 〈在…人民代表大会…会议上〉, a greeting with the opening sentence of a report), never by line numbers or names — and
 * only once the text before is a complete document of its own. A text that starts again (a run of lines that repeat
 * lines already read, in order) is a second copy and is cut there too; ingest.ts then merges copies back into one.
 */
import type { Line } from './repair.ts';
import { foldWidth, lettersAndDigits } from './text.ts';
import { DATE_ALONE, HEAD_OFFICES } from './front-matter.ts';

export const DOCUMENT_RULES = {
  opening: 'a new document opens here (title, delivery line or greeting after a complete document)',
  copy: 'the text starts again here (a second copy of the document)',
} as const;

export interface DocumentCut {
  /** Line number (of the file) where the new document starts. */
  line: number;
  rule: string;
  /** The line that showed it. */
  text: string;
}

/** Kinds of whole documents, at the end of a title line. */
const DOC_TITLE_END = /(?:政府工作报告|工作报告|的报告|统计公报|公报|工作要点|的通知|的决定|的决议|规划纲要|行动纲要|实施方案|行动方案)$/;
/** What may follow a title on its line: （2004年5月11日）, (韶府〔2007〕24号), （全文）. */
const TITLE_SUFFIX = /\s*[（(][^（）()]{1,24}[）)]$/;
/** A title glued to its web metadata: …统计公报时间：2010-01-15 来源：… */
const GLUED_META = /(?:发布时间|发布日期|时间|日期|来源)\s*[:：].*$/;
/** 郑振涛代市长2007年1月23日在…会议上作的政府工作报告: the delivery line and the title in one. */
const DELIVERY =
  /^(?:[—－\-─]{1,4})?.{0,40}?(?:\d{4}|[〇零一二三四五六七八九○]{4})\s*年.{0,60}?在.{0,30}?人民代表大会.{0,20}?会议(?:上)?[)）]?$|^(?:[—－\-─]{1,4})?[（(]?在.{0,30}?人民代表大会.{0,20}?会议上?[)）]?$/;
/** ——2019年1月17日在清远市第七届 / 人民代表大会第五次会议上: a delivery line wrapped in two. */
const DELIVERY_START = /^(?:[—－\-─]{1,4})?[（(]?(?:\d{4}|[〇零一二三四五六七八九○]{4})\s*年.{0,14}在.{0,30}$/;
/**
 * 2008年政府工作报告--2008年3月26日在…人民代表大会第三次会议上清远市代市长徐萍华各位代表：…: a title and the delivery line
 * run into one line with what follows them (a copy that lost the breaks of its front matter). Group 1 is the title.
 */
const TITLE_THEN_DELIVERY = /^(.{4,60}?)[—－\-─]{0,4}[（(]?(?:\d{4}|[〇零一二三四五六七八九○]{4})年.{0,12}?在.{0,30}?人民代表大会.{0,20}?会议上/;
const GREETING = /^各位代表[：:！!，,]?$/;
/** The first sentence of a report: 我代表市人民政府，向大会作政府工作报告 / 我受市人民政府委托，向大会作… */
const OPENING_SENTENCE = /^(?:各位代表[：:！!，,]\s*)?(?:现在[，,]\s*)?我(?:受[^，。]{0,16}委托|代表[^，。]{0,24})[，,]?\s*(?:现在)?向(?:大会|本次会议)(?:作|报告)/;
/** Lines of a document's front matter that may stand above its title: web metadata, a dated line, a short headline. */
const META = /^(?:来源|文章来源|稿源|信息来源|作者|编辑|责任编辑|发布时间|发布日期|发表时间|更新时间|时间|日期|字体|字号)\s*[:：]/;
const SPEAKER = new RegExp(`^\\S{0,24}?(?:人民政府)?代?(?:${HEAD_OFFICES}|主席|总理|局长|主任)\\s*[:：]?\\s*(?:\\p{Script=Han}\\s*){2,4}$`, 'u');
const ATTACHMENT = /^附件?\s*[:：]\s*(.*)$|^附件$/;

/** Share of Han characters and sentences the text before a cut must hold to be a document of its own. */
const MIN_DOC_HAN = 800;
const MIN_DOC_SENTENCES = 8;
/** Lines compared to find a second copy: long enough that two reports do not share them by chance. */
const MIN_COPY_KEY = 20;
const COPY_RUN = 3;

/**
 * A line width-folded and without whitespace, as the tests below read it. Kept, while splitDocuments runs, by line:
 * each line is asked about as a title, a delivery line and a greeting, and as the line after another.
 */
const compact = (t: string) => {
  let c = compacted?.get(t);
  if (c === undefined) {
    c = foldWidth(t).replace(/\s+/g, '');
    compacted?.set(t, c);
  }
  return c;
};
let compacted: Map<string, string> | null = null;
const han = (t: string) => (t.match(/\p{Script=Han}/gu) ?? []).length;

export function isDocumentTitle(t: string): boolean {
  let c = compact(t).replace(GLUED_META, '');
  c = c.replace(TITLE_SUFFIX, '');
  if (c.length < 4 || c.length > 70) return false;
  if (/[。；！？，：:]/.test(c)) return false;
  if (/^(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十\d]+[）)]|\d{1,2}[.．、])/.test(c)) return false;
  return DOC_TITLE_END.test(c);
}

/** Line i and the line after it, neither a title nor a sentence alone, are one document title. */
function titleOverTwoLines(lines: Line[], i: number): boolean {
  const next = lines[i + 1];
  if (!next || next.text.trim() === '') return false;
  const [a, b] = [compact(lines[i].text), compact(next.text)];
  return a.length >= 4 && b.length <= 30 && !/[。；！？，：:]$/u.test(a) && !isDocumentTitle(b) && isDocumentTitle(a + b);
}

function isDelivery(lines: Line[], i: number): boolean {
  const c = compact(lines[i].text);
  if (DELIVERY.test(c)) return true;
  if (!DELIVERY_START.test(c)) return false;
  const j = nextNonBlank(lines, i);
  return j !== null && DELIVERY.test(c + compact(lines[j].text));
}

function isTitleThenDelivery(t: string): boolean {
  const m = compact(t).match(TITLE_THEN_DELIVERY);
  return !!m && isDocumentTitle(m[1]!);
}

function isOpeningGreeting(lines: Line[], i: number): boolean {
  const c = compact(lines[i].text);
  if (OPENING_SENTENCE.test(c)) return true;
  if (!GREETING.test(c)) return false;
  const j = nextNonBlank(lines, i);
  return j !== null && OPENING_SENTENCE.test(compact(lines[j].text));
}

/** A line that may belong to a document's opening: walked back over from the line that shows the opening. */
function isHeaderLine(lines: Line[], i: number): boolean {
  const t = compact(lines[i].text);
  if (t === '') return true;
  if (isDocumentTitle(t) || isDelivery(lines, i) || GREETING.test(t) || META.test(t) || DATE_ALONE.test(t) || SPEAKER.test(t)) return true;
  // 人民代表大会第五次会议上: the second half of a wrapped delivery line.
  if (/^.{0,20}人民代表大会.{0,20}会议上?[)）]?$/.test(t)) return true;
  // 政 府 工 作 报 告 (letter-spaced) is read as a title above; a short headline right above metadata is one too.
  const j = nextNonBlank(lines, i);
  return t.length <= 60 && !/[。；！？]$/.test(t) && j !== null && META.test(compact(lines[j].text));
}

/** The line before i (blank lines skipped) ends a sentence or a header, or there is none: i starts something new. */
function afterFinishedLine(lines: Line[], i: number): boolean {
  for (let k = i - 1; k >= 0; k--) {
    const t = compact(lines[k].text);
    if (t === '') return true;
    // A blank line between them would have returned above; a line that ends mid-phrase continues into line i.
    return /[。！？…；：:”’」』）)】\]》]$/.test(t) || isHeaderLine(lines, k) || t.length <= 12;
  }
  return true;
}

function nextNonBlank(lines: Line[], i: number): number | null {
  for (let j = i + 1; j < lines.length && j <= i + 3; j++) if (lines[j].text.trim() !== '') return j;
  return null;
}

function sentences(lines: Line[]): number {
  return lines.reduce((n, l) => n + (l.text.match(/[。！？]/g) ?? []).length, 0);
}

function complete(lines: Line[]): boolean {
  let h = 0;
  let s = 0;
  for (const l of lines) {
    h += han(l.text);
    s += (l.text.match(/[。！？]/g) ?? []).length;
  }
  return h >= MIN_DOC_HAN && s >= MIN_DOC_SENTENCES;
}

/** A title the document before announced as its attachment (附件：…, 《…》 印发): part of that document. */
function isAttachment(title: string, before: Line[]): boolean {
  const c = compact(title).replace(TITLE_SUFFIX, '');
  let last = true;
  for (let k = before.length - 1; k >= 0; k--) {
    const t = compact(before[k].text);
    if (t === '') continue;
    const m = t.match(ATTACHMENT);
    // 附件：2011年市政府工作要点 anywhere before; 附： alone right above the title.
    if (m && ((m[1] ?? '') === c || (last && !m[1]))) return true;
    last = false;
    if (t.includes(`《${c}》`) && /印发|转发/.test(before.map((l) => l.text).join(''))) return true;
  }
  return false;
}

/** Where the opening shown at line i begins: walked back over the header lines above it (blank lines included). */
function openingStart(lines: Line[], i: number, floor: number): number {
  let start = i;
  for (let k = i - 1; k > floor && k >= i - 8; k--) {
    if (!isHeaderLine(lines, k)) break;
    if (lines[k].text.trim() !== '') start = k;
  }
  return start;
}

/**
 * The file's lines → its documents (each a run of lines, in order) and the cuts made, with the rule and the line that
 * showed each. A file of one document comes back whole.
 */
export function splitDocuments(lines: Line[]): { documents: Line[][]; cuts: DocumentCut[] } {
  compacted = new Map();
  try {
    return documentsOf(lines);
  } finally {
    compacted = null;
  }
}
function documentsOf(lines: Line[]): { documents: Line[][]; cuts: DocumentCut[] } {
  const cuts: { index: number; cut: DocumentCut }[] = [];
  let docStart = 0;
  // Long lines of the current document, by key, to see the text start again.
  let seen = new Map<string, number>();
  const keys = lines.map((l) => compareLineKey(l.text));
  for (let i = 0; i < lines.length; i++) {
    const t = lines[i].text;
    if (t.trim() === '') continue;
    // A title opens a document only after a finished line: in a wrapped column a line may end in 纲要 or 报告
    // in the middle of a sentence (…组织编制了《…国民经 / 济和社会发展第十五个五年规划纲要).
    // (A title set over two lines — 关于印发韶关市人民政府2004年工作要点的 / 通知（韶府办〔2004〕77号） — is one.)
    const title = (isDocumentTitle(t) || titleOverTwoLines(lines, i)) && !/^附/.test(compact(t)) && afterFinishedLine(lines, i);
    const opener = title || isDelivery(lines, i) || isOpeningGreeting(lines, i) || isTitleThenDelivery(t);
    if (opener) {
      const start = openingStart(lines, i, docStart);
      const before = lines.slice(docStart, start);
      if (start > docStart && complete(before) && !(title && isAttachment(t, before))) {
        cuts.push({ index: start, cut: { line: lines[start].no, rule: DOCUMENT_RULES.opening, text: lines[i].text.trim() } });
        docStart = start;
        seen = new Map();
        // The rest of this opening belongs to the new document.
        for (let k = start; k <= i; k++) if (keys[k].length >= MIN_COPY_KEY) seen.set(keys[k], k);
        continue;
      }
    }
    const key = keys[i];
    if (key.length >= MIN_COPY_KEY && seen.has(key) && startsAgain(keys, seen, i)) {
      const start = openingStart(lines, i, docStart);
      if (start > docStart) {
        cuts.push({ index: start, cut: { line: lines[start].no, rule: DOCUMENT_RULES.copy, text: t.trim() } });
        docStart = start;
        seen = new Map();
      }
    }
    if (key.length >= MIN_COPY_KEY && !seen.has(key)) seen.set(key, i);
  }
  // A last piece with hardly a sentence (a title and chrome at the file's end) is no document: it stays with the one before.
  while (cuts.length && sentences(lines.slice(cuts.at(-1)!.index)) < 3) cuts.pop();
  const bounds = [0, ...cuts.map((c) => c.index), lines.length];
  const documents = bounds.slice(0, -1).map((b, k) => lines.slice(b, bounds[k + 1]));
  return { documents, cuts: cuts.map((c) => c.cut) };
}

/** At line i a line already read comes again, and so do the next long lines, in the order they were first read. */
function startsAgain(keys: string[], seen: Map<string, number>, i: number): boolean {
  let last = seen.get(keys[i])!;
  let run = 1;
  for (let k = i + 1; k < keys.length && run < COPY_RUN; k++) {
    if (keys[k].length < MIN_COPY_KEY) continue;
    const at = seen.get(keys[k]);
    if (at === undefined || at <= last) return false;
    last = at;
    run++;
  }
  return run >= COPY_RUN;
}

function compareLineKey(t: string): string {
  return lettersAndDigits(t.normalize('NFKC'));
}
