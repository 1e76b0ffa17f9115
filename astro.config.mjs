// @ts-check
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import { fileURLToPath } from 'node:url';
import { resolve } from 'node:path';
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { createHash } from 'node:crypto';

/** One render serves both editions: scripts/build.ts rewrites these pages for the offline (file://) edition. */
const base = process.env.SITE_BASE || '/';
const project = fileURLToPath(new URL('.', import.meta.url));
/**
 * Builds with their own work folder (ATLAS_WORK) keep all of Astro's state there — its cache, its content store and
 * the generated `.astro/` folder (which lives in the root) — so two builds with different folders never collide.
 * The default work folder keeps the project root, where the type-checker finds `.astro/types.d.ts`; another gets a
 * root of its own inside the project (so that packages still resolve from its node_modules), named by its path.
 * scripts/build.ts gives each of its renders a root of its own (ATLAS_RENDER_ROOT), cache included: renders run side
 * by side, and two sharing a root would overwrite each other's generated content modules and content store.
 */
const work = process.env.ATLAS_WORK ? resolve(process.env.ATLAS_WORK) : null;
const renderRoot = process.env.ATLAS_RENDER_ROOT ? resolve(process.env.ATLAS_RENDER_ROOT) : null;
const ownRoot =
  renderRoot ??
  (work && work !== resolve(project, '.atlas')
    ? resolve(project, '.atlas', 'roots', createHash('sha256').update(work).digest('hex').slice(0, 16))
    : null);

/** The site's public address. Without it no absolute URL is written: no canonical or og:url, and no sitemap. */
const siteUrl = process.env.SITE_URL || undefined;
/**
 * scripts/build.ts renders a very large corpus in parts: report pages only (ATLAS_REPORTS_ONLY), which write no
 * sitemap, and a last part with every other page (ATLAS_ALL_REPORT_URLS), whose sitemap lists every report page too.
 */
const reportPart = process.env.ATLAS_REPORTS_ONLY === '1';
/**
 * The source folder of a report part: the site's components, layouts and libraries (linked), and of
 * its pages only the report page, so that a part renders its reports and nothing else. It lies inside the project's
 * root (Astro needs its source there); the page is a copy, as Astro finds a page's styles by its path under pages/.
 */
function reportsOnlySrc() {
  const src = resolve(project, 'src');
  const dir = resolve(ownRoot ?? resolve(project, '.atlas'), 'reports-src');
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(resolve(dir, 'pages', 'reports'), { recursive: true });
  for (const name of readdirSync(src)) if (name !== 'pages') symlinkSync(resolve(src, name), resolve(dir, name));
  copyFileSync(resolve(src, 'pages', 'reports', '[slug].astro'), resolve(dir, 'pages', 'reports', '[slug].astro'));
  return dir;
}
if (!siteUrl && !reportPart) console.warn('[atlas] SITE_URL is not set: canonical links, og:url and the sitemap are left out.');
function reportUrls() {
  if (!siteUrl || !process.env.ATLAS_ALL_REPORT_URLS) return [];
  /** @type {{ slug: string }[]} */
  const summaries = JSON.parse(readFileSync(resolve(process.env.ATLAS_WORK ?? resolve(project, '.atlas'), 'data', 'reports.json'), 'utf8'));
  const path = `/${base}/`.replace(/\/+/g, '/');
  return summaries.map((s) => new URL(`${path}reports/${s.slug}/`, siteUrl).href);
}

/**
 * scripts/build.ts starts the render before the ingest is done: Astro's start-up and bundling need no data. With
 * ATLAS_WAIT_FOR set, the render makes its pages only once that file exists (the build writes it when the data is
 * ready), just before Astro's own step that generates the pages; it gives up if the build that started it is gone.
 * @param {string} file
 */
function waitForData(file) {
  const buildPid = Number(process.env.ATLAS_BUILD_PID);
  const alive = () => {
    try {
      return !buildPid || (process.kill(buildPid, 0), true);
    } catch {
      return false;
    }
  };
  return {
    name: 'atlas:wait-for-data',
    buildApp: {
      order: 'post',
      async handler() {
        while (!existsSync(file)) {
          if (!alive()) throw new Error(`the build that started this render is gone; no data at ${file}`);
          await new Promise((r) => setTimeout(r, 20));
        }
      },
    },
  };
}

export default defineConfig({
  ...(ownRoot ? { root: ownRoot, srcDir: resolve(project, 'src'), publicDir: resolve(project, 'public') } : {}),
  ...(reportPart ? { srcDir: reportsOnlySrc() } : {}),
  cacheDir: renderRoot ? resolve(renderRoot, 'cache') : resolve(work ?? resolve(project, '.atlas'), 'astro-cache'),
  site: siteUrl,
  base,
  outDir: process.env.ATLAS_OUT_DIR ? resolve(process.env.ATLAS_OUT_DIR) : resolve(project, 'dist'),
  trailingSlash: 'always',
  // Styles inline: one request less per page, and nothing root-absolute for the offline edition to rewrite.
  build: { format: 'directory', inlineStylesheets: 'always' },
  // MDX for the prose pages written by hand (the methodology, src/pages/about/method/): report bodies are not MDX
  // modules (src/lib/report-body.ts parses them), so this compiles only those few pages.
  integrations: [mdx(), ...(siteUrl && !reportPart ? [sitemap({ customPages: reportUrls() })] : [])],
  devToolbar: { enabled: false },
  ...(process.env.ATLAS_WAIT_FOR ? { vite: { plugins: [waitForData(resolve(process.env.ATLAS_WAIT_FOR))] } } : {}),
});
