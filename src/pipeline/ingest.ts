/**
 * The whole pipeline over a set of files: decode → normalize → structure → merge → metadata → targets.
 * Pure: takes bytes and the catalog, returns reports, the build log and the per-file errors. The CLI writes files.
 */
import { decode } from './decode.ts';
import { groupExcerpts, mergeGroup, type FileBlocks } from './merge.ts';
import { inferMeta, makeSlug, type Catalog, type InferredMeta, type Origin } from './metadata.ts';
import { normalize } from './normalize.ts';
import { buildSections, classify } from './structure.ts';
import { EMPTY_VOCABULARY, type Vocabulary } from './indicators.ts';
import { extractTargets, targetNotes } from './targets.ts';
import { IngestError, type DroppedLine, type Report, type ReportSummary, type TextHints } from './types.ts';

export interface InputFile {
  name: string;
  bytes: Uint8Array;
}

export interface FileLog {
  file: string;
  encoding: string;
  layout: string;
  paragraphs: number;
  report: string;
}

export interface ReportLog {
  slug: string;
  sources: string[];
  origin: Record<string, Origin>;
  notes: string[];
}

export interface BuildLog {
  files: FileLog[];
  reports: ReportLog[];
  dropped: DroppedLine[];
  /** Lines that are not body text but are kept on the page header (titles, headlines, 〈在…大会上〉). */
  usedAsMetadata: { file: string; text: string; as: string }[];
}

export interface IngestResult {
  reports: Report[];
  log: BuildLog;
  errors: IngestError[];
}

interface Prepared extends FileBlocks {
  hints: TextHints;
  text: string;
}

/** Old id → new id, per report slug (seeds/redirects.yaml). */
export type Redirects = Record<string, Record<string, string>>;

export function ingest(
  files: InputFile[],
  catalog: Catalog = { files: {} },
  redirects: Redirects = {},
  vocabulary: Vocabulary = EMPTY_VOCABULARY,
): IngestResult {
  const errors: IngestError[] = [];
  const log: BuildLog = { files: [], reports: [], dropped: [], usedAsMetadata: [] };
  const prepared: Prepared[] = [];
  const fileInfo = new Map<string, { encoding: string; layout: string; paragraphs: number }>();

  for (const f of [...files].sort((a, b) => a.name.localeCompare(b.name))) {
    try {
      const { text, encoding } = decode(f.bytes, f.name);
      const norm = normalize(text, f.name);
      if (norm.paragraphs.length === 0) throw new IngestError(f.name, 'not a report: nothing is left once site chrome is removed');
      if (!norm.paragraphs.some((p) => /[。！？]/.test(p))) throw new IngestError(f.name, 'not a report: the text has no sentences');
      const blocks = classify(norm.paragraphs, f.name);
      const body = norm.paragraphs.join('\n');
      // Excerpts of two different governments' reports are never merged, whatever text they share.
      const government = inferMeta(body, norm.hints, catalog.files[f.name] ? [catalog.files[f.name]] : []).place;
      prepared.push({ file: f.name, blocks, hints: norm.hints, text: body, city: government?.code ?? government?.name ?? null });
      log.dropped.push(...norm.dropped);
      if (norm.hints.headline) log.usedAsMetadata.push({ file: f.name, text: norm.hints.headline, as: '网页标题（用作报告标题）' });
      for (const l of norm.hints.frontMatter) log.usedAsMetadata.push({ file: f.name, text: l, as: '页首（标题、会议行、报告人，显示在报告页顶部）' });
      fileInfo.set(f.name, { encoding, layout: norm.layout, paragraphs: norm.paragraphs.length });
    } catch (e) {
      if (e instanceof IngestError) errors.push(e);
      else errors.push(new IngestError(f.name, `unexpected failure: ${(e as Error).message}`));
    }
  }

  const reports: Report[] = [];
  const slugs = new Set<string>();
  const groups: { members: Prepared[]; hints: TextHints; text: string; meta: InferredMeta }[] = [];
  for (const group of groupExcerpts(prepared)) {
    const members = group as Prepared[];
    const hints: TextHints = {
      frontMatter: [...new Set(members.flatMap((m) => m.hints.frontMatter))],
      headline: members.find((m) => m.hints.headline)?.hints.headline,
      published: members.find((m) => m.hints.published)?.hints.published,
    };
    const text = members.map((m) => m.text).join('\n');
    const meta = inferMeta(text, hints, members.map((m) => catalog.files[m.file]).filter((c) => !!c));
    groups.push({ members, hints, text, meta });
  }
  for (const { members, hints, meta } of groups) {
    const blocks = mergeGroup(members);
    const sources = members.map((m) => m.file);
    const provenance = members.flatMap((m) =>
      [m.hints.origin ? `${m.file}：来源 ${m.hints.origin}` : null, m.hints.published ? `${m.file}：发布于 ${m.hints.published}` : null].filter(
        (x): x is string => x !== null,
      ),
    );
    const slug = makeSlug(meta, slugs);
    slugs.add(slug);
    const sections = buildSections(blocks);
    const report: Report = {
      slug,
      title: meta.title,
      city: meta.city,
      province: meta.province,
      year: meta.year,
      kind: meta.kind,
      place: meta.place,
      delivered: meta.delivered,
      session: meta.session,
      speaker: meta.speaker,
      sources: orderSources(sources, blocks.flatMap((b) => b.sources)),
      frontMatter: hints.frontMatter,
      sections,
      targets: extractTargets(slug, sections, meta.year, vocabulary),
      provenance: [...provenance, ...meta.urls.map((u) => `原文链接 ${u}`)],
      redirects: {},
    };
    reports.push(report);
    log.reports.push({ slug, sources: report.sources, origin: meta.origin, notes: [...meta.notes, ...targetNotes(report.targets, meta.year)] });
    for (const s of sources) log.files.push({ file: s, ...fileInfo.get(s)!, report: slug });
  }
  applyRedirects(reports, redirects, errors);
  reports.sort((a, b) => (a.province ?? '').localeCompare(b.province ?? '', 'zh') || (a.city ?? '').localeCompare(b.city ?? '', 'zh') || (b.year ?? 0) - (a.year ?? 0) || a.slug.localeCompare(b.slug));
  log.files.sort((a, b) => a.file.localeCompare(b.file));
  return { reports, log, errors };
}

/** Attaches each report's table of old → new ids, refusing entries that would not lead anywhere. */
function applyRedirects(reports: Report[], redirects: Redirects, errors: IngestError[]): void {
  for (const [slug, table] of Object.entries(redirects)) {
    const report = reports.find((r) => r.slug === slug);
    if (!report) {
      errors.push(new IngestError('redirects.yaml', `no report ${slug}`));
      continue;
    }
    const ids = new Set([...report.sections.map((s) => s.id), ...report.targets.map((t) => t.id)]);
    for (const [from, to] of Object.entries(table)) {
      if (ids.has(from)) errors.push(new IngestError('redirects.yaml', `${slug}: ${from} is a current id and cannot be redirected`));
      else if (!ids.has(to)) errors.push(new IngestError('redirects.yaml', `${slug}: ${from} → ${to}, but ${to} is not an id of the report`));
      else report.redirects[from] = to;
    }
  }
}

/** Sources in the order their text first appears in the merged report. */
function orderSources(sources: string[], appearance: string[]): string[] {
  const seen = [...new Set(appearance)];
  return [...seen.filter((s) => sources.includes(s)), ...sources.filter((s) => !seen.includes(s))];
}

export function summarize(report: Report, base = '/'): ReportSummary {
  const paragraphs = report.sections.flatMap((s) => s.paragraphs);
  return {
    slug: report.slug,
    title: report.title,
    city: report.city,
    province: report.province,
    year: report.year,
    kind: report.kind,
    place: report.place,
    delivered: report.delivered,
    session: report.session,
    speaker: report.speaker,
    sources: report.sources,
    url: `${base}reports/${report.slug}/`,
    sectionCount: report.sections.length,
    targetCount: report.targets.length,
    paragraphCount: paragraphs.length,
    charCount: paragraphs.reduce((n, p) => n + p.text.length, 0),
  };
}
