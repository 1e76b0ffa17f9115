/** A worker thread of the ingest (scripts/lib/ingest-threads.ts): runs the jobs it is sent, one at a time. */
import { parentPort } from 'node:worker_threads';
import { buildReport, prepareFile } from '../../src/pipeline/ingest.ts';
import { writeReportFiles } from '../../src/pipeline/io.ts';
import type { IngestJob } from './ingest-threads.ts';

parentPort!.on('message', ({ id, job }: { id: number; job: IngestJob }) => {
  try {
    let result: unknown[] = [];
    if (job.op === 'prepare') result = job.files.map((f) => prepareFile(f, job.catalog));
    else if (job.op === 'build') result = job.plans.map((p) => buildReport(p, job.vocabulary));
    else writeReportFiles(job.reports, job.out);
    parentPort!.postMessage({ id, result });
  } catch (e) {
    parentPort!.postMessage({ id, error: (e as Error).stack ?? String(e) });
  }
});
