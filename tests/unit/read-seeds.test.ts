/** Files of a seeds folder that are no report are left out by a rule and named, never read as reports. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readSeeds } from '../../src/pipeline/io.ts';

describe('the seeds folder', () => {
  it('reads report texts, and names the data files and read-mes it leaves out', () => {
    const dir = mkdtempSync(join(tmpdir(), 'atlas-read-seeds-'));
    writeFileSync(join(dir, 'a.txt'), '政府工作报告\n各位代表：现在，我代表市人民政府向大会报告工作。');
    writeFileSync(join(dir, 'facts.json'), '{"a.txt": {"year": 2024}}');
    writeFileSync(join(dir, 'table.csv'), 'a,b\n1,2\n');
    writeFileSync(join(dir, 'README.md'), '# 语料说明');
    const { files, skipped, errors } = readSeeds(dir);
    expect(files.map((f) => f.name)).toEqual(['a.txt']);
    expect(skipped.map((s) => s.file).sort()).toEqual(['README.md', 'facts.json', 'table.csv']);
    expect(errors).toEqual([]);
  });
});
