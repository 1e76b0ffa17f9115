/**
 * The files the site build makes of each report, written as the ingest builds it (scripts/ingest.ts
 * --search-documents / --report-text, ingestToDisk's per-report module): its search document (search-documents.ts) at
 * `<searchDocuments>/reports/<slug>/index.html`, the page's path, so that Pagefind sees the site's URLs; and its text
 * to take away (src/lib/report-text.ts) at `<reportText>/<slug>/<slug>.txt|.md`, linked beside its page; and the
 * character pairs of its text at `<searchDocuments>/pairs/<slug>.pairs`, which the build joins per search part; and its
 * sections as the offline search holds them at `<searchDocuments>/sections/<slug>.json`, which the site data reads
 * instead of the report's JSON. Why during the ingest: the report is in memory there, on the ingest's worker threads,
 * so its text is not read back and parsed again by the steps after it, its lines are cut into words once for this and
 * for its phrase candidates, and Pagefind can start as soon as the ingest ends. None of these files holds anything the
 * steps over all reports add (previous report, new phrases, redirects).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { levelName } from '../lib/data.ts';
import { markdownFile, reportMarkdown, reportPlainText, textFile } from '../lib/report-text.ts';
import type { PerReportShared } from '../pipeline/ingest-tasks.ts';
import type { Report } from '../pipeline/types.ts';
import { fold, searchSections, sectionHeading } from './offline-search.ts';
import { searchDocument } from './search-documents.ts';
import { encodeTextPairs } from './search-parts.ts';

/** The folder, in the search documents', of each report's character pairs (`<slug>.pairs`, encodePairs). */
export const PAIRS_DIR = 'pairs';
/**
 * The folder, in the search documents', of each report's sections as the offline search holds them (`<slug>.json`,
 * searchSections): what the offline search and the index of 词语历年 read of a report (scripts/site-data.ts), a fifth of
 * its JSON, which is mostly its rows.
 */
export const SECTIONS_DIR = 'sections';

export interface ReportFilesOptions {
  searchDocuments?: string;
  reportText?: string;
  /** The site's base path and, when known, its address: a text names the page it came from. */
  base: string;
  siteUrl?: string;
}

/** The page's address: absolute where the site's is known (SITE_URL), so that a copy taken from an edition names it. */
export const pageUrl = (slug: string, base: string, siteUrl?: string) => (siteUrl ? new URL(`${base}reports/${slug}/`, siteUrl).href : `${base}reports/${slug}/`);

/**
 * The folders made already, by the options of one ingest (each worker thread has its own copy of them, and of this
 * module): a folder shared by every report (pairs/, sections/) is made once, not once a report.
 */
const madeFolders = new WeakMap<ReportFilesOptions, Set<string>>();
/** Makes a folder shared by the reports, with its parents, unless this ingest's thread made it already. */
function makeFolder(options: ReportFilesOptions, dir: string): void {
  let made = madeFolders.get(options);
  if (!made) madeFolders.set(options, (made = new Set()));
  if (made.has(dir)) return;
  mkdirSync(dir, { recursive: true });
  made.add(dir);
}

/**
 * What is written of a report on the thread that reads its words (ingest-tasks.ts PerReport): its search document,
 * and its plain text to take away — which needs no words, but keeps the two threads' shares of the work about even
 * (ownFiles writes its Markdown).
 */
export function wordFiles(report: Report, options: ReportFilesOptions, shared?: PerReportShared): void {
  if (options.searchDocuments) {
    mkdirSync(join(options.searchDocuments, 'reports', report.slug), { recursive: true });
    writeFileSync(join(options.searchDocuments, 'reports', report.slug, 'index.html'), searchDocument(report, levelName, shared?.words));
  }
  if (options.reportText) {
    const dir = join(options.reportText, report.slug);
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, textFile(report.slug)), reportPlainText(report, pageUrl(report.slug, options.base, options.siteUrl)));
  }
}

/** What is written of a report on the thread that builds it: its character pairs and sections, its Markdown to take away. */
export function ownFiles(report: Report, options: ReportFilesOptions): void {
  if (options.searchDocuments) {
    // Its character pairs, for the search parts' directory (src/publish/search-parts.ts): a section's text as the
    // search page checks it, its heading and paragraphs folded (public/search.js, exactGroup).
    const pairs = encodeTextPairs(report.sections.map((s) => fold(sectionHeading(s) + s.paragraphs.map((p) => p.text).join(''))));
    makeFolder(options, join(options.searchDocuments, PAIRS_DIR));
    writeFileSync(join(options.searchDocuments, PAIRS_DIR, `${report.slug}.pairs`), pairs);
    makeFolder(options, join(options.searchDocuments, SECTIONS_DIR));
    writeFileSync(join(options.searchDocuments, SECTIONS_DIR, `${report.slug}.json`), JSON.stringify(searchSections(report)));
  }
  if (options.reportText) {
    const dir = join(options.reportText, report.slug);
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, markdownFile(report.slug)), reportMarkdown(report, pageUrl(report.slug, options.base, options.siteUrl)));
  }
}
