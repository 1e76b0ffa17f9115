// @ts-check
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import { fileURLToPath } from 'node:url';
import { resolve } from 'node:path';
import { createHash } from 'node:crypto';

/** One render serves both editions: scripts/build.ts rewrites these pages for the offline (file://) edition. */
const base = process.env.SITE_BASE || '/';
const project = fileURLToPath(new URL('.', import.meta.url));
/**
 * Builds with their own work folder (ATLAS_WORK) keep all of Astro's state there — its cache, its content store and
 * the generated `.astro/` folder (which lives in the root) — so two builds with different folders never collide.
 * The default work folder keeps the project root, where the type-checker finds `.astro/types.d.ts`; another gets a
 * root of its own inside the project (so that packages still resolve from its node_modules), named by its path.
 */
const work = process.env.ATLAS_WORK ? resolve(process.env.ATLAS_WORK) : null;
const ownRoot =
  work && work !== resolve(project, '.atlas')
    ? resolve(project, '.atlas', 'roots', createHash('sha256').update(work).digest('hex').slice(0, 16))
    : null;

/** The site's public address. Without it no absolute URL is written: no canonical or og:url, and no sitemap. */
const siteUrl = process.env.SITE_URL || undefined;
if (!siteUrl) console.warn('[atlas] SITE_URL is not set: canonical links, og:url and the sitemap are left out.');

export default defineConfig({
  ...(ownRoot ? { root: ownRoot, srcDir: resolve(project, 'src'), publicDir: resolve(project, 'public') } : {}),
  cacheDir: resolve(work ?? resolve(project, '.atlas'), 'astro-cache'),
  site: siteUrl,
  base,
  outDir: process.env.ATLAS_OUT_DIR ? resolve(process.env.ATLAS_OUT_DIR) : resolve(project, 'dist'),
  trailingSlash: 'always',
  // Styles inline: one request less per page, and nothing root-absolute for the offline edition to rewrite.
  build: { format: 'directory', inlineStylesheets: 'always' },
  // Report text is shown exactly as written: no typographic quote or dash substitution.
  markdown: { smartypants: false },
  integrations: [mdx(), ...(siteUrl ? [sitemap()] : [])],
  devToolbar: { enabled: false },
});
