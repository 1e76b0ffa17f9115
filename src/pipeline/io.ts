/**
 * File-system edge of the pipeline, shared by the CLIs: reading a seeds folder and its catalog, and writing the
 * data files of the contract. Kept apart from the pure stages so they stay testable on in-memory fixtures.
 */
import { closeSync, fstatSync, mkdirSync, openSync, readdirSync, readFileSync, readSync, rmSync, statSync, writeFileSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';
import { applyRedirects, ingest, summarize, type IngestResult, type InputFile, type Prepared, type PreparedStore, type Redirects } from './ingest.ts';
import { sentenceKeys } from './merge.ts';
import { governmentOf, linkReports } from './first-said.ts';
import { EMPTY_VOCABULARY, parseVocabulary, type Vocabulary } from './indicators.ts';
import { CatalogSchema, type Catalog } from './metadata.ts';
import { type OutcomesResult } from './outcomes.ts';
import { writeHistoryPages } from './history-pages.ts';
import { toMdx } from './serialize.ts';
import { IngestError, type Report, type ReportSummary, type Target } from './types.ts';
import { writeCsvFile, writeJsonFile } from './write-stream.ts';

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
    files.push({ name, get bytes() { return readFileSync(path); } });
  }
  if (files.length === 0) errors.push(new IngestError(dir, 'no report files in the seeds folder'));
  return { files, catalog, redirects, vocabulary, errors, skipped };
}

/** The contract's columns first, in their order; the 2026-11-23 additions after them (period as two columns), then the 2026-12-04 one. */
export const TARGET_COLUMNS = [
  'id', 'report', 'section', 'kind', 'indicator', 'value', 'valueMax', 'unit', 'comparator', 'deadline', 'quote', 'theme',
  'bound', 'headline', 'indicatorId', 'periodFrom', 'periodTo', 'annualAverage', 'estimated', 'canonicalValue', 'canonicalUnit',
  'action',
] as const;

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
}

/** One report's files: its JSON (reports/<slug>.json) and its body as MDX (mdx/<slug>.mdx). */
function writeReportFiles(out: string, r: Report): void {
  writeFileSync(join(out, 'reports', `${r.slug}.json`), JSON.stringify(r) + '\n');
  writeFileSync(join(out, 'mdx', `${r.slug}.mdx`), toMdx(r));
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
  writeCsvFile(join(out, 'targets.csv'), targets(), TARGET_COLUMNS, ({ period, ...t }) => ({ ...t, periodFrom: period?.from ?? null, periodTo: period?.to ?? null }));
  json('build-log.json', { ...result.log, errors: result.errors.map((e) => ({ file: e.file, reason: e.reason })) });
}

/** Two 32-bit FNV-1a hashes of a string, as one short ASCII key (collisions: about one in 10^19 pairs). */
function shortHash(s: string): string {
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ 0x5bd1e995;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x5bd1e995) ^ (b >>> 15);
  }
  return (a >>> 0).toString(36) + ':' + (b >>> 0).toString(36);
}

/**
 * The ingest written as it goes, for corpora of any size: each report's files are written as soon as it is built
 * and its sections are then let go (the reports kept in memory hold their metadata and rows, not their text). The
 * steps over all reports that read text — redirects attached to a report, what a report says for the first time —
 * then read the reports they need back from disk, one government at a time, and write them again. Same files, byte
 * for byte, as ingest() followed by writeData().
 */
export function ingestToDisk(
  files: InputFile[],
  catalog: Catalog,
  redirects: Redirects,
  vocabulary: Vocabulary,
  out: string,
  base = '/',
  /** Errors of reading the seeds folder, listed first in the build log. */
  readErrors: IngestError[] = [],
): IngestResult & { targetCount: number } {
  prepareOut(out);
  const summaries = new Map<string, ReportSummary>();
  // Prepared documents wait on disk until their report is built; only their sentence keys and hints stay in memory.
  const waiting = join(out, '.prepared');
  mkdirSync(waiting, { recursive: true });
  let stored = 0;
  let targetCount = 0;
  const where = new WeakMap<Prepared, string>();
  const store: PreparedStore = {
    put(p) {
      const path = join(waiting, `${stored++}.json`);
      writeFileSync(path, JSON.stringify(p));
      // The keys as short hashes: a sentence of forty characters kept as eleven ASCII ones (two 32-bit FNV-1a hashes).
      const stub: Prepared = { ...p, blocks: [], text: '', keys: new Set([...sentenceKeys(p.blocks)].map(shortHash)) };
      where.set(stub, path);
      return stub;
    },
    get(stub) {
      return JSON.parse(readFileSync(where.get(stub)!, 'utf8')) as Prepared;
    },
  };
  // Redirects are attached below, from disk: a report in memory has no sections left to check their ids against.
  const result = ingest(
    files,
    catalog,
    {},
    vocabulary,
    (report) => {
    // The fields the steps over all reports add, in the order they add them, so the JSON written now is final for
    // every report those steps leave alone.
    report.previous = null;
    report.newPhrases = [];
    writeReportFiles(out, report);
    summaries.set(report.slug, summarize(report, base));
      report.sections = [];
      targetCount += report.targets.length;
      // In memory only the rows the outcomes pair (those of a vocabulary indicator); targets.json and .csv read each
      // report's rows back from its file.
      report.targets = report.targets.filter((t) => t.indicatorId !== null);
    },
    store,
  );
  rmSync(waiting, { recursive: true, force: true });
  const read = (slug: string): Report => JSON.parse(readFileSync(join(out, 'reports', `${slug}.json`), 'utf8'));
  // Redirects: attached to the report on disk (applyRedirects checks the ids against its sections).
  for (const slug of Object.keys(redirects)) {
    if (!summaries.has(slug)) {
      result.errors.push(new IngestError('redirects.yaml', `no report ${slug}`));
      continue;
    }
    const full = read(slug);
    applyRedirects([full], { [slug]: redirects[slug] }, result.errors);
    result.reports.find((r) => r.slug === slug)!.redirects = full.redirects;
    writeReportFiles(out, full);
  }
  // First said, over each government's reports read back together (only governments of more than one report).
  const byGovernment = new Map<string, Report[]>();
  for (const r of result.reports) {
    const g = governmentOf(r);
    if (g !== null && r.year !== null) byGovernment.set(g, [...(byGovernment.get(g) ?? []), r]);
  }
  for (const list of byGovernment.values()) {
    if (list.length < 2) continue;
    const full = list.map((r) => read(r.slug));
    linkReports(full);
    full.forEach((f, i) => {
      list[i].previous = f.previous;
      list[i].newPhrases = f.newPhrases;
      writeReportFiles(out, f);
    });
  }
  result.errors.unshift(...readErrors);
  writeCorpusFiles(result, out, base, vocabulary, (r) => summaries.get(r.slug)!, (r) => read(r.slug).targets);
  return { ...result, targetCount };
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
  const json = (p: string, v: unknown) => writeJsonFile(join(out, p), v, 2);
  json('outcomes.json', history.outcomes);
  writeCsvFile(join(out, 'outcomes.csv'), history.outcomes, OUTCOME_COLUMNS, (o) => o as unknown as Record<string, unknown>);
  // Compact: a build-time input of the place pages, large at a thousand reports.
  writeJsonFile(join(out, 'places.json'), history.places);
  writeHistoryPages(history.places, out);
  appendLogMember(join(out, 'build-log.json'), 'outcomes', history.notes);
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
