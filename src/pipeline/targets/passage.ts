/**
 * Targets, the headline passage: where a paragraph's list of the year's main targets (主要预期目标是：…) runs.
 */
import { HEADLINE_END, headlineStart } from '../target-context.ts';
import { hasQuantity } from './quantity.ts';

/**
 * Where in a paragraph the year's main-targets passage runs: from its marker (主要预期目标是：) through the sentences
 * that go on giving numbers, up to one that turns to something else (这些目标…, 新的一年…) or states none.
 * `continuing`: the marker closed the previous paragraph, so this one is the passage's list.
 */
export function headlinePassage(text: string, continuing: boolean): { start: number; end: number } | null {
  let start = headlineStart(text);
  if (start < 0) {
    if (!continuing || HEADLINE_END.test(text) || !hasQuantity(text)) return null;
    start = 0;
  }
  if (start === text.length) return { start, end: start };
  let end = start;
  let first = true;
  for (const sm of text.slice(start).matchAll(/[^。！？]+[。！？]?/gu)) {
    const sentence = sm[0];
    if (!first && (HEADLINE_END.test(sentence) || !hasQuantity(sentence))) break;
    first = false;
    end = start + sm.index! + sentence.length;
  }
  return { start, end };
}

/** The mark that leads a list line (——, ·, 1., （1）, ①), with its number folded so that 1. and 2. are one mark. */
export function listMarkOf(text: string): string | null {
  const m = text.match(/^(?:——|—|·|•|\d{1,2}[.、．](?!\d)|[（(]\d{1,2}[)）]|[①-⑳])/u);
  return m ? m[0].replace(/\d{1,2}/, '#').replace(/[①-⑳]/u, '①') : null;
}
