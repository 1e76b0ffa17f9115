/**
 * The offline editions by province (see scripts/offline-edition.ts, `--editions`): one zip per province (and 全国), one
 * after another — the same site restricted to the edition's reports: their report and place pages, the shared pages
 * (home, places, indicators, explorer, search, about) filtered to them (src/publish/offline.ts, editionHtml), indicator
 * pages with none of their rows left out, the data files and the explorer's row files made again from the edition's
 * reports alone. Memory holds one edition's derived data at a time.
 */
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { COMPARATOR_WORDS, KIND_WORDS, THEME_WORDS, levelName, provinceGroup } from '../lib/data.ts';
import { writeExplorerData } from '../lib/explorer-data.ts';
import { TARGET_COLUMNS } from '../pipeline/io.ts';
import type { Report, ReportSummary, Target } from '../pipeline/types.ts';
import { writeCsvFile } from '../pipeline/write-stream.ts';
import { filesUnder } from '../build/files.ts';
import type { EditionEntry } from './editions.ts';
import { editionHtml, editionsOf, linkedReports, type Edition, type EditionView } from './offline.ts';
import { readPack } from './pack.ts';
import type { ZipFile } from './zip.ts';

export interface ProvinceEditionOptions {
  site: string;
  base: string;
  data: string;
  work: string;
  /** The site's files that an edition may hold (the online-only ones left out). */
  siteFiles: string[];
  summaries: ReportSummary[];
  /** A folder of one offline search pack per edition (`<key>.pack`). */
  editionPacks: string;
  /** A folder of one term-index pack per edition. */
  editionTerms?: string;
  /** A zip under download/, written on the shared threads. */
  newZip: (file: string) => ZipFile;
  yearSpan: (ss: ReportSummary[]) => [number, number] | null;
}

export async function writeProvinceEditions({ site, base, data, work, siteFiles, summaries, editionPacks, editionTerms, newZip, yearSpan }: ProvinceEditionOptions): Promise<EditionEntry[]> {
  const listed: EditionEntry[] = [];
  const summaryOf = new Map(summaries.map((s) => [s.slug, s]));
  const t1 = performance.now();
  const editions = editionsOf(summaries);
  // Which editions each indicator page has rows of, read once: an edition then filters only its own pages.
  const indicatorPages = siteFiles.filter((n) => n.startsWith('indicators/') && n !== 'indicators/index.html' && n.endsWith('.html'));
  const editionOfSlug = new Map<string, string>();
  for (const e of editions) for (const slug of e.slugs) editionOfSlug.set(slug, e.key);
  const pagesOf = new Map<string, string[]>();
  for (const page of indicatorPages) {
    const keys = new Set([...linkedReports(readFileSync(join(site, page), 'utf8'), base)].map((s) => editionOfSlug.get(s)));
    for (const k of keys) if (k) (pagesOf.get(k) ?? pagesOf.set(k, []).get(k)!).push(page);
  }
  for (const e of editions) {
    const entry = await writeEdition(e, pagesOf.get(e.key) ?? []);
    listed.push(entry);
  }
  console.log(`offline editions: ${editions.length} by province written and zipped in ${((performance.now() - t1) / 1000).toFixed(1)} s (largest ${Math.round(Math.max(...listed.map((l) => l.bytes)) / 1024)} KB)`);
  return listed;

  async function writeEdition(e: Edition, indicatorPages: string[]): Promise<EditionEntry> {
    const slugs = new Set(e.slugs);
    const own = e.slugs.map((s) => summaryOf.get(s)!);
    const placeSlugs = new Set(own.map((s) => s.place?.slug).filter((s): s is string => !!s));
    // The pages every edition has (home, lists, explorer, search, about; scripts and styles), its reports' and places'
    // own pages; indicator pages are decided below, once filtered.
    const files = new Set<string>();
    for (const name of siteFiles) {
      const [top, second] = name.split('/');
      if (top === 'reports') { if (slugs.has(second)) files.add(name); }
      else if (top === 'places' && name !== 'places/index.html') { if (placeSlugs.has(second)) files.add(name); }
      else if (top === 'indicators' && name !== 'indicators/index.html') continue;
      else if (top === 'about' && second === 'log') continue;
      else if (top === 'data' || top === 'explorer' || name === 'download/index.html') continue;
      // The whole corpus's term index: the edition has its own (below), counting its own reports.
      else if (top === 'terms' && second === 'index') continue;
      else files.add(name);
    }
    for (const slug of e.slugs) files.add(`data/reports/${slug}.json`);
    for (const f of ['data/reports.json', 'data/targets.json', 'data/targets.csv', 'data/indicators.json']) files.add(f);
    const view: EditionView = {
      base,
      has: (f) => files.has(f),
      provinces: new Set(own.map((s) => provinceGroup(s) ?? '未知')),
      levels: new Set(own.map((s) => levelName(s) ?? '未知')),
      years: new Set(own.map((s) => (s.year === null ? '未知' : String(s.year)))),
      reportCount: own.length,
      targetCount: own.reduce((n, s) => n + s.targetCount, 0),
    };
    // An indicator page is in the edition when a row of the edition's reports is left on it: first whether any is
    // (so the pages link to each other only where both stay), then the pages themselves.
    const indicatorHtml = new Map<string, string>();
    for (const page of indicatorPages) {
      const html = editionHtml(readFileSync(join(site, page), 'utf8'), { ...view, has: (f) => files.has(f) || f.startsWith('indicators/') }, true);
      if ([...linkedReports(html, base)].some((s) => slugs.has(s))) {
        files.add(page);
        indicatorHtml.set(page, html);
      }
    }

    const zip = newZip(e.file);
    const addHtml = (name: string, html: string) => zip.addEntry({ name, html, offlineBase: base });
    for (const name of siteFiles) {
      if (!files.has(name) || name.startsWith('data/')) continue;
      if (indicatorHtml.has(name)) {
        await addHtml(name, editionHtml(indicatorHtml.get(name)!, view, true));
        continue;
      }
      if (!name.endsWith('.html')) await zip.addEntry({ name, path: join(site, name) });
      else await addHtml(name, editionHtml(readFileSync(join(site, name), 'utf8'), view, !(name.startsWith('reports/') || (name.startsWith('places/') && name !== 'places/index.html'))));
    }
    // The data files of the edition's reports: the whole-corpus files (outcomes, places, the build log) are not in it.
    await zip.add('data/reports.json', Buffer.from(JSON.stringify(own, null, 2) + '\n', 'utf8'));
    await zip.addEntry({ name: 'data/indicators.json', path: join(site, 'data', 'indicators.json') });
    const scratch = join(work, `edition-${e.key}`);
    rmSync(scratch, { recursive: true, force: true });
    mkdirSync(scratch, { recursive: true });
    const targetsJson: string[] = [];
    const explorerReports: { summary: ReportSummary; label: string; level: string | null; targets: Target[] }[] = [];
    for (const s of own) {
      const body = readFileSync(join(data, 'reports', `${s.slug}.json`));
      await zip.add(`data/reports/${s.slug}.json`, body);
      const r: Report = JSON.parse(body.toString('utf8'));
      for (const t of r.targets) targetsJson.push(JSON.stringify(t));
      explorerReports.push({ summary: s, label: reportLabel(s), level: levelName(s), targets: r.targets });
    }
    await zip.add('data/targets.json', Buffer.from(`[${targetsJson.join(',')}]\n`, 'utf8'));
    targetsJson.length = 0;
    const csv = join(scratch, 'targets.csv');
    writeCsvFile(csv, explorerReports.flatMap((r) => r.targets), TARGET_COLUMNS, ({ period, ...t }: Target) => ({ ...t, periodFrom: period?.from ?? null, periodTo: period?.to ?? null }));
    await zip.addEntry({ name: 'data/targets.csv', path: csv });
    // The explorer's files over the edition's rows alone, as the site's are made (scripts/site-data.ts).
    const explorer = join(scratch, 'explorer');
    writeExplorerData(explorer, explorerReports, { comparator: COMPARATOR_WORDS, kind: KIND_WORDS, theme: THEME_WORDS });
    for (const name of filesUnder(explorer)) await zip.addEntry({ name: `explorer/${name}`, path: join(explorer, name) });
    for (const [name, body] of readPack(join(editionPacks!, `${e.key}.pack`))) await zip.add(`search/offline/${name}`, body);
    if (editionTerms) for (const [name, body] of readPack(join(editionTerms, `${e.key}.pack`))) await zip.add(`terms/index/${name}`, body);
    const bytes = await zip.close();
    rmSync(scratch, { recursive: true, force: true });
    return { key: e.key, name: e.name, file: e.file, bytes, reports: own.length, targets: view.targetCount, years: yearSpan(own) };
  }

  /** How a report is named in the explorer's lists and charts: its place and year (as scripts/site-data.ts names it). */
  function reportLabel(s: ReportSummary) {
    return `${s.place?.name ?? s.city ?? s.province ?? s.title}${s.year ? ` ${s.year}` : ''}`;
  }
}
