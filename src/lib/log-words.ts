/**
 * The build log in the reader's words. The pipeline records its rules and notes in English for developers (and in the
 * JSON build log); the About page shows them in Chinese. A line with no translation here is shown as recorded, so
 * nothing in the log is hidden.
 */
const RULES: Record<string, string> = {
  'page marker': '报纸转版标记',
  'web page metadata (source, time, clicks)': '网页信息行（来源、时间、点击量）',
  'web address': '网址',
  'site disclaimer or copyright': '网站声明或版权',
  'page tool bar (print, font size, share)': '网页工具栏（打印、字号、分享）',
  'related-links navigation': '相关链接导航',
  'breadcrumb navigation': '面包屑导航',
  'site menu above the body': '正文上方的网站菜单',
  'headline (page title)': '网页标题（用作报告标题）',
  'front matter (page header)': '报告抬头（显示在页首）',
};

const FIELDS: Record<string, string> = { title: '标题', city: '城市', province: '省份', year: '年份', kind: '类型', place: '地方', delivered: '报告日期', session: '会议', speaker: '报告人' };
const field = (f: string) => FIELDS[f] ?? f;

const NOTES: [RegExp, (...m: string[]) => string][] = [
  [/^title: composed from city, year and kind \((.+)\)$/, (t) => `标题：原文未给出，由城市、年份和类型组成（${t}）`],
  [/^(\w+): neither the text nor the catalog states it$/, (f) => `${field(f)}：原文和目录文件都没有写明，留空`],
  [/^targets: period left empty for (\d+) rows: the report's year is not known$/, (n) => `指标：报告年份未确定，${n} 项指标的所属年份留空`],
  [/^targets: period left empty for (\d+) achievements whose passage names no year or plan period$/, (n) => `指标：${n} 项已完成的成绩所在段落没有写明年份或规划期，所属年份留空`],
  [/^targets: (\d+) of (\d+) rows name no indicator of the vocabulary \(indicatorId null\)$/, (n, all) => `指标：${all} 项中有 ${n} 项不属于指标词表中的任何指标，未归类`],
]

export const ruleWords = (rule: string): string => RULES[rule] ?? rule;

export function noteWords(note: string): string {
  for (const [re, say] of NOTES) {
    const m = note.match(re);
    if (m) return say(...m.slice(1));
  }
  return note;
}
