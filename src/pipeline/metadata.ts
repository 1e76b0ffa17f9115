/**
 * Stage — metadata: city (with province), year, kind and title of a report, inferred from its text, completed from
 * the optional catalog (seeds/catalog.yaml), and a slug. Every field says where it came from; a field that neither
 * the text nor the catalog gives stays null and is reported.
 */
import { pinyin } from 'pinyin-pro';
import { z } from 'zod';
import { countPlaces, findPlace, type Place } from './gazetteer.ts';
import { chineseNumeral } from './text.ts';
import type { TextHints } from './types.ts';

export const CatalogEntrySchema = z
  .object({
    city: z.string().min(1).optional(),
    province: z.string().min(1).optional(),
    year: z.number().int().min(1949).max(2100).optional(),
    kind: z.string().min(1).optional(),
    title: z.string().min(1).optional(),
    url: z.string().url().optional(),
  })
  .strict();
export const CatalogSchema = z.object({ files: z.record(z.string(), CatalogEntrySchema) }).strict();
export type CatalogEntry = z.infer<typeof CatalogEntrySchema>;
export type Catalog = z.infer<typeof CatalogSchema>;

export type Origin = 'text' | 'catalog' | 'composed' | 'missing';
export interface InferredMeta {
  title: string;
  city: string | null;
  province: string | null;
  year: number | null;
  kind: string | null;
  urls: string[];
  origin: Record<'title' | 'city' | 'province' | 'year' | 'kind', Origin>;
  notes: string[];
}

const KIND_NAMES = ['政府工作报告', '行动纲要', '行动方案', '实施方案', '规划纲要', '工作要点', '发展规划'];

/** The city a text is about: the place it names most, if it names it often enough to be sure. */
export function inferCity(text: string): Place | null {
  const speaker = text.match(/代表(\S{2,8}?(?:市|县))人民政府/);
  if (speaker) {
    const p = findPlace(speaker[1]);
    if (p) return p;
  }
  let best: Place | null = null;
  let bestScore = 0;
  for (const [place, n] of countPlaces(text)) {
    if (n > bestScore || (n === bestScore && best && place.level === 'prefecture' && best.level === 'county')) {
      best = place;
      bestScore = n;
    }
  }
  return bestScore >= 3 ? best : null;
}

const YEAR = '(\\d{4}|[〇零一二三四五六七八九]{4})';
function toYear(s: string): number {
  if (/^\d{4}$/.test(s)) return Number(s);
  return Number([...s].map((c) => String(chineseNumeral(c) ?? 0)).join(''));
}

/** The year a report is for: its plan year (做好2023年工作), the year it was delivered, or published. */
export function inferYear(text: string, hints: TextHints): number | null {
  const patterns = [
    new RegExp(`做好${YEAR}年(?:的)?(?:政府)?工作`),
    new RegExp(`${YEAR}年(?:政府)?工作(?:安排|任务|总体要求)`),
    new RegExp(`${YEAR}年是[^。]{0,40}(?:之年|关键一年|开局)`),
  ];
  for (const re of patterns) {
    const m = text.match(re);
    if (m) return toYear(m[1]);
  }
  for (const line of hints.frontMatter) {
    const m = line.match(new RegExp(`${YEAR}\\s*年`));
    if (m) return toYear(m[1]);
  }
  if (hints.published) return Number(hints.published.slice(0, 4));
  return null;
}

export function inferKind(text: string, hints: TextHints): string | null {
  const named = [...hints.frontMatter, hints.headline ?? ''].join(' ');
  for (const k of KIND_NAMES) if (named.includes(k)) return k;
  if (/各位代表/.test(text) && /(?:政府工作|人民代表大会|向大会报告)/.test(text)) return '政府工作报告';
  const m = named.match(/《[^》]*?(行动纲要|行动方案|实施方案|规划纲要|工作报告)》/);
  return m ? m[1] : null;
}

export function inferMeta(text: string, hints: TextHints, catalog: CatalogEntry[]): InferredMeta {
  const notes: string[] = [];
  const origin: InferredMeta['origin'] = { title: 'missing', city: 'missing', province: 'missing', year: 'missing', kind: 'missing' };
  const fromCatalog = <K extends keyof CatalogEntry>(k: K): CatalogEntry[K] | undefined => catalog.find((c) => c[k] !== undefined)?.[k];

  const pick = <T>(field: keyof InferredMeta['origin'], fromText: T | null, cat: T | undefined): T | null => {
    if (fromText !== null && fromText !== undefined) {
      origin[field] = 'text';
      if (cat !== undefined && cat !== fromText) notes.push(`${field}: the text says ${String(fromText)}, the catalog ${String(cat)}; the text is used`);
      return fromText;
    }
    if (cat !== undefined) {
      origin[field] = 'catalog';
      return cat;
    }
    notes.push(`${field}: neither the text nor the catalog states it`);
    return null;
  };

  const place = inferCity(text);
  const city = pick('city', place?.name ?? null, fromCatalog('city'));
  const cityPlace = city ? findPlace(city) : null;
  const province = pick('province', place ? place.province : (cityPlace?.province ?? null), fromCatalog('province'));
  if (!place && cityPlace && origin.province === 'text') origin.province = 'catalog';
  const year = pick('year', inferYear(text, hints), fromCatalog('year'));
  const kind = pick('kind', inferKind(text, hints), fromCatalog('kind'));

  const titleFromText = hints.frontMatter.find((l) => KIND_NAMES.some((k) => l.endsWith(k))) ?? hints.headline ?? null;
  let title = pick('title', titleFromText, fromCatalog('title'));
  if (title === null) {
    title = [city, year ? `${year}年` : null, kind].filter(Boolean).join('') || '未命名报告';
    origin.title = 'composed';
    notes.pop();
    notes.push(`title: composed from city, year and kind (${title})`);
  }
  const urls = catalog.map((c) => c.url).filter((u): u is string => !!u);
  return { title, city, province, year, kind, urls, origin, notes };
}

/** quanzhou-2024: the city's pinyin and the year; a second report of the same city and year gets its kind. */
export function makeSlug(meta: { city: string | null; year: number | null; kind: string | null; title: string }, taken: Set<string>): string {
  const base = meta.city ? meta.city.replace(/(?:市|县|自治县|自治州|地区|盟)$/u, '') : meta.title.slice(0, 8);
  const words = [toPinyin(base), meta.year ? String(meta.year) : null].filter(Boolean).join('-') || 'report';
  const candidates = [words, meta.kind ? `${words}-${initials(meta.kind)}` : null].filter((c): c is string => !!c);
  for (const c of candidates) if (!taken.has(c)) return c;
  let n = 2;
  while (taken.has(`${candidates.at(-1)}-${n}`)) n++;
  return `${candidates.at(-1)}-${n}`;
}

function toPinyin(s: string): string {
  return pinyin(s, { toneType: 'none', type: 'array', nonZh: 'consecutive' })
    .join('')
    .toLowerCase()
    .replace(/ü/g, 'v')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

function initials(s: string): string {
  return pinyin(s, { pattern: 'first', toneType: 'none', type: 'array' }).join('').toLowerCase().replace(/[^a-z0-9]/g, '');
}
