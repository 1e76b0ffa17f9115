/**
 * The build log in pages of a fixed number of reports, so that no page grows with the corpus: /about/ holds the
 * totals, /about/log/<n>/ the sources, field origins, notes and dropped lines of its reports.
 */
import type { BuildLog } from '../pipeline/ingest.ts';

export const LOG_PAGE_SIZE = 50;

export interface LogPage {
  /** 1-based page number, the last part of its path. */
  n: number;
  reports: BuildLog['reports'];
  dropped: BuildLog['dropped'];
  usedAsMetadata: BuildLog['usedAsMetadata'];
}

/** The log's reports in pages of `size`, each with the dropped and front-matter lines of its reports' own files. */
export function logPages(log: Pick<BuildLog, 'reports' | 'dropped' | 'usedAsMetadata'>, size = LOG_PAGE_SIZE): LogPage[] {
  const pageOfFile = new Map<string, number>();
  const pages: LogPage[] = [];
  log.reports.forEach((r, i) => {
    const k = Math.floor(i / size);
    if (!pages[k]) pages[k] = { n: k + 1, reports: [], dropped: [], usedAsMetadata: [] };
    pages[k].reports.push(r);
    for (const f of r.sources) pageOfFile.set(f, k);
  });
  // A line of a file that is in no report (none today) still gets listed: on the first page.
  for (const d of log.dropped) pages[pageOfFile.get(d.file) ?? 0]?.dropped.push(d);
  for (const m of log.usedAsMetadata) pages[pageOfFile.get(m.file) ?? 0]?.usedAsMetadata.push(m);
  return pages;
}
