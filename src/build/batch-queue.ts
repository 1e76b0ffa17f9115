/**
 * The build's processes beside its renders (site data, Pagefind batches, the offline editions), started once `start`
 * settles: `besideRender` at a time while renders may still run beside them, `afterRenders` (two) at a time once none is left — and
 * fewer when memory would exceed the budget: each job states the memory it needs (an estimate), the render running
 * holds `renderBytes` (set again for each render, never more than the one before it), and a job starts only while what
 * runs and it fit in `budgetBytes` — a job that fits nowhere runs alone once no render is left. Jobs start in the order
 * queued (a job queued `first` ahead of the others), a job that does not fit letting the next ones that do go first,
 * unless it `holds` its place: the jobs on which the end of the build waits longest are not overtaken by smaller ones
 * that would keep them waiting. A job may also wait for the renders to end (`afterRenders`) or until it is `ready`,
 * holding no place meanwhile: it is checked whenever a job ends or the renders do, before any job queued after it
 * takes the place that frees. A failing job fails the build by itself (the build's processes exit it), so failures
 * are not tracked here.
 */
export interface QueueOptions {
  /** The memory the build may use at once (bytes); default: no limit. */
  budgetBytes?: number;
  /** What a render running beside the jobs holds (bytes). */
  renderBytes?: number;
  /** Jobs that may run at once beside a render (default 1). */
  besideRender?: number;
  /** Jobs that may run at once once no render is left (default 2, at least besideRender). */
  afterRenders?: number;
}

interface Job {
  run: () => Promise<void>;
  bytes: number;
  holds: boolean;
  afterRenders: boolean;
  ready?: () => boolean;
}
export interface JobOptions {
  /** Ahead of every job queued so far. */
  first?: boolean;
  /** While it does not fit, no job queued after it starts. */
  holds?: boolean;
  /** Not started while renders may still run (noRenderLeft). */
  afterRenders?: boolean;
  /** Not started while this says false (asked again whenever a job ends, one is queued or the renders change). */
  ready?: () => boolean;
}

export class BatchQueue {
  private jobs: Job[] = [];
  private active = 0;
  private activeBytes = 0;
  private width = 1;
  private open = false;
  private closed = false;
  private finished!: () => void;
  private whenDone = new Promise<void>((done) => (this.finished = done));
  private budget: number;
  private renderBytes: number;
  private afterRenders: number;
  private rendering = true;

  constructor(start: Promise<unknown>, options: QueueOptions = {}) {
    this.budget = options.budgetBytes ?? Infinity;
    this.renderBytes = options.renderBytes ?? 0;
    this.width = options.besideRender ?? 1;
    this.afterRenders = options.afterRenders ?? 2;
    start.then(() => ((this.open = true), this.pump()));
  }
  /** Queues a job; `bytes` is the memory it needs at most (0: unknown, small). */
  add(job: () => Promise<void>, bytes = 0, { first = false, holds = false, afterRenders = false, ready }: JobOptions = {}) {
    const queued = { run: job, bytes, holds, afterRenders, ready };
    if (first) this.jobs.unshift(queued);
    else this.jobs.push(queued);
    this.pump();
  }
  /** A job queued like `add`, whose own end the caller awaits: settles when it has run. */
  run(job: () => Promise<void>, bytes = 0, options: JobOptions = {}): Promise<void> {
    return new Promise<void>((done, fail) => this.add(() => job().then(done, (e) => (fail(e), undefined)), bytes, options));
  }
  /**
   * The next render holds `bytes`: no more than the one before it, since the jobs started beside that one may still
   * run (the build renders its largest part first).
   */
  renderHolds(bytes: number) {
    if (bytes > this.renderBytes) throw new Error(`a render of ${bytes} bytes after one of ${this.renderBytes}: the largest renders first`);
    this.renderBytes = bytes;
    this.pump();
  }
  /** No more renders: the rest may run `afterRenders` at a time. */
  noRenderLeft() {
    this.rendering = false;
    this.width = Math.max(this.width, this.afterRenders);
    this.renderBytes = 0;
    this.pump();
  }
  /** No job is queued after this: `done` may settle. */
  close() {
    this.closed = true;
    this.pump();
  }
  done(): Promise<void> {
    return this.whenDone;
  }
  /** The first waiting job that may start now, by width and memory. */
  private next(): number {
    if (!this.open || this.active >= this.width) return -1;
    for (let i = 0; i < this.jobs.length; i++) {
      const j = this.jobs[i];
      // Not startable yet: passed over, holding no place.
      if ((j.afterRenders && this.rendering) || (j.ready && !j.ready())) continue;
      if (this.renderBytes + this.activeBytes + j.bytes <= this.budget) return i;
      // Too large to fit beside anything: alone, once no render is left.
      if (this.active === 0 && this.renderBytes === 0 && this.width > 1) return i;
      if (j.holds) return -1;
    }
    return -1;
  }
  private pump() {
    for (let i = this.next(); i >= 0; i = this.next()) {
      const [job] = this.jobs.splice(i, 1);
      this.active++;
      this.activeBytes += job.bytes;
      job.run().then(() => (this.active--, (this.activeBytes -= job.bytes), this.pump()));
    }
    if (this.closed && this.open && this.width > 1 && !this.jobs.length && !this.active) this.finished();
  }
}
