/**
 * The HTML heading level of each section. The contract's levels (1 part … 4 item) say what a heading is; a report may
 * open at a topic (level 3) with no part above it, or skip a level inside. Headings on the page must never skip a level
 * (a screen reader's outline would have holes), so each section's heading sits one below its nearest enclosing
 * section's heading, and the report's first level is h2 under the page's h1.
 */
import type { Section } from '../pipeline/types.ts';

export function headingDepths(sections: Pick<Section, 'id' | 'level'>[]): Map<string, number> {
  const depths = new Map<string, number>();
  const open: { level: number; depth: number }[] = [];
  for (const s of sections) {
    while (open.length && open.at(-1)!.level >= s.level) open.pop();
    const depth = Math.min(6, open.length ? open.at(-1)!.depth + 1 : 2);
    depths.set(s.id, depth);
    open.push({ level: s.level, depth });
  }
  return depths;
}

/**
 * A section's number and title as one heading: 一、2025年工作回顾, （二）…, but 附件三 2016年区民生实事完成情况 and 第一部分 过去五年
 * 工作回顾 — a number that ends in a word rather than a mark is set off from its title by a space.
 */
export function numberedTitle(number: string | null | undefined, title: string): string {
  if (!number) return title;
  return /[\p{L}\p{N}]$/u.test(number) ? `${number} ${title}` : `${number}${title}`;
}

const computed = new WeakMap<object, Map<string, number>>();
/** headingDepths of one report, computed once per report however many headings ask. */
export function reportHeadingDepths(r: { sections: Pick<Section, 'id' | 'level'>[] }): Map<string, number> {
  let depths = computed.get(r);
  if (!depths) computed.set(r, (depths = headingDepths(r.sections)));
  return depths;
}
