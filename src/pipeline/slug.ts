/**
 * ASCII slugs read from place names: 喀什 → kashi, 六安 → lu-an, 海拉尔区 → hailaer, 宁夏回族自治区 → ningxia.
 * Readings come from the place-name dictionary (place-words.ts) where a name's pronunciation differs from everyday
 * Chinese, else from pinyin-pro. Syllables are written together, with a hyphen only where pinyin would need an
 * apostrophe to be read one way (lu-an, not luan; xi-an, not xian; but hailaer, where no other reading exists).
 */
import { pinyin } from 'pinyin-pro';
import { shortName } from './gazetteer.ts';
import { PLACE_READINGS } from './place-words.ts';
import type { GovernmentLevel } from './types.ts';

const READING_KEYS = Object.keys(PLACE_READINGS).sort((a, b) => b.length - a.length);

/** Syllables of a place name as the place is called. */
export function placeSyllables(name: string): string[] {
  const out: string[] = [];
  let run = '';
  const flush = () => {
    if (run) out.push(...pinyin(run, { toneType: 'none', type: 'array', nonZh: 'consecutive' }));
    run = '';
  };
  for (let i = 0; i < name.length; ) {
    const key = READING_KEYS.find((k) => name.startsWith(k, i));
    if (key) {
      flush();
      out.push(...PLACE_READINGS[key].split(' '));
      i += key.length;
    } else {
      run += name[i];
      i++;
    }
  }
  flush();
  return out.map((s) => s.toLowerCase().replace(/ü/g, 'v').replace(/[^a-z0-9]+/g, '')).filter(Boolean);
}

let syllableSet: Set<string> | null = null;
/** Every syllable pinyin-pro can produce: read once from the common CJK block. */
function syllables(): Set<string> {
  if (syllableSet) return syllableSet;
  let all = '';
  for (let c = 0x4e00; c <= 0x9fa5; c++) all += String.fromCharCode(c);
  syllableSet = new Set(pinyin(all, { toneType: 'none', type: 'array' }).map((s) => s.replace(/ü/g, 'v')));
  return syllableSet;
}

/** True when "prev" + "next" can be split another way into syllables (lu|an → luan; yan|an → ya|nan). */
function ambiguousJoin(prev: string, next: string): boolean {
  if (!/^[aoe]/.test(next)) return false;
  const set = syllables();
  const joined = prev + next;
  if (set.has(joined)) return true;
  for (let cut = 1; cut < joined.length; cut++) {
    if (cut === prev.length) continue;
    if (set.has(joined.slice(0, cut)) && set.has(joined.slice(cut))) return true;
  }
  return false;
}

/** The reading of a name as one ASCII word, hyphenated only where it would be ambiguous. */
export function readingSlug(name: string): string {
  const syl = placeSyllables(name);
  let out = '';
  syl.forEach((s, i) => {
    if (i > 0 && ambiguousJoin(syl[i - 1], s)) out += '-';
    out += s;
  });
  return out.replace(/^-|-$/g, '');
}

/** Pinyin of a level word, used to tell two places of one reading apart (jilin-sheng / jilin-shi). */
export const LEVEL_SLUG: Record<GovernmentLevel, string> = {
  province: 'sheng',
  'autonomous-region': 'zizhiqu',
  municipality: 'shi',
  prefecture: 'shi',
  'autonomous-prefecture': 'zhou',
  league: 'meng',
  county: 'xian',
  'county-city': 'shi',
  district: 'qu',
  banner: 'qi',
  other: 'diqu',
};

/** The slug of a government from its name alone: the reading of its short form (云南省 → yunnan, 东兴市 → dongxing). */
export function governmentSlug(name: string, level: GovernmentLevel): string {
  // 寿县 keeps its level word (shouxian): a one-character stem is not a name on its own.
  const stem = shortName(name, level) ?? name.replace(/(?:省|市|县|区|旗|盟|自治州|地区)$/u, '');
  return readingSlug(stem.length >= 2 ? stem : name) || 'place';
}
