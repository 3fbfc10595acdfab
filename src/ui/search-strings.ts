/**
 * The search page's interface text (zh-CN), apart from src/ui/strings.ts so
 * that the page's script can import it without the schemas; strings.ts
 * re-exports it.
 */
export const searchStrings = {
  search: '搜索',
  searchLabel: '搜索方案和术语',
  /** The header's search box, named apart from the search page's own. */
  searchSite: '全站搜索',
  searchButton: '搜索',
  searchIntro: '输入词语或问题，例如“双师型”“中考”“中职能上大学吗”。结果按原文里包含多少所搜词语排序。',
  searchNeedsJs: ['搜索需要浏览器启用 JavaScript。也可以阅读', '全文', '或查看', '术语表', '。'],
  searchLoading: '正在搜索……',
  searchCount: (n: number, q: string) => `“${q}”找到${n}处`,
  searchNone: (q: string) => `没有找到与“${q}”有关的内容。`,
  searchEmpty: '请输入要搜索的词语。',
  searchSuggest: '可以试试：',
  searchExamples: ['双师型', '中考', '职普比', '老年教育', '鲁班工坊'],
  searchBrowse: ['也可以查看', '术语表', '或阅读', '全文', '。'],
  /** The kinds of page search can filter by, by src/lib/search-filter.ts's SEARCH_KINDS. */
  searchKinds: { plan: '方案原文', glossary: '术语解释', guide: '家长指南' },
  searchPartLegend: '方案部分',
  searchKindLegend: '内容类型',
  searchAll: '全部',
  /** After a count on a filter choice, for screen readers: 重点任务 12处. */
  searchFacetUnit: '处',
  searchNoneHere: (q: string) => `在所选范围里没有找到“${q}”。`,
  searchWiden: (n: number) => `在全部内容里搜索（${n}处）`,
  searchFailed: '搜索暂时无法使用。可以阅读全文或查看术语表。',
} as const;
