/**
 * The whole pipeline over a set of files: decode → normalize → structure → merge → metadata → targets.
 * Pure: takes bytes and the catalog, returns reports, the build log and the per-file errors. The CLI writes files.
 */
import { decode } from './decode.ts';
import { splitDocuments } from './documents.ts';
import { blockText, groupExcerpts, mergeGroup, mergeTwo, overlap, type FileBlocks } from './merge.ts';
import { AREA_WORDS, inferKind, inferMeta, makeSlug, type Catalog, type InferredMeta, type Origin } from './metadata.ts';
import { normalizeLines, readLines } from './normalize.ts';
import { SCRIPT_RULE, inSimplified } from './script.ts';
import { buildSections, classify } from './structure.ts';
import { EMPTY_VOCABULARY, type Vocabulary } from './indicators.ts';
import { governmentByCode } from './gazetteer.ts';
import { extractTargets, targetNotes } from './targets.ts';
import { linkReports } from './first-said.ts';
import { IngestError, type Block, type DroppedLine, type Government, type NormalizedText, type Report, type ReportSummary, type TextHints } from './types.ts';

export interface InputFile {
  name: string;
  bytes: Uint8Array;
  /** Where the file is, when it is one: a worker thread reads it there rather than being sent its bytes. */
  path?: string;
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

export interface Prepared extends FileBlocks {
  hints: TextHints;
  text: string;
  /**
   * The document's place among its file's documents, the file's work reports first in reading order (0: the file's
   * own report). A file's other documents are listed after the reports that stand first in their files.
   */
  rank?: number;
}

/** One file read, or why not: what the first step makes of each file, on its own. */
export type PreparedFile =
  | {
      file: string;
      ok: true;
      /** The documents the file holds (documents.ts), in reading order: most files hold one. */
      documents: Prepared[];
      dropped: DroppedLine[];
      encoding: string;
      layout: string;
      paragraphs: number;
    }
  | { file: string; ok: false; reason: string };

/** Old id → new id, per report slug (seeds/redirects.yaml). */
export type Redirects = Record<string, Record<string, string>>;

/** Two documents of one file sharing this share of their sentences are copies of one text, merged back into one. */
const COPY_SHARE = 0.6;
export const DUPLICATE_RULE = 'duplicate: the same text again in another copy of the document in the same file';

/**
 * decode → repair → documents → normalize → structure (blocks) → each document's own government and year: each file
 * alone, whatever the others hold. A file holding several documents gives several prepared documents, each with its
 * own front matter and blocks; copies of one text in a file are merged back into one (mergeTwo), what they repeat
 * listed as dropped. Each document's source is the file's name.
 */
export function prepareFile(f: InputFile, catalog: Catalog = { files: {} }): PreparedFile {
  try {
    const { text: written, encoding } = decode(f.bytes, f.name);
    const { text, converted } = inSimplified(written);
    const read = readLines(text, f.name);
    const dropped: DroppedLine[] = [...read.dropped];
    if (converted > 0) dropped.unshift({ file: f.name, line: null, text: `${converted} characters`, rule: SCRIPT_RULE });
    const { documents: parts } = splitDocuments(read.lines);
    const normalized = parts.map((lines) => normalizeLines(lines, f.name));
    for (const n of normalized) dropped.push(...n.dropped);
    const docs = normalized
      .filter((n) => n.paragraphs.length > 0)
      .map((n) => ({ norm: n, blocks: classify(n.paragraphs, f.name) }));
    if (docs.length === 0) throw new IngestError(f.name, 'not a report: nothing is left once site chrome is removed');
    if (!docs.some((d) => d.norm.paragraphs.some((p) => /[。！？]/.test(p)))) throw new IngestError(f.name, 'not a report: the text has no sentences');
    const merged = mergeCopies(docs, f.name, dropped);
    const documents: Prepared[] = merged.map((d, k) => {
      const body = d.paragraphs.join('\n');
      const catalogEntry = catalog.files[f.name] ? [catalog.files[f.name]] : [];
      // Excerpts of two different governments' (or years') reports are never merged, whatever text they share.
      const meta = inferMeta(body, d.hints, merged.length > 1 ? [] : catalogEntry);
      const government = meta.place;
      return {
        file: f.name,
        blocks: d.blocks,
        hints: d.hints,
        text: body,
        city: government?.code ?? government?.name ?? null,
        year: meta.year,
        delivered: meta.delivered,
        document: merged.length > 1 ? k + 1 : undefined,
      };
    });
    // The file's work report first, its other documents (a bulletin, a notice) after: the report keeps the plain slug.
    const isReport = (d: Prepared) => inferKind(d.text, d.hints) === '政府工作报告';
    documents.sort((a, b) => Number(isReport(b)) - Number(isReport(a)));
    documents.forEach((d, i) => (d.rank = i));
    const layout = merged[0].layout;
    const paragraphs = merged.reduce((n, d) => n + d.paragraphs.length, 0);
    dropped.sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
    return { file: f.name, ok: true, documents, dropped, encoding, layout, paragraphs };
  } catch (e) {
    return { file: f.name, ok: false, reason: e instanceof IngestError ? e.reason : `unexpected failure: ${(e as Error).message}` };
  }
}

interface DocumentDraft {
  paragraphs: string[];
  blocks: Block[];
  hints: TextHints;
  layout: string;
}

/**
 * Documents of one file that are copies of one text (they share most of their sentences) become one: merged in
 * reading order by merge.ts, so a paragraph only a later copy has is kept where it stands; each block the copies
 * repeat is listed as dropped. Front matter of all copies is kept (the first copy may have none).
 */
function mergeCopies(docs: { norm: NormalizedText; blocks: Block[] }[], file: string, dropped: DroppedLine[]): DocumentDraft[] {
  const out: DocumentDraft[] = [];
  for (const { norm, blocks } of docs) {
    const twin = out.find((o) => {
      const { shared, share } = overlap(o.blocks, blocks);
      return shared >= 3 && share >= COPY_SHARE;
    });
    if (!twin) {
      out.push({ paragraphs: [...norm.paragraphs], blocks, hints: { ...norm.hints, frontMatter: [...norm.hints.frontMatter] }, layout: norm.layout });
      continue;
    }
    const result = mergeTwo(twin.blocks, blocks);
    // What the merge left out is the text of one copy that the other holds (whole, or longer): a duplicate.
    const counts = new Map<string, number>();
    for (const b of [...twin.blocks, ...blocks]) counts.set(blockText(b), (counts.get(blockText(b)) ?? 0) + 1);
    for (const b of result) counts.set(blockText(b), (counts.get(blockText(b)) ?? 0) - 1);
    const left = [...counts].flatMap(([t, n]) => Array.from({ length: Math.max(0, n) }, () => t));
    for (const t of left) dropped.push({ file, line: null, text: t, rule: DUPLICATE_RULE });
    twin.blocks = result;
    twin.paragraphs = result.map((b) => blockText(b));
    twin.hints = {
      ...twin.hints,
      frontMatter: [...new Set([...twin.hints.frontMatter, ...norm.hints.frontMatter])],
      headline: twin.hints.headline ?? norm.hints.headline,
      published: twin.hints.published ?? norm.hints.published,
      origin: twin.hints.origin ?? norm.hints.origin,
    };
  }
  return out;
}

/** A report to build: its files (excerpts of one report, merged) and what the text says of it, slug included. */
export interface ReportPlan {
  /** Its documents; building the report reads their blocks, not their text (planOf reads that). */
  members: Omit<Prepared, 'text'>[];
  hints: TextHints;
  meta: InferredMeta;
  slug: string;
}

/** What a group of excerpts says of its report: front matter of all of them, metadata read from all their text. */
export function planOf(members: Prepared[], catalog: Catalog = { files: {} }): { hints: TextHints; meta: InferredMeta } {
  const hints: TextHints = {
    frontMatter: [...new Set(members.flatMap((m) => m.hints.frontMatter))],
    headline: members.find((m) => m.hints.headline)?.hints.headline,
    published: members.find((m) => m.hints.published)?.hints.published,
    collector: members.find((m) => m.hints.collector)?.hints.collector,
  };
  const text = members.map((m) => m.text).join('\n');
  const meta = inferMeta(text, hints, members.map((m) => catalog.files[m.file]).filter((c) => !!c));
  return { hints, meta };
}

/** Files → reports: excerpts of one report grouped, each group's metadata read from all its text, slugs given. */
export function planReports(prepared: Prepared[], catalog: Catalog = { files: {} }): ReportPlan[] {
  const slugs = new Set<string>();
  const plans: ReportPlan[] = [];
  for (const group of groupExcerpts(prepared)) {
    const members = group as Prepared[];
    plans.push({ members, ...planOf(members, catalog), slug: '' });
  }
  // In group order: a slug taken twice gets its suffix by the order the groups come in.
  for (const plan of plans) slugs.add((plan.slug = makeSlug(plan.meta, slugs)));
  return plans;
}

/** merge → sections → targets: one report from its plan, on its own. */
/** A report as built, its log, and its rank (the lowest of its documents' ranks, for the order reports are listed in). */
export interface BuiltReport {
  report: Report;
  log: ReportLog;
  rank?: number;
}

export function buildReport(plan: ReportPlan, vocabulary: Vocabulary = EMPTY_VOCABULARY): BuiltReport {
  const { members, hints, meta, slug } = plan;
  const blocks = mergeGroup(members);
  const sources = members.map((m) => m.file);
  const provenance = members.flatMap((m) =>
    [m.hints.origin ? `${m.file}：来源 ${m.hints.origin}` : null, m.hints.published ? `${m.file}：发布于 ${m.hints.published}` : null].filter(
      (x): x is string => x !== null,
    ),
  );
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
    targets: extractTargets(slug, sections, meta.year, vocabulary, meta.kind, ownNames(meta.place, meta.belowCounty), meta.origin.title === 'text' ? meta.title : null),
    provenance: [...provenance, ...meta.urls.map((u) => `原文链接 ${u}`)],
    redirects: {},
  };
  return {
    report,
    log: { slug, sources: report.sources, origin: meta.origin, notes: [...meta.notes, ...targetNotes(report.targets, meta.year)] },
    rank: Math.min(...members.map((m) => m.rank ?? 0)),
  };
}

/** The files as read, the reports as built → the result: build log, redirects applied, reports in reading order. */
export function assembleIngest(files: PreparedFile[], built: BuiltReport[], redirects: Redirects = {}): IngestResult {
  const errors: IngestError[] = [];
  const log: BuildLog = { files: [], reports: [], dropped: [], usedAsMetadata: [] };
  const byFile = new Map<string, Extract<PreparedFile, { ok: true }>>();
  for (const f of files) {
    if (!f.ok) {
      errors.push(new IngestError(f.file, f.reason));
      continue;
    }
    byFile.set(f.file, f);
    log.dropped.push(...f.dropped);
    for (const { hints } of f.documents) {
      if (hints.headline) log.usedAsMetadata.push({ file: f.file, text: hints.headline, as: '网页标题（用作报告标题）' });
      for (const l of hints.frontMatter) log.usedAsMetadata.push({ file: f.file, text: l, as: '页首（标题、会议行、报告人，显示在报告页顶部）' });
    }
  }
  const reports = built.map((b) => b.report);
  for (const { report, log: reportLog } of built) {
    log.reports.push(reportLog);
    for (const s of reportLog.sources) {
      const f = byFile.get(s)!;
      log.files.push({ file: s, encoding: f.encoding, layout: f.layout, paragraphs: f.paragraphs, report: report.slug });
    }
  }
  applyRedirects(reports, redirects, errors);
  // Each report against its government's earlier ones: its previous report and what it says for the first time.
  linkReports(reports);
  const order = new Map(built.map(({ report: r, rank }) => [r, { province: r.province, city: r.city, rank: rank ?? 0, year: r.year, slug: r.slug }]));
  reports.sort((a, b) => listingOrder(order.get(a)!, order.get(b)!));
  log.files.sort((a, b) => a.file.localeCompare(b.file));
  return { reports, log, errors };
}

/**
 * The order reports are listed in (reports.json, targets.json): by province, city, then within a city the reports
 * that stand first in their files before a file's other documents (a bulletin, a plan report, a second year's
 * report), so the first report listed with a file is the file's own; then the latest year first.
 */
export function listingOrder(
  a: { province: string | null; city: string | null; rank: number; year: number | null; slug: string },
  b: { province: string | null; city: string | null; rank: number; year: number | null; slug: string },
): number {
  return (
    (a.province ?? '').localeCompare(b.province ?? '', 'zh') ||
    (a.city ?? '').localeCompare(b.city ?? '', 'zh') ||
    Number(a.rank > 0) - Number(b.rank > 0) ||
    (b.year ?? 0) - (a.year ?? 0) ||
    a.slug.localeCompare(b.slug)
  );
}

/** The files in reading order (by name): the order every step sees them in. */
export const inReadingOrder = (files: InputFile[]): InputFile[] => [...files].sort((a, b) => a.name.localeCompare(b.name));

export function ingest(
  files: InputFile[],
  catalog: Catalog = { files: {} },
  redirects: Redirects = {},
  vocabulary: Vocabulary = EMPTY_VOCABULARY,
): IngestResult {
  const read = inReadingOrder(files).map((f) => prepareFile(f, catalog));
  const plans = planReports(read.flatMap((f) => (f.ok ? f.documents : [])), catalog);
  return assembleIngest(read, plans.map((plan) => buildReport(plan, vocabulary)), redirects);
}

/** Attaches each report's table of old → new ids, refusing entries that would not lead anywhere. */
export function applyRedirects(reports: Report[], redirects: Redirects, errors: IngestError[]): void {
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

/**
 * A township's, street office's, sumu's or development zone's name at the head of a measure, and 辖区 after it — not a
 * word that ends as one (乡镇企业, 城镇居民, 小城镇, 返乡创业) — or the bare word 街道, 本镇, 该乡.
 */
const OWN_TOWNSHIP = new RegExp(`^(?:(?:本|该|全)?街道|(?:本|该)(?:镇|乡)|(?:(?![全我各本该])\\p{Script=Han}){2,5}?(?:(?<![乡城村集小重古名强])镇|(?<![城下家故老返回同异水])乡|街道|苏木)(?![镇村])|(?:(?![全我各本该])\\p{Script=Han}){2,8}?${AREA_WORDS})(?:辖区内?|境内|区域内)?(?:现有|共有|已有|有(?!林|劳动|效|机|线|色|关|序|力|益|偿|限|望|所|的|些|了|着)|实现了?(?=\\p{Script=Han}{3}))?`, 'u');

/**
 * How a report writes its own government in full before a measure: alone (德州市) or after its parent (拉萨市城关区). Not
 * its short name: 韶关学院, 深圳港, 坪山河 name things of the place, the place's name part of theirs.
 */
export function ownNames(place: Government | null, belowCounty = false): (string | RegExp)[] {
  // (张村乡常住人口, 钢都街道总人口, 街道实现国内生产总值 in a township's or a street office's own text: the table does not
  // know its name, so a township's, a street office's or a sumu's name at the head of a measure stands for it.)
  if (!place) return belowCounty ? [OWN_TOWNSHIP] : [];
  const parent = place.parents[0]?.name;
  // (海西州人均地区生产总值, 维西县实现地区生产总值: an autonomous prefecture or county by its short name and 州 or 县, as its own
  // texts write it.)
  const short = place.code ? governmentByCode(place.code)?.short : null;
  const called = short ? (/自治州$/u.test(place.name) ? `${short}州` : /自治县$/u.test(place.name) ? `${short}县` : null) : null;
  const names = called ? [place.name, called] : [place.name];
  return parent ? [...names.map((n) => `${parent}${n}`), ...names] : names;
}
