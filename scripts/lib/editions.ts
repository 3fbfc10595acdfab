/**
 * npm run archive's PDF and EPUB editions, both from the built 全文.html
 * (scripts/lib/pdf-edition.ts, scripts/lib/epub-edition.ts), with the
 * metadata both carry, and editions.json for a deploy that publishes them.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { EditionKind } from '../../src/lib/editions.ts';
import { uuidV5 } from '../../src/lib/epub.ts';
import type { EditionsManifest } from '../../src/schemas/editions.ts';
import type { DocumentMeta } from '../../src/schemas/document.ts';
import { ui } from '../../src/ui/strings.ts';
import { epubFrom } from './epub-edition.ts';
import { finishPdf, printPdf } from './pdf-edition.ts';

export interface EditionSource {
  /** The built 全文.html. */
  singleFile: string;
  document: DocumentMeta;
  planTitle: string;
  issuer: string;
  version: string;
  /** The moment the build stands for, in seconds since 1970. */
  epoch: number;
  /** The zip time for that moment (src/lib/archive.ts, zipTime). */
  mtime: Date;
}

const LANG = 'zh-CN';

/** The PDF and the EPUB, by kind. */
export async function makeEditions(src: EditionSource): Promise<Record<EditionKind, Uint8Array>> {
  const t = ui.editions;
  const d = src.document;
  const title = t.title(src.planTitle, d.documentNumber);
  const keywords = [d.documentNumber, src.issuer, ...t.keywords];
  const printed = await printPdf(src.singleFile);
  const pdf = finishPdf(
    printed.pdf,
    {
      title,
      subject: t.subject(d.documentNumber),
      keywords,
      creator: t.creator(src.version, printed.browser),
      epoch: src.epoch,
    },
    // Chromium nests every heading after the notice's under it; the appendices belong at the top.
    [ui.corrections, ui.singleFile.glossary],
  );
  const epub = epubFrom(
    readFileSync(src.singleFile, 'utf8'),
    {
      // One identifier for every version of this book: its document number, not its version.
      identifier: `urn:uuid:${uuidV5(`urn:qijiang-vocational-plan:${d.documentNumber}`)}`,
      title,
      lang: LANG,
      creator: src.issuer,
      subject: keywords,
      description: t.subject(d.documentNumber),
      epoch: src.epoch,
      accessibilitySummary: t.accessibilitySummary,
    },
    t.epubLabels,
    readFileSync(new URL('../../src/styles/epub.css', import.meta.url), 'utf8'),
    src.mtime,
  );
  return { pdf, epub };
}

/** editions.json: what EDITIONS_DIR gives a deploy's build (src/data/editions.ts reads it). */
export function editionsManifest(
  version: string,
  site: string | undefined,
  files: ReadonlyArray<{ kind: EditionKind; file: string; bytes: Uint8Array }>,
): EditionsManifest {
  return {
    version,
    site: site ?? null,
    editions: files.map(({ kind, file, bytes }) => ({
      kind,
      file,
      bytes: bytes.length,
      sha256: createHash('sha256').update(bytes).digest('hex'),
    })),
  };
}
