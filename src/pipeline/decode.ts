/**
 * Stage 1 — decode: bytes of one file → text, or an IngestError that names the reason.
 * Encodings are detected, not assumed: BOMs first, then strict UTF-8, then GB18030 (a superset of GBK and GB2312), or
 * Big5 where its table reads the bytes as text and GB18030's does not.
 */
import iconv from 'iconv-lite';
import { TRADITIONAL_ONLY } from './script.ts';
import { hanShareIn } from './text.ts';
import { IngestError } from './types.ts';

export interface Decoded {
  text: string;
  encoding: 'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030' | 'big5';
}

/**
 * The most frequent characters of Chinese text, in either script: text decoded right is made of them in good part, text
 * decoded with the wrong table (Big5 bytes read as GB18030) is made of rare characters.
 */
const FREQUENT = new Set(
  '的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产种面而方后多定行学法所民得经十三之进着等部度家电力里如水化高自二理起小物现实加量都两体制机当使点从业本去把性好应开它合还因由其些然前外天政四日那社义事平形相全表间样与关各重新线内数正心反明看原又利比或但质气第向道变条只没结解问意建月公无系很情者最立代想已通并提直题党程展五果象员位入常文总次品式活设及管特件长求老头基资边流路级少图山统接知较将组见计别手角期根论运农指几九区强放决西被干做必战先回则任取据处给门即保治北造百规热领七海口东导器压志世金增争济阶思术极交受联认六共权收证改清己美再采转更单风切打白教速带安场身车例真务具万每目至达走积示议声报完类八离华名确才科张信马节话米整空元况今集温传土许步群广石记需段研界林律且究观越织装影算低持音众书布复容儿须际商非验连断深难近千周委素技备半办青省列习响约支般史感劳便团往历市克何除消构府称太准精值号率族维划选标写存候亲快效院查江型眼王按格养易置派层片始却专状育厂京识适属圆包火住调满县局照参红细引听该铁价严' +
    TRADITIONAL_ONLY,
);


/** Share of characters that must be Han for a GB18030 decoding to be believed. */
const MIN_HAN_SHARE = 0.3;

export function decode(bytes: Uint8Array, file: string): Decoded {
  if (bytes.length === 0) throw new IngestError(file, 'empty file');
  const decoded = decodeBytes(bytes, file);
  const text = decoded.text.replace(/^\uFEFF/, '');
  if (text.trim() === '') throw new IngestError(file, 'empty file (only white space)');
  if (/[\u0000-\u0008\u000E-\u001F]/.test(text)) {
    throw new IngestError(file, 'binary file (control characters in the text), not a plain-text report');
  }
  // A test, not a count: counting matched every Han character of the file into an array (a report's worth of strings).
  if (!HAN.test(text)) throw new IngestError(file, 'not a report: the text contains no Chinese characters');
  return { ...decoded, text };
}

function decodeBytes(bytes: Uint8Array, file: string): Decoded {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { text: utf8(bytes.subarray(3), file), encoding: 'utf-8' };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be' };
  const utf16 = sniffUtf16(bytes);
  if (utf16) return { text: new TextDecoder(utf16).decode(bytes), encoding: utf16 };
  if (looksBinary(bytes)) throw new IngestError(file, 'binary file (NUL bytes), not a plain-text report');
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    // Not UTF-8: the common alternative for Chinese text is GB18030/GBK.
  }
  const text = iconv.decode(Buffer.from(bytes), 'gb18030');
  // (Big5 — traditional characters, as in Hong Kong and Taiwan — reads as GB18030 without an error, into rare characters
  // in place of the text: where the Big5 table gives text of the frequent characters and GB18030 does not, it is Big5.)
  const big5 = iconv.decode(Buffer.from(bytes), 'big5');
  const big5Share = big5.includes('\uFFFD') ? 0 : hanShareIn(big5, FREQUENT);
  if (big5Share >= 0.2 && big5Share > 2 * hanShareIn(text, FREQUENT)) return { text: big5, encoding: 'big5' };
  const letters = [...text].filter((c) => /\p{L}/u.test(c)).length;
  if (text.includes('\uFFFD') || letters === 0 || countHan(text) / letters < MIN_HAN_SHARE) {
    throw new IngestError(file, 'undecodable text: neither UTF-8, UTF-16, GB18030 nor Big5');
  }
  return { text, encoding: 'gb18030' };
}

function utf8(bytes: Uint8Array, file: string): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new IngestError(file, 'undecodable text: a UTF-8 byte-order mark followed by invalid UTF-8');
  }
}

/**
 * UTF-16 without a BOM. Text in UTF-8 or GB18030 never holds a NUL byte; when NULs are there, the file is UTF-16 if
 * one byte order decodes it to plausible text (Han, punctuation, printable ASCII, line breaks) and nothing else.
 */
function sniffUtf16(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  if (bytes.length < 4 || bytes.length % 2 !== 0 || !looksBinary(bytes)) return null;
  for (const enc of ['utf-16le', 'utf-16be'] as const) {
    try {
      const t = new TextDecoder(enc, { fatal: true }).decode(bytes);
      const chars = [...t];
      const plausible = chars.filter((c) => /[\p{Script=Han}\p{P}\p{Zs}\r\n\t\x20-\x7e\uFF00-\uFFEF\u2460-\u24FF]/u.test(c)).length;
      if (plausible / chars.length >= 0.95 && countHan(t) > 0) return enc;
    } catch {
      // not this byte order
    }
  }
  return null;
}

function looksBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 8192);
  for (let i = 0; i < n; i++) if (bytes[i] === 0) return true;
  return false;
}

const HAN = /\p{Script=Han}/u;
export function countHan(text: string): number {
  return (text.match(/\p{Script=Han}/gu) ?? []).length;
}
