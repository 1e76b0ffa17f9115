/** Shared types of the ingest pipeline. Pure data: no Astro, no I/O. */

/** A line the pipeline removed from a report's text, with the general rule that removed it. */
export interface DroppedLine {
  file: string;
  /** 1-based line number in the decoded file, or null for text removed from inside a line. */
  line: number | null;
  text: string;
  rule: string;
}

/** Facts a file's own chrome told us before it was dropped (a web page's publication line). */
export interface TextHints {
  /** Headline of a news article or web page, taken from the line above its publication line. */
  headline?: string;
  /** 发布时间 / 时间 of a web page, as YYYY-MM-DD. */
  published?: string;
  /** Where a web page says its text came from (来源：…), kept to show the reader. */
  origin?: string;
  /** Lines that open a formal report (title, 〈——在…人民代表大会…〉, speaker), shown in the page header. */
  frontMatter: string[];
}

export interface NormalizedText {
  file: string;
  layout: 'wrapped' | 'lines';
  /** Logical paragraphs in reading order: wrapped lines joined, chrome removed, widths folded. */
  paragraphs: string[];
  dropped: DroppedLine[];
  hints: TextHints;
}

export type SectionLevel = 1 | 2 | 3 | 4;

/** One unit of a document before it is built into a tree: a heading or a paragraph. */
export type Block =
  | {
      kind: 'heading';
      level: SectionLevel;
      /** Numbering as written (（九）, 二、, (1)) or null. */
      number: string | null;
      /** Numeric value of the numbering (九 → 9), or null. */
      ordinal: number | null;
      title: string;
      /** For a lead sentence (强化项目引领。…), the rest of the paragraph it opens. */
      body: string | null;
      sources: string[];
    }
  | { kind: 'paragraph'; text: string; sources: string[] };

export interface Paragraph {
  text: string;
  sources: string[];
}

export interface Section {
  id: string;
  parent: string | null;
  level: SectionLevel;
  number: string | null;
  title: string;
  paragraphs: Paragraph[];
}

export type Comparator = 'growth' | 'decline' | 'gte' | 'lte' | 'approx' | 'eq';
export type TargetKind = 'target' | 'achievement';

export interface Target {
  id: string;
  report: string;
  section: string;
  kind: TargetKind;
  indicator: string;
  value: number;
  valueMax: number | null;
  unit: string;
  comparator: Comparator;
  deadline: number | null;
  quote: string;
  theme: string;
}

export interface ReportMeta {
  slug: string;
  title: string;
  city: string | null;
  province: string | null;
  year: number | null;
  kind: string | null;
}

export interface Report extends ReportMeta {
  sources: string[];
  frontMatter: string[];
  sections: Section[];
  targets: Target[];
  /** Where the text came from: publication lines of the sources and catalog URLs, for the reader. */
  provenance: string[];
  /** Ids this report once had, mapped to the ids that replaced them, so that shared links keep working. */
  redirects: Record<string, string>;
}

export interface ReportSummary extends ReportMeta {
  sources: string[];
  url: string;
  sectionCount: number;
  targetCount: number;
  paragraphCount: number;
  charCount: number;
}

/** An error tied to one input file; its message is the one-line reason shown to the user. */
export class IngestError extends Error {
  readonly file: string;
  readonly reason: string;
  constructor(file: string, reason: string) {
    super(`${file}: ${reason}`);
    this.name = 'IngestError';
    this.file = file;
    this.reason = reason;
  }
}
