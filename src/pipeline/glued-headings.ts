/**
 * Part titles and headings that lost their line break: text captured from a PDF or by a crawler can run a heading into
 * the paragraph before it (…提出意见。2017年工作回顾) or after it (一、2019年工作回顾2019年，在省委…; 一、强力推进产业攻坚，
 * 转型升级行稳致远大力推动钢铁…). These functions find where such a heading ends, from the grammar of headings alone,
 * and split only when the cue is unambiguous; a heading they cannot place stays as it is.
 */

/** What a part title names: a review of a period or a plan for one (工作回顾, 工作安排, 主要任务, 工作意见, 思路…). */
const TITLE_NOUN = /(?:年的?工作|回顾|总结|成就|安排|任务|目标|建议|意见|思路|打算|要求|部署|展望|重点工作|主要工作|政府自身建设)$/;
const TITLE_NOUN_ANYWHERE = /工作$|回顾|总结|成就|安排|任务|目标|建议|意见|思路|打算|要求|部署|展望|重点工作|主要工作|政府自身建设/;
/** The period a part title is about: a year, a five-year plan, the past or coming years, a new government. */
const TIME_ANCHOR =
  /\d{4}\s*年|[一二三四五六七八九〇○零]{4}年|[“"']?十[一二三四五六七八九]五[”"']?|过去|今后|未来|今年|去年|明年|上年|本年|一年来|[三五]年来|新一届|本届|近[一二三四五]年/;
/** Words that open the paragraph under a part title (a year, a look back, the address to the delegates). */
const PARAGRAPH_OPENING =
  /^(?:\d{4}\s*年|过去|刚刚过去|今年|去年|一年来|[三五]年来|这一年|这五年|近年来|当前|今后|未来|各位代表|同志们|我们|本届政府|[“"]十[一二三四五六七八九]五[”"]时期)/;
/** Sentence punctuation and clause breaks: a part title has none. */
const CLAUSE_MARK = /[。！？；;：:，,]/;
const PART_TITLE_LONGEST = 30;

/**
 * A short phrase that reads as a part title: it names a review or a plan, has no clause break, and is anchored in a
 * period (strong: 2018年工作回顾, 过去五年工作回顾, 新一届政府的目标任务和2007年工作意见) — or names the government's own
 * conduct with no period (weak: 加强政府自身建设, a part only where numbering starts again under it).
 */
export function partTitleStrength(s: string): 'strong' | 'weak' | null {
  const t = s.trim();
  if (t.length < 4 || t.length > PART_TITLE_LONGEST || CLAUSE_MARK.test(t)) return null;
  if (/^(?:[（(【\[［]|\d{1,2}[.．、]|[一二三四五六七八九十]+、|第[一二三四五六七八九十]+部分)/.test(t)) return null;
  if (!TITLE_NOUN_ANYWHERE.test(t)) return null;
  if (TIME_ANCHOR.test(t)) return 'strong';
  return /政府自身建设$/.test(t) ? 'weak' : null;
}

/**
 * …请予审议，并请各位政协委员提出意见。2017年工作回顾 → the paragraph, and the part title run onto its end: the tail
 * after the last full stop has no sentence punctuation and reads as a strongly anchored part title.
 */
export function trailingPartTitle(p: string): [string, string] | null {
  const m = p.match(/^(.*[。！？])\s*([^。！？]+)$/s);
  if (!m) return null;
  const tail = m[2].trim();
  if (partTitleStrength(tail) !== 'strong' || !TITLE_NOUN.test(tail)) return null;
  return [m[1].trim(), tail];
}

/**
 * 2019年工作回顾2019年，在省委… → the part title and its paragraph: the title ends on its noun (回顾, 安排…) where the
 * paragraph's own opening words (a year, 过去一年, 各位代表…) begin. `prefix` is the numbering already taken off (一、).
 */
export function leadingPartTitle(p: string): [string, string] | null {
  const text = p.trim();
  const re = new RegExp(TITLE_NOUN.source.replace(/\$$/, ''), 'g');
  for (const m of text.matchAll(re)) {
    const end = m.index + m[0].length;
    if (end > PART_TITLE_LONGEST) break;
    const title = text.slice(0, end);
    const rest = text.slice(end).trim();
    if (!rest || partTitleStrength(title) !== 'strong') continue;
    // The paragraph opens with its own words; a title never runs on into a clause of the same sentence.
    if (PARAGRAPH_OPENING.test(rest) && /[。！？]/.test(rest)) return [title, rest];
  }
  return null;
}

const NUMBERED = /^(?:([一二三四五六七八九十]+)、|[（(]([一二三四五六七八九十]+)[）)])\s*(.+)$/s;

/**
 * Headings written as two clauses of the same length (强力推进产业攻坚，转型升级行稳致远) that lost their line break:
 * 一、强力推进产业攻坚，转型升级行稳致远大力推动钢铁…。 In a run of at least three sibling headings (one numbering
 * style, counting up from 一) whose first clauses all have the same length n, a sibling whose second clause runs on
 * well past n characters ends n characters after the comma — but only when the run shows the shape: at least one
 * sibling is delimited (alone on its line, or closed by 。 right after n characters), every sibling alone on its line
 * has a second clause of exactly n characters, and every other one runs on past 1.5 n. Headings of equal first clauses and longer second ones (突出助企纾困，推动经济平稳健康发展) stay as written.
 */
export function splitCoupletHeadings(paragraphs: string[]): string[] {
  type H = { i: number; number: string; first: string; comma: string; second: string; clause: number; delimited: boolean };
  const runs: H[][] = [];
  let run: H[] = [];
  let style = '';
  paragraphs.forEach((p, i) => {
    const m = p.match(NUMBERED);
    if (!m) return;
    const s = m[1] ? 'part' : 'section';
    const number = p.slice(0, p.length - m[3].length);
    if (s !== style || (m[1] ?? m[2]) === '一') {
      if (run.length) runs.push(run);
      run = [];
      style = s;
    }
    const rest = m[3].trim();
    const c = rest.match(/^([^，,。！？；：:“”"、]{4,12})([，,])(.*)$/s);
    if (!c) {
      // A heading of another shape breaks the pattern of its run.
      run.push({ i, number, first: '', comma: '', second: '', clause: 0, delimited: true });
      return;
    }
    // The second clause, up to the first mark of punctuation; delimited when that mark closes the heading.
    const clause = c[3].match(/^([^，,。！？；：:、]*)(.?)/s)!;
    const length = clause[1].trim().length;
    const delimited = (clause[2] === '' && rest.length <= 40) || (clause[2] === '。' && length === c[1].length);
    run.push({ i, number, first: c[1], comma: c[2], second: c[3], clause: length, delimited });
  });
  if (run.length) runs.push(run);
  const inserts = new Map<number, [string, string]>();
  for (const r of runs) {
    if (r.length < 3) continue;
    const n = r[0].first.length;
    if (n === 0 || !r.every((h) => h.first.length === n)) continue;
    // A glued heading runs on well past n characters; a second clause a little longer or shorter than n, alone or
    // closed by its full stop, shows headings of another shape (全力补短板惠民生，居民生活水平显著改善。).
    const runsOn = (h: H) => !h.delimited && h.clause >= Math.ceil(n * 1.5);
    if (!r.some((h) => h.delimited) || !r.every((h) => (h.delimited ? h.clause === n : runsOn(h)))) continue;
    for (const h of r) {
      if (h.delimited) continue;
      const head = h.second.slice(0, n);
      const body = h.second.slice(n).trim();
      // The split falls between two words of running text, never on punctuation or inside a quotation.
      if (!body || /[，,。！？；：:、”’）)]/.test(head) || /^[，,。！？；：:、”’）)]/.test(body)) continue;
      if ((head.match(/“/g) ?? []).length !== (head.match(/”/g) ?? []).length) continue;
      inserts.set(h.i, [`${h.number}${h.first}${h.comma}${head}`, body]);
    }
  }
  if (inserts.size === 0) return paragraphs;
  return paragraphs.flatMap((p, i) => inserts.get(i) ?? [p]);
}

/**
 * 二、农业农业总产值35.6亿元… → the heading 二、农业 and its paragraph: a numbered heading that lost its line break, told by
 * its last word said again at once as the paragraph's first (a bulletin names each part by the subject its paragraph
 * opens on). Only a short heading of words alone, whose paragraph then reads as sentences; a word said twice in running
 * text (一、发展发展…) without that shape stays as written.
 */
export function splitRepeatedHeading(p: string): [string, string] | null {
  const m = p.match(/^((?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[）)])\s*)(.+)$/su);
  if (!m) return null;
  const rest = m[2];
  for (let n = 2; n <= 8; n++) {
    const word = rest.slice(0, n);
    // (The heading is the words before the repeat: its whole, and no punctuation in it.)
    if (!/^\p{Script=Han}+$/u.test(word)) return null;
    const body = rest.slice(n);
    if (!body.startsWith(word)) continue;
    // (The paragraph after it states something: a sentence of its own with a number in it.)
    if (!/[。；]/u.test(body) || !/\d/u.test(body) || body.length < word.length + 6) return null;
    return [`${m[1]}${word}`, body];
  }
  return null;
}

/**
 * A bulletin's numbered heading glued to the paragraph that opens on its time (二、农业全年全县农作物种植面积8521.9公顷，…),
 * at a paragraph's start or after a sentence of the one before (…控制在2.0%。二、农业全年…, a page that lost its breaks): a
 * short heading of words alone, then 全年, 年末, 年初 or a year and its comma, then sentences — split there, nothing lost.
 * (A heading that runs on past the time word is no heading of this shape and stays as written.)
 */
export function splitHeadingsBeforeTime(p: string): string[] {
  if (!/[一二三四五六七八九十]、/u.test(p)) return [p];
  const out: string[] = [];
  let start = 0;
  for (const m of p.matchAll(HEADING_BEFORE_TIME)) {
    const [, mark, word, opener] = m;
    const body = p.slice(m.index + m[0].length - opener.length);
    // (Not a word that reads on into the time — 今年, 当年 — nor a heading that is a verb's start, 实现全年….)
    if (/[今当去上本]$/u.test(word) || /^(?:实现|完成|确保|力争|争取|推进|加快)/u.test(word)) continue;
    // (二、农业全县实现农林牧渔业总产值…: before the whole place, only a bulletin's own section names a heading.)
    if (/^全/u.test(opener) && !BULLETIN_SECTION.test(word)) continue;
    const sentence = body.match(/^[^。；]*[。；]?/u)![0];
    if (!/[。；]/u.test(sentence) || !/\d/u.test(sentence) || sentence.length < 12) continue;
    const headingStart = m.index + m[0].length - opener.length - word.length - mark.length;
    if (headingStart > start) out.push(p.slice(start, headingStart).trim());
    out.push(`${mark}${word}`);
    start = m.index + m[0].length - opener.length;
  }
  out.push(p.slice(start));
  return out.filter((x) => x.trim() !== '');
}
const HEADING_BEFORE_TIME = /(?:^|(?<=[。！？][\s\u3000]*))((?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[）)])[\s\u3000]*)(\p{Script=Han}{2,6}?)[\s\u3000]*(全年|年末|年初|\d{4}年[，,]|全[县市区旗州省镇乡](?=实现|完成|共|有|拥有|现有))/gu;
/** The sections a statistics bulletin is divided into (二、农业, 五、固定资产投资): a heading by its words alone. */
const BULLETIN_SECTION = /^(?:综合|农业|工业|建筑业|工业和建筑业|固定资产投资|投资|国内贸易|消费|对外经济|对外贸易|交通|交通运输|邮电|交通邮电|旅游|财政|金融|财政金融|财政和金融|教育|科技|科学技术|文化|卫生|体育|人口|人民生活|社会保障|环境|能源|资源|城乡建设)$/u;
