/** Shared set-up for browser tests: a server over a built folder and a page that records every failure. */
import type { Browser, Page } from 'playwright-core';
import { serve } from '../../scripts/lib/static-server.ts';

export interface Watched {
  page: Page;
  failures: string[];
}

/** A page whose page errors, console errors and failed or 4xx/5xx loads are collected for the test to assert on. */
export async function watchedPage(browser: Browser, options: Parameters<Browser['newPage']>[0] = {}): Promise<Watched> {
  const page = await browser.newPage(options);
  const failures: string[] = [];
  page.on('pageerror', (e) => failures.push(`page error: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error') failures.push(`console error: ${m.text()}`);
  });
  page.on('requestfailed', (r) => failures.push(`failed load: ${r.url()} ${r.failure()?.errorText}`));
  page.on('response', (r) => {
    if (r.status() >= 400) failures.push(`HTTP ${r.status()}: ${r.url()}`);
  });
  return { page, failures };
}

export { serve };
