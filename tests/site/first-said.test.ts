/**
 * What a report says for the first time, on its page in the build of the development corpus (.atlas/dist-corpus/,
 * made by npm test; ATLAS_CORPUS_DIST overrides): every report with an earlier one of its government links to it and
 * lists its new phrases, each a link to a section of the page that contains the phrase.
 */
import { describe, expect, it } from 'vitest';
import type { Report, ReportSummary } from '../../src/pipeline/types.ts';
import { decodeEntities, readDist, readJson, textOf } from './html.ts';

const CORPUS_DIST = process.env.ATLAS_CORPUS_DIST ?? '.atlas/dist-corpus';

describe('first said, in the corpus build', () => {
  const summaries = readJson<ReportSummary[]>('data/reports.json', CORPUS_DIST);
  const reports = summaries.map((s) => readJson<Report>(`data/reports/${s.slug}.json`, CORPUS_DIST));
  const linked = reports.filter((r) => r.previous);

  it('links reports of one government across years, each to an earlier report of the same government', () => {
    expect(linked.length).toBeGreaterThan(5);
    for (const r of linked) {
      const prev = reports.find((x) => x.slug === r.previous)!;
      expect(prev, r.slug).toBeDefined();
      expect(prev.place?.name, r.slug).toBe(r.place?.name);
      expect(prev.year!, r.slug).toBeLessThan(r.year!);
    }
    expect(reports.filter((r) => !r.previous).every((r) => (r.newPhrases ?? []).length === 0)).toBe(true);
  });

  it('shows each new phrase as a link to a section of the page that uses it, and never one the previous report said', () => {
    for (const r of linked.filter((x) => (x.newPhrases ?? []).length > 0)) {
      const html = readDist(`reports/${r.slug}/index.html`, CORPUS_DIST);
      expect(html, r.slug).toContain('id="new-phrases-title"');
      expect(decodeEntities(html), r.slug).toContain(`reports/${r.previous}/`);
      const prevText = reports.find((x) => x.slug === r.previous)!.sections.map((s) => `${s.title}${s.paragraphs.map((p) => p.text).join('')}`).join('');
      for (const p of r.newPhrases!) {
        expect(html, `${r.slug} ${p.text}`).toContain(`href="#${p.section}"`);
        expect(html, `${r.slug} #${p.section}`).toContain(`id="${p.section}"`);
        const section = r.sections.find((s) => s.id === p.section)!;
        expect(`${section.title}${section.paragraphs.map((x) => x.text).join('')}`, p.text).toContain(p.text);
        expect(prevText.includes(p.text), `${r.slug}: ${p.text} was said before`).toBe(false);
      }
      expect(textOf(html)).toContain('首次提出');
    }
  });
});
