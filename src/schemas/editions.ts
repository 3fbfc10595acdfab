import { z } from 'astro/zod';
import { EDITION_KINDS } from '../lib/editions.ts';

/** One edition file that npm run archive wrote. */
export const editionFileSchema = z.strictObject({
  /** Which edition: the PDF or the EPUB. */
  kind: z.enum(EDITION_KINDS),
  /** Its ASCII file name with the version, beside editions.json: qijiao-2023-17-v0.4.0.pdf. */
  file: z.string().regex(/^[a-z0-9.-]+\.(pdf|epub)$/, 'an ASCII file name such as qijiao-2023-17-v0.4.0.pdf'),
  /** Its size in bytes, which 文件信息 shows. */
  bytes: z.number().int().positive(),
  /** Its SHA-256 in hex, checked again when a build copies it. */
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
});

/** editions.json, which npm run archive writes beside the editions for a deploy that publishes them (EDITIONS_DIR). */
export const editionsManifestSchema = z.strictObject({
  /** The site version the editions were made from, as package.json gives it. */
  version: z.string().regex(/^\d+\.\d+\.\d+$/),
  /** The SITE_URL they were made with (the PDF's cover names it), or null when none was set. */
  site: z.string().nullable(),
  /** The files, one per edition. */
  editions: z.array(editionFileSchema).length(EDITION_KINDS.length),
});

export type EditionsManifest = z.infer<typeof editionsManifestSchema>;
