/**
 * npm run build: ingest seeds/ → Astro renders (the report pages in parts, then the other pages), and beside them the
 * explorer and offline search files and the Pagefind index (of search documents the ingest writes, in batches,
 * merged) → data files → offline edition (zip) → service worker.
 * Any failed step, a failed file included, fails the build and leaves no partial site in dist/.
 * SITE_BASE=/atlas/ builds for a sub-path; ATLAS_OUT_DIR changes the output folder (default dist), ATLAS_SEEDS the
 * reports read (default seeds), ATLAS_WORK the folder for intermediate files (default .atlas).
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { join, relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { ReportSummary } from '../src/pipeline/types.ts';
import type { EditionEntry } from '../src/publish/editions.ts';
import { shareCompileCache } from '../src/build/compile-cache.ts';

// Every process the build starts keeps its compiled modules for the next build (src/build/compile-cache.ts), and so
// does this one: its own modules are imported below, once the cache is on — imported statically, they were compiled
// before any line here ran (≈ 0.15 s of CPU at every build, before the ingest could start).
shareCompileCache(resolve('.'), process.env, { here: true });
const [
  { normalizeBase },
  { BatchQueue },
  { evenBatches, linkOrCopy, linkTree },
  { editionPlan, editionsOf, OFFLINE_ZIP_NAME },
  { writeServiceWorker },
  { compareCodePoints, mergePagefind, writePartsDirectory },
  { PAIRS_DIR, SECTIONS_DIR },
  { addEncodedPairs, DEFAULT_PART_REPORTS, PART_CHUNK_LOCATIONS, pairTokenOf, PARTS_DIRECTORY, planSearchParts, SEARCH_PARTS_FILE, searchPartsManifest },
  { INDEX_LANGUAGE, PUBLISHED_LANGUAGE },
  { PAGE_DATA_DIR },
] = await Promise.all([
  import('../src/build/base.ts'),
  import('../src/build/batch-queue.ts'),
  import('../src/build/files.ts'),
  import('../src/publish/offline.ts'),
  import('../src/publish/service-worker.ts'),
  import('../src/publish/pagefind-merge.ts'),
  import('../src/publish/report-files.ts'),
  import('../src/publish/search-parts.ts'),
  import('../src/publish/search-documents.ts'),
  import('../src/pipeline/history-pages.ts'),
]);

const OUT = process.env.ATLAS_OUT_DIR ?? 'dist';
const SEEDS = process.env.ATLAS_SEEDS ?? 'seeds';
const WORK = process.env.ATLAS_WORK ?? '.atlas';
const DATA = join(WORK, 'data');
const base = normalizeBase(process.env.SITE_BASE);
const timings: Record<string, number> = {};

function step<T>(name: string, fn: () => T): T {
  const t0 = performance.now();
  const r = fn();
  timings[name] = performance.now() - t0;
  return r;
}

function run(args: string[], env: Record<string, string> = {}): void {
  const r = spawnSync(process.execPath, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  if (r.status !== 0) fail(`${args.join(' ')} exited with ${r.status}`);
}

/** Steps running in their own process beside the build's own work (Astro, Pagefind), and the renders' roots. */
const running = new Set<ChildProcess>();
const renderRoots = new Set<string>();

function fail(message: string): never {
  // A step that fails while another runs beside it must not leave that one writing into the output folder.
  for (const child of running) child.kill('SIGKILL');
  for (const root of renderRoots) rmSync(root, { recursive: true, force: true });
  rmSync(OUT, { recursive: true, force: true });
  console.error(`build failed: ${message}; nothing was published to ${OUT}/`);
  process.exit(1);
}

// An exception in the build's own steps (explorer files, offline edition …) fails the build like a failed process.
process.on('uncaughtException', (e) => fail(e.stack ?? e.message));
const astro = resolve('node_modules', 'astro', 'bin', 'astro.mjs');
/**
 * Pagefind's executable, run as itself rather than through its npm runner (lib/runner/bin.cjs, a Node process per batch
 * only to start it: ≈ 35 ms of CPU and 40 ms before the batch begins), found as the runner finds it.
 */
const { resolveBinaryPath } = (await import(pathToFileURL(resolve('node_modules', 'pagefind', 'lib', 'resolveBinary.js')).href)) as { resolveBinaryPath: (names: string[]) => string };
const pagefindBinary = resolveBinaryPath(['pagefind_extended', 'pagefind']);

const EXPLORER_STAGE = join(WORK, 'explorer');
/** Each report's text as .txt and .md, `<slug>/…`, linked beside its page (src/lib/report-text.ts). */
const REPORT_TEXT_STAGE = join(WORK, 'report-text');
const OFFLINE_SEARCH_STAGE = join(WORK, 'offline-search.pack');
const EDITION_SEARCH_STAGE = join(WORK, 'edition-search');
/** The index of 词语历年 (src/publish/term-index.ts), linked into the site at terms/index/; one pack per province edition. */
const TERM_INDEX_STAGE = join(WORK, 'term-index');
const EDITION_TERMS_STAGE = join(WORK, 'edition-terms');
const SEARCH_DOCUMENTS = join(WORK, 'search-documents');
const started = performance.now();
rmSync(OUT, { recursive: true, force: true });
const RENDER = join(WORK, 'render');
rmSync(RENDER, { recursive: true, force: true });

// The render of the whole site starts before the ingest: its start-up and bundling (≈ 1.7 s of CPU) need no data, and
// the ingest leaves the second core idle. It makes no page before the file INGESTED exists (ATLAS_WAIT_FOR, see
// astro.config.mjs), which is written once the ingest is done and the corpus turns out to fit one render; a corpus
// that needs several renders cancels it.
const INGESTED = resolve(WORK, 'ingested');
rmSync(INGESTED, { force: true });
const wholeSite = startRender(OUT, { ATLAS_MDX_DIR: resolve(DATA, 'mdx'), ATLAS_WAIT_FOR: INGESTED });
// The ingest keeps in memory where each report's pieces wait on disk and little else (scripts/ingest.ts →
// ingestToDisk, its work on worker threads that hold one file or report each): about 30 MB live at 1,000 and at 2,000
// reports. Its old generation is capped so that V8 collects as it goes instead of growing to what the machine allows
// beside the waiting render (ATLAS_INGEST_HEAP_MB overrides), and its young one so that writing the corpus files,
// which makes many short strings, does not grow it to 200 MB (64 MB semi-spaces) for garbage.
const INGEST_HEAP_MB = Number(process.env.ATLAS_INGEST_HEAP_MB ?? 1536);
// It also writes each report's search document (what Pagefind indexes) and its text to take away, as the report is
// built (src/publish/report-files.ts).
step('ingest', () => run([`--max-old-space-size=${INGEST_HEAP_MB}`, '--max-semi-space-size=16', 'scripts/ingest.ts', '--seeds', SEEDS, '--out', DATA, '--base', base, '--search-documents', SEARCH_DOCUMENTS, '--report-text', REPORT_TEXT_STAGE]));
const summaries: ReportSummary[] = JSON.parse(readFileSync(join(DATA, 'reports.json'), 'utf8'));
/**
 * What each process holds at most (bytes, PSS measured by the bench), for the memory budget: a render (0.84 GB at 1,000
 * reports, 1.24 GB at 10,000: the pages that are not reports grow with the corpus — the home page's list, the indicator
 * pages), a Pagefind batch (≈ 32 bytes per byte of search documents it reads), the site data (below). Set from those measures, not lower: at 0.75 and 0.5 GB the queue let a render, the site
 * data and a Pagefind batch run together, 2.18 GB summed at 1,000 reports.
 */
const perThousand = (base: number, per: number) => base + (per * summaries.length) / 1000;
const RENDER_BYTES = perThousand(0.8e9, 45e6);
/**
 * A render of report pages alone (every part but the last, which makes the other pages): 0.54–0.60 GB at 1,000 and
 * 2,000 reports, the parts of one size whatever the corpus (ATLAS_RENDER_PART_BYTES).
 */
const REPORT_PART_BYTES = 0.7e9;
const PAGEFIND_BASE_BYTES = 50e6;
const PAGEFIND_BYTES_PER_BYTE = 32;
/**
 * The site data (explorer files, the indexes of the whole corpus) and the edition data (each province edition's
 * indexes): written a report at a time, the indexes spilling their postings. Measured with 16 MB semi-spaces: 0.48 GB
 * at 1,000 reports for the one process there (the whole-site edition); at 2,000, 0.43 and 0.57 GB (RSS).
 */
const SITE_DATA_BYTES = perThousand(0.45e9, 15e6);
const EDITION_DATA_BYTES = perThousand(0.5e9, 20e6);
// Offline editions (src/publish/offline.ts, editionPlan): the whole site in one zip while it is small, one zip per
// province (and 全国) once it is large, judged by the size of the reports' data.
const editions = (() => {
  try {
    return editionPlan(summaries.reduce((n, s) => n + statSync(join(DATA, 'reports', `${s.slug}.json`)).size, 0));
  } catch (e) {
    fail((e as Error).message);
  }
})();
/** The Pagefind merge, in the build's own process: 0.37–0.44 GB at 1,000–2,000 reports, 0.78 GB at 10,000, 0.1 GB of it the process's own. */
const MERGE_BYTES = perThousand(0.23e9, 45e6);
/**
 * The offline editions' process: the whole site's (0.83 GB at 1,000 reports), or one edition after another, holding the
 * largest edition's derived data — 0.32–0.37 GB at 2,000 reports, whose largest edition has 140; 0.96–0.99 GB at
 * 10,000, whose largest has 700: 0.19 GB and 1.14 MB a report of the largest edition. Beside the merge at 10,000.
 * Its two zip threads (src/publish/zip-pack.ts) add their heaps: ≈ 0.05 GB more on the development corpus's editions.
 */
const EDITIONS_BYTES = editions.split ? 0.24e9 + 1.14e6 * Math.max(0, ...editionsOf(summaries).map((e) => e.slugs.length)) : 0.9e9;
// Astro renders the site in one process for most corpora (a very large one in parts, each its own process: see
// reportParts), the last part with every page that is not a report (from the data files alone). Beside the render run
// the build's other processes, which need only the ingested data: the explorer's row files and the indexes of the
// whole corpus (site data) and of each province edition (edition data), and Pagefind over the search documents the
// ingest wrote (its own processes, in batches of bounded size), whose bundles are merged into one
// (src/publish/pagefind-merge.ts); then the offline editions, once the renders and the site data are done.
// Every render has a root of its own (startRender), so neither two renders of one build nor two builds with different
// output folders share Astro's state.
const parts = reportParts();
// Awaited: the last part renders into the same output folder, so into the same root, which the cancelled one removes.
if (parts.length === 1) writeFileSync(INGESTED, '');
else await wholeSite.cancel();
/**
 * One Astro render into `outDir`, with a root of its own (ATLAS_RENDER_ROOT, see astro.config.mjs) inside the project,
 * named by its outDir, as its working folder: renders run side by side, and Astro keeps per-render state in the root
 * (generated content modules, content store) and stages prerender chunks in `<cwd>/.astro/` when the outDir lies
 * outside the working folder (inside the project, so that the chunks resolve its packages).
 */
function startRender(outDir: string, env: Record<string, string>): Started {
  const out = resolve(outDir);
  const project = resolve('.');
  const root = join(project, '.atlas', 'roots', `render-${createHash('sha256').update(out).digest('hex').slice(0, 16)}`);
  rmSync(root, { recursive: true, force: true });
  mkdirSync(root, { recursive: true });
  const args = [astro, 'build', '--silent', '--root', root, '--config', relative(root, join(project, 'astro.config.mjs'))];
  // Paths absolute: the render's working folder is its root. ATLAS_BUILD_PID: a render waiting for the ingest gives up
  // if this build is gone.
  // No usage report from the render: it is a step of this build, on machines that are often offline, and Astro's
  // telemetry asks git about the project at every render (≈ 0.1 s of CPU).
  const renderEnv = { ASTRO_TELEMETRY_DISABLED: '1', SITE_BASE: base, ATLAS_WORK: resolve(WORK), ATLAS_SEEDS: resolve(SEEDS), ATLAS_OUT_DIR: out, ATLAS_RENDER_ROOT: root, ATLAS_BUILD_PID: String(process.pid), ...env };
  const started = start(args, renderEnv, root);
  renderRoots.add(root);
  const cleanUp = () => {
    rmSync(root, { recursive: true, force: true });
    renderRoots.delete(root);
  };
  return { done: started.done.then(cleanUp), cancel: () => started.cancel().then(cleanUp) };
}
// Beside the renders, two processes at a time, within the memory budget (see BatchQueue). The build ends when the
// offline editions do, and they need the renders, the site data and the edition data: those two go first and hold
// their places (the edition data, the longest, first of all). Pagefind's batches, which lead only to the merge, wait
// for the renders to end: beside a render and the site data, a batch took a third of the two cores from the site data,
// which then ended seconds after the render while the zipping of the offline editions after it left part of a core
// idle; now the batches run beside what is left of the site data and beside the offline editions. (On a large corpus
// the site data and the edition data held both places beside the renders already.) The build's own process (≈ 0.1 GB
// while the renders run) is left out of the budget: 2 GB in all.
const MEMORY_BUDGET = Number(process.env.ATLAS_MEMORY_BUDGET_BYTES ?? 1.8e9);
if (!(MEMORY_BUDGET > 0)) fail(`ATLAS_MEMORY_BUDGET_BYTES must be a positive number, not ${process.env.ATLAS_MEMORY_BUDGET_BYTES}`);
// The search index in parts by year, newest first, each at most ATLAS_SEARCH_PART_REPORTS reports
// (src/publish/search-parts.ts): the ingest writes each report's character pairs (for the parts' directory),
// Pagefind indexes each part in batches of its own and the merge makes each its own index.
const SEARCH_PART_REPORTS = Number(process.env.ATLAS_SEARCH_PART_REPORTS ?? DEFAULT_PART_REPORTS);
const searchParts = (() => {
  try {
    return planSearchParts(summaries, SEARCH_PART_REPORTS);
  } catch (e) {
    fail((e as Error).message);
  }
})();
// Three at a time once no render is left, memory allowing: the site data (or what is left of it) or the offline
// editions beside two Pagefind batches, so that the batches' CPU fills what the zipping of the offline editions leaves of
// the second core.
const queue = new BatchQueue(Promise.resolve(), { budgetBytes: MEMORY_BUDGET, renderBytes: RENDER_BYTES, besideRender: 2, afterRenders: 3 });
/** How many of the site data's processes have ended (one, or two with the province editions'). */
let dataMade = 0;
const dataJobs = editions.split ? 2 : 1;
let rendered = false;
const siteData = (name: string, args: string[], bytes: number) =>
  queue.run(async () => {
    await timed(name, () => runAsync(['scripts/site-data.ts', '--data', DATA, '--sections', join(SEARCH_DOCUMENTS, SECTIONS_DIR), ...args]));
    dataMade++;
  }, bytes, { holds: true });
const editionDataDone = editions.split
  ? siteData('edition data', ['--edition-search', EDITION_SEARCH_STAGE, '--edition-terms', EDITION_TERMS_STAGE], EDITION_DATA_BYTES)
  : Promise.resolve();
const siteDataDone = siteData('site data', ['--explorer', EXPLORER_STAGE, '--term-index', TERM_INDEX_STAGE, ...(editions.whole ? ['--offline-search', OFFLINE_SEARCH_STAGE] : [])], SITE_DATA_BYTES);
const bundles: string[][] = searchParts.map(() => []);
const partOuts: string[] = [];
// The offline editions (their own process: rewrites and zips the site without the search bundle, one edition after
// another), once the renders and the site data are done: the build ends with them, and the Pagefind batches lead only
// to the merge, which runs beside them. Queued now and started when ready, ahead of any batch still waiting — asked as
// the last of the site data's processes frees its place, so that no batch takes that place first.
const offlineDone = queue.run(
  async () => {
    try {
      step('data', () => {
        copyData(join(OUT, 'data'));
        linkTree(EXPLORER_STAGE, join(OUT, 'explorer'));
        linkTree(TERM_INDEX_STAGE, join(OUT, 'terms', 'index'));
        linkTree(REPORT_TEXT_STAGE, join(OUT, 'reports'));
        // The other parts' report pages join the rest (as links).
        partOuts.forEach((out, k) => parts[k].forEach((slug) => linkTree(join(out, 'reports', slug), join(OUT, 'reports', slug))));
      });
    } catch (e) {
      fail((e as Error).stack ?? String(e));
    }
    await timed('offline editions and zips', () =>
      runAsync(['scripts/offline-edition.ts', '--site', OUT, '--base', base, '--data', DATA, '--work', WORK,
        ...(editions.whole ? ['--search', OFFLINE_SEARCH_STAGE] : []), ...(editions.split ? ['--editions', EDITION_SEARCH_STAGE, '--edition-terms', EDITION_TERMS_STAGE] : [])]));
  },
  EDITIONS_BYTES,
  { first: true, holds: true, ready: () => rendered && dataMade === dataJobs },
);
// Two batches at least when the index is one part, so that they run side by side once no render is left.
const batchesDone = Promise.all(searchParts.map((part, k) => queueIndexing(k, part.slugs.map((slug) => `reports/${slug}/index.html`), searchParts.length === 1 ? 2 : 1)));
const renderStart = performance.now();
// The last part first: it renders every page that is not a report, which grow with the corpus, and so holds the most
// memory; the report parts after it hold less (REPORT_PART_BYTES), so what starts beside one render fits beside the next.
const lastPart = parts.length - 1;
for (const k of [lastPart, ...parts.keys()].filter((k, i) => i === 0 || k !== lastPart)) {
  const part = parts[k];
  // The last part renders into the site itself, with every page that is not a report (and the sitemap).
  const last = k === lastPart;
  const out = last ? OUT : join(RENDER, `out-${k}`);
  if (!last) partOuts.push(out);
  if (parts.length === 1) await wholeSite.done;
  else {
    queue.renderHolds(last ? RENDER_BYTES : Math.min(RENDER_BYTES, REPORT_PART_BYTES));
    await startRender(out, { ATLAS_MDX_DIR: resolve(mdxFolder(String(k), part)), ...(last ? { ATLAS_ALL_REPORT_URLS: '1' } : { ATLAS_REPORTS_ONLY: '1' }) }).done;
  }
  for (const slug of part) if (!existsSync(join(out, 'reports', slug, 'index.html'))) fail(`the render of part ${k + 1} wrote no page for ${slug}`);
}
timings['astro'] = performance.now() - renderStart;
rendered = true;
queue.noRenderLeft();
await Promise.all([siteDataDone, editionDataDone]);
const indexed = batchesDone.then(() => (timings['pagefind (after the last render)'] = Math.max(0, performance.now() - renderStart - timings['astro'])));
await indexed;
// The merge runs in this process, but through the queue with what it holds besides (0.27 GB at 1,000 reports, 0.68 GB
// at 10,000 in one part), so that it never runs beside offline editions it does not fit beside. The primary index (the
// newest part, with Pagefind's engine) first: it empties pagefind/, the other parts' folders included.
let merged!: ReturnType<typeof mergePagefind>[];
const manifest = searchPartsManifest(searchParts);
await queue.run(async () => {
  merged = step('pagefind merge', () =>
    searchParts.map((part, k) =>
      mergePagefind(bundles[k], join(OUT, 'pagefind', part.path), { [INDEX_LANGUAGE]: PUBLISHED_LANGUAGE }, { engine: k === 0, fragmentStem: part.prefix.replace(/_$/, ''), chunkLocations: PART_CHUNK_LOCATIONS }),
    ),
  );
  // The parts' directory: which parts can hold a query (by its character pairs), so that a search merges only those.
  // Each part's words are its reports' pairs, which the ingest wrote beside their search documents.
  if (manifest.directory) {
    step('search parts directory', () =>
      writePartsDirectory(
        searchParts.slice(1).map((part, k) => ({ dir: join(OUT, 'pagefind', part.path), number: k + 1, words: partWords(part.slugs) })),
        join(OUT, 'pagefind', PARTS_DIRECTORY),
        { chunkLocations: PART_CHUNK_LOCATIONS },
      ),
    );
  }
  // Pagefind's bundles are merged: gone now, beside the offline editions, whose zipping leaves part of a core idle,
  // rather than after them at the very end of the build (a batch's bundle is thousands of small files).
  for (const bundle of bundles.flat()) rmSync(bundle, { recursive: true, force: true });
}, MERGE_BYTES, { first: true });
queue.close();
rmSync(SEARCH_DOCUMENTS, { recursive: true, force: true });
writeFileSync(join(OUT, 'pagefind', SEARCH_PARTS_FILE), JSON.stringify(manifest));
const total = (key: 'pages' | 'words' | 'chunks') => merged.reduce((n, m) => n + m[key], 0);
const batchCount = bundles.reduce((n, b) => n + b.length, 0);
console.log(`pagefind: ${total('pages')} pages in ${searchParts.length} part${searchParts.length === 1 ? '' : 's'}, ${total('words')} words in ${total('chunks')} chunks, from ${batchCount} batch${batchCount === 1 ? '' : 'es'} over ${parts.length} render${parts.length === 1 ? '' : 's'}`);
checkPagefind();
await offlineDone;
rmSync(RENDER, { recursive: true, force: true });
rmSync(EDITION_SEARCH_STAGE, { recursive: true, force: true });
// The home page and the download page state the editions' sizes, known only now.
const editionList: EditionEntry[] = JSON.parse(readFileSync(join(OUT, 'download', 'editions.json'), 'utf8'));
for (const e of editionList) if (statSync(join(OUT, 'download', e.file)).size !== e.bytes) fail(`offline edition ${e.file}: size differs from editions.json`);
const zipBytes = editionList.reduce((n, e) => n + e.bytes, 0);
labelOfflineSize(editionList);
fillDownloadPage(join(OUT, 'download', 'index.html'), editionList);
step('service worker', () => writeServiceWorker(OUT, base));

console.log(
  `build: ${OUT}/ for base ${base} in ${((performance.now() - started) / 1000).toFixed(1)} s ` +
    `(${Object.entries(timings).map(([k, v]) => `${k} ${(v / 1000).toFixed(1)} s`).join(', ')}); offline ${editionList.length === 1 ? 'edition' : `editions (${editionList.length})`} ${(zipBytes / 1024).toFixed(0)} KB`,
);

/** A child process that the build waits for later; its failure fails the build. */
function runAsync(args: string[], env: Record<string, string> = {}, cwd?: string, program?: Program): Promise<void> {
  return start(args, env, cwd, program).done;
}
/** A program other than a Node script (Pagefind's executable). */
interface Program {
  file: string;
}
/** A child process the build may still call off (`cancel` kills it, and it then fails nothing). */
interface Started {
  done: Promise<void>;
  cancel: () => Promise<void>;
}
function start(args: string[], env: Record<string, string> = {}, cwd?: string, program?: Program): Started {
  // Young generations of 16 MB semi-spaces: V8 otherwise grows them to 64 MB as a process allocates, 200 MB of garbage
  // per process at its peak; measured at 1,000 reports, for the same CPU time: site data 0.67 → 0.48 GB, the report
  // renders 0.60 → 0.56 and 0.81 → 0.74 GB.
  const options = { stdio: 'inherit' as const, env: { ...process.env, ...env }, cwd };
  const child = program ? spawn(program.file, args, options) : spawn(process.execPath, ['--max-semi-space-size=16', ...args], options);
  running.add(child);
  let cancelled = false;
  const what = [program?.file, ...args].filter(Boolean).join(' ');
  const closed = new Promise<number | null>((r) => child.on('close', r));
  child.on('error', (e) => cancelled || fail(`${what}: ${e.message}`));
  const done = closed.then((code) => {
    running.delete(child);
    if (code !== 0 && !cancelled) fail(`${what} exited with ${code}`);
  });
  const cancel = () => {
    cancelled = true;
    child.kill('SIGKILL');
    return done;
  };
  return { done, cancel };
}
async function timed(name: string, fn: () => Promise<void>) {
  const t0 = performance.now();
  await fn();
  timings[name] = performance.now() - t0;
}

/** Pagefind must have indexed every report page, and nothing else: each part its own reports. */
function checkPagefind() {
  for (const part of searchParts) {
    const entry = join(OUT, 'pagefind', part.path, 'pagefind-entry.json');
    if (!existsSync(entry)) fail(`pagefind wrote no index${part.path ? ` for ${part.path}` : ''}`);
    const languages: Record<string, { page_count: number }> = JSON.parse(readFileSync(entry, 'utf8')).languages ?? {};
    const pages = Object.values(languages).reduce((n, l) => n + l.page_count, 0);
    if (pages !== part.slugs.length) fail(`pagefind indexed ${pages} pages for the ${part.slugs.length} reports of pagefind/${part.path}`);
  }
}

/**
 * The report pages, cut into renders by MDX size: parts of at most 64 MB of MDX (about a thousand reports), so one
 * render for most corpora. Why not more, smaller parts, so that Pagefind indexes one while the next renders: each
 * render costs ≈ 1.7 s of CPU to start and bundle, and the overlap gains less than that on this machine, whose second
 * core adds about half a core (two CPU-bound processes run at ≈ 1.6 × one): measured at 200 reports, alternating
 * builds, one render 28.0 s against two 29.4 s. A render holds no MDX module (src/lib/report-body.ts), so its memory
 * does not follow its size (0.65 GB for 200 reports). Never no part: the last part renders the site's other pages.
 * ATLAS_RENDER_PART_BYTES sets the part size instead (the test build sets it small, to render in several parts).
 */
function reportParts(): string[][] {
  const files = summaries.map((s) => ({ path: s.slug, bytes: statSync(join(DATA, 'mdx', `${s.slug}.mdx`)).size }));
  const limit = process.env.ATLAS_RENDER_PART_BYTES ? Number(process.env.ATLAS_RENDER_PART_BYTES) : 64 * 1024 * 1024;
  if (!(limit > 0)) fail(`ATLAS_RENDER_PART_BYTES must be a positive number, not ${process.env.ATLAS_RENDER_PART_BYTES}`);
  const parts = evenBatches(files, limit).map((b) => b.map((f) => f.path));
  return parts.length ? parts : [[]];
}

/** A folder holding (as hard links) the MDX files of some reports: the report pages one render makes. */
function mdxFolder(name: string, slugs: string[]): string {
  const dir = join(RENDER, `mdx-${name}`);
  mkdirSync(dir, { recursive: true });
  for (const slug of slugs) linkOrCopy(join(DATA, 'mdx', `${slug}.mdx`), join(dir, `${slug}.mdx`));
  return dir;
}
/**
 * Pagefind over one part's search documents, in batches of at most about ATLAS_PAGEFIND_BATCH_BYTES of HTML (its
 * indexer peaks at ≈ 32 × the HTML it reads: 0.5 GB for the default 16 MB), of even size, `atLeast` of them (two when
 * the index is one part), which start once no render is left and run side by side. Each batch is a folder of hard links to its
 * documents at their pages' paths, so Pagefind sees the site's URLs and walks only those files. A part's batches are
 * named (and merged) in the order they are queued, whatever order they finish in.
 */
function queueIndexing(part: number, pages: string[], atLeast: number): Promise<unknown> {
  const limit = Number(process.env.ATLAS_PAGEFIND_BATCH_BYTES ?? 16 * 1024 * 1024);
  if (!(limit > 0)) fail(`ATLAS_PAGEFIND_BATCH_BYTES must be a positive number, not ${process.env.ATLAS_PAGEFIND_BATCH_BYTES}`);
  const batches = evenBatches(pages.map((path) => ({ path, bytes: statSync(join(SEARCH_DOCUMENTS, path)).size })), limit, atLeast);
  return Promise.all(batches.map((batch, b) => {
    const bundle = join(RENDER, `pagefind-${part}-${b}`);
    bundles[part].push(bundle);
    return queue.run(async () => {
      const dir = join(RENDER, `pagefind-site-${part}-${b}`);
      for (const p of batch) {
        mkdirSync(join(dir, p.path, '..'), { recursive: true });
        linkOrCopy(join(SEARCH_DOCUMENTS, p.path), join(dir, p.path));
      }
      await runAsync(['--site', dir, '--glob', 'reports/**/*.html', '--force-language', INDEX_LANGUAGE, '--output-path', bundle, '--silent'], {}, undefined, { file: pagefindBinary });
      rmSync(dir, { recursive: true, force: true });
    }, PAGEFIND_BASE_BYTES + PAGEFIND_BYTES_PER_BYTE * batch.reduce((n, p) => n + p.bytes, 0), { afterRenders: true });
  }));
}

/** A search part's words in its parts' directory: the distinct character pairs of its reports, as tokens, sorted. */
function partWords(slugs: string[]): string[] {
  const pairs = new Set<number>();
  for (const slug of slugs) addEncodedPairs(readFileSync(join(SEARCH_DOCUMENTS, PAIRS_DIR, `${slug}.pairs`)), pairs);
  return Array.from(pairs, pairTokenOf).sort(compareCodePoints);
}

/**
 * The data files into the site, as hard links: files are costly to create on some disks. Not the MDX nor the page
 * data (the place and indicator pages' own inputs, src/pipeline/history-pages.ts): the render's, not the reader's.
 */
function copyData(to: string) {
  mkdirSync(to, { recursive: true });
  for (const name of readdirSync(DATA)) {
    if (name === 'mdx' || name === PAGE_DATA_DIR) continue;
    if (statSync(join(DATA, name)).isDirectory()) linkTree(join(DATA, name), join(to, name));
    else linkOrCopy(join(DATA, name), join(to, name));
  }
}

/** The home page's download line: the whole-site edition's size, or how many editions there are. */
function labelOfflineSize(list: EditionEntry[]) {
  const home = join(OUT, 'index.html');
  if (existsSync(home)) {
    const whole = list.find((e) => e.file === OFFLINE_ZIP_NAME);
    const label = whole ? sizeLabel(whole.bytes) : `按省份 ${list.length} 册`;
    writeFileSync(home, readFileSync(home, 'utf8').replace(/(<span data-offline-size[^>]*>)[^<]*(<\/span>)/, `$1${label}$2`));
  }
}


function sizeLabel(bytes: number) {
  return bytes > 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.round(bytes / 1024)} KB`;
}

/**
 * The download page (src/pages/download.astro) lists the editions: rendered before they exist, it holds an empty
 * table body that is filled here from download/editions.json — name, what it covers, size (the zip's own), link.
 */
function fillDownloadPage(page: string, list: EditionEntry[]) {
  if (!existsSync(page)) return;
  const esc = (t: string) => t.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
  const rows = list
    .map((e) => {
      const what = `${e.reports} 份报告，${e.targets} 项指标${e.years ? `，${e.years[0] === e.years[1] ? e.years[0] : `${e.years[0]}—${e.years[1]}`}年` : ''}`;
      const name = e.key === 'all' ? '全部报告（整站）' : e.name === '全国' ? '全国（国务院）' : e.name;
      return `<tr data-edition="${esc(e.key)}" data-bytes="${e.bytes}"><th scope="row"><a href="${esc(e.file)}" download>${esc(name)}</a></th><td>${esc(what)}</td><td class="num-cell">${sizeLabel(e.bytes)}</td><td><code>${esc(e.file)}</code></td></tr>`;
    })
    .join('');
  const html = readFileSync(page, 'utf8');
  const filled = html.replace(/(<tbody data-editions[^>]*>)[\s\S]*?(<\/tbody>)/, `$1${rows}$2`);
  if (filled === html) fail('the download page has no editions table to fill');
  writeFileSync(page, filled);
}
