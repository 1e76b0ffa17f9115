import { describe, expect, it } from 'vitest';
import { buildSections, classify, splitCircledList } from '../../src/pipeline/structure.ts';

const outline = (paragraphs: string[]) =>
  buildSections(classify(paragraphs, 'f.txt')).map((s) => [s.id, s.level, s.number, s.title, s.paragraphs.length, s.parent]);

describe('structure', () => {
  it('builds parts, sections, lead-sentence topics and numbered items with ids from the numbering', () => {
    expect(
      outline([
        '二、全力做好2023年工作',
        '2023年是全面贯彻落实党的二十大精神的开局之年。',
        '（九）着力绿色发展、系统治理，全力推动生态效益提升',
        '加快绿色低碳发展。推动经济社会发展绿色转型。',
        '强化污染防治攻坚。持续推进整改，确保如期交账销号。',
        '（十）着力保障民生、增进福祉',
        '多渠道促增收。城镇新增就业4万人以上。',
      ]),
    ).toEqual([
      ['s2', 1, '二、', '全力做好2023年工作', 1, null],
      ['s2-9', 2, '（九）', '着力绿色发展、系统治理，全力推动生态效益提升', 0, 's2'],
      ['s2-9-1', 3, null, '加快绿色低碳发展', 1, 's2-9'],
      ['s2-9-2', 3, null, '强化污染防治攻坚', 1, 's2-9'],
      ['s2-10', 2, '（十）', '着力保障民生、增进福祉', 0, 's2'],
      ['s2-10-1', 3, null, '多渠道促增收', 1, 's2-10'],
    ]);
  });

  it('gives an excerpt that starts mid-section a sensible tree (0 for the levels it lacks)', () => {
    expect(outline(['一年来，我们抓实事、惠民生，群众福祉更多更好。', '（四）推动民生短板再补齐', '办好人民满意教育。加快推进教育示范带建设。'])).toEqual([
      ['s0', 1, null, '（接上文）', 1, null],
      ['s0-4', 2, '（四）', '推动民生短板再补齐', 0, null],
      ['s0-4-1', 3, null, '办好人民满意教育', 1, 's0-4'],
    ]);
  });

  it('reads an article: unnumbered main heading, labels, (1) items', () => {
    expect(
      outline(['5日，市委、市政府出台行动纲要。', '实施九大专项行动，加快建设现代化国际城市', '（一）党建引领专项行动', '行动目标', '全面加强新时代党的建设。', '重点任务', '（1）加强组织保障建设。深入开展抓党建促基层治理专项行动。', '（2）营造良好政治生态。加强监督。']),
    ).toEqual([
      ['s0', 1, null, '导语', 1, null],
      ['s1', 1, null, '实施九大专项行动，加快建设现代化国际城市', 0, null],
      ['s1-1', 2, '（一）', '党建引领专项行动', 0, 's1'],
      ['s1-1-1', 3, null, '行动目标', 1, 's1-1'],
      ['s1-1-2', 3, null, '重点任务', 0, 's1-1'],
      ['s1-1-2-1', 4, '（1）', '加强组织保障建设', 1, 's1-1-2'],
      ['s1-1-2-2', 4, '（2）', '营造良好政治生态', 1, 's1-1-2'],
    ]);
  });

  it('does not take ordinary sentences for headings', () => {
    const blocks = classify(['《行动纲要》明确了七大工作目标。', '一年来，我们抓实事、惠民生，群众福祉更多更好。全面完成30个项目。', '这些民生实'], 'f.txt');
    expect(blocks.every((b) => b.kind === 'paragraph')).toBe(true);
  });

  it('splits a ①②③ list into items, and leaves a stray ① alone', () => {
    expect(splitCircledList('今年办好民生实事。①实施20个燃气项目。②新建管网28公里。')).toEqual(['今年办好民生实事。', '①实施20个燃气项目。', '②新建管网28公里。']);
    expect(splitCircledList('见注①。')).toEqual(['见注①。']);
  });

  it('keeps ids unique when a numbering repeats, and identical across rebuilds', () => {
    const paras = ['（一）甲', '正文一。', '（一）乙', '正文二。'];
    const ids = buildSections(classify(paras, 'f.txt')).map((s) => s.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(buildSections(classify(paras, 'f.txt')).map((s) => s.id)).toEqual(ids);
  });
});

describe('structure: lists', () => {
  it('makes the sentence that introduces a ①②③ list the heading of its items', () => {
    expect(outline(['（七）改善民生', '今年，我们将继续办好民生实事。①实施20个燃气项目。②新建管网28公里。③新增床位700张。'])).toEqual([
      ['s0-7', 2, '（七）', '改善民生', 0, null],
      ['s0-7-1', 3, null, '今年，我们将继续办好民生实事', 3, 's0-7'],
    ]);
  });
});
