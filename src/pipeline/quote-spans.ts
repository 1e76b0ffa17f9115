/**
 * Where a paragraph's target quotes stand: the spans its <mark> elements cover, as the MDX marks them
 * (serialize.ts markQuotes) and the report page shows them (src/lib/report-body.ts). One module, so that the MDX and
 * the page never mark a paragraph differently; it imports nothing, so the render that uses it loads no serializer.
 */
import type { Target } from './types.ts';

export interface QuoteSpan {
  start: number;
  end: number;
  /** The target's id. */
  id: string;
}

/** The spans of `text` that the targets' quotes cover, in text order; of overlapping quotes, the first target's. */
export function quoteSpans(text: string, targets: Target[]): QuoteSpan[] {
  const spans: QuoteSpan[] = [];
  for (const t of targets) {
    const start = text.indexOf(t.quote);
    if (start < 0) continue;
    const end = start + t.quote.length;
    // Overlapping quotes (a 分别 list yields several rows with one quote) are marked once.
    if (spans.some((s) => start < s.end && end > s.start)) continue;
    spans.push({ start, end, id: t.id });
  }
  return spans.sort((a, b) => a.start - b.start);
}
