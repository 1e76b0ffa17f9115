import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { decode } from '../../src/pipeline/decode.ts';
import { IngestError } from '../../src/pipeline/types.ts';

const TEXT = '一、总体要求\r\n城镇新增就业4万人以上，空气质量优良天数比例达95%以上。';

function reason(fn: () => unknown): string {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(IngestError);
    return (e as IngestError).message;
  }
  throw new Error('expected an IngestError');
}

describe('decode', () => {
  it('reads UTF-8 with and without a byte-order mark', () => {
    const plain = new TextEncoder().encode(TEXT);
    expect(decode(plain, 'a.txt')).toEqual({ text: TEXT, encoding: 'utf-8' });
    const bom = new Uint8Array([0xef, 0xbb, 0xbf, ...plain]);
    expect(decode(bom, 'a.txt').text).toBe(TEXT);
  });

  it('detects GB18030/GBK without being told', () => {
    const gbk = iconv.encode(TEXT, 'gbk');
    expect(decode(gbk, 'g.txt')).toEqual({ text: TEXT, encoding: 'gb18030' });
    const gb18030 = iconv.encode(TEXT + '𠀀', 'gb18030');
    expect(decode(gb18030, 'g.txt').text).toBe(TEXT + '𠀀');
  });

  it('detects Big5 (traditional characters), which reads as GB18030 without an error but into rare characters', () => {
    const traditional = '一、總體要求\r\n城鎮新增就業4萬人以上，空氣質量優良天數比例達95%以上。過去一年，我們堅持穩中求進工作總基調。';
    expect(decode(iconv.encode(traditional, 'big5'), 'b.txt')).toEqual({ text: traditional, encoding: 'big5' });
    // (Text in GBK stays GBK, traditional characters and all.)
    expect(decode(iconv.encode(traditional, 'gbk'), 'g.txt')).toEqual({ text: traditional, encoding: 'gb18030' });
    expect(decode(iconv.encode(TEXT, 'gbk'), 'g.txt').encoding).toBe('gb18030');
  });

  it('reads UTF-16 in both byte orders, with or without a BOM', () => {
    expect(decode(iconv.encode(TEXT, 'utf16le', { addBOM: true }), 'u.txt').text).toBe(TEXT);
    expect(decode(iconv.encode(TEXT, 'utf16-be', { addBOM: true }), 'u.txt').text).toBe(TEXT);
    expect(decode(iconv.encode(TEXT, 'utf16le'), 'u.txt')).toMatchObject({ text: TEXT, encoding: 'utf-16le' });
  });

  it('names the file and the reason for bad input', () => {
    expect(reason(() => decode(new Uint8Array(), 'empty.txt'))).toBe('empty.txt: empty file');
    expect(reason(() => decode(new TextEncoder().encode(' \n\u3000\n'), 'blank.txt'))).toMatch(/^blank\.txt: empty file/);
    expect(reason(() => decode(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 1, 2]), 'x.png'))).toMatch(/^x\.png: binary file/);
    expect(reason(() => decode(new TextEncoder().encode('just some english text'), 'en.txt'))).toMatch(/^en\.txt: not a report/);
    expect(reason(() => decode(new Uint8Array([0xff, 0xff, 0xff, 0x41, 0xc0, 0xc0]), 'junk.txt'))).toMatch(/^junk\.txt: undecodable/);
  });
});
