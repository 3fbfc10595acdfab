import { z } from 'astro/zod';

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'dates are written YYYY-MM-DD');

/** The metadata the district's website prints above the document. */
export const documentSchema = z.strictObject({
  /** 索引号: the government information disclosure index number. */
  indexNumber: z.string().min(1),
  /** 发文字号: the document number, 綦教〔2023〕17号. */
  documentNumber: z.string().min(1),
  /** 主题分类: subject category. */
  subject: z.string().min(1),
  /** 体裁分类: genre category. */
  genre: z.string().min(1),
  /** 发布机构: the body that published the page, as the website names it. */
  publisher: z.string().min(1),
  /** 有效性: whether the document is in force, as the website says. */
  validity: z.string().min(1),
  /** 成文日期: the date the document was signed. */
  written: isoDate,
  /** 发布日期: the date the website published it. */
  published: isoDate,
  /** Where the capture was found on the website, as its breadcrumb reads. */
  sourceLocation: z.string().min(1),
});

export type DocumentMeta = z.infer<typeof documentSchema>;

/** The labels the district's website prints for each field, which the site prints too. */
export const DOCUMENT_LABELS = {
  indexNumber: '索引号',
  documentNumber: '发文字号',
  subject: '主题分类',
  genre: '体裁分类',
  publisher: '发布机构',
  validity: '有效性',
  written: '成文日期',
  published: '发布日期',
} as const satisfies Partial<Record<keyof DocumentMeta, string>>;
