import { REPAIR_RULES } from '../../src/pipeline/repair.ts';
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readDist, textOf } from './html.ts';

/** Runs `npm run build` on a folder of seeds, into a folder of its own. */
function build(seeds: string) {
  const work = mkdtempSync(join(tmpdir(), 'atlas-build-'));
  const out = join(work, 'dist');
  const r = spawnSync(process.execPath, ['scripts/build.ts'], {
    encoding: 'utf8',
    env: { ...process.env, ATLAS_SEEDS: seeds, ATLAS_WORK: join(work, 'work'), ATLAS_OUT_DIR: out },
  });
  return { ...r, out };
}

describe('npm run build', () => {
  it('fails, names the bad file, and publishes nothing when one seed is bad', () => {
    const seeds = mkdtempSync(join(tmpdir(), 'atlas-seeds-'));
    cpSync(new URL('../fixtures/newspaper.txt', import.meta.url), join(seeds, 'newspaper.txt'));
    writeFileSync(join(seeds, 'broken.txt'), Buffer.from([0x00, 0x01, 0x02, 0xff]));
    const r = build(seeds);
    expect(r.status).not.toBe(0);
    expect(r.stderr).toContain('broken.txt: binary file');
    expect(existsSync(r.out)).toBe(false);
  }, 60_000);

  it('shows report text that looks like MDX or JSX as text, removes HTML remnants by a logged rule, and runs none of it', () => {
    const r = build(new URL('../fixtures/hostile', import.meta.url).pathname);
    expect(r.status, r.stderr).toBe(0);
    const [slug] = JSON.parse(readDist('data/reports.json', r.out)).map((x: { slug: string }) => x.slug);
    const html = readDist(`reports/${slug}/index.html`, r.out);
    const text = textOf(html);
    for (const line of ['{globalThis.process.exit(1)}', 'export const pwned = 1', "import fs from 'node:fs'"]) {
      expect(text).toContain(line);
    }
    // HTML in a plain-text report is a page's leftover markup: the repair stage removes it and the build log says so.
    const log = JSON.parse(readDist('data/build-log.json', r.out)) as { dropped: { text: string; rule: string }[] };
    expect(log.dropped.some((d) => d.rule === REPAIR_RULES.scripts && d.text.includes("document.title='pwned'"))).toBe(true);
    expect(log.dropped.some((d) => d.rule === REPAIR_RULES.tags && d.text.includes('<img'))).toBe(true);
    expect(html).not.toContain("<script>document.title='pwned'</script>");
    expect(html).not.toMatch(/<img src="?x/);
    expect(html).not.toContain('onerror');
    expect(text).toContain('抓好{120}个市级重点项目');
  }, 60_000);
});
