/**
 * The offline editions (see scripts/offline-edition.ts for the command): from the rendered site, pages rewritten to relative
 * links and the sharded classic-script search index instead of Pagefind, each written straight into its zip under
 * SITE/download/ — the whole site, and one edition per province (and 全国) restricted to its reports
 * (src/publish/province-editions.ts).
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ReportSummary } from '../pipeline/types.ts';
import { filesUnder } from '../build/files.ts';
import { markdownFile } from '../lib/report-text.ts';
import { OFFLINE_ZIP_NAME } from './offline-html.ts';
import { readPack } from './pack.ts';
import { PackPool, ZipFile } from './zip.ts';

/**
 * What no edition holds: the online search bundle, the downloads, the service worker and its list, the sitemap — and
 * each report's Markdown, which its plain text beside it repeats (the same text, headings and section ids): an
 * edition keeps the plain text, which opens in any browser from disk, and its report pages link the Markdown only
 * online (data-online-only). The two were a fifth of a province edition's bytes (README, Offline editions).
 */
const online = (name: string) =>
  name.startsWith('pagefind/') || name.startsWith('download/') || name === 'sw.js' || name === 'offline.json' || name.startsWith('sitemap') || isReportMarkdown(name);
const isReportMarkdown = (name: string) => {
  const [top, slug, file] = name.split('/');
  return top === 'reports' && file === markdownFile(slug);
};

export interface EditionEntry {
  key: string;
  name: string;
  file: string;
  bytes: number;
  reports: number;
  targets: number;
  years: [number, number] | null;
}
export interface EditionOptions {
  /** The rendered site (its download/ folder receives the zips). */
  site: string;
  base: string;
  /** The ingest's data folder. */
  data: string;
  /** A scratch folder. */
  work: string;
  /** The whole corpus's offline search pack: the whole-site edition. */
  search?: string;
  /** A folder of one offline search pack per edition (`<key>.pack`): the editions by province. */
  editions?: string;
  /** A folder of one term-index pack per edition. */
  editionTerms?: string;
}

export async function writeOfflineEditions({ site, base, data, work, search, editions: editionPacks, editionTerms }: EditionOptions): Promise<void> {
  const listed: EditionEntry[] = [];
  const t0 = performance.now();
  // The entries of every zip are read, rewritten and deflated on these threads (started first: they load their code
  // while this one lists the site).
  const pool = new PackPool();
  mkdirSync(join(site, 'download'), { recursive: true });
  const siteFiles = filesUnder(site).filter((n) => !online(n));
  const summaries: ReportSummary[] = JSON.parse(readFileSync(join(data, 'reports.json'), 'utf8'));
  const yearSpan = (ss: ReportSummary[]): [number, number] | null => {
    const ys = ss.map((s) => s.year).filter((y): y is number => y !== null);
    return ys.length ? [Math.min(...ys), Math.max(...ys)] : null;
  };

  const newZip = (file: string) => new ZipFile(join(site, 'download', file), pool.pack, pool.inFlight);
  if (search) {
    const zip = newZip(OFFLINE_ZIP_NAME);
    for (const name of siteFiles) await zip.addEntry({ name, path: join(site, name), offlineBase: name.endsWith('.html') ? base : undefined });
    for (const [name, body] of readPack(search)) await zip.add(`search/offline/${name}`, body);
    const bytes = await zip.close();
    listed.push({ key: 'all', name: '全部', file: OFFLINE_ZIP_NAME, bytes, reports: summaries.length, targets: summaries.reduce((n, s) => n + s.targetCount, 0), years: yearSpan(summaries) });
    console.log(`offline edition: whole site written and zipped in ${((performance.now() - t0) / 1000).toFixed(1)} s (${Math.round(bytes / 1024)} KB)`);
  }

  if (editionPacks) {
    // Their own module, loaded only for them: it needs the ingest's column list and the gazetteer, which the whole-site
    // edition does not (≈ 0.17 CPU-s of imports).
    const { writeProvinceEditions } = await import('./province-editions.ts');
    listed.push(...(await writeProvinceEditions({ site, base, data, work, siteFiles, summaries, editionPacks, editionTerms, newZip, yearSpan })));
  }
  await pool.close();
  writeFileSync(join(site, 'download', 'editions.json'), JSON.stringify(listed, null, 2) + '\n');
}
