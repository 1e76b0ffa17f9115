/**
 * Draws target rows at random (fixed seed) for labelling by hand, and shows each as a labeller needs it: the sentence
 * the number stands in, the number marked, and the headings above it — never the fields the extractor gave it, so the
 * labels say what the text says, not what the extractor said.
 */
import type { Report, Target } from '../pipeline/types.ts';

/** A small, well-known seeded generator, so that a draw can be repeated from its seed. */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface DrawnRow {
  /** Stable key of the drawn number: report, the sentence it stands in, and its offset there. */
  report: string;
  /** The report's title, for the labeller's context. */
  title: string;
  sentence: string;
  /** Offset of the marked number in the sentence (UTF-16 units), and the number as written. */
  at: number;
  number: string;
  /** The sentence with the number marked 【…】, the headings above it (outermost first). */
  marked: string;
  headings: string[];
}

const SENTENCE_END = /[。；;！？!?]/;

/** The sentence of `text` around [start, end): cut at sentence ends, never inside the span. */
export function sentenceAround(text: string, start: number, end: number): { sentence: string; offset: number } {
  let from = start;
  while (from > 0 && !SENTENCE_END.test(text[from - 1]!)) from--;
  let to = end;
  while (to < text.length && !SENTENCE_END.test(text[to]!)) to++;
  if (to < text.length) to++;
  return { sentence: text.slice(from, to), offset: from };
}

const NUMBER = /[0-9０-９][0-9０-９.．,，]*|[零〇一二两三四五六七八九十百千万亿]+/g;

/** Where in the quote the row's number is written: the first numeral that reads as the row's value. */
export function numberInQuote(quote: string, value: number, unit?: string): { index: number; text: string } | null {
  const found: { index: number; text: string }[] = [];
  for (const m of quote.matchAll(NUMBER)) found.push({ index: m.index!, text: m[0] });
  const ascii = (s: string) => s.replace(/[０-９．]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)).replace(/[,，]/g, '');
  const same = found.filter((f) => Number(ascii(f.text)) === value);
  // (2.引入社会资金2亿元: of two numerals that read as the value, the one its unit follows — the list's number is no row's.)
  const withUnit = unit ? same.find((f) => quote.slice(f.index + f.text.length).replace(/^[多余]/u, '').startsWith(unit)) : undefined;
  return withUnit ?? same[0] ?? found.find((f) => /^[0-9０-９]/.test(f.text)) ?? found[0] ?? null;
}

export function drawRows(reports: Report[], count: number, seed: number, perReport = 3, which: (t: Target) => boolean = () => true): DrawnRow[] {
  const random = mulberry32(seed);
  const pool: { report: Report; target: Target }[] = [];
  for (const report of reports) for (const target of report.targets) if (which(target)) pool.push({ report, target });
  // Fisher–Yates on the pool, then take rows in that order, at most perReport from one report, so publishers spread.
  for (let i = pool.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [pool[i], pool[j]] = [pool[j]!, pool[i]!];
  }
  const taken = new Map<string, number>();
  const seen = new Set<string>();
  const out: DrawnRow[] = [];
  for (const { report, target } of pool) {
    if (out.length >= count) break;
    if ((taken.get(report.slug) ?? 0) >= perReport) continue;
    const section = report.sections.find((s) => s.id === target.section);
    // (A row read from its section's heading is shown in the heading, a sentence of its own.)
    const paragraph = target.inTitle ? (section?.title.includes(target.quote) ? { text: section.title } : undefined) : section?.paragraphs.find((p) => p.text.includes(target.quote));
    if (!section || !paragraph) continue;
    const start = paragraph.text.indexOf(target.quote);
    const number = numberInQuote(target.quote, target.value, target.unit);
    if (!number) continue;
    const { sentence, offset } = sentenceAround(paragraph.text, start, start + target.quote.length);
    const at = start - offset + number.index;
    const key = `${report.slug} ${sentence} ${at}`;
    if (seen.has(key)) continue;
    seen.add(key);
    taken.set(report.slug, (taken.get(report.slug) ?? 0) + 1);
    const headings: string[] = [];
    for (let s: typeof section | undefined = section; s; s = report.sections.find((x) => x.id === s!.parent)) {
      headings.unshift(`${s.number ?? ''}${s.title}`);
    }
    out.push({
      report: report.slug,
      title: report.title,
      sentence,
      at,
      number: number.text,
      marked: `${sentence.slice(0, at)}【${number.text}】${sentence.slice(at + number.text.length)}`,
      headings,
    });
  }
  return out;
}
