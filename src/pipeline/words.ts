/**
 * ICU's dictionary word segmentation (Intl.Segmenter, the one the browser applies to a query in Pagefind's search),
 * line by line, each line cut once. Why one place: what a report says for the first time (first-said.ts) and its
 * search document (src/publish/search-documents.ts) cut the same paragraphs into words, and the cut was a tenth of the
 * ingest's time each. Why by line: a line break is a word boundary that no rule looks across (UAX #29 WB3a, WB3b), so
 * a text cut whole and cut line by line give the same words — checked over the seeds, the corpus and 1,000 generated
 * reports, as is that zh and zh-CN cut alike.
 */
const SEGMENTER = new Intl.Segmenter('zh-CN', { granularity: 'word' });

/** A word (or a run of punctuation, spaces …) and where it begins in its line. */
export interface Word {
  segment: string;
  index: number;
}

/** The words of lines, each line cut once however often it is asked for: one report's lines, then let go. */
export class LineWords {
  private readonly cut = new Map<string, Word[]>();
  /** The words of one line (a text without line breaks; with them, the same as cutting it whole). */
  of(line: string): Word[] {
    let words = this.cut.get(line);
    if (!words) {
      words = [];
      for (const { segment, index } of SEGMENTER.segment(line)) words.push({ segment, index });
      this.cut.set(line, words);
    }
    return words;
  }
  /** The words of a text of several lines, where each begins in the text, the line breaks included. */
  *ofText(text: string): Generator<Word> {
    let at = 0;
    for (const line of text.split('\n')) {
      for (const w of this.of(line)) yield { segment: w.segment, index: at + w.index };
      at += line.length;
      if (at < text.length) yield { segment: '\n', index: at++ };
    }
  }
}

/** Does a word of ICU's segmentation begin at `at` in `text` (高速公路通车里程: at 4, not at 2)? */
export function wordStartsAt(text: string, at: number): boolean {
  if (at <= 0 || at >= text.length) return true;
  for (const { index } of SEGMENTER.segment(text)) {
    if (index === at) return true;
    if (index > at) return false;
  }
  return false;
}
