/**
 * The indicator vocabulary (seeds/indicators.yaml): stable ids for the quantities that work reports set year after
 * year, the wordings that name them, and their canonical units. Pure: the YAML text comes in, the vocabulary and a
 * matcher come out; reading the file is io.ts's job.
 *
 * Matching is exact on purpose. A row's indicator matches a wording only after dropping words that do not change
 * what is measured (a scope word meaning the whole government, a rate word, a parenthesised note); a narrower scope
 * (城镇居民…, 县域…, 单位GDP…, 区本级…) is a different wording and so never matches the wider id. No id is better than a guess.
 *
 * An indicator's names change over the years (公共财政预算收入 became 一般公共预算收入 with the 2014 budget law) and its
 * statistical basis can change under one name (城镇居民人均可支配收入 is counted on the resident basis of the household
 * survey since 2013). The vocabulary records both, dated, so that a target and its outcome pair across the change —
 * and where a change makes amounts incomparable (农民人均纯收入 → 农村居民人均可支配收入), only the rates pair.
 */
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';

export const INDICATOR_KINDS = ['level', 'growth', 'ratio', 'count'] as const;

/** The terms a row states its number in (see outcomes.ts): a rate of change, an absolute change, a level. */
export const TERMS = ['change', 'increment', 'level'] as const;

/**
 * Other names of the same quantity: a former name (`until` the last year it was the name), or the name of a statistical
 * basis (`since` the first year counted on it). A basis change makes amounts of the year of the change incomparable
 * across the two names (the old survey's plan against the new survey's figure), not rates of change, which the
 * statistics office states on a comparable basis.
 */
const NameGroupSchema = z.object({
  wordings: z.array(z.string().min(1)).min(1),
  kind: z.enum(['former', 'alternative', 'basis']),
  since: z.number().int().optional(),
  until: z.number().int().optional(),
  note: z.string().min(1),
});

/** The quantity an indicator replaced (农村居民人均可支配收入 replaced 农民人均纯收入 in 2013), and which terms compare. */
const SuccessionSchema = z.object({
  id: z.string(),
  since: z.number().int(),
  terms: z.array(z.enum(TERMS)).min(1),
  note: z.string().min(1),
});

const IndicatorSchema = z.object({
  id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'ids are lowercase ASCII words joined by hyphens'),
  name: z.string().min(1),
  kind: z.enum(INDICATOR_KINDS),
  unit: z.string().min(1),
  wordings: z.array(z.string().min(1)).min(1),
  names: z.array(NameGroupSchema).optional(),
  succeeds: SuccessionSchema.optional(),
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
      for (const w of allWordings(ind)) {
        const key = matchKey(w);
        const other = owner.get(key);
        if (other && other !== ind.id)
          ctx.addIssue({ code: 'custom', path: ['indicators', i, 'wordings'], message: `wording ${w} also names ${other}` });
        owner.set(key, ind.id);
      }
    }
    for (const [i, ind] of v.indicators.entries()) {
      if (ind.succeeds && !ids.has(ind.succeeds.id))
        ctx.addIssue({ code: 'custom', path: ['indicators', i, 'succeeds', 'id'], message: `succeeds unknown id ${ind.succeeds.id}` });
      if (ind.succeeds?.id === ind.id) ctx.addIssue({ code: 'custom', path: ['indicators', i, 'succeeds', 'id'], message: 'an indicator cannot succeed itself' });
    }
  });

/** Every wording that names an entry: its own, then those of its other names. */
export function allWordings(entry: IndicatorEntry): string[] {
  return [...entry.wordings, ...(entry.names ?? []).flatMap((g) => g.wordings)];
}

export type IndicatorEntry = z.infer<typeof IndicatorSchema>;
export type NameGroup = z.infer<typeof NameGroupSchema>;
export type IndicatorTerm = (typeof TERMS)[number];

export interface Vocabulary {
  version: number;
  indicators: IndicatorEntry[];
  /** Normalized wording → entry. */
  byWording: Map<string, IndicatorEntry>;
  /** Normalized wording → the name group it belongs to (null: one of the entry's own wordings). */
  groupOf: Map<string, NameGroup | null>;
  byId: Map<string, IndicatorEntry>;
}

export const EMPTY_VOCABULARY: Vocabulary = { version: 0, indicators: [], byWording: new Map(), groupOf: new Map(), byId: new Map() };

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
  const groupOf = new Map<string, NameGroup | null>();
  for (const ind of indicators) {
    for (const w of ind.wordings) byWording.set(matchKey(w), ind), groupOf.set(matchKey(w), null);
    for (const g of ind.names ?? []) for (const w of g.wordings) byWording.set(matchKey(w), ind), groupOf.set(matchKey(w), g);
  }
  return { version, indicators, byWording, groupOf, byId: new Map(indicators.map((i) => [i.id, i])) };
}

/** Scope words that mean the whole government (or the whole year) and so do not narrow what is measured. */
const WHOLE_SCOPE = /^(?:全省|全市|全区|全县|全州|全旗|全盟|全自治区|全体|全社会|全年|本省|本市|本区|本县|我省|我市|我区|我县)+/;
/** When in the year a value was taken (年末城镇调查失业率) says when, not what, is measured. */
const TIME_OF_YEAR = /^(?:年末|年底|年初|年度)/;
/** Rate words after the quantity's name: 居民消费价格涨幅 is the CPI, 出口增速 the exports. */
const RATE_SUFFIX = /(?:年均)?(?:涨幅|增速|增幅|增长率|增长)$/;

/**
 * The government's own level (区本级, 市本级, 县本级): the figure of the government's own budget or projects, without
 * the units above or below it in its area — a narrower scope, kept as the word 本级 so that it never matches the
 * whole area's wording but every level's 本级 reads alike.
 */
const OWN_LEVEL = /^(?:省|市|区|县|旗|州|盟|自治区|自治州)?本级/;

/** The form a wording or an indicator is compared in: width-folded, notes in parentheses and scope words dropped. */
export function matchKey(s: string): string {
  let k = s
    .normalize('NFKC')
    .replace(/\s+/g, '')
    .replace(/\([^()]*\)/g, '');
  k = k.replace(TIME_OF_YEAR, '').replace(WHOLE_SCOPE, '');
  // 区本级全社会固定资产投资: the own level stays; a whole-area word after it says nothing more.
  if (OWN_LEVEL.test(k)) k = `本级${k.replace(OWN_LEVEL, '').replace(WHOLE_SCOPE, '')}`;
  k = k.replace(RATE_SUFFIX, '');
  k = k.replace(/^年均/, '');
  return k;
}

/** The vocabulary entry whose wording names this indicator, or null. */
export function lookupIndicator(vocabulary: Vocabulary, indicator: string): IndicatorEntry | null {
  return vocabulary.byWording.get(matchKey(indicator)) ?? vocabulary.byWording.get(indicator.normalize('NFKC')) ?? null;
}

/** The name group a row's indicator wording belongs to: null for the entry's own wordings (or no entry). */
export function nameGroupOf(vocabulary: Vocabulary, indicator: string): NameGroup | null {
  const key = vocabulary.byWording.has(matchKey(indicator)) ? matchKey(indicator) : indicator.normalize('NFKC');
  return vocabulary.groupOf.get(key) ?? null;
}

/**
 * Which terms (rate of change, increment, level) a year-Y target and a year-Y outcome may be compared in, given the
 * wordings they were named by; an empty list when they name different quantities. Same entry and same basis: all.
 * Across a basis change (one name a basis `since` year S): all for years after S, only rates of change for S and
 * before (a plan made on the old survey against the new survey's amount). Across a succession (农民人均纯收入 →
 * 农村居民人均可支配收入, from S): the succession's terms, for years from S on.
 */
export function comparableTerms(
  vocabulary: Vocabulary,
  year: number,
  target: { indicatorId: string | null; indicator: string },
  outcome: { indicatorId: string | null; indicator: string },
): IndicatorTerm[] {
  if (target.indicatorId === null || outcome.indicatorId === null) return [];
  if (target.indicatorId === outcome.indicatorId) {
    const a = nameGroupOf(vocabulary, target.indicator);
    const b = nameGroupOf(vocabulary, outcome.indicator);
    if (a === b) return [...TERMS];
    const basisSince = [a, b].flatMap((g) => (g?.kind === 'basis' && g.since !== undefined ? [g.since] : []));
    if (basisSince.length && year <= Math.max(...basisSince)) return ['change'];
    return [...TERMS];
  }
  const t = vocabulary.byId.get(target.indicatorId);
  const o = vocabulary.byId.get(outcome.indicatorId);
  const link = t?.succeeds?.id === outcome.indicatorId ? t.succeeds : o?.succeeds?.id === target.indicatorId ? o.succeeds : null;
  return link && year >= link.since ? [...link.terms] : [];
}

/** Ids whose rows may stand as the outcome of this id's targets: itself, what it succeeded and what succeeded it. */
export function relatedIds(vocabulary: Vocabulary, id: string): string[] {
  const out = [id];
  const own = vocabulary.byId.get(id)?.succeeds?.id;
  if (own) out.push(own);
  for (const e of vocabulary.indicators) if (e.succeeds?.id === id) out.push(e.id);
  return out;
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
