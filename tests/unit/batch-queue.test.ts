import { describe, expect, it } from 'vitest';
import { BatchQueue } from '../../src/build/batch-queue.ts';
import { evenBatches } from '../../src/build/files.ts';

/** A job that records when it starts and ends, and ends when the test says so. */
function jobs(log: string[]) {
  const release = new Map<string, () => void>();
  const job = (name: string) => () => {
    log.push(`start ${name}`);
    return new Promise<void>((done) => release.set(name, () => (log.push(`end ${name}`), done())));
  };
  const end = async (name: string) => {
    release.get(name)!();
    await new Promise((r) => setTimeout(r, 0));
  };
  return { job, end };
}

describe('batch queue', () => {
  it('waits for its start, runs one job at a time in order, two once no render is left, and is done after the last', async () => {
    const log: string[] = [];
    const { job, end } = jobs(log);
    let open!: () => void;
    const q = new BatchQueue(new Promise<void>((r) => (open = r)));
    let done = false;
    q.done().then(() => (done = true));
    q.add(job('a'));
    q.add(job('b'));
    await new Promise((r) => setTimeout(r, 0));
    expect(log).toEqual([]);
    open();
    await new Promise((r) => setTimeout(r, 0));
    expect(log).toEqual(['start a']);
    q.add(job('c'));
    await end('a');
    expect(log).toEqual(['start a', 'end a', 'start b']);
    q.noRenderLeft();
    q.close();
    expect(log.slice(-1)).toEqual(['start c']);
    await end('c');
    expect(done).toBe(false);
    await end('b');
    expect(done).toBe(true);
  });
  it('runs as many jobs as afterRenders says once no render is left', async () => {
    const log: string[] = [];
    const { job, end } = jobs(log);
    const q = new BatchQueue(Promise.resolve(), { besideRender: 2, afterRenders: 3 });
    await new Promise((r) => setTimeout(r, 0));
    for (const name of ['a', 'b', 'c', 'd']) q.add(job(name));
    expect(log).toEqual(['start a', 'start b']);
    q.noRenderLeft();
    expect(log).toEqual(['start a', 'start b', 'start c']);
    await end('b');
    expect(log.slice(-1)).toEqual(['start d']);
  });
  it('starts a job for after the renders once none is left, and a job that is not ready once it is, ahead of those queued after it', async () => {
    const log: string[] = [];
    const { job, end } = jobs(log);
    const q = new BatchQueue(Promise.resolve(), { besideRender: 2 });
    await new Promise((r) => setTimeout(r, 0));
    let ready = false;
    q.add(job('data'));
    q.add(job('batch 1'), 0, { afterRenders: true });
    q.add(job('batch 2'), 0, { afterRenders: true });
    q.add(job('offline'), 0, { first: true, holds: true, ready: () => ready });
    // Neither the batches (renders still run) nor the offline job (not ready) start, and neither holds the others back.
    q.add(job('other'));
    expect(log).toEqual(['start data', 'start other']);
    q.noRenderLeft();
    expect(log.slice(2)).toEqual([]);
    // Ready as the data job ends: it takes the place that frees, ahead of the batches.
    await end('other');
    expect(log.slice(2)).toEqual(['end other', 'start batch 1']);
    ready = true;
    await end('data');
    expect(log.slice(4)).toEqual(['end data', 'start offline']);
    await end('batch 1');
    expect(log.slice(-1)).toEqual(['start batch 2']);
  });
  it('starts a job queued first ahead of the others, and lets none pass one that holds its place while it does not fit', async () => {
    const log: string[] = [];
    const { job, end } = jobs(log);
    const q = new BatchQueue(Promise.resolve(), { budgetBytes: 10, renderBytes: 6, besideRender: 2 });
    await new Promise((r) => setTimeout(r, 0));
    q.add(job('a'), 3);
    q.add(job('big'), 5, { holds: true });
    q.add(job('small'), 1);
    // a fits beside the render; big does not, and small, which would, waits behind it.
    expect(log).toEqual(['start a']);
    q.add(job('urgent'), 1, { first: true });
    expect(log).toEqual(['start a', 'start urgent']);
    await end('urgent');
    await end('a');
    // The next render holds less: big fits beside it now, then small beside both.
    q.renderHolds(4);
    expect(log.slice(-2)).toEqual(['start big', 'start small']);
    expect(() => q.renderHolds(5)).toThrow(/largest renders first/);
  });
  it('starts a job only while it fits the memory budget beside the render and the jobs running, lets smaller ones pass, and runs one that fits nowhere alone once no render is left', async () => {
    const log: string[] = [];
    const { job, end } = jobs(log);
    const q = new BatchQueue(Promise.resolve(), { budgetBytes: 10, renderBytes: 4 });
    await new Promise((r) => setTimeout(r, 0));
    q.add(job('huge'), 12);
    q.add(job('a'), 5);
    q.add(job('b'), 5);
    expect(log).toEqual(['start a']);
    await end('a');
    expect(log).toEqual(['start a', 'end a', 'start b']);
    q.noRenderLeft();
    q.close();
    // Two may run, but the huge one fits beside nothing: it waits for b, then runs alone.
    expect(log.slice(-1)).toEqual(['start b']);
    await end('b');
    expect(log.slice(-1)).toEqual(['start huge']);
    let done = false;
    q.done().then(() => (done = true));
    await end('huge');
    expect(done).toBe(true);
  });
  it('run settles when its own job has run', async () => {
    const q = new BatchQueue(Promise.resolve());
    let ran = false;
    await q.run(async () => void (ran = true));
    expect(ran).toBe(true);
  });
  it('is done at once when nothing was queued', async () => {
    const q = new BatchQueue(Promise.resolve());
    q.noRenderLeft();
    q.close();
    await expect(q.done()).resolves.toBeUndefined();
  });
});

describe('even batches', () => {
  const items = (sizes: number[]) => sizes.map((bytes, i) => ({ i, bytes }));
  const sizes = (batches: { bytes: number }[][]) => batches.map((b) => b.reduce((n, x) => n + x.bytes, 0));

  it('cuts into as few batches of about equal size as keep each near the limit, in order, losing nothing', () => {
    const all = items([5, 5, 5, 5, 5, 5, 5, 5, 5, 5]);
    const batches = evenBatches(all, 24);
    expect(sizes(batches)).toEqual([15, 20, 15]);
    expect(batches.flat()).toEqual(all);
    for (const s of sizes(batches)) expect(s).toBeLessThanOrEqual(24);
    // A greedy cut would leave a full batch and a small one: 20 + 5; even, 10 + 15.
    expect(sizes(evenBatches(items([5, 5, 5, 5, 5]), 20))).toEqual([10, 15]);
  });

  it('makes at least as many batches as asked, where there are that many items', () => {
    expect(sizes(evenBatches(items([4, 4, 4, 4]), 100, 2))).toEqual([8, 8]);
    expect(evenBatches(items([4]), 100, 2)).toHaveLength(1);
    expect(evenBatches([], 100, 2)).toEqual([]);
  });
});
