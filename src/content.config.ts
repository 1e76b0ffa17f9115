import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';

/**
 * The MDX pages the pipeline wrote (npm run ingest): one per report, named by slug. ATLAS_MDX_DIR narrows a render to
 * some of them (scripts/build.ts renders the report pages in parts of bounded size: see there).
 */
const reports = defineCollection({
  loader: glob({ pattern: '*.mdx', base: process.env.ATLAS_MDX_DIR ?? `${process.env.ATLAS_WORK ?? '.atlas'}/data/mdx` }),
});

export const collections = { reports };
