// @ts-check
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';

/** The offline edition (opened from file://) is built at the root with relative links and no sitemap. */
const offline = process.env.ATLAS_OFFLINE === '1';
const base = offline ? '/' : process.env.SITE_BASE || '/';

export default defineConfig({
  site: process.env.SITE_URL || 'http://localhost:4321',
  base,
  outDir: process.env.ATLAS_OUT_DIR || './dist',
  trailingSlash: 'always',
  // Styles inline: one request less per page, and nothing root-absolute for the offline edition to rewrite.
  build: { format: 'directory', inlineStylesheets: 'always' },
  // Report text is shown exactly as written: no typographic quote or dash substitution.
  markdown: { smartypants: false },
  integrations: [mdx(), ...(offline ? [] : [sitemap()])],
  devToolbar: { enabled: false },
});
