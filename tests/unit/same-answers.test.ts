/**
 * The ingest's faster readings give the answers of the plain ones they replace: comparison keys stripped by a table of
 * code units (text.ts lettersAndDigits), lines cut into words together (words.ts LineWords.linesOf), maximal repeats
 * counted only where they can extend (first-said.ts repeatedPhrases, against a count of every substring).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repeatedPhrases } from '../../src/pipeline/first-said.ts';
import { lettersAndDigits } from '../../src/pipeline/text.ts';
import { LineWords } from '../../src/pipeline/words.ts';

/** A deterministic stream of numbers in [0, 1). */
function random(seed: number): () => number {
  let x = seed;
  return () => ((x = (Math.imul(x, 1103515245) + 12345) & 0x7fffffff) / 0x7fffffff);
}

const seedTexts = readdirSync('seeds')
  .filter((f) => f.endsWith('.txt'))
  .map((f) => readFileSync(join('seeds', f), 'utf8'));

describe('lettersAndDigits', () => {
  it('removes what /[^\\p{L}\\p{N}]/gu removes, surrogates and lone halves included', () => {
    const samples = ['', '，，', 'abc', 'PM_2.5 与 PM2.5', '１，０００元（九）', 'a😀b𠀀c\ud800d\udc00', '①②', 'Ⅻ条'];
    for (const t of seedTexts) samples.push(...t.split('\n').slice(0, 200));
    const next = random(1);
    for (let k = 0; k < 500; k++) samples.push(Array.from({ length: 20 }, () => String.fromCharCode(Math.floor(next() * 0x10000))).join(''));
    for (const s of samples) expect(lettersAndDigits(s)).toBe(s.replace(/[^\p{L}\p{N}]/gu, ''));
  });
});

describe('LineWords.linesOf', () => {
  it('cuts the lines of a text together into the words each line has when cut alone', () => {
    const segmenter = new Intl.Segmenter('zh-CN', { granularity: 'word' });
    for (const text of [...seedTexts, 'a\r\nb\n\n中文\r', '']) {
      const alone = text.split('\n').map((l) => Array.from(segmenter.segment(l), (s) => s.segment));
      expect(new LineWords().linesOf(text)).toEqual(alone);
    }
  });
});

/**
 * Maximal repeats by their definition: every substring of 3–12 characters of a clause used at least twice, unless a
 * substring one character longer holds it at its start or end and is used as often; by length, then first use.
 */
function repeatsByDefinition(whole: string): Map<string, number> {
  const levels: Map<string, number>[] = [];
  for (let len = 2; len <= 13; len++) {
    const level = new Map<string, number>();
    for (const m of whole.matchAll(/[\u3400-\u9fff]+(?:[+＋][\u3400-\u9fff]*)?/g)) {
      for (let i = m.index; i + len <= m.index + m[0].length; i++) {
        const s = whole.slice(i, i + len);
        level.set(s, (level.get(s) ?? 0) + 1);
      }
    }
    levels[len] = level;
  }
  const out = new Map<string, number>();
  for (let len = 3; len <= 12; len++) {
    const extended = new Set<string>();
    for (const [t, n] of levels[len + 1]) {
      if (n < 2) continue;
      for (const s of [t.slice(0, -1), t.slice(1)]) if (levels[len].get(s) === n) extended.add(s);
    }
    for (const [s, n] of levels[len]) if (n >= 2 && !extended.has(s)) out.set(s, n);
  }
  return out;
}

describe('repeatedPhrases', () => {
  it('finds the maximal repeats of their definition, in the same order', () => {
    const next = random(7);
    const texts = seedTexts.map((t) => t.slice(0, 6000));
    for (let k = 0; k < 300; k++) {
      // Small alphabets, so that long repeats and repeats inside repeats are common.
      const letters = 2 + (k % 6);
      texts.push(Array.from({ length: 20 + Math.floor(next() * 300) }, () => (next() < 0.06 ? '，' : String.fromCharCode(0x4e00 + Math.floor(next() * letters)))).join(''));
    }
    for (const t of texts) expect([...repeatedPhrases(t)]).toEqual([...repeatsByDefinition(t)]);
  });
});
