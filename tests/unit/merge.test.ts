import { describe, expect, it } from 'vitest';
import { groupExcerpts, mergeGroup } from '../../src/pipeline/merge.ts';
import { normalize } from '../../src/pipeline/normalize.ts';
import { classify } from '../../src/pipeline/structure.ts';

const blocks = (text: string, file: string) => classify(normalize(text, file).paragraphs, file);

// One report in two layouts: a newspaper page that stops at a page jump, and web text that goes further.
const NEWSPAPER = `（八）着力深化改革、扩大开放，全力推动开放
提升

深化重点领域改革。纵深推进“放管服”改革，
依托省市场准入效能评估平台，完善隐性壁垒
破除协调机制。深化国资国企改革，突出主业
实业。

推进两岸融合发展。持续打造台胞台企登陆的
第一家园，坚持以通促融，实施新一轮产业合
作计划。加强宗亲、乡亲、姻亲等交流互动，持
续办好品牌活动。加快零工市场和就业驿站建设，城镇
新增就业 4 万人以上。推动文化惠民项目化，
（下转第三版）`;
const WEB = `推进两岸融合发展。持续打造台胞台企登陆的第一家园,坚持以通促融,实施新一轮产业合作计划。加强宗亲、乡亲、姻亲等交流互动,持续办好品牌活动。加快零工市场和就业驿站建设,城镇新增就业4万人以上。推动文化惠民项目化,深入实施文化振兴行动计划。
(九)着力绿色发展、系统治理,全力推动生态效益提升
加快绿色低碳发展。推动经济社会发展绿色转型,协同推进降碳、减污、扩绿、增长。`;
const OTHER = `推进健康城市建设。认真落实新阶段疫情防控各项举措,统筹用好医疗资源,强化药物供应保障。
深化重点领域改革。坚持靶向施策,以改革破难题促发展,完善园区管理运行体制,实行权责清单管理。`;

describe('merge', () => {
  const a = { file: 'a.txt', blocks: blocks(NEWSPAPER, 'a.txt') };
  const b = { file: 'b.txt', blocks: blocks(WEB, 'b.txt') };
  const c = { file: 'c.txt', blocks: blocks(OTHER, 'c.txt') };

  it('groups overlapping excerpts and keeps reports that merely share phrases apart', () => {
    expect(groupExcerpts([a, b, c]).map((g) => g.map((f) => f.file))).toEqual([['a.txt', 'b.txt'], ['c.txt']]);
  });

  it('never merges files about different cities', () => {
    expect(groupExcerpts([{ ...a, city: '甲市' }, { ...b, city: '乙市' }])).toHaveLength(2);
  });

  it('never joins two cities through a file whose city is unknown (grouping is transitive)', () => {
    // b overlaps both; a and the second copy of b are of different cities, so b may join one of them, never both.
    const groups = groupExcerpts([{ ...a, city: '甲市' }, { ...b, city: null }, { ...b, file: 'b2.txt', city: '乙市' }]);
    for (const g of groups) expect(new Set(g.map((f) => f.city).filter(Boolean)).size).toBeLessThanOrEqual(1);
    expect(groups.flat()).toHaveLength(3);
  });

  it('publishes the union in reading order, each paragraph once, the complete copy of a cut one, with its sources', () => {
    const merged = mergeGroup([a, b]);
    const texts = merged.map((x) => (x.kind === 'heading' ? `${x.number ?? ''}${x.title}` : x.text));
    expect(texts).toEqual([
      '（八）着力深化改革、扩大开放，全力推动开放提升',
      '深化重点领域改革',
      '推进两岸融合发展',
      '（九）着力绿色发展、系统治理，全力推动生态效益提升',
      '加快绿色低碳发展',
    ]);
    const shared = merged[2];
    expect(shared.kind === 'heading' && shared.body).toMatch(/推动文化惠民项目化，深入实施文化振兴行动计划。$/);
    expect(shared.sources).toEqual(['a.txt', 'b.txt']);
    expect(merged[0].sources).toEqual(['a.txt']);
    expect(merged[4].sources).toEqual(['b.txt']);
  });
});

describe('merge: a paragraph one layout splits in two', () => {
  it('keeps the whole paragraph once, with both sources', () => {
    const whole = '强化消费拉动。把恢复和扩大消费摆在优先位置，常态化开展乐购活动，全面刺激和促进消费。培育新型消费，组织千企万店联合平台开展线上促消费，培育3个以上直播电商基地。';
    const split = ['强化消费拉动。把恢复和扩大消费摆在优先位置，常态化开展乐购活动，全面刺激和促进消费。', '培育新型消费，组织千企万店联合平台开展线上促消费，培育3个以上直播电商基地。'];
    const other = ['推进健康城市建设。认真落实新阶段疫情防控各项举措，统筹用好医疗资源，强化药物供应保障。'];
    const a = { file: 'a.txt', blocks: classify([...other, ...split], 'a.txt') };
    const b = { file: 'b.txt', blocks: classify([...other, whole], 'b.txt') };
    const merged = mergeGroup([a, b]);
    expect(merged).toHaveLength(2);
    const last = merged[1];
    expect(last.kind === 'heading' && `${last.title}。${last.body}`).toBe(whole);
    expect(last.sources.sort()).toEqual(['a.txt', 'b.txt']);
  });
});
