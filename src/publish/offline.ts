/**
 * The offline editions: which are made (editionPlan), the province editions (editionsOf) and a page restricted to one
 * (editionHtml). The online pages rewritten for file:// (offlineHtml) are in offline-html.ts, re-exported here.
 */
import { NATIONAL_GROUP, provinceGroup, provinceOrder } from '../lib/data.ts';
import { governmentsNamed } from '../pipeline/gazetteer.ts';
import { placeSlug } from '../pipeline/slug.ts';
import type { ReportSummary } from '../pipeline/types.ts';

export { OFFLINE_ZIP_NAME, offlineHtml, relativeLink } from './offline-html.ts';

// ——— Editions a reader chooses (see README, "Offline editions") ———


/**
 * When the site is offered as one zip, and when by province. Both are measured on the ingested reports' JSON
 * (`data/reports/*.json`), which the whole-site zip tracks closely (corpus: 10.4 MB of JSON, an 11.4 MB zip; the
 * pages, search index and data of a report deflate to about its JSON's size): the whole-site edition is made while that
 * is at most 150 MiB (a thousand reports of the bench: 145 MB of JSON), the province editions once it is more. Both default to the same figure, so a build makes one kind or the other;
 * ATLAS_WHOLE_EDITION_MAX_BYTES and ATLAS_EDITION_SPLIT_BYTES change them (the test build sets the split to 0 and so
 * makes both for the small corpus).
 */
export const DEFAULT_EDITION_BYTES = 150 * 1024 * 1024;
export function editionPlan(reportJsonBytes: number, env: Record<string, string | undefined> = process.env) {
  const limit = (name: string) => {
    const v = env[name];
    if (v === undefined || v === '') return DEFAULT_EDITION_BYTES;
    const n = Number(v);
    if (!(n >= 0)) throw new Error(`${name} must be a number of bytes, not ${v}`);
    return n;
  };
  return { whole: reportJsonBytes <= limit('ATLAS_WHOLE_EDITION_MAX_BYTES'), split: reportJsonBytes > limit('ATLAS_EDITION_SPLIT_BYTES') };
}

export interface Edition {
  /** ASCII, for the file name: the province's place slug (fujian, neimenggu), `national`, or `other`. */
  key: string;
  /** As lists name the group: 福建省, 全国, 未知. */
  name: string;
  /** The edition's zip under download/. */
  file: string;
  slugs: string[];
}

const UNKNOWN_GROUP = '未知';
export const editionFile = (key: string) => `report-atlas-offline-${key}.zip`;

/** The province editions (全国 first, then the provinces in pinyin order, reports of no known province last). */
export function editionsOf(summaries: Pick<ReportSummary, 'slug' | 'province' | 'place'>[]): Edition[] {
  const groups = new Map<string, string[]>();
  for (const s of summaries) {
    const g = provinceGroup(s) ?? UNKNOWN_GROUP;
    if (!groups.has(g)) groups.set(g, []);
    groups.get(g)!.push(s.slug);
  }
  const names = provinceOrder([...groups.keys()].filter((g) => g !== UNKNOWN_GROUP));
  if (groups.has(UNKNOWN_GROUP)) names.push(UNKNOWN_GROUP);
  const keys = new Set<string>();
  return names.map((name) => {
    let key = name === NATIONAL_GROUP ? 'national' : name === UNKNOWN_GROUP ? 'other' : provinceKey(name);
    while (keys.has(key)) key += '-x';
    keys.add(key);
    return { key, name, file: editionFile(key), slugs: groups.get(name)! };
  });
}

function provinceKey(name: string): string {
  const e = governmentsNamed(name).find((g) => ['province', 'autonomous-region', 'municipality'].includes(g.level));
  if (e) return placeSlug(e);
  // A province the gazetteer does not know (never seen): a stable ASCII key from its name.
  return `p${[...name].map((c) => c.codePointAt(0)!.toString(36)).join('')}`;
}

/** The site-relative page a root-absolute link leads to (`reports/x/index.html`), or null for any other link. */
export function linkedFile(href: string, base: string): string | null {
  if (!href.startsWith(base) || href.startsWith('//')) return null;
  const rest = href.slice(base.length);
  const cut = rest.search(/[?#]/);
  const path = cut < 0 ? rest : rest.slice(0, cut);
  if (path === '' || path.endsWith('/')) return `${path}index.html`;
  return path;
}

/** The report slugs a page links to (root-absolute links under the base). */
export function linkedReports(html: string, base: string): Set<string> {
  const out = new Set<string>();
  const re = new RegExp(`\\shref="${escapeRegExp(base)}reports/([a-z0-9-]+)/`, 'g');
  for (const m of html.matchAll(re)) out.add(m[1]);
  return out;
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export interface EditionView {
  base: string;
  /** Is this site file (`reports/x/index.html`, `data/targets.csv`) in the edition? */
  has: (file: string) => boolean;
  /** The values the edition's province, level and year filters may take (as the online lists write them). */
  provinces: Set<string>;
  levels: Set<string>;
  years: Set<string>;
  /** For the home page's totals line. */
  reportCount: number;
  targetCount: number;
}

/**
 * A rendered page (online HTML, before offlineHtml) restricted to an edition: list items and table rows that lead to a
 * page outside it are removed, tables and groups left empty go with them, the filters offer only the edition's
 * provinces, levels and years, and any other link out of it becomes plain text. On pages shared by every report
 * (`shared`: home, indicator, explorer pages), the charts, drawn at build time over the whole corpus, are removed
 * too (the tables, filtered, remain). The report pages and place pages are the edition's own and only lose links out.
 */
export function editionHtml(html: string, view: EditionView, shared: boolean): string {
  const b = escapeRegExp(view.base);
  const outLink = new RegExp(`\\shref="(${b}[^"]*)"`, 'g');
  const leadsOut = (chunk: string) => {
    for (const m of chunk.matchAll(outLink)) {
      const f = linkedFile(m[1], view.base);
      if (f !== null && !view.has(f)) return true;
    }
    return false;
  };
  let out = html;
  if (shared) {
    out = out
      .replace(/<figure class="chart[^"]*"[\s\S]*?<\/figure>/g, '')
      // Innermost items and rows (neither nests its own tag here).
      .replace(/<tr\b[^>]*>(?:(?!<tr\b)[\s\S])*?<\/tr>/g, (m) => (leadsOut(m) ? DROPPED_ROW : m))
      .replace(/<li\b[^>]*>(?:(?!<li\b)[\s\S])*?<\/li>/g, (m) => (leadsOut(m) ? '' : m))
      // Tables and report groups left empty.
      // (a table that is empty as rendered, such as the explorer's, which its script fills, stays).
      .replace(/<div class="table-wrap"[^>]*>\s*<table\b(?:(?!<\/table>)[\s\S])*?<tbody\b[^>]*>(?:<!--dropped-->)+<\/tbody>\s*<\/table>\s*<\/div>/g, '')
      .replaceAll(DROPPED_ROW, '')
      .replace(/<details class="report-group"[^>]*>\s*<summary\b[^>]*>(?:(?!<\/summary>)[\s\S])*<\/summary>\s*<ul\b[^>]*>\s*<\/ul>\s*<\/details>/g, '')
      .replace(/(<select\b[^>]*\bname="(province|level|year)"[^>]*>)([\s\S]*?)(<\/select>)/g, (_m, open: string, name: string, options: string, close: string) => {
        const allowed = name === 'province' ? view.provinces : name === 'level' ? view.levels : view.years;
        return open + options.replace(/<option\b[^>]*\bvalue="([^"]*)"[^>]*>[\s\S]*?<\/option>/g, (o, v: string) => (v === '' || allowed.has(decodeAttr(v)) ? o : '')) + close;
      })
      // The home page's totals.
      .replace(/收录 \d+ 份报告，\d+ 项量化指标，覆盖(国务院及)? \d+ 个省级地区/, () => {
        const provinces = [...view.provinces].filter((p) => p !== NATIONAL_GROUP && p !== UNKNOWN_GROUP).length;
        return `本分册收录 ${view.reportCount} 份报告，${view.targetCount} 项量化指标${provinces ? `，覆盖${view.provinces.has(NATIONAL_GROUP) ? '国务院及' : ''} ${provinces} 个省级地区` : ''}`;
      })
      .replace(/(<output id="report-count"[^>]*>)\d+ 份/, `$1${view.reportCount} 份`)
      // A large corpus's home page (src/lib/home.ts): the newest reports, when none is the edition's, and the count of
      // the governments left.
      .replace(/<section class="home-recent"[^>]*>\s*<h2\b[^>]*>[^<]*<\/h2>\s*<ul\b[^>]*>\s*<\/ul>\s*<\/section>/g, '');
    const placesLeft = (out.match(/<ul class="place-list">[\s\S]*?<\/ul>/g) ?? []).join('').match(/<li\b[^>]*>\s*<a href="[^"]*\/places\//g)?.length ?? 0;
    out = out
      .replace(/(<output id="report-count"[^>]*data-unit=" 地"[^>]*>)\d+ 地/, `$1${placesLeft} 地`)
      .replace(/(<h2 class="list-title"[^>]*>各地政府 <span class="muted"[^>]*>)\d+ 个/, `$1${placesLeft} 个`);
    // Indicator pages: a tier whose tables all went goes, with its entry in the tier list; the place counts of the
    // whole corpus, and the note on the pages of a long tier, would name the online site's numbers.
    const gone = new Set<string>();
    out = out
      .replace(/<section\b[^>]*>\s*<h2 id="(tier-[a-z-]+)"[^>]*>((?:(?!<\/section>)[\s\S])*?)<\/section>/g, (m, id: string, body: string) => {
        if (/<table\b/.test(body)) return m;
        gone.add(id);
        return '';
      })
      .replace(/<a href="#(tier-[a-z-]+)"([^>]*)>([^<]*)<\/a>/g, (_m, id: string, attrs: string, text: string) =>
        gone.has(id) ? '' : `<a href="#${id}"${attrs}>${text.replace(/（\d+个地方）/, '')}</a>`,
      )
      .replace(/<p([^>]*)>本层级共\d+个地方，上表为前\d+个。其余：/g, '<p$1>续页：')
      // The places index: each tier's count, of the rows left.
      .replace(/(<h2 id="tier-[a-z-]+"[^>]*>[^<（]*)（\d+个）(<\/h2>)((?:(?!<\/section>)[\s\S])*)/g, (_m, head: string, close: string, body: string) => {
        const rows = (body.match(/<tbody\b[^>]*>([\s\S]*?)<\/tbody>/)?.[1].match(/<tr\b/g) ?? []).length;
        return `${head}（${rows}个）${close}${body}`;
      });
  }
  // Whatever link still leads out becomes its text.
  out = out.replace(new RegExp(`<a\\b([^>]*)\\shref="(${b}[^"]*)"([^>]*)>([\\s\\S]*?)<\\/a>`, 'g'), (m, _pre: string, href: string, _post: string, text: string) => {
    const f = linkedFile(href, view.base);
    return f !== null && !view.has(f) ? `<span data-edition-out>${text}</span>` : m;
  });
  // The numbered continuation pages of a long tier that hold none of the edition's places.
  return shared ? out.replace(/<span data-edition-out>第\d+页<\/span>/g, '').replace(/<p[^>]*>续页：\s*<\/p>/g, '') : out;
}

const DROPPED_ROW = '<!--dropped-->';
const decodeAttr = (s: string) => s.replace(/&amp;/g, '&').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>');
