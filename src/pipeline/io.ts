/**
 * File-system edge of the pipeline, shared by the CLIs: reading a seeds folder and its catalog, and writing the
 * data files of the contract. Kept apart from the pure stages so they stay testable on in-memory fixtures.
 */
import { closeSync, fstatSync, mkdirSync, openSync, readdirSync, readFileSync, readSync, rmSync, statSync, writeFileSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';
import { ingest, summarize, type IngestResult, type InputFile, type Redirects } from './ingest.ts';
import { EMPTY_VOCABULARY, parseVocabulary, type Vocabulary } from './indicators.ts';
import { CatalogSchema, type Catalog } from './metadata.ts';
import { type OutcomesResult } from './outcomes.ts';
import { writeHistoryPages } from './history-pages.ts';
import { toMdx } from './serialize.ts';
import { IngestError, type Target } from './types.ts';
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
} {
  const errors: IngestError[] = [];
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
    if (!statSync(path).isFile() || name.startsWith('.') || /^readme/i.test(name)) continue;
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
  return { files, catalog, redirects, vocabulary, errors };
}

/** The contract's columns first, in their order; the 2026-11-23 additions after them (period as two columns). */
export const TARGET_COLUMNS = [
  'id', 'report', 'section', 'kind', 'indicator', 'value', 'valueMax', 'unit', 'comparator', 'deadline', 'quote', 'theme',
  'bound', 'headline', 'indicatorId', 'periodFrom', 'periodTo', 'annualAverage', 'estimated', 'canonicalValue', 'canonicalUnit',
] as const;

/** Writes the contract's data files (and one MDX file per report, for the site) into `out`. */
export function writeData(result: IngestResult, out: string, base = '/', vocabulary?: Vocabulary): void {
  rmSync(out, { recursive: true, force: true });
  mkdirSync(join(out, 'reports'), { recursive: true });
  mkdirSync(join(out, 'mdx'), { recursive: true });
  // Every whole-corpus file is written piece by piece (src/pipeline/write-stream.ts), never as one string: at ten
  // thousand reports targets.json alone is longer than V8's longest string. Same bytes as JSON.stringify / csvFormat.
  const json = (p: string, v: unknown) => writeJsonFile(join(out, p), v, 2);
  // The large files (each report, all targets) compact: a third smaller and quicker to write and read, at any size.
  const compactJson = (p: string, v: unknown) => writeJsonFile(join(out, p), v);
  json('reports.json', result.reports.map((r) => summarize(r, base)));
  for (const r of result.reports) {
    writeFileSync(join(out, 'reports', `${r.slug}.json`), JSON.stringify(r) + '\n');
    writeFileSync(join(out, 'mdx', `${r.slug}.mdx`), toMdx(r));
  }
  // The rows report by report, never gathered into one array.
  function* targets(): Generator<Target> {
    for (const r of result.reports) yield* r.targets;
  }
  compactJson('targets.json', targets());
  // The vocabulary the rows were matched against, so pages and downloads can name an indicator id in Chinese.
  if (vocabulary) json('indicators.json', { version: vocabulary.version, indicators: vocabulary.indicators });
  // UTF-8 with a byte-order mark, so that spreadsheet software reads the Chinese text correctly; the period as two columns.
  writeCsvFile(join(out, 'targets.csv'), targets(), TARGET_COLUMNS, ({ period, ...t }) => ({ ...t, periodFrom: period?.from ?? null, periodTo: period?.to ?? null }));
  json('build-log.json', { ...result.log, errors: result.errors.map((e) => ({ file: e.file, reason: e.reason })) });
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
function appendLogMember(path: string, key: string, value: unknown): void {
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
