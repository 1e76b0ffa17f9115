/**
 * A small static file server for `npm run preview` and the tests: serves a built folder under a base path and, for a
 * missing address under it, the folder's 404.html with status 404, as static hosts do. Text (HTML, scripts, styles,
 * JSON …) goes gzipped to a client that accepts it, as static hosts send it; Pagefind's own files are gzipped already
 * and go as they are. `onSent` hears how many bytes each response's body took on the wire: what the bench counts.
 */
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { createGzip } from 'node:zlib';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8', '.json': 'application/json; charset=utf-8', '.csv': 'text/csv; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8', '.md': 'text/markdown; charset=utf-8', '.svg': 'image/svg+xml', '.xml': 'application/xml', '.zip': 'application/zip', '.wasm': 'application/wasm',
  '.pf_meta': 'application/octet-stream', '.pf_fragment': 'application/octet-stream', '.pf_index': 'application/octet-stream',
  '.pf_filter': 'application/octet-stream',
};
/** The types a static host compresses (GitHub Pages, Netlify, Cloudflare and nginx's usual gzip_types alike). */
const COMPRESSED = new Set(['.html', '.js', '.mjs', '.css', '.json', '.csv', '.txt', '.md', '.svg', '.xml']);

export interface ServeOptions {
  /** Called once per response with its path and the bytes its body took on the wire (compressed where it was). */
  onSent?: (path: string, bytes: number) => void;
}

export function serve(dir: string, base = '/', port = 0, options: ServeOptions = {}): Promise<{ server: Server; url: string }> {
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    let sent = 0;
    res.on('finish', () => options.onSent?.(path, sent));
    const send = (status: number, file: string, type: string) => {
      const gzip = COMPRESSED.has(extname(file)) && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
      res.writeHead(status, { 'Content-Type': type, ...(gzip ? { 'Content-Encoding': 'gzip', Vary: 'Accept-Encoding' } : {}) });
      const body = gzip ? createReadStream(file).pipe(createGzip()) : createReadStream(file);
      body.on('data', (chunk: Buffer) => (sent += chunk.length));
      body.pipe(res);
    };
    if (!path.startsWith(base)) {
      res.writeHead(404).end('not found');
      return;
    }
    let file = normalize(join(dir, path.slice(base.length)));
    if (!file.startsWith(normalize(dir))) {
      res.writeHead(403).end();
      return;
    }
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!existsSync(file)) {
      const page = join(dir, '404.html');
      if (existsSync(page)) send(404, page, TYPES['.html']);
      else res.writeHead(404, { 'Content-Type': 'text/plain' }).end('not found');
      return;
    }
    send(200, file, TYPES[extname(file)] ?? 'application/octet-stream');
  });
  return new Promise((resolve) => {
    server.listen(port, '127.0.0.1', () => {
      const addr = server.address();
      const p = typeof addr === 'object' && addr ? addr.port : port;
      resolve({ server, url: `http://127.0.0.1:${p}${base}` });
    });
  });
}
