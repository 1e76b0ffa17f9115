/**
 * The methodology pages of the development corpus's build (.atlas/dist-corpus/, made by npm test; ATLAS_CORPUS_DIST
 * overrides), whose live examples include what the seeds lack (verdicts of consecutive reports, front matter with a
 * speaker): axe-core finds nothing at 390 and 1280 px, and the pages reflow at 320 px.
 */
import { existsSync, readFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { METHOD_PAGES } from '../../src/lib/method-pages.ts';
import { launch } from './chromium.ts';
import { serve } from './helpers.ts';

const CORPUS_DIST = process.env.ATLAS_CORPUS_DIST ?? '.atlas/dist-corpus';
const AXE_SOURCE = readFileSync(join('node_modules', 'axe-core', 'axe.min.js'), 'utf8');

async function axeViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ content: AXE_SOURCE });
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (ctx: Document, o: object) => Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }> } }).axe;
    const result = await axe.run(document, { resultTypes: ['violations'] });
    return result.violations.map((v) => `${v.id} × ${v.nodes.length}: ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`);
  });
}

let browser: Browser;
let server: Server;
let root: string;
beforeAll(async () => {
  browser = await launch();
  ({ server, url: root } = await serve(CORPUS_DIST, '/'));
});
afterAll(async () => {
  await browser?.close();
  server?.close();
});

describe.runIf(existsSync(CORPUS_DIST))('methodology pages of the corpus build', () => {
  it.each(METHOD_PAGES.map((m) => [m.title, m.path]))('%s: no axe violations at 390 and 1280 px; no sideways scroll at 320 px', async (_title, path) => {
    const found: string[] = [];
    for (const width of [390, 1280]) {
      const page = await browser.newPage({ viewport: { width, height: 900 } });
      await page.goto(root + path);
      for (const v of await axeViolations(page)) found.push(`${width}px: ${v}`);
      await page.close();
    }
    expect(found).toEqual([]);
    const narrow = await browser.newPage({ viewport: { width: 320, height: 640 } });
    await narrow.goto(root + path);
    await expect(narrow.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).resolves.toBe(0);
    await narrow.close();
  });
  it('sets the list of method pages apart item by item: each number stands inside its item, a gap before the next', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(root + METHOD_PAGES[1].path);
    const items = await page.$$eval('.method-nav li', (lis) =>
      lis.map((li) => ({ position: getComputedStyle(li).listStylePosition, left: li.getBoundingClientRect().left, right: li.getBoundingClientRect().right, top: li.getBoundingClientRect().top })),
    );
    await page.close();
    expect(items.length).toBeGreaterThan(3);
    // (A number outside its item sits in the gap, right after the item before it: 方法说明2. 怎样读一份报告.)
    expect(items.every((i) => i.position === 'inside')).toBe(true);
    for (let k = 1; k < items.length; k++) if (items[k].top === items[k - 1].top) expect(items[k].left - items[k - 1].right).toBeGreaterThanOrEqual(8);
  });
});
