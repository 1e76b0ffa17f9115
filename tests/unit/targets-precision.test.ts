/**
 * Rows outside the headline passage: each must read right on its own — its indicator a noun phrase that names what
 * the number measures, its quote holding both. Small fixtures for each feature of the text the rules key on, then
 * the precision floor measured on the hand-labelled sample (tests/gold/row-sample.json) over the corpus and seeds.
 */
import { existsSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { ROW_SAMPLE_FLOORS, evaluateRowSample, ingestFolder, loadRowSample, type RowSample } from '../../src/eval/eval.ts';
import { COMPOUND_PAIRS, extractTargets, targetNotes } from '../../src/pipeline/targets.ts';
import type { Report, Section, Target } from '../../src/pipeline/types.ts';

function doc(text: string, partTitle = '2026年工作安排'): Target[] {
  const sections: Section[] = [
    { id: 's1', parent: null, level: 1, number: '一、', title: partTitle, paragraphs: [] },
    { id: 's1-1', parent: 's1', level: 2, number: '（一）', title: '着力推动高质量发展', paragraphs: [{ text, sources: ['f.txt'] }] },
  ];
  return extractTargets('r', sections, 2026);
}
const rows = (text: string) => doc(text).map((t) => [t.indicator, t.value, t.unit]);

describe('a number glued to the noun after it', () => {
  it('counts that noun, whatever verb or list of names stood before the number', () => {
    // The verb stands in the row's action, the thing counted in its indicator.
    expect(doc('今年试点组建4个产业链特聘专家团。').map((t) => [t.action, t.indicator, t.value, t.unit])).toEqual([['组建', '产业链特聘专家团', 4, '个']]);
    expect(rows('新增甲县、乙县、丙县3个千亿县。')).toEqual([['新增千亿县', 3, '个']]);
    expect(rows('经贸合作覆盖120个国家和地区的300个港口。')[0]).toEqual(['经贸合作覆盖国家和地区', 120, '个']);
  });
  it('stops the noun where a predicate starts, and reads a count of groups as no noun', () => {
    expect(rows('全年8大类40项民生实事全部完成。')).toEqual([['民生实事', 40, '项']]);
    expect(rows('自贸试验区有3项改革成果获全国最佳实践案例。')).toEqual([['自贸试验区改革成果', 3, '项']]);
  });
  it('reads a capacity or a class that names a project as no row', () => {
    expect(rows('确保某某200万吨焦化项目年内投产。')).toEqual([]);
    expect(rows('建成2个20万吨级泊位。').map((r) => r[1])).not.toContain(20);
    expect(rows('推进东电2×35万千瓦热电联产项目。')).toEqual([]);
  });
  it('still reads an extent of work done and an amount with its purpose', () => {
    // (A length or an area measures the thing built, not the building of it: 农田水利, not 农田水利建设.)
    expect(doc('重点实施31.2公里农村公路、1.2万亩农田水利建设。').map((t) => [t.action, t.indicator, t.value, t.unit])).toEqual([
      ['重点实施', '农村公路', 31.2, '公里'],
      ['重点实施', '农田水利', 1.2, '万亩'],
    ]);
    expect(rows('专门安排财政资金75亿元加快项目落地建设。')).toEqual([['专门安排财政资金', 75, '亿元']]);
  });
});

describe('several subjects sharing values (分别)', () => {
  it('splits subjects joined by 和 when the values are of one kind, each taking the shared measure word', () => {
    expect(rows('政府会议和发文数量分别减少12%和18%。')).toEqual([
      ['政府会议数量', 12, '%'],
      ['发文数量', 18, '%'],
    ]);
    expect(rows('学前教育毛入园率、高中阶段和高等教育毛入学率分别达到93%、95%、60%。').map((r) => r[0])).toEqual([
      '学前教育毛入园率',
      '高中阶段毛入学率',
      '高等教育毛入学率',
    ]);
  });
  it('gives every subject a preposition said before the first, and a short last subject the opening words of the first', () => {
    expect(rows('对东盟、欧盟出口分别增长10%、20%。').map((r) => r[0])).toEqual(['对东盟出口', '对欧盟出口']);
    expect(rows('电信网络诈骗案件受理数、案损数分别下降16%和36%。').map((r) => r[0])).toEqual(['电信网络诈骗案件受理数', '电信网络诈骗案件案损数']);
  });
  it('keeps one subject for values of different kinds, and withholds a list that does not split', () => {
    expect(rows('药品和医用耗材集中带量采购品种分别突破600个、20类。').map((r) => r[0])).toEqual([
      '药品和医用耗材集中带量采购品种',
      '药品和医用耗材集中带量采购品种',
    ]);
    expect(rows('接待游客、实现旅游总花费分别增长11.8%、11.5%。')).toEqual([]);
    expect(rows('专项基金、新增工业用地支持民间投资项目比重分别为99%、85%。')).toEqual([]);
  });
});

describe('the quote holds the indicator', () => {
  it('starts where a borrowed verb or subject was said', () => {
    const t = doc('争创2个省级经开区、1个省级高新区。');
    expect(t.map((r) => [r.action, r.indicator, r.quote])).toEqual([
      ['争创', '省级经开区', '争创2个省级经开区'],
      ['争创', '省级高新区', '争创2个省级经开区、1个省级高新区'],
    ]);
    expect(doc('建成蔬菜大棚2350亩、温室500栋。').map((r) => [r.action, r.indicator, r.quote])[1]).toEqual(['建成', '温室', '建成蔬菜大棚2350亩、温室500栋']);
    expect(doc('新签约项目250个、总投资1000亿元。')[1].quote).toBe('新签约项目250个、总投资1000亿元');
  });
  it('withholds a row whose name the quote does not hold, or that measures without saying what', () => {
    expect(rows('新上线重点事项办理平均减时间50%、减材料54%。').map((r) => r[1])).toEqual([50]);
    expect(rows('完成投资5.2亿元。')).toEqual([]);
    expect(rows('月人均分别提高221元、90元。')).toEqual([]);
  });
  it('withholds a rate counted in things and a milestone counted among milestones', () => {
    expect(rows('22条重点入黄排水沟整治率达100%。')).toEqual([['重点入黄排水沟整治率', 100, '%']]);
    // Thresholds passed and counted as milestones are no level of anything (the total is past the last one).
    expect(rows('经济总量连跨5万亿元、6万亿元两个台阶。')).toEqual([]);
    expect(rows('地区生产总值迈上6万亿元台阶。')).toEqual([['地区生产总值', 6, '万亿元']]);
  });
});

describe('withheld rows', () => {
  it('keep their place in the ids, so the rows after them keep theirs', () => {
    const t = doc('推进东电2×35万千瓦热电联产项目，城镇新增就业1.2万人。');
    expect(t.map((r) => [r.id, r.indicator])).toEqual([['t-s1-1-2', '城镇新增就业']]);
  });
  it('are counted in the build log by reason', () => {
    const notes = targetNotes(doc('完成投资5.2亿元，城镇新增就业1.2万人。'), 2026);
    expect(notes.find((n) => n.includes('not published'))).toMatch(/1 rows read but not published: 1 × indicator is a measure without the thing measured/);
  });
});

const CORPUS = '../shared/corpus';
describe.skipIf(!existsSync(CORPUS))('rows outside the headline passage on real reports', () => {
  let reports: Report[] = [];
  beforeAll(() => {
    reports = [...ingestFolder(CORPUS).reports, ...ingestFolder('seeds').reports];
  }, 180_000);

  it('hold the precision and recall floors on the hand-labelled sample', () => {
    const result = evaluateRowSample(loadRowSample('tests/gold/row-sample.json'), reports);
    expect(result.rows).toBeGreaterThanOrEqual(150);
    expect(result.precision).toBeGreaterThanOrEqual(ROW_SAMPLE_FLOORS.precision);
    expect(result.recall).toBeGreaterThanOrEqual(ROW_SAMPLE_FLOORS.recall);
  });
  it('judge the sample by its labels: rows labelled wrong that are produced lower the precision', () => {
    // The same sample with every label turned to wrong: whatever is still produced counts against the figure.
    const sample = loadRowSample('tests/gold/row-sample.json');
    const allWrong: RowSample = { ...sample, rows: sample.rows.map((r) => ({ ...r, label: 'not-a-target' as const, textNames: undefined })) };
    const result = evaluateRowSample(allWrong, reports);
    expect(result.produced).toBeGreaterThan(0);
    expect(result.precision).toBe(0);
    expect(result.recall).toBe(1); // nothing labelled right, nothing to lose
  });
  it('show their indicator in their quote, every one', () => {
    const missing: string[] = [];
    for (const r of reports)
      for (const t of r.targets) {
        if (t.headline) continue;
        // A word that joins a pair (城乡) shows either of it (城镇…, 农村…).
        // (A rank adds 排名, and the people an event killed or hurt add 人数: 道路交通事故340起，死亡209人.)
        // (A burden eased, 为企业减负, is named by the burden: 企业负担; a share said as 占… or 用于…, by 比重.)
        // (A gap to a place after a growth rate adds 增速: 增长10.1%，高于全市5.1个百分点 → …增速高于全市.)
        // (Points gained on the year before after a growth rate add 增速: 增长5.6%，比上年提高3.6个百分点 → …增速.)
        // (People or households counted by the verb that lifted them out of poverty add 人口 or 户: 3.36万人实现脱贫.)
        // (A share of things that did a thing adds 比例: 40%以上小区实现生活垃圾分类减量 → 实现…的小区比例.)
        let named = t.indicator.replace(/排名$/u, '').replace(/增速(?=(?:高于|低于|高出|快于|慢于|比)\p{Script=Han})/u, t.quote.includes('增长') ? '' : '增速').replace(/(?<=死亡|受伤|伤亡|失踪)人数$/u, '').replace(/负担$/u, t.quote.includes('减负') ? '负' : '负担').replace(/(?<=(?:占|用于)[^，。；]{2,})比重$/u, '').replace(/(?<=脱贫)(?:人口|户)$/u, '').replace(/(?<=的\p{Script=Han}{1,16})比例$/u, t.unit === '%' ? '' : '比例').replace(/增速$/u, t.unit === '个百分点' && t.quote.includes('增长') && !t.quote.includes('增速') ? '' : '增速').normalize('NFKC');
        for (const [joined, first, second] of COMPOUND_PAIRS) if (t.quote.includes(joined)) named = named.replace(first, joined).replace(second, joined);
        const shown = t.quote.normalize('NFKC');
        // (实现“免申即享”的政策服务 «296项政策服务实现“免申即享”»: a status set before its noun adds 的, and only 的.)
        // (一、二、三产业 → 第二产业: an ordinal said as a list unfolds with its 第.)
        const ordinals = /[一二三四五六七八九十]、[一二三四五六七八九十]/u.test(shown);
        // (农民人均纯收入（扣除价格因素） «…，扣除价格因素实际增长5.7%»: a basis set in brackets after the thing adds the brackets.)
        const basis = /[（(][^）)]+[）)]$/u.test(named);
        if (![...named].every((ch) => shown.includes(ch) || ch === '的' || (ch === '第' && ordinals) || (basis && /[（）()]/u.test(ch)))) missing.push(`${r.slug}: ${t.indicator} «${t.quote}»`);
      }
    expect(missing).toEqual([]);
  });
});

describe('statements that are not one measure of one thing', () => {
  it('name a share or a contribution by the subject stated before it', () => {
    expect(rows('出口规模突破4万亿元，占全国份额提升到15.5%。').map((r) => r[0])).toEqual(['出口规模', '出口规模占全国份额']);
    // (The contribution is the sector's, named without its measure: 增加值 is what grew, not what contributed.)
    expect(rows('非烟非能工业增加值增长8.1%、对规模以上工业增长贡献率达72.9%。').map((r) => r[0])[1]).toBe('非烟非能工业对规模以上工业增长贡献率');
    expect(rows('第三产业增加值348.32亿元，增长12%，对GDP增长的贡献率为44%。').map((r) => r[0])[2]).toBe('第三产业对GDP增长的贡献率');
    expect(rows('出口总值增长8%、占全省比重达20%。').map((r) => r[0])[1]).toBe('出口总值占全省比重');
  });
  it('withhold a change of rank, one value for each of a list, and a list of measures sharing one value', () => {
    expect(rows('区域创新能力全国排名提升4位。')).toEqual([]);
    expect(rows('中国企业500强、民营企业500强中各有20家企业上榜。')).toEqual([]);
    expect(rows('力争游客人次、旅游花费均增长10%以上。')).toEqual([]);
  });
  it('drop an adverb of first time and a statement joined by 、 from the name', () => {
    expect(rows('本外币贷款余额首次突破5万亿元。')).toEqual([['本外币贷款余额', 5, '万亿元']]);
    expect(rows('花卉产量全球第一、优质鲜切花占比60%。')).toEqual([['优质鲜切花占比', 60, '%']]);
  });
  it('read a bounded number before 的 as a qualifier, which stays in the name after it', () => {
    expect(rows('村集体经济经营性收入50万元以上的行政村占比达68%。')).toEqual([['村集体经济经营性收入50万元以上的行政村占比', 68, '%']]);
  });
});

describe('the words before a counted noun', () => {
  it('keep a short phrase that says what the count is of, but not a subject whose link verb was cut', () => {
    expect(rows('基础教育对口帮扶217所学校。')).toEqual([['基础教育对口帮扶学校', 217, '所']]);
    expect(rows('博览会首次实现22个国家全部参会。')).toEqual([['国家', 22, '个']]);
  });
  it('read a change verb between two values as a link of one subject, and a capacity as naming a project', () => {
    expect(rows('中职学校由71所优化整合为47所。')).toEqual([
      ['中职学校', 71, '所'],
      ['中职学校', 47, '所'],
    ]);
    expect(rows('某某集团年产3000辆专用车项目顺利开工。')).toEqual([]);
  });
  it('withhold a class counted before its noun, and a count whose noun is joined later', () => {
    expect(rows('新增2家千亿级、24家百亿级工业企业。').map((r) => r[1])).not.toContain(2);
    expect(rows('持续推进首批12项及第二批14项重点改革。').map((r) => r[1])).toEqual([14]);
  });
});

describe('names that are not one', () => {
  it('withhold a bracket for a name, and a number whose clause names a new subject without it', () => {
    expect(doc('（增长2.5%以上）').filter((t) => !t.headline)).toEqual([]);
    expect(rows('外贸实绩企业突破9000家，高新技术企业数量实现翻番、达1.8万家。')).toEqual([['外贸实绩企业', 9000, '家']]);
  });
  it('share the last subject\'s tail after the character the first ends in, without a stray quotation mark', () => {
    expect(rows('地表水、近岸海域水质优良比例分别达96.9%、99.7%。').map((r) => r[0])).toEqual(['地表水质优良比例', '近岸海域水质优良比例']);
    expect(rows('城市公园、“口袋公园”保有量分别达到1436个、883个。').map((r) => r[0])).toEqual(['城市公园保有量', '“口袋公园”保有量']);
  });
});
