/**
 * Every field of a target row against a hand label (tests/gold/row-fields.json): rows drawn at random, labelled from
 * the sentence with the number marked, without the extractor's fields. A labelled row is found again by the position
 * of its number in its sentence, so that a row whose quote or indicator changed is still the same row.
 */
import { readFileSync } from 'node:fs';
import type { Report, Target } from '../pipeline/types.ts';
import { numberInQuote } from './row-draw.ts';
import { foldDigits, foldHalfWidthStop } from '../pipeline/text.ts';

export interface FieldLabel {
  report: string;
  sentence: string;
  at: number;
  number: string;
  quantity: boolean;
  indicator: string | null;
  indicatorAlso: string[];
  action: string | null;
  value: number | null;
  valueMax: number | null;
  unit: string | null;
  comparator: Target['comparator'] | null;
  bound: Target['bound'];
  kind: Target['kind'] | null;
  deadline: number | null;
  notes: string;
}

export const FIELDS = ['quantity', 'indicator', 'valueUnit', 'comparatorBound', 'kind'] as const;
export type Field = (typeof FIELDS)[number];

export interface FieldVerdict {
  label: FieldLabel;
  /** The row published for the labelled number, or null when none is. */
  row: Target | null;
  right: Record<Field, boolean>;
  allRight: boolean;
}

export interface RowFieldsResult {
  rows: number;
  /** Labelled quantities that no row publishes any more (withheld or not read). */
  missing: number;
  /** Rows published for numbers that are no quantity. */
  spurious: number;
  /** Per field: right / rows judged (every labelled row; a missing quantity counts as not right). */
  field: Record<Field, { right: number; of: number }>;
  allRight: number;
  verdicts: FieldVerdict[];
}

export const ROW_FIELD_FLOORS = { allRight: 0.85, indicator: 0.95, kind: 0.95, comparatorBound: 0.95, valueUnit: 0.95 } as const;

// Width, case and the shape of quotation marks (“…” and "…" are one mark) do not make another name.
const fold = (s: string) => s.normalize('NFKC').replace(/\s+/g, '').replace(/[“”「」]/gu, '"').toLowerCase();

/** A name folded for comparison, without a leading scope word of the whole place (全市固定资产投资 = 固定资产投资), 的 or quotation marks. */
// (入选…项目库的项目 = 入选…项目库项目: 的 between a clause and its noun is a spelling, not another name; “煤改气” = 煤改气:
// the marks set a term off, they do not make another one.)
// (The marks go first: “全国示范性老年友好型社区” is the same name as 全国示范性老年友好型社区, whose scope word then reads the same.)
/** Where a rank is ranked and the word 排名 at the end of its row's name (…全国排名, …中部排名). */
const RANKED_SCOPE = '全国|全省|全区|全市|全州|全盟|全球|世界|中部|西部|东部|东北|西南|西北|长江经济带|同类城市|省会城市|副省级城市|计划单列市|各';
// (东北地级城市排名: a scope and the class of places ranked in it.)
const RANKED_WHERE = new RegExp(String.raw`(?<=\p{Script=Han}{2})(?:(?:${RANKED_SCOPE})?(?:\p{Script=Han}{0,8}?中)?|(?:${RANKED_SCOPE})\p{Script=Han}{0,6}?(?:城市|地市|市州|县市区|县区|省份|省区市))排名$`, 'u');

// (高新技术产品产值占规上工业总产值 and …占规上工业总产值比重: a share said inline and named as a share are one name.)
export const foldName = (s: string) => fold(s).replace(/["']/gu, '').replace(/^(?:全[市省区县州盟国旗镇乡村]|全街道|全地区|我[市省区县州盟旗镇乡村])(?=\p{Script=Han}{2})/u, '').replace(/的/gu, '').replace(/(?<=占[^，。；、]{1,30}?)(?:比重|比例)$/u, '');

export function loadFieldLabels(path: string): FieldLabel[] {
  return (JSON.parse(readFileSync(path, 'utf8')) as { rows: FieldLabel[] }).rows;
}

/**
 * Where the labelled number stands in a paragraph's text, or null where the sentence is not in it. A sentence drawn before
 * a table's cells were kept apart reads without the tabs between them (1文汇中学… then 1⇥文汇中学…): the same text.
 */
function positionIn(text: string, label: FieldLabel, stopped: string | null): number | null {
  const direct = text.indexOf(label.sentence);
  if (direct >= 0) return direct + label.at;
  const folded = stopped === null ? -1 : text.indexOf(stopped);
  if (folded >= 0) return folded + label.at;
  // (二、农业全年全县…: a heading glued to the sentence when it was drawn, since read apart as the section's title — the
  // sentence after it is the same text; 39﹒5公里, a decimal point read as one: the same number.)
  const heading = label.sentence.match(/^(?:[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十]{1,3}[）)])\p{Script=Han}{2,8}?(?=全年|年末|年初|\d{4}年|全[县市区旗州省镇乡])/u)?.[0].length ?? 0;
  const rest = foldDigits(label.sentence.slice(heading));
  const restAt = heading > 0 && label.at >= heading || rest !== label.sentence ? text.indexOf(rest) : -1;
  if (restAt >= 0) return restAt + label.at - heading;
  if (!text.includes('\t')) return null;
  const kept: number[] = [];
  let untabbed = '';
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '\t') continue;
    kept.push(i);
    untabbed += text[i];
  }
  // (The labelled sentence may hold a tab the older reading kept, between two digits: 8.8⇥8.5-9.0.)
  const sentence = label.sentence.replace(/\t/gu, '');
  const at = untabbed.indexOf(sentence);
  return at < 0 ? null : kept[at + label.at - (label.sentence.slice(0, label.at).match(/\t/gu)?.length ?? 0)];
}

/**
 * The row of `report` whose own number stands at the labelled position, if any. Where two rows' quotes both put their
 * number there — a table's task cell 创建…12所 is found again inside its result cell 已创建…12所 — the row whose quote
 * stands there the first time it is written is the row cut there.
 */
function rowAt(report: Report | undefined, label: FieldLabel): Target | null {
  if (!report) return null;
  let found: Target | null = null;
  let foundOccurrence = Infinity;
  // (A sentence drawn before a half-width full stop was read as 。 — 增长27.6%.工业园区… — reads the same with it so read,
  // one mark for one: folded once, sought where the sentence as drawn is not found.)
  const folded = foldHalfWidthStop(label.sentence);
  const stopped = folded === label.sentence ? null : folded;
  for (const section of report.sections) {
    // (A row read from the section's heading stands in the title: 新增上市企业7家 as an item's lead sentence.)
    const texts = [...section.paragraphs.map((p) => ({ text: p.text, inTitle: false })), { text: section.title, inTitle: true }];
    for (const p of texts) {
      const at = positionIn(p.text, label, stopped);
      if (at === null) continue;
      for (const t of report.targets) {
        if (t.section !== section.id || t.inTitle !== p.inTitle) continue;
        let from = p.text.indexOf(t.quote);
        for (let occurrence = 0; from >= 0 && occurrence < foundOccurrence; occurrence++) {
          const n = numberInQuote(t.quote, t.value, t.unit);
          if (n && from + n.index === at) {
            found = t;
            foundOccurrence = occurrence;
            break;
          }
          from = p.text.indexOf(t.quote, from + 1);
        }
      }
    }
    if (found) return found;
  }
  return found;
}

export function evaluateRowFields(labels: FieldLabel[], reports: Report[]): RowFieldsResult {
  const bySlug = new Map(reports.map((r) => [r.slug, r]));
  const verdicts: FieldVerdict[] = labels.map((label) => {
    const row = rowAt(bySlug.get(label.report), label);
    const right = {} as Record<Field, boolean>;
    if (!label.quantity) {
      for (const f of FIELDS) right[f] = row === null;
    } else if (!row) {
      for (const f of FIELDS) right[f] = false;
    } else {
      right.quantity = true;
      // The labellers were told a name is the same with or without a scope word of the whole place (全市, 全区 …): the
      // comparison says so too, rather than counting on every labeller to list both spellings.
      const given = [label.indicator, ...(label.indicatorAlso ?? [])].filter((n): n is string => !!n);
      // 新增 and 累计 change what is measured, and the rows keep them in the name (城镇新增就业, 新增风电光伏装机); where a
      // label gave one as the action instead (新增 + 创新创业基地), the row's 新增创新创业基地 reads the same.
      const kept = label.action && /^(?:新增|净增|累计|累计新增)$/u.test(label.action) ? given.map((n) => label.action + n) : [];
      const names = [...given, ...kept].map(foldName);
      // The verb may stand in the row's action rather than in its indicator: 开工 + 冬奥项目 says 开工冬奥项目.
      // (A rank's row names what is ranked, where, and 排名 — 城市空气质量优良天数比率全国排名 —; the labellers were told the
      // indicator of a rank is what is ranked, its unit 位 or 名 saying the rest — 居东北地级城市第1位 too —: the two spellings
      // name the same field.)
      const ranked = /^(?:位|名)$/u.test(row.unit) ? row.indicator.replace(RANKED_WHERE, '') : row.indicator;
      right.indicator = names.includes(foldName(row.indicator)) || names.includes(foldName(ranked)) || (!!row.action && [row.action + row.indicator, row.indicator + row.action].some((n) => names.includes(foldName(n))));
      right.valueUnit = row.value === label.value && (row.valueMax ?? null) === (label.valueMax ?? null) && fold(row.unit) === fold(label.unit ?? '');
      right.comparatorBound = row.comparator === label.comparator && (row.bound ?? null) === (label.bound ?? null);
      right.kind = row.kind === label.kind;
    }
    return { label, row, right, allRight: FIELDS.every((f) => right[f]) };
  });
  const field = Object.fromEntries(FIELDS.map((f) => [f, { right: verdicts.filter((v) => v.right[f]).length, of: verdicts.length }])) as RowFieldsResult['field'];
  return {
    rows: verdicts.length,
    missing: verdicts.filter((v) => v.label.quantity && !v.row).length,
    spurious: verdicts.filter((v) => !v.label.quantity && v.row).length,
    field,
    allRight: verdicts.filter((v) => v.allRight).length,
    verdicts,
  };
}

export function failedRowFieldFloors(r: RowFieldsResult, floors: Record<keyof typeof ROW_FIELD_FLOORS, number> = ROW_FIELD_FLOORS): string[] {
  const out: string[] = [];
  const share = (n: number) => n / Math.max(1, r.rows);
  if (share(r.allRight) < floors.allRight) out.push(`row fields: every field right ${share(r.allRight).toFixed(3)} < ${floors.allRight}`);
  for (const f of ['indicator', 'kind', 'comparatorBound', 'valueUnit'] as const) {
    if (share(r.field[f].right) < floors[f]) out.push(`row fields: ${f} ${share(r.field[f].right).toFixed(3)} < ${floors[f]}`);
  }
  return out;
}

/** One line per labelled sample: the share of rows with every field right, and with each field right. */
export function formatRowFieldSamples(samples: { file: string; result: RowFieldsResult }[]): string {
  const pct = (n: number, of: number) => `${((100 * n) / Math.max(1, of)).toFixed(1)}%`;
  const head = ['sample', 'rows', 'every field', ...FIELDS];
  const rows = samples.map(({ file, result: r }) => [file.replace(/^.*\//, ''), String(r.rows), pct(r.allRight, r.rows), ...FIELDS.map((f) => pct(r.field[f].right, r.rows))]);
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i].length)));
  const line = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i])).join('  ');
  return [
    'Every field, on each hand-labelled sample as the rules stand now (the figure each had when first measured is in its file\'s `about`):',
    line(head),
    line(widths.map((w) => '-'.repeat(w))),
    ...rows.map(line),
  ].join('\n');
}

export function formatRowFields(r: RowFieldsResult, file = 'tests/gold/row-fields.json'): string {
  const pct = (n: number) => `${n}/${r.rows} (${((100 * n) / Math.max(1, r.rows)).toFixed(1)}%)`;
  const lines = [
    `Every field of rows drawn at random from reports no rule was written from (${file}), ${r.rows} rows:`,
    `  every field right   ${pct(r.allRight)}`,
    ...FIELDS.map((f) => `  ${f.padEnd(18)}  ${pct(r.field[f].right)}`),
    `  missing quantities  ${r.missing}    published non-quantities  ${r.spurious}`,
    '',
    'Rows not all right:',
  ];
  for (const v of r.verdicts.filter((x) => !x.allRight)) {
    const l = v.label;
    const wrong = FIELDS.filter((f) => !v.right[f]).join(',');
    const got = v.row ? `${v.row.indicator} | ${v.row.value}${v.row.valueMax != null ? `-${v.row.valueMax}` : ''} ${v.row.unit} | ${v.row.comparator}/${v.row.bound} | ${v.row.kind}` : '(no row)';
    const want = l.quantity ? `${l.indicator} | ${l.value}${l.valueMax != null ? `-${l.valueMax}` : ''} ${l.unit} | ${l.comparator}/${l.bound} | ${l.kind}` : '(no quantity)';
    lines.push(`  [${wrong}] ${l.report}: ${l.sentence.slice(Math.max(0, l.at - 30), l.at + 30)}`, `      got  ${got}`, `      want ${want}`);
  }
  return lines.join('\n');
}
