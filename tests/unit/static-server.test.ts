/** The preview server sends text gzipped as static hosts do, Pagefind's files as they are, and says what it sent. */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { get, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serve } from '../../src/build/static-server.ts';

const dir = mkdtempSync(join(tmpdir(), 'atlas-serve-'));
const page = `<!doctype html><p>${'城镇新增就业'.repeat(500)}</p>`;
const chunk = gzipSync(Buffer.from('pagefind_dcd' + 'x'.repeat(2000)));
let server: Server;
let root: string;
const sent: { path: string; bytes: number }[] = [];

beforeAll(async () => {
  writeFileSync(join(dir, 'index.html'), page);
  writeFileSync(join(dir, '404.html'), '<p>没有这个页面</p>');
  writeFileSync(join(dir, 'words.pf_index'), chunk);
  ({ server, url: root } = await serve(dir, '/', 0, { onSent: (path, bytes) => sent.push({ path, bytes }) }));
});
afterAll(() => {
  server?.close();
  rmSync(dir, { recursive: true, force: true });
});

/** The raw response: status, headers and the body's bytes as they came over the wire. */
function fetchRaw(path: string, encoding?: string): Promise<{ status: number; headers: Record<string, unknown>; body: Buffer }> {
  return new Promise((resolve, reject) => {
    get(`${root}${path}`, { headers: encoding ? { 'Accept-Encoding': encoding } : {} }, (res) => {
      const parts: Buffer[] = [];
      res.on('data', (d: Buffer) => parts.push(d));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(parts) }));
    }).on('error', reject);
  });
}
const lastSent = async (path: string) => {
  await new Promise((r) => setTimeout(r, 20));
  return sent.filter((s) => s.path === path).at(-1)?.bytes;
};

describe('the preview server', () => {
  it('gzips a page for a client that accepts it, and says how many bytes it sent', async () => {
    const r = await fetchRaw('', 'gzip, deflate, br');
    expect(r.status).toBe(200);
    expect(r.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(r.body).toString()).toBe(page);
    expect(r.body.length).toBeLessThan(Buffer.byteLength(page) / 10);
    expect(await lastSent('/')).toBe(r.body.length);
  });

  it('sends the page as it is to a client that does not', async () => {
    const r = await fetchRaw('');
    expect(r.headers['content-encoding']).toBeUndefined();
    expect(r.body.toString()).toBe(page);
    expect(await lastSent('/')).toBe(Buffer.byteLength(page));
  });

  it('sends Pagefind’s files, gzipped already, as they are', async () => {
    const r = await fetchRaw('words.pf_index', 'gzip');
    expect(r.headers['content-encoding']).toBeUndefined();
    expect(r.body.equals(chunk)).toBe(true);
    expect(await lastSent('/words.pf_index')).toBe(chunk.length);
  });

  it('answers a missing address with the 404 page and status 404, gzipped too', async () => {
    const r = await fetchRaw('nowhere/', 'gzip');
    expect(r.status).toBe(404);
    expect(gunzipSync(r.body).toString()).toContain('没有这个页面');
  });
});
