/**
 * A report's JSON as the ingest writes it (ingest-tasks.ts writeReportFiles), read in part: without its rows, or its
 * rows alone. The rows are about half of a report's JSON and its text about a quarter, and most readers of a report
 * need one or the other: parsing only that part is that much less to read. Kept apart from the ingest's modules, so
 * that a reader of the data (the site data) loads nothing more.
 *
 * The JSON's keys come in the order the pipeline's reports hold them (types.ts Report): `targets` after `sections`,
 * `provenance` after `targets`. No key before the rows is named `targets`, no key of a row `provenance`, and a quote
 * inside a text is escaped, so `,"targets":[` stands nowhere before the rows and `],"provenance":` nowhere inside them.
 * Where either is not found, the whole JSON is read.
 */
import type { Report } from './types.ts';

const ROWS_KEY = ',"targets":[';
const AFTER_ROWS_KEY = '],"provenance":';

/** The report without its rows and what follows them (`targets` empty; no provenance, redirects, previous report or new phrases). */
export function withoutRows(json: string): Report {
  const at = json.indexOf(ROWS_KEY);
  if (at < 0) return JSON.parse(json);
  return { ...JSON.parse(`${json.slice(0, at)}}`), targets: [] };
}

/**
 * The report's rows, nothing else of it read. Given the file's bytes (UTF-8), only the rows' bytes are decoded: the keys
 * are ASCII, which no byte of a longer UTF-8 character equals, so they stand first at the same place in bytes as in text.
 */
export function rowsOnly(json: string | Buffer): Report['targets'] {
  const from = json.indexOf(ROWS_KEY);
  const to = from < 0 ? -1 : json.indexOf(AFTER_ROWS_KEY, from);
  if (to < 0) return (JSON.parse(json.toString()) as Report).targets;
  return JSON.parse(typeof json === 'string' ? json.slice(from + ROWS_KEY.length - 1, to + 1) : json.toString('utf8', from + ROWS_KEY.length - 1, to + 1));
}
