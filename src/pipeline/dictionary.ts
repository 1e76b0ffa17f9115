/**
 * The data dictionary: every field of the published data files, with its type and meaning in Chinese, for the
 * dictionary page (/about/data/). Each table is typed against the interface the pipeline writes (FieldDocs<T> names
 * every key of T, no more, no fewer), so a field added to a type without an entry here fails the type-check; and
 * tests/unit/dictionary.test.ts checks the files an ingest really writes against these paths, so a field written
 * outside the types (or a CSV column) without an entry fails the tests. Pure data: no I/O.
 */
import type { IndicatorEntry } from './indicators.ts';
import type { OutcomeRow } from './outcomes.ts';
import type { Government, Paragraph, Period, Report, ReportSummary, Section, Speaker, Target } from './types.ts';
import type { OUTCOME_COLUMNS, TARGET_COLUMNS } from './io.ts';

export interface FieldDoc {
  /** The JSON (or CSV) type, in the reader's words. */
  type: string;
  meaning: string;
}

/** One entry per key of T, optional keys included; an object literal typed so lists every key and no other. */
export type FieldDocs<T> = { readonly [K in keyof T]-?: FieldDoc };

/** A field of a file, by its path: `place.parents[].name` (`[]` stands for every element of an array). */
export interface FieldEntry extends FieldDoc {
  path: string;
}

const LEVELS = 'national（国务院）、province、autonomous-region、municipality（直辖市）、prefecture（地级市）、autonomous-prefecture、league（盟）、county、county-city（县级市）、district、banner（旗）、other（如新区管委会）';

const GOVERNMENT: FieldDocs<Government> = {
  name: { type: '文本', meaning: '发布报告的政府（地方）名称，如 海拉尔区' },
  level: { type: '文本（枚举）', meaning: `行政层级：${LEVELS}` },
  code: { type: '文本或 null', meaning: 'GB/T 2260 行政区划代码；名录中没有时为 null' },
  parents: { type: '数组', meaning: '上级政府，由近及远' },
  slug: { type: '文本', meaning: '地方的 ASCII 标识，用于 /places/<slug>/；在整个名录中唯一，历次构建不变' },
};
const PARENT: FieldDocs<Government['parents'][number]> = {
  name: { type: '文本', meaning: '上级政府名称' },
  level: { type: '文本（枚举）', meaning: '上级政府的行政层级（取值同 place.level）' },
  code: { type: '文本或 null', meaning: '上级政府的 GB/T 2260 代码' },
};
const SPEAKER: FieldDocs<Speaker> = {
  name: { type: '文本或 null', meaning: '报告人姓名（原文署名）' },
  office: { type: '文本或 null', meaning: '报告人职务，如 市长、代省长、国务院总理' },
};
const PERIOD: FieldDocs<Period> = {
  from: { type: '整数', meaning: '该行所述时期的起始年' },
  to: { type: '整数', meaning: '该行所述时期的结束年（单一年份时与 from 相同）' },
};

/** Fields shared by a report's summary (reports.json) and the report itself (reports/<slug>.json). */
const META = {
  slug: { type: '文本', meaning: '报告的 ASCII 标识：地方标识加年份（同名时再加类型缩写），用于 /reports/<slug>/' },
  title: { type: '文本', meaning: '报告标题；原文没有标题时由政府、年份和类型组成（构建记录中注明）' },
  city: { type: '文本或 null', meaning: '所属地级市或直辖市；省级政府和国务院为 null' },
  province: { type: '文本或 null', meaning: '所属省级地区；省级政府为其本身，国务院为 null' },
  year: { type: '整数或 null', meaning: '报告作出并规划的年份' },
  kind: { type: '文本或 null', meaning: '文件类型：政府工作报告、行动纲要、计划执行情况报告等' },
  place: { type: '对象或 null', meaning: '发布报告的政府；原文和目录文件都不能确定时为 null' },
  delivered: { type: '文本或 null', meaning: '报告日期，YYYY-MM-DD（会议行所写）' },
  session: { type: '文本或 null', meaning: '报告所在的人民代表大会会议，如 海拉尔区第十四届人民代表大会第五次会议' },
  speaker: { type: '对象或 null', meaning: '报告人' },
  sources: { type: '文本数组', meaning: '报告所依据的原始文件名（同一报告的多个摘录合并时有多个）' },
} satisfies Partial<FieldDocs<ReportSummary>>;

const SUMMARY: FieldDocs<ReportSummary> = {
  ...META,
  url: { type: '文本', meaning: '报告页面的站内地址（含站点子路径）' },
  sectionCount: { type: '整数', meaning: '章节数' },
  targetCount: { type: '整数', meaning: '量化指标行数' },
  paragraphCount: { type: '整数', meaning: '正文段落数' },
  charCount: { type: '整数', meaning: '正文字数（段落文字的字符数）' },

};

const REPORT: FieldDocs<Report> = {
  ...META,
  frontMatter: { type: '文本数组', meaning: '报告的抬头行（标题行、会议行、署名），显示在页首，不属于正文' },
  sections: { type: '数组', meaning: '章节，按文中顺序平铺；每个段落只属于一个章节' },
  targets: { type: '数组', meaning: '本报告的量化指标，字段同 targets.json' },
  provenance: { type: '文本数组', meaning: '文本出处：原网页的发布信息和目录文件中的网址' },
  redirects: { type: '对象（旧锚点 → 新锚点）', meaning: '本报告曾用过的章节或指标锚点及其替代锚点，旧链接据此跳到新位置' },
  previous: { type: '文本或 null', meaning: '同一政府在本图谱中上一份报告的 slug' },
  newPhrases: { type: '数组', meaning: '本报告首次使用的提法（同一政府此前的报告中都没有），按使用次数排序，最多 30 条' },
};
const SECTION: FieldDocs<Section> = {
  id: { type: '文本', meaning: '章节锚点：小写 ASCII，由报告自身的编号生成（如 s2-9），同一文本重建时不变' },
  parent: { type: '文本或 null', meaning: '上一级章节的 id；顶层为 null' },
  level: { type: '整数 1–4', meaning: '1 部分（一、）；2 节（（一））；3 主题句或标签；4 条目（(1)、1.）' },
  number: { type: '文本或 null', meaning: '原文所写的编号，如 （九）；没有编号时为 null' },
  title: { type: '文本', meaning: '标题文字，不含编号和句末的“。”' },
  paragraphs: { type: '数组', meaning: '本章节的正文段落' },
};
const PARAGRAPH: FieldDocs<Paragraph> = {
  text: { type: '文本', meaning: '段落全文' },
  sources: { type: '文本数组', meaning: '该段落出现在哪些原始文件中' },
};
const NEW_PHRASE: FieldDocs<NonNullable<Report['newPhrases']>[number]> = {
  text: { type: '文本', meaning: '首次使用的提法，如 “人工智能+” 或 《…》' },
  section: { type: '文本', meaning: '首次使用该提法的章节 id' },
};

const TARGET: FieldDocs<Target> = {
  id: { type: '文本', meaning: '指标行锚点（t- 加章节 id 和序号），在报告页面上唯一' },
  report: { type: '文本', meaning: '所在报告的 slug' },
  section: { type: '文本', meaning: '所在章节的 id' },
  kind: { type: '文本（枚举）', meaning: 'target（目标或承诺）或 achievement（已完成的成绩）' },
  indicator: { type: '文本', meaning: '原文中的指标名称（所度量的事物，不含动词）' },
  action: { type: '文本或 null', meaning: '原文中施于该事物的动作（建设、新建、完成、改造……），如 建设高标准农田10万亩 → 建设；没有时为 null' },
  value: { type: '数值', meaning: '原文所写的数字（中文数字已换算），如 4万人 → 4' },
  valueMax: { type: '数值或 null', meaning: '区间的上限（1—2个 → 2）；不是区间时为 null' },
  unit: { type: '文本', meaning: '原文的单位，如 %、亿元、万人' },
  comparator: { type: '文本（枚举）', meaning: 'growth 增长、decline 下降、gte 不低于、lte 不高于、approx 约、eq 达到' },
  deadline: { type: '整数或 null', meaning: '文中限定的年份（到2025年）' },
  quote: { type: '文本', meaning: '原文引文：所在章节段落中的一段原文，含指标名称和数字（inTitle 为真时，是章节标题中的一段原文）' },
  theme: { type: '文本（枚举）', meaning: '主题：economy、employment、environment、education、health、housing、infrastructure、culture、science、agriculture、other' },
  bound: { type: '文本（枚举）或 null', meaning: '数字的界限：gte 以上/不低于/超过、lte 以内/以下/不超过、approx 左右、range 区间' },
  headline: { type: '真/假', meaning: '是否属于报告的“主要预期目标”段落' },
  indicatorId: { type: '文本或 null', meaning: '指标词表（indicators.json）中的 id；没有对应措辞时为 null' },
  period: { type: '对象或 null', meaning: '该行所述的年份：目标为其年份或期限，成绩为所回顾的年份（去年 → 上一年，五年来 → 区间）' },
  annualAverage: { type: '真/假', meaning: '是否为所述时期的年均值（年均）' },
  estimated: { type: '真/假', meaning: '原文是否称该数字为预计数（预计）' },
  canonicalValue: { type: '数值或 null', meaning: '换算到词表标准单位后的数值（如 万元 → 亿元）' },
  canonicalUnit: { type: '文本或 null', meaning: '词表的标准单位' },
  inTitle: { type: '真/假', meaning: '是否读自章节标题（以一句陈述为标题的条目或主题句，如 新增上市企业7家）；为真时引文在标题中' },
};
type TargetColumn = (typeof TARGET_COLUMNS)[number];
const { period: _period, ...TARGET_FLAT } = TARGET;
const TARGET_CSV: FieldDocs<Record<TargetColumn, unknown>> = {
  ...TARGET_FLAT,
  periodFrom: { type: '整数或空', meaning: 'period.from（CSV 中时期拆为两列）' },
  periodTo: { type: '整数或空', meaning: 'period.to' },
};

const OUTCOME: FieldDocs<OutcomeRow> = {
  place: { type: '文本', meaning: '政府的 slug（同 place.slug）' },
  placeName: { type: '文本', meaning: '政府名称' },
  indicatorId: { type: '文本', meaning: '指标词表中的 id' },
  year: { type: '整数', meaning: '目标所属年份 Y' },
  target: { type: '文本', meaning: 'Y 年报告中目标行的 id' },
  targetReport: { type: '文本', meaning: 'Y 年报告的 slug' },
  outcome: { type: '文本或 null', meaning: 'Y+1 年报告中所述 Y 年完成数的指标行 id；未说明时为 null' },
  outcomeReport: { type: '文本或 null', meaning: 'Y+1 年报告的 slug' },
  verdict: { type: '文本（枚举）', meaning: 'met 完成、missed 未完成、not-stated 未说明' },
  estimated: { type: '真/假', meaning: '完成数是否为预计数' },
  term: { type: '文本（枚举）', meaning: '比较的口径：change 增速、increment 增量、level 总量或水平' },
  targetValue: { type: '数值', meaning: '目标值（标准单位；下降为负数）' },
  targetValueMax: { type: '数值或 null', meaning: '区间目标的上限' },
  outcomeValue: { type: '数值或 null', meaning: '完成值（同一单位）' },
  unit: { type: '文本', meaning: '两个数值共同的单位' },
  comparator: { type: '文本（枚举）', meaning: '目标行的 comparator' },
  bound: { type: '文本（枚举）或 null', meaning: '目标行的 bound' },
  note: { type: '文本或 null', meaning: '不作判断的原因，或下一年报告中的其他数值' },
};
type OutcomeColumn = (typeof OUTCOME_COLUMNS)[number];
const OUTCOME_CSV: FieldDocs<Record<OutcomeColumn, unknown>> = OUTCOME;

const INDICATOR_FILE: FieldDocs<{ version: number; indicators: IndicatorEntry[] }> = {
  version: { type: '整数', meaning: '指标词表的版本号' },
  indicators: { type: '数组', meaning: '词表中的指标' },
};
const INDICATOR: FieldDocs<IndicatorEntry> = {
  id: { type: '文本', meaning: '指标 id（小写 ASCII，以连字符连接）' },
  name: { type: '文本', meaning: '指标的中文名称' },
  kind: { type: '文本（枚举）', meaning: 'level 总量、growth 增速、ratio 比率、count 计数' },
  unit: { type: '文本', meaning: '标准单位' },
  wordings: { type: '文本数组', meaning: '指称该指标的原文措辞（去掉范围词、比率词和括注后须完全一致）' },
  names: { type: '数组（可省略）', meaning: '同一数量的其他名称：旧称（until 为最后使用的年份）、别称，或统计口径（since 为起始年份），各附说明' },
  succeeds: { type: '对象（可省略）', meaning: '本指标所取代的数量（如 农村居民人均可支配收入 自2013年取代 农民人均纯收入）：其 id、起始年份、可比较的项和说明' },
};
const NAME_GROUP: FieldDocs<NonNullable<IndicatorEntry['names']>[number]> = {
  wordings: { type: '文本数组', meaning: '这一名称的原文措辞' },
  kind: { type: '文本（枚举）', meaning: 'former 旧称、alternative 别称、basis 统计口径' },
  since: { type: '整数（可省略）', meaning: '口径起用的年份' },
  until: { type: '整数（可省略）', meaning: '旧称最后使用的年份' },
  note: { type: '文本', meaning: '名称或口径改变的说明' },
};
const SUCCESSION: FieldDocs<NonNullable<IndicatorEntry['succeeds']>> = {
  id: { type: '文本', meaning: '被取代的指标 id' },
  since: { type: '整数', meaning: '取代开始的年份' },
  terms: { type: '文本数组', meaning: '跨越取代仍可比较的项：change 增速、increment 增量、level 水平' },
  note: { type: '文本', meaning: '取代的说明' },
};

function entries<T>(prefix: string, docs: FieldDocs<T>): FieldEntry[] {
  return Object.entries<FieldDoc>(docs).map(([key, doc]) => ({ path: prefix ? `${prefix}.${key}` : key, ...doc }));
}
const placeEntries = (prefix: string) => [...entries(`${prefix}place`, GOVERNMENT), ...entries(`${prefix}place.parents[]`, PARENT), ...entries(`${prefix}speaker`, SPEAKER)];

export interface DataFile {
  /** The file's name under data/ (reports/<slug>.json for each report's own file). */
  file: string;
  format: 'json' | 'csv';
  /** What one file or one row is. */
  about: string;
  /** Paths inside one element of the array (reports.json, targets.json, outcomes.json), inside the object otherwise, or the CSV's columns. */
  fields: FieldEntry[];
  /** Paths whose value is a map with free keys (redirects): its keys are data, not fields. */
  maps: string[];
}

export const DATA_FILES: DataFile[] = [
  { file: 'reports.json', format: 'json', about: '数组，每份报告一项（同一报告的多个摘录合并为一项）', fields: [...entries('', SUMMARY), ...placeEntries('')], maps: [] },
  {
    file: 'reports/<slug>.json',
    format: 'json',
    about: '一份报告的全部内容：元数据、章节、段落和量化指标',
    fields: [
      ...entries('', REPORT),
      ...placeEntries(''),
      ...entries('sections[]', SECTION),
      ...entries('sections[].paragraphs[]', PARAGRAPH),
      ...entries('targets[]', TARGET),
      ...entries('targets[].period', PERIOD),
      ...entries('newPhrases[]', NEW_PHRASE),
    ],
    maps: ['redirects'],
  },
  { file: 'targets.json', format: 'json', about: '数组，全部报告的量化指标，每行一项', fields: [...entries('', TARGET), ...entries('period', PERIOD)], maps: [] },
  { file: 'targets.csv', format: 'csv', about: '与 targets.json 相同的行（UTF-8 带 BOM，电子表格软件可直接打开中文）', fields: entries('', TARGET_CSV), maps: [] },
  { file: 'outcomes.json', format: 'json', about: '数组，每个 Y 年年度目标与同一政府 Y+1 年报告所述完成情况的一对', fields: entries('', OUTCOME), maps: [] },
  { file: 'outcomes.csv', format: 'csv', about: '与 outcomes.json 相同的行', fields: entries('', OUTCOME_CSV), maps: [] },
  { file: 'indicators.json', format: 'json', about: '本次构建所用的指标词表', fields: [...entries('', INDICATOR_FILE), ...entries('indicators[]', INDICATOR), ...entries('indicators[].names[]', NAME_GROUP), ...entries('indicators[].succeeds', SUCCESSION)], maps: [] },
];
