/** The methodology pages (src/pages/about/method/*.mdx), in reading order, for their shared navigation. */
export const METHOD_PAGES = [
  { path: 'about/method/', title: '方法说明' },
  { path: 'about/method/reading/', title: '怎样读一份报告' },
  { path: 'about/method/targets/', title: '怎样提取量化指标' },
  { path: 'about/method/outcomes/', title: '怎样判断目标是否完成' },
  { path: 'about/method/search/', title: '搜索匹配什么' },
  { path: 'about/method/limits/', title: '已知的局限' },
] as const;
