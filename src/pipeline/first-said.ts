/**
 * Over all reports: each report's `previous` (the same government's latest earlier report in the atlas) and its
 * `newPhrases` — the phrases it sets apart as names (“人工智能+”行动, 《…》 plans) that none of the government's earlier
 * reports in the atlas contains anywhere in its text. What a government says for the first time is read against its
 * own earlier reports only, so a report without an earlier one has no new phrases to show (nothing to compare with).
 * Pure: reads the reports' text, sets two fields on each. One government's reports are compared at a time.
 */
import type { Report } from './types.ts';

/** At most this many phrases per report, best first. */
export const MAX_NEW_PHRASES = 30;

/** A phrase the text marks as a name: in quotation marks or title marks, short, not a sentence. */
const MARKED = /“([^“”\n]{2,20})”|《([^《》\n]{2,40})》|「([^「」\n]{2,20})」/g;
const NOT_A_PHRASE = /[。；！？，：]|^\d+$/;

export interface NewPhrase {
  text: string;
  /** The id of the section where the report first uses it. */
  section: string;
}

/** The key of a report's government: its code, or its name and parents where it has none (a 管委会 area). */
export const governmentOf = (r: Report): string | null => (r.place ? (r.place.code ?? `${r.place.name}@${r.place.parents.map((p) => p.name).join('/')}`) : null);

/** The report's text as one string per section, headings included, for finding phrases and where they stand. */
function sectionTexts(r: Report): { id: string; text: string }[] {
  return r.sections.map((s) => ({ id: s.id, text: `${s.title}\n${s.paragraphs.map((p) => p.text).join('\n')}` }));
}

/** The marked phrases of a report, each with its section and how often the report uses it, best first. */
export function markedPhrases(r: Report): (NewPhrase & { uses: number; at: number })[] {
  const found = new Map<string, NewPhrase & { uses: number; at: number }>();
  const sections = sectionTexts(r);
  const whole = sections.map((s) => s.text).join('\n');
  let at = 0;
  for (const s of sections) {
    for (const m of s.text.matchAll(MARKED)) {
      const text = (m[1] ?? m[2] ?? m[3]).trim();
      if (NOT_A_PHRASE.test(text) || found.has(text)) continue;
      found.set(text, { text, section: s.id, uses: whole.split(text).length - 1, at: at++ });
    }
  }
  return [...found.values()].sort((a, b) => b.uses - a.uses || a.at - b.at);
}

export function linkReports(reports: Report[]): void {
  const byGovernment = new Map<string, Report[]>();
  for (const r of reports) {
    r.previous = null;
    r.newPhrases = [];
    const g = governmentOf(r);
    if (g === null || r.year === null) continue;
    byGovernment.set(g, [...(byGovernment.get(g) ?? []), r]);
  }
  for (const list of byGovernment.values()) {
    // Work reports first within a year, so a bulletin or notice of the same year never stands as the "previous" one.
    list.sort((a, b) => a.year! - b.year! || Number(b.kind === '政府工作报告') - Number(a.kind === '政府工作报告') || a.slug.localeCompare(b.slug));
    const earlierText: string[] = [];
    let lastYear: number | null = null;
    let pending: string[] = [];
    let previous: Report | null = null;
    let candidate: Report | null = null;
    for (const r of list) {
      if (r.year !== lastYear) {
        // Reports of an earlier year become the baseline only once the year changes: two documents of one year are
        // not "earlier" than each other.
        earlierText.push(...pending);
        pending = [];
        previous = candidate ?? previous;
        candidate = null;
        lastYear = r.year;
      }
      r.previous = previous?.slug ?? null;
      if (earlierText.length) {
        r.newPhrases = markedPhrases(r)
          .filter((p) => !earlierText.some((t) => t.includes(p.text)))
          .slice(0, MAX_NEW_PHRASES)
          .map(({ text, section }) => ({ text, section }));
      }
      pending.push(sectionTexts(r).map((s) => s.text).join('\n'));
      // The year's work report stands for the year; another document only where the year has none.
      const current: Report | null = candidate;
      if (current === null || (r.kind === '政府工作报告' && current.kind !== '政府工作报告')) candidate = r;
    }
  }
}
