/**
 * File-system edge of the pipeline, shared by the CLIs: reading a seeds folder and its catalog, and writing the
 * data files of the contract. Kept apart from the pure stages so they stay testable on in-memory fixtures.
 */
import { availableParallelism } from 'node:os';
import { closeSync, fstatSync, mkdirSync, openSync, readdirSync, readFileSync, readSync, rmSync, statSync, writeFileSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { csvFormatRow } from 'd3-dsv';
import { Tinypool } from 'tinypool';
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';
import { applyRedirects, inReadingOrder, listingOrder, planOf, summarize, type FileLog, type IngestResult, type InputFile, type Prepared, type Redirects } from './ingest.ts';
import * as tasks from './ingest-tasks.ts';
import { TARGET_COLUMNS, targetCsvRecord, writeReportFiles, type BuildResult, type IngestContext, type PrepareResult } from './ingest-tasks.ts';
import { readsNewPhrases } from './first-said.ts';
import { joinExcerpts, SharedSentences, type ExcerptFacts } from './merge.ts';
import { EMPTY_VOCABULARY, parseVocabulary, type Vocabulary } from './indicators.ts';
import { CatalogSchema, makeSlug, type Catalog, type InferredMeta } from './metadata.ts';
import { pairOutcomes, type OutcomeRow, type OutcomesResult } from './outcomes.ts';
import { HistoryPages, PAGE_DATA_DIR, REPORT_SOURCES_DIR } from './history-pages.ts';
import { Spool, type Piece } from './spool.ts';
import { IngestError, type Report, type ReportSummary, type Target, type TextHints } from './types.ts';
import { BatchedFile, JsonRows, RawJson, writeCsvFile, writeJsonFile } from './write-stream.ts';

export { TARGET_COLUMNS } from './ingest-tasks.ts';

export const CATALOG_FILE = 'catalog.yaml';
export const REDIRECTS_FILE = 'redirects.yaml';
export const INDICATORS_FILE = 'indicators.yaml';
/** The repository's own vocabulary, used when a seeds folder (such as a corpus of reports) brings none. */
export const DEFAULT_INDICATORS = fileURLToPath(new URL('../../seeds/indicators.yaml', import.meta.url));

/** Reads and validates an indicator vocabulary; a broken one is an error of the build, named with its file. */
export function readVocabulary(path: string, name = INDICATORS_FILE): { vocabulary: Vocabulary; error: IngestError | null } {
  try {
    return { vocabulary: parseVocabulary(readFileSync(path, 'utf8')), error: null };
  } catch (e) {
    return { vocabulary: EMPTY_VOCABULARY, error: new IngestError(name, `invalid indicator vocabulary: ${(e as Error).message}`) };
  }
}
const RedirectsSchema = z.record(z.string(), z.record(z.string().regex(/^[a-z0-9-]+$/), z.string().regex(/^[a-z0-9-]+$/)));

/** Every regular file of the folder is a report, except the catalog and hidden or README files. */
export function readSeeds(dir: string): {
  files: InputFile[];
  catalog: Catalog;
  redirects: Redirects;
  vocabulary: Vocabulary;
  errors: IngestError[];
  /** Files of the folder that are no report (a data file, a read-me), left out by a rule and listed in the build log. */
  skipped: { file: string; reason: string }[];
} {
  const errors: IngestError[] = [];
  const skipped: { file: string; reason: string }[] = [];
  let catalog: Catalog = { files: {} };
  let redirects: Redirects = {};
  const names = readdirSync(dir).sort();
  const files: InputFile[] = [];
  // The folder's own vocabulary, else the repository's: indicator ids are data, not code.
  const own = names.includes(INDICATORS_FILE);
  const { vocabulary, error } = readVocabulary(own ? join(dir, INDICATORS_FILE) : DEFAULT_INDICATORS);
  if (error) errors.push(error);
  for (const name of names) {
    const path = join(dir, name);
    if (!statSync(path).isFile() || name.startsWith('.')) continue;
    if (/^readme/i.test(name)) {
      skipped.push({ file: name, reason: 'a read-me, no report' });
      continue;
    }
    // facts.json, a table in CSV: data about reports kept beside them, never a report's text.
    if (/\.(?:json|ya?ml|csv|tsv|xml)$/i.test(name) && name !== CATALOG_FILE && name !== 'catalog.yml' && name !== REDIRECTS_FILE && name !== INDICATORS_FILE) {
      skipped.push({ file: name, reason: 'a data file, no report' });
      continue;
    }
    if (name === INDICATORS_FILE) continue;
    if (name === CATALOG_FILE || name === 'catalog.yml') {
      try {
        catalog = CatalogSchema.parse(parseYaml(readFileSync(path, 'utf8')) ?? { files: {} });
      } catch (e) {
        errors.push(new IngestError(name, `invalid catalog: ${(e as Error).message.split('\n').slice(0, 3).join(' ')}`));
      }
      continue;
    }
    if (name === REDIRECTS_FILE) {
      try {
        redirects = RedirectsSchema.parse(parseYaml(readFileSync(path, 'utf8')) ?? {});
      } catch (e) {
        errors.push(new IngestError(name, `invalid redirects: ${(e as Error).message.split('\n').slice(0, 3).join(' ')}`));
      }
      continue;
    }
    // Read when the pipeline reads the file, and let go after: at ten thousand reports the files alone are 0.6 GB.
    files.push({ name, path, get bytes() { return readFileSync(path); } });
  }
  if (files.length === 0) errors.push(new IngestError(dir, 'no report files in the seeds folder'));
  return { files, catalog, redirects, vocabulary, errors, skipped };
}

/** Writes the contract's data files (and one MDX file per report, for the site) into `out`. */
export function writeData(result: IngestResult, out: string, base = '/', vocabulary?: Vocabulary): void {
  prepareOut(out);
  for (const r of result.reports) writeReportFiles(out, r);
  writeCorpusFiles(result, out, base, vocabulary, (r) => summarize(r, base), (r) => r.targets);
}

function prepareOut(out: string): void {
  rmSync(out, { recursive: true, force: true });
  mkdirSync(join(out, 'reports'), { recursive: true });
  mkdirSync(join(out, 'mdx'), { recursive: true });
  mkdirSync(join(out, PAGE_DATA_DIR, REPORT_SOURCES_DIR), { recursive: true });
}

/** The whole-corpus files: reports.json, targets.json / .csv, indicators.json, build-log.json. */
function writeCorpusFiles(
  result: IngestResult,
  out: string,
  base: string,
  vocabulary: Vocabulary | undefined,
  summaryOf: (r: Report) => ReportSummary,
  targetsOf: (r: Report) => Target[],
): void {
  // Every whole-corpus file is written piece by piece (src/pipeline/write-stream.ts), never as one string: at ten
  // thousand reports targets.json alone is longer than V8's longest string. Same bytes as JSON.stringify / csvFormat.
  const json = (p: string, v: unknown) => writeJsonFile(join(out, p), v, 2);
  // The large files (each report, all targets) compact: a third smaller and quicker to write and read, at any size.
  const compactJson = (p: string, v: unknown) => writeJsonFile(join(out, p), v);
  json('reports.json', result.reports.map(summaryOf));
  // The rows report by report, never gathered into one array.
  function* targets(): Generator<Target> {
    for (const r of result.reports) yield* targetsOf(r);
  }
  compactJson('targets.json', targets());
  // The vocabulary the rows were matched against, so pages and downloads can name an indicator id in Chinese.
  if (vocabulary) json('indicators.json', { version: vocabulary.version, indicators: vocabulary.indicators });
  // UTF-8 with a byte-order mark, so that spreadsheet software reads the Chinese text correctly; the period as two columns.
  writeCsvFile(join(out, 'targets.csv'), targets(), TARGET_COLUMNS, targetCsvRecord);
  json('build-log.json', { ...result.log, errors: result.errors.map((e) => ({ file: e.file, reason: e.reason })) });
}

/** What the ingest written to disk (ingestToDisk) did: counts, errors, and the steps left that read what it wrote. */
export interface DiskIngest {
  files: number;
  reports: number;
  targetCount: number;
  droppedLines: number;
  errors: IngestError[];
  /** Each report's notes (why fields are empty, rows not published), report by report as they were built. */
  notes(): Generator<{ slug: string; note: string }>;
  /**
   * Year-Y targets against what the next report says of year Y (outcomes.ts pairOutcomes), one government at a
   * time, into outcomes.json / .csv, places.json and the page data (writeOutcomes's files, the same bytes).
   */
  writeOutcomes(): { governments: number; outcomes: number; verdicts: Record<string, number> };
  /** Removes the ingest's own working files. */
  close(): void;
}

/** What stays in memory of each report until the corpus files are written: where its pieces wait, and how it is listed. */
interface Listed extends Pick<BuildResult, 'slug' | 'province' | 'city' | 'year' | 'kind' | 'rank' | 'government' | 'place'> {
  summary: Piece;
  rows: Piece;
  csv: Piece;
  log: Piece;
  notes: Piece;
  outcomes: Piece;
  candidates: Piece | null;
}

/**
 * Worker threads for the ingest (ATLAS_INGEST_WORKERS; by default one per core, two at most): the work on each
 * file, report and government is independent, and the render started beside the ingest waits for it, so the second
 * core of the build machines is otherwise idle. More than two gain nothing there and each costs a heap.
 */
export function ingestWorkers(): number {
  const set = process.env.ATLAS_INGEST_WORKERS;
  if (set !== undefined && set !== '') {
    const n = Number(set);
    if (!Number.isInteger(n) || n < 0) throw new Error(`ATLAS_INGEST_WORKERS must be a whole number, not ${set}`);
    return n;
  }
  return Math.min(2, availableParallelism());
}

/**
 * Runs the ingest's tasks (ingest-tasks.ts) on `workers` threads, or in this thread when there are none. With two
 * threads or more, in two pools of half of them each: one builds the reports (merge, sections, targets) and writes
 * what needs the report alone, the other reads their words from the report as written (phrase candidates, search
 * documents), and the two share the files and the governments. Why: each thread compiles and warms up the code it runs,
 * and the optimized code of the largest steps (the targets' rules, the phrase candidates) cost ≈ 1 s of CPU to make
 * per thread at 200 reports — made on both threads when each ran every step, on one now. A report's words read back
 * cost ≈ 1 ms more (its JSON parsed); the report's own files are written by the builders so that the two pools'
 * shares of the work are about even.
 */
async function taskRunner(workers: number, context: IngestContext) {
  const here = workers > 0 ? null : await tasks.loadContext(context);
  // A worker holds one file or report at a time (≈ 40 MB live at most over a thousand generated reports), but V8
  // lets a young generation grow to about a hundred megabytes and the old one to several times what is live before
  // it collects: 270 MB committed per worker. With the young generation capped, 90–120 MB, for the same time. The
  // old generation's cap is far above what one report needs, so that a very large report still fits.
  const resourceLimits = { maxYoungGenerationSizeMb: 32, maxOldGenerationSizeMb: 512 };
  const pool = (threads: number) =>
    new Tinypool({ filename: new URL('./ingest-worker.ts', import.meta.url).href, minThreads: threads, maxThreads: threads, workerData: context, resourceLimits });
  /** A pool, and how many of its tasks are not done. */
  const counted = (threads: number) => {
    const p = pool(threads);
    const counted = {
      waiting: 0,
      run: <R>(task: unknown, name: string): Promise<R> => {
        counted.waiting++;
        return (p.run(task, { name }) as Promise<R>).finally(() => counted.waiting--);
      },
      destroy: () => p.destroy(),
    };
    return counted;
  };
  const builders = workers > 0 ? counted(workers >= 2 ? Math.ceil(workers / 2) : workers) : null;
  const readers = workers >= 2 ? counted(Math.floor(workers / 2)) : null;
  // A file or a government goes to the pool with fewer tasks not done, so that both keep busy.
  const either = () => (readers && readers.waiting < builders!.waiting ? readers : builders!);
  return {
    /** How many tasks to have started ahead of the one whose result is read next. */
    window: Math.max(1, workers) * 4,
    prepare: (t: tasks.PrepareTask): Promise<PrepareResult> => (builders ? either().run(t, 'prepare') : Promise.resolve().then(() => tasks.prepare(t))),
    build: async (t: tasks.BuildTask): Promise<BuildResult> => {
      if (!builders) return tasks.build(t, here!);
      if (!readers) return builders.run(t, 'build');
      const built = await builders.run<BuildResult>({ ...t, words: false }, 'build');
      const words: tasks.WordsTask = { out: t.out, slug: t.slug, candidates: t.candidates };
      return { ...built, candidates: await readers.run<string[] | null>(words, 'words') };
    },
    link: (t: tasks.LinkTask): Promise<void> => (builders ? either().run(t, 'link') : Promise.resolve().then(() => tasks.link(t))),
    close: async () => {
      await builders?.destroy();
      await readers?.destroy();
    },
  };
}

/**
 * `count` tasks started in order, at most `window` ahead of the one read next, and their results read in order
 * (`consume`): the results are the same whatever thread finishes first, and few wait in memory at once.
 */
async function inOrder<R>(count: number, window: number, start: (i: number) => Promise<R>, consume: (result: R, i: number) => void): Promise<void> {
  const started = new Map<number, Promise<R>>();
  let next = 0;
  for (let i = 0; i < count; i++) {
    for (; next < count && next < i + window; next++) {
      const p = start(next);
      // Read in turn below; until then a failure must not count as unhandled.
      p.catch(() => {});
      started.set(next, p);
    }
    const result = await started.get(i)!;
    started.delete(i);
    consume(result, i);
  }
}

/**
 * Each file's sentence keys, as records (document, key) waiting on disk in parts by hash, so that grouping reads one
 * part at a time (merge.ts SharedSentences): the keys of ten thousand reports are six million records.
 */
class KeyParts {
  private static readonly PARTS = 32;
  /** Records gathered per part before they are written. */
  private static readonly BATCH = 1 << 14;
  private readonly paths: string[];
  private readonly batches: Uint32Array[];
  private readonly filled: number[];
  constructor(dir: string) {
    this.paths = Array.from({ length: KeyParts.PARTS }, (_, p) => join(dir, `keys-${p}.bin`));
    for (const p of this.paths) writeFileSync(p, '');
    this.batches = this.paths.map(() => new Uint32Array(3 * KeyParts.BATCH));
    this.filled = this.paths.map(() => 0);
  }
  add(document: number, a: Uint32Array, b: Uint32Array): void {
    for (let k = 0; k < a.length; k++) {
      const p = b[k] % KeyParts.PARTS;
      const at = 3 * this.filled[p]++;
      const batch = this.batches[p];
      batch[at] = document;
      batch[at + 1] = a[k];
      batch[at + 2] = b[k];
      if (this.filled[p] === KeyParts.BATCH) this.flush(p);
    }
  }
  private flush(p: number): void {
    writeFileSync(this.paths[p], this.batches[p].subarray(0, 3 * this.filled[p]), { flag: 'a' });
    this.filled[p] = 0;
  }
  /** Counts the shared keys part by part. */
  countInto(shared: SharedSentences): void {
    this.paths.forEach((path, p) => {
      this.flush(p);
      const bytes = readFileSync(path);
      const records = new Uint32Array(bytes.length / 4);
      new Uint8Array(records.buffer).set(bytes);
      const n = records.length / 3;
      const document = new Uint32Array(n);
      const a = new Uint32Array(n);
      const b = new Uint32Array(n);
      for (let k = 0; k < n; k++) {
        document[k] = records[3 * k];
        a[k] = records[3 * k + 1];
        b[k] = records[3 * k + 2];
      }
      shared.add(document, a, b);
      rmSync(path);
    });
  }
}

/**
 * The ingest written as it goes, for corpora of any size, on worker threads (ingestWorkers): each file is prepared
 * and its documents wait on disk; the files are grouped into reports from their sentence keys (kept on disk in parts);
 * each report is built and written as soon as its slug is known; then what each government says for the first time is
 * read from its reports on disk, one government at a time. What memory holds per report is where its pieces wait and
 * how it is listed (Listed, a few hundred bytes): the rows of targets.json and .csv, the build log's entries and what
 * the outcomes pair wait in files (spool.ts) until the corpus files are written in order. Same files, byte for byte,
 * as ingest() followed by writeData() (and pairOutcomes + writeOutcomes for writeOutcomes()), whatever the number of
 * threads.
 */
export async function ingestToDisk(
  files: InputFile[],
  catalog: Catalog,
  redirects: Redirects,
  vocabulary: Vocabulary,
  out: string,
  {
    base = '/',
    readErrors = [],
    workers = ingestWorkers(),
    perReport,
  }: {
    base?: string;
    /** Errors of reading the seeds folder, listed first in the build log. */
    readErrors?: IngestError[];
    workers?: number;
    perReport?: tasks.PerReport;
  } = {},
): Promise<DiskIngest> {
  prepareOut(out);
  const work = join(out, '.ingest');
  mkdirSync(work, { recursive: true });
  const spool = new Spool(join(work, 'spool'));
  const run = await taskRunner(workers, { vocabulary, perReport });
  try {
    // 1. Each file on its own: decoded, cut into documents, each prepared and set aside (in the spool).
    const ordered = inReadingOrder(files);
    const errors: IngestError[] = [];
    const facts: ExcerptFacts[] = [];
    const documents: { json: Piece; text: Piece; rank: number; keys: number; alone: Piece }[] = [];
    const fileInfo = new Map<string, Omit<FileLog, 'file' | 'report'>>();
    const logEntries: { dropped: Piece; usedAsMetadata: Piece; lines: number }[] = [];
    const keys = new KeyParts(work);
    await inOrder(ordered.length, run.window, (i) => {
      const f = ordered[i];
      const path = (f as { path?: string }).path;
      return run.prepare({ name: f.name, catalogEntry: catalog.files[f.name], ...(path ? { path } : { bytes: f.bytes }) });
    }, (f) => {
      if (!f.ok) {
        errors.push(new IngestError(f.file, f.reason));
        return;
      }
      fileInfo.set(f.file, { encoding: f.encoding, layout: f.layout, paragraphs: f.paragraphs });
      logEntries.push({ dropped: spool.appendValue(f.dropped), usedAsMetadata: spool.appendValue(f.usedAsMetadata), lines: f.dropped.length });
      for (const d of f.documents) {
        keys.add(facts.length, d.a, d.b);
        facts.push(d.facts);
        documents.push({ json: spool.append(d.json), text: spool.append(d.text), rank: d.rank, keys: d.a.length, alone: spool.append(d.alone) });
      }
    });
    // 2. Files → reports: excerpts of one report grouped (merge.ts), from the keys each pair shares.
    const shared = new SharedSentences(facts);
    keys.countInto(shared);
    const groups = joinExcerpts(facts, documents.map((d) => d.keys), shared);
    // 3. Each report planned, its slug given in group order (a slug taken twice gets its suffix by that order); which
    // reports are read for new phrases, from their governments, years and kinds; then each built and written.
    type Plan = { hints: TextHints; meta: InferredMeta };
    const slugs = new Set<string>();
    const planned = groups.map((group) => {
      const members = group.map((i) => documents[i]);
      const piece = members.length === 1
        ? members[0].alone
        : spool.appendValue(planOf(members.map((m) => ({ ...JSON.parse(spool.readText(m.json)), text: spool.readText(m.text) }) as Prepared), catalog));
      const { meta } = spool.readValue<Plan>(piece);
      const slug = makeSlug(meta, slugs);
      slugs.add(slug);
      return { slug, piece, members: members.map((m) => m.json), place: meta.place, year: meta.year, kind: meta.kind };
    });
    const withCandidates = readsNewPhrases(planned);
    const listed: Listed[] = [];
    const filesLog: FileLog[] = [];
    let targetCount = 0;
    await inOrder(planned.length, run.window, (g) => {
      const p = planned[g];
      const { hints, meta } = spool.readValue<Plan>(p.piece);
      return run.build({ out, base, members: p.members.map((m) => spool.readText(m)), hints, meta, slug: p.slug, candidates: withCandidates.has(p) });
    }, (r) => {
      targetCount += r.targetCount;
      for (const file of r.sources) filesLog.push({ file, ...fileInfo.get(file)!, report: r.slug });
      listed.push({
        slug: r.slug, province: r.province, city: r.city, year: r.year, kind: r.kind, rank: r.rank, government: r.government, place: r.place,
        summary: spool.append(r.summary), rows: spool.append(r.rows), csv: spool.append(r.csv), log: spool.append(r.log),
        notes: spool.appendValue(r.notes), outcomes: spool.append(r.outcomes), candidates: r.candidates ? spool.appendValue(r.candidates) : null,
      });
    });
    const built = [...listed];
    listed.sort(listingOrder);
    // 4. Redirects, attached to the report on disk (applyRedirects checks the ids against its sections).
    const bySlug = new Set(listed.map((r) => r.slug));
    for (const slug of Object.keys(redirects)) {
      if (!bySlug.has(slug)) {
        errors.push(new IngestError('redirects.yaml', `no report ${slug}`));
        continue;
      }
      const full: Report = JSON.parse(readFileSync(join(out, 'reports', `${slug}.json`), 'utf8'));
      applyRedirects([full], { [slug]: redirects[slug] }, errors);
      writeReportFiles(out, full, false);
    }
    // 5. First said, each government's reports read back together (only governments of more than one report).
    const byGovernment = new Map<string, Listed[]>();
    for (const r of listed) if (r.government !== null && r.year !== null) byGovernment.set(r.government, [...(byGovernment.get(r.government) ?? []), r]);
    const linked = [...byGovernment.values()].filter((list) => list.length >= 2);
    await inOrder(linked.length, run.window, (g) => run.link({
      out,
      slugs: linked[g].map((r) => r.slug),
      candidates: linked[g].map((r) => (r.candidates ? spool.readValue<string[]>(r.candidates) : null)),
    }), () => {});
    // 6. The corpus files, in the reports' listing order.
    errors.unshift(...readErrors);
    const json = (p: string, v: unknown) => writeJsonFile(join(out, p), v, 2);
    json('reports.json', new JsonRows((function* () {
      for (const r of listed) yield new RawJson(spool.readText(r.summary));
    })()));
    const targets = new BatchedFile(join(out, 'targets.json'));
    let first = true;
    for (const r of listed) {
      if (!r.rows[1]) continue;
      targets.write((first ? '[' : ',') + spool.readText(r.rows));
      first = false;
    }
    targets.write(first ? '[]\n' : ']\n');
    targets.close();
    json('indicators.json', { version: vocabulary.version, indicators: vocabulary.indicators });
    const csv = new BatchedFile(join(out, 'targets.csv'));
    csv.write('\uFEFF' + csvFormatRow([...TARGET_COLUMNS]));
    for (const r of listed) csv.write(spool.readText(r.csv));
    csv.write('\n');
    csv.close();
    filesLog.sort((a, b) => a.file.localeCompare(b.file));
    const entries = (key: 'dropped' | 'usedAsMetadata') => new JsonRows((function* () {
      for (const e of logEntries) for (const text of spool.readValue<string[]>(e[key])) yield new RawJson(text);
    })());
    json('build-log.json', {
      files: filesLog,
      reports: new JsonRows((function* () {
        for (const r of built) yield new RawJson(spool.readText(r.log));
      })()),
      dropped: entries('dropped'),
      usedAsMetadata: entries('usedAsMetadata'),
      errors: errors.map((e) => ({ file: e.file, reason: e.reason })),
    });
    return {
      files: files.length,
      reports: listed.length,
      targetCount,
      droppedLines: logEntries.reduce((n, e) => n + e.lines, 0),
      errors,
      *notes() {
        for (const r of built) for (const note of spool.readValue<string[]>(r.notes)) yield { slug: r.slug, note };
      },
      writeOutcomes: () => writeOutcomesByGovernment(listed, (r) => spool.readValue<Report>(r.outcomes), vocabulary, out),
      close: () => {
        spool.close();
        rmSync(work, { recursive: true, force: true });
      },
    };
  } catch (e) {
    spool.close();
    throw e;
  } finally {
    await run.close();
  }
}

/**
 * The outcomes of reports listed in order (pairOutcomes's grouping: a government is the reports of one place slug,
 * or of one name and gazetteer code), paired one government at a time in the order of their places' slugs and
 * written as they are paired: the rows of all of them are never held at once. Same files as pairOutcomes over all
 * reports followed by writeOutcomes.
 */
function writeOutcomesByGovernment(listed: Listed[], read: (r: Listed) => Report, vocabulary: Vocabulary, out: string) {
  const notes: string[] = [];
  const placed = listed.filter((r) => {
    if (!r.place) notes.push(`${r.slug}: 报告未确定所属政府（place 为空），不参与历年对照`);
    else if (r.year === null) notes.push(`${r.slug}: 报告年份未确定，不参与历年对照`);
    return r.place !== null && r.year !== null;
  });
  // The same grouping as outcomes.ts groupByGovernment, on the reports' places alone.
  const parent = placed.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i])));
  const firstWithKey = new Map<string, number>();
  placed.forEach((r, i) => {
    for (const k of [`slug:${r.place!.slug}`, ...(r.place!.code ? [`code:${r.place!.name}|${r.place!.code}`] : [])]) {
      const j = firstWithKey.get(k);
      if (j === undefined) firstWithKey.set(k, i);
      else parent[find(i)] = find(j);
    }
  });
  const groups = new Map<number, Listed[]>();
  placed.forEach((r, i) => {
    const root = find(i);
    const list = groups.get(root);
    if (list) list.push(r);
    else groups.set(root, [r]);
  });
  // A government's history is named by its first report's place, as pairOutcomes names it.
  const ordered = [...groups.values()].sort((a, b) => a[0].place!.slug.localeCompare(b[0].place!.slug));
  const writer = new OutcomesWriter(out);
  const verdicts: Record<string, number> = {};
  let outcomes = 0;
  for (const group of ordered) {
    const history = pairOutcomes(group.map(read), vocabulary);
    for (const o of history.outcomes) verdicts[o.verdict] = (verdicts[o.verdict] ?? 0) + 1;
    outcomes += history.outcomes.length;
    writer.add(history);
  }
  writer.close(notes);
  return { governments: ordered.length, outcomes, verdicts };
}

export const OUTCOME_COLUMNS = [
  'place', 'placeName', 'indicatorId', 'year', 'target', 'targetReport', 'outcome', 'outcomeReport', 'verdict', 'estimated',
  'term', 'targetValue', 'targetValueMax', 'outcomeValue', 'unit', 'comparator', 'bound', 'note',
] as const;

/**
 * Writes the outcome pairs (outcomes.json / .csv, beside targets), each government's history for its page
 * (places.json), and adds to the build log why reports or rows took no part. Run after writeData.
 */
export function writeOutcomes(history: OutcomesResult, out: string): void {
  const writer = new OutcomesWriter(out);
  writer.add(history);
  writer.close(history.notes);
}

/**
 * The outcome files written as governments are paired, in order (each `add` holds governments whose places' slugs
 * come after the last one's, its pairs in their order): what is held is the government being written.
 */
class OutcomesWriter {
  private readonly json: BatchedFile;
  private readonly csv: BatchedFile;
  private readonly places: BatchedFile;
  private readonly pages: HistoryPages;
  private rows = 0;
  private placeCount = 0;
  private readonly out: string;
  constructor(out: string) {
    this.out = out;
    this.json = new BatchedFile(join(out, 'outcomes.json'));
    this.csv = new BatchedFile(join(out, 'outcomes.csv'));
    this.csv.write('\uFEFF' + csvFormatRow([...OUTCOME_COLUMNS]));
    // Compact: a build-time input of the place pages, large at a thousand reports.
    this.places = new BatchedFile(join(out, 'places.json'));
    this.pages = new HistoryPages(out);
  }
  add(history: Pick<OutcomesResult, 'outcomes' | 'places'>): void {
    for (const o of history.outcomes) {
      // As writeJson writes an array's element at indent 2.
      this.json.write((this.rows++ ? ',\n  ' : '[\n  ') + JSON.stringify(o, null, 2).replaceAll('\n', '\n  '));
      this.csv.write('\n' + csvFormatRow(OUTCOME_COLUMNS.map((c) => (o as OutcomeRow)[c] as unknown as string)));
    }
    for (const p of history.places) {
      this.places.write((this.placeCount++ ? ',' : '[') + JSON.stringify(p));
      this.pages.add(p);
    }
  }
  close(notes: string[]): void {
    this.json.write(this.rows ? '\n]\n' : '[]\n');
    this.json.close();
    this.csv.write('\n');
    this.csv.close();
    this.places.write(this.placeCount ? ']\n' : '[]\n');
    this.places.close();
    this.pages.close();
    appendLogMember(join(this.out, 'build-log.json'), 'outcomes', notes);
  }
}

/**
 * Adds a last member to the build log that writeData wrote (an object, indented by 2), as rewriting it whole would:
 * the log is not read back — at ten thousand reports it lists every dropped line of every file.
 */
export function appendLogMember(path: string, key: string, value: unknown): void {
  const fd = openSync(path, 'r+');
  try {
    const size = fstatSync(fd).size;
    const tail = Buffer.alloc(Math.min(size, 3));
    readSync(fd, tail, 0, tail.length, size - tail.length);
    const member = `  ${JSON.stringify(key)}: ${JSON.stringify(value, null, 2).replaceAll('\n', '\n  ')}\n}\n`;
    if (tail.toString() === '\n}\n') writeSync(fd, `,\n${member}`, size - 3);
    else if (tail.toString() === '{}\n') writeSync(fd, `{\n${member}`, size - 3);
    else throw new Error(`${path}: not a build log as writeData writes it`);
  } finally {
    closeSync(fd);
  }
}
