/**
 * Stage 1b — script: a report in traditional characters (繁體), read in simplified ones.
 * The reports this product reads are written in simplified characters; a copy in traditional ones is a government
 * site's 繁體 edition (made from the simplified text by a converter) or a copy from one. Every rule of the pipeline, the
 * gazetteer and the search index read simplified text, so such a copy is converted back with OpenCC's data (phrase by
 * phrase: 頭髮 → 头发, 乾隆 kept; Taiwan's forms too — 為, 裡, 著力 → 着力 but 著名 kept), and the conversion is logged. Digits,
 * punctuation and layout are left as they are; words are not replaced (軟體 stays 软体).
 */
import { createRequire } from 'node:module';
import { hanShareIn } from './text.ts';

/**
 * Frequent characters that only traditional text uses (這 個 國 會 發 …): a simplified text holds almost none of
 * them, a traditional one has them in one Han character of ten or more.
 */
export const TRADITIONAL_ONLY =
  '這爲個國時來們於對會發動過說產種後學經進電裏現實兩體機當點從業應開還義間樣與關線內數質氣變條沒結問無並題黨員總設長頭資邊級圖統較將組見計別論運農幾區強決幹戰則據處給門規熱領東導壓爭濟階術極聯認權證採轉單風帶場車務萬達積議聲報類離華確張馬節話況溫傳許羣廣記觀織裝衆書兒須際驗連斷難備辦習響約勞團歷構稱準號維劃選標寫親養層卻專狀廠識適屬圓調滿縣參紅細聽該鐵價嚴';
const TRADITIONAL = new Set(TRADITIONAL_ONLY);
/** Share of a text's Han characters that must be traditional-only for the text to be read as traditional. */
const MIN_TRADITIONAL_SHARE = 0.03;

/** The build log's rule for a converted file (the count of characters changed is its text). */
export const SCRIPT_RULE = 'text in traditional characters (繁體) converted to simplified ones (OpenCC data)';

let toSimplified: ((s: string) => string) | null = null;

export interface ScriptRead {
  text: string;
  /** Characters changed by the conversion; 0 where the text was simplified already. */
  converted: number;
}

/** Whether a text is written in traditional characters: a share of its Han characters only traditional text uses. */
export function isTraditional(text: string): boolean {
  return hanShareIn(text, TRADITIONAL) >= MIN_TRADITIONAL_SHARE;
}

/** The text in simplified characters: converted where it is written in traditional ones, else as it is. */
export function inSimplified(text: string): ScriptRead {
  if (!isTraditional(text)) return { text, converted: 0 };
  // (Loaded on the first traditional text only: its tables are megabytes, and most builds never need them.)
  toSimplified ??= (createRequire(import.meta.url)('opencc-js/t2cn') as typeof import('opencc-js/t2cn')).Converter({ from: 'tw', to: 'cn' });
  const out = toSimplified(text);
  const a = [...text];
  const b = [...out];
  let converted = 0;
  // (The conversion keeps the length of almost every phrase; where it did not, the count is of the longer text's
  // positions that differ — a count for the log, not a map of positions.)
  for (let i = 0; i < Math.max(a.length, b.length); i++) if (a[i] !== b[i]) converted++;
  return { text: out, converted };
}
