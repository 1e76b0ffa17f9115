/**
 * Stage 1 — decode: bytes of one file → text, or an IngestError that names the reason.
 * Encodings are detected, not assumed: BOMs first, then strict UTF-8, then GB18030 (a superset of GBK and GB2312).
 */
import iconv from 'iconv-lite';
import { IngestError } from './types.ts';

export interface Decoded {
  text: string;
  encoding: 'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030';
}

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
  const letters = [...text].filter((c) => /\p{L}/u.test(c)).length;
  if (text.includes('\uFFFD') || letters === 0 || countHan(text) / letters < MIN_HAN_SHARE) {
    throw new IngestError(file, 'undecodable text: neither UTF-8, UTF-16 nor GB18030');
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
