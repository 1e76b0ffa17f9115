/**
 * npm run bench -- --reports N: how the site scales (a benchmark, not a test: it asserts nothing).
 * Makes N realistic reports from the development corpus (../shared/corpus/, or --corpus DIR) in a scratch folder —
 * each a real report moved to a real government of the gazetteer (a prefecture-level city, county-level city or county)
 * and to a year of 2009–2026, its numbers varied, so that no government has two reports of one year and none merge —
 * builds them as `npm run build` does (own work and output folders), and prints one table: build time per stage, peak
 * memory (the sum of the proportional set size of the build and every process it starts, sampled 4×/s, and what each
 * held at the peak), sizes (and where the offline zip's bytes go, by kind of file: the largest edition's once there
 * are editions), three searches over http and from file:// in Chromium (over http the bytes the server sent, text
 * gzipped as a static host sends it, and where they went), two terms counted on 词语历年 from file:// in the same zip
 * (time, bytes read, reports' texts read), the bytes the explorer fetches for its first view and for one indicator
 * filter, its first paint and time to filter.
 * Without --reports it measures the seeds as they are. With --starlight it also builds the same reports as a plain
 * Astro Starlight site (each report's text as a Markdown page; Starlight's search is Pagefind too), in the same run,
 * for the comparison the README reports; Starlight is installed into a scratch folder from the npm registry, not
 * into the project.
 */
import { spawn } from 'node:child_process';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import type { Browser } from 'playwright-core';
import { decode } from '../src/pipeline/decode.ts';
import { inferMeta } from '../src/pipeline/metadata.ts';
import { normalize } from '../src/pipeline/normalize.ts';
import * as gazetteer from '../src/pipeline/gazetteer.ts';
import { launch } from '../tests/browser/chromium.ts';
import { serve } from '../src/build/static-server.ts';

const args = process.argv.slice(2);
const arg = (name: string) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const N = arg('--reports') ? Number(arg('--reports')) : null;
const CORPUS = resolve(arg('--corpus') ?? '../shared/corpus');
const SCRATCH = resolve(arg('--scratch') ?? join(tmpdir(), `atlas-bench-${N ?? 'seeds'}`));
const QUERIES = ['城镇新增就业', '托位', 'PM2.5'];
/** Terms counted on 词语历年 from disk: a common longer term and a rarer one. */
const TERMS = ['高质量发展', '城镇新增就业'];

// ---------- 1. Reports ----------
/** Real places to move reports to: prefecture-level cities, county-level cities and counties whose name is unique. */
function places(): { name: string; short: string; unit: '市' | '县' }[] {
  const out: { name: string; short: string; unit: '市' | '县' }[] = [];
  for (const e of gazetteer.allGovernments()) {
    const unit = e.level === 'county' ? '县' : e.level === 'prefecture' || e.level === 'county-city' ? '市' : null;
    const m = /^(.{2,})(市|县)$/u.exec(e.name);
    if (!unit || !m || m[2] !== unit || gazetteer.governmentsNamed(e.name).length !== 1) continue;
    out.push({ name: e.name, short: e.short ?? m[1], unit });
  }
  return out;
}

/** The places a text names, by the gazetteer's own reading (empty if the gazetteer cannot say). */
function mentionedPlaces(text: string): { name: string; short: string | null }[] {
  try {
    return [...gazetteer.countGovernments(text).keys()];
  } catch {
    return [];
  }
}

/** A deterministic number in [0, 1) from a seed, so a bench run is repeatable. */
function noise(seed: number): number {
  const x = Math.sin(seed * 12.9898) * 43758.5453;
  return x - Math.floor(x);
}

/** The provincial-level name a corpus report is about, read from its own title line (…年XX省政府工作报告). */
function ownName(text: string): string | null {
  const m = /\d{4}年(.{2,12}?(?:省|自治区|市))政府工作报告/u.exec(text.slice(0, 2000));
  return m ? m[1] : null;
}
/** The year a corpus report is for, from the same title line. */
function ownYear(text: string): number {
  return Number(/(\d{4})年.{2,12}?(?:省|自治区|市)政府工作报告/u.exec(text.slice(0, 2000))![1]);
}
const YEARS = Array.from({ length: 18 }, (_, k) => 2009 + k);
const shortOf = (name: string) => name.replace(/(?:壮族|回族|维吾尔)?(?:自治区|省|市)$/u, '');

function makeReports(n: number, dir: string) {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const sources = readdirSync(CORPUS)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => decode(readFileSync(join(CORPUS, f)), f).text)
    .filter((t) => ownName(t));
  if (!sources.length) throw new Error(`no report with a title line in ${CORPUS}`);
  const targets = places();
  if (targets.length * YEARS.length < n) throw new Error(`only ${targets.length} places × ${YEARS.length} years to move reports to`);
  /** One report: the source moved to `to` and to `year`, its numbers varied by seed `i`. */
  const generate = (src: string, i: number, to: { name: string; short: string; unit: '市' | '县' }, year: number) => {
    const own = ownName(src)!;
    const shift = year - ownYear(src);
    const u = to.unit;
    // Every place the text names moves too (the report's own province to its new place, the cities it mentions to
    // other real cities), in one pass so that no replacement is replaced again: the new place is the one it is about.
    const swap = new Map<string, string>([[own, to.name], [shortOf(own), to.short]]);
    let j = 0;
    for (const p of mentionedPlaces(src)) {
      const other = targets[Math.floor(noise(i * 7919 + ++j) * targets.length)];
      if (other.name === to.name || swap.has(p.name)) continue;
      swap.set(p.name, other.name);
      if (p.short && !swap.has(p.short)) swap.set(p.short, other.short);
    }
    const names = [...swap.keys()].sort((a, b) => b.length - a.length).map((k) => k.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
    let text = src
      .replace(new RegExp(names.join('|'), 'gu'), (m) => swap.get(m) ?? m)
      .replace(/全(?:省|区)/g, `全${u}`)
      // A municipality's own abbreviations (我代表市人民政府, 请市政协委员) name the new level too.
      .replace(/(?<=代表|我|本|全|请)市(?=委|政府|人大|政协|人民政府)/gu, u).replace(/(?:省|自治区)(委|政府|人大|政协|人民政府)/g, `${u}$1`)
      // The speaker's office (省长　王予波, 省长毛伟明作政府工作报告, 自治区人民政府主席 张雨浦, 重庆市人民政府市长 胡衡华);
      // 市长 only before a name's space, since 城市长效 is no office.
      .replace(/省长|自治区主席|(?:市长|主席)(?=[ \u3000]+\S)/gu, `${u}长`)
      .replace(/(?:我|本)(?:省|区)/g, `我${u}`);
    // Vary every number that is not a year, a date or an ordinal (第十四届, 1月27日) by up to ±20%, keeping its
    // decimals: each report states its own targets, and its delivery line stays a real date.
    // Every year moves by the same amount (the year reported on, the plan's, the delivery date's, 2035's goals), so the
    // report reads as one of its new year.
    let k = 0;
    text = text.replace(/\d+(?:\.\d+)?/g, (num, at: number, whole: string) => {
      k++;
      if (/^(?:19[5-9]\d|20[0-6]\d)$/.test(num) && !/\d/.test(whole[at - 1] ?? '')) return String(Number(num) + shift);
      if (/^(?:19|20)\d\d$/.test(num) || /^[月日届次号]/u.test(whole.slice(at + num.length)) || whole[at - 1] === '第') return num;
      // A number inside a code or a name (PM2.5, 5G, G228, PM_2.5) is no quantity: varied, PM2.5 became PM2.3 in most
      // reports, so a search for PM2.5 read report after report that only had its pairs (pm, 2., .5).
      if (/[A-Za-z_]/.test(whole[at - 1] ?? '') || /^[A-Za-z]/.test(whole.slice(at + num.length))) return num;
      const decimals = num.includes('.') ? num.split('.')[1].length : 0;
      const varied = Number(num) * (0.8 + 0.4 * noise(i * 100_003 + k));
      return decimals ? varied.toFixed(decimals) : String(Math.max(1, Math.round(varied)));
    });
    // Chinese-numeral years (二〇二六年) too.
    const zh = '〇一二三四五六七八九';
    const zhYear = (y: number) => [...String(y)].map((d) => zh[Number(d)]).join('');
    return text.replace(/二[〇○零]([〇○零一二三四五六七八九]{2})年/gu, (m, d: string) => {
      const y = 2000 + Number([...d].map((c) => (/[○零]/.test(c) ? 0 : zh.indexOf(c))).join(''));
      return `${zhYear(y + shift)}年`;
    });
  };
  // Every report written is one the pipeline reads as its new place (checked on its front matter, as the ingest
  // does): a copy read as another place, or as none, would merge with its siblings, which is not what a corpus of many
  // governments looks like. A place that does not read right is skipped for the next one.
  const readsAs = (text: string): { place: string | null; year: number | null } => {
    const norm = normalize(text, 'bench.txt');
    const meta = inferMeta(norm.paragraphs.join('\n'), norm.hints, []);
    return { place: meta.place?.name ?? null, year: meta.year };
  };
  let bytes = 0;
  let skipped = 0;
  // (place, year) pairs taken: no government has two reports of one year. Each place gets a run of consecutive years
  // of 2009–2026 (a decade where N allows: N / 10 places, spread over the gazetteer, as many as it has at most).
  const taken = new Set<string>();
  const placesNeeded = Math.min(targets.length, Math.ceil(n / 10));
  const yearsEach = Math.ceil(n / placesNeeded);
  for (let i = 0; i < n; i++) {
    const src = sources[i % sources.length];
    const slot = Math.floor(i / yearsEach);
    const year = YEARS[((slot * 7) % (YEARS.length - yearsEach + 1)) + (i % yearsEach)];
    let text: string | null = null;
    // Spread the places over the gazetteer, not only its first province; a place that is taken for this year, or does
    // not read right, gives way to the next one.
    const first = Math.floor((slot * targets.length) / placesNeeded);
    for (let tries = 0; tries < 40 && text === null; tries++) {
      const to = targets[(first + tries) % targets.length];
      if (taken.has(`${to.name}|${year}`)) continue;
      const candidate = generate(src, i, to, year);
      const read = readsAs(candidate);
      if (read.place === to.name && read.year === year) {
        text = candidate;
        taken.add(`${to.name}|${year}`);
      } else skipped++;
    }
    if (text === null) throw new Error(`bench: no place found for report ${i + 1} (${year})`);
    writeFileSync(join(dir, `r${String(i).padStart(5, '0')}.txt`), text);
    bytes += Buffer.byteLength(text);
  }
  if (skipped) console.error(`bench: ${skipped} moves read as another place or year (or none) were skipped for the next place`);
  console.error(`bench: ${n} reports over ${new Set([...taken].map((k) => k.split('|')[0])).size} places and ${new Set([...taken].map((k) => k.split('|')[1])).size} years, no (place, year) twice`);
  return bytes;
}

// ---------- 2. Build ----------
/**
 * Proportional set size of a process and every descendant, in bytes, by process (from /proc: the tree through each
 * task's `children`, the PSS from `smaps_rollup`, so that pages shared between processes are counted once in the sum).
 */
function treePss(root: number): Map<number, { pss: number; name: string }> {
  const out = new Map<number, { pss: number; name: string }>();
  const stack = [root];
  while (stack.length) {
    const pid = stack.pop()!;
    if (out.has(pid)) continue;
    try {
      const rollup = readFileSync(`/proc/${pid}/smaps_rollup`, 'utf8');
      const pss = Number(/^Pss:\s+(\d+) kB/m.exec(rollup)?.[1] ?? 0) * 1024;
      out.set(pid, { pss, name: processName(pid) });
      for (const task of readdirSync(`/proc/${pid}/task`)) {
        const children = readFileSync(`/proc/${pid}/task/${task}/children`, 'utf8').trim();
        if (children) stack.push(...children.split(' ').map(Number));
      }
    } catch {
      /* the process ended meanwhile */
    }
  }
  return out;
}
/**
 * What a process of the build is, for the peak's breakdown: its script (site-data, render, Pagefind …). Read at every
 * sample, never kept: a child seen between its fork and its exec still shows its parent's command line, and a pid
 * may be used again, so a name kept from the first sight could count another process as the build's own (a run at
 * 1,000 reports said build 0.89 GB, where the build's own peak RSS, read apart, is 0.39 GB).
 */
function processName(pid: number): string {
  const argv = readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').filter(Boolean);
  const script = argv.find((a) => /\.(?:ts|mjs|cjs|js)$/.test(a));
  const name = !script ? basename(argv[0] ?? '?')
    : script.endsWith('astro.mjs') ? 'render (astro)'
    : script.includes('pagefind') ? 'pagefind'
    : basename(script).replace(/\.(?:ts|mjs|cjs|js)$/, '');
  return name.startsWith('pagefind_extended') || name === 'pagefind' ? 'pagefind' : name;
}
/** Samples a process tree's PSS 4×/s; `stop` gives the peak sum and, at that moment, the sum by process name. */
function samplePss(root: number) {
  let peak = 0;
  let at = new Map<string, number>();
  const own = new Map<string, number>();
  const timer = setInterval(() => {
    const procs = treePss(root);
    let total = 0;
    const now = new Map<string, number>();
    for (const p of procs.values()) {
      total += p.pss;
      now.set(p.name, (now.get(p.name) ?? 0) + p.pss);
    }
    for (const [k, v] of now) own.set(k, Math.max(own.get(k) ?? 0, v));
    if (total > peak) {
      peak = total;
      at = new Map();
      for (const p of procs.values()) at.set(p.name, (at.get(p.name) ?? 0) + p.pss);
    }
  }, 250);
  return () => {
    clearInterval(timer);
    const sorted = (m: Map<string, number>) => [...m].sort((x, y) => y[1] - x[1]);
    return { peak, breakdown: sorted(at), own: sorted(own) };
  };
}
const gb = (n: number) => `${(n / 1e9).toFixed(2)} GB`;
const list = (xs: [string, number][]) => xs.filter(([, v]) => v > 20e6).map(([k, v]) => `${k} ${gb(v)}`).join(', ');
const breakdown = (m: { peak: number; breakdown: [string, number][]; own: [string, number][] }) =>
  `${gb(m.peak)} PSS (at the peak: ${list(m.breakdown)}; each process's own peak: ${list(m.own)})`;

async function build(seeds: string, work: string, out: string) {
  const t0 = performance.now();
  const child = spawn(process.execPath, ['scripts/build.ts'], {
    env: { ...process.env, ATLAS_SEEDS: seeds, ATLAS_WORK: work, ATLAS_OUT_DIR: out },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d) => (stdout += d));
  child.stderr.on('data', (d) => (stderr += d));
  const stop = samplePss(child.pid!);
  const code = await new Promise<number | null>((r) => child.on('close', r));
  const memory = stop();
  if (code !== 0) throw new Error(`build failed (${code}):\n${stderr.slice(-3000)}`);
  const line = stdout.trim().split('\n').filter((l) => l.startsWith('build:')).at(-1) ?? '';
  const stages = /\((.*)\);/.exec(line)?.[1] ?? '';
  return { seconds: (performance.now() - t0) / 1000, memory, stages };
}

function du(dir: string): number {
  let n = 0;
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    const s = statSync(p);
    n += s.isDirectory() ? du(p) : s.size;
  }
  return n;
}
function htmlFiles(dir: string, rel = ''): string[] {
  const out: string[] = [];
  for (const name of readdirSync(join(dir, rel))) {
    const r = rel ? `${rel}/${name}` : name;
    if (statSync(join(dir, r)).isDirectory()) out.push(...htmlFiles(dir, r));
    else if (name.endsWith('.html')) out.push(r);
  }
  return out;
}

/**
 * The same reports as a plain Starlight site: title from the first line, every other line a paragraph, zh-CN, so its
 * Pagefind segments Chinese as ours does. Installed once into its own folder (not timed); the build is timed.
 */
async function starlight(seedsDir: string, dir: string) {
  const astroVersion = JSON.parse(readFileSync('node_modules/astro/package.json', 'utf8')).version;
  mkdirSync(dir, { recursive: true });
  if (!existsSync(join(dir, 'node_modules', '@astrojs', 'starlight'))) {
    writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'starlight-comparison', private: true, type: 'module', dependencies: { astro: astroVersion, '@astrojs/starlight': 'latest' } }));
    execFileSync('npm', ['install', '--no-audit', '--no-fund', '--loglevel=error'], { cwd: dir, stdio: 'inherit' });
  }
  writeFileSync(
    join(dir, 'astro.config.mjs'),
    `import { defineConfig } from 'astro/config';\nimport starlight from '@astrojs/starlight';\n` +
      `export default defineConfig({ integrations: [starlight({ title: '报告', defaultLocale: 'root', locales: { root: { label: '简体中文', lang: 'zh-CN' } } })] });\n`,
  );
  mkdirSync(join(dir, 'src'), { recursive: true });
  writeFileSync(
    join(dir, 'src', 'content.config.ts'),
    `import { defineCollection } from 'astro:content';\nimport { docsLoader } from '@astrojs/starlight/loaders';\nimport { docsSchema } from '@astrojs/starlight/schema';\n` +
      `export const collections = { docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }) };\n`,
  );
  const docs = join(dir, 'src', 'content', 'docs');
  rmSync(docs, { recursive: true, force: true });
  mkdirSync(docs, { recursive: true });
  writeFileSync(join(docs, 'index.md'), '---\ntitle: 报告\n---\n\n报告\n');
  for (const f of readdirSync(seedsDir).filter((f) => f.endsWith('.txt'))) {
    const lines = decode(readFileSync(join(seedsDir, f)), f).text.split(/\r?\n/).map((l) => l.trim()).filter(Boolean);
    const title = (lines[0] ?? f).replace(/["\\]/g, '');
    writeFileSync(join(docs, f.replace(/\.txt$/, '.md')), `---\ntitle: "${title}"\n---\n\n${lines.slice(1).join('\n\n')}\n`);
  }
  rmSync(join(dir, 'dist'), { recursive: true, force: true });
  rmSync(join(dir, '.astro'), { recursive: true, force: true });
  rmSync(join(dir, 'node_modules', '.astro'), { recursive: true, force: true });
  const t0 = performance.now();
  // Astro's telemetry off, as in the build's own render, so that the two do the same work.
  const child = spawn(process.execPath, [join('node_modules', 'astro', 'bin', 'astro.mjs'), 'build', '--silent'], { cwd: dir, stdio: ['ignore', 'ignore', 'pipe'], env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' } });
  let stderr = '';
  child.stderr.on('data', (d) => (stderr += d));
  const stop = samplePss(child.pid!);
  const code = await new Promise<number | null>((r) => child.on('close', r));
  const memory = stop();
  if (code !== 0) throw new Error(`Starlight build failed (${code}):\n${stderr.slice(-3000)}`);
  const pagefindPages = JSON.parse(readFileSync(join(dir, 'dist', 'pagefind', 'pagefind-entry.json'), 'utf8')).languages;
  return { seconds: (performance.now() - t0) / 1000, memory, pages: Object.values(pagefindPages as Record<string, { page_count: number }>).reduce((n, l) => n + l.page_count, 0) };
}

// ---------- 3. Browser ----------
/** What the project's server sent while one search over http ran: each response's path and body bytes on the wire. */
let sentLog: { path: string; bytes: number }[] | null = null;
/**
 * Time (ms since navigation) of the first result, and bytes loaded, for one search in a fresh context: over http the
 * bytes the server sent (`sizeOf` null: text gzipped as a static host sends it, Pagefind's files as they are), from
 * file:// the sizes of the files read.
 */
async function searchOnce(browser: Browser, url: string, sizeOf: ((u: string) => number) | null) {
  const context = await browser.newContext();
  const page = await context.newPage();
  let bytes = 0;
  const files: { path: string; bytes: number }[] = [];
  const pending: Promise<void>[] = [];
  sentLog = sizeOf ? null : files;
  page.on('requestfinished', (req) => {
    if (!sizeOf) return;
    pending.push(
      (async () => {
        const n = sizeOf(req.url());
        bytes += n;
        files.push({ path: req.url(), bytes: n });
      })(),
    );
  });
  // Workers' requests (Pagefind's) are counted too: requestfinished covers the page's workers in Chromium.
  await page.addInitScript(() => {
    new MutationObserver(() => {
      const w = window as unknown as { firstResultAt?: number };
      if (!w.firstResultAt && document.querySelector('#search-results > li')) w.firstResultAt = performance.now();
    }).observe(document, { childList: true, subtree: true });
  });
  await page.goto(url);
  await page.waitForFunction(() => /找到|没有|出错/.test(document.getElementById('search-status')?.textContent ?? '') && !document.getElementById('search-results')!.hasAttribute('aria-busy'), null, { timeout: 60_000 });
  const timing = await page.evaluate(() => {
    const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
    return { first: (window as unknown as { firstResultAt?: number }).firstResultAt ?? null, loaded: nav?.domContentLoadedEventEnd ?? 0 };
  });
  const first = timing.first;
  const reportsFound = await page.locator('#search-results > li').count();
  const statusText = await page.locator('#search-status').textContent();
  await page.waitForTimeout(100);
  await Promise.all(pending);
  await context.close();
  sentLog = null;
  if (!sizeOf) bytes = files.reduce((n, f) => n + f.bytes, 0);
  return { ms: first, afterLoad: first === null ? null : first - timing.loaded, bytes, reportsFound, files, status: statusText };
}

/**
 * 词语历年 from file:// (the page's status says the count, or why there is none): the time from navigation to the count,
 * the bytes read from disk and how many reports' texts were read (an edition confirms a longer term in them).
 */
async function termOnce(browser: Browser, url: string, term: string) {
  const context = await browser.newContext();
  const page = await context.newPage();
  let bytes = 0;
  let texts = 0;
  page.on('requestfinished', (req) => {
    bytes += fileSize(req.url());
    if (req.url().includes('/search/offline/text/')) texts++;
  });
  const t0 = performance.now();
  await page.goto(`${url}?q=${encodeURIComponent(term)}`);
  await page.waitForFunction(() => /出现在|没有报告|无法|出错/.test(document.getElementById('terms-status')?.textContent ?? ''), null, { timeout: 120_000 });
  const ms = performance.now() - t0;
  const said = (await page.locator('#terms-status').textContent()) ?? '';
  await context.close();
  return { term, ms, bytes, texts, said: said.replace(/（.*$/, '') };
}
function fileSize(u: string) {
  try {
    return statSync(new URL(u.split(/[?#]/)[0])).size;
  } catch {
    return 0;
  }
}

/**
 * Where an offline zip's bytes go: each kind of file's bytes as stored in the zip (compressed, with its headers), read
 * from the zip's central directory.
 */
function zipKinds(path: string): [string, number][] {
  const buf = readFileSync(path);
  let end = buf.length - 22;
  while (end > 0 && buf.readUInt32LE(end) !== 0x06054b50) end--;
  const kinds = new Map<string, number>();
  for (let i = 0, at = buf.readUInt32LE(end + 16); i < buf.readUInt16LE(end + 10); i++) {
    const [stored, nameLength, extra, comment] = [buf.readUInt32LE(at + 20), buf.readUInt16LE(at + 28), buf.readUInt16LE(at + 30), buf.readUInt16LE(at + 32)];
    const name = buf.toString('utf8', at + 46, at + 46 + nameLength);
    const kind = /^reports\/[^/]+\/index\.html$/.test(name) ? 'report pages'
      : name.startsWith('reports/') ? 'report text downloads'
      : name.startsWith('data/') ? 'data files'
      : name.startsWith('search/offline/text/') ? 'search texts'
      : name.startsWith('search/offline/') ? 'search index'
      : name.startsWith('terms/index/') ? '词语历年 index'
      : name.startsWith('explorer/') ? 'explorer rows'
      : 'other pages and assets';
    kinds.set(kind, (kinds.get(kind) ?? 0) + stored + 30 + 46 + 2 * nameLength + extra + comment);
    at += 46 + nameLength + extra + comment;
  }
  return [...kinds].sort((a, b) => b[1] - a[1]);
}

/**
 * The explorer over http: bytes fetched for its first view (the page and everything it loads until the network is
 * idle) and for one indicator filter (what selecting it fetches), counted as response bodies (with gzip as a server
 * would send them), its first paint, and the time a filter change and a sort take.
 */
async function explorer(browser: Browser, url: string, sizeOf: (u: string) => { raw: number; gz: number }) {
  const context = await browser.newContext();
  const page = await context.newPage();
  let phase: 'first' | 'filter' = 'first';
  const fetched = { first: { raw: 0, gz: 0, files: 0 }, filter: { raw: 0, gz: 0, files: 0 } };
  const pending: Promise<void>[] = [];
  page.on('requestfinished', (req) => {
    const at = phase;
    pending.push(
      (async () => {
        const n = sizeOf(req.url());
        fetched[at].raw += n.raw;
        fetched[at].gz += n.gz;
        fetched[at].files++;
      })(),
    );
  });
  await page.goto(url);
  const fcp = await page.evaluate(() => new Promise<number>((r) => new PerformanceObserver((l) => r(l.getEntries()[0].startTime)).observe({ type: 'paint', buffered: true })));
  await page.waitForFunction(() => document.getElementById('explorer-status')!.textContent === '', null, { timeout: 120_000 });
  await page.waitForLoadState('networkidle');
  await page.waitForTimeout(2000);
  await Promise.all(pending);
  const firstRows = await page.locator('#explorer-count').textContent();
  phase = 'filter';
  // The indicator with the most rows (GDP where there is one): the heaviest single filter.
  const indicator = await page.evaluate(() => {
    const select = document.querySelector<HTMLSelectElement>('select[name="indicatorId"]');
    const values = select ? [...select.options].map((o) => o.value).filter(Boolean) : [];
    return values.includes('gdp') ? 'gdp' : (values[0] ?? null);
  });
  if (indicator) {
    await page.selectOption('select[name="indicatorId"]', indicator);
    await page.waitForFunction(() => document.getElementById('explorer-status')!.textContent === '', null, { timeout: 120_000 });
    await page.waitForLoadState('networkidle');
    await page.waitForTimeout(1000);
    await Promise.all(pending);
  }
  const filterRows = await page.locator('#explorer-count').textContent();
  const filterMs = await page.evaluate(() => {
    const select = document.querySelector<HTMLSelectElement>('select[name="kind"]')!;
    const t = performance.now();
    select.value = 'achievement';
    select.dispatchEvent(new Event('change', { bubbles: true }));
    void document.body.offsetHeight;
    return performance.now() - t;
  });
  const sortMs = await page.evaluate(() => {
    const t = performance.now();
    document.querySelector<HTMLButtonElement>('button[data-sort="value"]')!.click();
    void document.body.offsetHeight;
    return performance.now() - t;
  });
  await context.close();
  return { fcp, fetched, indicator, firstRows, filterRows, filterMs, sortMs };
}

/** The bytes of one search over http by kind of file: the page and its scripts, Pagefind's engine, its index's parts. */
function whereBytes(files: { path: string; bytes: number }[]): string {
  const kinds: [string, RegExp][] = [
    ['metadata', /\.pf_meta$/],
    ['word chunks', /\/index\/[^/]+\.pf_index$/],
    ['fragments', /\/fragment\/[^/]+\.pf_fragment$/],
    ['filters', /\/filter\/[^/]+\.pf_filter$/],
    ['Pagefind engine (pagefind.js, worker, wasm, entry, parts list)', /\/pagefind\//],
    ['page, styles and scripts', /./],
  ];
  const sums = new Map<string, { bytes: number; files: number }>();
  for (const f of files) {
    const kind = kinds.find(([, re]) => re.test(f.path))![0];
    const sum = sums.get(kind) ?? { bytes: 0, files: 0 };
    sum.bytes += f.bytes;
    sum.files++;
    sums.set(kind, sum);
  }
  return kinds.filter(([k]) => sums.has(k)).map(([k]) => `${k} ${kb(sums.get(k)!.bytes)} (${sums.get(k)!.files})`).join(', ');
}

// ---------- Run ----------
const kb = (n: number) => (n >= 1024 * 1024 ? `${(n / 1024 / 1024).toFixed(1)} MB` : `${(n / 1024).toFixed(0)} KB`);
mkdirSync(SCRATCH, { recursive: true });
let seeds = resolve('seeds');
let inputBytes = 0;
if (N) {
  seeds = join(SCRATCH, 'seeds');
  inputBytes = makeReports(N, seeds);
  console.error(`bench: ${N} reports (${kb(inputBytes)}) from ${CORPUS} in ${seeds}`);
}
const work = join(SCRATCH, 'work');
const out = join(SCRATCH, 'dist');
const b = await build(seeds, work, out);
console.error(`bench: built in ${b.seconds.toFixed(1)} s (${b.stages}); peak memory ${breakdown(b.memory)}`);
const sl = args.includes('--starlight') ? await starlight(seeds, resolve(arg('--starlight-dir') ?? join(tmpdir(), 'atlas-bench-starlight'))) : null;
if (sl) console.error(`bench: the same reports as a plain Starlight site built in ${sl.seconds.toFixed(1)} s`);
const summaries: { place: { slug: string } | null; year: number | null; targetCount: number; slug: string }[] = JSON.parse(readFileSync(join(out, 'data/reports.json'), 'utf8'));
const reportsBuilt = summaries.length;
const targetsBuilt = summaries.reduce((n, r) => n + r.targetCount, 0);
/** Governments and years of the built reports, and any government with two reports of one year (none, for --reports). */
function placesYears(): string {
  const seen = new Map<string, string[]>();
  for (const r of summaries) {
    const key = `${r.place?.slug ?? '?'} ${r.year ?? '?'}`;
    seen.set(key, [...(seen.get(key) ?? []), r.slug]);
  }
  const twice = [...seen].filter(([, v]) => v.length > 1);
  const places = new Set(summaries.map((r) => r.place?.slug)).size;
  const years = new Set(summaries.map((r) => r.year)).size;
  return `${places} governments, ${years} years; ${twice.length ? `${twice.length} (place, year) pairs with several reports: ${twice.slice(0, 5).map(([k, v]) => `${k}: ${v.join(' ')}`).join('; ')}` : 'no government with two reports of one year'}`;
}
const pages = htmlFiles(out).map((p) => ({ p, gz: gzipSync(readFileSync(join(out, p))).length }));
pages.sort((x, y) => y.gz - x.gz);
// The offline download: the whole site in one zip while the corpus is small, else editions (per province, listed in
// download/editions.json); file:// searches run in the whole site's zip, or else in the largest edition.
const whole = join(out, 'download/report-atlas-offline.zip');
const editionsFile = join(out, 'download/editions.json');
const editions: { name: string; file: string; bytes: number; reports: number }[] = existsSync(editionsFile) ? JSON.parse(readFileSync(editionsFile, 'utf8')) : [];
const largest = [...editions].sort((x, y) => y.bytes - x.bytes)[0];
const searchedZip = existsSync(whole) ? whole : join(out, 'download', largest.file);
const offlineRow = existsSync(whole)
  ? kb(statSync(whole).size)
  : `${editions.length} editions, ${kb(editions.reduce((n, e) => n + e.bytes, 0))} in all; largest ${kb(largest.bytes)} (${largest.name}, ${largest.reports} reports; the file:// searches below run in it)`;
const offlineDir = join(SCRATCH, 'offline');
rmSync(offlineDir, { recursive: true, force: true });
mkdirSync(offlineDir, { recursive: true });
execFileSync('unzip', ['-q', searchedZip, '-d', offlineDir]);

const browser = await launch();
const { server, url } = await serve(out, '/', 0, { onSent: (path, bytes) => sentLog?.push({ path, bytes }) });
const httpSearches = [];
for (const q of QUERIES) httpSearches.push({ q, ...(await searchOnce(browser, `${url}search/?q=${encodeURIComponent(q)}`, null)) });
const fileSearches = [];
const offlineSearch = pathToFileURL(join(offlineDir, 'search/index.html')).href;
for (const q of QUERIES) fileSearches.push({ q, ...(await searchOnce(browser, `${offlineSearch}?q=${encodeURIComponent(q)}`, (u: string) => (u.startsWith('file:') ? fileSize(u) : 0))) });
// 词语历年 from disk in the same zip: a common longer term (an edition reads the texts of most of its reports) and a rarer one.
const termSearches = [];
for (const term of TERMS) termSearches.push(await termOnce(browser, pathToFileURL(join(offlineDir, 'terms/index.html')).href, term));
const searchedKinds = zipKinds(searchedZip);
const searchedReports = existsSync(whole) ? reportsBuilt : largest.reports;
const gzCache = new Map<string, number>();
/** The explorer's files as they are on disk, and gzipped as a static host sends them. */
const explorerSize = (u: string) => {
  const path = decodeURIComponent(new URL(u).pathname);
  const file = join(out, path.endsWith('/') ? `${path}index.html` : path);
  let raw = 0;
  try {
    raw = statSync(file).size;
  } catch {
    raw = 0;
  }
  let gz = gzCache.get(file);
  if (gz === undefined) {
    try {
      gz = gzipSync(readFileSync(file)).length;
    } catch {
      gz = 0;
    }
    gzCache.set(file, gz);
  }
  return { raw, gz };
};
const ex = await explorer(browser, `${url}targets/`, explorerSize);
await browser.close();
server.close();

const rows: [string, string][] = [
  ['reports (input)', `${reportsBuilt}${N ? ` (${kb(inputBytes)} of text)` : ''}, ${targetsBuilt} targets`],
  ['full build', `${b.seconds.toFixed(0)} s (${b.stages})`],
  ['peak memory (build and every process it starts)', breakdown(b.memory)],
  ...(sl ? [['plain Starlight site, same reports, same run', `${sl.seconds.toFixed(0)} s (${sl.pages} pages in its Pagefind index), peak memory ${breakdown(sl.memory)}`] as [string, string]] : []),
  ['places × years', placesYears()],
  ['dist size', kb(du(out))],
  ['offline download', offlineRow],
  [`${existsSync(whole) ? 'the offline zip' : 'the largest edition'} by kind of file (zipped; per report)`, searchedKinds.map(([k, n]) => `${k} ${kb(n)} (${kb(n / searchedReports)})`).join(', ')],
  ...termSearches.map((t): [string, string] => [`词语历年 from file:// “${t.term}”`, `${t.said}; ${(t.ms / 1000).toFixed(1)} s after navigation, ${kb(t.bytes)} read (${t.texts} reports' texts)`]),
  ['largest HTML page (gzipped)', `${kb(pages[0].gz)} ${pages[0].p}`],
  ['largest page that is not a report', (() => { const x = pages.find((p) => !p.p.startsWith('reports/')); return x ? `${kb(x.gz)} ${x.p}` : '—'; })()],
  ...httpSearches.flatMap((s): [string, string][] => [
    [`search over http “${s.q}”`, `${kb(s.bytes)} sent (text gzipped as a static host sends it), first result ${s.ms === null ? '— (none)' : `${s.afterLoad!.toFixed(0)} ms after the page loaded (${s.ms.toFixed(0)} ms after navigation)`}, ${s.reportsFound} reports shown: ${s.status}`],
    [`… where its bytes went`, whereBytes(s.files)],
  ]),
  ...fileSearches.map((s): [string, string] => [`search from file:// “${s.q}”`, `${kb(s.bytes)} read, first result ${s.ms === null ? '— (none)' : `${s.afterLoad!.toFixed(0)} ms after the page loaded (${s.ms.toFixed(0)} ms after navigation)`}, ${s.reportsFound} reports shown`]),
  ['explorer first view', `${kb(ex.fetched.first.gz)} gzipped (${kb(ex.fetched.first.raw)} as served, ${ex.fetched.first.files} files) fetched until the network is idle; first contentful paint ${ex.fcp.toFixed(0)} ms; ${ex.firstRows}`],
  ['explorer, one indicator filter', `${ex.indicator ?? '—'}: ${kb(ex.fetched.filter.gz)} gzipped (${kb(ex.fetched.filter.raw)} as served, ${ex.fetched.filter.files} files) more; ${ex.filterRows}`],
  ['explorer filter change, sort', `filter change ${ex.filterMs.toFixed(0)} ms, sort by value ${ex.sortMs.toFixed(0)} ms`],
];
console.log(`\n| N = ${reportsBuilt} | measured |\n| --- | --- |`);
for (const [k, v] of rows) console.log(`| ${k} | ${v} |`);
if (existsSync(SCRATCH) && basename(SCRATCH).startsWith('atlas-bench-') && !args.includes('--keep')) rmSync(SCRATCH, { recursive: true, force: true });
