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
  /** The results' count and what they are, so the filters' counts visibly add up: 方案原文3处（重点任务2处、…）. */
  searchCount: (n: number, q: string, parts: readonly string[]) =>
    `“${q}”找到${n}处${parts.length ? `：${parts.join('，')}` : ''}。`,
  /** One kind's share of the count, with the plan's parts inside 方案原文. */
  searchCountKind: (label: string, n: number, within: readonly string[]) =>
    `${label}${n}处${within.length ? `（${within.join('、')}）` : ''}`,
  searchCountPart: (label: string, n: number) => `${label}${n}处`,
  /** The plan's pages outside its three parts (印发通知, the title and preamble), in the count. */
  searchCountOutside: '通知和前言',
  searchNone: (q: string) => `没有找到与“${q}”有关的内容。`,
  searchEmpty: '请输入要搜索的词语。',
  /** A query echoed in messages is cut to this many characters, so a long one never fills the screen. */
  searchEchoLength: 20,
  searchShortened: (limit: number) => `搜索词太长，只搜索了前${limit}个字。`,
  searchSimplified: (q: string) => `已把繁体字换成简体字搜索：“${q}”。`,
  searchPinyin: (typed: string, words: string) => `已把拼音“${typed}”当作“${words}”搜索。`,
  searchDidYouMean: '您是不是要找：',
  searchDidYouMeanApplied: '（已按它搜索）',
  /** When no page holds every part of the query: 没有同时包含“职高”和“多少钱”的内容. */
  searchPartial: (parts: readonly string[]) =>
    `没有同时包含${parts.map((p) => `“${p}”`).join('和')}的内容。下面的结果只包含其中一部分，每条注明缺少的词。`,
  searchLacks: (words: readonly string[]) => `不含：${words.join('、')}`,
  /** A result a related word led to: the page does not hold the word, but answers it. */
  searchLed: (words: readonly string[]) => `原文没有${words.map((w) => `“${w}”`).join('、')}，这里讲的是相关的事`,
  /** Queries to try, drawn from this one: its parts alone, its glossary neighbours. */
  searchSuggest: '可以试试：',
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
