/**
 * The documents Pagefind indexes: one small HTML file per report, made from the ingested data, with the report's text
 * already cut into words (ICU's dictionary word segmentation, `Intl.Segmenter`, the one the browser applies to a query
 * in Pagefind's search) and the words written between spaces. Pagefind is told a language it neither segments nor
 * stems (INDEX_LANGUAGE), so it reads the words as given, and the merge labels the index with the site's language
 * (PUBLISHED_LANGUAGE), for which Pagefind's search cuts the query with the same segmenter.
 *
 * Why not index the rendered report pages, as before: for Chinese, Pagefind segments every page itself (charabia), which
 * was ≈ 70 % of its time (200 reports: 20.6 CPU-s against 5.7 CPU-s for the same text already cut into words, plus
 * ≈ 3 s here), and it could start only once the pages were rendered; these documents need only the data, so the index is
 * built beside the render. The index and query now share one segmentation (before: jieba at build, ICU in the
 * browser). What is indexed is what the page shows of the report: its title and opening lines, then each section's
 * heading (an anchor with the section id, where search links) and paragraphs; not the tables, contents or notes the
 * page marks data-pagefind-ignore. Filters and the title are given as attributes, so they add no words.
 * `public/search.js` reads these documents back from Pagefind's fragments (joinWords): keep the two in step.
 */
import { provinceGroup } from '../lib/data.ts';
import { attributeValue, text } from '../lib/html.ts';
import type { Report, ReportSummary } from '../pipeline/types.ts';
import { LineWords } from '../pipeline/words.ts';
import { sectionHeading } from './offline-search.ts';

/**
 * The id of the element that closes a document's text: after it come the words' ends (see wordEnds), which are
 * indexed but are not text of any section.
 */
export const WORD_ENDS_ID = 'atlas-word-ends';
/** The language Pagefind indexes the documents as: undetermined, so no segmentation and no stemming. */
export const INDEX_LANGUAGE = 'und';
/** The language the merged index is published as: the site's (`<html lang="zh-CN">`), which the search page asks for. */
export const PUBLISHED_LANGUAGE = 'zh-cn';

/** The text's words (and punctuation marks) as the segmenter cuts them (src/pipeline/words.ts), whitespace dropped. */
export function segmentWords(plain: string, cut = new LineWords()): string[] {
  const words: string[] = [];
  // Line by line (the line breaks between them are whitespace, dropped); a segment is whitespace alone when trimming
  // leaves nothing (trim removes what \s matches).
  for (const line of plain.split('\n')) {
    for (const segment of cut.of(line)) {
      // A segment that begins with a Han character or a printable ASCII one is more than whitespace; others are
      // trimmed to see (the same test, made only where it could fail).
      const c = segment.charCodeAt(0);
      if ((c > 0x20 && c < 0x7f) || (c >= 0x3400 && c <= 0x9fff) || segment.trim() !== '') words.push(segment);
    }
  }
  return words;
}

/**
 * The ends of a document's words that are not words of it themselves: 织 and 组织's other ends for 组织, 军人 and 役军人
 * for 退役军人. Why: Pagefind finds a page when each word of the query begins a word of the page, so a query that begins
 * inside a word of the page (军人 in a page that only says 退役军人, 织高水平 in 组织高水平) found it only if the page
 * happened to hold that word elsewhere; with the ends indexed it is found wherever its words do not straddle two of
 * the page's words. Each end once per page, after the text: no section's text, and little weight in the ranking.
 */
export function wordEnds(words: Iterable<string>): string[] {
  const seen = new Set<string>();
  const candidates: string[] = [];
  for (const w of words) {
    if (seen.has(w)) continue;
    seen.add(w);
    if (w.length < 2) continue;
    // Cut by code points: by UTF-16 units where the word holds no surrogate (nearly always), else through its characters.
    const units = unitKinds(w);
    if (units === SURROGATES) {
      if (!HAN.test(w)) continue;
      const chars = [...w];
      for (let j = 1; j < chars.length; j++) candidates.push(chars.slice(j).join(''));
    } else if (units & HAN_UNIT) for (let j = 1; j < w.length; j++) candidates.push(w.slice(j));
  }
  const ends = new Set<string>();
  for (const end of candidates) {
    if (seen.has(end)) continue;
    const units = unitKinds(end);
    if (units === SURROGATES ? LETTER_OR_DIGIT.test(end) : units & LETTER_OR_DIGIT_UNIT) ends.add(end);
  }
  return [...ends];
}
const HAN = /\p{Script=Han}/u;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
/**
 * What a BMP code unit is, as bits (HAN_UNIT, LETTER_OR_DIGIT_UNIT; KNOWN once filled), filled by the expressions
 * above as units are first met: the words and their ends are tested unit by unit against it, not by the expressions.
 */
const UNIT_KINDS = new Uint8Array(0x10000);
const HAN_UNIT = 1;
const LETTER_OR_DIGIT_UNIT = 2;
const KNOWN = 4;
/** unitKinds of a text holding a surrogate: such a text is tested by the expressions themselves. */
const SURROGATES = -1;
/** The kinds of a text's code units, or'ed together; SURROGATES if it holds a surrogate. */
function unitKinds(text: string): number {
  let kinds = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdfff) return SURROGATES;
    let kind = UNIT_KINDS[c];
    if (kind === 0) {
      const unit = String.fromCharCode(c);
      UNIT_KINDS[c] = kind = KNOWN | (HAN.test(unit) ? HAN_UNIT : 0) | (LETTER_OR_DIGIT.test(unit) ? LETTER_OR_DIGIT_UNIT : 0);
    }
    kinds |= kind;
  }
  return kinds;
}

/**
 * Words back into text, as search results show them: a space only between two words that end and begin with a
 * Latin letter or digit (GDP 增长 reads 增长 after GDP without one, 2025年 stays whole). The same rule as
 * joinWords in public/search.js.
 */
export function joinWords(words: string[]): string {
  let out = '';
  for (let i = 0; i < words.length; i++) {
    if (i > 0 && /[A-Za-z0-9]$/.test(words[i - 1]) && /^[A-Za-z0-9]/.test(words[i])) out += ' ';
    out += words[i];
  }
  return out;
}


/**
 * The Pagefind filters of a report, as the search page offers them (same names and values as before: 未知 for none; the
 * State Council's reports are of the province 全国).
 */
export function searchFilters(summary: Pick<ReportSummary, 'city' | 'year' | 'province' | 'place'>, levelName: (r: Pick<ReportSummary, 'place'>) => string | null): Record<string, string> {
  return {
    city: summary.city ?? '未知',
    year: summary.year == null ? '未知' : String(summary.year),
    province: provinceGroup(summary) ?? '未知',
    level: levelName(summary) ?? '未知',
  };
}

/** A report's search document: what Pagefind indexes for the page at `reports/<slug>/`. */
export function searchDocument(
  report: Report,
  levelName: (r: Pick<ReportSummary, 'place'>) => string | null,
  /** Where the report's lines are cut into words (shared with what it says for the first time). */
  cut = new LineWords(),
): string {
  // Every line the document holds, cut into words together (words.ts LineWords.linesOf) where not cut already.
  cut.linesOf([report.title, ...report.frontMatter, ...report.sections.flatMap((s) => [sectionHeading(s), ...s.paragraphs.map((p) => p.text)])].join('\n'));
  const allWords: string[] = [];
  // The trailing space: Pagefind closes a block whose text ends in a letter or digit with a full stop (so that excerpts
  // read as sentences), which would join the block's last word (建设 → 建设.); after a space it adds none.
  const words = (plain: string) => {
    const w = segmentWords(plain, cut);
    allWords.push(...w);
    return `${text(w.join(' '))} `;
  };
  const filters = Object.entries(searchFilters(report, levelName))
    .map(([name, value]) => `<span data-pagefind-filter="${name}[data-value]" data-value="${attributeValue(value)}"></span>`)
    .join('');
  const opening = [report.title, ...report.frontMatter.filter((line) => line !== report.title)].map((line) => `<p>${words(line)}</p>`).join('');
  const sections = report.sections
    .map((s) => {
      const h = `h${Math.min(6, s.level + 1)}`;
      return `<${h} id="${attributeValue(s.id)}">${words(sectionHeading(s))}</${h}>` + s.paragraphs.map((p) => `<p>${words(p.text)}</p>`).join('');
    })
    .join('\n');
  return (
    `<!doctype html><html lang="${INDEX_LANGUAGE}"><head><meta charset="utf-8"><title></title></head>` +
    `<body data-pagefind-body><span data-pagefind-meta="title[data-value]" data-value="${attributeValue(report.title)}"></span>${filters}\n` +
    `${opening}\n${sections}\n<div id="${WORD_ENDS_ID}">${text(wordEnds(allWords).join(' '))} </div></body></html>\n`
  );
}
