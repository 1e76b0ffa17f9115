/** Every file under a folder, as sorted '/'-separated paths relative to it (the same on every platform and run). */
import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

export function filesUnder(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const name of readdirSync(d).sort()) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else out.push(relative(dir, p).split('\\').join('/'));
    }
  };
  walk(dir);
  return out;
}

/** Items in order, cut into consecutive batches of at most `limit` bytes (an item larger than that is a batch alone). */
export function inBatches<T extends { bytes: number }>(items: T[], limit: number): T[][] {
  const batches: T[][] = [];
  let current: T[] = [];
  let size = 0;
  for (const item of items) {
    if (current.length && size + item.bytes > limit) {
      batches.push(current);
      current = [];
      size = 0;
    }
    current.push(item);
    size += item.bytes;
  }
  if (current.length) batches.push(current);
  return batches;
}
