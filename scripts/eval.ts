/**
 * npm run eval [-- --seeds DIR --gold FILE --check --json FILE --layouts]
 * Ingests a folder (default: the development corpus) and compares every report with the hand-labelled gold:
 * metadata fields and headline targets, then every disagreement, then the precision of the rows outside the headline
 * passage on a hand-labelled sample (tests/gold/row-sample.json, over the corpus and the seeds), and every field of rows
 * drawn at random from reports no rule was written from (tests/gold/row-fields.json) (--json also writes them, for tools that compare
 * runs; --layouts adds the same comparison over the corpus rewritten in other layouts and encodings).
 * Exit 0, unless --check is given and a floor fails (on the corpus as it is).
 */
import { parseArgs } from 'node:util';
import {
  evaluate,
  evaluateRowSample,
  failedFloors,
  failedRowSampleFloors,
  formatEval,
  formatRowSample,
  ingestFolder,
  loadGold,
  loadRowSample,
} from '../src/eval/eval.ts';
import { evaluateVariants, formatVariants } from '../src/eval/eval-variants.ts';
import { evaluateRowFields, failedRowFieldFloors, formatRowFieldSamples, formatRowFields, loadFieldLabels } from '../src/eval/row-fields.ts';
import { evaluateFacts, factsFromGold, failedFactFloors, formatFacts, loadFacts } from '../src/eval/facts-eval.ts';
import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import { evaluateNewPhrases, failedPhraseFloors, formatNewPhrases } from '../src/eval/phrases-eval.ts';
import { evaluateOutcomes, failedOutcomeFloors, formatOutcomes, loadOutcomeLabels } from '../src/eval/outcomes-eval.ts';
import { dirname, join } from 'node:path';

const { values } = parseArgs({
  options: {
    seeds: { type: 'string', default: '../shared/corpus' },
    gold: { type: 'string', default: 'tests/gold/corpus.json' },
    check: { type: 'boolean', default: false },
    json: { type: 'string' },
    layouts: { type: 'boolean', default: false },
    // The row sample spans the corpus and the seeds: both folders are ingested for it.
    sample: { type: 'string', default: 'tests/gold/row-sample.json' },
    // Facts read by hand from each file (government, year, front matter, part headings), beside the corpus.
    facts: { type: 'string' },
    'sample-seeds': { type: 'string', default: 'seeds' },
    // Every field of rows drawn at random from corpus reports no rule was written from, labelled by hand.
    fields: { type: 'string', default: 'tests/gold/row-fields.json' },
    // Hand-labelled target → outcome pairs of one government's consecutive reports in the folder.
    'outcome-labels': { type: 'string', default: 'tests/fixtures/history/hailaer-outcomes.yaml' },
  },
});

const gold = loadGold(values.gold!);
const { reports, errors, vocabulary } = ingestFolder(values.seeds!);
const result = evaluate(gold, reports, errors);
const factsPath = values.facts ?? join(values.seeds!, 'facts.json');
const facts = existsSync(factsPath) ? evaluateFacts({ ...factsFromGold(gold), ...loadFacts(factsPath) }, reports) : null;
const sample = loadRowSample(values.sample!);
const sampleReports = [...reports, ...ingestFolder(values['sample-seeds']!).reports];
const rowSample = evaluateRowSample(sample, sampleReports);
const later = (sample.later ?? []).map((set) => ({ name: set.name, result: evaluateRowSample(set, sampleReports) }));
const rowFields = existsSync(values.fields!) ? evaluateRowFields(loadFieldLabels(values.fields!), reports) : null;
const order = (f: string) => (f.includes('heldout') ? Number(f.match(/-(\d+)\.json$/u)?.[1] ?? 1) : 0);
// Every labelled sample beside the main one (its held-out successors), for one table of where each stands — over the corpus
// and the seeds, as the 94th–96th were drawn from the seeds' rows.
const fieldSamples = existsSync(values.fields!)
  ? readdirSync(dirname(values.fields!))
      .filter((f) => /^row-fields(?:-heldout(?:-\d+)?)?\.json$/u.test(f))
      // (In the order they were drawn: row-fields, row-fields-heldout, row-fields-heldout-2, …)
      .sort((a, b) => order(a) - order(b))
      .map((f) => ({ file: f, result: evaluateRowFields(loadFieldLabels(join(dirname(values.fields!), f)), sampleReports) }))
  : [];
const outcomes = evaluateOutcomes(reports, vocabulary, loadOutcomeLabels(values['outcome-labels']!));
const phrases = evaluateNewPhrases(reports);
const failures = [
  ...failedFloors(result),
  ...failedRowSampleFloors(rowSample),
  ...(facts ? failedFactFloors(facts) : []),
  ...(rowFields ? failedRowFieldFloors(rowFields) : []),
  ...failedOutcomeFloors(outcomes),
  ...failedPhraseFloors(phrases),
];
console.log(formatEval(result));
console.log(`\n${formatRowSample(rowSample)}`);
if (facts) console.log(`\n${formatFacts(facts)}`);
if (rowFields) console.log(`\n${formatRowFields(rowFields, values.fields)}`);
if (fieldSamples.length > 1) console.log(`\n${formatRowFieldSamples(fieldSamples)}`);
for (const { name, result } of later) console.log(`\n${formatRowSample(result, `The same, on the ${name} sample (drawn before the rules changed on it`)}`);
console.log(`\n${formatOutcomes(outcomes)}`);
console.log(`\n${formatNewPhrases(phrases)}`);
if (values.json) writeFileSync(values.json, JSON.stringify({ ...result, rowSample, later, facts, rowFields, outcomes, phrases, failedFloors: failures }, null, 2) + '\n');
console.log('');
console.log(failures.length ? `Floors not held:\n${failures.map((f) => `  ${f}`).join('\n')}` : 'All floors held.');
if (values.layouts) console.log(`\n${formatVariants(evaluateVariants(values.seeds!, gold))}`);
if (values.check && failures.length) process.exitCode = 1;
