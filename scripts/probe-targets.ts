// dev probe (not committed): prints the rows of each argument sentence
import { extractTargets } from '../src/pipeline/targets.ts';
const [title, ...texts] = process.argv.slice(2);
for (const text of texts) {
  const secs = [{ id: 's1', parent: null, level: 1 as const, number: null, title, paragraphs: [{ text, sources: [] }] }];
  console.log(text);
  for (const t of extractTargets('x', secs, 2024)) console.log('   ', JSON.stringify([t.indicator, t.value, t.valueMax, t.unit, t.comparator, t.bound, t.kind, t.quote]));
}
