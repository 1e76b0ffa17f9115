/**
 * Jobs (the build's Pagefind batches) started in the order queued once `start` settles: one at a time while renders
 * may still run beside them (memory: a render and a batch, never two batches), two at a time once none is left (both
 * cores). A failing job fails the build by itself (the build's processes exit it), so failures are not tracked here.
 */
export class BatchQueue {
  private jobs: (() => Promise<void>)[] = [];
  private active = 0;
  private width = 1;
  private open = false;
  private closed = false;
  private finished!: () => void;
  private whenDone = new Promise<void>((done) => (this.finished = done));
  private freed!: () => void;
  private whenFree = new Promise<void>((done) => (this.freed = done));

  constructor(start: Promise<unknown>) {
    start.then(() => ((this.open = true), this.pump()));
  }
  add(job: () => Promise<void>) {
    this.jobs.push(job);
    this.pump();
  }
  /** No more renders: the rest may run two at a time, and no batch is queued after this. */
  noRenderLeft() {
    this.width = 2;
    this.closed = true;
    this.pump();
  }
  done(): Promise<void> {
    return this.whenDone;
  }
  /**
   * Settles once no render is left, every job has started and fewer run than may: a core the queue will not use
   * again (the build runs its offline edition there, beside the last batch and the merge).
   */
  coreFree(): Promise<void> {
    return this.whenFree;
  }
  private pump() {
    while (this.open && this.jobs.length && this.active < this.width) {
      const job = this.jobs.shift()!;
      this.active++;
      job().then(() => (this.active--, this.pump()));
    }
    if (this.closed && this.open && !this.jobs.length && this.active < this.width) this.freed();
    if (this.closed && this.open && !this.jobs.length && !this.active) this.finished();
  }
}
