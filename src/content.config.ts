import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';

/** The MDX pages the pipeline wrote (npm run ingest): one per report, named by slug. */
const reports = defineCollection({
  loader: glob({ pattern: '*.mdx', base: `${process.env.ATLAS_WORK ?? '.atlas'}/data/mdx` }),
});

export const collections = { reports };
