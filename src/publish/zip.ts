/**
 * A zip writer on Node's native zlib (deflate and crc32), streaming entry by entry to a file. Each entry is made ready
 * to write — read, rewritten for file:// when it is a page, checksummed, deflated (src/publish/zip-pack.ts) — by a
 * packer: on the worker threads of a PackPool, a few entries at a time while this thread only lists and writes them,
 * or in this thread. Entries are written in the order they were added, whichever is ready first, so the same site
 * gives the same archive; memory holds the entries in flight. Why threads: the offline edition ends the build, and
 * with the pages rewritten, the files read and the zip written on the main thread and only the deflate on libuv's
 * pool, the main thread was as busy as all the deflating (≈ 1.4 CPU-s each at 200 reports): part of the machine's
 * second core idled while it ran. Plain zip (no zip64): the offline edition stays far below 4 GB and 65,535 files,
 * and the writer refuses rather than write a broken archive.
 */
import { closeSync, openSync, writeSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { packEntry, type PackTask, type Packed } from './zip-pack.ts';

/** Makes an entry ready to write. */
export type Packer = (task: PackTask) => Promise<Packed>;
/** In this thread, one entry at a time. */
export const packHere: Packer = async (task) => packEntry(task);

interface Ready extends Packed {
  nameBytes: Buffer;
}

/** 2020-01-01 00:00 in MS-DOS form: a fixed date, so the same site gives the same archive. */
const DOS_TIME = 0;
const DOS_DATE = ((2020 - 1980) << 9) | (1 << 5) | 1;

export class ZipFile {
  private fd: number;
  private offset = 0;
  private central: Buffer[] = [];
  private count = 0;
  private pending: Promise<Ready>[] = [];
  private packer: Packer;
  private inFlight: number;

  /** `inFlight`: entries being made ready at once, the packer's threads' worth and a few waiting for them. */
  constructor(path: string, packer: Packer = packHere, inFlight = 4) {
    this.fd = openSync(path, 'w');
    this.packer = packer;
    this.inFlight = inFlight;
  }

  private write(b: Uint8Array) {
    writeSync(this.fd, b);
    this.offset += b.length;
  }

  /** Adds a file of these bytes (see addEntry). */
  add(name: string, data: Uint8Array): Promise<void> {
    return this.addEntry({ name, data });
  }

  /**
   * Adds one entry; already-compressed kinds are stored, the rest deflated when that makes them smaller. Resolves once
   * the entry is on its way: await it before adding the next, so that no more than `inFlight` wait in memory.
   */
  async addEntry(task: PackTask): Promise<void> {
    const nameBytes = Buffer.from(task.name, 'utf8');
    this.pending.push(this.packer(task).then((packed) => ({ ...packed, nameBytes })));
    if (this.pending.length >= this.inFlight) this.writeEntry(await this.pending.shift()!);
  }

  private writeEntry({ nameBytes, crc, size, body, deflated }: Ready) {
    if (this.offset + body.length > 0xffffffff || this.count >= 0xffff) throw new Error('offline edition too large for a plain zip');
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4); // version needed
    local.writeUInt16LE(0x0800, 6); // UTF-8 names
    local.writeUInt16LE(deflated ? 8 : 0, 8);
    local.writeUInt16LE(DOS_TIME, 10);
    local.writeUInt16LE(DOS_DATE, 12);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(body.length, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(nameBytes.length, 26);
    local.writeUInt16LE(0, 28);
    const headerAt = this.offset;
    this.write(local);
    this.write(nameBytes);
    this.write(body);
    const entry = Buffer.alloc(46);
    entry.writeUInt32LE(0x02014b50, 0);
    entry.writeUInt16LE(20, 4); // made by
    entry.writeUInt16LE(20, 6);
    entry.writeUInt16LE(0x0800, 8);
    entry.writeUInt16LE(deflated ? 8 : 0, 10);
    entry.writeUInt16LE(DOS_TIME, 12);
    entry.writeUInt16LE(DOS_DATE, 14);
    entry.writeUInt32LE(crc, 16);
    entry.writeUInt32LE(body.length, 20);
    entry.writeUInt32LE(size, 24);
    entry.writeUInt16LE(nameBytes.length, 28);
    entry.writeUInt32LE(headerAt, 42);
    this.central.push(entry, nameBytes);
    this.count++;
  }

  /** Writes the files still in flight, then the central directory; returns the archive's size in bytes. */
  async close(): Promise<number> {
    while (this.pending.length) this.writeEntry(await this.pending.shift()!);
    const start = this.offset;
    for (const b of this.central) this.write(b);
    const end = Buffer.alloc(22);
    end.writeUInt32LE(0x06054b50, 0);
    end.writeUInt16LE(this.count, 8);
    end.writeUInt16LE(this.count, 10);
    end.writeUInt32LE(this.offset - start, 12);
    end.writeUInt32LE(start, 16);
    this.write(end);
    closeSync(this.fd);
    return this.offset;
  }
}

/** Threads of a PackPool: the build machines' two cores (more gain nothing there, and each costs a heap). */
export const packThreads = () => Math.min(2, availableParallelism());

/**
 * Worker threads that make zip entries ready (src/publish/zip-worker.ts), each entry sent to the thread with the
 * fewest waiting. The caller's bytes are copied to the thread, never moved: it may still use them. Why not the
 * ingest's Tinypool: it reads the thread's memory use (process.memoryUsage, ≈ 0.1 ms) after every task, and an
 * edition is tens of thousands of small entries at 10,000 reports — seconds of CPU for nothing the zip needs.
 */
export class PackPool {
  private threads: { worker: Worker; waiting: number }[];
  private calls = new Map<number, { resolve: (p: Packed) => void; reject: (e: Error) => void; thread: { waiting: number } }>();
  private nextId = 0;
  private closing = false;
  /** Why a thread failed: every entry asked for after it fails too, rather than wait for a thread that is gone. */
  private failure: Error | null = null;

  constructor(threads = packThreads()) {
    this.threads = Array.from({ length: Math.max(1, threads) }, () => {
      const thread = { worker: new Worker(new URL('./zip-worker.ts', import.meta.url)), waiting: 0 };
      thread.worker.on('message', (m: { id: number; packed?: Packed; error?: string }) => this.settle(m));
      thread.worker.on('error', (e: unknown) => this.failAll(e instanceof Error ? e : new Error(String(e))));
      thread.worker.on('exit', (code) => this.closing || this.failAll(new Error(`a zip worker exited with ${code}`)));
      return thread;
    });
  }

  /** Entries in flight that keep every thread busy: the one it makes, and two waiting. */
  get inFlight() {
    return 3 * this.threads.length;
  }

  pack: Packer = (task) =>
    new Promise<Packed>((resolve, reject) => {
      if (this.failure) return reject(this.failure);
      const thread = this.threads.reduce((a, b) => (b.waiting < a.waiting ? b : a));
      const id = this.nextId++;
      thread.waiting++;
      this.calls.set(id, { resolve, reject, thread });
      // A view of a larger buffer (a small Buffer shares a pool) would be copied with all of it.
      const data = task.data && task.data.byteLength !== task.data.buffer.byteLength ? new Uint8Array(task.data) : task.data;
      thread.worker.postMessage({ id, task: { ...task, data } });
    });

  private settle({ id, packed, error }: { id: number; packed?: Packed; error?: string }) {
    const call = this.calls.get(id)!;
    this.calls.delete(id);
    call.thread.waiting--;
    if (error !== undefined) call.reject(new Error(error));
    else call.resolve(packed!);
  }

  private failAll(e: Error) {
    this.failure ??= e;
    for (const call of this.calls.values()) call.reject(e);
    this.calls.clear();
  }

  /** Ends the threads (once every entry is written). */
  async close(): Promise<void> {
    this.closing = true;
    await Promise.all(this.threads.map((t) => t.worker.terminate()));
  }
}
