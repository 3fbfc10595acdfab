/**
 * The PDF edition, made from the built 全文.html: Chromium prints it (its
 * print styles give A4, the cover and 第N页 共M页 in the margins) with
 * bookmarks from its headings and tags for screen readers
 * (`page.pdf({ outline: true, tagged: true })`); then Debian's qpdf sets the
 * metadata and the bookmarks' words (src/lib/pdf-edition.ts), packs the
 * objects into compressed streams, and gives the file an ID computed from its
 * content (`--deterministic-id`), so one commit gives the same bytes (with its
 * link targets renamed in order first: renumberDestinations).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { z } from 'astro/zod';
import { launch } from '../../tests/support/browser.ts';
import {
  fixToUnicode,
  pdfUpdate,
  qpdfJsonSchema,
  renumberDestinations,
  toUnicodeRefs,
  type PdfMeta,
} from '../../src/lib/pdf-edition.ts';

/** Chromium's PDF, and the browser's version for the metadata. */
export interface Printed {
  pdf: Uint8Array;
  /** Chromium's version, `156.0.8078.114`. */
  browser: string;
}

/** Chromium's PDF of an HTML file, as its print styles lay it out. */
export async function printPdf(htmlFile: string): Promise<Printed> {
  const browser = await launch();
  try {
    const page = await browser.newPage({ javaScriptEnabled: false });
    await page.goto(pathToFileURL(htmlFile).href, { waitUntil: 'load' });
    await page.evaluate(() => document.fonts.ready.then(() => undefined));
    const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true, outline: true, tagged: true });
    return { pdf, browser: browser.version() };
  } finally {
    await browser.close();
  }
}

function qpdf(args: string[]): string {
  const r = spawnSync('qpdf', args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (r.error) throw new Error(`qpdf is not installed: apt-get install -y qpdf (${r.error.message})`);
  // 0: done; 3: done with warnings, which a file we are about to publish should not have either.
  if (r.status !== 0) throw new Error(`qpdf ${args.join(' ')} failed (exit ${r.status}):\n${r.stderr}`);
  return r.stdout;
}

/** qpdf's version, for the producer entry: `qpdf 11.3.0`. */
export const qpdfVersion = (): string =>
  execFileSync('qpdf', ['--version'], { encoding: 'utf8' })
    .split('\n')[0]!
    .replace(/^qpdf version /, 'qpdf ');

/**
 * The published PDF from Chromium's: metadata from `meta` (the producer gets
 * Chromium's and qpdf's names), bookmarks reshaped with `topLevel` lifted to
 * the top, objects in compressed object streams, and an ID computed from the
 * content instead of a random one.
 */
export function finishPdf(raw: Uint8Array, meta: Omit<PdfMeta, 'producer'>, topLevel: readonly string[]): Uint8Array {
  const dir = mkdtempSync(join(tmpdir(), 'qijiang-pdf-'));
  try {
    const input = join(dir, 'chromium.pdf');
    writeFileSync(input, renumberDestinations(raw));
    const json = qpdfJsonSchema.parse(
      JSON.parse(qpdf(['--json=2', '--json-key=qpdf', '--json-key=outlines', '--json-stream-data=none', input])),
    );
    const objects = json.qpdf[1];
    const infoRef = z.object({ '/Info': z.string() }).parse(objects.trailer?.value)['/Info'];
    const info = z.object({ '/Producer': z.string() }).parse(objects[`obj:${infoRef}`]?.value);
    const producer = `${info['/Producer'].replace(/^u:/, '')}; ${qpdfVersion()}`;
    // The fonts' ToUnicode maps, decoded, so the radicals Skia named glyphs by can be replaced.
    const refs = toUnicodeRefs(json);
    const streams = z
      .object({
        qpdf: z.tuple([z.unknown(), z.record(z.string(), z.object({ stream: z.object({ data: z.string() }) }))]),
      })
      .parse(
        JSON.parse(
          qpdf([
            '--json=2',
            '--json-key=qpdf',
            '--json-stream-data=inline',
            '--decode-level=generalized',
            ...refs.map((r) => `--json-object=${r.split(' ')[0]}`),
            input,
          ]),
        ),
      ).qpdf[1];
    const toUnicode = new Map(
      refs.map((r) => [
        r,
        fixToUnicode(Buffer.from(streams[`obj:${r}`]!.stream.data, 'base64').toString('latin1')).cmap,
      ]),
    );
    const update = join(dir, 'update.json');
    writeFileSync(update, JSON.stringify(pdfUpdate(json, { ...meta, producer }, topLevel, toUnicode)));
    const output = join(dir, 'edition.pdf');
    qpdf([
      input,
      `--update-from-json=${update}`,
      '--deterministic-id',
      '--object-streams=generate',
      '--compression-level=9',
      '--recompress-flate',
      output,
    ]);
    return new Uint8Array(readFileSync(output));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
