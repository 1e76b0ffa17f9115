/**
 * The d3 modules the chart of 词语历年 draws with (scales and their dependencies), as one classic script: the page
 * must work from file://, which refuses module scripts. Each module's own UMD build, in dependency order; each adds
 * itself to the global `d3`.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, sep } from 'node:path';

const MODULES = ['d3-array', 'd3-color', 'd3-interpolate', 'd3-format', 'd3-time', 'd3-time-format', 'd3-scale'];
const require = createRequire(import.meta.url);
/** A module's folder, from its entry (its package exports no package.json to resolve). */
const moduleDir = (m: string) => {
  const entry = require.resolve(m);
  const marker = `${sep}node_modules${sep}${m}${sep}`;
  return entry.slice(0, entry.lastIndexOf(marker) + marker.length);
};

export function GET() {
  const body = MODULES.map((m) => readFileSync(join(moduleDir(m), 'dist', `${m}.min.js`), 'utf8')).join('\n');
  return new Response(body, { headers: { 'Content-Type': 'text/javascript; charset=utf-8' } });
}
