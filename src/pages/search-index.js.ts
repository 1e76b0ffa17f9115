/**
 * The text index used to confirm search hits and, in the offline edition, to search on its own.
 * A classic script (it assigns a global), because file:// pages may not fetch or import modules.
 */
import type { APIRoute } from 'astro';
import { report, reportSummaries } from '../lib/data.ts';

export const GET: APIRoute = () => {
  const reports = reportSummaries().map((r) => ({ slug: r.slug, title: r.title, city: r.city, year: r.year }));
  const sections: [number, string, string, string][] = [];
  reports.forEach((r, i) => {
    for (const s of report(r.slug).sections) {
      sections.push([i, s.id, `${s.number ?? ''}${s.title}`, s.paragraphs.map((p) => p.text).join('\n')]);
    }
  });
  const body = `window.ATLAS_INDEX=${JSON.stringify({ reports, sections }).replace(/</g, '\\u003c')};\n`;
  return new Response(body, { headers: { 'Content-Type': 'text/javascript; charset=utf-8' } });
};
