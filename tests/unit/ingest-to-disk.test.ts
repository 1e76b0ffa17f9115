/**
 * The ingest written as it goes (ingestToDisk) against ingest() + writeData(): the same files, byte for byte, while the
 * reports it keeps in memory hold no text.
 */
import { mkdtempSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ingest } from '../../src/pipeline/ingest.ts';
import { ingestToDisk, readSeeds, writeData } from '../../src/pipeline/io.ts';

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => (statSync(join(dir, f)).isDirectory() ? filesUnder(join(dir, f)) : [join(dir, f)]));
}

describe.each(['seeds', 'tests/fixtures/history'])('ingestToDisk on %s', (folder) => {
  it('writes the same files as ingest and writeData, keeping no report text in memory', () => {
    const { files, catalog, redirects, vocabulary } = readSeeds(folder);
    const whole = mkdtempSync(join(tmpdir(), 'atlas-whole-'));
    const streamed = mkdtempSync(join(tmpdir(), 'atlas-streamed-'));
    const result = ingest(files, catalog, redirects, vocabulary);
    writeData(result, whole, '/', vocabulary);
    const disk = ingestToDisk(readSeeds(folder).files, catalog, redirects, vocabulary, streamed, '/');
    const a = filesUnder(whole).map((f) => relative(whole, f)).sort();
    const b = filesUnder(streamed).map((f) => relative(streamed, f)).sort();
    expect(b).toEqual(a);
    for (const f of a) expect(readFileSync(join(streamed, f)).equals(readFileSync(join(whole, f))), f).toBe(true);
    expect(disk.reports.length).toBe(result.reports.length);
    expect(disk.reports.every((r) => r.sections.length === 0)).toBe(true);
    expect(disk.targetCount).toBe(result.reports.reduce((n, r) => n + r.targets.length, 0));
    // What a report says for the first time was computed from disk, not from the emptied reports.
    expect(disk.reports.map((r) => r.newPhrases)).toEqual(result.reports.map((r) => r.newPhrases));
  });
});
