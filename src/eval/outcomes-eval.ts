/**
 * Outcome pairing on an ingested folder, for `npm run eval`: how many annual targets found their outcome in the same
 * government's next report, the verdicts, the pairs made across a change of name or basis, and — where hand labels
 * exist (tests/fixtures/history/*-outcomes.yaml) — whether each labelled pair is found and judged as labelled.
 */
import { existsSync, readFileSync } from 'node:fs';
import { parse as parseYaml } from 'yaml';
import { matchKey, type Vocabulary } from '../pipeline/indicators.ts';
import { pairOutcomes, type OutcomeRow, type Term } from '../pipeline/outcomes.ts';
import type { Report } from '../pipeline/types.ts';

export interface OutcomeLabel {
  year: number;
  indicatorId: string;
  term: Term;
  target: string;
  outcome: string | null;
  verdict: OutcomeRow['verdict'];
}
export interface OutcomeLabels {
  place: string;
  years: number[];
  pairs: OutcomeLabel[];
}

export interface OutcomesEval {
  governmentsWithNextYear: number;
  targets: number;
  paired: number;
  verdicts: Record<string, number>;
  /** Pairs whose target and outcome are named differently (a former name, another basis, a replaced quantity). */
  acrossNames: { year: number; target: string; outcome: string; verdict: string }[];
  labelled: { place: string; labels: number; found: number; right: number; wrong: string[]; missing: string[] } | null;
}

export function loadOutcomeLabels(path: string): OutcomeLabels | null {
  return existsSync(path) ? (parseYaml(readFileSync(path, 'utf8')) as OutcomeLabels) : null;
}

export function evaluateOutcomes(reports: Report[], vocabulary: Vocabulary, labels: OutcomeLabels | null): OutcomesEval {
  const { outcomes, places } = pairOutcomes(reports, vocabulary);
  const rows = new Map(reports.flatMap((r) => r.targets.map((t) => [`${r.slug}#${t.id}`, t] as const)));
  const row = (report: string | null, id: string | null) => (report && id ? rows.get(`${report}#${id}`) ?? null : null);
  const paired = outcomes.filter((o) => o.outcome !== null);
  const acrossNames = paired.flatMap((o) => {
    const t = row(o.targetReport, o.target)!;
    const out = row(o.outcomeReport, o.outcome)!;
    return matchKey(t.indicator) === matchKey(out.indicator) ? [] : [{ year: o.year, target: t.quote, outcome: out.quote, verdict: o.verdict }];
  });
  let labelled: OutcomesEval['labelled'] = null;
  if (labels) {
    const place = places.find((p) => p.name === labels.place);
    const own = outcomes.filter((o) => place && o.place === place.slug);
    const wrong: string[] = [];
    const missing: string[] = [];
    let found = 0;
    for (const l of labels.pairs) {
      const name = `${l.year} ${l.indicatorId} ${l.term}（${l.target}）`;
      const hits = own.filter((o) => o.year === l.year && o.indicatorId === l.indicatorId && o.term === l.term);
      if (hits.length !== 1) {
        missing.push(name);
        continue;
      }
      const o = hits[0];
      const outcomeQuote = row(o.outcomeReport, o.outcome)?.quote ?? null;
      if (l.outcome !== null && outcomeQuote !== null) found++;
      const same = o.verdict === l.verdict && (l.outcome === null ? outcomeQuote === null : outcomeQuote?.includes(l.outcome) === true);
      if (!same) (l.outcome !== null && outcomeQuote === null ? missing : wrong).push(`${name}: ${o.verdict} «${outcomeQuote ?? '—'}», labelled ${l.verdict} «${l.outcome ?? '—'}»`);
    }
    labelled = { place: labels.place, labels: labels.pairs.length, found, right: labels.pairs.length - wrong.length - missing.length, wrong, missing };
  }
  const verdicts: Record<string, number> = {};
  for (const o of outcomes) verdicts[o.verdict] = (verdicts[o.verdict] ?? 0) + 1;
  return {
    governmentsWithNextYear: new Set(outcomes.map((o) => o.place)).size,
    targets: outcomes.length,
    paired: paired.length,
    verdicts,
    acrossNames,
    labelled,
  };
}

export function formatOutcomes(e: OutcomesEval): string {
  const lines = [
    'Outcome pairing (year-Y targets against the same government\'s year Y+1 report)',
    `governments with a next-year report: ${e.governmentsWithNextYear}; annual targets with a next report: ${e.targets}; ` +
      `paired with an outcome: ${e.paired}; verdicts: ${Object.entries(e.verdicts).map(([k, v]) => `${k} ${v}`).join(', ') || 'none'}`,
    `pairs across a change of name or basis (${e.acrossNames.length}):`,
    ...e.acrossNames.map((a) => `  ${a.year}: «${a.target}» → «${a.outcome}» ${a.verdict}`),
  ];
  if (e.labelled) {
    const l = e.labelled;
    lines.push(
      `hand-labelled pairs of ${l.place}: ${l.right}/${l.labels} as labelled (outcome found for ${l.found}); wrong ${l.wrong.length}, missing ${l.missing.length}`,
      ...l.wrong.map((w) => `  WRONG ${w}`),
      ...l.missing.map((m) => `  missing ${m}`),
    );
  }
  return lines.join('\n');
}

export function failedOutcomeFloors(e: OutcomesEval): string[] {
  return e.labelled && e.labelled.wrong.length ? [`outcome verdicts: ${e.labelled.wrong.length} labelled pair(s) judged wrong`] : [];
}
