// @ts-check
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';

/** The offline edition (opened from file://) is built at the root with relative links and no sitemap. */
const offline = process.env.ATLAS_OFFLINE === '1';
const base = offline ? '/' : process.env.SITE_BASE || '/';
/** The site's public address. Without it no absolute URL is written: no canonical or og:url, and no sitemap. */
const siteUrl = process.env.SITE_URL || undefined;
if (!siteUrl && !offline) console.warn('[atlas] SITE_URL is not set: canonical links, og:url and the sitemap are left out.');

export default defineConfig({
  site: siteUrl,
  base,
  outDir: process.env.ATLAS_OUT_DIR || './dist',
  trailingSlash: 'always',
  // Styles inline: one request less per page, and nothing root-absolute for the offline edition to rewrite.
  build: { format: 'directory', inlineStylesheets: 'always' },
  // Report text is shown exactly as written: no typographic quote or dash substitution.
  markdown: { smartypants: false },
  integrations: [mdx(), ...(offline || !siteUrl ? [] : [sitemap()])],
  devToolbar: { enabled: false },
});
