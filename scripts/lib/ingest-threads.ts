/**
 * The ingest on all cores: the per-file steps (decode → normalize → structure) and the per-report steps (merge →
 * sections → targets, and writing each report's JSON and MDX) are shared between this thread and worker threads;
 * grouping files into reports and naming them (slugs) stay on this thread, in reading order, so the result is the
 * one `ingest()` gives on one thread — the same functions, in the same order, on contiguous shares (tested).
 * Why: the ingest opens the build, with nothing beside it, and was its longest step on one core.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { assembleIngest, buildReport, inReadingOrder, planReports, prepareFile, type IngestResult, type InputFile, type Redirects } from '../../src/pipeline/ingest.ts';
import type { Catalog } from '../../src/pipeline/metadata.ts';
import type { Vocabulary } from '../../src/pipeline/indicators.ts';
import type { Report } from '../../src/pipeline/types.ts';
import { writeReportFiles } from '../../src/pipeline/io.ts';

/** A job for a worker thread (scripts/lib/ingest-worker.ts). */
export type IngestJob =
  | { op: 'prepare'; files: InputFile[]; catalog: Catalog }
  | { op: 'build'; plans: ReturnType<typeof planReports>; vocabulary: Vocabulary }
  | { op: 'write'; reports: Report[]; out: string };

/** Items cut into `n` contiguous shares of about equal weight, in order. */
export function shares<T>(items: T[], n: number, weight: (item: T) => number): T[][] {
  const total = items.reduce((s, i) => s + weight(i), 0);
  const out: T[][] = Array.from({ length: n }, () => []);
  let before = 0;
  for (const item of items) {
    const w = weight(item);
    out[Math.min(n - 1, Math.floor(((before + w / 2) / (total || 1)) * n))].push(item);
    before += w;
  }
  return out;
}

export class IngestThreads {
  private readonly workers: Worker[];
  private next = 0;
  private readonly pending = new Map<number, { done: (v: unknown) => void; failed: (e: Error) => void }>();

  /** `threads` in all, this one included (default: one per core, at most four). */
  constructor(threads = Math.min(4, availableParallelism())) {
    this.workers = Array.from({ length: Math.max(0, threads - 1) }, () => {
      const w = new Worker(new URL('./ingest-worker.ts', import.meta.url));
      w.on('message', ({ id, result, error }: { id: number; result?: unknown; error?: string }) => {
        const p = this.pending.get(id)!;
        this.pending.delete(id);
        if (error !== undefined) p.failed(new Error(`ingest worker: ${error}`));
        else p.done(result);
      });
      w.on('error', (e: Error) => {
        for (const p of this.pending.values()) p.failed(e);
        this.pending.clear();
      });
      return w;
    });
  }

  get count(): number {
    return this.workers.length + 1;
  }

  private send<T>(worker: Worker, job: IngestJob): Promise<T> {
    const id = this.next++;
    return new Promise<T>((done, failed) => {
      this.pending.set(id, { done: done as (v: unknown) => void, failed });
      worker.postMessage({ id, job });
    });
  }

  /** Shares 1… to the workers, share 0 on this thread meanwhile; the results in order. */
  private async spread<T, R>(items: T[], weight: (item: T) => number, job: (share: T[]) => IngestJob, here: (share: T[]) => R[]): Promise<R[]> {
    const [own, ...rest] = shares(items, this.count, weight);
    const theirs = rest.map((share, k) => (share.length ? this.send<R[]>(this.workers[k], job(share)) : Promise.resolve([] as R[])));
    const mine = here(own);
    return [...mine, ...(await Promise.all(theirs)).flat()];
  }

  async ingest(files: InputFile[], catalog: Catalog, redirects: Redirects, vocabulary: Vocabulary): Promise<IngestResult> {
    const read = await this.spread(
      inReadingOrder(files),
      (f) => f.bytes.length,
      (share) => ({ op: 'prepare', files: share, catalog }),
      (share) => share.map((f) => prepareFile(f, catalog)),
    );
    const plans = planReports(read.flatMap((f) => (f.ok ? [f.prepared] : [])), catalog);
    const built = await this.spread(
      plans,
      (p) => p.members.reduce((n, m) => n + m.text.length, 0),
      (share) => ({ op: 'build', plans: share, vocabulary }),
      (share) => share.map((p) => buildReport(p, vocabulary)),
    );
    return assembleIngest(read, built, redirects);
  }

  /** Each report's JSON and MDX into `out` (which must exist), shared like the rest. */
  async writeReports(reports: Report[], out: string): Promise<void> {
    await this.spread(
      reports,
      (r) => r.sections.reduce((n, s) => n + s.paragraphs.length, 0) + r.targets.length,
      (share) => ({ op: 'write', reports: share, out }),
      (share) => (writeReportFiles(share, out), []),
    );
  }

  close(): Promise<number[]> {
    return Promise.all(this.workers.map((w) => w.terminate()));
  }
}
