/**
 * Vitest global setup: every test run gets one scratch folder of its own as the system's temporary folder (TMPDIR,
 * which os.tmpdir() and the child processes the tests start read), removed when the run ends — so the folders tests
 * make with mkdtemp (seed copies, builds, offline editions, browser profiles) do not pile up in /tmp run after run.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export default function setup(): () => void {
  const dir = mkdtempSync(join(tmpdir(), 'atlas-test-run-'));
  const before = process.env.TMPDIR;
  process.env.TMPDIR = dir;
  return () => {
    rmSync(dir, { recursive: true, force: true });
    if (before === undefined) delete process.env.TMPDIR;
    else process.env.TMPDIR = before;
  };
}
