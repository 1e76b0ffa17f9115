import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch } from './chromium.ts';
import { serve, watchedPage } from './helpers.ts';

let browser: Browser;
let server: Server;
let root: string;

beforeAll(async () => {
  // A site of its own, built from a fixture report and a redirects table.
  const seeds = mkdtempSync(join(tmpdir(), 'atlas-seeds-'));
  cpSync(new URL('../fixtures/newspaper.txt', import.meta.url), join(seeds, 'newspaper.txt'));
  writeFileSync(join(seeds, 'redirects.yaml'), 'quanzhou-2024:\n  s2-1-9: s2-1-2\n');
  const work = mkdtempSync(join(tmpdir(), 'atlas-build-'));
  const out = join(work, 'dist');
  const r = spawnSync(process.execPath, ['scripts/build.ts'], {
    encoding: 'utf8',
    env: { ...process.env, ATLAS_SEEDS: seeds, ATLAS_WORK: join(work, 'work'), ATLAS_OUT_DIR: out },
  });
  if (r.status !== 0) throw new Error(r.stderr);
  browser = await launch();
  ({ server, url: root } = await serve(out, '/'));
}, 60_000);
afterAll(async () => {
  await browser?.close();
  server?.close();
});

describe('links to ids that changed', () => {
  it('lands an old #id on its new section', async () => {
    const { page, failures } = await watchedPage(browser);
    await page.goto(`${root}reports/quanzhou-2024/#s2-1-9`);
    await page.waitForFunction(() => location.hash === '#s2-1-2');
    await page.waitForFunction(() => document.getElementById('s2-1-2')?.classList.contains('flash'));
    expect(failures).toEqual([]);
    await page.close();
  });
});
