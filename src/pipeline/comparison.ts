/**
 * A report beside its government's previous report: for each indicator both set an annual target for, the target then
 * and now, and what the previous target came to (the outcome its next report states, and the verdict). Pure: read from
 * the one government's history (outcomes.ts pairOutcomes), so a report page needs that government's file and nothing
 * of the rest of the corpus.
 */
import type { HistoryCell, PlaceHistory, RowRef, Term, Verdict } from './outcomes.ts';

export interface ComparisonRow {
  indicatorId: string;
  term: Term;
  /** The unit the history row compares in (canonical where the vocabulary has one). */
  unit: string;
  /** The previous report's target, or null when it set none in these terms. */
  then: RowRef | null;
  /** This report's target, or null when it sets none in these terms. */
  now: RowRef | null;
  /** The outcome the year after the previous report states for its target, or null. */
  outcome: RowRef | null;
  /** met / missed / not-stated; null when there is no previous target, or no report of the year after it to say. */
  verdict: Verdict | null;
  /** Why no verdict, or what else the next report said (the history cell's note). */
  note: string | null;
}

export interface Comparison {
  report: string;
  previous: string;
  /** The year the previous report planned for: its targets are that year's. */
  previousYear: number;
  year: number;
  rows: ComparisonRow[];
}

/**
 * The comparison of `report` with `previous`, both reports of `place`; null when either is not among its reports or
 * has no year. Rows: every history row (indicator, terms, unit) of an indicator id that both reports target — an
 * indicator set in other terms on one side still shows, with a dash for the missing side — in the history's order.
 */
export function compareWithPrevious(place: PlaceHistory, report: string, previous: string): Comparison | null {
  const year = place.reports.find((r) => r.slug === report)?.year ?? null;
  const previousYear = place.reports.find((r) => r.slug === previous)?.year ?? null;
  if (year === null || previousYear === null) return null;
  // A history holds one cell per year: the cell is this report's only when its target row comes from this report (a
  // second document of the same year, an action plan, does not take the work report's cell).
  const cellOf = (cells: HistoryCell[], slug: string) => cells.find((c) => c.target.report === slug) ?? null;
  const targetedBy = (slug: string) => new Set(place.rows.filter((row) => cellOf(row.cells, slug)).map((row) => row.indicatorId));
  const nowIds = targetedBy(report);
  const both = new Set([...targetedBy(previous)].filter((id) => nowIds.has(id)));
  const rows = place.rows
    .filter((row) => both.has(row.indicatorId))
    .flatMap((row): ComparisonRow[] => {
      const then = cellOf(row.cells, previous);
      const now = cellOf(row.cells, report);
      if (!then && !now) return [];
      return [{
        indicatorId: row.indicatorId,
        term: row.term,
        unit: row.unit,
        then: then?.target ?? null,
        now: now?.target ?? null,
        outcome: then?.outcome ?? null,
        verdict: then?.verdict ?? null,
        note: then?.note ?? null,
      }];
    });
  return { report, previous, previousYear, year, rows };
}
