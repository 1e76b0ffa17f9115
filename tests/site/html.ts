/** Helpers for tests that read built HTML as text. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export const DIST = process.env.ATLAS_DIST ?? 'dist';
export const SUB_DIST = process.env.ATLAS_SUB_DIST ?? '.atlas/dist-sub';
export const SUB_BASE = '/atlas/';
/** The sub-path build is also the one built with a configured site address (scripts/test.ts sets SITE_URL). */
export const SUB_SITE_URL = `https://atlas.example${SUB_BASE}`;

export const readDist = (path: string, dir = DIST) => readFileSync(join(dir, path), 'utf8');
export const readJson = <T>(path: string, dir = DIST): T => JSON.parse(readDist(path, dir));

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };
export function decodeEntities(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (m, e: string) => {
    if (e[0] === '#') return String.fromCodePoint(e[1].toLowerCase() === 'x' ? parseInt(e.slice(2), 16) : Number(e.slice(1)));
    return ENTITIES[e] ?? m;
  });
}
/** The text of an HTML document, tags removed (scripts and styles dropped). */
export function textOf(html: string): string {
  return decodeEntities(html.replace(/<(script|style)[\s\S]*?<\/\1>/gi, '').replace(/<[^>]+>/g, ''));
}
export function idCounts(html: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const m of html.matchAll(/\sid="([^"]+)"/g)) counts.set(m[1], (counts.get(m[1]) ?? 0) + 1);
  return counts;
}
