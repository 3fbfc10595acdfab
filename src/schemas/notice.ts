import { z } from 'astro/zod';
import { officialText } from './official.ts';

/** The cover notice (通知) that issues the plan; its body is the notice's paragraph. */
export const noticeSchema = z.strictObject({
  /** The notice's title line. */
  title: officialText,
  /** The addressee line (主送机关), ending with a colon. */
  addressee: officialText,
  /** The issuing body as signed under the notice. */
  signatory: officialText,
  /** The date under the signature, as published. */
  date: officialText,
});
