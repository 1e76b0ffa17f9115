/**
 * The ingest's work on one file, one report or one government, as ingestToDisk (io.ts) runs it on worker threads:
 * each task reads what it needs from disk, writes what it makes, and gives back only what the steps over all reports
 * need — small records, and text already written as the corpus files will hold it. Pure but for those files: a task's
 * result depends on its input alone, so the tasks may run on any thread in any order.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { serialize } from 'node:v8';
import { csvFormatRow } from 'd3-dsv';
import { governmentOf, linkReports, phraseCandidates } from './first-said.ts';
import { buildReport, planOf, prepareFile, summarize, type Prepared } from './ingest.ts';
import type { Vocabulary } from './indicators.ts';
import { sentenceHashes, type ExcerptFacts } from './merge.ts';
import type { CatalogEntry, InferredMeta } from './metadata.ts';
import { toMdx } from './serialize.ts';
import type { Report, TextHints } from './types.ts';
import { PAGE_DATA_DIR, REPORT_SOURCES_DIR } from './history-pages.ts';
import { LineWords } from './words.ts';
import { withoutRows } from './report-json.ts';

/**
 * Something more written of each report as it is built (the site build's search documents, src/publish): a module
 * exporting `ownFiles(report, options)`, what needs the report alone, and `wordFiles(report, options, shared)`, what
 * needs its words too (PerReportShared). Named by URL, so that a worker thread loads it itself and the pipeline imports
 * nothing of the site's layers. Two parts, so that a report's files are written on the thread that has what each needs
 * (io.ts taskRunner): the report as built, or its words.
 */
export interface PerReport {
  module: string;
  options: unknown;
}
/** What every task of one ingest shares (given once to each worker). */
export interface IngestContext {
  vocabulary: Vocabulary;
  perReport?: PerReport;
}
/** What a per-report module is given beside the report: its lines as cut into words already (words.ts). */
export interface PerReportShared {
  words: LineWords;
}
/** The task's context with the per-report module loaded. */
export interface LoadedContext extends IngestContext {
  ownFiles?: (report: Report) => void;
  wordFiles?: (report: Report, shared: PerReportShared) => void;
}
export async function loadContext(context: IngestContext): Promise<LoadedContext> {
  if (!context.perReport) return context;
  const { module, options } = context.perReport;
  const loaded = (await import(module)) as {
    ownFiles: (report: Report, options: unknown) => void;
    wordFiles: (report: Report, options: unknown, shared: PerReportShared) => void;
  };
  return { ...context, ownFiles: (report) => loaded.ownFiles(report, options), wordFiles: (report, shared) => loaded.wordFiles(report, options, shared) };
}

/** The contract's columns first, in their order; the 2026-11-23 additions after them (period as two columns), then the 2026-12-04 and 2026-12-06 ones. */
export const TARGET_COLUMNS = [
  'id', 'report', 'section', 'kind', 'indicator', 'value', 'valueMax', 'unit', 'comparator', 'deadline', 'quote', 'theme',
  'bound', 'headline', 'indicatorId', 'periodFrom', 'periodTo', 'annualAverage', 'estimated', 'canonicalValue', 'canonicalUnit',
  'action', 'inTitle',
] as const;
/** A target as targets.csv lists it: the period as two columns. */
export const targetCsvRecord = ({ period, ...t }: Report['targets'][number]): Record<string, unknown> => ({ ...t, periodFrom: period?.from ?? null, periodTo: period?.to ?? null });

/**
 * One report's files: its JSON (reports/<slug>.json), and for the site its body as MDX (mdx/<slug>.mdx) and its
 * provenance and sources (history-pages.ts REPORT_SOURCES_DIR). `site` false: the JSON alone, rewritten.
 */
export function writeReportFiles(out: string, r: Report, site = true): void {
  writeFileSync(join(out, 'reports', `${r.slug}.json`), JSON.stringify(r) + '\n');
  if (!site) return;
  writeFileSync(join(out, 'mdx', `${r.slug}.mdx`), toMdx(r));
  const sources: ReportSources = { provenance: r.provenance, sources: r.sources };
  writeFileSync(join(out, PAGE_DATA_DIR, REPORT_SOURCES_DIR, `${r.slug}.json`), JSON.stringify(sources));
}
/** What the build log's pages show of a report: where its text came from. */
export type ReportSources = Pick<Report, 'provenance' | 'sources'>;

/** A value as `JSON.stringify(value, null, 2)` writes it: an entry of an indented corpus file (reports.json, the build log). */
const indented = (v: unknown) => JSON.stringify(v, null, 2);

export interface PrepareTask {
  name: string;
  /** The file, read by the task; or its bytes. */
  path?: string;
  bytes?: Uint8Array;
  catalogEntry?: CatalogEntry;
}
/** A prepared document as the steps over all files see it: itself, what grouping reads, its plan alone. */
export interface PreparedDocument {
  /**
   * The document as JSON but for its text, which waits in the ingest's spool (io.ts) until its report is built. Why
   * not a file of its own, as before: creating and removing a file costs more than the spool's share of one batched
   * write.
   */
  json: string;
  /**
   * Its text, which only planning a report of several documents reads (planOf): kept apart from the JSON that
   * building the report reads, which is half as long without it.
   */
  text: string;
  facts: ExcerptFacts;
  rank: number;
  /** Its sentence keys (merge.ts sentenceHashes). */
  a: Uint32Array;
  b: Uint32Array;
  /** Its hints and metadata as a report of its own (planOf over this document alone), structured-clone bytes. */
  alone: Uint8Array;
}
export type PrepareResult =
  | { ok: false; file: string; reason: string }
  | {
      ok: true;
      file: string;
      encoding: string;
      layout: string;
      paragraphs: number;
      /** The build log's entries of the file (dropped lines, lines used as metadata), each as JSON indented by 2. */
      dropped: string[];
      usedAsMetadata: string[];
      documents: PreparedDocument[];
    };

/** decode → … → each document of the file prepared (ingest.ts prepareFile), as JSON to wait for its report. */
export function prepare(task: PrepareTask): PrepareResult {
  const catalog = { files: task.catalogEntry ? { [task.name]: task.catalogEntry } : {} };
  const f = prepareFile({ name: task.name, bytes: task.bytes ?? readFileSync(task.path!) }, catalog);
  if (!f.ok) return f;
  const usedAsMetadata: string[] = [];
  for (const { hints } of f.documents) {
    if (hints.headline) usedAsMetadata.push(indented({ file: f.file, text: hints.headline, as: '网页标题（用作报告标题）' }));
    for (const l of hints.frontMatter) usedAsMetadata.push(indented({ file: f.file, text: l, as: '页首（标题、会议行、报告人，显示在报告页顶部）' }));
  }
  const documents = f.documents.map((d): PreparedDocument => {
    const { a, b } = sentenceHashes(d.blocks);
    const { text, ...rest } = d;
    return {
      json: JSON.stringify(rest),
      text,
      facts: { file: d.file, city: d.city, year: d.year, delivered: d.delivered, document: d.document },
      rank: d.rank ?? 0,
      a,
      b,
      alone: serialize(planOf([d], catalog)),
    };
  });
  return { ok: true, file: f.file, encoding: f.encoding, layout: f.layout, paragraphs: f.paragraphs, dropped: f.dropped.map(indented), usedAsMetadata, documents };
}

export interface BuildTask {
  out: string;
  base: string;
  /** Its documents, as JSON without their text (PreparedDocument.json). */
  members: string[];
  hints: TextHints;
  meta: InferredMeta;
  slug: string;
  /** Whether its phrase candidates are wanted (first-said.ts readsNewPhrases): made now, from the report in memory. */
  candidates: boolean;
  /**
   * false: its words are left to a words task on another thread (io.ts taskRunner), which reads the report back; the
   * result's candidates are then null. By default they are read here, from the report in memory.
   */
  words?: boolean;
}
export interface BuildResult {
  slug: string;
  province: string | null;
  city: string | null;
  year: number | null;
  kind: string | null;
  rank: number;
  /** first-said.ts governmentOf: whose earlier reports it is read against. */
  government: string | null;
  /** What pairs the government's reports for the outcomes (outcomes.ts groupByGovernment), or null. */
  place: { slug: string; name: string; code: string | null } | null;
  sources: string[];
  targetCount: number;
  /** Its entry of reports.json and of the build log's reports, as JSON indented by 2. */
  summary: string;
  log: string;
  notes: string[];
  /** Its rows as targets.json holds them (compact, comma-separated) and as targets.csv does (a line break before each). */
  rows: string;
  csv: string;
  /** The report without its text and with only the rows the outcomes pair, structured-clone bytes. */
  outcomes: Uint8Array;
  /** Its phrase candidates, best first (first-said.ts phraseCandidates), when asked for. */
  candidates: string[] | null;
}

/** merge → sections → targets (ingest.ts buildReport), the report's files written, its pieces of the corpus files made. */
export function build(task: BuildTask, context: LoadedContext): BuildResult {
  const members = task.members.map((json) => JSON.parse(json) as Omit<Prepared, 'text'>);
  const { report, log, rank } = buildReport({ members, hints: task.hints, meta: task.meta, slug: task.slug }, context.vocabulary);
  // The fields the steps over all reports add, in the order they add them, so the JSON written now is final for
  // every report those steps leave alone.
  report.previous = null;
  report.newPhrases = [];
  writeReportFiles(task.out, report);
  context.ownFiles?.(report);
  const candidates = task.words === false ? null : readWords(report, task.candidates, context);
  // The rows as read back from the report's JSON, as the corpus files have always been written from them; their JSON
  // is made once (a row's JSON read back and written again is the same text).
  const rowsJson = JSON.stringify(report.targets);
  const rows: Report['targets'] = JSON.parse(rowsJson);
  return {
    slug: report.slug,
    province: report.province,
    city: report.city,
    year: report.year,
    kind: report.kind,
    rank: rank ?? 0,
    government: governmentOf(report),
    place: report.place ? { slug: report.place.slug, name: report.place.name, code: report.place.code } : null,
    sources: report.sources,
    targetCount: report.targets.length,
    summary: indented(summarize(report, task.base)),
    log: indented(log),
    notes: log.notes,
    rows: rowsJson.slice(1, -1),
    csv: rows.map((t) => {
      const record = targetCsvRecord(t);
      return '\n' + csvFormatRow(TARGET_COLUMNS.map((c) => record[c] as string));
    }).join(''),
    outcomes: serialize({ ...report, sections: [], targets: report.targets.filter((t) => t.indicatorId !== null) }),
    candidates,
  };
}

/**
 * The report's lines cut into words once, for its phrase candidates (when wanted, else null) and for what more is
 * written of it (its search document).
 */
function readWords(report: Report, candidates: boolean, context: LoadedContext): string[] | null {
  const words = new LineWords();
  const made = candidates ? phraseCandidates(report, undefined, undefined, words).map((c) => c.text) : null;
  context.wordFiles?.(report, { words });
  return made;
}

/** A built report's words read on another thread than the one that built it (BuildTask.words false). */
export interface WordsTask {
  out: string;
  slug: string;
  candidates: boolean;
}
/**
 * The words of a report already built, read back from its JSON as written (no step over all reports has changed it
 * yet), without its rows (report-json.ts), which neither its words nor its search document read: the same report for
 * them, so the same candidates and files as readWords in the build.
 */
export function words(task: WordsTask, context: LoadedContext): string[] | null {
  return readWords(withoutRows(readFileSync(join(task.out, 'reports', `${task.slug}.json`), 'utf8')), task.candidates, context);
}

/** How a report's JSON ends as the build writes it, before the steps over all reports fill the last two fields. */
const UNLINKED_END = ',"previous":null,"newPhrases":[]}\n';

export interface LinkTask {
  out: string;
  /** The reports of one government (first-said.ts governmentOf), two at least. */
  slugs: string[];
  /** Each one's phrase candidates, where made as it was built. */
  candidates: (string[] | null)[];
}
/**
 * What a government's reports say for the first time (first-said.ts linkReports), read back and written again. Each
 * is read without its rows (withoutRows), which linkReports does not read, and its JSON written again with its last two
 * fields in place of the ones it ends with: the same text as the whole report parsed, changed and written again (a
 * JSON as JSON.stringify writes it reads back to itself), at a third of the cost.
 */
export function link(task: LinkTask): void {
  const files = task.slugs.map((slug) => join(task.out, 'reports', `${slug}.json`));
  const texts = files.map((f) => readFileSync(f, 'utf8'));
  const reports: Report[] = texts.map((t) => (t.endsWith(UNLINKED_END) ? withoutRows(t) : JSON.parse(t)));
  const candidates = new Map(reports.map((r, i) => [r, task.candidates[i] ?? undefined]));
  linkReports(reports, (r) => candidates.get(r));
  // Only the JSON changes (the MDX holds neither field), and only where a field did.
  reports.forEach((r, i) => {
    const text = texts[i];
    const json = text.endsWith(UNLINKED_END)
      ? `${text.slice(0, -UNLINKED_END.length)},"previous":${JSON.stringify(r.previous)},"newPhrases":${JSON.stringify(r.newPhrases)}}\n`
      : JSON.stringify(r) + '\n';
    if (json !== text) writeFileSync(files[i], json);
  });
}
