/**
 * ICU's dictionary word segmentation (Intl.Segmenter, the one the browser applies to a query in Pagefind's search),
 * line by line, each line cut once (a report's lines together, LineWords.linesOf). Why one place: what a report says for the first time (first-said.ts) and its
 * search document (src/publish/search-documents.ts) cut the same paragraphs into words, and the cut was a tenth of the
 * ingest's time each. Why by line: a line break is a word boundary that no rule looks across (UAX #29 WB3a, WB3b), so
 * a text cut whole and cut line by line give the same words — checked over the seeds, the corpus and 1,000 generated
 * reports, as is that zh and zh-CN cut alike.
 */
const SEGMENTER = new Intl.Segmenter('zh-CN', { granularity: 'word' });

/**
 * The words of lines, each line cut once however often it is asked for: one report's lines, then let go. A line's
 * words are kept as their texts alone, in order: they tile the line, so each begins where the one before it ends.
 */
export class LineWords {
  private readonly cut = new Map<string, string[]>();
  /** The words of one line (a text without line breaks; with them, the same as cutting it whole). */
  of(line: string): string[] {
    let words = this.cut.get(line);
    if (!words) {
      words = [];
      for (const { segment } of SEGMENTER.segment(line)) words.push(segment);
      this.cut.set(line, words);
    }
    return words;
  }
  /**
   * The words of each line of a text (its lines as split at \n), in order. The lines not cut yet are cut together,
   * joined by line breaks, in one call of the segmenter: the same words as cutting each alone (a line break is a
   * word boundary no rule looks across), for less — each call of the segmenter costs, and a report has thousands of
   * lines.
   */
  linesOf(text: string): string[][] {
    const lines = text.split('\n');
    const missing = lines.filter((l) => !this.cut.has(l));
    if (missing.length > 1) this.cutTogether(missing);
    return lines.map((l) => this.of(l));
  }
  private cutTogether(lines: string[]): void {
    const cut: string[][] = [];
    let words: string[] = [];
    for (const { segment } of SEGMENTER.segment(lines.join('\n'))) {
      const first = segment.charCodeAt(0);
      if (first === 10 && segment.length === 1) {
        cut.push(words);
        words = [];
        continue;
      }
      // A carriage return before the line break makes one segment of the two: such lines are cut one by one.
      if (first === 10 || first === 13) return;
      words.push(segment);
    }
    cut.push(words);
    if (cut.length !== lines.length) return;
    lines.forEach((l, i) => this.cut.set(l, cut[i]));
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
