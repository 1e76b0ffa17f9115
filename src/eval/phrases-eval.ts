/**
 * New-phrase checks on an ingested folder, for `npm run eval`: every listed phrase must stand in its report and in none
 * of its government's earlier reports (the invariant), and unmarked phrases must hold no digit; the national reports'
 * lists are printed, best first, for a reader to judge the ranking.
 */
import { governmentOf } from '../pipeline/first-said.ts';
import type { Report } from '../pipeline/types.ts';

export interface PhrasesEval {
  reportsWithPrevious: number;
  phrases: number;
  violations: string[];
  national: { slug: string; phrases: string[] }[];
}

const textOf = (r: Report) => r.sections.map((s) => `${s.title}\n${s.paragraphs.map((p) => p.text).join('\n')}`).join('\n');

export function evaluateNewPhrases(reports: Report[]): PhrasesEval {
  const violations: string[] = [];
  let phrases = 0;
  for (const r of reports) {
    if (!r.previous) continue;
    const own = textOf(r);
    const g = governmentOf(r);
    const earlier = reports.filter((x) => x !== r && governmentOf(x) === g && x.year !== null && r.year !== null && x.year < r.year).map(textOf);
    for (const p of r.newPhrases ?? []) {
      phrases++;
      if (!own.includes(p.text)) violations.push(`${r.slug}: «${p.text}» not in the report`);
      if (earlier.some((t) => t.includes(p.text))) violations.push(`${r.slug}: «${p.text}» said in an earlier report`);
      const marked = own.includes(`“${p.text}”`) || own.includes(`《${p.text}》`);
      if (!marked && /\d/.test(p.text)) violations.push(`${r.slug}: «${p.text}» holds a number`);
    }
  }
  return {
    reportsWithPrevious: reports.filter((r) => r.previous).length,
    phrases,
    violations,
    national: reports.filter((r) => r.place?.level === 'national' && r.previous).sort((a, b) => a.year! - b.year!).map((r) => ({ slug: r.slug, phrases: (r.newPhrases ?? []).map((p) => p.text) })),
  };
}

export function formatNewPhrases(e: PhrasesEval): string {
  return [
    'New phrases (each against its government\'s earlier reports in the folder)',
    `reports with an earlier report: ${e.reportsWithPrevious}; phrases listed: ${e.phrases}; invariant violations: ${e.violations.length}`,
    ...e.violations.map((v) => `  VIOLATION ${v}`),
    ...e.national.map((n) => `  ${n.slug}: ${n.phrases.join(' | ')}`),
  ].join('\n');
}

export const failedPhraseFloors = (e: PhrasesEval): string[] => (e.violations.length ? [`new phrases: ${e.violations.length} invariant violation(s)`] : []);
