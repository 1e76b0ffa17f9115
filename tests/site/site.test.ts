import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import type { Report, ReportSummary, Target } from '../../src/pipeline/types.ts';
import { DIST, SUB_BASE, SUB_DIST, SUB_SITE_URL, idCounts, readDist, readJson, textOf } from './html.ts';

const summaries = readJson<ReportSummary[]>('data/reports.json');
const reports = summaries.map((s) => readJson<Report>(`data/reports/${s.slug}.json`));

describe('data files of the contract', () => {
  it('lists every report with the contract fields', () => {
    expect(summaries.length).toBeGreaterThan(0);
    for (const s of summaries) {
      expect(Object.keys(s)).toEqual(expect.arrayContaining(['slug', 'title', 'city', 'province', 'year', 'kind', 'sources', 'url', 'sectionCount', 'targetCount']));
      expect(s.url).toBe(`/reports/${s.slug}/`);
      expect(s.slug).toMatch(/^[a-z0-9-]+$/);
    }
  });
  it('publishes targets as JSON and as CSV with a BOM, with quotes taken from their section', () => {
    const targets = readJson<Target[]>('data/targets.json');
    expect(targets.length).toBe(summaries.reduce((n, s) => n + s.targetCount, 0));
    const csv = readDist('data/targets.csv');
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(csv.trim().split('\n')).toHaveLength(targets.length + 1);
    for (const t of targets) {
      const section = reports.find((r) => r.slug === t.report)!.sections.find((s) => s.id === t.section)!;
      // (A row read from its section's heading quotes the heading.)
      expect(t.inTitle ? section.title : section.paragraphs.map((p) => p.text).join('\n')).toContain(t.quote);
    }
  });
});

describe('report pages', () => {
  for (const r of reports) {
    describe(r.slug, () => {
      const html = readDist(`reports/${r.slug}/index.html`);
      const text = textOf(html);
      it('is Chinese, titled, and carries every section and target id exactly once', () => {
        expect(html).toMatch(/<html lang="zh-CN"/);
        const ids = idCounts(html);
        for (const s of r.sections) {
          expect(s.id).toMatch(/^[a-z0-9-]+$/);
          expect(ids.get(s.id), s.id).toBe(1);
        }
        for (const t of r.targets) expect(ids.get(t.id), t.id).toBe(1);
        for (const [id, n] of ids) expect(n, id).toBe(1);
      });
      it('shows every paragraph and heading of the report', () => {
        for (const s of r.sections) {
          expect(text).toContain(s.title);
          for (const p of s.paragraphs) expect(text).toContain(p.text);
        }
      });
      it('puts each heading id on a heading element, for links and Pagefind sub-results', () => {
        for (const s of r.sections) expect(html).toMatch(new RegExp(`<h[2-6] id="${s.id}"`));
      });
      it('weighs under 60 KB gzipped (HTML, CSS and JS) before search is used', () => {
        const scripts = [...html.matchAll(/<script[^>]*src="\/([^"]+)"/g)].map((m) => readDist(m[1]));
        const css = [...html.matchAll(/<link[^>]*rel="stylesheet"[^>]*href="\/([^"]+)"/g)].map((m) => readDist(m[1]));
        const bytes = [html, ...scripts, ...css].reduce((n, s) => n + gzipSync(s).length, 0);
        expect(bytes).toBeLessThan(60 * 1024);
      });
      it('has per-page metadata for sharing, and no absolute URL of its own without a configured site address', () => {
        expect(html).not.toMatch(/rel="canonical"|property="og:url"|localhost/);
        const sub = readDist(`reports/${r.slug}/index.html`, SUB_DIST);
        expect(sub).toContain(`<link rel="canonical" href="${SUB_SITE_URL}reports/${r.slug}/"`);
        expect(sub).toContain(`<meta property="og:url" content="${SUB_SITE_URL}reports/${r.slug}/"`);
        expect(html).toMatch(/<meta property="og:title" content="[^"]+"/);
        expect(html).toMatch(/<meta property="og:type" content="article"/);
      });
    });
  }
});

describe('site pages', () => {
  it('lists every report on the home page and links the offline edition with its size', () => {
    const home = readDist('index.html');
    for (const s of summaries) expect(home).toContain(`href="/reports/${s.slug}/"`);
    expect(home).toMatch(/离线版（zip，<span data-offline-size[^>]*>(\d+ KB|\d+(\.\d)? MB)<\/span>）/);
  });
  it('has a search page with a search box, a Pagefind index, and a sitemap only where the site address is configured', () => {
    expect(readDist('search/index.html')).toMatch(/<input[^>]*type="search"/);
    expect(existsSync(join(DIST, 'pagefind/pagefind.js'))).toBe(true);
    expect(readdirSync(join(DIST, 'pagefind/fragment')).length).toBeGreaterThan(0);
    expect(existsSync(join(DIST, 'sitemap-index.xml'))).toBe(false);
    // Report pages render apart from the other pages: the sitemap still lists each once, at its address.
    const sitemap = readDist('sitemap-0.xml', SUB_DIST);
    for (const s of summaries) expect(sitemap.split(`<loc>${SUB_SITE_URL}reports/${s.slug}/</loc>`).length - 1).toBe(1);
    expect(sitemap).toContain(`<loc>${SUB_SITE_URL}</loc>`);
  });
  it('lists every line the build dropped in the build log pages the about page links to', () => {
    const log = readJson<{ dropped: { text: string }[] }>('data/build-log.json');
    const about = readDist('about/index.html');
    const pages = [...about.matchAll(/href="[^"]*about\/log\/(\d+)\/"/g)].map((m) => m[1]);
    expect(pages.length).toBeGreaterThan(0);
    const logText = pages.map((n) => textOf(readDist(`about/log/${n}/index.html`))).join('\n');
    expect(log.dropped.length).toBeGreaterThan(0);
    for (const d of log.dropped) expect(logText).toContain(d.text.trim());
    expect(textOf(about)).toContain(`删除非正文行 ${log.dropped.length} 行`);
  });
});

describe('offline edition', () => {
  const zip = unzipSync(readFileSync(join(DIST, 'download/report-atlas-offline.zip')));
  const names = Object.keys(zip);
  const decoder = new TextDecoder();
  it('holds the whole site with index.html at its top', () => {
    expect(names).toContain('index.html');
    expect(names).toContain('search/index.html');
    expect(names).toContain('search/offline/reports.js');
    expect(names.some((n) => n.startsWith('pagefind/'))).toBe(false);
    for (const s of summaries) expect(names).toContain(`reports/${s.slug}/index.html`);
  });
  it('uses only relative links to real files and no module scripts (file:// blocks both)', () => {
    for (const name of names.filter((n) => n.endsWith('.html'))) {
      const html = decoder.decode(zip[name]);
      expect(html, name).not.toMatch(/\s(?:href|src)="\/(?!\/)/);
      expect(html, name).not.toMatch(/type="module"/);
      for (const m of html.matchAll(/\s(?:href|src)="(?![a-z]+:)([^"#?]+)[^"]*"/g)) {
        const target = join(name, '..', m[1]);
        expect(names, `${name} → ${m[1]}`).toContain(target);
      }
    }
  });
});

describe('sub-path build', () => {
  it('prefixes every internal link and asset with the base path', () => {
    const pages = ['index.html', 'search/index.html', 'targets/index.html', ...summaries.map((s) => `reports/${s.slug}/index.html`)];
    for (const p of pages) {
      const html = readDist(p, SUB_DIST);
      for (const m of html.matchAll(/\s(?:href|src)="(\/[^"]*)"/g)) expect(m[1], p).toMatch(new RegExp(`^${SUB_BASE}`));
    }
    expect(readJson<ReportSummary[]>('data/reports.json', SUB_DIST)[0].url).toMatch(/^\/atlas\/reports\//);
    expect(statSync(join(SUB_DIST, 'pagefind/pagefind.js')).isFile()).toBe(true);
  });
});

describe('stable anchors', () => {
  it('gives the same section and target ids in two separate builds of the same text', () => {
    for (const s of summaries) {
      const a = readJson<Report>(`data/reports/${s.slug}.json`);
      const b = readJson<Report>(`data/reports/${s.slug}.json`, SUB_DIST);
      expect(b.sections.map((x) => x.id)).toEqual(a.sections.map((x) => x.id));
      expect(b.targets.map((x) => x.id)).toEqual(a.targets.map((x) => x.id));
    }
  });
});
