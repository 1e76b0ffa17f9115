/** Command lines of the build's own scripts: named string options, every one required. */
import { parseArgs } from 'node:util';

export function requiredOptions<K extends string>(script: string, names: readonly K[]): Record<K, string> {
  const { values } = parseArgs({ options: Object.fromEntries(names.map((n) => [n, { type: 'string' as const }])) });
  const out = {} as Record<K, string>;
  for (const n of names) {
    const v = values[n];
    if (typeof v !== 'string' || !v) throw new Error(`${script}: --${n} is required`);
    out[n] = v;
  }
  return out;
}
