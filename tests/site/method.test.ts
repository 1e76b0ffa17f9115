/**
 * The methodology pages show live examples of the build they are part of: in the seeds' build and in the development
 * corpus's (.atlas/dist-corpus/, made by npm test; ATLAS_CORPUS_DIST overrides), every example names a report of that
 * build, links to a row or section that its page has, and quotes that row's own words; every rule either shows an
 * example or says that this build has none. The data dictionary lists every field with an example where the data has one.
 */
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { METHOD_PAGES } from '../../src/lib/method-pages.ts';
import { TARGET_RULES } from '../../src/lib/method-examples.ts';
import { DATA_FILES } from '../../src/pipeline/dictionary.ts';
import type { OutcomeRow } from '../../src/pipeline/outcomes.ts';
import type { Report, ReportSummary } from '../../src/pipeline/types.ts';
import { DIST, decodeEntities, readDist, readJson, textOf } from './html.ts';

const CORPUS_DIST = process.env.ATLAS_CORPUS_DIST ?? '.atlas/dist-corpus';
const builds = [DIST, CORPUS_DIST].filter((d) => existsSync(d));

describe.each(builds)('methodology pages of the build in %s', (dist) => {
  const summaries = readJson<ReportSummary[]>('data/reports.json', dist);
  const reports = new Map(summaries.map((s) => [s.slug, readJson<Report>(`data/reports/${s.slug}.json`, dist)]));
  const pages = METHOD_PAGES.map((m) => ({ ...m, html: readDist(`${m.path}index.html`, dist) }));
  /** Every live example of every page: its rule, and its HTML. */
  const examples = pages.flatMap((p) =>
    [...p.html.matchAll(/<(figure|p|table|ul)\b[^>]*class="live-example[^"]*"[^>]*data-example="([^"]+)"[^>]*>([\s\S]*?)<\/\1>/g)].map((m) => ({ page: p.path, rule: m[2], html: m[3], none: /class="live-example none"/.test(m[0]) })),
  );

  it('are MDX pages in Chinese, each linked from the About page', () => {
    const about = readDist('about/index.html', dist);
    expect(about).toContain('href="/about/method/"');
    for (const p of pages) {
      expect(p.html).toMatch(/<html lang="zh-CN"/);
      expect(textOf(p.html)).toContain(p.title);
    }
  });

  it('show, for every target rule, an example or the words that this build has none', () => {
    const shown = new Set(examples.map((e) => e.rule));
    for (const rule of Object.keys(TARGET_RULES)) expect(shown, rule).toContain(rule);
    for (const e of examples.filter((x) => x.none)) expect(textOf(e.html)).toMatch(/没有/);
  });

  it('quote real rows of this build and link to them on their report pages', () => {
    const linked = examples.filter((e) => !e.none && (e.rule in TARGET_RULES || e.rule.startsWith('verdict-')));
    expect(linked.length).toBeGreaterThan(0);
    for (const e of linked) {
      const quotes = [...e.html.matchAll(/<blockquote[^>]*><p>([\s\S]*?)<\/p><\/blockquote>/g)].map((m) => decodeEntities(m[1]));
      const links = [...e.html.matchAll(/href="\/reports\/([a-z0-9-]+)\/#([a-z0-9-]+)"/g)].map((m) => ({ slug: m[1], id: m[2] }));
      expect(links.length, `${e.page} ${e.rule}`).toBe(quotes.length);
      links.forEach((l, i) => {
        const r = reports.get(l.slug);
        expect(r, `${e.rule}: ${l.slug}`).toBeDefined();
        const row = r!.targets.find((t) => t.id === l.id);
        expect(row?.quote, `${e.rule}: ${l.slug}#${l.id}`).toBe(quotes[i]);
        expect(readDist(`reports/${l.slug}/index.html`, dist)).toContain(`id="${l.id}"`);
      });
    }
  });

  it('show the verdicts this build has, each with its target’s and its outcome’s words', () => {
    const outcomes = readJson<OutcomeRow[]>('data/outcomes.json', dist);
    for (const verdict of ['met', 'missed', 'not-stated'] as const) {
      const e = examples.find((x) => x.rule === `verdict-${verdict}`)!;
      expect(e, verdict).toBeDefined();
      expect(e.none, verdict).toBe(!outcomes.some((o) => o.verdict === verdict));
      if (!e.none) expect(e.html).toContain(`<code>${verdict}</code>`);
    }
  });

  it('show the front matter of a report of this build that states its date, session and speaker, where one does', () => {
    const e = examples.find((x) => x.rule === 'front-matter')!;
    const has = [...reports.values()].some((r) => r.delivered && r.session && r.speaker?.name && r.place);
    expect(e.none).toBe(!has);
    if (!has) return;
    const slug = e.html.match(/href="\/reports\/([a-z0-9-]+)\/"/)![1];
    const r = reports.get(slug)!;
    const lines = [...e.html.match(/<blockquote[^>]*>([\s\S]*?)<\/blockquote>/)![1].matchAll(/<p>([\s\S]*?)<\/p>/g)].map((m) => decodeEntities(m[1]));
    expect(lines).toEqual(r.frontMatter);
    for (const v of [r.delivered!, r.session!, r.speaker!.name!]) expect(decodeEntities(e.html)).toContain(v);
  });

  it('count the rows outside the vocabulary as the data has them', () => {
    const targets = readJson<{ indicatorId: string | null }[]>('data/targets.json', dist);
    const figures = textOf(pages.find((p) => p.path === 'about/method/limits/')!.html).replace(/,/g, '');
    expect(figures).toContain(`指标行 ${targets.length} 项，其中 ${targets.filter((t) => t.indicatorId === null).length} 项`);
  });

  it('link sections of this build for the levels it has', () => {
    for (const level of [1, 2, 3, 4]) {
      const e = examples.find((x) => x.rule === `section-${level}`)!;
      const has = [...reports.values()].some((r) => r.sections.some((s) => s.level === level && s.number));
      if (!has) {
        expect(e.none).toBe(true);
        continue;
      }
      const m = e.html.match(/href="\/reports\/([a-z0-9-]+)\/#([a-z0-9-]+)"/)!;
      const section = reports.get(m[1])!.sections.find((s) => s.id === m[2])!;
      expect(section.level).toBe(level);
    }
  });
});

describe('the data dictionary page', () => {
  it('lists every field of every data file', () => {
    const html = readDist('about/data/index.html');
    for (const f of DATA_FILES) {
      const table = html.match(new RegExp(`<table class="dictionary"[^>]*data-file="${f.file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}"[\\s\\S]*?</table>`));
      expect(table, f.file).not.toBeNull();
      for (const field of f.fields) expect(table![0], `${f.file} ${field.path}`).toContain(`data-field="${field.path}"`);
    }
  });
});
