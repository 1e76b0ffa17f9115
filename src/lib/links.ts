/**
 * Links that work on any host, under any base path, and from disk. Online pages link to `BASE + path`;
 * the offline edition (ATLAS_OFFLINE=1) links relatively to real `index.html` files, which file:// needs.
 */
export const OFFLINE = import.meta.env.ATLAS_OFFLINE === '1' || process.env.ATLAS_OFFLINE === '1';
const RAW_BASE = import.meta.env.BASE_URL ?? '/';
export const BASE = RAW_BASE.endsWith('/') ? RAW_BASE : `${RAW_BASE}/`;

/** `to` is site-relative without a leading slash ('' for home, 'reports/x/', 'data/targets.csv'). */
export function link(fromPath: string, to: string): string {
  if (!OFFLINE) return BASE + to;
  const fromDir = fromPath.replace(BASE, '').split('/').filter(Boolean);
  const up = '../'.repeat(fromDir.length);
  const target = to === '' || to.endsWith('/') ? `${to}index.html` : to;
  return (up + target).replace(/^$/, './');
}
