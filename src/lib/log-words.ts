/**
 * The build log in the reader's words. The pipeline records its rules and notes in English for developers (and in the
 * JSON build log); the About page shows them in Chinese. A line with no translation here is shown as recorded, so
 * nothing in the log is hidden.
 */
import { DOCUMENT_RULES } from '../pipeline/documents.ts';
import { REPAIR_RULES } from '../pipeline/repair.ts';
import { SCRIPT_RULE } from '../pipeline/script.ts';

const RULES: Record<string, string> = {
  // The script (script.ts).
  [SCRIPT_RULE]: '繁体字文本已按 OpenCC 数据转换为简体字',
  // Repairs before reading (repair.ts).
  [REPAIR_RULES.escapes]: '字面转义序列（\\n、\\t、\\uXXXX）还原为所代表的字符',
  [REPAIR_RULES.markers]: '字符标记（<U+00A0>）还原为所代表的字符',
  [REPAIR_RULES.entities]: 'HTML 实体（&nbsp; &amp; &#12288;）还原为所代表的字符',
  [REPAIR_RULES.tags]: '删除 HTML 标签（块级标签处换行）',
  [REPAIR_RULES.scripts]: '删除 HTML 脚本或样式块',
  [REPAIR_RULES.invisible]: '删除零宽字符',
  [REPAIR_RULES.spacedParagraphs]: '全文挤在一行、段落之间以空格分隔：句末、称呼、标题序号和破折号前后的空格还原为换行',
  [REPAIR_RULES.wrappedLines]: '分栏排版的各行挤在一行、每个换行处只留一个空格：按原来的各行还原，再按分栏重组段落',
  [REPAIR_RULES.pageNumber]: 'PDF 页码',
  [REPAIR_RULES.runningHead]: 'PDF 页眉或页脚（多页页码旁重复出现的同一短行）',
  [REPAIR_RULES.dateline]: '新闻电头（新华社…电、本报讯）',
  [REPAIR_RULES.brokenTitle]: '被换行拆开的标题，已接回一行',
  [REPAIR_RULES.brokenDelivery]: '被换行拆开的会议行，已接回一行',
  [REPAIR_RULES.inlineBreaks]: '单独成行的数字接回所在句子（句中断行已接上）',
  [REPAIR_RULES.watermark]: '防复制代码（同一串短字母数字反复粘在行尾）',
  [REPAIR_RULES.invisibleBreak]: '句子中间只含不可见字符的一行（网页内联元素留下的断行），已接回一行',
  [REPAIR_RULES.markdown]: '删除 Markdown 标记（标题前的 #、粗体两侧的 **）',
  [REPAIR_RULES.markdownTable]: 'Markdown 表格按表格读取（竖线分隔的单元格；删除首行下的 --- 分隔线）',
  [REPAIR_RULES.markdownImage]: '删除 Markdown 图片链接（![…](…)）：图片的地址，不是报告文字',
  [REPAIR_RULES.emptyCells]: '删除一行文字后残留的 Markdown 表格空单元格（…统计公报 | ||||）',
  [REPAIR_RULES.pinyin]: '删除字后括注的拼音（实（shí）现（xiàn））：网站加注的读音，不是报告原文',
  [REPAIR_RULES.brokenMarks]: '书名号、引号或点号处被换行拆开的句子，已接回一行（根据《 / …的建议 / 》，…）',
  // A file of several documents (documents.ts, ingest.ts).
  [DOCUMENT_RULES.opening]: '另一份文件从此开始（前一份文件完整之后出现标题、会议行或开场称呼）',
  [DOCUMENT_RULES.copy]: '正文从此重新开始（同一文件的第二份副本）',
  'duplicate: the same text again in another copy of the document in the same file': '重复：同一文件中另一份副本的相同文字',
  // Chrome (normalize.ts).
  'collector header (标题, 年份, 发文单位, 报告人 …)': '采集头信息（标题、年份、发文单位、报告人等）',
  'page marker': '报纸转版标记',
  'web page metadata (source, time, clicks)': '网页信息行（来源、时间、点击量）',
  'web address': '网址',
  "a site's contact details (contact, phone, QQ, address)": '网站的联系方式（联系人、电话、QQ、地址）',
  'teaser: the opening of the next paragraph, cut short': '导读：下一段开头的截断重复（全文见下一段）',
  'site disclaimer or copyright': '网站声明或版权',
  'licence notice below the body': '正文之后的版权状态说明（本作品…属于公有领域 / Public domain）',
  'page tool bar (print, font size, share)': '网页工具栏（打印、字号、分享）',
  'related-links navigation': '相关链接导航',
  'breadcrumb navigation': '面包屑导航',
  'site menu above the body': '正文上方的网站菜单',
  'table of contents above the body': '正文上方的目录（各部分标题在正文中照常出现）',
  'page header above the report’s title': '报告标题上方的网页页头（工具栏、登录链接、版面行、帖子信息）',
  'headline (page title)': '网页标题（用作报告标题）',
  'front matter (page header)': '报告抬头（显示在页首）',
  "a document-sharing site's file card (size, pages, format)": '文档分享网站的文件信息（大小、页数、格式）',
  "a document-sharing site's page images and tool bar (…_第1页, 返回 下载 相关 举报)": '文档分享网站的页面预览与工具栏（…_第1页、返回 下载 相关 举报）',
  "a shared document's file name (its title)": '分享文档的文件名（用作报告标题）',
  "a shared document's name above its file card (its title)": '文件信息上方的文档名称（用作报告标题）',
  'comment box': '网页评论区（评论数、参与人数、回答数）',
  "a page's reading time": '网页的字数与预计阅读时长',
};

const FIELDS: Record<string, string> = { title: '标题', city: '城市', province: '省份', year: '年份', kind: '类型', place: '地方', delivered: '报告日期', session: '会议', speaker: '报告人' };
const field = (f: string) => FIELDS[f] ?? f;

const NOTES: [RegExp, (...m: string[]) => string][] = [
  [/^title: composed from city, year and kind \((.+)\)$/, (t) => `标题：原文未给出，由城市、年份和类型组成（${t}）`],
  [/^(\w+): neither the text nor the catalog states it$/, (f) => `${field(f)}：原文和目录文件都没有写明，留空`],
  [/^targets: period left empty for (\d+) rows: the report's year is not known$/, (n) => `指标：报告年份未确定，${n} 项指标的所属年份留空`],
  [/^targets: period left empty for (\d+) achievements whose passage names no year or plan period$/, (n) => `指标：${n} 项已完成的成绩所在段落没有写明年份或规划期，所属年份留空`],
  [/^targets: (\d+) rows read but not published: (.+)$/, (n, list) => `指标：${n} 个读到的数字不作为指标发布（宁缺毋错）——${withheldWords(list)}`],
  [/^targets: (\d+) of (\d+) rows name no indicator of the vocabulary \(indicatorId null\)$/, (n, all) => `指标：${all} 项中有 ${n} 项不属于指标词表中的任何指标，未归类`],
]

/** Why a number read in the text was not published as a target row (targets.ts). */
const WITHHELD: Record<string, string> = {
  'indicator ends in 等 (a list heading for another number)': '名称以“等”结尾（是另一数字的列举）',
  'indicator is no name': '没有指标名称',
  'a class counted, its noun after the list': '数的是等级，所指事物在列举之后',
  'indicator holds another number': '名称中含有另一个数字',
  'a list of measures sharing one value': '多个指标共用一个数值',
  'a change of rank read as a rank': '是名次的变化而非名次',
  'one value for each item of a list': '列举中每项各有一个数值',
  'indicator opens with another number (a count of groups or a share of things)': '名称以另一个数字开头',
  'indicator holds another quantity': '名称中含有另一个数量',
  'indicator is a measure without the thing measured': '只有度量，没有被度量的事物',
  'indicator names a rate but the number is a count or an amount': '名称是比率，数字却是数量或金额',
  'quote does not contain the indicator': '引文不含指标名称',
  'a count of milestones': '是里程碑的计数',
  'a size or amount that names a thing': '数字是事物名称的一部分（规模、金额）',
  'a count whose noun is joined later': '所数事物在后文才出现',
  'a list of subjects that does not split over its values': '多个主体与多个数值无法一一对应',
  'a number that names a class, a qualifier, a specification or a part of the text (20万吨级, 50万元以上的村, 2×35万千瓦, 7条路径)':
    '数字是等级、限定、规格或文本结构（如20万吨级、2×35万千瓦）',
  'a number whose subject is stated as something else': '数字的主体另有所指',
  'a milestone in a count of milestones': '是一串里程碑中的一个',
  'a capacity that names a project': '产能是项目名称的一部分',
  'indicator cut inside a bracket or a quote': '名称在括号或引号中间被截断',
  'a gap to the target, whose figure is not named': '是与目标的差距，没有写明是哪个指标',
  'a share whose thing is not said': '是比重，但没有写明是谁的比重',
  'a caption after a figure, not the name of what it measures': '数字后破折号引出的是图解标题，不是所计量事物的名称',
  'one value said of each of a list': '“分别”之后只有一个数值，不知属于所列哪一项',
  'a list of values whose subjects are not said': '一组数值没有写明各属于谁',
  'a total of things listed and named apart': '前面分列的各项名称不同，合计数不知属于什么',
  'a list of values whose subjects are not told apart': '一组数值分不清各属于谁',
  'a number in another measure than the subject just stated': '数字的计量单位与前面所说的事物不同，不属于该事物',
};
const withheldWords = (list: string) =>
  list
    .split('; ')
    .map((part) => {
      const m = part.match(/^(\d+) × (.+)$/);
      return m ? `${WITHHELD[m[2]] ?? m[2]} ${m[1]} 项` : part;
    })
    .join('；');

export const ruleWords = (rule: string): string => RULES[rule] ?? rule;

export function noteWords(note: string): string {
  for (const [re, say] of NOTES) {
    const m = note.match(re);
    if (m) return say(...m.slice(1));
  }
  return note;
}

/** Where a report's field came from, and the fields' names, as the build log pages say them. */
export const ORIGIN_WORDS: Record<string, string> = { text: '原文', catalog: '目录文件', composed: '组合生成', missing: '缺失' };
export const FIELD_WORDS: Record<string, string> = {
  title: '标题', place: '发布政府', city: '所属城市', province: '所属省份', year: '年份', kind: '类型',
  delivered: '报告日期', session: '会议', speaker: '报告人',
};
