/**
 * The place and indicator pages' own inputs, written beside the outcomes (writeOutcomes in io.ts): small files, one per
 * page, so that the site's render never holds every place's history at once.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { PlaceHistory } from './outcomes.ts';
import { writeJsonFile } from './write-stream.ts';

/** The site's own inputs, not published (scripts/build.ts leaves the folder out of dist/data). */
export const PAGE_DATA_DIR = 'page-data';
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
  const dir = join(out, PAGE_DATA_DIR);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(join(dir, 'places'), { recursive: true });
  mkdirSync(join(dir, 'indicators'), { recursive: true });
  const byIndicator = new Map<string, PlaceHistory[]>();
  const index: PlaceIndexEntry[] = [];
  for (const place of places) {
    writeFileSync(join(dir, 'places', `${place.slug}.json`), JSON.stringify(place));
    const { rows, ...rest } = place;
    const cells = rows.flatMap((r) => r.cells);
    index.push({ ...rest, met: cells.filter((c) => c.verdict === 'met').length, missed: cells.filter((c) => c.verdict === 'missed').length });
    for (const id of new Set(rows.map((r) => r.indicatorId))) {
      const list = byIndicator.get(id) ?? [];
      byIndicator.set(id, list);
      list.push({ ...place, rows: rows.filter((r) => r.indicatorId === id) });
    }
  }
  writeJsonFile(join(dir, 'places.json'), index);
  const indicators = [...byIndicator]
    .map(([id, list]) => ({ id, places: list.length, targets: list.reduce((n, p) => n + p.rows.reduce((m, r) => m + r.cells.length, 0), 0) }))
    .sort((a, b) => b.places - a.places || a.id.localeCompare(b.id));
  writeJsonFile(join(dir, 'indicators.json'), indicators);
  for (const [id, list] of byIndicator) writeJsonFile(join(dir, 'indicators', `${id}.json`), list);
}

