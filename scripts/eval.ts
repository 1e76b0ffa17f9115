/**
 * npm run eval [-- --seeds DIR --gold FILE --check]
 * Ingests a folder (default: the development corpus) and compares every report with the hand-labelled gold:
 * metadata fields and headline targets, then every disagreement. Exit 0, unless --check is given and a floor fails.
 */
import { parseArgs } from 'node:util';
import { evaluate, failedFloors, formatEval, ingestFolder, loadGold } from './lib/eval.ts';

const { values } = parseArgs({
  options: {
    seeds: { type: 'string', default: '../shared/corpus' },
    gold: { type: 'string', default: 'tests/gold/corpus.json' },
    check: { type: 'boolean', default: false },
  },
});

const gold = loadGold(values.gold!);
const { reports, errors } = ingestFolder(values.seeds!);
const result = evaluate(gold, reports, errors);
console.log(formatEval(result));

const failures = failedFloors(result);
console.log('');
console.log(failures.length ? `Floors not held:\n${failures.map((f) => `  ${f}`).join('\n')}` : 'All floors held.');
if (values.check && failures.length) process.exitCode = 1;
