/**
 * The place and indicator pages' own inputs, written beside the outcomes (writeOutcomes in io.ts): small files, one per
 * page, so that the site's render never holds every place's history at once.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { PlaceHistory } from './outcomes.ts';
import { BatchedFile, writeJsonFile } from './write-stream.ts';

/** The site's own inputs, not published (scripts/build.ts leaves the folder out of dist/data). */
export const PAGE_DATA_DIR = 'page-data';
/**
 * Beside the place and indicator pages' files: each report's provenance and source files (`sources/<slug>.json`,
 * written with the report, ingest-tasks.ts writeReportFiles), what the build log's pages show of it — so that those
 * pages read a few lines per report, not every report's JSON, which is mostly its rows.
 */
export const REPORT_SOURCES_DIR = 'sources';
/** A place as the places index lists it: its history without the rows, and how many of its targets were met or missed. */
export type PlaceIndexEntry = Omit<PlaceHistory, 'rows'> & { met: number; missed: number };

/**
 * What each place and indicator page needs, in a small file of its own (under `page-data/`), so that the render reads
 * one place's or one indicator's rows per page and never every place's history at once: `places.json` (the index:
 * every place without its rows), `places/<slug>.json` (one place's history), `indicators.json` (every indicator id
 * with its places and yearly targets, most places first) and `indicators/<id>.json` (the places with that indicator,
 * each with only its rows of it).
 */
export function writeHistoryPages(places: PlaceHistory[], out: string): void {
  const pages = new HistoryPages(out);
  for (const place of places) pages.add(place);
  pages.close();
}

/**
 * The same files written place by place, in the order given (by slug), each file as it grows: what is held is one
 * place and a count per indicator, whatever the number of places.
 */
export class HistoryPages {
  private readonly dir: string;
  private readonly index: BatchedFile;
  private indexed = 0;
  private readonly byIndicator = new Map<string, { file: BatchedFile; places: number; targets: number }>();
  constructor(out: string) {
    this.dir = join(out, PAGE_DATA_DIR);
    // Its own files only: the reports' sources are written beside them, report by report, before the places are.
    for (const own of ['places', 'indicators', 'places.json', 'indicators.json']) rmSync(join(this.dir, own), { recursive: true, force: true });
    mkdirSync(join(this.dir, 'places'), { recursive: true });
    mkdirSync(join(this.dir, 'indicators'), { recursive: true });
    this.index = new BatchedFile(join(this.dir, 'places.json'));
  }
  add(place: PlaceHistory): void {
    writeFileSync(join(this.dir, 'places', `${place.slug}.json`), JSON.stringify(place));
    const { rows, ...rest } = place;
    const cells = rows.flatMap((r) => r.cells);
    const entry: PlaceIndexEntry = { ...rest, met: cells.filter((c) => c.verdict === 'met').length, missed: cells.filter((c) => c.verdict === 'missed').length };
    this.index.write((this.indexed++ ? ',' : '[') + JSON.stringify(entry));
    for (const id of new Set(rows.map((r) => r.indicatorId))) {
      let list = this.byIndicator.get(id);
      if (!list) this.byIndicator.set(id, (list = { file: new BatchedFile(join(this.dir, 'indicators', `${id}.json`), 1 << 16), places: 0, targets: 0 }));
      const own = rows.filter((r) => r.indicatorId === id);
      list.file.write((list.places++ ? ',' : '[') + JSON.stringify({ ...place, rows: own }));
      list.targets += own.reduce((m, r) => m + r.cells.length, 0);
    }
  }
  close(): void {
    this.index.write(this.indexed ? ']\n' : '[]\n');
    this.index.close();
    for (const list of this.byIndicator.values()) {
      list.file.write(']\n');
      list.file.close();
    }
    const indicators = [...this.byIndicator]
      .map(([id, list]) => ({ id, places: list.places, targets: list.targets }))
      .sort((a, b) => b.places - a.places || a.id.localeCompare(b.id));
    writeJsonFile(join(this.dir, 'indicators.json'), indicators);
  }
}
