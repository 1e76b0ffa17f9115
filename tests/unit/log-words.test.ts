import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { noteWords, ruleWords } from '../../src/lib/log-words.ts';
import { DOCUMENT_RULES } from '../../src/pipeline/documents.ts';
import { DUPLICATE_RULE, ingest } from '../../src/pipeline/ingest.ts';
import { REPAIR_RULES } from '../../src/pipeline/repair.ts';

const CJK = /[\u4e00-\u9fff]/;

describe('build log in Chinese', () => {
  it('has Chinese words for every rule the pipeline can record', async () => {
    // Every rule name written in the pipeline: where a line is recorded (rule: '…', drop(line, '…')), in the chrome
    // table of normalize.ts (name: '…'), and the exported rule tables and names (REPAIR_RULES, DOCUMENT_RULES,
    // DUPLICATE_RULE: any export named …_RULES or …_RULE).
    const names = new Set<string>();
    for (const file of readdirSync('src/pipeline').filter((f) => f.endsWith('.ts'))) {
      const source = readFileSync(`src/pipeline/${file}`, 'utf8');
      // (In either quotes: a name holding an apostrophe is written in double ones.)
      for (const m of source.matchAll(/(?:\brule: |\bdrop\([^,()]+, )(['"])((?:(?!\1).)+)\1/g)) names.add(m[2]);
      if (file === 'normalize.ts') for (const m of source.matchAll(/\bname: (['"])((?:(?!\1).)+)\1/g)) names.add(m[2]);
      const mod: Record<string, unknown> = await import(`../../src/pipeline/${file}`);
      for (const [key, value] of Object.entries(mod)) {
        if (/_RULE$/.test(key) && typeof value === 'string') names.add(value);
        if (/_RULES$/.test(key) && value && typeof value === 'object') {
          for (const v of Object.values(value)) names.add(typeof v === 'string' ? v : (v as { name: string }).name);
        }
      }
    }
    for (const known of [...Object.values(REPAIR_RULES), ...Object.values(DOCUMENT_RULES), DUPLICATE_RULE, 'page marker', 'site menu above the body']) {
      expect(names, known).toContain(known);
    }
    // Translated, not shown as recorded: several rule names already quote Chinese (新华社…电), so holding a Chinese
    // character is not enough.
    expect([...names].filter((n) => ruleWords(n) === n || !CJK.test(ruleWords(n)))).toEqual([]);
  });

  it('has Chinese words for every rule recorded on the fixtures (repairs, documents, copies, web pages, newspapers)', () => {
    const dir = 'tests/fixtures';
    const files = ['repair', 'hostile', '.']
      .flatMap((sub) => readdirSync(join(dir, sub)).filter((f) => f.endsWith('.txt')).map((f) => join(sub, f)))
      .map((name) => ({ name, bytes: new Uint8Array(readFileSync(join(dir, name))) }));
    const { log } = ingest(files);
    const rules = new Set(log.dropped.map((d) => d.rule));
    // The fixtures exercise the repairs and the copies merged once: the check reads recorded rules, not only written ones.
    for (const r of [REPAIR_RULES.pageNumber, REPAIR_RULES.entities, REPAIR_RULES.escapes, DUPLICATE_RULE]) expect(rules, r).toContain(r);
    expect([...rules].filter((n) => ruleWords(n) === n || !CJK.test(ruleWords(n)))).toEqual([]);
  });

  it('rewrites the metadata notes and keeps the values they quote', () => {
    expect(noteWords('title: composed from city, year and kind (某市2023年政府工作报告)')).toBe('标题：原文未给出，由城市、年份和类型组成（某市2023年政府工作报告）');
    expect(noteWords('year: neither the text nor the catalog states it')).toBe('年份：原文和目录文件都没有写明，留空');
    expect(noteWords('targets: 12 of 80 rows name no indicator of the vocabulary (indicatorId null)')).toBe('指标：80 项中有 12 项不属于指标词表中的任何指标，未归类');
  });
  it('shows a line it cannot translate as recorded', () => {
    expect(noteWords('something new')).toBe('something new');
  });
});
