/**
 * Stage 4 — targets: quantitative goals and reported results, extracted clause by clause with rules.
 * A number counts only with a unit of measure after it, which already keeps out list numbering, codes and names
 * (5G, 3820, 十四五, 9+5, 二十大, G228, 2.0平台); ages, dates, ordinals and counts of a text's own parts are
 * ruled out explicitly. Precision first: a short true table beats a long noisy one.
 */
import { chineseNumeral } from './text.ts';
import type { Comparator, Section, Target, TargetKind } from './types.ts';

const MAGNITUDE = '(?:千亿|百亿|十亿|亿|千万|百万|十万|万|千)';
const BASE_UNITS = [
  '微克/立方米', '个百分点', '平方公里', '平方米', '立方米', '千瓦时', '千瓦', '标准箱', '人次', '场次', '公顷', '公里',
  '吨', '元', '人', '户', '亩', '个', '项', '家', '所', '座', '条', '张', '套', '台', '辆', '场', '名', '处', '类',
  '种', '份', '件', '支', '天', '个工作日', '个工作小时', '工作日', '倍', '批', '栋', '艘', '架', '篇', '部', '间', '床', '米', '%',
];
const UNIT = `${MAGNITUDE}?(?:${BASE_UNITS.join('|')})`;
const ARABIC = '\\d+(?:\\.\\d+)?';
const CHINESE_NUM = '[一二两三四五六七八九十百千]+';
const RANGE_SEP = '\\s*[—–\\-~～至到]\\s*';
/** One quantity: a number (or a range), its unit, and a bound after it (以上, 左右 …). */
const QUANTITY = new RegExp(
  `(?<num>${ARABIC}|${CHINESE_NUM})(?:(?<pct>%)?${RANGE_SEP}(?<max>${ARABIC}))?(?<unit>${UNIT})(?<bound>以上|以下|以内|左右|上下)?`,
  'gu',
);

const GROWTH = /(?:增长|增加|提高|提升|上升|增幅|涨幅)(?:了)?$/;
const DECLINE = /(?:下降|降低|减少|压减|压降|缩减|降幅)(?:了)?$/;
const GTE = /(?:不少于|不低于|至少|超过|超|突破|过|达到?.{0,2}以上|以上)$/;
const LTE = /(?:不超过|不高于|控制在|低于|少于|以内|以下)$/;
const APPROX = /(?:约|接近|左右|近)$/;
/** Words between a subject and its number that are not part of the subject. */
const LINK_WORDS =
  /(?:分别|力争|确保|预计|累计|全年|年均|同比|比上年|基本|均|稳定|巩固|保持在|保持|控制在|提高到|提高至|提升至|提升到|增长|增加|提高|提升|上升|下降|降低|减少|不少于|不低于|不超过|不高于|达到|达|超过|超|突破|过|至|到|为|在|约|接近|实现|完成)+$/;
const LEAD_WORDS = /^(?:并|和|及|与|同时|其中|力争|力促|确保|努力|全面|全力|预计|累计|全年|今年|年内|实现|完成)+/;
/** Verbs after which the measured thing follows the number: 实施45项为民办实事项目. */
const COUNT_VERB =
  /(?:新增|新建|新开工|培育|实施|建设|建成|改造|开工|完成|签约|组织|开展|提供|解决|吸纳|引进|打造|创建|办好|推进|举办|发放|认定|扶持|抓好|推动|加快|建立|推广|发挥|培养|发展|提升|改建|布局|招引|筹集|设立|新上|安排|落实|支持|改造提升|新培育|争创|深化|新建和改建|新建和改造|改造提升|提供|覆盖)$/;
const LEADING_VERB = new RegExp(`^(?:${COUNT_VERB.source.slice(3, -2)})`);

const REVIEW_HEADING = /回顾|过去一年|过去五年|一年来|五年来|工作总结|去年工作/;
const REVIEW_OPENER = /^(?:一年来|过去一年|过去的一年|五年来|过去五年|去年|\d{4}年，?我们)/;
const TARGET_MARK = /力争|确保|目标|预期|计划|将|要|争取|到\d{4}年|\d{4}年底前|年内|今年|新的一年/;

const THEMES: [string, RegExp][] = [
  ['employment', /就业|岗位|创业|技能培训|失业/],
  ['environment', /空气|PM|pM|水质|排放|碳|森林|绿地|绿化|污水|垃圾|生态|能耗|造林|水源|优良天数|河湖|厕所|黑臭|土壤|用地安全/],
  ['science', /研发|R&D|高新技术|科技|专利|创新|专精特新/],
  ['agriculture', /粮食|农业|耕地|播种|农产品|畜|渔|示范片|乡村振兴|种植/],
  ['education', /学位|学校|教育|幼儿园|教师|高校|校长|技能人才|毕业生/],
  ['health', /医院|医疗|床位|卫生|医生|寿命|托位|托育|养老|健康|医保|药品|疫苗/],
  ['housing', /住房|棚改|保障性|老旧小区|安置房|商品房|燃气|气化/],
  ['infrastructure', /公路|铁路|管网|5G|基站|充电|港|机场|吞吐量|光网|线路|电网|供水|停车|道路|水利/],
  ['culture', /文化|体育|健身|演出|博物馆|文物|非遗|旅游|文旅/],
  ['economy', /生产总值|GDP|收入|投资|消费|出口|进出口|工业|产值|税|财政|企业|项目|经济|外资|贷款|零售|物价|价格|招商|产业|增加值|规模/],
];

export function themeOf(text: string): string {
  for (const [theme, re] of THEMES) if (re.test(text)) return theme;
  return 'other';
}

function parseNumber(s: string): number | null {
  if (/^\d/.test(s)) return Number(s);
  return chineseNumeral(s);
}

function deadlineOf(sentence: string, before: string): number | null {
  const m = before.match(/(?:到|至|于)(\d{4})年|(\d{4})年(?:底|末|年底)?前|(\d{4})年(?:底|末)/) ?? sentence.match(/到(\d{4})年/);
  if (m) return Number(m[1] ?? m[2] ?? m[3]);
  const plan = sentence.match(/[“"]?十([一二三四五六七八九])五[”"]?(?:末|时期|期间)/);
  // The n-th five-year plan (n ≥ 3) ends in 1955 + 5n: 十四五 → 2025, 十五五 → 2030.
  if (plan) return 1955 + 5 * (10 + chineseNumeral(plan[1])!);
  return null;
}

const RATE_UNIT = /^(?:%|个百分点|倍)$/;

function comparatorOf(before: string, bound: string | undefined, unit: string): Comparator {
  // 增长6.5% is a growth rate; 提高到62.5% names the level reached, and 改造提升10个 is a count.
  if (RATE_UNIT.test(unit) && GROWTH.test(before)) return 'growth';
  if (RATE_UNIT.test(unit) && DECLINE.test(before)) return 'decline';
  if (bound === '以上') return 'gte';
  if (bound === '以下' || bound === '以内') return 'lte';
  if (bound === '左右' || bound === '上下') return 'approx';
  // 不超过 ends in 超过 and 不低于 in 低于: the negated forms decide first.
  if (/(?:不超过|不高于|不多于|不大于)$/.test(before)) return 'lte';
  if (/(?:不少于|不低于|不小于)$/.test(before)) return 'gte';
  if (GTE.test(before)) return 'gte';
  if (LTE.test(before)) return 'lte';
  if (APPROX.test(before)) return 'approx';
  return 'eq';
}

/** 中心城区、平川县、山区县平均城镇气化率 → three subjects sharing 平均城镇气化率. */
function distribute(subjectText: string, count: number): string[] | null {
  const parts = subjectText.split('、').map((s) => s.trim()).filter(Boolean);
  if (parts.length !== count) return null;
  const last = parts[parts.length - 1];
  const others = parts.slice(0, -1);
  const lengths = others.map((p) => p.length);
  let cut = -1;
  for (let p = Math.min(...lengths); p <= Math.max(...lengths) && p < last.length; p++) {
    if (others.some((o) => o.at(-1) === last[p - 1])) {
      cut = p;
      break;
    }
  }
  if (cut < 0) cut = Math.min(...lengths, last.length);
  const shared = last.slice(cut);
  return [...others.map((o) => o + shared), last];
}

interface Candidate {
  start: number;
  end: number;
  value: number;
  valueMax: number | null;
  unit: string;
  bound?: string;
}

function insideQuotes(text: string, at: number): boolean {
  const before = text.slice(0, at);
  return (before.match(/“/g) ?? []).length > (before.match(/”/g) ?? []).length;
}

function quantities(clause: string): Candidate[] {
  const out: Candidate[] = [];
  for (const m of clause.matchAll(QUANTITY)) {
    const g = m.groups!;
    const start = m.index!;
    const end = start + m[0].length;
    const prev = clause[start - 1] ?? '';
    const next = clause.slice(end, end + 4);
    // Codes and names: a letter or symbol glued to the number (5G, G228, PM2.5, 3#, 9+5, 2.0平台, 第十七届).
    if (/[A-Za-z#＃+.]/.test(prev) || /^[A-Za-z#＃+]/.test(next) || prev === '第') continue;
    // Inside quotation marks a number is part of a name: “千吨万人”, “3820”, “万亩百亿”.
    if (insideQuotes(clause, start)) continue;
    const rest = clause.slice(end);
    // Ages that qualify a group: 0-3岁, 60岁以上, 6—24个月龄.
    if (/^(?:岁|周岁)/.test(rest) || (g.unit.endsWith('个') && /^月/.test(rest))) continue;
    if (/^的/.test(rest) && !g.bound) continue; // 产值过百亿元的产业: a qualifier, not a target
    const isChinese = !/^\d/.test(g.num);
    // A Chinese numeral is a quantity only after a comparator (超千亿元); elsewhere it counts the text's own
    // parts (三项工程, 十个方面) or names things (十亿元镇, 百亩以上示范片).
    if (isChinese && !/(?:超|超过|突破|达|达到|过)$/.test(clause.slice(0, start))) continue;
    let value = parseNumber(g.num);
    if (value === null) continue;
    let unit = g.unit;
    if (isChinese && /^[十百千]$/.test(g.num) && /^[万亿]/.test(unit)) {
      unit = g.num + unit; // 超千亿元: one 千亿元, as written
      value = 1;
    }
    if (g.pct) unit = '%';
    out.push({ start, end, value, valueMax: g.max ? Number(g.max) : null, unit, bound: g.bound });
  }
  return out;
}

/** Achievement or target, from the section's place in the report, the paragraph's opening and its verbs. */
function kindOf(ancestry: string, paragraph: string, sentence: string): TargetKind {
  // A paragraph that opens as a review (一年来…) reports results, unless a sentence states a commitment.
  if (REVIEW_OPENER.test(paragraph)) return /力争|确保|目标/.test(sentence) ? 'target' : 'achievement';
  if (TARGET_MARK.test(sentence)) return 'target';
  if (REVIEW_HEADING.test(ancestry)) return 'achievement';
  return 'target';
}

export function extractTargets(reportSlug: string, sections: Section[]): Target[] {
  const byId = new Map(sections.map((s) => [s.id, s]));
  const targets: Target[] = [];
  for (const section of sections) {
    let ancestry = '';
    for (let s: Section | undefined = section; s; s = s.parent ? byId.get(s.parent) : undefined) ancestry = `${s.title} ${ancestry}`;
    let k = 0;
    for (const para of section.paragraphs) {
      const text = para.text;
      const sentenceRe = /[^。！？；]+[。！？；]?/gu;
      for (const sm of text.matchAll(sentenceRe)) {
        const sentence = sm[0];
        const sentenceStart = sm.index!;
        const clauseRe = /[^，：]+[，：]?/gu;
        let previous: string | null = null;
        for (const cm of sentence.matchAll(clauseRe)) {
          const clause = cm[0].replace(/[，：。！？；]$/, '');
          const clauseStart = sentenceStart + cm.index!;
          const found = quantities(clause);
          if (found.length === 0) continue;
          const kind = kindOf(ancestry, text, sentence);
          const rows = rowsOfClause(clause, found, previous);
          if (rows.length) previous = rows[rows.length - 1].indicator;
          for (const r of rows) {
            k++;
            const quote = text.slice(clauseStart + r.quoteStart, clauseStart + r.quoteEnd);
            targets.push({
              id: `t-${section.id}-${k}`,
              report: reportSlug,
              section: section.id,
              kind,
              indicator: r.indicator,
              value: r.value,
              valueMax: r.valueMax,
              unit: r.unit,
              comparator: r.comparator,
              deadline: deadlineOf(sentence, sentence.slice(0, cm.index! + r.quoteStart)),
              quote,
              theme: themeOf(`${r.indicator} ${section.title}`),
              bound: null,
              headline: false,
              indicatorId: null,
              period: null,
              annualAverage: false,
              estimated: false,
              canonicalValue: null,
              canonicalUnit: null,
            });
          }
        }
      }
    }
  }
  return targets;
}

interface Row {
  indicator: string;
  value: number;
  valueMax: number | null;
  unit: string;
  comparator: Comparator;
  quoteStart: number;
  quoteEnd: number;
}

/** Words before the subject that are not part of it: list markers, a plan period, 力争 and the like. */
function stripLead(s: string): string {
  return s
    .replace(/^[、和及与]+/, '')
    .replace(/^[①-⑳]/, '')
    .replace(/^“?十[一二三四五六七八九]五”?(?:末|时期|期间)/, '')
    .replace(LEAD_WORDS, '');
}

/**
 * A subject stated once for several numbers: 新签约项目250个、总投资1000亿元 → 新签约项目总投资; an administrative
 * level that replaces the first subject's (国家级…突破20家、省级突破50家) takes its place.
 */
function carryOver(first: string, part: string): string {
  const LEVEL = /(?:国家|省|市|县|区)级/;
  if (new RegExp(`^${LEVEL.source}$`).test(part) && LEVEL.test(first)) return first.replace(LEVEL, part);
  return `${first}${part}`;
}

function cleanSubject(s: string): string {
  return stripLead(s).replace(LINK_WORDS, '').replace(/[、和及与]+$/, '').trim();
}

/** Turns the quantities of one clause into rows, resolving 分别 lists and subjects stated once for several numbers. */
function rowsOfClause(clause: string, found: Candidate[], previous: string | null): Row[] {
  const rows: Row[] = [];
  const firstPre = clause.slice(0, found[0].start);
  const respectively = firstPre.match(/^(.*?)分别(.*)$/s);
  if (respectively && found.length >= 2) {
    const subject = cleanSubject(respectively[1]);
    // Several subjects share the values in order; one subject (品种分别突破600个、20类) takes them all.
    const subjects = distribute(subject, found.length) ?? (subject ? found.map(() => subject) : null);
    if (subjects) {
      const comparator = comparatorOf(firstPre, found[found.length - 1].bound, found[0].unit);
      found.forEach((q, i) =>
        rows.push({ indicator: subjects[i], value: q.value, valueMax: q.valueMax, unit: q.unit, comparator, quoteStart: 0, quoteEnd: found[found.length - 1].end }),
      );
      return rows;
    }
  }
  let prevEnd = 0;
  let firstSubject = '';
  let verb = '';
  for (const [qi, q] of found.entries()) {
    if (q.start < prevEnd) continue; // already read as part of the previous row's subject
    const limit = found[qi + 1]?.start ?? clause.length;
    const pre = clause.slice(prevEnd, q.start);
    const subjectStart = prevEnd + (pre.match(/^[、，和及与]*/)?.[0].length ?? 0);
    let subject = cleanSubject(pre.replace(/^(?:到|至)?\d{4}年(?:底|末)?前?/, ''));
    const rawVerb = stripLead(pre.replace(/^(?:到|至)?\d{4}年(?:底|末)?前?/, '')).trim();
    let quoteEnd = q.end;
    // 实施45项…, 组织开展不少于150场…: a verb alone (a bound after it aside) before the number.
    const countVerb = (rawVerb.length <= 8 && COUNT_VERB.test(rawVerb)) || (subject.length <= 8 && COUNT_VERB.test(subject));
    // 出台的14项惠企政策, 金源天鹅湖等31个项目, 中心城区7800套住房: the noun after the number is what is counted.
    const attributive = /[的等]$/.test(pre.trim());
    const place = /(?:城区|全市|市区|县城|全县|全省|全区)$/.test(subject);
    if (countVerb || attributive || place || subject === '') {
      // 实施45项为民办实事项目, 出台的14项惠企政策: the measured thing follows the number.
      // The quote runs to the end of the noun phrase; the indicator keeps its head (after the last 的).
      const phrase = (clause.slice(q.end, limit).match(/^[^，。；]{1,40}/)?.[0] ?? '').replace(/[、和及与并]+$/, '');
      // 产业强、农民富、环境美的省级示范村: a list of qualities before 的 describes the noun after it.
      let noun = /、.*的/.test(phrase) ? phrase.replace(/^.*的/, '') : phrase;
      if (noun.length > 24) noun = noun.split('、')[0];
      if (countVerb) {
        verb = COUNT_VERB.test(rawVerb) ? rawVerb : subject;
        subject = verb;
      }
      subject = attributive ? noun : place ? `${subject}${noun}` : `${subject || verb}${noun}`;
      quoteEnd = q.end + phrase.length;
    } else if (subject.length <= 3 && firstSubject) {
      subject = carryOver(firstSubject, subject);
    }
    const before = rows.length ? rows[rows.length - 1].indicator : previous;
    if (countVerb && subject === verb && before) {
      // 新开工保障性安居工程8018套，新建成10472套: the second count is of the same thing.
      subject = `${verb}${before.replace(LEADING_VERB, '')}`;
    }
    if (subject.length > 24) subject = subject.slice(subject.search(/[^、的和及与]*$/));
    if (subject === '' || /^[\d.%]+$/.test(subject)) {
      prevEnd = q.end;
      continue;
    }
    if (!firstSubject) firstSubject = subject;
    rows.push({
      indicator: subject,
      value: q.value,
      valueMax: q.valueMax,
      unit: q.unit,
      comparator: comparatorOf(pre.trimEnd(), q.bound, q.unit),
      quoteStart: subjectStart,
      quoteEnd,
    });
    prevEnd = quoteEnd;
  }
  return rows;
}
