/** Chinese names of government levels, for readers, and their order from the top (the State Council) down. */
import type { GovernmentLevel } from './types.ts';

export const LEVEL_NAMES: Record<GovernmentLevel, string> = {
  national: '国家',
  province: '省',
  'autonomous-region': '自治区',
  municipality: '直辖市',
  prefecture: '地级市',
  'autonomous-prefecture': '自治州',
  league: '盟',
  county: '县',
  'county-city': '县级市',
  district: '市辖区',
  banner: '旗',
  other: '其他',
};

/** Provincial, prefectural and county tiers: charts and lists never put two tiers on one scale. */
export type GovernmentTier = 'national' | 'provincial' | 'prefectural' | 'county';

export const LEVEL_TIER: Record<GovernmentLevel, GovernmentTier> = {
  national: 'national',
  province: 'provincial',
  'autonomous-region': 'provincial',
  municipality: 'provincial',
  prefecture: 'prefectural',
  'autonomous-prefecture': 'prefectural',
  league: 'prefectural',
  county: 'county',
  'county-city': 'county',
  district: 'county',
  banner: 'county',
  other: 'county',
};

export const TIER_NAMES: Record<GovernmentTier, string> = { national: '国家', provincial: '省级', prefectural: '地级', county: '县级' };
export const TIER_ORDER: GovernmentTier[] = ['national', 'provincial', 'prefectural', 'county'];
