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
  /**
   * Fields of a crawler's or collector's header (标题：…, 年份：…, 发文单位：…, 报告人：…): the weakest evidence. They are
   * compared with what the report says and logged where they disagree; never published.
   */
  collector?: Record<string, string>;
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
/** The bound the text puts on a number: 以上/不低于/超过 (gte), 以内/以下/不超过 (lte), 左右 (approx), X—Y (range). */
export type Bound = 'gte' | 'lte' | 'approx' | 'range';

/** Administrative level of a government (GB/T 2260 and the constitution's names). */
export type GovernmentLevel =
  /** 国务院: the central government, whose report goes to the 全国人民代表大会. */
  | 'national'
  | 'province'
  | 'autonomous-region'
  | 'municipality'
  | 'prefecture'
  | 'autonomous-prefecture'
  | 'league'
  | 'county'
  | 'county-city'
  | 'district'
  | 'banner'
  | 'other';

/** A government that issues reports: 海拉尔区 (district) → 呼伦贝尔市 (prefecture) → 内蒙古自治区. */
export interface Government {
  name: string;
  level: GovernmentLevel;
  /** GB/T 2260 code where the gazetteer knows it. */
  code: string | null;
  /** Enclosing governments, nearest first. */
  parents: { name: string; level: GovernmentLevel; code?: string | null }[];
  /** ASCII slug of the government for /places/<slug>/ (stable, from the place name's reading). */
  slug: string;
}

/** Who delivered a report: 龚正, 市长. */
export interface Speaker {
  name: string | null;
  office: string | null;
}

/** The years a row describes: one year, or a range for five-year reviews. */
export interface Period {
  from: number;
  to: number;
}
export type TargetKind = 'target' | 'achievement';

export interface Target {
  id: string;
  report: string;
  section: string;
  kind: TargetKind;
  indicator: string;
  /** The verb that goes with the quantity where the text states one (建设, 新建, 完成, 改造 …), kept out of `indicator`. */
  action: string | null;
  value: number;
  valueMax: number | null;
  unit: string;
  comparator: Comparator;
  deadline: number | null;
  quote: string;
  theme: string;
  /** The bound the text puts on the number, or null. */
  bound: Bound | null;
  /** True for the targets of the report's main-targets passage (主要预期目标). */
  headline: boolean;
  /** Id in the indicator vocabulary (seeds/indicators.yaml), or null when no wording matches. */
  indicatorId: string | null;
  /** The years the row describes (a target: its year or deadline; an achievement: 去年 → year − 1, 五年来 → a range). */
  period: Period | null;
  /** True when the row is an annual average over its period (年均). */
  annualAverage: boolean;
  /** True when the text calls the figure an estimate (预计). */
  estimated: boolean;
  /** Value in the vocabulary's canonical unit (亿元, 万人 …), or null. */
  canonicalValue: number | null;
  canonicalUnit: string | null;
  /**
   * True when the row is read from its section's heading (an item or a topic whose lead sentence is its title: 新增上市企业
   * 7家), so that `quote` stands in the section's title rather than in its paragraphs.
   */
  inTitle: boolean;
}

/** A year-Y target paired with the year-Y outcome the same government's next report states. */
export interface Outcome {
  place: string;
  indicatorId: string;
  year: number;
  target: string;
  targetReport: string;
  outcome: string | null;
  outcomeReport: string | null;
  verdict: 'met' | 'missed' | 'not-stated';
  estimated: boolean;
}

export interface ReportMeta {
  slug: string;
  title: string;
  city: string | null;
  province: string | null;
  year: number | null;
  kind: string | null;
  /** The government that issued the report, or null when the text and catalog do not settle it. */
  place: Government | null;
  /** Delivery date, YYYY-MM-DD. */
  delivered: string | null;
  /** 海拉尔区第十四届人民代表大会第五次会议 */
  session: string | null;
  speaker: Speaker | null;
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
  /** The slug of the same government's previous report in the atlas, or null. */
  previous?: string | null;
  /** Phrases this report uses for the first time among its government's reports in the atlas, best first (≤ 30). */
  newPhrases?: { text: string; section: string }[];
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
