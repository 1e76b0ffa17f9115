/**
 * npm run draw-rows -- [--seeds DIR] [--only-new FILE] [--count N] [--seed S] --out FILE
 * Draws target rows at random for labelling by hand (see src/eval/row-draw.ts): writes each with its sentence, the
 * number marked and its headings, and none of the extractor's fields. --exclude-gold leaves out the reports of the
 * files labelled in tests/gold/corpus.json (rows from publishers no rule was written from).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { ingestFolder } from '../src/eval/eval.ts';
import { drawRows } from '../src/eval/row-draw.ts';

const { values } = parseArgs({
  options: {
    seeds: { type: 'string', default: '../shared/corpus' },
    'exclude-gold': { type: 'string' },
    count: { type: 'string', default: '120' },
    seed: { type: 'string', default: '20261204' },
    out: { type: 'string' },
  },
});
const excluded = new Set(values['exclude-gold'] ? Object.keys(JSON.parse(readFileSync(values['exclude-gold'], 'utf8'))) : []);
const reports = ingestFolder(values.seeds!).reports.filter((r) => !r.sources.some((s) => excluded.has(s)));
const rows = drawRows(reports, Number(values.count), Number(values.seed));
const json = JSON.stringify(rows, null, 1) + '\n';
if (values.out) writeFileSync(values.out, json);
else process.stdout.write(json);
console.error(`${rows.length} rows from ${new Set(rows.map((r) => r.report)).size} reports (of ${reports.length})`);
