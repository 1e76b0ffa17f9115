/**
 * The same gold over the same reports as they might arrive from elsewhere: another encoding, half-width punctuation,
 * full-width digits, another delivery-line style, indented or double-spaced lines, newspaper columns. The facts do
 * not change, so the gold still holds; a variant whose figures drop shows a rule that leans on one layout.
 */
import iconv from 'iconv-lite';
import { decode } from '../../src/pipeline/decode.ts';
import { ingest, type InputFile } from '../../src/pipeline/ingest.ts';
import { readSeeds } from '../../src/pipeline/io.ts';
import { evaluate, failedFloors, missingRequired, wrongMetaCount, type EvalResult, type Gold } from './eval.ts';

export interface LayoutVariant {
  name: string;
  /** What the variant stands for, for the printed table. */
  about: string;
  /** False when the rewrite is only an approximation of real files of that layout: shown, but no floor is tested. */
  faithful: boolean;
  /** The file's bytes in this layout, from its decoded text and the encoding it came in. */
  encode(text: string, encoding: string): Uint8Array;
}

const utf8 = (s: string) => new TextEncoder().encode(s);
const lines = (s: string) => s.split(/\r?\n/);

const HAN_DIGITS = '〇一二三四五六七八九';
/** 28 → 二十八, 10 → 十, 1 → 一: how dates are written in Chinese numerals. */
function chineseNumber(n: number): string {
  if (n < 10) return HAN_DIGITS[n];
  const tens = Math.floor(n / 10);
  return `${tens === 1 ? '' : HAN_DIGITS[tens]}十${n % 10 ? HAN_DIGITS[n % 10] : ''}`;
}

function toFullWidthDigits(s: string): string {
  return s.replace(/(?<=\d)\.(?=\d)/g, '．').replace(/[0-9%]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));
}

/** Wraps every line at `width` characters, the way a newspaper column breaks text inside words. */
function wrapColumns(text: string, width: number): string {
  return lines(text)
    .flatMap((l) => {
      const chars = [...l.trim()];
      const out: string[] = [];
      for (let i = 0; i < chars.length; i += width) out.push(chars.slice(i, i + width).join(''));
      return out.length ? out : [''];
    })
    .join('\n');
}

export const LAYOUT_VARIANTS: LayoutVariant[] = [
  {
    name: 'utf16-crlf',
    about: 'UTF-16LE with a BOM, CRLF line ends',
    faithful: true,
    encode: (t) => new Uint8Array([0xff, 0xfe, ...iconv.encode(lines(t).join('\r\n'), 'utf16le')]),
  },
  {
    name: 'other-encoding',
    about: 'UTF-8 files as GB18030, GB18030 files as UTF-8 with a BOM',
    faithful: true,
    encode: (t, enc) => (enc === 'gb18030' ? new Uint8Array([0xef, 0xbb, 0xbf, ...utf8(t)]) : new Uint8Array(iconv.encode(t, 'gb18030'))),
  },
  {
    name: 'half-width-punct',
    about: 'web text with half-width ， ： ； （ ）',
    faithful: true,
    encode: (t) => utf8(t.replace(/，/g, ',').replace(/：/g, ':').replace(/；/g, ';').replace(/（/g, '(').replace(/）/g, ')')),
  },
  {
    name: 'full-width-digits',
    about: 'text typed with full-width digits, % and decimal points (２０２６年, ５．５％)',
    faithful: true,
    // Only lines with Chinese in them: people type the text, but web templates print dates and times in ASCII.
    encode: (t) => utf8(lines(t).map((l) => (/\p{Script=Han}/u.test(l) ? toFullWidthDigits(l) : l)).join('\n')),
  },
  {
    name: 'paren-delivery',
    about: 'delivery line in parentheses: （2026年1月28日在…会议上）',
    faithful: true,
    encode: (t) => utf8(t.replace(/^[\s\u3000]*[-—]+[\s\u3000]*(\d{4}年\d{1,2}月\d{1,2}日在[^\n]*?会议上)[\s\u3000]*$/m, '（$1）')),
  },
  {
    name: 'chinese-date',
    about: 'delivery date in Chinese numerals: 二〇二六年一月二十八日',
    faithful: true,
    encode: (t) =>
      utf8(
        t.replace(/(\d{4})年(\d{1,2})月(\d{1,2})日在/, (_m, y: string, mo: string, d: string) =>
          `${[...y].map((c) => HAN_DIGITS[Number(c)]).join('')}年${chineseNumber(Number(mo))}月${chineseNumber(Number(d))}日在`,
        ),
      ),
  },
  {
    name: 'indented',
    about: 'every line opened by a full-width indent 　　',
    faithful: true,
    encode: (t) => utf8(lines(t).map((l) => (l.trim() ? `\u3000\u3000${l.trim()}` : l)).join('\n')),
  },
  {
    name: 'blank-lines',
    about: 'a blank line after every line',
    faithful: true,
    encode: (t) => utf8(lines(t).join('\n\n')),
  },
  {
    name: 'newspaper',
    about: 'paragraphs broken at 20 characters inside words; title, delivery line, speaker and headings on their own lines',
    faithful: true,
    encode: (t) => utf8(lines(t).map((l) => ([...l.trim()].length > 40 ? wrapColumns(l, 20) : l)).join('\n')),
  },
  {
    name: 'columns-20',
    about: 'every line broken at 20 characters, front matter included (a rough newspaper column)',
    faithful: false,
    encode: (t) => utf8(wrapColumns(t, 20)),
  },
];

export interface VariantResult {
  variant: LayoutVariant;
  result: EvalResult;
}

/** Ingests every file of the folder rewritten in each layout and compares the reports with the gold. */
export function evaluateVariants(dir: string, gold: Gold, variants: LayoutVariant[] = LAYOUT_VARIANTS): VariantResult[] {
  const { files, catalog, redirects, vocabulary } = readSeeds(dir);
  const decoded = files.map((f) => ({ name: f.name, ...decode(f.bytes, f.name) }));
  return variants.map((variant) => {
    const input: InputFile[] = decoded.map((d) => ({ name: d.name, bytes: variant.encode(d.text, d.encoding) }));
    const { reports, errors } = ingest(input, catalog, redirects, vocabulary);
    return { variant, result: evaluate(gold, reports, errors.map((e) => ({ file: e.file, reason: e.reason }))) };
  });
}

/** One line per layout: the floors' figures, and whether the floors hold. */
export function formatVariants(results: VariantResult[]): string {
  const pct = (x: number | null) => (x === null ? 'n/a' : `${(x * 100).toFixed(1)}%`);
  const rows = results.map(({ variant, result }) => [
    variant.name + (variant.faithful ? '' : ' *'),
    String(wrongMetaCount(result)),
    String(missingRequired(result).length),
    pct(result.headline.recall),
    pct(result.headline.indicatorNamed),
    pct(result.headline.precision),
    failedFloors(result).length ? 'no' : 'yes',
    variant.about,
  ]);
  const header = ['layout', 'wrong', 'missing', 'recall', 'named', 'precision', 'floors', 'what'];
  const width = (s: string) => [...s].reduce((n, c) => n + (/[\u1100-\uFFFF]/.test(c) ? 2 : 1), 0);
  const widths = header.map((_, i) => Math.max(...[header, ...rows].map((r) => width(r[i]))));
  const line = (r: string[]) => r.map((c, i) => c + ' '.repeat(i === r.length - 1 ? 0 : widths[i] - width(c))).join('  ');
  const out = ['Layouts (the corpus rewritten; the gold still holds)', line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)];
  out.push('* a rough rewrite: shown, but no floor is tested on it');
  for (const { variant, result } of results) {
    const notes = [
      ...result.issues.filter((i) => i.verdict !== 'missing' || missingRequired(result).includes(i)).map((i) => `${i.file}: ${i.field}: expected ${i.expected ?? 'null'}, got ${i.got ?? 'null'}`),
      ...result.headline.missed.map((t) => `${t.file}: missed ${t.value}${t.unit} «${t.quote}»`),
      ...result.headline.spurious.map((t) => `${t.file}: spurious headline ${t.value}${t.unit} «${t.quote}»`),
    ];
    if (notes.length) out.push('', `${variant.name} (${notes.length})`, ...notes.slice(0, 12).map((n) => `  ${n}`), ...(notes.length > 12 ? [`  … ${notes.length - 12} more`] : []));
  }
  return out.join('\n');
}
