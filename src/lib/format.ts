/** One way to write counts everywhere on the site: digits grouped by thousands (21,778), as zh-CN writes them. */
export const formatCount = (n: number): string => n.toLocaleString('zh-CN');
