/** Every piece of interface text in one place (zh-CN). Official text and URLs never live here. */
import { DOCUMENT_LABELS } from '../schemas/document.ts';
import type { Source, SourceKind } from '../schemas/source.ts';
import type { RouteName } from '../lib/url.ts';
import { searchStrings } from './search-strings.ts';

/** What kind of copy a source is (content/sources.yaml), said plainly. */
const sourceKinds = {
  issuer: '发文机关网站上的原文',
  'official-repost': '政府网站的转载',
  'unofficial-repost': '非官方转载',
  media: '媒体报道',
} as const satisfies Record<SourceKind, string>;

/** A source's date as the page gives it: 2024-12-06 → 2024年12月6日, 2017 → 2017年. */
function sourceDate(date: string): string {
  const [y, m, d] = date.split('-');
  return m && d ? `${y}年${Number(m)}月${Number(d)}日` : `${y}年`;
}

const footerVersionParts = (version: string, date?: string) =>
  ['本站版本 ', version, date ? `（构建自 ${date} 的提交）` : ''] as const;

export const ui = {
  siteName: '綦江区“十四五”职业教育发展提升行动计划实施方案',
  siteShort: '綦江职教行动计划',
  siteTagline: '綦教〔2023〕17号 · 非官方阅读版',
  skipToContent: '跳到正文',
  mainNav: '主导航',
  /** The reading-size button (适老化): pressed, every page shows larger text. */
  textSize: '大字版',
  toc: '目录',
  tocToggle: '展开目录',
  breadcrumbs: '当前位置',
  pager: '上一篇和下一篇',
  prev: '上一篇',
  next: '下一篇',
  home: '首页',
  notice: '印发通知',
  frontLabel: '方案标题与前言',
  plan: '方案',
  fullText: '全文',
  documentInfo: '文件信息',
  corrections: '校勘说明',
  paragraphLink: '本段链接：',
  /** A paragraph permalink's visible words: 第2段. */
  paragraphNumber: (n: string) => `第${n}段`,
  /** Every page's notice, around the words linked to the official page (src/components/OfficialText.astro). */
  unofficial: (docNo: string) =>
    [`本站是${docNo}的非官方阅读版，权威文本以`, '綦江区人民政府网站发布的原文', '为准。'] as const,
  /** The notice on a phone, where the line above it already says 非官方阅读版 and the number. */
  unofficialShort: ['权威文本以', '区政府网站原文', '为准。'] as const,
  ours: '本站编辑说明',
  /** Above a task's or measure's text: our summary of it. */
  summaryLabel: '一句话看懂',
  /** Below a numbered unit's text: how to cite it, and the button that copies it. */
  citeThis: '引用本页：',
  copyCite: '复制引用',
  copied: '已复制',
  copyCiteParagraph: (n: number) => `复制引用（第${n}段）`,
  marksLegend: '标记说明',
  toTop: '回到顶部（目录）',
  /** Around a sample restored character: what the dotted underline means. */
  marksRestored: [
    '下划虚线的字符，如',
    '，是本站编辑补入的：从区政府网站采集的文字里缺了它。每一处都列在',
    '校勘说明',
    '。',
  ],
  /** Around a sample glossary term: on screen only, since print drops the links. */
  marksTerm: ['带点线的词语，如“', '”，可以点开看本站的解释（术语表）。'],
  /** The samples the legend shows, each a mark as it appears in the text: a restored 年 of a date, a glossary term. */
  marksSamples: { restored: '年', term: '双师型教师' },
  pageCorrections: '本页校勘',
  /** The one line 本页校勘 shows while closed. */
  pageCorrectionsLine: (restored: number) =>
    restored > 0 ? `标点按规则恢复，另有${restored}处由编辑补入。` : '标点按规则恢复，没有其他改动。',
  pageCorrectionsIntro: '本页文字与采集稿的以下差异由编辑恢复（补入的字符在正文中以下划虚线标出），理由见校勘说明：',
  pageRulesNote: '本页的全角标点（，；（）：）按校勘规则由采集稿中的半角标点恢复。',
  restoredTitle: (id: string) => `编辑恢复（${id}），见校勘说明`,
  contents: '本部分包括',
  /** After a task's first sentence in a list: the rest is on its page. */
  leadMore: '……',
  machineReadable: '机器可读版本',
  footerSource: '原文来源',
  /** The footer's version line: 本站版本 0.2.0（构建自 2026-11-28 的提交）. */
  footerVersion: (version: string, date?: string) => footerVersionParts(version, date).join(''),
  /** The same line in three parts, so a page can link the version alone: on paper the rest reads as words. */
  footerVersionParts,
  qrScreen: '手机扫码阅读',
  qrLabel: '本页网址的二维码',
  qrPrint: '扫码或输入网址，在手机上阅读本页：',
  shareImageAlt: '綦江职教行动计划：《綦江区关于“十四五”职业教育发展提升行动计划实施方案》的非官方阅读版',
  changelog: '版本变化',
  changelogVersion: (version: string, date: string) => `${version}（${date}）`,
  notFoundTitle: '找不到这个页面',
  notFoundDescription: '这个网址在本站没有页面。可以从首页或全文开始查找。',
  correctionsDescription: '本站文本与从区政府网站采集的文本之间的每一处差异，以及恢复的理由和依据。',
  documentDescription: '本文件的索引号、发文字号、成文和发布日期，机器可读版本，以及本站各版本的变化。',
  notFoundText: ['网址可能有误。可以从', '首页', '或', '全文', '开始查找。'],
  /** Labels of the metadata table, as on the district's website, plus the two gov.cn adds. */
  meta: { ...DOCUMENT_LABELS, issuer: '发文机关', title: '标题' },
  homeTargets: '到2025年的目标一览',
  homeTargetsMore: '查看全部目标、比例图和时间节点',
  homeTargetsNote: '下列要点摘自方案“（三）主要目标”第一段，引文与原文一字不差，链接通到它在原文中的位置。',
  /** The home page's first screen (src/pages/index.astro): what this is, in our words, and the official original. */
  homeWhat: (publisher: string, year: string) =>
    `这是${publisher}${year}年印发的一份方案，讲的是到2025年，綦江区的职业教育打算怎样发展。`,
  homeCopy: '本站把它排成方便手机阅读的样子，不是官方网站。',
  /** Without an official address (OFFICIAL_URL), the home page says where the original's source is described. */
  homeOfficialUnknown: ['原文的出处见', '文件信息', '。'],
  /** The three ways in, each on the first screen of a phone. */
  homeStart: '从这里开始',
  homeWayPlan: {
    title: '读方案原文',
    text: (tasks: number, measures: number) => `总体要求、${tasks}项重点任务、${measures}项保障措施，逐页读`,
  },
  homeWayGuide: { title: '路径指南', text: '给家长：孩子初中毕业以后可以怎么走' },
  homeSearchLabel: '搜索方案',
  homeSearchPlaceholder: '如：双师型、中职能上大学吗',
  homeMore: '还可以看',
  /** The home page's other entries, by route name (src/lib/url.ts has the addresses); the plan and the guide are ways in above. */
  homeEntries: [
    { route: 'faq', title: '常见问题', text: '家长常问的问题，每个回答都标明方案出处' },
    { route: 'targets', title: '2025目标', text: '方案定下的数字、比例和时间节点' },
    { route: 'institutions', title: '院校与项目', text: '方案点名的学校、职教城和项目' },
    { route: 'fullText', title: '全文', text: '一页读完，适合打印' },
    { route: 'notice', title: '印发通知', text: '区教委印发本方案的通知' },
    { route: 'document', title: '文件信息', text: '这份文件的出处、日期，本站怎样制作' },
    { route: 'corrections', title: '校勘说明', text: '本站文字和从区政府网站复制下来的文字，哪里不同' },
  ] as const satisfies ReadonlyArray<{ route: RouteName; title: string; text: string }>,
  documentStatus: '本站的性质',
  /** The plan's period, in our words (home and 文件信息). */
  period: '这份方案是“十四五”时期（2021—2025年）的计划，这个时期已经结束。',
  /** What is known of where and when the text was taken, and what is not. */
  capture: (published: string, location: string) =>
    `本站的文字采集自綦江区人民政府网站上这份文件的网页（栏目：${location}），网页标注的发布日期是${published}。采集的日期没有记录。`,
  officialPage: '在区政府网站上看原文',
  /** 文件信息: how the pages are made, moved here from the home page, which speaks to readers first. */
  documentHowMade: '本站按原文分页排版，每段都有固定链接（段落下方的“第N段”），可以直接分享到某一段。',
  reportError: ['发现本站文字与原文不一致？', '请告诉我们'],
  documentAllMeta: '网站标注的全部信息',
  documentIssuerNote: '“发文机关”取自通知落款；其余各项照录原网页的信息表。',
  /** Under the metadata: when an editor checked each field against the official page (content/sources.yaml). */
  documentFieldsRead: (read: string) => `${read}，核对了上面照录的各项，与该网页一致。该网页的网址：`,
  correctionsRules: (n: number) => `规则（${n}条）`,
  correctionsRestorations: (n: number) => `单处恢复（${n}处）`,
  correctionsColumns: ['编号', '采集稿', '本站', '次数', '理由'],
  correctionsCaptured: (line: number) => `采集稿（第${line}行）`,
  correctionsPublished: '本站',
  correctionsEvidence: '依据',
  correctionsSee: '查看该处',
  correctionsLineBreak: '⏎ 表示分行：任务标题与正文在此分开。',
  pageCorrectionSplit: '标题与正文分开',
  pageCorrectionChange: ['采集稿', '→ 本站'],
  glossary: '术语表',
  faq: '常见问题',
  faqIntro: '家长常问的问题，按方案的内容来回答。每个回答都链接到方案里说这件事的段落；方案没有写的，我们就说没有写。',
  faqQuestions: '问题列表',
  institutions: '院校与项目',
  institutionsIntro:
    '方案点了名的学校、职教城和项目。每一项只列方案自己的原话和出处，不补充方案以外的信息；方案没有说是同一个的，这里也分开列。',
  institutionKinds: {
    college: '高等院校',
    school: '中等职业学校',
    place: '职教城',
    project: '项目',
    district: '区属教育单位',
  },
  institutionMentions: (n: number) => `方案提到${n}处`,
  guide: '给家长的职业教育路径指南',
  guideNav: '路径指南',
  guideIntro:
    '孩子初中毕业以后可以怎么走？这里按方案写的内容，把职业教育的几条路讲清楚。每一节都注明方案里的出处，链接到原文段落；方案没有写的，我们就说没有写。',
  guideContents: '本页内容',
  pathwaysTitle: '方案说到的学习路径',
  pathwaysText: '路径图的文字说明',
  pathwaysCaption: '箭头表示方案说到的去向。虚线箭头：方案只说“探索”。每个箭头的原文出处见下面的文字说明。',
  pathwaysSource: '方案原文：',
  pathwaysHedge: (hedge: string) => `方案用语是“${hedge}”，所以画成虚线。`,
  guideMore: '接着看',
  background: '背景知识',
  backgroundNote: '这段讲全国的情况，不是綦江方案的内容，出处见术语表：',
  targets: '2025目标一览',
  targetsNav: '2025目标',
  targetsPageIntro:
    '方案在“主要目标”一段写了到2025年要达到的数字和要求。下表逐项列出：方案原话，方案自己加的限定词，以及方案写明落实它的任务。',
  targetsUnknown:
    '“十四五”时期（2021—2025年）已经过去。方案本身不会写目标是否达到。只有一项目标，本站找到了官方后来的说法，它说的和方案的目标并不相同（见下文“官方后来的说法”）；其余各项是否达到，本站不知道。',
  targetsTable: '目标、原文与落实任务',
  targetsColumns: ['目标', '方案原文', '方案的限定词', '落实的任务'],
  /** Under the table: what official pages said afterwards, target by target (content/follow-ups.yaml). */
  targetsSaid: '官方后来的说法',
  /** Every target no official page was found to speak of, by its label. */
  targetsOthersUnknown: (labels: readonly string[]) =>
    `其余各项目标（${labels.join('、')}），本站没有找到官方后来的说法，不知道是否达到。`,
  /** Before what an official page said afterwards (src/components/FollowUpNote.astro). */
  followUpLabel: '官方后来的说法：',
  followUpSaid: (who: string, date: string, occasion: string) => `${who}${date}${occasion}说：`,
  targetsPlain: '无',
  targetsChart: '方案中的比例',
  targetsChartIntro:
    '这张图画出方案写的比例和百分比。“职普比”的“职”在前：比例条的左段是职业教育，右段是普通教育。百分比条的左段是方案写的百分比。',
  chartVocational: '职',
  chartGeneral: '普',
  chartRest: '其余',
  targetsTimeline: '时间节点',
  targetsTimelineIntro:
    '按时间排列两种事项：方案计划要做的事，和已经发生、有官方出处的事。计划的事只表示方案要做，不表示已经做到。时间用方案自己的说法，已发生的事用出处上的日期。',
  /** The two kinds of step on the timeline, as each is marked, with the legend's words. */
  timelineKinds: {
    planned: { mark: '计划', legend: '方案计划要做的事。方案只写了要做，不表示已经做到。' },
    happened: { mark: '已发生', legend: '已经发生的事，注明说它发生了的官方网页。' },
  },
  timelineSource: '出处：',
  targetsTimelineYear: (when: string, year: number) => (when.includes(String(year)) ? when : `${when}（到${year}年）`),
  ...searchStrings,
  glossaryIntro:
    '方案里的一些说法，不熟悉职业教育的读者可能看不懂。本表用平实的话逐条解释，并列出方案中用到它的每一段。解释由本站编写，不是方案原文。',
  glossaryLetters: '按拼音首字母',
  glossaryOther: '其他',
  /** Other names the plan itself uses for a term; never its kinds or the everyday words search is led by. */
  glossaryAliases: '又称',
  glossaryRelated: '相关术语',
  glossaryBasis: '依据',
  glossaryBasisPlan: '本条只依据方案原文，每处引用都注明了出处。',
  glossaryBasisSource: '本条的全国背景依据以下文件，原话经本站核对：',
  glossaryQuote: '原文：',
  /** The site links nothing off the site, so a source's address is printed for the reader to copy. */
  glossarySourceUrl: '网址（可复制到浏览器打开）：',
  sourceKinds,
  /** Where the editor read a source, and what kind of copy it was. */
  sourceReadAt: (site: string, kind: SourceKind) =>
    `本站读到的是${site}上的${sourceKinds[kind]}。${kind === 'unofficial-repost' || kind === 'media' ? '这不是发文机关的网站，本站没有找到这份文件在政府网站上的原文。' : ''}`,
  sourceDate,
  /** A source named in a sentence: 国务院办公厅《…》（国办发〔2017〕95号），2017年. */
  sourceCitation: (s: Pick<Source, 'publisher' | 'title' | 'number' | 'date'>) =>
    `${s.publisher}《${s.title}》${s.number ? `（${s.number}）` : ''}，${sourceDate(s.date)}`,
  /** When and how the editor read a source. */
  sourceRead: (date: string, way: Source['read']['way']) =>
    `本站编辑于${sourceDate(date)}${way === 'stored-copy' ? '查阅了该网页的存档副本' : '查阅了该网页'}`,
  glossaryUses: (n: number) => `方案中用到它的段落（${n}处）`,
  glossaryUsesHeading: '标题',
  glossaryAll: '返回术语表',
  glossaryCount: (n: number) => `共${n}条`,
  pageTerms: '本页术语',
  pageTermsIntro: '本页原文用到以下术语。解释由本站编写：',
  related: '相关内容',
  relatedIntro: '方案中与本页有关的其他地方。关联由本站根据原文的共同用语整理，理由是本站的说明：',
  relationLabel: {
    serves: { out: '落实', in: '由此落实' },
    supports: { out: '保障', in: '保障措施' },
    related: { out: '相关', in: '相关' },
  },
  relationVia: (via: string) => `共同用语“${via}”`,
  targetsHeading: '2025年目标与落实任务',
  targetsIntro: '本段提出的每项目标，以及方案中写明落实它的任务。目标原文在上文以下划线标出。',
  targetHedge: (hedge: string) => `方案用语：“${hedge}”`,
  targetServedBy: '落实任务：',
  targetUnspecified: '方案未指明由哪项任务落实。',
  targetRelated: '相关：',
  targetLabel: (label: string) => `目标：${label}`,
  /** How our prose names a place in the plan (src/lib/refs.ts). */
  cite: {
    task: (n: number) => `重点任务第${n}项`,
    paragraph: (n: number) => `第${n}段`,
    title: '方案标题',
    preamble: '方案前言',
  },
  /** The offline archive's 关于本离线版 page (src/archive/about.astro). */
  aboutCopy: {
    title: '关于本离线版',
    description: '这份离线副本是什么，从哪一版生成，怎样打开，怎样核对它没有损坏。',
    footerLink: '关于本离线版',
    what: '这是什么',
    whatText: [
      '这是本站的离线副本：全部页面、术语表、家长指南和搜索，都在这一个文件夹里。打开它不需要联网，也不用安装软件。',
    ],
    /** Around the words linked to the official page. */
    whatOfficial: ['它和网上的本站一样，不是官方发布渠道。权威文本以', '綦江区人民政府网站发布的原文', '为准。'],
    document: '文件',
    build: '本副本',
    version: '本站版本',
    commit: '生成自提交',
    commitModified: '（生成时有未提交的修改，内容可能与该提交不同）',
    commitUnknown: '不详（不是从 git 仓库生成的）',
    date: '提交日期',
    online: '网上地址',
    open: '怎样打开',
    openComputer:
      '电脑：把压缩包解压，双击文件夹里的 index.html。我们在 Chromium 内核的浏览器（如 Chrome、Edge）中测试过，搜索也能用。',
    openPhone: [
      '手机：手机打不开一整个文件夹。请把 ',
      ' 发到手机上，用浏览器打开。这一个文件里有全文、标记说明、校勘说明和术语解释。',
    ],
    verify: '怎样核对',
    verifyText:
      '文件夹里的 SHA256SUMS 列出了每个文件的 SHA-256 校验值。在解压后的文件夹里运行下面一行命令，每个文件都应显示 OK：',
    verifyMac: 'macOS 上用：',
    verifyLimits:
      '它能发现损坏或缺少的文件。如果有人同时改了文件和 SHA256SUMS，它就发现不了。这时可以从上面的提交重新生成一份来比较：同一提交、同样设置生成的压缩包，每个字节都相同。',
  },
  /** The single-file 全文 in the offline archive (src/archive/single-file.astro). */
  singleFile: {
    kind: '单文件版',
    intro:
      '这是方案全文的单文件版，来自本站的离线副本。手机可以直接打开，不需要联网。正文是官方文本；本说明、标记说明、校勘说明和术语解释是本站编辑所加。',
    online: '网上阅读：',
    contents: '目录',
    correctionsIntro: '本站正文取自綦江区人民政府网站的采集稿。采集稿有损坏。下面列出本站与采集稿的每一处差异：',
    captured: '采集稿',
    published: '本站',
    glossary: '术语解释',
    glossaryIntro: '正文中加了链接的词语，在这里解释。解释是本站编辑所写，不是官方文本。',
    also: '也写作',
    basis: '依据',
  },
  /** The PDF and EPUB editions (npm run archive): the cover they share, their margins, and how pages list them. */
  editions: {
    /** What the copy is, on the cover and in the top margin of every printed page. */
    kind: '非官方阅读版',
    /** The bottom margin of a printed page, around its number and the count of pages: 第3页 共18页. */
    pageOf: ['第', '页 共', '页'],
    coverLabel: '封面',
    dates: (written: string, published: string) => `成文日期 ${written}　发布日期 ${published}`,
    notOfficial: (publisher: string, location: string) =>
      `这不是官方文本。权威文本以${publisher}在綦江区人民政府网站发布的原文为准（栏目：${location}）。`,
    officialAt: '原文网址：',
    whatsInside:
      '正文是官方文本；采集稿中缺损的字符由本站编辑补入，以下划虚线标出。标记说明、书末的校勘说明和术语解释是本站编辑所加。',
    online: '扫码或输入网址，在手机上阅读本站：',
    qrLabel: '本站网址的二维码',
    /** 文件信息 and 关于本离线版: the list of editions. */
    heading: 'PDF 版和电子书',
    intro: '同一份全文还有两种格式，内容相同：正文、标记说明、校勘说明和术语解释。',
    pdf: 'PDF 版',
    pdfUse: '适合打印，在聊天软件里一般可以直接预览。',
    epub: 'EPUB 电子书',
    epubUse: '用电子书软件打开，字号可以调。',
    /** The files' own metadata (the PDF's document properties, the EPUB's package). */
    title: (planTitle: string, docNo: string) => `${planTitle}（${docNo}）· 非官方阅读版`,
    subject: (docNo: string) =>
      `${docNo}全文，附标记说明、校勘说明和术语解释。非官方阅读版，权威文本以綦江区人民政府网站发布的原文为准。`,
    keywords: ['职业教育', '“十四五”', '行动计划', '实施方案', '非官方阅读版'],
    creator: (version: string, browser: string) =>
      `綦江职教行动计划阅读版 ${version}（由全文.html 打印，Chromium ${browser}）`,
    accessibilitySummary:
      '全书是文字，按方案的结构分章，有目录。编辑补入的字符以下划虚线标出，每一处都列在校勘说明中；正文中加了链接的词语在术语解释中解释。',
    /** The EPUB's parts and the landmarks e-readers offer. */
    epubLabels: {
      cover: '封面',
      about: '文件信息和标记说明',
      contents: '目录',
      landmarks: '导航',
      bodymatter: '正文',
    },
  },
} as const;

/**
 * Words that only make sense on a screen, in one list: none of them may appear on paper. The print check
 * (tests/support/checks/print.ts) looks for each in a PDF of every kind of page. 点击 and 点开 ask for a tap.
 * Not 目录: the plan itself speaks of a 专业目录.
 */
export const SCREEN_ONLY: readonly string[] = [
  ui.skipToContent,
  ui.textSize,
  ui.searchButton,
  ui.copyCite,
  ui.toTop,
  ui.qrScreen,
  ui.prev,
  ui.next,
  ui.paragraphLink,
  ui.homeSearchLabel,
  '点击',
  '点开',
  '▸',
  '▾',
  '¶',
];
