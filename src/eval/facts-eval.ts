/**
 * Compares the pipeline with the facts read by hand from each file of the development corpus (`facts.json` beside
 * the corpus): government (name, level, parents), year, delivery date, session, speaker, part headings, and the
 * second report of a file that holds two. `null` in the facts means the text does not say: a value there is spurious.
 * Used by `npm run eval` and by tests/unit/facts.test.ts (the floors), so the figures printed and tested are the same.
 */
import { readFileSync } from 'node:fs';
import type { Report } from '../pipeline/types.ts';
import { fold, officeKey, type Gold } from './eval.ts';

export interface FileFacts {
  place: { name: string; level: string; parents: (string | { name: string })[] } | null;
  year: number | null;
  delivered: string | null;
  session: string | null;
  speaker: { name: string | null; office: string | null } | null;
  partHeadings?: string[] | null;
  alsoContains?: { year?: number; delivered?: string; session?: string; speaker?: string; speakerOffice?: string; partHeadings?: string[] }[];
}
export type Facts = Record<string, FileFacts>;

export const FACT_FIELDS = ['place', 'level', 'parents', 'year', 'delivered', 'session', 'speaker', 'office', 'parts'] as const;
export type FactField = (typeof FACT_FIELDS)[number];
/** `absent`: the text does not state the fact and the pipeline published nothing (right, but nothing was read). */
export type FactVerdict = 'correct' | 'wrong' | 'missing' | 'spurious' | 'absent';

export interface FactIssue {
  file: string;
  field: FactField;
  verdict: Exclude<FactVerdict, 'correct' | 'absent'>;
  expected: string | null;
  got: string | null;
}

export interface FactsResult {
  files: number;
  fields: Record<FactField, Record<FactVerdict, number>>;
  issues: FactIssue[];
  /** Files that hold more than one report, and how many reports the pipeline made of them. */
  multi: { file: string; expected: number; got: number }[];
}

/** Floors on the corpus: no wrong or spurious fact; each field read in ≥ 95 % of the reports whose text states it. */
export const FACT_FLOORS = { wrong: 0, read: 0.95 } as const;

export function loadFacts(path: string): Facts {
  return JSON.parse(readFileSync(path, 'utf8')) as Facts;
}

/** The hand-labelled gold of the first files (tests/gold/corpus.json) as facts, so the floors cover the whole corpus. */
export function factsFromGold(gold: Gold): Facts {
  return Object.fromEntries(
    Object.entries(gold).map(([file, g]) => [
      file,
      { place: g.place, year: g.year, delivered: g.delivered, session: g.session, speaker: g.speaker } satisfies FileFacts,
    ]),
  );
}

const nameOf = (p: string | { name: string }) => (typeof p === 'string' ? p : p.name);

/** The report's own parts: not the text before the first heading, an end glossary (notes) or an annex. */
const reportParts = (r: Report) => r.sections.filter((s) => s.level === 1 && s.id !== 's0' && !s.id.startsWith('notes') && !s.id.startsWith('annex'));

/** The part headings of a report as written (numbering and title), without the text before the first part or the glossary. */
export function partHeadings(r: Report): string[] {
  return reportParts(r).map((s) => fold(`${s.number ?? ''}${s.title}`));
}

function headingsMatch(expected: string[], r: Report): boolean {
  const got = reportParts(r);
  // A heading matches with or without its numbering and its closing full stop.
  const bare = (s: string) => fold(s).replace(/[。.]$/, '');
  return expected.length === got.length && expected.every((e, i) => bare(e) === bare(`${got[i].number ?? ''}${got[i].title}`) || bare(e) === bare(got[i].title));
}

function values(f: FileFacts, r: Report | undefined): Record<Exclude<FactField, 'parts'>, [string | null, string | null]> {
  const placeName = f.place?.name ?? null;
  return {
    place: [placeName, r?.place?.name ?? null],
    level: [f.place?.level ?? null, r?.place?.level ?? null],
    parents: [f.place ? f.place.parents.map(nameOf).join(' › ') : null, r?.place ? r.place.parents.map((p) => p.name).join(' › ') : null],
    year: [f.year === null ? null : String(f.year), r?.year == null ? null : String(r.year)],
    delivered: [f.delivered, r?.delivered ?? null],
    session: [f.session ? fold(f.session) : null, r?.session ? fold(r.session) : null],
    speaker: [f.speaker?.name ? fold(f.speaker.name) : null, r?.speaker?.name ? fold(r.speaker.name) : null],
    office: [f.speaker?.office ? officeKey(f.speaker.office, placeName) : null, r?.speaker?.office ? officeKey(r.speaker.office, placeName) : null],
  };
}

function verdict(expected: string | null, got: string | null): FactVerdict {
  if (expected === null) return got === null ? 'absent' : 'spurious';
  if (got === null) return 'missing';
  return expected === got ? 'correct' : 'wrong';
}

/**
 * The report a file's facts describe: the first report listed with the file as a source, as a reader of reports.json
 * finds it (a file's own report is listed before its other documents and a second year's report).
 */
function reportOf(file: string, reports: Report[]): Report | undefined {
  return reports.find((r) => r.sources.includes(file));
}

export function evaluateFacts(facts: Facts, reports: Report[]): FactsResult {
  const fields = Object.fromEntries(FACT_FIELDS.map((k) => [k, { correct: 0, wrong: 0, missing: 0, spurious: 0, absent: 0 }])) as FactsResult['fields'];
  const issues: FactIssue[] = [];
  const multi: FactsResult['multi'] = [];
  const count = (file: string, field: FactField, expected: string | null, got: string | null) => {
    const v = verdict(expected, got);
    fields[field][v]++;
    if (v !== 'correct' && v !== 'absent') issues.push({ file, field, verdict: v, expected, got });
  };
  for (const file of Object.keys(facts).sort()) {
    const f = facts[file];
    const r = reportOf(file, reports);
    for (const [field, [expected, got]] of Object.entries(values(f, r)) as [FactField, [string | null, string | null]][]) count(file, field, expected, got);
    if (f.partHeadings) {
      const ok = !!r && headingsMatch(f.partHeadings, r);
      fields.parts[ok ? 'correct' : r ? 'wrong' : 'missing']++;
      if (!ok) issues.push({ file, field: 'parts', verdict: r ? 'wrong' : 'missing', expected: f.partHeadings.map(fold).join(' | '), got: r ? partHeadings(r).join(' | ') : null });
    }
    // A file holding a second report: it is a report of its own, with its own facts.
    for (const also of f.alsoContains ?? []) {
      if (also.year === undefined) continue;
      const from = reports.filter((x) => x.sources.includes(file));
      multi.push({ file, expected: 1 + (f.alsoContains?.length ?? 0), got: from.length });
      const second = from.find((x) => x.year === also.year && x !== r);
      const key = `${file} (${also.year})`;
      count(key, 'year', String(also.year), second?.year == null ? null : String(second.year));
      if (also.delivered !== undefined) count(key, 'delivered', also.delivered ?? null, second?.delivered ?? null);
      if (also.session !== undefined) count(key, 'session', also.session ? fold(also.session) : null, second?.session ? fold(second.session) : null);
      if (also.speaker !== undefined) count(key, 'speaker', also.speaker ? fold(also.speaker) : null, second?.speaker?.name ? fold(second.speaker.name) : null);
      if (also.partHeadings) {
        const ok = !!second && headingsMatch(also.partHeadings, second);
        fields.parts[ok ? 'correct' : second ? 'wrong' : 'missing']++;
        if (!ok) issues.push({ file: key, field: 'parts', verdict: second ? 'wrong' : 'missing', expected: also.partHeadings.map(fold).join(' | '), got: second ? partHeadings(second).join(' | ') : null });
      }
    }
  }
  return { files: Object.keys(facts).length, fields, issues, multi };
}

export function failedFactFloors(r: FactsResult): string[] {
  const out: string[] = [];
  const facts = FACT_FIELDS.filter((k) => k !== 'parts');
  const wrong = facts.reduce((n, k) => n + r.fields[k].wrong + r.fields[k].spurious, 0);
  if (wrong > FACT_FLOORS.wrong) out.push(`wrong or spurious facts: ${wrong} (floor ${FACT_FLOORS.wrong})`);
  for (const k of FACT_FIELDS) {
    const c = r.fields[k];
    const stated = c.correct + c.wrong + c.missing;
    if (stated && c.correct / stated < FACT_FLOORS.read) out.push(`${k}: ${c.correct} of ${stated} stated facts read right (floor ${FACT_FLOORS.read * 100} %)`);
  }
  for (const m of r.multi) if (m.got < m.expected) out.push(`${m.file}: ${m.expected} reports in the file, ${m.got} built`);
  return out;
}

export function formatFacts(r: FactsResult): string {
  const lines = [`Facts of ${r.files} files (facts.json and the gold): per field, correct / wrong / missing / spurious / not stated`];
  for (const k of FACT_FIELDS) {
    const c = r.fields[k];
    lines.push(`  ${k.padEnd(10)} ${String(c.correct).padStart(4)} ${String(c.wrong).padStart(4)} ${String(c.missing).padStart(4)} ${String(c.spurious).padStart(4)} ${String(c.absent).padStart(4)}`);
  }
  for (const m of r.multi) lines.push(`  ${m.file}: ${m.got} of ${m.expected} reports built`);
  lines.push('', 'Disagreements:');
  for (const i of r.issues) lines.push(`  ${i.verdict.toUpperCase().padEnd(8)} ${i.file} ${i.field}: expected ${i.expected ?? '∅'} · got ${i.got ?? '∅'}`);
  return lines.join('\n');
}
