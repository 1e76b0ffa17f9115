/**
 * The indicator vocabulary (seeds/indicators.yaml): stable ids for the quantities that work reports set year after
 * year, the wordings that name them, and their canonical units. Pure: the YAML text comes in, the vocabulary and a
 * matcher come out; reading the file is io.ts's job.
 *
 * Matching is exact on purpose. A row's indicator matches a wording only after dropping words that do not change
 * what is measured (a scope word meaning the whole government, a rate word, a parenthesised note); a narrower scope
 * (城镇居民…, 县域…, 单位GDP…) is a different wording and so never matches the wider id. No id is better than a guess.
 */
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';

export const INDICATOR_KINDS = ['level', 'growth', 'ratio', 'count'] as const;

const IndicatorSchema = z.object({
  id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'ids are lowercase ASCII words joined by hyphens'),
  name: z.string().min(1),
  kind: z.enum(INDICATOR_KINDS),
  unit: z.string().min(1),
  wordings: z.array(z.string().min(1)).min(1),
});

export const VocabularySchema = z
  .object({ version: z.number().int().positive(), indicators: z.array(IndicatorSchema).min(1) })
  .superRefine((v, ctx) => {
    const ids = new Set<string>();
    const owner = new Map<string, string>();
    for (const [i, ind] of v.indicators.entries()) {
      if (ids.has(ind.id)) ctx.addIssue({ code: 'custom', path: ['indicators', i, 'id'], message: `duplicate id ${ind.id}` });
      ids.add(ind.id);
      if (unitOf(ind.unit) === null) ctx.addIssue({ code: 'custom', path: ['indicators', i, 'unit'], message: `unknown unit ${ind.unit}` });
      for (const w of ind.wordings) {
        const key = matchKey(w);
        const other = owner.get(key);
        if (other && other !== ind.id)
          ctx.addIssue({ code: 'custom', path: ['indicators', i, 'wordings'], message: `wording ${w} also names ${other}` });
        owner.set(key, ind.id);
      }
    }
  });

export type IndicatorEntry = z.infer<typeof IndicatorSchema>;

export interface Vocabulary {
  version: number;
  indicators: IndicatorEntry[];
  /** Normalized wording → entry. */
  byWording: Map<string, IndicatorEntry>;
  byId: Map<string, IndicatorEntry>;
}

export const EMPTY_VOCABULARY: Vocabulary = { version: 0, indicators: [], byWording: new Map(), byId: new Map() };

/** Parses and validates the vocabulary; throws an Error whose message says what is wrong and where. */
export function parseVocabulary(yamlText: string): Vocabulary {
  let raw: unknown;
  try {
    raw = parseYaml(yamlText);
  } catch (e) {
    throw new Error(`not valid YAML: ${(e as Error).message.split('\n')[0]}`);
  }
  const parsed = VocabularySchema.safeParse(raw);
  if (!parsed.success) {
    const issues = parsed.error.issues.slice(0, 3).map((i) => `${i.path.join('.') || '(top)'}: ${i.message}`);
    throw new Error(issues.join('; '));
  }
  const { version, indicators } = parsed.data;
  const byWording = new Map<string, IndicatorEntry>();
  for (const ind of indicators) for (const w of ind.wordings) byWording.set(matchKey(w), ind);
  return { version, indicators, byWording, byId: new Map(indicators.map((i) => [i.id, i])) };
}

/** Scope words that mean the whole government (or the whole year) and so do not narrow what is measured. */
const WHOLE_SCOPE = /^(?:全省|全市|全区|全县|全州|全旗|全盟|全自治区|全体|全社会|全年|本省|本市|本区|本县|我省|我市|我区|我县)+/;
/** When in the year a value was taken (年末城镇调查失业率) says when, not what, is measured. */
const TIME_OF_YEAR = /^(?:年末|年底|年初|年度)/;
/** Rate words after the quantity's name: 居民消费价格涨幅 is the CPI, 出口增速 the exports. */
const RATE_SUFFIX = /(?:年均)?(?:涨幅|增速|增幅|增长率|增长)$/;

/** The form a wording or an indicator is compared in: width-folded, notes in parentheses and scope words dropped. */
export function matchKey(s: string): string {
  let k = s
    .normalize('NFKC')
    .replace(/\s+/g, '')
    .replace(/\([^()]*\)/g, '');
  k = k.replace(TIME_OF_YEAR, '').replace(WHOLE_SCOPE, '');
  k = k.replace(RATE_SUFFIX, '');
  k = k.replace(/^年均/, '');
  return k;
}

/** The vocabulary entry whose wording names this indicator, or null. */
export function lookupIndicator(vocabulary: Vocabulary, indicator: string): IndicatorEntry | null {
  return vocabulary.byWording.get(matchKey(indicator)) ?? vocabulary.byWording.get(indicator.normalize('NFKC')) ?? null;
}

/* ---------- units ---------- */

type Family = 'money' | 'mass' | 'people' | 'area' | 'concentration' | 'age' | 'count' | 'percent';
interface UnitInfo {
  family: Family;
  /** Currency or base unit within the family: values convert only between the same base. */
  base: string;
  /** Factor to the base (亿元 → 1e8). */
  factor: number;
}

const MAGNITUDES: [string, number][] = [
  ['万亿', 1e12], ['千亿', 1e11], ['百亿', 1e10], ['十亿', 1e9], ['亿', 1e8], ['千万', 1e7], ['百万', 1e6], ['十万', 1e5], ['万', 1e4], ['千', 1e3],
];
const BASES: Record<string, { family: Family; base: string; factor: number }> = {
  元: { family: 'money', base: '元', factor: 1 },
  美元: { family: 'money', base: '美元', factor: 1 },
  吨: { family: 'mass', base: '吨', factor: 1 },
  公斤: { family: 'mass', base: '吨', factor: 1e-3 },
  斤: { family: 'mass', base: '吨', factor: 5e-4 },
  人: { family: 'people', base: '人', factor: 1 },
  名: { family: 'people', base: '人', factor: 1 },
  亩: { family: 'area', base: '亩', factor: 1 },
  公顷: { family: 'area', base: '亩', factor: 15 },
  '微克/立方米': { family: 'concentration', base: '微克/立方米', factor: 1 },
  岁: { family: 'age', base: '岁', factor: 1 },
  家: { family: 'count', base: '家', factor: 1 },
  户: { family: 'count', base: '户', factor: 1 },
  个: { family: 'count', base: '个', factor: 1 },
  '%': { family: 'percent', base: '%', factor: 1 },
};

/** 5.67万亿元 → money in 元 × 1e12; null for units the vocabulary does not convert. */
export function unitOf(unit: string): UnitInfo | null {
  for (const [prefix, factor] of [...MAGNITUDES, ['', 1] as [string, number]]) {
    if (!unit.startsWith(prefix)) continue;
    const base = BASES[unit.slice(prefix.length)];
    if (base) return { family: base.family, base: base.base, factor: factor * base.factor };
  }
  return null;
}

/** Units of a rate of change or a share: valid for every indicator (增长5%, 提高2个百分点, 翻一番 aside). */
const RATE_UNITS = new Set(['%', '个百分点', '倍']);

/** Does a row in this unit measure the entry's quantity at all (a GDP counted in 个 does not)? */
export function unitFits(entry: IndicatorEntry, unit: string): boolean {
  if (RATE_UNITS.has(unit)) return true;
  const row = unitOf(unit);
  const canon = unitOf(entry.unit);
  return row !== null && canon !== null && row.family === canon.family;
}

/**
 * The value in the entry's canonical unit: 5.67万亿元 → 56700 亿元, 45178人 → 4.5178 万人, 615亿斤 → 3075 万吨.
 * Rates stay as they are. Null when the units cannot be converted (美元 to 元 needs an exchange rate nobody stated).
 */
export function toCanonical(entry: IndicatorEntry, value: number, unit: string): { value: number; unit: string } | null {
  if (RATE_UNITS.has(unit)) return { value, unit };
  const row = unitOf(unit);
  const canon = unitOf(entry.unit);
  if (!row || !canon || row.family !== canon.family || row.base !== canon.base) return null;
  // toPrecision trims binary noise (5.67 × 1e4 = 56699.99…) without rounding any digit the text wrote.
  return { value: Number(((value * row.factor) / canon.factor).toPrecision(12)), unit: entry.unit };
}
