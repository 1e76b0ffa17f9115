/**
 * File-system edge of the pipeline, shared by the CLIs: reading a seeds folder and its catalog, and writing the
 * data files of the contract. Kept apart from the pure stages so they stay testable on in-memory fixtures.
 */
import { mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { csvFormat } from 'd3-dsv';
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';
import { ingest, summarize, type IngestResult, type InputFile, type Redirects } from './ingest.ts';
import { CatalogSchema, type Catalog } from './metadata.ts';
import { type OutcomesResult } from './outcomes.ts';
import { toMdx } from './serialize.ts';
import { IngestError } from './types.ts';

export const CATALOG_FILE = 'catalog.yaml';
export const REDIRECTS_FILE = 'redirects.yaml';
const RedirectsSchema = z.record(z.string(), z.record(z.string().regex(/^[a-z0-9-]+$/), z.string().regex(/^[a-z0-9-]+$/)));

/** Every regular file of the folder is a report, except the catalog and hidden or README files. */
export function readSeeds(dir: string): { files: InputFile[]; catalog: Catalog; redirects: Redirects; errors: IngestError[] } {
  const errors: IngestError[] = [];
  let catalog: Catalog = { files: {} };
  let redirects: Redirects = {};
  const names = readdirSync(dir).sort();
  const files: InputFile[] = [];
  for (const name of names) {
    const path = join(dir, name);
    if (!statSync(path).isFile() || name.startsWith('.') || /^readme/i.test(name)) continue;
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
    files.push({ name, bytes: readFileSync(path) });
  }
  if (files.length === 0) errors.push(new IngestError(dir, 'no report files in the seeds folder'));
  return { files, catalog, redirects, errors };
}

export const TARGET_COLUMNS = [
  'id', 'report', 'section', 'kind', 'indicator', 'value', 'valueMax', 'unit', 'comparator', 'deadline', 'quote', 'theme',
] as const;

/** Writes the contract's data files (and one MDX file per report, for the site) into `out`. */
export function writeData(result: IngestResult, out: string, base = '/'): void {
  rmSync(out, { recursive: true, force: true });
  mkdirSync(join(out, 'reports'), { recursive: true });
  mkdirSync(join(out, 'mdx'), { recursive: true });
  const json = (p: string, v: unknown) => writeFileSync(join(out, p), JSON.stringify(v, null, 2) + '\n');
  json('reports.json', result.reports.map((r) => summarize(r, base)));
  for (const r of result.reports) {
    json(`reports/${r.slug}.json`, r);
    writeFileSync(join(out, 'mdx', `${r.slug}.mdx`), toMdx(r));
  }
  const targets = result.reports.flatMap((r) => r.targets);
  json('targets.json', targets);
  // UTF-8 with a byte-order mark, so that spreadsheet software reads the Chinese text correctly.
  writeFileSync(join(out, 'targets.csv'), '\uFEFF' + csvFormat(targets, [...TARGET_COLUMNS]) + '\n');
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
  const json = (p: string, v: unknown) => writeFileSync(join(out, p), JSON.stringify(v, null, 2) + '\n');
  json('outcomes.json', history.outcomes);
  writeFileSync(join(out, 'outcomes.csv'), '\uFEFF' + csvFormat(history.outcomes, [...OUTCOME_COLUMNS]) + '\n');
  // Compact: a build-time input of the place pages, large at a thousand reports.
  writeFileSync(join(out, 'places.json'), JSON.stringify(history.places) + '\n');
  const log = JSON.parse(readFileSync(join(out, 'build-log.json'), 'utf8'));
  json('build-log.json', { ...log, outcomes: history.notes });
}
