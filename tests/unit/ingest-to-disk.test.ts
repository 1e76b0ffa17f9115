/**
 * The ingest written as it goes (ingestToDisk), on worker threads or not, against ingest() + writeData() and
 * pairOutcomes() + writeOutcomes(): the same files, byte for byte — a failed file, redirects (one to a report that is
 * not there), excerpts of one report merged, governments of several years included — and each report's search
 * document and text to take away, written by the module the site build gives it, as searchDocument() and
 * report-text.ts make them.
 */
import { copyFileSync, existsSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ingest } from '../../src/pipeline/ingest.ts';
import { ingestToDisk, readSeeds, writeData, writeOutcomes } from '../../src/pipeline/io.ts';
import { rowsOnly, withoutRows } from '../../src/pipeline/report-json.ts';
import { pairOutcomes } from '../../src/pipeline/outcomes.ts';
import { levelName } from '../../src/lib/data.ts';
import { markdownFile, reportMarkdown, reportPlainText, textFile } from '../../src/lib/report-text.ts';
import { searchDocument } from '../../src/publish/search-documents.ts';
import { fold, sectionHeading } from '../../src/publish/offline-search.ts';
import { PAIRS_DIR } from '../../src/publish/report-files.ts';
import { addEncodedPairs, addPairs } from '../../src/publish/search-parts.ts';

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => (statSync(join(dir, f)).isDirectory() ? filesUnder(join(dir, f)) : [join(dir, f)]));
}

/** The seeds with a file that is no report and a redirect for a report that is not there. */
function seedsWithErrors(): string {
  const dir = mkdtempSync(join(tmpdir(), 'atlas-seeds-'));
  for (const f of readdirSync('seeds')) copyFileSync(join('seeds', f), join(dir, f));
  copyFileSync('tests/fixtures/empty.txt', join(dir, 'empty.txt'));
  writeFileSync(join(dir, 'redirects.yaml'), `${readFileSync('seeds/redirects.yaml', 'utf8')}\nno-such-report-2020:\n  s1: s2\n`);
  return dir;
}

const CORPUS = '../shared/corpus';
const folders = ['seeds', 'tests/fixtures/history', seedsWithErrors(), ...(existsSync(CORPUS) ? [CORPUS] : [])];

describe.each(folders)('ingestToDisk on %s', (folder) => {
  const { files, catalog, redirects, vocabulary, errors } = readSeeds(folder);
  const whole = mkdtempSync(join(tmpdir(), 'atlas-whole-'));
  const result = ingest(files, catalog, redirects, vocabulary);
  result.errors.unshift(...errors);
  writeData(result, whole, '/', vocabulary);
  writeOutcomes(pairOutcomes(result.reports, vocabulary), whole);
  const expected = filesUnder(whole).map((f) => relative(whole, f)).sort();

  it.each([2, 1, 0])('writes the same files as ingest, writeData and writeOutcomes, on %i worker threads', async (workers) => {
    const streamed = mkdtempSync(join(tmpdir(), 'atlas-streamed-'));
    const documents = mkdtempSync(join(tmpdir(), 'atlas-documents-'));
    const texts = mkdtempSync(join(tmpdir(), 'atlas-texts-'));
    const site = { base: '/atlas/', siteUrl: 'https://example.org' };
    const perReport = { module: new URL('../../src/publish/report-files.ts', import.meta.url).href, options: { searchDocuments: documents, reportText: texts, ...site } };
    const disk = await ingestToDisk(readSeeds(folder).files, catalog, redirects, vocabulary, streamed, { readErrors: errors, workers, perReport });
    const history = disk.writeOutcomes();
    disk.close();
    expect(filesUnder(streamed).map((f) => relative(streamed, f)).sort()).toEqual(expected);
    for (const f of expected) expect(readFileSync(join(streamed, f)).equals(readFileSync(join(whole, f))), f).toBe(true);
    expect(disk.reports).toBe(result.reports.length);
    expect(disk.targetCount).toBe(result.reports.reduce((n, r) => n + r.targets.length, 0));
    expect(disk.droppedLines).toBe(result.log.dropped.length);
    expect(disk.errors.map((e) => e.message)).toEqual(result.errors.map((e) => e.message));
    expect(history.outcomes).toBe(pairOutcomes(result.reports, vocabulary).outcomes.length);
    // What the per-report module wrote (the site build's search documents and texts), one of each per report.
    expect(readdirSync(join(documents, 'reports')).sort()).toEqual(result.reports.map((r) => r.slug).sort());
    expect(readdirSync(texts).sort()).toEqual(result.reports.map((r) => r.slug).sort());
    for (const r of result.reports) {
      expect(readFileSync(join(documents, 'reports', r.slug, 'index.html'), 'utf8'), r.slug).toBe(searchDocument(r, levelName));
      // Its character pairs for the search parts' directory: its sections' text as the search page folds it.
      const pairs = new Set<number>();
      for (const s of r.sections) addPairs(fold(sectionHeading(s) + s.paragraphs.map((p) => p.text).join('')), pairs);
      const read = new Set<number>();
      addEncodedPairs(readFileSync(join(documents, PAIRS_DIR, `${r.slug}.pairs`)), read);
      expect([...read].sort((a, b) => a - b), r.slug).toEqual([...pairs].sort((a, b) => a - b));
      const url = `https://example.org/atlas/reports/${r.slug}/`;
      expect(readFileSync(join(texts, r.slug, textFile(r.slug)), 'utf8'), r.slug).toBe(reportPlainText(r, url));
      expect(readFileSync(join(texts, r.slug, markdownFile(r.slug)), 'utf8'), r.slug).toBe(reportMarkdown(r, url));
    }
  }, 120_000);
});

describe('a report read without its rows, and its rows alone', () => {
  it('is the report up to its rows, whatever its text says', () => {
    const { files, catalog, redirects, vocabulary } = readSeeds('seeds');
    const reports = ingest(files, catalog, redirects, vocabulary).reports;
    expect(reports.length).toBeGreaterThan(0);
    // A text that reads like the key of the rows is text all the same.
    reports[0].sections[0].paragraphs[0].text = ',"targets":[ 增长5% "引号" ]}';
    reports[0].sections[0].title = '"targets":[';
    for (const r of reports) {
      // The fields before the rows, as the report holds them; none after.
      const before: Record<string, unknown> = { ...r };
      for (const key of ['targets', 'provenance', 'redirects', 'previous', 'newPhrases']) delete before[key];
      expect(withoutRows(JSON.stringify(r))).toEqual({ ...before, targets: [] });
      expect(rowsOnly(JSON.stringify(r))).toEqual(r.targets);
      expect(rowsOnly(JSON.stringify({ ...r, targets: [] }))).toEqual([]);
    }
  });
});
