/**
 * Stage 2 — normalize: decoded text → logical paragraphs.
 * Removes page markers and website chrome by general rules (every removed line is reported), joins lines that a
 * newspaper column wrapped, and folds full-/half-width forms. Never changes a number or a sentence.
 */
import { repairLines, repairText, stopsMidClause, type Line } from './repair.ts';
import { BULLETIN_NAME, compareKey, displayWidth, foldDigits, foldWidth, OTHER_KINDS, PART_NUMBER_MARK, TITLE_TAG } from './text.ts';
import type { DroppedLine, NormalizedText, TextHints } from './types.ts';
import { DATE_ALONE, HEAD_OFFICES, STATISTICS_ISSUER } from './front-matter.ts';

/** （上接第一版） （下转第三版） （紧接第2版）: newspaper jump lines, alone on a line or at the end of one. */
export const PAGE_MARKER = /[（(]\s*(?:上接|下转|接上|转下|紧接|续|转第|接第)[^（）()]{0,8}?版\s*[)）]/g;

/** The labels of a page's source, the first fields of its metadata line. */
const SOURCE_LABELS = '来源|文章来源于|文章来源|来源于|稿源|信息来源';
/** Lines that are a web page's metadata (and sometimes carry its date). */
const META_LABELS =
  `${SOURCE_LABELS}|作者|编辑|责任编辑|责编|审核|发布时间|发布日期|发表时间|发表日期|更新时间|发布|时间|日期|点击量|点击数|点击次数|点击|浏览量|浏览次数|浏览数|阅读量|阅读数|阅读次数|访问量|访问次数|访问数|字数|字体大小|字体|字号`;
const META_LINE = new RegExp(`^(?:${META_LABELS})\\s*[:：]`);
/** Where one field of a metadata line ends and the next begins. */
const META_LABEL = new RegExp(`\\s*(?:${META_LABELS})\\s*[:：]`);
/** Where a source's value ends: the next label, or a news item's credits after it (监制:, 编审:, 记者:). */
const SOURCE_VALUE_END = new RegExp(`${META_LABEL.source}|\\s*(?:监制|编审|记者|摄影|摄像|通讯员|出品|制作|策划|校对)\\s*[:：]`);
/** What a site writes for a source it does not know — no source to show the reader. */
const UNKNOWN_ORIGIN = /^(?:不详|未知|佚名|暂无|无)$/;
/** A source's field, its value to the end of the line. */
const SOURCE_FIELD = new RegExp(`^(?:${SOURCE_LABELS})\\s*[:：]\\s*(.+)$`);
/**
 * 来源：县融媒体中心 作者：李四 → 县融媒体中心: the source is the value up to the next label on the line; 来源：不详 is none.
 */
function originOf(metaText: string): string | null {
  const m = metaText.match(SOURCE_FIELD);
  if (!m) return null;
  // (来源:湖北广电融媒体新闻中心监制:郭小容编审:… 记者:…: a news item's credits after its source are not the source.)
  const label = m[1].search(SOURCE_VALUE_END);
  const value = (label >= 0 ? m[1].slice(0, label) : m[1]).trim();
  return value && !UNKNOWN_ORIGIN.test(value) ? value : null;
}
/** One field of a metadata line at the head of the rest: its label, and its value up to a space, a bar or the next label. */
const META_FIELD = new RegExp(`^[\\s|｜]*(?:${META_LABELS})\\s*[:：]\\s*(?:\\d{4}\\s*[-/.年]\\s*\\d{1,2}\\s*[-/.月]\\s*\\d{1,2}(?:\\s*日)?(?:\\s+\\d{1,2}:\\d{2}(?::\\d{2})?)?(?=[\\s|｜]|$)|[^\\s|｜:：，。,；;]*?(?=[\\s|｜]|(?:${META_LABELS})\\s*[:：]|$))`, 'u');
/** A label at the head of the rest, its value not told apart from what follows (责任编辑:孙玥五载砥砺奋进…). */
const META_LABEL_AT_HEAD = new RegExp(`^[\\s|｜]*(?:${META_LABELS})\\s*[:：]\\s*`, 'u');
/** The last field's label a person's name follows (作者:, 责任编辑:). */
const NAME_FIELD = /(?:作者|编辑|责任编辑|责编|审核)\s*[:：]\s*$/u;
/**
 * 日期: 2023-01-05 09:49:22 来源:湖北新闻 1月5日,武汉市第十五届人民代表大会…。来源:…监制:…记者:…: a page copied onto one
 * line — its metadata fields, the article, then its credits — is read as those lines: the fields and the credits are
 * chrome (the metadata rule below), the article is text. Each field's value runs to a space, a bar or the next label; the
 * article starts where no label follows, and must read as prose (a sentence of Chinese), so that a metadata line alone
 * is left whole.
 */
// (…| 责任编辑:孙玥五载砥砺奋进,五载春华秋实。 under the headline 五载砥砺奋进,为…: a name glued to the article's first words
// ends where the article repeats its headline's; with no headline to tell, a name is taken at two characters, the least a
// name is — a third, if it has one, then stays with the article rather than a word of the article being lost.)
export function metadataAndProse(text: string, headline = ''): string[] | null {
  if (!META_LINE.test(text)) return null;
  let at = 0;
  for (let m = text.match(META_FIELD); m && m[0].length > 0; m = text.slice(at).match(META_FIELD)) at += m[0].length;
  const glued = text.slice(at).match(META_LABEL_AT_HEAD);
  if (glued && NAME_FIELD.test(glued[0])) {
    const rest = text.slice(at + glued[0].length);
    const opening = headline.replace(/[，。,：:\s].*$/su, '');
    const repeat = opening.length >= 4 ? rest.indexOf(opening) : -1;
    at += glued[0].length + (repeat >= 2 && repeat <= 4 ? repeat : 2);
  }
  const body = text.slice(at).trim();
  if (!/\p{Script=Han}{12}/u.test(body) || !/[。！？]/u.test(body) || META_LINE.test(body)) return null;
  // (The credits after the article's last sentence: a metadata line of their own.)
  const last = body.search(/[。！？][”」』）)]*(?=[^。！？]*$)/u);
  const tail = last >= 0 ? body.slice(last).replace(/^[。！？][”」』）)]*/u, '') : '';
  const article = tail !== '' && META_LINE.test(tail) ? body.slice(0, body.length - tail.length) : body;
  return [text.slice(0, at).trim(), article, ...(article === body ? [] : [tail])];
}
const META_ANYWHERE = /(?:点击量|浏览次数|阅读量|发布时间|发布日期|发表时间)\s*[:：]/;
/** A publication timestamp alone on a line: 2026-02-03 09:02:33. */
// (02.02.2023  03:21: the day first, as some sites stamp it.)
const TIMESTAMP = /^(?:\d{4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?|\d{1,2}\.\d{1,2}\.\d{4})(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?$/;
/** 2021-07-27 17:29:52: a date with a time of day to the second, as a page stamps when it was posted. */
const POSTED_AT = /\d{4}\s*[-/.]\s*\d{1,2}\s*[-/.]\s*\d{1,2}\s+\d{1,2}:\d{2}:\d{2}/;
/**
 * 公文搜 2021-07-27 17:29:52 政府报告: a short line holding that stamp among a site's name and section, with no sentence
 * in it — no report writes the second it was posted.
 */
function postedLine(l: string): boolean {
  return l.length <= 50 && POSTED_AT.test(l) && !/[，。；！？]/.test(l);
}
/** 联系人:舒工 / 手機:137… / qq:644… / 地址:…: a site's or a seller's contact card, in either script. */
const CONTACT_LINE = /^(?:联系人|聯系人|聯繫人|联系电话|聯系電話|聯繫電話|电话|電話|手机|手機|传真|傳真|电子邮箱|電子郵箱|邮箱|郵箱|E-?mail|QQ|微信|地址|邮编|郵編|邮政编码|郵政編碼)\s*[:：]\s*\S/iu;
const URL = /https?:\/\/|www\.[a-z0-9-]+\.[a-z]/i;
// (本页面是由1个导航区、3个正文区共计4个区域组成，定位到正文区请按Alt+2: a site's guide for screen readers.)
const DISCLAIMER = /本站|本网|本页面是由|区域组成[，,]定位到|版权所有|Copyright|©|ICP备|免责声明|真实性与本站无关|转载请注明|请网友慎重判断|^(?:主办|承办|协办|主管|技术支持|运行维护|网站维护)(?:单位)?\s*[:：]|网站标识码/i;
/** The words of a tool bar inside its brackets: 【字体：大 中 小】 【打印本页】 【关闭窗口】. */
const TOOL_WORDS_ONLY = /^(?:\s|字[体号]|[:：]|加大|减小|还原|默认|[大中小]|打印(?:本页|此页)?|关闭(?:窗口|本页)?|收藏|分享|返回顶部|保存|纠错|下载)*$/;
function isToolbar(line: string): boolean {
  // A character no token below is made of (the first Han character of a sentence, nearly always) is left over
  // whatever is removed: such a line is no tool bar, and is not rewritten twice to see.
  if (NOT_TOOLBAR_CHARACTER.test(line)) return false;
  const rest = line.replace(/[【\[]([^】\]]{0,16})[】\]]/g, (m, inner: string) => (TOOL_WORDS_ONLY.test(inner) ? '' : m));
  return rest.replace(TOOLBAR_TOKENS, '') === '';
}
const TOOLBAR_TOKENS =
  /【?\s*字[号体]\s*[:：]?\s*(?:加大|大)?\s*(?:还原|中)?\s*(?:减小|小)?\s*】?|下载|打印|全屏|收藏|分享到?|关闭窗口|关闭|返回顶部|返回|默认|[【】\[\]|｜\s]/g;
/** A character that neither TOOLBAR_TOKENS nor TOOL_WORDS_ONLY (with its brackets) is made of. */
const NOT_TOOLBAR_CHARACTER = /[^\s【】\[\]|｜字号体:：加大还原中减小下载打印全屏收藏分享到关闭窗口返回顶部默认本页此保存纠错]/;
// (选择语言, 无障碍, 长者模式: a site's switches of language and of reading aids, likewise.)
const NAV_WORDS = /首页|登录|注册|移动版|手机版|申请|资讯|新闻|导航|网站|当前位置|您的位置|栏目|频道|English|搜索|选择语言|切换语言|无障碍|长者(?:模式|助手|版)/;
// (今日特推：…, 推荐阅读, 延伸阅读: a site's pointers to other pages, likewise.)
const PREV_NEXT = /^(?:上一篇|下一篇|相关(?:新闻|文章|阅读|链接|推荐|报道|文档|专题|视频|图集)|分享到|扫一扫|打印本页|关闭本页|今日(?:特推|推荐|热点)|推荐阅读|热点推荐|热门(?:推荐|文章|阅读)|延伸阅读|猜你喜欢)/;
/** 》》点击图片进入专题《《: a prompt to follow a link. */
// (点击关闭详细目录信息: one that folds a box away, likewise.)
// (加入Vip免费下载 立即下载: a document site's buttons to download it, likewise.)
// (请点击下方地名展开, …卫星地图载入中，请您稍候...: a map widget's prompts, likewise.)
// (共找到10条词条名为花园镇的结果展开: an encyclopedia's note of the entries of the same name.)
const LINK_PROMPT = /^共找到\d+条(?:词条|结果)[^。，]{0,24}$|^[》>《<\s]*(?:点击|点此|请点击)(?:图片|这里|此处|链接|下方|上方)?(?:[^。，\s]{1,6}?)?(?:进入|查看|查阅|阅读|浏览|关闭|展开|收起)(?:更多)?[^。，]{0,16}[《<》>\s]*$|^[^。，]{0,20}(?:载入中|加载中|正在加载)[，,]?\s*请(?:您)?稍(?:候|等)[.…。]*$|^(?:加入\s*[Vv][Ii][Pp]\s*)?(?:[Vv][Ii][Pp])?(?:免费|立即)?下载(?:文档|全文|此文档)?(?:\s+(?:免费|立即)?下载)*$/u;
/**
 * The rest of a breadcrumb on a line of its own (> 政府工作报告 > 政府工作报告, 政务公开 › 规划计划): names of sections
 * joined by arrows, nothing else — no sentence, no figure.
 */
const BREADCRUMB_TRAIL = /^(?:[>»›][\s\u00A0\u3000]*)?(?:[\p{Script=Han}\s\u00A0\u3000]{1,16}[>»›][\s\u00A0\u3000]*)+[\p{Script=Han}\s\u00A0\u3000]{1,16}$/u;
/**
 * The last step of a breadcrumb where it names the page as a document or article does — a year or a document's word in
 * ten characters or more (敦化市2023年经济社会发展回眸) —, not a section (政府工作报告, 正文).
 */
function pageTitleOfTrail(line: string): string | null {
  const last = foldWidth(line.split(/[>»›]/u).pop() ?? '').replace(/[\s\u00A0\u3000]+/gu, ' ').trim();
  if (last.length < 10 || last.length > 60 || !/\p{Script=Han}{4}/u.test(last) || /正文|详情|内容|列表|首页|栏目/u.test(last)) return null;
  return /\d{4}年|报告|公报|回眸|回顾|总结|综述|纪实|要点|计划|预算|决算/u.test(last) ? last : null;
}
/** A line of symbols only (× | >): a close button or a separator of a tool bar. */
const SYMBOLS_ONLY = /^[×✕|｜>»›<«‹·•\-—_=*#\s]+$/;
const DOC_KIND_WORD = /报告|纲要|方案|规划|意见|通知|决定|公报|讲话|纪要|计划|条例|办法/;
/**
 * 九寨沟县情概况, 新疆昌吉州奇台县西地镇概况, 2022年度工作总结: a page's title naming a place or a year and what the page is
 * — never a menu's entry, whose words are short (县情概况, 工作总结).
 */
// (经信科技工作总结: a work summary's title names its kind without a year or a place.)
const PROFILE_OR_SUMMARY_TITLE = /^(?=.{6,30}$)(?:(?=.*(?:\d{4}年|\p{Script=Han}[省市县区旗镇乡州盟]|街道)).*(?:概况|简介|总结(?:(?:及|和|与)(?:下半年|明年)?(?:工作)?(?:打算|思路|计划|安排))?)|\p{Script=Han}{2,24}工作总结)$/u;
const SENTENCE_PUNCT = /[，。；：！？、“”《》,.;:!?]/;
const TERMINAL = /[。！？…；]['"”’」』）)]*$/;
/** Ends a sentence, and so may end a paragraph of a wrapped column. */
const SENTENCE_END = /[。！？…]['"”’」』）)]*$/;
const HEADING_START = new RegExp(String.raw`^(?:[一二三四五六七八九十]+${PART_NUMBER_MARK}|[（(][一二三四五六七八九十]+[）)]|[（(]\d{1,2}[）)]|\d{1,2}[.．、](?!\d)|[①-⑳])`, 'u');

/**
 * A field of a crawler's or collector's header: a label of its own vocabulary, a colon, a value. Report text never
 * opens a line this way (its colons follow 各位代表 or a topic, not these labels).
 */
// (•中文名：2010年鹰潭市人民政府工作报告, •档案类型：工作报告: an encyclopedia page's infobox, its bullets kept, likewise.)
// (• 信息索引号: / • 发文字号: / • 成文日期: — a government site's disclosure box, each value on the line after: likewise.)
const COLLECTOR_FIELD = /^(?:[•·]\s*)?(标题|题目|文章标题|年份|年度|发文单位|发文机关|发布单位|发文时间|发文日期|成文日期|报告人|报告单位|来源URL|来源网址|来源链接|原文链接|原文地址|网址|链接|地区|省份|城市|中文名|外文名|档案类型|发布年份|信息索引号|索引号|文件名称|发文字号|文号|公开方式|公开范围|主题分类|组配分类|体裁分类|发布机构|发布部门|所属机构|有效性|效力状态|时效性|生成日期|名称)\s*[:：]\s*(.*)$/i;
/**
 * - 单位:北京市昌平区 / - 性质:工作报告 under - 中文名:…: an encyclopedia box set as a list, its fields dropped likewise —
 * its name of the document stays, for the title.
 */
/** A field's label at a line's head, its characters set apart by spaces (索 引 号:, 文    号:). */
const SPACED_LABEL = /^[•·]?\s*\p{Script=Han}(?:[ \u3000]*\p{Script=Han}){1,5}(?=\s*[:：])/u;
const LIST_BOX_FIELD = /^-\s+(单位|性质|类型)\s*[:：]\s*(.*)$/u;
/** [ 索引号 ] | 1150…/2021-00001 | [ 发文字号 ] | |: a government disclosure page's box of fields, written as a table row. */
const DISCLOSURE_ROW = /^\[\s*(索引号|发文字号|主题分类|体裁分类|发布机构|成文日期|发布日期|生成日期|公开方式|公开范围|有效性|文号)\s*\]\s*\|\s*([^|［\[]*)/u;

interface ChromeRule {
  name: string;
  test: (line: string) => boolean;
}

/** A document-sharing site's card for a file: its id, size, pages, format, downloads. */
const FILE_CARD_LABEL = '(?:ID|文档ID|文档编号|大小|文件大小|页数|格式|文档格式|下载次数|浏览次数|阅读次数|上传时间|上传者|上传人|贡献者|所需积分|下载积分)';
const FILE_CARD = new RegExp(`^${FILE_CARD_LABEL}\\s*[:：]\\s*[^，。；！？]{0,20}$|^(?:${FILE_CARD_LABEL}\\s*[:：]\\s*[^\\s，。；！？]{1,20}\\s*){2,}$`, 'iu');
/** A shared document's page images, each named by the file and its page (…工作进展情况汇报_第1页), and its tool bar (返回 下载 相关 举报). */
const PAGE_IMAGE_NAME = /^\S.{1,60}_第\d{1,3}页$/u;
const COMMENT_BOX = /^(?:评论一下|最热评论|最新评论|热门评论|发表评论|我要评论|网友评论|查看全部评论)$|^(?:评论\s*)?\d+\s*人参与\s*[，,]\s*\d+\s*条评论$|^(?:已有)?\d+\s*人参与\s*[，,]\s*点击查看更多精彩评论$|^(?:还)?没有评论[，,]?\s*快来抢沙发吧?[!！]?$|^共有?\d+条评论$|^共\d+个回答$/u;
/** A page's note of how long it takes to read (共计3269个字,预计阅读时长11分钟。), on a short line of the page's bar. */
const READING_TIME = /^.{0,40}预计阅读(?:时长|时间)约?\d+分钟[。.]?$/u;
const FILE_TOOL_BAR = /^(?:返回|下载|相关|举报|分享|收藏|打印|关闭|全屏)(?:\s+(?:返回|下载|相关|举报|分享|收藏|打印|关闭|全屏)){2,}$/u;
/** A shared document's file name on a line of its own (…工作总结和下半年工作思路.docx): the page's title, its extension aside. */
const FILE_NAME_LINE = /^(\S.{4,80}?)\.(?:docx?|pdf|wps|txt)$/iu;
const CHROME_RULES: ChromeRule[] = [
  { name: 'page marker', test: (l) => l.replace(PAGE_MARKER, '').trim() === '' },
  { name: 'web page metadata (source, time, clicks)', test: (l) => META_LINE.test(l) || (META_ANYWHERE.test(l) && l.length < 120) || TIMESTAMP.test(l) || postedLine(l) },
  { name: 'web address', test: (l) => l.length < 120 && URL.test(l) },
  { name: "a site's contact details (contact, phone, QQ, address)", test: (l) => l.length < 80 && CONTACT_LINE.test(l) && !/[，。；]/u.test(l) },
  { name: 'site disclaimer or copyright', test: (l) => l.length < 120 && DISCLAIMER.test(l) },
  { name: 'page tool bar (print, font size, share)', test: isToolbar },
  { name: 'related-links navigation', test: (l) => (l.length < 80 && PREV_NEXT.test(l)) || LINK_PROMPT.test(l) },
  { name: 'page tool bar (print, font size, share)', test: (l) => SYMBOLS_ONLY.test(l) && !/[—-]{2}.*\d/.test(l) },
  // (您当前的位置： > >: the trail's links lost, its words and marks left.)
  // (ID:2233249 / 大小:17.12KB / 页数:11页 / 格式:DOCX: a document-sharing site's card for the file it offers.)
  // (上传人:郭** 文档编号:115925746 上传时间:2019-11-15 格式:DOC 页数:13: the same card on one line.)
  { name: "a document-sharing site's file card (size, pages, format)", test: (l) => FILE_CARD.test(l) },
  { name: "a document-sharing site's page images and tool bar (…_第1页, 返回 下载 相关 举报)", test: (l) => PAGE_IMAGE_NAME.test(l) || FILE_TOOL_BAR.test(l) },
  // (评论 0人参与,0条评论 / 还没有评论,快来抢沙发吧! / 最新评论 / 共1个回答: a page's comment or answer box, its counters no
  // figure of the text.)
  { name: 'comment box', test: (l) => COMMENT_BOX.test(l.trim()) },
  { name: "a page's reading time", test: (l) => READING_TIME.test(l.trim()) },
  { name: 'breadcrumb navigation', test: (l) => /^(?:当前位置|您的位置|您现在的位置|您当前的位置|您当前所在位置|所在位置)\s*[:：]/.test(l) || (l.length < 80 && /首页\s*[>»›]/.test(l)) || BREADCRUMB_TRAIL.test(l) },
];

/** A short, unpunctuated line at the top of a web page: a menu item. */
function isMenuLike(line: string): boolean {
  const compact = line.replace(/\s+/g, '');
  if (compact.length === 0 || compact.length > 16) return false;
  if (SENTENCE_PUNCT.test(line) || DOC_KIND_WORD.test(compact) || HEADING_START.test(line) || PROFILE_OR_SUMMARY_TITLE.test(compact)) return false;
  // 政 府 工 作 报 告 / 海拉尔区人民政府区长　杜联合: a report's own front matter is never a site menu.
  // (阿拉善盟统计局 / (2021年3月9日) over a bulletin's text: the office that issued it, and when, are its own too.)
  return !isFrontMatterLine(foldWidth(line)) && !STATISTICS_ISSUER.test(compact);
}


/** A paragraph of some length whose every letter and digit opens the next, longer one. */
const TEASER_MIN = 30;
const TEASER_OPENING = 12;
// (Asked of every line a broken paragraph joins, the whole so far: the openings are compared first, so that a paragraph
// of many lines is not folded again at each one.)
function isTeaserOf(paragraph: string, next: string): boolean {
  if (!compareKey(next.slice(0, 2 * TEASER_OPENING)).startsWith(compareKey(paragraph.slice(0, TEASER_OPENING)))) return false;
  const a = compareKey(paragraph);
  const b = compareKey(next);
  return a.length >= TEASER_MIN && b.length > a.length && b.startsWith(a);
}

/** Decoded text → its lines, repaired (repair.ts): what the document split and normalize read. */
export function readLines(text: string, file: string): { lines: Line[]; dropped: DroppedLine[] } {
  const repaired = repairText(text, file);
  const split: Line[] = repaired.text.split(/\r\n|\r|\n/).map((t, i) => ({ no: i + 1, text: t }));
  const fixed = repairLines(split, file);
  return { lines: fixed.lines, dropped: [...repaired.dropped, ...fixed.dropped] };
}

export function normalize(text: string, file: string): NormalizedText {
  const { lines, dropped } = readLines(text, file);
  return normalizeLines(lines, file, dropped);
}

/** One document's lines (line numbers of the file) → paragraphs; `dropped` holds what the repairs already removed. */
export function normalizeLines(lines: Line[], file: string, dropped: DroppedLine[] = []): NormalizedText {
  dropped = [...dropped];
  const hints: TextHints = { frontMatter: [] };
  const drop = (line: Line, rule: string) => dropped.push({ file, line: line.no, text: line.text, rule });
  // The page's title at the end of its breadcrumb, where the page has no headline of its own (below).
  let crumbTitle: string | null = null;

  // A table typed with tabs (序号⇥任务⇥落实情况): its cells stay apart, the tab between them kept (see cellsKept); a line
  // that opens with a tab right after a row is the row's next cell, written on a line of its own — also after a row's
  // number or 序号 alone on its line, where each cell stands on a line of its own (an empty cell too).
  // (Where the text is spaced out — a blank line, or two, after every line —, the blank lines before such a cell are the
  // spacing.)
  const spacing = lineSpacing(lines);
  const all: Line[] = [];
  for (const l of lines) {
    // (Digits are read at one width from here on — ５６６．７９ and （１） as 566.79 and （1）, as the paragraphs hold them:
    // a table's cells, a task's number and a heading's are then told apart whatever width the text was typed in.)
    // (一、⇥2025年工作回顾: a tab after a heading's number, with no other tab in the line, is how a word processor set its
    // automatic numbering — the number's own space, not a table's cell.)
    const text = foldDigits(l.text).replace(/^[\s\u3000\u00A0]+|[\s\u3000\u00A0]+$/g, '').replace(NUMBER_THEN_TAB, '$1');
    // (A page's metadata, article and credits on one line: read as the lines they are, each under the line's number.)
    const parts = metadataAndProse(text, lastNonBlank(all)?.text);
    if (parts) {
      for (const part of parts) all.push({ no: l.no, text: part });
      continue;
    }
    let gap = 0;
    while (gap < spacing && all.length > gap + 1 && all[all.length - 1 - gap]!.text === '') gap++;
    if (gap < spacing) gap = 0;
    const prev = all[all.length - 1 - gap];
    if (/^[ \u3000\u00A0]*\t/.test(l.text) && prev && (TABLE_ROW.test(prev.text) || (text !== '' && ROW_START.test(prev.text)))) {
      prev.text = `${prev.text}\t${text}`;
      all.splice(all.length - gap, gap);
      continue;
    }
    all.push({ no: l.no, text, ...(text !== '' && /^(?: {2}|\u3000|\u00A0{2})/u.test(l.text) ? { indented: true } : {}) });
  }

  // 1. Line-level chrome anywhere in the file.
  const kept: Line[] = [];
  for (let i = 0; i < all.length; i++) {
    const line = all[i];
    if (line.text === '') {
      kept.push(line);
      continue;
    }
    // A tool bar a page spread over several lines: 【字体： / 大 / 中 / 小 / 】.
    const group = toolbarGroup(all, i);
    if (group) {
      for (const l of group) if (l.text !== '') drop(l, 'page tool bar (print, font size, share)');
      i += group.length - 1;
      continue;
    }
    // (• 发布机构: alone — a box's label whose value stands on the next line —: a bulleted label is never report text.)
    // (索 引 号:…: a label spaced out to the width of the box's other labels is the same label.)
    const labelled = line.text.replace(SPACED_LABEL, (m) => m.replace(/[ \u3000]/gu, ''));
    const header = labelled.match(COLLECTOR_FIELD) ?? line.text.match(LIST_BOX_FIELD) ?? line.text.match(DISCLOSURE_ROW) ?? line.text.match(/^[•·]\s*(\p{Script=Han}{2,6})\s*[:：]\s*()$/u);
    // (A box's line that holds the page's date too — 索 引 号: … 发布日期: 2024-04-02 — is its metadata line, below.)
    if (header && line.text.length <= 200 && !META_ANYWHERE.test(line.text)) {
      (hints.collector ??= {})[header[1]] = header[2].trim();
      // (名称: 琼中黎族苗族自治县2023年…计划草案的报告 文号:: a disclosure box names the document it files — the page's
      // headline, up to the box's next label.)
      const named = header[1] === '名称' ? header[2].replace(/^[\s|｜]+/u, '').replace(/\s*(?:[|｜]|(?:文\s*号|发文字号|主\s*题\s*词|索\s*引\s*号|主题分类|发布日期|成文日期|生效日期|发文机关)\s*[:：]).*$/u, '').trim() : '';
      if (named.length >= 6 && /\p{Script=Han}{4}/u.test(named) && !hints.headline) hints.headline = foldWidth(named);
      drop(line, 'collector header (标题, 年份, 发文单位, 报告人 …)');
      continue;
    }
    // (庄桥街道2021年上半年工作总结和下半年工作思路.docx: a shared file's name on a line of its own is the page's title.)
    const fileName = line.text.trim().match(FILE_NAME_LINE);
    // (Only at the page's head: 1．附件：名词解释.doc in the body links a report's attachment.)
    if (fileName && /\p{Script=Han}{4}/u.test(fileName[1]) && !/[，。；！？]/u.test(fileName[1]) && !/^(?:\d{1,2}|[一二三四五六七八九十]{1,3})[．.、]|附件/u.test(fileName[1]) && all.slice(0, i).filter((l) => l.text.trim() !== '').length < 6) {
      hints.headline ??= foldWidth(fileName[1]);
      drop(line, "a shared document's file name (its title)");
      continue;
    }
    // (民族乡工作进展情况汇报 / 上传人:… 文档编号:… 格式:DOC: the line right above a shared document's file card, at the
    // page's head, is the document's name — its title.)
    const nextLine = all.slice(i + 1).find((l) => l.text.trim() !== '');
    const named = line.text.trim();
    if (nextLine && FILE_CARD.test(nextLine.text.trim()) && /\p{Script=Han}{4}/u.test(named) && named.length <= 60 && !/[，。；！？:：]/u.test(named) && all.slice(0, i).filter((l) => l.text.trim() !== '').length < 6) {
      hints.headline ??= foldWidth(named);
      drop(line, "a shared document's name above its file card (its title)");
      continue;
    }
    // (2021年12月15日 / 在安岳县第十七届人民代表大会第一次会议上: a date alone next to an undated delivery line is the
    // delivery's date, not the page's.)
    const rule = deliveryDateBeside(all, i) ? undefined : CHROME_RULES.find((r) => r.test(line.text));
    if (rule) {
      if (rule.name.startsWith('web page metadata')) {
        // A label whose value stands on the next line (来源： / 宁夏日报客户端): both lines are the metadata.
        let metaText = line.text;
        let valueLine: Line | null = null;
        let valueIdx = i;
        if (line.text.replace(META_LINE, '').trim() === '' && META_LINE.test(line.text)) {
          const j = nextNonBlank(all, i);
          if (j !== null && isLabelValue(all[j].text)) {
            valueLine = all[j];
            valueIdx = j;
            metaText = `${line.text}${valueLine.text}`;
          }
        }
        captureDate(metaText, hints);
        const origin = originOf(metaText);
        if (origin && !hints.origin) hints.origin = origin;
        // The headline of a web article stands right above its metadata line (a report's delivery line does not).
        const prev = lastNonBlank(kept);
        if (
          // (Not a number alone — 146870, a forum's points above its post line.)
          prev && !hints.headline && !TERMINAL.test(prev.text) && !HEADING_START.test(prev.text) && prev.text.length <= 80 && /\p{Script=Han}{2}/u.test(prev.text) &&
          prev.text.length >= 6 && !isFrontMatterLine(foldWidth(prev.text)) && !TIMESTAMP.test(prev.text) && !ISSUER_LINE.test(foldWidth(prev.text)) &&
          // The second half of a wrapped delivery line is no headline either, nor a site's category tag wholly in brackets
          // ([可行性研究报告 - 政府工作报告]).
          !/会议上[)）]?$/.test(prev.text) && !/^[\[【［][^\]】］]*[\]】］]$/u.test(prev.text.trim()) &&
          // (• 长辈版| : an item of the site's menu, above a metadata line the menu's removal has not reached yet.)
          !/[|｜]\s*$/u.test(prev.text) && (prev.text.match(/[|｜]/gu) ?? []).length < 2
        ) {
          hints.headline = foldWidth(prev.text);
          kept.splice(kept.indexOf(prev), 1);
        }
        if (valueLine) {
          drop(line, rule.name);
          drop(valueLine, rule.name);
          i = valueIdx;
          continue;
        }
      }
      if (rule.name === 'breadcrumb navigation') crumbTitle ??= pageTitleOfTrail(line.text);
      drop(line, rule.name);
      continue;
    }
    kept.push(line);
  }

  // 2. A site menu above the body: a run of short unpunctuated lines at the very top.
  const firstIdx = kept.findIndex((l) => l.text !== '');
  let menuEnd = firstIdx;
  // (新疆昌吉州奇台县西地镇概况 / [移动版]: the page's title among the menu's lines stays, and the menu goes on past it.)
  const pageTitle = (l: Line) => PROFILE_OR_SUMMARY_TITLE.test(l.text.replace(/\s+/g, ''));
  while (menuEnd >= 0 && menuEnd < kept.length && (kept[menuEnd].text === '' || isMenuLike(kept[menuEnd].text) || pageTitle(kept[menuEnd]))) menuEnd++;
  const run = kept.slice(Math.max(firstIdx, 0), Math.max(menuEnd, 0));
  const menu = run.filter((l) => l.text !== '' && !pageTitle(l));
  // (One line alone above a report's title — 种豆资源网 — is the page's header: step 2b.)
  const menuConfirmed = menu.length >= 2 || menu.some((l) => NAV_WORDS.test(l.text));
  if (menuConfirmed) {
    for (const l of menu) drop(l, 'site menu above the body');
    kept.splice(firstIdx, menuEnd - firstIdx, ...run.filter(pageTitle));
  }

  // 2a. A table of contents above the body (一、2024年工作回顾 / 二、… / （一）… / 三、…, then the title and the report):
  // the page's navigation, not parts of the report — each heading stands again where its part opens.
  contentsAboveBody(kept, drop);

  // 2b. A page's header above the report's title: a tool bar, log-in links, a newspaper's page line, a forum post's
  // header — the short lines above the first title or delivery line.
  headerAboveTitle(kept, drop);

  // 2c. A licence notice below the body (本作品是…的法律、法规…属于公有领域。… Public domain): what a library's page says
  // of the work's rights, not the work.
  licenceBelow(kept, drop);

  // 2d. A table written a cell a line (指标 / 单位 / 绝对数 / 增长% / 粮食 / 万吨 / 120.5 / 3.2 …): its rows rebuilt, cells
  // apart by tabs, so that no cell is read as a heading.
  rebuildCellTables(kept);

  // 2e. A table of tasks and who answers for them (工作目标与主要任务 / 责任单位 / 责任人) whose cells ran into lines: the
  // columns after the tasks close each block of tasks, and stay with it as a row — they head nothing below them.
  keepResponsibilityCells(kept);

  // 3. Front matter of a formal report: its title, the 〈——在…大会上〉 line and the speaker, at the top — or right under
  // the notice that sends the report out, which stays the text's opening.
  const notice = noticeAbove(kept);
  const below = kept.splice(notice);
  takeFrontMatter(below, hints);
  // (The lines taken from below a page's chrome stood in its column: the layout is read with them.)
  const belowChrome = frontMatterAboveGreeting(below, hints);
  kept.push(...below);

  // 4. Paragraphs: join wrapped lines where the layout is a newspaper column.
  const layout = detectLayout([...kept, ...belowChrome]);
  const rawParagraphs = layout === 'wrapped' ? joinWrapped(kept, belowChrome) : joinBrokenLines(kept, spacing);

  const paragraphs: string[] = [];
  for (const lines of rawParagraphs) {
    let joined = lines.map((l) => l.text).join('');
    joined = joined.replace(PAGE_MARKER, (m) => {
      dropped.push({ file, line: lines[0].no, text: m, rule: 'page marker' });
      return '';
    });
    const folded = cellsKept(joined);
    if (folded === '') continue;
    // (德州新闻网讯…今年1至3月，…完成地方财政 / 德州新闻网讯…今年1至3月，…完成地方财政支出48.3亿元…: a page's teaser, the
    // opening of the next paragraph cut short, says nothing the next does not: it is dropped, its words kept there.)
    const previous = paragraphs[paragraphs.length - 1];
    if (previous !== undefined && isTeaserOf(previous, folded)) {
      dropped.push({ file, line: lines[0].no, text: paragraphs.pop()!, rule: 'teaser: the opening of the next paragraph, cut short' });
    }
    paragraphs.push(folded);
  }
  // (首页 > 新闻 > 经济 > 跨越赶超 逐梦前行 ——敦化市2023年经济社会发展回眸: a page whose title stands only at the end of its
  // trail is titled there — its year and what it is said nowhere else.)
  if (!hints.headline && crumbTitle && hints.frontMatter.length === 0) hints.headline = crumbTitle;
  dropped.sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
  return { file, layout, paragraphs, dropped, hints };
}

/** A statement about the text as a work ("this work …"): no report speaks of itself so. */
const NOTICE_START = /^(?:本作品|此作品|本文(?:档|章)?(?:在|属于|采用|依照|依据|根据|遵循)|本页面)/u;
/** Words of a work's rights: its status or licence. */
const LICENCE_WORDS = /公有领域|Public\s*domain|著作权|版权|许可协议|知识共享|Creative\s*Commons|CC[\s-]BY/iu;
/** How far from the end a licence notice may start: a page's last lines, not a report's. */
const NOTICE_TAIL_LINES = 40;

/**
 * A licence notice at the end of a page: from a line that speaks of the text as a work (本作品是…) to the end, when
 * those last lines say what rights the work has (公有领域, 著作权, Public domain). Dropped whole, each line logged.
 */
function licenceBelow(lines: Line[], drop: (line: Line, rule: string) => void): void {
  const filled = lines.map((l, i) => (l.text === '' ? -1 : i)).filter((i) => i >= 0);
  const tail = filled.slice(-NOTICE_TAIL_LINES);
  const start = tail.find((i) => NOTICE_START.test(lines[i]!.text));
  if (start === undefined) return;
  const notice = lines.slice(start);
  if (!notice.some((l) => LICENCE_WORDS.test(l.text))) return;
  for (const l of notice) if (l.text !== '') drop(l, 'licence notice below the body');
  lines.splice(start);
}

/**
 * Paragraphs of a text written a paragraph a line: each line is one, except a line of prose — a sentence's end inside it —
 * that stops inside a word or a clause (持续优 / 化完善…, 扎实推进。推动 / 区域全面经济伙伴关系 / （RCEP）生效…), which goes on
 * on the next line when that line follows right under it and opens no heading.
 */
function joinBrokenLines(lines: Line[], spacing = 0): Line[][] {
  const out: Line[][] = [];
  // The paragraph being read, and its text so far (null after a blank line: a paragraph ends there — in a spaced-out text,
  // after more blank lines than the spacing).
  let text: string | null = null;
  let blanks = 0;
  for (const line of lines) {
    if (line.text === '') {
      blanks++;
      if (blanks > spacing) text = null;
      continue;
    }
    blanks = 0;
    const current = out[out.length - 1];
    // (A line that opens with what the paragraph so far says — its teaser cut short, then the whole — starts afresh.)
    if (text !== null && current && stopsMidClause(text) && !HEADING_START.test(line.text) && !TABLE_ROW.test(line.text) && !TABLE_ROW.test(current[current.length - 1]!.text) && !/^(?:——|各位代表)/u.test(line.text) && !isTeaserOf(text, line.text)) {
      current.push(line);
      text += line.text;
    } else {
      out.push([line]);
      text = line.text;
    }
  }
  return out;
}

/** A cell that holds a number (255.00, -3.4, 8.5%) or a placeholder for none (--, —). */
const NUMBER_CELL = /^(?:[-+]?\d[\d.,]*\s*(?:[%‰％]|倍)?|[-—–]{1,2}|…)$/u;
/** A cell of a table written a cell a line: short, no sentence in it. */
const SHORT_CELL = /^[^，。；！？,;!?]{1,20}$/u;
/** A table's title: a year or a table's number in it (2011年主要农产品产量, 价格变动情况（表1）). */
const TABLE_TITLE = /\d{4}年|表\s*\d|[（(]表/u;
/** How many cells at least, and what share of them numbers, make a run of short lines a table. */
const CELL_TABLE_MIN = 12;
const CELL_TABLE_NUMBERS = 0.3;

/**
 * A table a page or a PDF wrote a cell a line (a statistical bulletin's 指标 / 单位 / 绝对数 / 增长%, then 粮食 / 万吨 /
 * 120.5 / 3.2 …): a run of short lines, a good share of them numbers. Each row starts at a cell of words that follows a
 * number; the cells of words before the first number are the header. Rows are written back as one line each, cells apart
 * by tabs, on the line of their first cell — every cell kept, none read as a heading.
 */
function rebuildCellTables(lines: Line[]): void {
  // (1.食品 / 8.2: a numbered label right above a number is a row's first cell, no heading.)
  const nextText = (k: number) => {
    let n = k + 1;
    while (n < lines.length && lines[n]!.text === '') n++;
    return lines[n]?.text.trim() ?? '';
  };
  const isNumber = (k: number) => NUMBER_CELL.test(lines[k]!.text.trim());
  const isTitle = (k: number) => TABLE_TITLE.test(lines[k]!.text);
  // (全部规模工业产值（亿元，下同）: what a bracket says aside.)
  const short = (k: number) => lines[k]!.text.length <= 24 && SHORT_CELL.test(lines[k]!.text.replace(/[（(][^）)]*[）)]/gu, ''));
  const isCell = (k: number) => short(k) && (!HEADING_START.test(lines[k]!.text) || NUMBER_CELL.test(nextText(k)));
  let i = 0;
  while (i < lines.length) {
    if (lines[i]!.text === '' || !isCell(i)) {
      i++;
      continue;
    }
    // The run: short lines, blank lines between them allowed.
    let j = i;
    const cells: number[] = [];
    // (Inside a table, 1.主要农产品 over its rows is a caption of the rows, a cell too.)
    // (A table's title, 2004年价格变动情况（表1）, or a label, 附表：, opens another table: the run ends before it.)
    while (j < lines.length && (lines[j]!.text === '' || isCell(j) || (cells.length >= 4 && short(j)))) {
      if (cells.length > 0 && lines[j]!.text !== '' && (isTitle(j) || /[：:]$/u.test(lines[j]!.text)) && !isNumber(j)) break;
      if (lines[j]!.text !== '') cells.push(j);
      j++;
    }
    const numbers = cells.filter(isNumber).length;
    if (cells.length < CELL_TABLE_MIN || numbers < cells.length * CELL_TABLE_NUMBERS) {
      i = Math.max(j, i + 1);
      continue;
    }
    const rows: number[][] = [];
    let previousNumber = false;
    for (const k of cells) {
      const number = isNumber(k);
      if (rows.length === 0 || (!number && previousNumber)) rows.push([k]);
      else rows[rows.length - 1]!.push(k);
      previousNumber = number;
    }
    // (产品名称 / 计量单位 / 绝对数 / 比上年±% / 成品钢材 / 万吨 / 566.79 …: the header's cells, then the first row's words —
    // as many as the other rows open with.)
    const words = (row: number[]) => row.findIndex(isNumber);
    const usual = rows.slice(1).map(words).sort((a, b) => a - b)[Math.floor((rows.length - 1) / 2)] ?? 0;
    if (rows.length > 2 && usual > 0 && words(rows[0]!) > usual) rows.splice(0, 1, rows[0]!.slice(0, words(rows[0]!) - usual), rows[0]!.slice(words(rows[0]!) - usual));
    // (2011年主要农产品产量 / 农产品名称 / 计量单位 / …: a title above the header, a cell more than the rows have, stays a
    // line of its own.)
    // (附表： / 2004年价格变动情况（表1） / 指标 / 上涨%: the lines up to the title, each its own.)
    const title = rows.length > 2 && words(rows[0]!) < 0 ? rows[0]!.findLastIndex(isTitle) : -1;
    if (title >= 0 && title < rows[0]!.length - 1) rows.splice(0, 1, ...rows[0]!.slice(0, title + 1).map((k) => [k]), rows[0]!.slice(title + 1));
    // (指标 / 计量单位 / … / 1.主要农产品: a numbered caption at the header's end is a line of its own.)
    const header = rows.findIndex((row) => row.length > 1 && words(row) < 0);
    const caption = header >= 0 ? rows[header]!.findIndex((k) => HEADING_START.test(lines[k]!.text)) : -1;
    if (caption > 0) rows.splice(header, 1, rows[header]!.slice(0, caption), ...rows[header]!.slice(caption).map((k) => [k]));
    // (1.主要农产品 / 粮食 / 万吨 / 89.2: words more than a row opens with are a caption of the rows below, a line of its own.)
    for (let r = rows.length - 1; r >= 1; r--) {
      const extra = words(rows[r]!) - usual;
      if (usual > 0 && extra > 0) rows.splice(r, 1, rows[r]!.slice(0, extra), rows[r]!.slice(extra));
    }
    for (const row of rows) {
      lines[row[0]!] = { no: lines[row[0]!]!.no, text: row.map((k) => lines[k]!.text.trim()).join('\t') };
      for (const k of row.slice(1)) lines[k] = { no: lines[k]!.no, text: '' };
    }
    i = Math.max(j, i + 1);
  }
}

/** Names of the columns that say who answers for a task, or when (责任单位, 牵头单位, 责任人, 分管领导, 完成时限). */
const ANSWERS_FOR = /责任单位|牵头单位|主办单位|承办单位|责任部门|牵头部门|配合单位|协办单位|责任领导|分管领导|责任人|完成时限|完成时间|时间节点/gu;
const ANSWERS_FOR_ONE = new RegExp(ANSWERS_FOR.source, 'u');
/** A short line of a name: no sentence mark, no heading number (what a bracket says aside: 各县（市、区）人民政府). */
const NAME_CELL = /^[^，。；！？、,;!?：:\d]{2,20}$/u;
const nameCell = (text: string) => NAME_CELL.test(text.replace(/[（(][^）)]{0,12}[）)]/gu, '（）'));
/** The line after a block of tasks: the next block's first item (1、), or the next part (二、). */
const BLOCK_START = /^(?:1[、.．](?!\d)|[一二三四五六七八九十]+、)/u;
/** A numbered item that names a task without a sentence's end (1、抓好农村电网升级改造): a row's first cell. */
const TASK_CELL = /^\d{1,2}[、.．](?!\d)[^。；！？]{2,40}$/u;

/**
 * A table of tasks and who answers for them whose cells ran into lines. Where a header names such columns (工作目标与主要任务 /
 * 责任单位 / 责任人; 实事名称 / 分管领导 / 主办单位 / 协办单位), the cells after it are put back in rows, cells apart by tabs:
 * a block of numbered tasks closed by its unit and the person who answers for it (…资金3亿元以上。 / 发改局 / 李维员 / 1、…) —
 * read as lines, the unit and the person would head the next block, the wrong one —, or a task named in a line of its own
 * followed by a cell for each other column (1、抓好农村电网升级改造 / 陈秋彦 / 韶关供电局 / 各县（市、区）人民政府).
 */
function keepResponsibilityCells(lines: Line[]): void {
  const filled = lines.map((l, i) => (l.text === '' ? -1 : i)).filter((i) => i >= 0);
  const text = (f: number) => lines[filled[f]!]!.text;
  /** The header starting at f: how many columns it names (the task's, and two more at least), and where it ends. */
  const headerAt = (f: number): { columns: number; end: number } | null => {
    // (A line already of cells, 序号⇥民生事项⇥完成情况⇥牵头单位, is a table typed with tabs: read as such, not here.)
    const header = (g: number) => g < filled.length && text(g).length <= 24 && !/[。；！？\t]/u.test(text(g));
    const named = (to: number) => filled.slice(f, to).map((k) => lines[k]!.text.replace(/\s+/gu, '')).join('').match(ANSWERS_FOR)?.length ?? 0;
    // (A header starts where its columns are named: within its first three lines — 工作目标与主要任务 / 责任 / 单位.)
    // (Not at a part's numbered title above it, 六、8件实事, nor at a date, （2007年3月30日）: the header starts at the line before
    // the one its first column's name starts on — the tasks' column, 工作目标与主要任务.)
    if (named(Math.min(f + 3, filled.length)) === 0 || !header(f) || HEADING_START.test(text(f))) return null;
    const joined = filled.slice(f, f + 3).map((k) => lines[k]!.text.replace(/\s+/gu, ''));
    const firstName = joined.join('').search(ANSWERS_FOR_ONE);
    let line = 0;
    for (let at = joined[0]!.length; at <= firstName; at += joined[line]!.length) line++;
    if (line !== 1) return null;
    let g = f;
    while (g < f + 8 && header(g)) g++;
    // (Up to the last line that names a column: 责任 / 单位 / 责任人 names two, 实事名称 / 分管领导 / 主办单位 / 协办单位 three.)
    while (g > f && named(g - 1) === named(g)) g--;
    return named(g) >= 2 ? { columns: named(g) + 1, end: g } : null;
  };
  const join = (from: number, to: number) => {
    const cells = filled.slice(from, to);
    lines[cells[0]!] = { no: lines[cells[0]!]!.no, text: cells.map((k) => lines[k]!.text.trim()).join('\t') };
    for (const k of cells.slice(1)) lines[k] = { no: lines[k]!.no, text: '' };
  };
  // (A task's other cells may list several units: 市财政局、市国土资源局.)
  const cell = (g: number) => /^[^，。；！？\d]{2,30}$/u.test(text(g)) && !HEADING_START.test(text(g));
  let columns = 0;
  for (let f = 0; f < filled.length; f++) {
    const header = headerAt(f);
    if (header) {
      // (The header is a row too: 工作目标与主要任务⇥责任⇥单位⇥责任人, none of its cells a heading.)
      join(f, header.end);
      columns = header.columns;
      f = header.end - 1;
      continue;
    }
    if (columns === 0) continue;
    // (1、抓好农村电网升级改造 / 陈秋彦 / 韶关供电局 / 各县（市、区）人民政府: a task, then a cell for each other column.)
    if (TASK_CELL.test(text(f)) && f + columns <= filled.length && filled.slice(f + 1, f + columns).every((_, d) => cell(f + 1 + d))) {
      join(f, f + columns);
      f += columns - 1;
      continue;
    }
    // (…资金3亿元以上。 / 发改局 / 李维员 / 1、…: the names that close a block of tasks.)
    if (f === 0 || !/[。；！？]$/u.test(text(f - 1)) || !nameCell(text(f))) continue;
    let g = f;
    while (g < filled.length && g - f < columns + 1 && nameCell(text(g))) g++;
    if (g < filled.length && !BLOCK_START.test(text(g))) continue;
    join(f, g);
    f = g - 1;
  }
}

/** Share of the gaps between lines of text that must be of the same run of blank lines in a spaced-out text. */
const SPACING_SHARE = 0.8;
const SPACING_MIN_LINES = 10;

/**
 * How many blank lines stand after (nearly) every line of text — one where a file was copied double-spaced, two where each
 * line was a page's <p> element — or 0: the run of blank lines that is spacing, not a paragraph's end.
 */
function lineSpacing(lines: Line[]): number {
  const gaps = new Map<number, number>();
  let text = 0;
  let blanks = -1;
  for (const l of lines) {
    if (l.text.trim() === '') {
      if (blanks >= 0) blanks++;
      continue;
    }
    text++;
    if (blanks >= 0) gaps.set(blanks, (gaps.get(blanks) ?? 0) + 1);
    blanks = 0;
  }
  if (text < SPACING_MIN_LINES) return 0;
  const [common, n] = [...gaps].sort((a, b) => b[1] - a[1])[0] ?? [0, 0];
  return common > 0 && n >= (text - 1) * SPACING_SHARE ? common : 0;
}

/** A line with cells: text, a tab, text (spaces around the tab aside). */
const TABLE_ROW = /[^\s\u3000\u00A0][ \u3000\u00A0]*\t[ \t\u3000\u00A0]*[^\s\u3000\u00A0]/;
/** A part's or a section's number at a line's start (一、, 一．, （一）). */
const NUMBERED_HEADING_START = new RegExp(String.raw`^(?:[一二三四五六七八九十]+${PART_NUMBER_MARK}|[（(][一二三四五六七八九十]+[）)])`, 'u');
/** A heading's number, then a tab and the rest of a line that holds no other tab. */
const NUMBER_THEN_TAB = /^((?:第[一二三四五六七八九十]+部分|[一二三四五六七八九十]+、|[（(][一二三四五六七八九十\d]{1,3}[）)]|\d{1,2}[.．、](?!\d)))[ \u3000]*\t[\t \u3000]*(?=[^\t]+$)/u;
/** A row's first cell alone on its line: its number, or the header's 序号. */
const ROW_START = /^(?:\d{1,3}|序号)$/;
/** A private-use character that stands for a cell boundary while the width folding removes spaces near Chinese text. */
const CELL = '\uE000';

/**
 * The width folding (text.ts), the tabs between a row's cells kept, one tab per boundary: 1⇥文汇中学…工程量⇥目前主体工程已验收
 * is three cells, not one run of text whose task and result read as one sentence.
 */
function cellsKept(text: string): string {
  if (!text.includes('\t')) return foldWidth(text);
  return foldWidth(text.replace(/[ \u00A0\u3000]*\t[ \u00A0\u3000]*/g, CELL)).replaceAll(CELL, '\t');
}

function lastNonBlank(lines: Line[]): Line | undefined {
  for (let i = lines.length - 1; i >= 0; i--) if (lines[i].text !== '') return lines[i];
  return undefined;
}

function captureDate(line: string, hints: TextHints): void {
  if (hints.published) return;
  const m = line.match(/(\d{4})\s*[-/年.]\s*(\d{1,2})\s*[-/月.]\s*(\d{1,2})/);
  if (m) hints.published = `${m[1]}-${m[2].padStart(2, '0')}-${m[3].padStart(2, '0')}`;
  // (02.02.2023: the day first — read only where the day and the month cannot be taken for each other.)
  const dayFirst = m ? null : line.match(/^(\d{1,2})\.(\d{1,2})\.(\d{4})/);
  if (dayFirst && (dayFirst[1] === dayFirst[2] || Number(dayFirst[1]) > 12) && Number(dayFirst[2]) <= 12) hints.published = `${dayFirst[3]}-${dayFirst[2].padStart(2, '0')}-${dayFirst[1].padStart(2, '0')}`;
}

function nextNonBlank(lines: Line[], i: number): number | null {
  for (let j = i + 1; j < lines.length && j <= i + 2; j++) if (lines[j].text !== '') return j;
  return null;
}

/** The value of a metadata label written on its own line: short, no sentence punctuation, not report text. */
function isLabelValue(t: string): boolean {
  return t.length <= 30 && !/[，。；！？]/.test(t) && !HEADING_START.test(t) && !isFrontMatterLine(foldWidth(t)) && !/^[【\[]/.test(t);
}

/** 【字体： / 大 / 中 / 小 / 】: a bracket opened on a short line, closed within a few one-word lines, all tool words. */
function toolbarGroup(lines: Line[], i: number): Line[] | null {
  const first = lines[i].text;
  if (!/^[【\[]/.test(first) || /[】\]]/.test(first) || first.length > 8) return null;
  for (let j = i + 1; j < lines.length && j <= i + 8; j++) {
    const t = lines[j].text;
    if (t.length > 4) return null;
    if (/[】\]]$/.test(t)) {
      const group = lines.slice(i, j + 1);
      const joined = group.map((l) => l.text).join('');
      return joined.replace(/字[体号]\s*[:：]?|加大|减小|还原|默认|[大中小]/g, '').replace(TOOLBAR_TOKENS, '') === '' ? group : null;
    }
  }
  return null;
}

/** 政府工作报告, 2026年河北省政府工作报告, （河南省）商丘市人民政府工作报告（2023年1月4日）: a title, with the date it was given. */
const TITLE_LINE = new RegExp(`^(?:\\S{0,20}?(?:政府工作报告|工作报告|行动纲要|行动方案|实施方案|规划纲要))(?:${TITLE_TAG})?$`);
/** 韶关市国民经济和社会发展统计公报: a statistics bureau's bulletin, whose title may also open its text. */
const BULLETIN_TITLE_LINE = new RegExp(`^[^。，；！？\\s]{2,30}?${BULLETIN_NAME}(?:${TITLE_TAG})?$`);
/** 2011年 alone above the title it begins (2011年 / 韶关市国民经济和社会发展统计公报). */
const YEAR_ALONE_LINE = /^(?:\d{4}|[〇零一二三四五六七八九○]{4})\s*年$/;
/**
 * 韶关市统计局 韶关调查队: the bodies that issue a document, under its title — never its headline. Each name ends in
 * the word for a kind of office.
 */
const ISSUER_LINE = /^(?:[^\s。，；！？：:]{2,24}?(?:局|调查队|办公室|办公厅|委员会|人民政府|研究室|研究中心)[\s\u3000]*){1,3}$/;
/** 关于…计划执行情况与…计划草案的报告: the title of another report a congress hears. */
const REPORT_TITLE_LINE = /^[^。，；！？]{4,60}的报告$/;
/**
 * The title of another document a government publishes, on the text's first line: 某县2022年财政决算报告,
 * 2008年镇政府工作总结, …计划执行情况与2016年计划草案的报告 — a name without a sentence's marks, not numbered as a part.
 */
function isOtherDocumentTitle(line: string): boolean {
  const t = line.replace(/\s+/g, '');
  if (t.length < 6 || t.length > 70 || /[。，；！？：:]/u.test(t) || /^(?:[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十\d]+[）)]|\d{1,2}[.．、])/u.test(t)) return false;
  return OTHER_KINDS.some(([re]) => re.test(t));
}
/** The issuing government alone on the first line, a document's title on the next (某镇人民政府 / 2022年决算报告). */
function issuerOverTitle(line: string, kept: Line[], next: number): boolean {
  if (!ISSUER_LINE.test(line) || next < 0) return false;
  const title = foldWidth(kept[next].text).replace(/\s+/g, '');
  return TITLE_LINE.test(title) || BULLETIN_TITLE_LINE.test(title) || REPORT_TITLE_LINE.test(title) || isOtherDocumentTitle(title);
}
/** 郑振涛代市长2007年1月23日在…人民代表大会第一次会议上作的政府工作报告: speaker, delivery line and title in one line. */
const DELIVERED_TITLE_LINE = /^.{0,30}?(?:\d{4}|[〇零一二三四五六七八九○]{4})\s*年.{0,12}?在.{0,30}?人民代表大会.{0,20}?会议上作的(?:政府)?工作报告$/;
/** ——2026年1月27日在…省第十四届人民代表大会第四次会议上 (the dash may be ——, --, ---- or missing; 人大 for short). */
const DELIVERY_LINE = /^(?:[—－\-─]{1,4})?.{0,40}?(?:\d{4}|[〇零一二三四五六七八九]{4})\s*年.{0,60}?在.{0,30}?(?:人民代表大会|人大).{0,20}?会议(?:上)?[)）]?$/;
/** ——在泉州市第十七届人民代表大会第三次会议上, its date on a line of its own or nowhere. */
const UNDATED_DELIVERY_LINE = /^(?:[—－\-─]{1,4})?[（(]?在.{0,30}?人民代表大会.{0,20}?会议上?[)）]?$/;
// (No sentence: a page that lost its breaks may run the whole report on after its delivery line — ----2019年4月29日在…
// 会议上冯玉建各位代表:现在,… — and that line is the report, not its front matter.)
const DASHED_DELIVERY_LINE = /^[—－\-─]{1,4}.{0,40}(?:\d{4}|[〇零一二三四五六七八九]{4})\s*年.{0,60}(?:大会|会议)(?![^。！？]*[。！？])/;
/** 河北省人民政府省长王正谱, 省长王予波, 自治区主席韦韬, 海拉尔区人民政府区长张天喜, 主任X. */
const SPEAKER_LINE = new RegExp(`^(?:\\S{0,20}?(?:人民政府)?代?(?:${HEAD_OFFICES}|主席|专员|局长)|主任)\\s*[:：]?\\s*(?:\\p{Script=Han}\\s?){1,3}\\p{Script=Han}$|^\\S{0,20}?(?:${HEAD_OFFICES}|主席)\\s*[:：]?\\s*\\p{Script=Han}+[·•][\\p{Script=Han}·•]{1,12}$`, 'u');
/** The end of a delivery line whose start a copy lost (人民代表大会第二次会议上): front matter, never a heading. */
const DELIVERY_TAIL_LINE = /^[（(]?[^。，；！？]{0,30}?(?:人民代表大会|人大)[^。，；！？]{0,20}?会议上[)）]?$/;
/** An office alone on its line, its holder's name on the next: 国务院总理 / 李克强. */
const OFFICE_LINE = new RegExp(`^\\S{0,20}?(?:人民政府)?代?(?:${HEAD_OFFICES}|主席|专员|总理)$`, 'u');
/** A name alone (毛伟明), accepted only right after the delivery line or an office alone. */
const NAME_LINE = /^\p{Script=Han}{2,4}$/u;
/** A news photo's caption with its credit: …作政府工作报告。本报记者 霍艳恩 摄. */
const PHOTO_CAPTION = /(?:记者|摄影|通讯员)\s*\S{0,12}\s*摄\s*[)）]?$/;

function isFrontMatterLine(t: string): boolean {
  return TITLE_LINE.test(t) || DELIVERED_TITLE_LINE.test(t) || DELIVERY_LINE.test(t) || DASHED_DELIVERY_LINE.test(t) || UNDATED_DELIVERY_LINE.test(t) || SPEAKER_LINE.test(t) || frontMatterRunTogether(t) !== null;
}

/** A title, a delivery line and a speaker run into one line: 政府工作报告—2021年7月29日在…会议上自治县人民政府代理县长 孙立良. */
const RUN_TOGETHER = /^(.{0,40}?工作报告)?[\s\u3000]*([—－\-─]{0,4}[\s\u3000]*(?:\d{4}|[〇零一二三四五六七八九]{4})\s*年.{0,12}?在.{0,40}?(?:人民代表大会|人大).{0,20}?会议上)[\s\u3000]*(.*)$/u;

/** The lines of front matter a line holds run together (title, delivery, speaker), each read as its own — or null. */
function frontMatterRunTogether(t: string): string[] | null {
  const m = t.match(RUN_TOGETHER);
  if (!m) return null;
  const [title, delivery, speaker] = [m[1]?.trim(), m[2].trim(), m[3].trim()];
  if ((!title && !speaker) || (title && !TITLE_LINE.test(title)) || !DELIVERY_LINE.test(delivery)) return null;
  if (speaker && !SPEAKER_LINE.test(speaker) && !OFFICE_LINE.test(speaker)) return null;
  return [title, delivery, speaker].filter((x): x is string => !!x);
}

/**
 * Front matter of a formal report: its title, the delivery line, the speaker, and the caption of a news photo,
 * at the top of the text. They are shown in the page header, not as sections and not as body text.
 */
function takeFrontMatter(kept: Line[], hints: TextHints): void {
  let seen = 0;
  let prevWasDelivery = false;
  let prevWasOffice = false;
  // (某镇人民政府 / 2022年决算报告: the government that issues a document may stand alone above its title.)
  let issuerAbove = false;
  for (let i = 0; i < kept.length && seen < 7; i++) {
    const t = kept[i].text;
    if (t === '') continue;
    seen++;
    let compact = foldWidth(t);
    // A newspaper column may wrap the delivery line: ——2026年1月27日在福建省第十四届人民代表大 / 会第四次会议上.
    const j = kept.findIndex((l, k) => k > i && l.text !== '');
    if (!DELIVERY_LINE.test(compact) && j > 0 && /^(?:[—－\-─]{1,4})?[（(]?(?:\d{4}|[〇零一二三四五六七八九]{4})年.{0,12}在/.test(compact)) {
      const joined = foldWidth(t + kept[j].text);
      if (DELIVERY_LINE.test(joined)) {
        compact = joined;
        kept.splice(j, 1);
      }
    }
    // A title broken after its year (2011年 / 韶关市国民经济和社会发展统计公报) is one title.
    if (YEAR_ALONE_LINE.test(compact) && j > 0) {
      const joined = foldWidth(t.trim() + kept[j].text.trim());
      if (TITLE_LINE.test(joined) || BULLETIN_TITLE_LINE.test(joined)) {
        compact = joined;
        kept.splice(j, 1);
      }
    }
    const issuerTitle = seen === 1 && issuerOverTitle(compact, kept, j);
    const delivery = DELIVERY_LINE.test(compact) || DASHED_DELIVERY_LINE.test(compact) || UNDATED_DELIVERY_LINE.test(compact) || DELIVERY_TAIL_LINE.test(compact);
    const taken: boolean =
      TITLE_LINE.test(compact) || BULLETIN_TITLE_LINE.test(compact) || ((hints.frontMatter.length > 0 || hints.headline !== undefined) && ISSUER_LINE.test(compact)) || ((seen === 1 || issuerAbove) && (REPORT_TITLE_LINE.test(compact) || isOtherDocumentTitle(compact))) || issuerTitle || DELIVERED_TITLE_LINE.test(compact) || delivery || SPEAKER_LINE.test(compact) || ((prevWasDelivery || prevWasOffice) && NAME_LINE.test(compact)) ||
      (hints.frontMatter.length > 0 && OFFICE_LINE.test(compact)) ||
      (hints.frontMatter.length > 0 && DATE_ALONE.test(compact)) ||
      (hints.frontMatter.length > 0 && PHOTO_CAPTION.test(compact) && compact.length <= 120);
    const pieces: string[] | null = taken ? [compact] : frontMatterRunTogether(compact);
    if (!pieces) break;
    hints.frontMatter.push(...pieces);
    kept.splice(i, 1);
    i--;
    const last: string = pieces[pieces.length - 1];
    prevWasDelivery = delivery || DELIVERY_LINE.test(last);
    prevWasOffice = OFFICE_LINE.test(last);
    issuerAbove = issuerTitle;
  }
}

/** 各位代表： / 同志们： — the greeting that opens a report's speech. */
const GREETING_LINE = /^(?:各位代表|同志们|各位委员)[，,:：]?$/;

/**
 * A delivery line that page chrome or a page's own headings kept from the top (基本概况 / 2010年1月18日在…会议上 / 市长
 * 钟志生 / 会议内容 / 各位代表：): above the greeting, where no delivery was taken, it is front matter still — with the
 * speaker and the date that stand beside it — and never a heading.
 */
function frontMatterAboveGreeting(kept: Line[], hints: TextHints): Line[] {
  const isDelivery = (t: string) => DELIVERY_LINE.test(t) || UNDATED_DELIVERY_LINE.test(t);
  if (hints.frontMatter.some((l) => isDelivery(l) || DASHED_DELIVERY_LINE.test(l))) return [];
  // (The opening's lines as front matter is written: folded, trimmed.)
  const texts = kept.slice(0, 60).map((l) => foldWidth(l.text).trim());
  const greeting = texts.findIndex((t) => GREETING_LINE.test(t));
  if (greeting < 0) return [];
  // Only the few lines right above the greeting: a delivery line further up is some other page's.
  const at = texts.findIndex((t, k) => k >= greeting - 8 && k < greeting && isDelivery(t));
  if (at < 0) return [];
  const taken = [at];
  for (let k = at + 1; k < greeting; k++) {
    const t = texts[k];
    if (t === '') continue;
    const prev = texts[taken[taken.length - 1]];
    if (SPEAKER_LINE.test(t) || OFFICE_LINE.test(t) || DATE_ALONE.test(t) || ((isDelivery(prev) || OFFICE_LINE.test(prev)) && NAME_LINE.test(t) && !/报告|纲要|方案|规划|概况|内容|简介|介绍|目录/.test(t))) taken.push(k);
    else break;
  }
  hints.frontMatter.push(...taken.map((k) => texts[k]));
  const lines = taken.map((k) => kept[k]);
  for (const k of taken.reverse()) kept.splice(k, 1);
  return lines;
}

/**
 * Lines above the report's title (or its delivery line, where no title is written) near the top of a page: a site's
 * tool bar and log-in links (用户名：密码： [注册]), a newspaper's page line (第04版：要闻上一版), a forum post's header
 * (TA的每日心情 …), a breadcrumb — dropped when every one is short and none is report text (a sentence, the greeting, a
 * heading, a line of front matter, a line that names a document). A title on the first line has nothing above it; a
 * sentence above the title stops it.
 */
function headerAboveTitle(kept: Line[], drop: (line: Line, rule: string) => void): void {
  let seen = 0;
  for (let i = 0; i < kept.length && seen < 30; i++) {
    const t = kept[i].text;
    if (t === '') continue;
    seen++;
    const f = foldWidth(t);
    if (titleLike(f) || DELIVERY_LINE.test(f) || DASHED_DELIVERY_LINE.test(f)) {
      const above = kept.slice(0, i).filter((l) => l.text !== '');
      if (above.some((l) => !headerLike(l.text))) return;
      // ([辽宁] 2023年凌海市政府工作报告 / [复制链接] / TA的每日心情 … / 2023年凌海市政府工作报告: a page's headline, its
      // header, then the title again — the headline and what stands between are the page's too.)
      const again = repeatedTitle(kept, i, f);
      const end = again > 0 ? again : i;
      for (const l of kept.slice(0, end)) if (l.text !== '') drop(l, 'page header above the report’s title');
      kept.splice(0, end);
      return;
    }
    if (!headerLike(t)) return;
  }
}

/**
 * A date alone on line i next to a delivery line that gives no date — right before or after it, or with the speaker's
 * line between (——在金碧镇…会议上 / 镇长王 鹏 / 2025年1月3日).
 */
function deliveryDateBeside(lines: Line[], i: number): boolean {
  if (!DATE_ALONE.test(foldWidth(lines[i].text))) return false;
  for (const step of [-1, 1]) {
    let seen = 0;
    for (let j = i + step; j >= 0 && j < lines.length && seen < 2; j += step) {
      const t = foldWidth(lines[j].text);
      if (t === '') continue;
      seen++;
      if (UNDATED_DELIVERY_LINE.test(t)) return true;
      if (!SPEAKER_LINE.test(t) && !OFFICE_LINE.test(t)) break;
    }
  }
  return false;
}

/** The sentence of a notice that sends a document out: 《政府工作报告》已经…审议通过，现印发给你们，请…落实。 */
const SENDS_OUT = /(?:现|特)?(?:予以|予)?印发给你们|现(?:予)?印发|印发给各/u;
/** What signs a notice below its text: the issuing body, the date, and how it may be published. */
const NOTICE_RELEASE = /^[（(]此件(?:公开发布|主动公开|依申请公开|不予公开|发至[^）)]{1,20})[）)]$/u;
const NOTICE_AT_MOST = 8;

/**
 * A notice that sends the report out, above it (各乡镇人民政府…： / 《政府工作报告》已经县十八届人民代表大会第五次会议审议
 * 通过，现印发给你们，请…落实。 / 中宁县人民政府 / 2026年2月9日 / （此件公开发布）): how many lines of `kept` it takes, its
 * signature joined to its text; 0 where the text opens otherwise.
 */
function noticeAbove(kept: Line[]): number {
  const lines = kept.map((l, i) => ({ l, i })).filter(({ l }) => l.text !== '').slice(0, NOTICE_AT_MOST);
  const sends = lines.findIndex(({ l }) => SENDS_OUT.test(l.text) && SENTENCE_END.test(l.text));
  if (sends < 0) return 0;
  const signature: { l: Line; i: number }[] = [];
  for (const x of lines.slice(sends + 1)) {
    const f = foldWidth(x.l.text);
    if (!(ISSUER_LINE.test(f) || DATE_ALONE.test(f) || NOTICE_RELEASE.test(f))) break;
    signature.push(x);
  }
  // (Its date may be gone already: a date alone on a line is a web page's too, taken as the page's date.)
  if (!signature.length || !ISSUER_LINE.test(foldWidth(signature[0].l.text))) return 0;
  // The signature closes the notice's paragraph: alone on its line, a short line with no sentence in it, it would read
  // as a heading.
  const text = lines[sends];
  text.l.text = [text.l.text, ...signature.map(({ l }) => l.text)].join('\u3000');
  const end = signature[signature.length - 1].i + 1;
  kept.splice(text.i + 1, end - text.i - 1);
  return text.i + 1;
}

/** A line of a contents list: a numbered heading, short, no sentence in it. */
const CONTENTS_ENTRY = (t: string) => HEADING_START.test(t) && t.length <= 40 && !/[。；！？]/u.test(t);
const CONTENTS_LABEL = /^目[\s\u3000]*录[:：]?$/u;
/** Lines a contents list may stand below: a title, a date, a label — anything but a sentence, at most this many. */
const CONTENTS_AFTER_AT_MOST = 4;
const CONTENTS_MIN_ENTRIES = 3;

/**
 * A table of contents near the top: three or more numbered headings in a row, above any sentence, whose first entry
 * stands again below as a line of its own (where its part opens). Web pages of a report often open with one; read as
 * headings, its entries would be parts with nothing in them and the report's title a heading below them. A run of
 * headings that does not stand again is kept: it is no contents list, or the text was cut and nothing says so.
 */
function contentsAboveBody(kept: Line[], drop: (line: Line, rule: string) => void): void {
  let start = -1;
  let before = 0;
  for (let i = 0; i < kept.length; i++) {
    const t = kept[i].text;
    if (t === '') continue;
    if (CONTENTS_ENTRY(t) || CONTENTS_LABEL.test(t)) {
      start = i;
      break;
    }
    if (TERMINAL.test(t) || ++before > CONTENTS_AFTER_AT_MOST) return;
  }
  if (start < 0) return;
  const entries: number[] = [];
  let end = start;
  for (let i = start; i < kept.length; i++) {
    const t = kept[i].text;
    if (t === '') continue;
    if (!(CONTENTS_ENTRY(t) || (i === start && CONTENTS_LABEL.test(t)))) break;
    if (!CONTENTS_LABEL.test(t)) entries.push(i);
    end = i + 1;
  }
  if (entries.length < CONTENTS_MIN_ENTRIES) return;
  const squeeze = (t: string) => foldWidth(t).replace(/[\s\u3000]+/gu, '');
  const first = squeeze(kept[entries[0]].text);
  if (!kept.slice(end).some((l) => squeeze(l.text) === first)) return;
  for (const l of kept.slice(start, end)) if (l.text !== '') drop(l, 'table of contents above the body');
  kept.splice(start, end - start);
}

/**
 * Where the title on the first line stands again within the page's first lines, after header lines only (its site tag
 * and bracketed notes aside: [辽宁] 2023年凌海市政府工作报告 → 2023年凌海市政府工作报告), or -1.
 */
function repeatedTitle(kept: Line[], first: number, title: string): number {
  const bare = (t: string) => t.replace(/^[\[【（(][^\]】）)]{1,8}[\]】）)]\s*/u, '').replace(/(?:[（(][^（）()]*[）)])+$/u, '');
  const want = bare(title);
  let seen = 0;
  for (let j = first + 1; j < kept.length && seen < 40; j++) {
    const t = kept[j].text;
    if (t === '') continue;
    seen++;
    const f = foldWidth(t);
    if (bare(f) === want && titleLike(f)) return seen > 1 ? j : -1;
    if (!headerLike(t)) return -1;
  }
  return -1;
}

/** A title line, a site's tag before it aside ([辽宁] 2023年凌海市政府工作报告). */
function titleLike(f: string): boolean {
  const t = f.replace(/^[\[【][^\]】]{1,8}[\]】]\s*/u, '');
  return TITLE_LINE.test(t) || DELIVERED_TITLE_LINE.test(t);
}

/** A line that may stand in a page's header: short, no sentence, no greeting, no heading, no front matter. */
function headerLike(t: string): boolean {
  const f = foldWidth(t);
  // (A line that names a document — 清远市2008年…计划草案的报告 — is a title, whichever it is.)
  return t.length <= 60 && !/[。！？]\s*$/u.test(t) && !/各位代表|我代表|同志们/u.test(t) && !HEADING_START.test(t) && !isFrontMatterLine(f) && !REPORT_TITLE_LINE.test(f) && !/(?:报告|纲要|方案|规划|意见|通知|决定|公报|讲话|计划|要点)(?:[（(][^（）()]*[）)])*$/u.test(f);
}

/**
 * A newspaper column: most lines have about the same printed width and do not end a sentence.
 * Web text has one paragraph per line and lines of every length.
 */
export function detectLayout(lines: Line[]): 'wrapped' | 'lines' {
  const texts = lines.map((l) => l.text).filter((t) => t !== '');
  if (texts.length < 8) return 'lines';
  const widths = texts.map(displayWidth).sort((a, b) => a - b);
  const median = widths[Math.floor(widths.length / 2)];
  if (median > 90) return 'lines';
  const nearMedian = widths.filter((w) => Math.abs(w - median) <= median * 0.25).length;
  const open = texts.filter((t) => !TERMINAL.test(t)).length;
  return nearMedian >= texts.length * 0.6 && open >= texts.length * 0.5 ? 'wrapped' : 'lines';
}

/**
 * A report's or a bulletin's title whole, its government or year before the kind, and a tag after it: 2023年广德市政府工作报告
 * （20221229）, …统计公报 — not the kind alone, 政府工作报告, which a heading of the text may be.
 */
const COLUMN_TITLE_END = /^[^，。；！？]{4,}(?:政府工作报告|统计公报)(?:[（(][^（）()]{1,12}[）)])?$/u;

/** The next line with text after line i, trimmed ('' where none is). */
function nextTextAfter(lines: Line[], i: number): string {
  for (let j = i + 1; j < lines.length; j++) if (lines[j].text !== '') return lines[j].text.trim();
  return '';
}

/**
 * Rebuilds paragraphs of a wrapped column. A blank line is not always a break (newspapers put blank lines inside
 * sentences): a paragraph ends at a line that closes a sentence before a blank line, at a line much shorter than the
 * column (the last line of a heading or paragraph), or before a line that starts a numbered heading.
 */
function joinWrapped(lines: Line[], alsoInColumn: Line[] = []): Line[][] {
  const texts = lines.filter((l) => l.text !== '');
  const widths = [...texts, ...alsoInColumn].map((l) => displayWidth(l.text)).sort((a, b) => a - b);
  const column = widths[Math.floor(widths.length * 0.75)];
  // (Where a column indents the first line of a paragraph — some of its lines indented, most not —, an indented line opens
  // one, whatever the line above stops on: 三、过去五年，是…的五年 / 　　2010年末全市市场主体总数达9.87万户….)
  const indented = texts.filter((l) => l.indented).length;
  const indentOpens = indented >= 3 && indented <= texts.length * 0.4;
  const out: Line[][] = [];
  let current: Line[] = [];
  const flush = () => {
    if (current.length) out.push(current);
    current = [];
  };
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (line.text === '') continue;
    // (…取得多年未有的好成绩。一、 / 二、三产业增加值分别增长…, 花卉产量全球第 / 一、优质鲜切花占比60%: a line the one above
    // runs into inside a word or a list — it stops on a character or on 、 — goes on with it, whatever number it opens with.)
    const runsOn = /[\p{Script=Han}、]$/u.test(current[current.length - 1]?.text ?? '');
    const startsHeading = !runsOn && NUMBERED_HEADING_START.test(line.text);
    // (A table's row is a paragraph of its own, in a column of text or not.)
    const row = TABLE_ROW.test(line.text);
    if (startsHeading || row || (indentOpens && line.indented)) flush();
    current.push(line);
    const nextBlank = i + 1 >= lines.length || lines[i + 1].text === '';
    const closes = SENTENCE_END.test(line.text);
    // (…分别增长15.05%、 / 5.88%、13.45%、21.05%、 / 10.42%。: a line of figures is narrow, and one that stops on a pause goes
    // on, however narrow.)
    const short = displayWidth(line.text) < column * 0.6 && !/[、，]$/u.test(line.text);
    // ((六)深入推进全国文化中心建设，繁荣兴盛首都文化 / 坚持以文铸魂…: a numbered heading that stops short of the column's
    // width ends there — only one as wide as the column may wrap.)
    // (Nor one wider than the column: set on a line of its own, it was never part of the column's wrapping.)
    // (A line of the column with figures in it is narrower than one of Han alone, and one that stops on a figure stops inside
    // a phrase — 二、“十五五”时期主要目标任务和2026 / 年工作安排 —: it goes on.)
    const stopsShort = displayWidth(line.text) < column * 0.9 && !/\d$/u.test(line.text);
    const headingEnds = startsHeading && !/[。！？]/u.test(line.text) && (stopsShort || displayWidth(line.text) > column * 1.1);
    // (2023年广德市政府工作报告（20221229） / 2023年广德市政府工作报告 / 一、…: a line that ends a report's title ends its
    // paragraph — a title runs on into no sentence.)
    // (Not before the kind alone on the next line — …（全文） / 政府工作报告 / ——二〇一九年…: the front matter goes on.)
    const titleEnds = COLUMN_TITLE_END.test(line.text.trim()) && !/^(?:政府工作报告|工作报告|统计公报)$/u.test(nextTextAfter(lines, i));
    if ((closes && nextBlank) || short || row || headingEnds || titleEnds) flush();
  }
  flush();
  return out;
}
