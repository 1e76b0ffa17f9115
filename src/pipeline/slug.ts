/**
 * ASCII slugs read from place names: 喀什 → kashi, 六安 → lu-an, 海拉尔区 → hailaer, 宁夏回族自治区 → ningxia.
 * Readings come from the place-name dictionary (place-words.ts) where a name's pronunciation differs from everyday
 * Chinese, else from pinyin-pro. Syllables are written together, with a hyphen only where pinyin would need an
 * apostrophe to be read one way (lu-an, not luan; xi-an, not xian; but hailaer, where no other reading exists).
 */
import { pinyin } from 'pinyin-pro';
import { allGovernments, isPrefectural, shortName, type GazetteerEntry } from './gazetteer.ts';
import { LEVEL_TIER, TIER_ORDER } from './levels.ts';
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

/** The syllables of Mandarin pinyin (ü written v), to tell where a run of syllables could be read another way. */
const SYLLABLES: ReadonlySet<string> = new Set(
  [
    'a ai an ang ao ba bai ban bang bao bei ben beng bi bian biao bie bin bing bo bu ca cai can cang cao ce cen',
    'ceng cha chai chan chang chao che chen cheng chi chong chou chu chua chuai chuan chuang chui chun chuo ci cong',
    'cou cu cuan cui cun cuo da dai dan dang dao de den deng di dia dian diao die ding diu dong dou du duan dui dun',
    'duo e ei en eng er fa fan fang fei fen feng fo fou fu ga gai gan gang gao ge gei gen geng gong gou gu gua guai',
    'guan guang gui gun guo ha hai han hang hao he hei hen heng hong hou hu hua huai huan huang hui hun huo ji jia',
    'jian jiang jiao jie jin jing jiong jiu ju juan jue jun ka kai kan kang kao ke kei ken keng kong kou ku kua',
    'kuai kuan kuang kui kun kuo la lai lan lang lao le lei leng li lia lian liang liao lie lin ling liu long lou',
    'lu luan lun luo lv lve m ma mai man mang mao me mei men meng mi mian miao mie min ming miu mo mou mu na nai',
    'nan nang nao ne nei nen neng ng ni nian niang niao nie nin ning niu nong nou nu nuan nuo nv nve o ou pa pai',
    'pan pang pao pei pen peng pi pian piao pie pin ping po pou pu qi qia qian qiang qiao qie qin qing qiong qiu qu',
    'quan que qun ran rang rao re ren reng ri rong rou ru ruan rui run ruo sa sai san sang sao se sen seng sha shai',
    'shan shang shao she shen sheng shi shou shu shua shuai shuan shuang shui shun shuo si song sou su suan sui sun',
    'suo ta tai tan tang tao te teng ti tian tiao tie ting tong tou tu tuan tui tun tuo wa wai wan wang wei wen',
    'weng wo wu xi xia xian xiang xiao xie xin xing xiong xiu xu xuan xue xun ya yan yang yao ye yi yin ying yo',
    'yong you yu yuan yue yun za zai zan zang zao ze zei zen zeng zha zhai zhan zhang zhao zhe zhen zheng zhi zhong',
    'zhou zhu zhua zhuai zhuan zhuang zhui zhun zhuo zi zong zou zu zuan zui zun zuo',
  ]
    .join(' ')
    .split(' '),
);

/** True when "prev" + "next" can be split another way into syllables (lu|an → luan; yan|an → ya|nan). */
function ambiguousJoin(prev: string, next: string): boolean {
  if (!/^[aoe]/.test(next)) return false;
  const set = SYLLABLES;
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
  national: 'guojia',
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

/** The slug of a government from its name alone: the reading of its short form (云南省 → yunnan, 宜都市 → yidu). */
export function governmentSlug(name: string, level: GovernmentLevel): string {
  // 寿县 keeps its level word (shouxian): a one-character stem is not a name on its own.
  const stem = shortName(name, level) ?? name.replace(/(?:省|市|县|区|旗|盟|自治州|地区)$/u, '');
  return readingSlug(stem.length >= 2 ? stem : name) || 'place';
}

let placeSlugs: Map<GazetteerEntry, string> | null = null;

/**
 * The slug of a government, unique in the whole gazetteer and so the same in every build. Where several governments
 * read alike, the highest tier (then the lowest code) keeps the bare reading — 吉林省 jilin — and the others add their
 * level (吉林市 jilin-shi), or their parent's reading when that is not enough
 * (朝阳区 of 北京市 chaoyang-beijing). A new report never changes the slug of a place already published.
 */
export function placeSlug(e: GazetteerEntry): string {
  if (!placeSlugs) placeSlugs = buildPlaceSlugs();
  return placeSlugs.get(e) ?? governmentSlug(e.name, e.level);
}

const placeBase = (e: GazetteerEntry) => governmentSlug(e.name, e.level);

function buildPlaceSlugs(): Map<GazetteerEntry, string> {
  const rank = (e: GazetteerEntry) => (isPrefectural(e) ? 1 : TIER_ORDER.indexOf(LEVEL_TIER[e.level]));
  const groups = new Map<string, GazetteerEntry[]>();
  for (const e of allGovernments()) {
    const base = governmentSlug(e.name, e.level);
    groups.set(base, [...(groups.get(base) ?? []), e]);
  }
  const out = new Map<GazetteerEntry, string>();
  for (const [base, members] of groups) {
    // (A government since renamed comes after every one of today's: 嫩江县 never takes nenjiang from 嫩江市.)
    members.sort((a, b) => Number(!!a.until) - Number(!!b.until) || rank(a) - rank(b) || a.code.localeCompare(b.code));
    const [first, ...rest] = members;
    out.set(first, base);
    const withLevel = rest.map((e) => `${base}-${LEVEL_SLUG[e.level]}`);
    rest.forEach((e, i) => {
      let slug = withLevel[i];
      if (withLevel.filter((w) => w === slug).length > 1 || slug === base) {
        const parent = e.parents[0];
        slug = parent ? `${base}-${governmentSlug(parent.name, parent.level)}` : `${base}-${e.code}`;
      }
      out.set(e, slug);
    });
  }
  // Two parents that read alike too (苏州 / 宿州): the code settles it.
  const seen = new Map<string, number>();
  for (const slug of out.values()) seen.set(slug, (seen.get(slug) ?? 0) + 1);
  for (const [e, slug] of out) if (seen.get(slug)! > 1 && slug !== placeBase(e)) out.set(e, `${placeBase(e)}-${e.code}`);
  return out;
}
