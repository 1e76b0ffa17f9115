/**
 * Stage 4 — targets: quantitative goals and reported results, extracted clause by clause with rules.
 * A number counts only with a unit of measure after it, which already keeps out list numbering, codes and names
 * (5G, 3820, 十四五, 9+5, 二十大, G228, 2.0平台); ages, dates, ordinals and counts of a text's own parts are
 * ruled out explicitly. Precision first: a short true table beats a long noisy one.
 *
 * This module walks a report's sections, paragraphs, sentences and clauses; the rules live in ./targets/, one concern
 * each: the number (quantity), change or level (comparator), result or commitment (kind), the measured noun phrase
 * (subject, action), a clause's rows (clause), the main-targets passage (passage), the last check (fitness), the theme.
 */
import { EMPTY_VOCABULARY, lookupIndicator, toCanonical, unitFits, type Vocabulary } from './indicators.ts';
import { ANNUAL_AVERAGE, ESTIMATE, HEADLINE_END, achievementPeriod, headlineStart, isHeadlineHeading, reviewScopeOf, targetPeriod, type ReviewScope } from './target-context.ts';
import { splitAction } from './targets/action.ts';
import { GENERIC_HEAD, countsListed, rowsOfClause, type Previous, type Row } from './targets/clause.ts';
import { unfitIndicator } from './targets/fitness.ts';
import { CARRIED_OUT, ENSURE, GOAL_MET, GOAL_NAMED_MET, PART_OF_YEAR, WILL, REVIEW_HEADING, REVIEW_OPENER, RESULT_COLUMN, TASK_COLUMN, deadlineOf, listTitleOf, markedKind, openingKind, listTitleYear, opensPlan, opensReview, planDeadline, readsAsResult, tableColumns } from './targets/kind.ts';
import { headlinePassage, listMarkOf } from './targets/passage.ts';
import { hasQuantity, quantities } from './targets/quantity.ts';
import { HEAD_NOUN, NAMED_GOAL, withoutExample } from './targets/subject.ts';
import { themeOf } from './targets/theme.ts';
import { PREAMBLE_TITLE } from './structure.ts';
import { foldQuoteMarks, inQuoteMarksOf } from './text.ts';
import type { Section, Target, TargetKind } from './types.ts';

/** A verb with 了 (制定了, 完成了): done. Not 为了, 除了, 到了. */
const PERFECTIVE = /\p{Script=Han}(?<![为除到])了/u;
/** Words that commit a clause to what it says. */
const COMMITMENT = /力争|确保|将|计划|要|目标|预期|争取/u;

export { splitAction } from './targets/action.ts';
export { COMPOUND_PAIRS, cleanSubject } from './targets/subject.ts';
export { themeOf } from './targets/theme.ts';

/**
 * A sentence as the clause grammar reads it, and where each of its positions stands in the paragraph. A table typed with
 * tabs (src/pipeline/normalize.ts keeps them) holds two kinds of cell boundary: after a cell that says something — a
 * number in it, punctuation, or words enough for a statement (1⇥文汇中学…完成80%工程量⇥目前主体工程已验收) — the next cell is
 * another statement, read as a clause after a "，"; after a short name alone (地区生产总值⇥增长8.5%左右, 万元GDP能耗⇥下降4.32%)
 * the next cell says what it measures, read as if the name stood right before it (the tab left out of the view).
 */
function cellView(sentence: string, sentenceStart: number): { view: string; toText: (at: number) => number } {
  if (!sentence.includes('\t')) return { view: sentence, toText: (at) => at };
  let view = '';
  const at: number[] = [];
  let cellStart = 0;
  for (let i = 0; i < sentence.length; i++) {
    if (sentence[i] !== '\t') {
      view += sentence[i];
      at.push(i);
      continue;
    }
    const cell = sentence.slice(cellStart, i);
    cellStart = i + 1;
    const names = cell.length <= 12 && !/[\d，。；：！？]/u.test(cell) && quantities(cell).length === 0;
    if (names) continue;
    view += '，';
    at.push(i);
  }
  at.push(sentence.length);
  return { view, toText: (x) => sentenceStart + at[x - sentenceStart] };
}

/**
 * Every quantitative target and achievement of a report, clause by clause. `year` is the year the report is
 * delivered and plans for (null when unknown: then no row gets a period); the vocabulary names indicators by id.
 */
export function extractTargets(
  reportSlug: string,
  sections: Section[],
  year: number | null,
  vocabulary: Vocabulary = EMPTY_VOCABULARY,
  documentKind: string | null = null,
  ownNames: readonly (string | RegExp)[] = [],
  documentTitle: string | null = null,
): Target[] {
  const reader = new TargetReader(reportSlug, sections, year, vocabulary, documentKind, ownNames, documentTitle);
  for (const section of sections) reader.readSection(section);
  const { targets, withheldReasons } = reader;
  // 提出上述预期目标…城镇调查失业率5.5%左右，体现了…: a main target named again after its passage (to explain it, or
  // in the part that carries it out) is the same target, not another one: one row, the headline's.
  const headlineKeys = new Set(targets.filter((t) => t.headline).map(restatementKey));
  const kept = targets.filter((t) => t.headline || t.kind !== 'target' || !headlineKeys.has(restatementKey(t)));
  for (let i = kept.length; i < targets.length; i++) withheldReasons.push('a main target named again after its passage');
  WITHHELD.set(kept, withheldReasons);
  return kept;
}

/** Where a paragraph's main-targets passage runs (headlinePassage), or null. */
type Passage = { start: number; end: number } | null;

/** A pause between a value and a clause of values alone, up to the clause's end: 0.6万户，4.0万人和226.1亿元，. */
const VALUES_ALONE_AFTER_VALUE = /(?<=\d[万亿千百十]*[\p{Script=Han}%‰]{1,2})，(?=(?:\d+(?:\.\d+)?[万亿千百十]*[\p{Script=Han}%‰]{1,2}[、和及])+\d+(?:\.\d+)?[万亿千百十]*[\p{Script=Han}%‰]{1,2}[，。；])/gu;

/** A row of the sentence so far, for a 分别 list after it (旅游收入106.8亿元，分别增长29%和49.7%). */
interface SentenceRow {
  indicator: string;
  start: number;
  clause: number;
  unit?: string;
}

/** A clause that opens on the total of what the sentence listed: 共31项, 合计5所. */
const TOTAL_CLAUSE = /^(?:共|共计|合计|总计)(?:为|达到?)?[\d.]/u;

/** The words every name ends with (省上奖励, 市上奖励, 县上奖励 → 奖励): at least two characters, or ''. */
function commonEnding(names: string[]): string {
  let end = names[0] ?? '';
  for (const n of names) while (end && !n.endsWith(end)) end = end.slice(1);
  // (省上奖励, 市上奖励 → 奖励, not 上奖励: a place's word of position, 上 of 省上, 内 of 县内, stays with the place.)
  while (/^[上下内中里的级]/u.test(end)) end = end.slice(1);
  return /^\p{Script=Han}{2}/u.test(end) && names.every((n) => n.length > end.length) ? end : '';
}

/**
 * Reads a report's targets part by part, paragraph by paragraph, sentence by sentence. (Each level is a method of its
 * own, not a loop nested in one function: the clause and row work, run tens of thousands of times a build, is then
 * compiled small and once, rather than with the walk around it in the middle of its loops.)
 */
class TargetReader {
  readonly targets: Target[] = [];
  readonly withheldReasons: string[] = [];
  private readonly byId: Map<string, Section>;
  // A statistical bulletin (统计公报) states the results of its own year and plans nothing: every row is an
  // achievement of that year, whatever its headings or verbs say.
  private readonly bulletin: boolean;
  // What the review around a paragraph is about (去年 / 五年来), carried from paragraph to paragraph within a part.
  private scope: ReviewScope | null = null;
  // A part whose first paragraph opens as a review (一年来，我们…) is a review throughout, whatever its headings say.
  private reviewPart = false;
  // A review that runs on past its section, in the report's order: opened by a review heading at any level or glued to
  // a paragraph's first words, ended by a title or an opening that turns to the plan, or by a part whose title does
  // not state a result (a greeting's 2018年工作回顾, then 一、…取得新成效 and its topics, all results).
  private reviewRun = false;
  private partOpened = false;
  // Whether a numbered part (一、…) has been read: before it, the opening's words may open the review.
  private numberedPartSeen = false;
  // What the year before the report's was, said at a paragraph's start (2009年是…的一年), made once.
  private readonly lastYearSaid: RegExp | null;
  // Inside an annexed list of a past year's results (附件三 2016年区民生实事完成情况): its rows report results, whatever
  // part the structure filed them under; the next annex or list title, or the next part, ends it.
  private resultsList = false;
  // The year of that list, and the columns its table's header row names (序号⇥任务⇥落实情况): a number in the column of
  // what was to be done (任务) is that year's target, not its result — 打造7个主题文化馆 beside 成功打造…3个.
  private resultsYear: number | null = null;
  private columns: string[] | null = null;
  // The section read, its titles up to the report's top, and the number of its rows read so far.
  private section!: Section;
  private ancestry = '';
  // What a sentence that says nothing of its time is, in a text whose parts no heading names (a news item, an
  // excerpt): what the text's sentences mostly are (partlessLean); in a text with parts, a plan's (sentenceKindOf).
  private readonly unmarked: TargetKind | undefined;
  /** How the text writes its own government (ownNames in ingest.ts): a name it stands before is whose, not what. */
  private readonly ownNames: readonly (string | RegExp)[];
  // Whether a title or an opening has turned to the plan: from there on, a sentence that says nothing of its time is
  // the plan's, whatever the text's sentences mostly are.
  private planSeen = false;
  /** Whether the text is a year's work summary (工作总结), whose own year is the one it looks back on. */
  private readonly summary: boolean;
  /** The kind the last sentence of the paragraph being read said of itself, or null. */
  private paragraphKind: TargetKind | null = null;
  // The latest year a heading above the section reviews (2025年工作回顾 → 2025), 0 where none does.
  private reviewedYear = 0;
  private k = 0;
  /** True while the section's heading is read (地区生产总值突破三千亿大关，达3003亿元，增长8.8%: an item's lead sentence). */
  private inTitle = false;

  private readonly reportSlug: string;
  private readonly year: number | null;
  private readonly vocabulary: Vocabulary;

  constructor(reportSlug: string, sections: Section[], year: number | null, vocabulary: Vocabulary, documentKind: string | null, ownNames: readonly (string | RegExp)[] = [], documentTitle: string | null = null) {
    this.reportSlug = reportSlug;
    this.ownNames = ownNames;
    this.year = year;
    this.lastYearSaid = year === null ? null : new RegExp(`^${year - 1}年[，,]?是[^。！？]{0,40}的一年`, 'u');
    this.vocabulary = vocabulary;
    // (A bulletin copied without its title is read as one by its parts: metadata's readsAsBulletin.)
    // (So is a summary of how the year's economy ran: it states results and plans nothing.)
    this.bulletin = documentKind !== null && /公报$|^经济运行情况$/u.test(documentKind);
    this.byId = new Map(sections.map((s) => [s.id, s]));
    // (A year's work summary, 2022年工作总结, says what was done: a sentence that says nothing of its time is a result,
    // whatever parts it has — until a part turns to the plan.)
    // (So does a final account, 2022年财政决算报告: the year it closes.)
    // (So does a text titled as a look back on its year, 敦化市2023年经济社会发展回眸 — not one that plans as well, …回顾与
    // 2024年工作安排.)
    this.summary = documentKind === '工作总结' || documentKind === '决算报告' || (documentTitle !== null && REVIEW_HEADING.test(documentTitle) && !opensPlan(documentTitle));
    // (So does a text that opens titled as a place's profile — 九寨沟县情概况, 西地镇概况, 延和朝鲜族乡天气、简介 —: it says how
    // things stand, and a sentence that says nothing of its time states a fact, not a goal.)
    this.unmarked = this.summary || documentKind === '概况' || opensAsProfile(sections) ? 'achievement' : partlessLean(sections);
  }

  /**
   * The year a target is set for where no deadline says it: a later year the sentence opens on (2023年，力争… in a 2022
   * report), else the report's year — or, in a year's summary or final account, the year after the one it closes.
   */
  private planYear(sentence: string): number | null {
    if (this.year === null) return null;
    const said = Number(sentence.match(/^\s*(\d{4})年(?=[，,]|全年)/u)?.[1] ?? 0);
    if (said > this.year) return said;
    return this.summary ? this.year + 1 : this.year;
  }

  private readListTitle(line: string): void {
    const title = listTitleOf(line, this.year);
    if (title !== null) {
      this.resultsList = title === 'results';
      this.resultsYear = this.resultsList ? listTitleYear(line) : null;
      this.columns = null;
    } else if (this.resultsList) this.columns = tableColumns(line) ?? this.columns;
  }

  readSection(written: Section): void {
    const year = this.year;
    // (The rules read names in “…”; a text in 「…」 is read the same, its marks folded mark for mark — the quotes are still
    // cut from the text as written.)
    const section: Section = { ...written, title: foldQuoteMarks(written.title), paragraphs: written.paragraphs.map((p) => ({ ...p, text: foldQuoteMarks(p.text) })) };
    // (A report whose part numbers were lost — a word processor's automatic numbering — has its parts and sections as
    // topics standing at the top: a topic goes on in the part before it, unless its first paragraph opens a review, as a
    // part's does, or says what the coming period or year is, as a plan's does.)
    // (A section whose number survived — （三）改革开放持续深化 — stands at the top as well, and goes on likewise.)
    const partless = section.parent === null && section.level >= 2;
    if (partless && section.paragraphs.length > 0) {
      const first = section.paragraphs[0].text;
      // (…, or, numbered as a section, states a result before any plan was seen: （六）生态环境持续改善 at the top of a later
      // page of a report.)
      if (opensReviewPart(first, year) || (section.number !== null && !this.planSeen && readsAsResult(section.title) && !opensPlan(section.title))) this.reviewPart = true;
      // (今年和今后一段时期，必须…: the coming year named first, likewise.)
      else if (/^(?:“?十[一二三四五六七八九]五”?时期|今后|未来五年|今年(?!以来|来)|明年|新的一年)/u.test(first) || (year !== null && first.startsWith(`${year}年是`))) {
        this.reviewPart = this.reviewRun = false;
        this.planSeen = true;
      }
    }
    if (section.parent === null && !partless) {
      // (An excerpt that opens at a later part — 二、城乡建管统筹推进，生态环境持续改善, page 2 of a report —: the first
      // numbered part stating a result, before any plan, is the review's.)
      if (section.number !== null && !this.numberedPartSeen && !this.planSeen && readsAsResult(section.title) && !opensPlan(section.title)) this.reviewRun = true;
      if (section.number !== null) this.numberedPartSeen = true;
      this.reviewPart = false;
      this.partOpened = false;
      this.resultsList = false;
      this.columns = null;
      // (一、略: a part a copy left out says nothing either way; the review goes on past it.)
      if (this.reviewRun && !readsAsResult(section.title) && !/^[（(]?(?:略|从略|略去|此处略|内容略)[）)]?$/u.test(section.title.trim())) this.reviewRun = false;
    }
    // (一、2023年上半年国民经济和社会发展计划执行情况, （一）主要预期目标完成情况: a numbered part or section on how a plan was
    // carried out reviews it, whatever plan it names — not a table's title, 2016年主要经济指标完成情况 over the next year's.)
    // (一、概况面甸镇位于…, 一、基本情况: a part that profiles the place says how things stand, as a review does; 一、发展现状 too.)
    if (opensReview(section.title, true) || (section.number !== null && CARRIED_OUT.test(section.title.trim())) || PROFILE_PART_TITLE.test(section.title.trim()) || STANDING_PART_TITLE.test(section.title.trim())) this.reviewRun = true;
    else if (opensPlan(section.title)) {
      this.reviewRun = false;
      this.planSeen = true;
    }
    this.readListTitle(section.title);
    if (!this.partOpened && section.paragraphs.length > 0) {
      this.partOpened = true;
      // (A numbered topic at the top that states a result made it a review already: its first paragraph only adds to it.)
      this.reviewPart = (partless && this.reviewPart) || opensReviewPart(section.paragraphs[0].text, year);
    }
    let titles = '';
    for (let s: Section | undefined = section; s; s = s.parent ? this.byId.get(s.parent) : undefined) titles = `${s.title} ${titles}`;
    const ancestry = foldQuoteMarks(titles);
    if (section.level === 1 || section.parent === null) this.scope = reviewScopeOf(ancestry, year);
    else this.scope = reviewScopeOf(section.title, year) ?? this.scope ?? reviewScopeOf(ancestry, year);
    this.section = section;
    this.ancestry = ancestry;
    this.reviewedYear = Math.max(0, ...[...ancestry.matchAll(/(\d{4})年[^\s，。]{0,12}?回顾/gu)].map((m) => Number(m[1])));
    // A heading that states a quantity — an item or a topic whose lead sentence the structure took as its title — is read
    // as the sentence it is, before the paragraphs under it; its rows are numbered apart (t-…-h1), so that the ids of the
    // paragraphs' rows stay what they were.
    this.k = 0;
    // (Not the glossary's: its entries' titles are the names of the terms they explain — 安全生产18项整治行动.)
    if (hasQuantity(section.title) && !section.id.startsWith('notes')) {
      this.inTitle = true;
      this.readParagraph(section.title, null, written.title);
      this.inTitle = false;
      this.k = 0;
    }
    // A main-targets passage whose marker closed its paragraph continues in the paragraphs after it, as long as they
    // go on as a list: each after one that ended in ；, or led by the same mark (——, 1.) as the list's first line.
    let passageOpen = false;
    let afterSemicolon = false;
    let listMark: string | null = null;
    // Under a heading that names the main targets, the first paragraph that gives numbers opens the passage.
    let awaitingPassage = isHeadlineHeading(section.title);
    for (const [i, para] of section.paragraphs.entries()) {
      this.readListTitle(para.text);
      if (awaitingPassage && headlineStart(para.text) < 0 && hasQuantity(para.text)) {
        passageOpen = true;
        afterSemicolon = true;
      }
      if (awaitingPassage && (passageOpen || headlineStart(para.text) >= 0)) awaitingPassage = false;
      const text = para.text;
      const opening = text.match(/^[^，。；：]*[，。；：]?/u)?.[0] ?? '';
      this.scope = reviewScopeOf(opening, year) ?? this.scope;
      // (今年，我们在县委的领导下… opening a paragraph of a year's summary: the year it sums up, no plan.)
      if (opensPlan(opening) && !(this.summary && /^今年[，,]?$/u.test(opening))) {
        this.reviewRun = false;
        this.planSeen = true;
      }
      else if (opensReview(opening)) this.reviewRun = true;
      // (各位代表… 2009年是我市经济社会发展极为困难的一年。: before the first numbered part, what the last year was opens
      // the review, whose parts follow with no heading of their own.)
      else if (!this.numberedPartSeen && this.lastYearSaid?.test(text)) this.reviewRun = true;
      const mark = listMarkOf(text);
      const continuing = passageOpen && (afterSemicolon || (listMark !== null && mark === listMark));
      const passage = headlinePassage(text, continuing);
      if (passage !== null && headlineStart(text) >= 0) {
        // The marker's own paragraph: the list follows when it closes on the marker or on a ；.
        passageOpen = passage.end === text.length && (passage.start === text.length || /[；;]$/.test(text));
        afterSemicolon = passageOpen;
        listMark = null;
      } else if (continuing) {
        if (listMark === null) listMark = mark;
        afterSemicolon = /[；;]$/.test(text);
        // A line without a number goes on only as a list item that ends in ；(——居民收入增长与经济增长同步；).
        passageOpen = passage !== null ? passage.end === text.length : afterSemicolon && !HEADLINE_END.test(text);
      } else passageOpen = false;
      this.readParagraph(text, passage, written.paragraphs[i]!.text);
    }
  }

  /** Reads a paragraph (`text`, its quotation marks folded) whose quotes are cut from `written`, the text as it stands. */
  private readParagraph(text: string, passage: Passage, written: string): void {
    this.paragraphKind = null;
    // (Every sentence's kind is read, numbers or none: 2014年，在市委的坚强领导下，… states the time of those after it.)
    for (const sm of text.matchAll(SENTENCE)) {
      const before = this.paragraphKind;
      const kind = this.sentenceKindOf(text, sm[0]);
      this.readSentence(text, passage, sm[0], sm.index!, written, kind, kind === 'target' ? (upTo: string) => this.kindBeforeCommitment(text, sm[0], upTo, before) : null);
    }
  }

  /**
   * The kind of a sentence: what its part, its paragraph's opening or its own words say; else the time the last sentence
   * of its paragraph that opened on one stated (1至9月，全区实现…；限额以上批发业完成销售额37.5亿元…: the time goes on until
   * another is said); else what the text's unmarked sentences are.
   */
  /**
   * The kind of a clause of a sentence read as a target where the words that commit come only after it (新材料项目12个，
   * 总投资338亿元，年内计划完成投资71.3亿元: the projects and their investment are how things stand; the plan is the
   * year's): what the sentence up to the clause says, else what the paragraph said before it.
   */
  private kindBeforeCommitment(text: string, sentence: string, upTo: string, paragraphKind: TargetKind | null): TargetKind {
    if (upTo.length >= sentence.length) return 'target';
    // (Only where the words that commit open a statement of its own, with its own number: …提出地区生产总值年均增长5%左右，
    // 为确保…打好基础 — a purpose said after the number — commits the number before it.)
    // (And only a plan's figure, 年内计划完成投资71.3亿元: a purpose or a pledge said after a number may well commit it.)
    const committing = sentence.slice(upTo.length).split(/[，；。！？]/u).find((c) => markedKind(this.ancestry, text, c, this.year, false) === 'target');
    // (2010珠峰公司将要上交县财政21.25万元: 将 opening a statement of its own, with its own subject, likewise.)
    if (!committing || !/计划|(?<=\p{Script=Han}{2})将要?(?=\p{Script=Han}{2})/u.test(committing) || quantities(committing).length === 0) return 'target';
    const read = markedKind(this.ancestry, text, upTo, this.year, this.reviewPart || this.reviewRun);
    if (read !== null) return read;
    const opening = openingKind(upTo, this.year !== null && (this.bulletin || this.summary) ? this.year + 1 : this.year);
    return opening ?? (STATE_OF_PLACE.test(upTo) ? 'achievement' : (paragraphKind ?? (this.planSeen ? 'target' : (this.unmarked ?? 'target'))));
  }

  private sentenceKindOf(text: string, sentence: string): TargetKind {
    const read = markedKind(this.ancestry, text, sentence, this.year, this.reviewPart || this.reviewRun);
    // (全镇今年水产品养殖达2万亩 in a year's summary: 今年 is the year it sums up — a result, where no other word commits.)
    const marked = read === 'target' && this.summary && /今年/u.test(sentence) && !COMMITS.test(sentence.replace(/今年/gu, '')) ? 'achievement' : read;
    // (Only a time the sentence opens on goes on: a result said inside a plan's sentence — 推进已建成的公办学校… — is no
    // time of the sentences after it; a commitment said any way ends the time that went on before it.)
    // (A year's summary or bulletin is of its own year: 2008年，我镇… opens on the year it sums up, no plan.)
    const opening = openingKind(sentence, this.year !== null && (this.bulletin || this.summary) ? this.year + 1 : this.year);
    if (opening) this.paragraphKind = opening;
    else if (marked === 'target') this.paragraphKind = null;
    // (A text without parts — a news item, an excerpt —: a sentence that says nothing of its time is what the text's
    // sentences mostly are.)
    // (A sentence of where a place lies and what nature gave it — …地处秦岭南麓，地域面积3514平方公里, 年均气温13.1摄氏度 —
    // states how things stand, in a speech or a plan as in a profile: no government sets its climate as a goal.)
    // (在…“2018年全国综合实力千强镇”榜单中名列第25位，较上年提升5位: a rank a list gave, in a text that has not turned to a plan,
    // is where the place stands — a plan that aims at one says so: 力争, 进入前十.)
    return marked ?? (STATE_OF_PLACE.test(sentence) || (FACTS_OF_PLACE.test(sentence) && !HELD_TO.test(sentence)) ? 'achievement' : (this.paragraphKind ?? (!this.planSeen && RANK_STATED.test(sentence) && !HELD_TO.test(sentence) ? 'achievement' : this.planSeen ? 'target' : (this.unmarked ?? 'target'))));
  }

  private readSentence(text: string, passage: Passage, sentence: string, sentenceStart: number, written: string, sentenceKind: TargetKind, kindUpTo: ((upTo: string) => TargetKind) | null = null): void {
    let previous: Previous | null = null;
    let numberless: { text: string; start: number } | null = null;
    // The rows read so far in this sentence (旅游收入106.8亿元，分别增长29%和49.7%: a list of values of them).
    const sentenceRows: SentenceRow[] = [];
    // Where rows of the sentence were read but not published (the start of their clause): a 分别 list of those rows cannot
    // say whose is which.
    const withheldClauses: number[] = [];
    // 增长14.4%.我市成为…: a full stop typed as "." between words ends a clause as "，" would (the same length, so the
    // offsets hold; the quote is still cut from the text as written).
    // (分别完成47125元、25913元、分别增长8.5%、11%: a 、 before 分别 ends the list before it, as "，" would.)
    // A table's row (cells apart by tabs) reads as one sentence whose cells are clauses (see cellView).
    const { view, toText } = cellView(sentence, sentenceStart);
    // (下降7.1%,LNG产量76.7万吨: a comma typed half-width before a word — not between digits, 1,000 — likewise.)
    // (…注册资金为0.6万户，4.0万人和226.1亿元，分别增长…: a clause of values alone after a value is the rest of its list, as
    // if the pause were 、.)
    const parsed = view
      .replace(/(?<=[\p{Script=Han}%）)])\.(?=[\p{Script=Han}（(])/gu, '，')
      .replace(/(?<!\d),|,(?!\d)/gu, '，')
      .replace(/、(?=分别)/gu, '，')
      .replace(VALUES_ALONE_AFTER_VALUE, '、');
    for (const cm of parsed.matchAll(CLAUSE)) {
      const clause = cm[0].replace(/[，：。！？；]$/, '');
      const clauseStart = sentenceStart + cm.index!;
      const found = quantities(clause);
      if (found.length === 0) {
        numberless = { text: clause, start: clauseStart };
        continue;
      }
      // (Read once a sentence: what it says of its part and its time is the same for each clause.)
      const read = this.resultsList ? 'achievement' : kindUpTo ? kindUpTo(sentence.slice(0, clauseStart - sentenceStart + cm[0].length)) : sentenceKind;
      // (计划投资额1,300万元，目前已投入资金500万元: a clause that says its work is done already reports it, whatever the
      // sentence planned before it — unless it commits itself.)
      // (Only before its first number: 推动39个已签约待开工项目尽快开工 — 已签约 names which projects, the clause still commits.)
      const kind = read === 'target' && DONE_ALREADY.test(clause.slice(0, found[0].start)) && !COMMITMENT.test(clause) ? 'achievement' : read;
      const earlier = sentenceRows.map((x) => ({ indicator: x.indicator, start: x.start - clauseStart, clause: x.clause }));
      const clauseRows = rowsOfClause(clause, found, previous, numberless ? { text: numberless.text, start: numberless.start - clauseStart, earlier, withheldClauses } : { text: '', start: 0, earlier, withheldClauses });
      // (获省上奖励5项，市上奖励7项，县上奖励19项，共31项 / 新建小学3所、初中2所，共5所: the total of things listed and named apart is
      // of what their names share — 奖励 —, or, where they share none, of no name the text gives: not the last thing's.)
      const listedBefore = sentenceRows.filter((x) => x.unit === clauseRows[0]?.unit);
      const total = clauseRows.length === 1 && !clauseRows[0].withheld && TOTAL_CLAUSE.test(clause.trimStart()) && listedBefore.length >= 2 && new Set(listedBefore.map((x) => x.indicator)).size >= 2 && clauseRows[0].indicator === listedBefore.at(-1)!.indicator;
      const shared = total ? commonEnding(listedBefore.map((x) => x.indicator)) : '';
      const rows = !total ? clauseRows : [shared ? { ...clauseRows[0], indicator: shared, borrowed: true } : { ...clauseRows[0], withheld: 'a total of things listed and named apart' }];
      const at: RowPlace = { text, written, passage, sentence, sentenceStart, clause, clauseStart, kind, previous, toText };
      // (A row read whole but not published — its name unfit — is a quantity of the sentence all the same.)
      let unfit = false;
      for (const r of rows) {
        // A withheld row still takes its number, so that the ids of the rows after it do not shift.
        this.k++;
        if (r.withheld) this.withheldReasons.push(r.withheld);
        else if (!this.readRow(r, at) && !r.respectively) unfit = true;
      }
      numberless = null;
      for (const r of rows) if (!r.withheld && r.quoteStart !== null && !r.respectively) sentenceRows.push({ indicator: r.indicator, start: clauseStart + r.quoteStart, clause: clauseStart, unit: r.unit });
      if (unfit) withheldClauses.push(clauseStart);
      previous = previousOf(rows, previous, clauseStart, clause);
    }
  }

  /**
   * The year of a past year's list whose task column holds the number at `at` of a table row `text`, or null. (Only a
   * row whose cells stand under the header's: as many, or fewer led by the row's number — the columns at the right, who
   * leads the work, lost where a page broke the table.)
   */
  private taskColumnYear(text: string, at: number): number | null {
    const columns = this.columns;
    if (!this.resultsList || this.resultsYear === null || columns === null) return null;
    const cells = text.split('\t');
    if (cells.length > columns.length || (cells.length < columns.length && !/^\d{1,3}$/u.test(cells[0]!.trim()))) return null;
    const column = columns[text.slice(0, at).split('\t').length - 1];
    if (column === undefined || !TASK_COLUMN.test(column)) return null;
    // (Where the result says the task was done as set — 已按计划完成年度任务, 已完成整治 — its number is what was done too.)
    const results = cells.filter((c, i) => RESULT_COLUMN.test(columns[i]!)).map((c) => c.trim());
    // (A row whose result cell was lost says nothing of it: no reading.)
    if (results.length === 0) return null;
    return results.some((c) => /\d/u.test(c.replace(/\d{4}年/gu, ''))) || results.every((c) => c === '') ? this.resultsYear : null;
  }

  /** A row of a clause as a target, or, when it would read wrong on its own, the reason it is withheld. */
  /** Reads a row of a clause whole and publishes it, or withholds it where its name is unfit: true when published. */
  private readRow(read: Row, at: RowPlace): boolean {
    const { text, written, passage, sentence, sentenceStart, clause, clauseStart, kind, previous, toText } = at;
    const year = this.year;
    // 民生福祉方面，…提出…等7项指标: a noun that names no kind of its own (指标, 工程, 项目) is of the field the sentence opens
    // with — 民生福祉方面指标 —, and the quote runs from there.
    // (地区生产总值方面，降幅较年初收窄24个百分点: a bare measure — 降幅, 总量 — is of the field, too: 地区生产总值降幅.)
    const measureOfField = HEAD_NOUN.test(read.indicator) ? sentence.match(FIELD_OPENER) : null;
    const field = GENERIC_HEAD.test(read.indicator) ? sentence.match(FIELD_OPENER) : null;
    const named = field ? { ...read, indicator: `${field[1]}方面${read.indicator}`, borrowed: true } : measureOfField ? { ...read, indicator: `${measureOfField[1]}${read.indicator}`, borrowed: true } : read;
    // 分别增长1.2%和-11.0%, 工业增加值增长-3.5%: a growth written with a minus sign is a fall by the number written. (Not a
    // range, 2020-2025; a level written with one — a loss, a temperature — is withheld: its number is not the text's.
    // So is one written with its sign in words: 年平均温度在零下2.4度, 增长负3.5%.)
    const signed = /(?:(?<![\d.%A-Za-z])[-－−]|零下|(?<=(?:增长|增速|增幅|上涨|增加)(?:为|是)?)负)$/u.test(clause.slice(0, read.numberStart));
    const grownBy = signed ? named.indicator.match(/^(.{2,}?)(?:同比|比上年|较上年)?(?:增长|增速为?|上涨|增加)(?:[-－−]|负)?$/u) : null;
    const r: Row = !signed ? named : named.comparator === 'growth' ? { ...named, comparator: 'decline' } : grownBy ? { ...named, indicator: grownBy[1], comparator: 'decline' } : { ...named, withheld: 'a level written with a minus sign' };
    if (r.withheld) {
      this.withheldReasons.push(r.withheld);
      return false;
    }
    // (Positions of the view; the text's own, where a table's cells were read as one, are toText's.)
    const quoteStart = field || measureOfField ? sentenceStart : toText(r.quoteStart === null ? previous!.quoteStart : clauseStart + r.quoteStart);
    const numberAt = toText(clauseStart + r.numberStart);
    const quoteEnd = toText(clauseStart + r.quoteEnd - 1) + 1;
    const quote = written.slice(quoteStart, quoteEnd);
    const headline = passage !== null && numberAt >= passage.start && numberAt < passage.end;
    // Outside the headline passage (whose rows are checked against a gold), a row must read right on its own.
    const unfit = headline ? null : unfitIndicator(r, text.slice(quoteStart, quoteEnd));
    if (unfit) {
      this.withheldReasons.push(unfit);
      return false;
    }
    const beforeNumber = sentence.slice(0, numberAt - sentenceStart);
    // 到2030年，…；…达到9万元左右: a deadline holds to the end of its sentence, over its semicolons.
    const fullStart = Math.max(...['。', '！', '？'].map((p) => text.lastIndexOf(p, sentenceStart - 1))) + 1;
    // 制定了218项工作措施: a verb with 了 before the number says it was done, even in a sentence of this year (今年),
    // unless the clause commits to it.
    const done = kind === 'target' && PERFECTIVE.test(clause.slice(0, r.numberStart)) && !COMMITMENT.test(clause);
    // 将免费开放时间由19天增至40天: the number a change starts from is the level now, not the target.
    const startLevel = !headline && /(?:由|从)(?:现在|目前|当前|现有|上年|去年|\d{4}年(?:末|底)?)?的?$/u.test(clause.slice(0, r.numberStart)) && /^[^，。；\d]{0,6}?(?:增至|增加到|提高到|提升到|扩大到|增长到|达到|降至|下降到|减少到|压减到|压缩到|降到|缩短到|延长到|至|到|(?:撤并|整合|合并|归并|调整|精简|压缩)为)\d/u.test(clause.slice(r.numberStart).replace(/^[\d.,]+/u, '').slice(r.unit.length));
    // 加快去年集中动工建设的72个产业项目尽快投产: things a past year did, counted before what is now to be done to them.
    const pastThings = !headline && /(?<![按占比较为])(?:去年|上年|前年)(?!度)[^，。；、\d]{1,12}的$/u.test(clause.slice(0, r.numberStart));
    // (Not the level a change starts from: 社区覆盖率从75%提高到100% in a task cell sets 100%; 75% is where it stood.)
    const taskYear = startLevel ? null : this.taskColumnYear(text, numberAt);
    // (居民消费价格指数上涨0.9%，控制在省定目标3.0%以内; 完成年度目标任务42.2亿元的91.9%: the number named as the goal, in a
    // review, is the target it was held to — not a gap to it, 落后预期目标2个百分点, nor a share of it, 完成目标的98%.)
    const goalBefore = clause.slice(0, r.numberStart).trimEnd();
    const goalNamed = GOAL_BEFORE.test(goalBefore) && !GAP_TO_GOAL_BEFORE.test(goalBefore) && (r.unit !== '%' || r.comparator === 'lte' || /控制在[^，。；]*$/u.test(goalBefore));
    const readKind = taskYear !== null || goalNamed ? 'target' : this.bulletin || done || startLevel || pastThings ? 'achievement' : headline ? 'target' : kind;
    // A result dated after the report's year is none: the passage is a plan's, whatever part it stands in (a 2021 report's
    // part 十三五时期发展成就和十四五时期主要目标任务: 森林覆盖率达到24.1% of 十四五).
    const resultPeriod = readKind === 'achievement' ? achievementPeriod(beforeNumber, sentence, this.scope, year) : null;
    // (Not under a heading that reviews that year itself — 2025年工作回顾 —: the heading dates the review, whatever year the
    // report was given.)
    const kindHere = resultPeriod && year !== null && resultPeriod.to > year && resultPeriod.to > this.reviewedYear && !this.bulletin && !startLevel ? 'target' : readKind;
    // 财政赤字率控制在2.8% said of a year past is the level it came to; of a year ahead, a ceiling.
    const comparator = kindHere === 'achievement' && r.comparator === 'lte' && r.bound === null && /控制在$/u.test(clause.slice(0, r.numberStart).trimEnd()) ? 'eq' : r.comparator;
    // A deadline is a target's (从2020年的3.68万亿元增长到2025年的…: 2025 is no deadline of the 2020 level); the year's
    // main targets are the report's year's, even in a part about the five-year plan.
    // (A plan read so from its period is due when the period ends: 十四五 → 2025.)
    const deadline =
      kindHere !== 'target'
        ? null
        : kindHere !== readKind
        ? resultPeriod!.to
        : (deadlineOf(sentence, text.slice(fullStart, quoteStart)) ?? (headline ? null : planDeadline(this.ancestry, sentence)));
    const clauseBefore = clause.slice(0, r.numberStart);
    const annualAverage = ANNUAL_AVERAGE.test(clauseBefore);
    // (东李官屯镇完成财政总收入: the government's own name goes first, so that the verb after it is read as the action.)
    const unowned = withoutOwnName(r.indicator, this.ownNames);
    // (环县实现生产总值: a verb read as the action only after a name — the thing's scope — is the action after the own
    // name too, the name then taken out of the thing.)
    const ownSplit = r.relative || unowned === r.indicator ? null : splitAction(unowned);
    const namedSplit = ownSplit && !ownSplit.action ? splitAction(r.indicator) : null;
    const split = r.relative
      ? { action: null, indicator: unowned }
      : namedSplit?.action
        ? { action: namedSplit.action, indicator: withoutOwnName(namedSplit.indicator, this.ownNames) }
        : (ownSplit ?? splitAction(unowned));
    const { action } = split;
    // (Only where the number counts the kind after the example: 88个水利设施等一批…项目 counts the example.)
    // (3928户，15864人（农业人口）: a name said only in brackets after the number is the name, without them.)
    const indicator = batchesNamed(shareNamed(withoutOwnName(r.relative || !clauseBefore.includes('等') ? split.indicator : withoutExample(split.indicator), this.ownNames), r.unit), r.unit, clause.slice(r.numberStart)).replace(/^[（(](?:\d{4}年)?([^（）()]{2,12})[）)]$/u, '$1');
    const entry = lookupIndicator(this.vocabulary, indicator) ?? lookupIndicator(this.vocabulary, r.indicator);
    const id = entry && unitFits(entry, r.unit) ? entry : null;
    const canonical = id ? toCanonical(id, r.value, r.unit) : null;
    const section = this.section;
    this.targets.push({
      id: `t-${section.id}-${this.inTitle ? 'h' : ''}${this.k}`,
      report: this.reportSlug,
      section: section.id,
      kind: kindHere,
      indicator: inQuoteMarksOf(indicator, written),
      action: action === null ? null : inQuoteMarksOf(action, written),
      value: r.value,
      valueMax: r.valueMax,
      unit: r.unit,
      comparator,
      deadline,
      quote,
      theme: themeOf(`${r.indicator} ${section.title}`),
      // (分别约为25.1%和74.7%: an approximate level is approximate however its bound was read — each member of the list.)
      bound: r.bound ?? (comparator === 'approx' ? 'approx' : null),
      headline,
      indicatorId: id?.id ?? null,
      period:
        taskYear !== null
          ? { from: taskYear, to: taskYear }
          : kindHere !== readKind
          ? resultPeriod
          : kindHere === 'target'
          ? targetPeriod(deadline, this.planYear(sentence), annualAverage)
          : resultPeriod,
      annualAverage,
      estimated: ESTIMATE.test(beforeNumber),
      canonicalValue: canonical?.value ?? null,
      canonicalUnit: canonical?.unit ?? null,
      inTitle: this.inTitle,
    });
    return true;
  }
}

/**
 * A part's first paragraph that opens a review: 一年来，我们…, or a sentence that says what the last year was and then the
 * review's opening (2025年是“十四五”收官之年。一年来，我们…).
 */
function opensReviewPart(first: string, year: number | null): boolean {
  // (2018年，是全面贯彻党的十九大精神的开局之年，更是…奋斗的一年。: the year before the report's, said to have been a year
  // of its kind, opens its review as much as 一年来 does.)
  const yearSaid = year !== null && new RegExp(`^${year - 1}年[，,]?是`, 'u').test(first);
  const said = first.match(/^[^。！？]*[。！？]/u)?.[0] ?? '';
  return REVIEW_OPENER.test(first) || (yearSaid && (REVIEW_OPENER.test(first.slice(said.length)) || /(?:的一年|之年)[。！？]$/u.test(said)));
}

/** A sentence that opens with the field it is about (经济发展方面，…), not 一方面 / 另一方面 / 各方面. */
const FIELD_OPENER = /^(?!(?:一|另一|这|那|各|其他|其它|多|两|几|诸)方面)([^，。；：、\d]{2,14})方面[，,：:]/u;

/** A paragraph's sentences, and a sentence's clauses. */
// (…全年进出口值完成140.4亿元……综保区…: an ellipsis where a quotation was cut ends what was said before it.)
const SENTENCE = /[^。！？；…]+[。！？；]?/gu;
// (增长6.3%第三产业增加值112亿元, 下降28.7%总体看: a change glued to the next words, its pause lost in the copy, ends its
// clause as "，" would — unless the words after it go on with it: 以上, 左右, 的, 和 …. Not a share before its noun:
// 完成80%工程量, 99%乡镇通三级公路.)
const GLUED_CHANGE = String.raw`(?<=(?:增长|下降|提高|降低|增加|减少|上涨|上升|回落|增幅|降幅|比增|比降)\d+(?:\.\d+)?%)(?=\p{Script=Han})(?!以上|以下|以内|左右|上下|的|和|及|与|或|至|到|为|是|并|且|多|强|在|即|之|点|幅|增|降|提|下|上|高|低|以|后|前|计|中|、)`;
const CLAUSE = new RegExp(String.raw`(?:[^，：%]|%(?!${GLUED_CHANGE}))+(?:[，：]|%${GLUED_CHANGE})?|%`, 'gu');

/** Where a clause's rows stand: the paragraph, its passage, the sentence and the clause, and what they read as. */
interface RowPlace {
  /** The paragraph as read (its quotation marks folded). */
  text: string;
  /** The paragraph as it stands, which the quote is cut from. */
  written: string;
  passage: Passage;
  sentence: string;
  sentenceStart: number;
  clause: string;
  clauseStart: number;
  kind: TargetKind;
  previous: Previous | null;
  toText: (at: number) => number;
}

/** A margin over a plan, named alone: 超额完成年度任务, 超年度目标, 超出计划. */
const MARGIN_OVER_PLAN = /^(?:超额完成|超出|超过|超)(?:年度|全年|省|市|县|区)?(?:下达的?)?(?:计划|目标|任务)(?:任务|指标)?$/u;

/** The subject the next clause of the sentence may take up: the last row published of this one, else the one before. */
function previousOf(rows: Row[], previous: Previous | null, clauseStart: number, clause: string): Previous | null {
  const published = rows.filter((r) => !r.withheld);
  // (A clause with a number but no row published, or whose last row was withheld, stands between: what follows is not
  // said of the row before it.)
  if ((!published.length || rows[rows.length - 1].withheld) && previous) previous = { ...previous, interrupted: true };
  if (!published.length) return previous;
  // (固定资产投资完成17亿元，超额完成年度任务2.1亿元，增长20.6%: how far a result passed its plan is no subject of what
  // follows — the thing is.)
  if (previous && !previous.interrupted && published.every((r) => MARGIN_OVER_PLAN.test(r.indicator))) return previous;
  // (…2157.2亿元、总量居全省第6位，增长4.2%: a rank after the thing is no subject of what follows — the thing is.)
  const ranks = (r: Row) => r.unit === '位' && /排名$/u.test(r.indicator);
  const last = published.length > 1 && ranks(published[published.length - 1]) && !ranks(published[published.length - 2]) ? published[published.length - 2] : published[published.length - 1];
  const listed = published.length === rows.length && rows.length >= 2 && rows.every((r) => r.respectively);
  return {
    indicator: last.indicator,
    quoteStart: last.quoteStart === null ? previous!.quoteStart : clauseStart + last.quoteStart,
    subjects: listed ? rows.map((r) => r.indicator) : undefined,
    listNamed: listed ? rows[0].named : undefined,
    counted: countsListed(rows, clause) ? rows.map((r) => r.indicator) : undefined,
    named: last.named,
    unit: last.unit,
    comparator: last.comparator,
    whole: last.whole,
    placeWhole: last.placeWhole,
  };
}

/** Words that say a sentence reports what was done, and words that say it commits to what will be. */
// (累计完成工业投资358.7亿元…累计引进亿元以上项目300余个: what a span of years added up to — in a text without parts, a
// news item on a review, a result; inside a plan's part the part says otherwise. 地处…, 辖31个村, 始建于1954年: a place's
// profile, how things stand. 已 before a verb and 的 — 推进已建成的公办学校… — qualifies a noun in a plan's sentence: no result.)
const RESULT_WORDS = new RegExp(String.raw`(?<![而得业将])已(?:经)?(?=\p{Script=Han})(?!\p{Script=Han}{1,3}的)|截[至止](?:\d{4}年|目前|年底|年末)|(?:今年|年初|\d{4}年|近年|十[一二三四五六七八九]大)以来|今年来(?=[，,])|近[一二三四五六七八九十两\d]{1,2}年来|这[一二三四五六七八九十两]年(?!内|里|要)|现有(?=\p{Script=Han})|同比|比上年|较上年|一年来|五年来|过去一年|过去五年|初步统计|据统计|预计全年|预计(?:实现|完成)|全年(?:完成|实现)|累计(?:完成|实现|引进|建成|新增|投入|支出|达到)|地处|位于|(?:始建|成立|建)于\d|(?<![管直统])辖(?:区)?共?(?=\d|[一二三四五六七八九十])|荣获|获评|获批|入选|(?:实现|完成|达到|取得|建成|突破|超过)了|了[，。；]|(?:^|[。\n])(?:\d{4}年)?${PART_OF_YEAR}[，,]`, 'gu');
// (…由2010年的71亿元增长到2015年的400亿元: 到 a year's figure is the end of a change, not a deadline; 重要讲话, 主要做了: 要 in a
// word of its own, no commitment; 足以确保…口粮: what a harvest is enough for, no commitment either; 将 as 把 (WILL), none.)
const COMMITMENT_WORDS = new RegExp(String.raw`力争|${ENSURE}|(?<!即)${WILL}|(?<![重主需必首紧只想纲提摘显次])要(?![求素])|(?<!行动)计划(?!生育|单列|执行|完成)|(?<!塌|低于|高于|超出|超过|超|完成|实现|达到|${GOAL_NAMED_MET})目标(?!${GOAL_MET})|争取|今年(?!以来|来|${PART_OF_YEAR})|明年|新的一年|到\d{4}年(?!的)`, 'gu');

/**
 * For a text with no parts (no heading at the top level but the opening's): achievement where its sentences speak of
 * results more than of commitments (a news item on the past year, an excerpt of a review), target where they commit;
 * undefined in a text with parts, whose headings say.
 */
/**
 * A profile's heading among a text's first lines: unnumbered, no sentence in it, ending in 概况, 简介, 基本情况 or 概览 (not
 * 一、基本情况, a report's part). Wider than the document's title that makes its kind (text.ts PROFILE_TITLE, which must
 * name the place): here it only leans the sentences that say nothing of their time.
 */
const PROFILE_HEADING = /^(?![一二三四五六七八九十]{1,3}[、.．]|[（(][一二三四五六七八九十\d]{1,3}[）)]|\d{1,2}[、.．])[^。，；！？]{0,30}(?:概况|简介|基本情况|概览|(?<=[镇乡村区县旗市州盟道木])介绍)$/u;

/** The words a place's profile is titled by. */
const PROFILE_WORD = '(?:概况|简介|基本情况|概览)';
/** 【概况】2020年，琼山区辖…: a yearbook's entry opening on its label (铺子湾简介：铺子湾镇在…: or with a colon). */
const PROFILE_LABEL = new RegExp(`^(?:【[^】]{0,8}${PROFILE_WORD}】|[^。，；！？：:]{0,12}${PROFILE_WORD}[:：])`, 'u');
/** A part's title that opens on the place's profile: 一、概况, 基本情况, 概况面甸镇位于… (glued to its first words). */
const PROFILE_PART_TITLE = new RegExp(`^(?:[一二三四五六七八九十]{1,3}[、.．]\\s*)?\\p{Script=Han}{0,8}?${PROFILE_WORD}(?![与和及])`, 'u');
/** A part's title on how things stand now (一、园区发展现状, 发展基础, 现状与问题): the plan that may follow builds on it. */
const STANDING_PART_TITLE = /^(?:[一二三四五六七八九十]{1,3}[、.．]\s*)?\p{Script=Han}{0,10}?(?:现状|发展基础|现实基础)(?:分析|(?:[与和及]|及其)(?:存在的)?(?:主要)?问题)?$/u;

/** 糜滩镇位于甘肃省靖远县城北郊, 通海县地处滇中: a place and where it lies, the way a description of it opens. */
const WHERE_IT_LIES = /^(?:【[^】]{1,8}】)?[^。，；！？、]{0,20}(?:位于|地处|坐落于)/u;

/**
 * Whether a text opens as a profile: one of its first lines titles it so, or says where the place lies — a gazetteer's,
 * a yearbook's or an encyclopedia's entry, which states how things stand.
 */
function opensAsProfile(sections: Section[]): boolean {
  // (A section's title is kept without its number: a numbered one, 一、街道基本情况, is a part of the text, not its title.)
  const lines = sections.flatMap((s) => [s.number === null ? s.title : '', ...s.paragraphs.map((p) => p.text)]).map((l) => l.trim()).filter((l) => l !== '' && l !== PREAMBLE_TITLE.article && l !== PREAMBLE_TITLE.excerpt);
  return lines.slice(0, 4).some((l) => PROFILE_HEADING.test(l) || PROFILE_LABEL.test(l)) || lines.slice(0, 3).some((l) => WHERE_IT_LIES.test(l));
}

/** A sentence that says where a place lies, or its altitude, climate or rainfall. */
// (距城113公里，有8个村: how far a place lies from its seat, likewise.)
/** A clause that says its work is done already: 目前已投入, 已申请, 现已完成, 已建立. */
const DONE_ALREADY = /(?:目前|现已|已经|(?<![而得业将要拟])已)(?:累计|全部|基本)?(?:投入|完成|建成|开工|竣工|引进|申请|实现|解决|发放|到位|到账|落实|签约|建立|成立|组建|设立|创建|培育|认定)/u;
const STATE_OF_PLACE = /^[^。，；！？、]{0,20}(?:位于|地处|坐落于)|^[^。，；！？、]{0,12}?(?:距|离)(?:县城|城区|城|市区|州府|省会|市中心|县政府|区政府|乡政府|镇政府)(?:约)?\d|海拔|(?:平均|年均)?气温|降水量|降雨量|无霜期|日照时数|年日照|积温/u;

// (大邑县已有竹、材两用竹资源7.39万亩, 舍虎村共有187户村民: what a place has by now, likewise.)
/**
 * A sentence that states what a place is made of, plainly — the villages it governs, its area, its people (全乡辖5个行政村51个
 * 村民组，总户数3645户，总人口15244人) —: how things stand, in a plan or a summary as in a profile. Not a figure reached or held
 * to (总人口达到…, 控制在…以内), which a plan may set.
 */
const FACTS_OF_PLACE = /(?:^|[，,；;])(?:全[县市区镇乡旗州村]|[^，。；]{0,8}?[县市区镇乡旗州村])?(?:(?<![管直统])下?辖(?:区)?共?(?:\d+|[一二三四五六七八九十两]+)(?:个|座)?(?:乡镇|镇|乡|街道|行政村|村|社区|居委会|村民小组|村民组)|(?:总|土地|国土|幅员|行政区域)面积(?:为|共|约)?\d|(?:总人口|户籍人口|常住人口|总户数)(?:为|有|共|共有)?\d|(?:已经?有|共有|现有|拥有)(?![^，。；]{0,3}的)[^，。；\d]{0,16}\d)/u;
/** A rank stated: 名列第25位, 位居全国第4位, 居全市第1名. */
const RANK_STATED = /(?:名列|位列|位居|居于|居|排名|排在|列)[^，。；、\d]{0,24}?第[\d一二三四五六七八九十]+(?:位|名)/u;
const HELD_TO = /控制在|以内|以下|不超过|达到|力争|确保|预期|预计|目标|计划|(?<![主重需必])要|将(?!近)|到\d{4}年/u;

/** Characters a text runs to before its silence on commitments says it is no plan: a page's opening, several paragraphs. */
const LONG_ENOUGH_TO_COMMIT = 300;

/** COMMITMENT_WORDS tested once, without the global flag's state. */
const COMMITS = new RegExp(COMMITMENT_WORDS.source, 'u');
/** The goal a figure was held to, just before the number (控制在省定目标3.0%以内), and a gap to it (超额完成省考核目标2.7个百分点). */
const GOAL_BEFORE = new RegExp(`${NAMED_GOAL}$`, 'u');
const GAP_TO_GOAL_BEFORE = /(?:落后|高出|超出|超额完成|超过|低于|高于|快于|慢于|好于)[^，。；]{0,4}目标(?:任务)?(?:为|是)?$/u;

function partlessLean(sections: Section[]): TargetKind | undefined {
  const text = sections.flatMap((s) => [s.title, ...s.paragraphs.map((p) => p.text)]).join('\n');
  const results = (text.match(RESULT_WORDS) ?? []).length;
  const commitments = (text.match(COMMITMENT_WORDS) ?? []).length;
  if (sections.some((s) => s.level === 1 && s.id !== 's0' && !s.id.startsWith('notes') && !s.id.startsWith('annex'))) {
    // (A text of parts none of which plans — a statistical overview, 一、经济运行 【综合】…, a review copied alone —: what its
    // sentences overwhelmingly are, results, is what a sentence that says nothing of its time is.)
    const plans = sections.some((s) => opensPlan(s.title));
    // (An excerpt of such a text — a district's 2023 overview, 一、综合 — says fewer words of results, but none of commitment.)
    return !plans && ((results >= 3 && results > 2 * commitments) || (results >= 2 && commitments === 0)) ? 'achievement' : undefined;
  }
  // (A text that commits to nothing — a gazetteer's census counts, 裕固族2275人，回族1460人… — states facts: no word of it is
  // a goal, so a sentence that says nothing of its time is no target. Only a text long enough to have said a commitment
  // if it were a plan: a line of a target list alone, 地区生产总值增长6.5%…, says none either.)
  return results > commitments || (commitments === 0 && text.length >= LONG_ENOUGH_TO_COMMIT) ? 'achievement' : 'target';
}

/**
 * 高新技术产业产值占规模以上工业总产值的70.5%: a share said inline names the part and the whole; its name says it is their
 * share (…比重), as every other share's does, so that one measure is one name.
 */
/** 集中开工重大产业项目4批次69个: batches, then the things counted apart — what 批次 counts is the batches of them. */
function batchesNamed(indicator: string, unit: string, from: string): string {
  return unit === '批次' && /^[\d.]+批次\d+(?:个|项|家|宗)/u.test(from) && /\p{Script=Han}$/u.test(indicator) && !/(?:批次|批)$/u.test(indicator) ? `${indicator}批次` : indicator;
}

function shareNamed(indicator: string, unit: string): string {
  // (天气优良率占总监测天数的97.5%: a rate that is itself the share, said with what it is a share of, is that rate.)
  const rate = unit === '%' ? indicator.match(/^(\p{Script=Han}{2,12}?(?:率|比例))占[^，。；、]{2,16}$/u) : null;
  if (rate) return rate[1];
  return unit === '%' && /^\p{Script=Han}[^，。；、]*?占(?![有地用])[^，。；、]*[\p{Script=Han}A-Za-z]$/u.test(indicator) && !/比重|比例|份额|占比|之比|率$/u.test(indicator) && !/[（(]/u.test(indicator) ? `${indicator}比重` : indicator;
}

/**
 * 德州市地方财政收入, 拉萨市城关区财政投入教育资金 in those governments' own texts: the report's government named in full
 * before a measure says whose it is, as 全市 does — not what. (Another government's — 佛冈县人均生产总值 in its city's report — stays:
 * it says which.) Not where the words go on from the name: 北京市场, 市区, 区域.
 */
function withoutOwnName(indicator: string, ownNames: readonly (string | RegExp)[]): string {
  for (const name of ownNames) {
    if (typeof name === 'string') {
      const rest = indicator.slice(name.length);
      if (indicator.startsWith(name) && /^\p{Script=Han}{4}/u.test(rest) && !/^[场民区域委政长级属直内外中里辖]/u.test(rest)) return withoutEstimate(rest);
      continue;
    }
    // (A township's name the text does not give in full is matched by its form: 张村乡常住人口, 钢都街道总人口 — what is
    // left, a measure of three characters or more, names what — or of two after 有: 关津乡有耕地.)
    const head = indicator.match(name)?.[0];
    const rest = head ? indicator.slice(head.length) : '';
    if (head && (head.endsWith('有') ? /^\p{Script=Han}{2}/u : /^\p{Script=Han}{3}/u).test(rest) && !/^[场民区域委政长级属直内外中里辖办]/u.test(rest)) return withoutEstimate(rest);
  }
  return indicator;
}

/** (黔南州预计全年完成地区生产总值: an estimate's word and the year's span the name stood before are no part of what follows either.) */
const withoutEstimate = (rest: string) => rest.replace(/^(?:(?:初步)?(?:预计|预测))?(?:全年|年内)?(?=\p{Script=Han}{2})/u, '');

function restatementKey(t: Target): string {
  return JSON.stringify([t.indicator, t.value, t.valueMax, t.unit, t.comparator, t.bound, t.period?.from ?? null, t.period?.to ?? null]);
}

/**
 * Why rows were read but not published, by the array extractTargets returned: targetNotes puts the counts in the
 * build log (a WeakMap, so that Target[] stays the plain array the rest of the pipeline passes around).
 */
const WITHHELD = new WeakMap<Target[], string[]>();

/** Build-log lines for the fields the text did not settle, so a null is explained rather than silent. */
export function targetNotes(targets: Target[], year: number | null): string[] {
  const notes: string[] = [];
  const noPeriod = targets.filter((t) => t.period === null).length;
  if (noPeriod && year === null) notes.push(`targets: period left empty for ${noPeriod} rows: the report's year is not known`);
  else if (noPeriod) notes.push(`targets: period left empty for ${noPeriod} achievements whose passage names no year or plan period`);
  const withheld = WITHHELD.get(targets) ?? [];
  if (withheld.length) {
    const counts = new Map<string, number>();
    for (const w of withheld) counts.set(w, (counts.get(w) ?? 0) + 1);
    const parts = [...counts].sort((a, b) => b[1] - a[1]).map(([w, n]) => `${n} × ${w}`);
    notes.push(`targets: ${withheld.length} rows read but not published: ${parts.join('; ')}`);
  }
  const fitless = targets.filter((t) => t.indicatorId === null).length;
  if (fitless) notes.push(`targets: ${fitless} of ${targets.length} rows name no indicator of the vocabulary (indicatorId null)`);
  return notes;
}
