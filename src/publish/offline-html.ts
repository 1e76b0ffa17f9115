/**
 * The offline pages: the online pages rewritten for file://. Root-absolute links (and form actions) under the base path
 * become relative links to real `index.html` files (file:// has no directory index); canonical, og:url and sitemap
 * links, which name the web address, are dropped; the page is told it is the offline edition. Report text never
 * reaches these patterns: Astro escapes `"` in text and attribute values, so `href="/…"` only occurs in markup.
 * A module of its own, needing nothing but paths: the zip's worker threads load it (src/publish/zip-pack.ts).
 */
import { posix } from 'node:path';

/** The offline edition's file name under download/ (the home page links it). */
export const OFFLINE_ZIP_NAME = 'report-atlas-offline.zip';

/** A site-relative path ('' for home, 'reports/x/', 'data/t.csv') seen from the page at `page` ('reports/x/index.html'). */
export function relativeLink(page: string, target: string): string {
  const cut = target.search(/[?#]/);
  const path = cut < 0 ? target : target.slice(0, cut);
  const suffix = cut < 0 ? '' : target.slice(cut);
  const file = path === '' || path.endsWith('/') ? `${path}index.html` : path;
  const rel = posix.relative(posix.dirname(page), file) || 'index.html';
  return rel + suffix;
}

/**
 * What the offline pages leave out, in one pass over a page: canonical and sitemap links and og:url, which name the web
 * address; and the parts that only make sense on the web (saving the site in the browser, the zip itself) — an
 * element marked data-online-only never nests another of its own tag, so the first closing tag ends it. None of these
 * holds another (a link or meta tag holds no element), so one pass removes what a pass per kind removed.
 * Every pattern here matches ASCII alone — markup's own whitespace (WS, not \s, which also matches U+00A0 and
 * U+3000) — and passes over any other character whole, so a page's UTF-8 bytes read as Latin-1 (one character a
 * byte) come out as the same bytes as the page read as UTF-8: see offlinePage.
 */
const WS = '[\\t\\n\\f\\r ]';
const ONLINE_ONLY = new RegExp(
  `<link rel="(?:canonical|sitemap)"[^>]*>|<meta property="og:url"[^>]*>|<(li|details|p|span)\\b[^>]*${WS}data-online-only[^>]*>[\\s\\S]*?<\\/\\1>|<link[^>]*${WS}data-online-only[^>]*>`,
  'g',
);

export function offlineHtml(html: string, page: string, base: string): string {
  const escapedBase = base.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const depth = page.split('/').length - 1;
  const root = '../'.repeat(depth) || './';
  // A page links to a few targets many times (each row of a report's tables to its indicator's and its place's page).
  const links = new Map<string, string>();
  return html
    .replace(ONLINE_ONLY, '')
    .replace(/(<meta name="atlas-root" content=")[^"]*(" data-offline=")0"/, `$1${root}$21"`)
    // Form actions too: the header's search form must lead to this edition's own search page (a plain GET, so with
    // scripts off as well), not to /search/ at the root of the disk.
    .replace(new RegExp(`(${WS}(?:href|src|action)=")${escapedBase}(?!/)([^"]*)"`, 'g'), (_m, attr: string, rest: string) => {
      let link = links.get(rest);
      if (link === undefined) links.set(rest, (link = relativeLink(page, rest)));
      return `${attr}${link}"`;
    });
}

/**
 * A page's UTF-8 bytes rewritten by offlineHtml, as UTF-8 bytes: read as Latin-1, which the patterns allow (see
 * ONLINE_ONLY) and which spares decoding and encoding the page and halves its strings (a page of Chinese text is
 * two bytes a character as a JavaScript string): ≈ 40 % less CPU for the offline edition's pages.
 */
export function offlinePage(bytes: Uint8Array, page: string, base: string): Buffer {
  const latin1 = (s: string) => Buffer.from(s, 'utf8').toString('latin1');
  const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
  return Buffer.from(offlineHtml(text, latin1(page), latin1(base)), 'latin1');
}
