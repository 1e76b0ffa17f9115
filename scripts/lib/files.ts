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
