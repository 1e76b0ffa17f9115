/** Targets, the theme: a row's field of policy, from the words of its indicator and section. */

const THEMES: [string, RegExp][] = [
  ['employment', /就业|岗位|创业|技能培训|失业/],
  ['environment', /空气|PM|pM|水质|排放|碳|森林|绿地|绿化|污水|垃圾|生态|能耗|造林|水源|优良天数|河湖|厕所|黑臭|土壤|用地安全/],
  ['science', /研发|R&D|高新技术|科技|专利|创新|专精特新/],
  ['agriculture', /粮食|农业|耕地|播种|农产品|畜|渔|示范片|乡村振兴|种植/],
  ['education', /学位|学校|教育|幼儿园|教师|高校|校长|技能人才|毕业生/],
  ['health', /医院|医疗|床位|卫生|医生|寿命|托位|托育|养老|健康|医保|药品|疫苗/],
  ['housing', /住房|棚改|保障性|老旧小区|安置房|商品房|燃气|气化/],
  ['infrastructure', /公路|铁路|管网|5G|基站|充电|港|机场|吞吐量|光网|线路|电网|供水|停车|道路|水利/],
  ['culture', /文化|体育|健身|演出|博物馆|文物|非遗|旅游|文旅/],
  ['economy', /生产总值|GDP|收入|投资|消费|出口|进出口|工业|产值|税|财政|企业|项目|经济|外资|贷款|零售|物价|价格|招商|产业|增加值|规模/],
];

export function themeOf(text: string): string {
  for (const [theme, re] of THEMES) if (re.test(text)) return theme;
  return 'other';
}
