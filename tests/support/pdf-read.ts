/**
 * Reading a PDF with tools no one here wrote: Debian's poppler-utils
 * (pdfinfo, pdffonts, pdftotext, pdftoppm) and Mozilla's pdf.js for the
 * bookmarks. The PDF edition's tests read it only through these.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

const run = (cmd: string, args: string[]): string =>
  execFileSync(cmd, args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });

/** `pdfinfo`'s fields: Title, Pages, Tagged, Page size, … */
export function pdfInfo(file: string): Map<string, string> {
  return new Map(
    run('pdfinfo', ['-isodates', file])
      .split('\n')
      .flatMap((l): Array<[string, string]> => {
        const m = /^([^:]+):\s*(.*)$/.exec(l);
        return m ? [[m[1]!, m[2]!]] : [];
      }),
  );
}

/** `pdfinfo -url`: every URL the file's objects name. */
export const pdfUrls = (file: string): string[] =>
  run('pdfinfo', ['-url', file])
    .split('\n')
    .slice(1)
    .flatMap((l) => {
      const m = /^\s*\d+\s+\S+\s+(.+)$/.exec(l);
      return m ? [m[1]!.trim()] : [];
    });

/** `pdffonts`: each font, whether it is embedded and whether it has a ToUnicode map. */
export function pdfFonts(file: string): Array<{ line: string; embedded: boolean; toUnicode: boolean }> {
  const lines = run('pdffonts', [file]).trimEnd().split('\n');
  // The header's dashes give each column's width; the columns emb, sub and uni come before the object ID.
  const widths = lines[1]!.split(' ').map((d) => d.length);
  return lines.slice(2).map((line) => {
    const cells: string[] = [];
    let at = 0;
    for (const w of widths) {
      cells.push(line.slice(at, at + w).trim());
      at += w + 1;
    }
    return { line, embedded: cells[3] === 'yes', toUnicode: cells[5] === 'yes' };
  });
}

export interface Word {
  text: string;
  xMin: number;
  yMin: number;
  xMax: number;
  yMax: number;
}
export interface PdfPage {
  width: number;
  height: number;
  words: Word[];
}

const unescape = (s: string) =>
  s.replace(/&(lt|gt|amp|quot|apos);/g, (_, e: string) => ({ lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" })[e]!);

/** Every page's words (`pdftotext -bbox`), in poppler's reading order, each with its box in points from the top left. */
export function pdfPages(file: string): PdfPage[] {
  const xml = run('pdftotext', ['-enc', 'UTF-8', '-bbox', file, '-']);
  return [...xml.matchAll(/<page width="([\d.]+)" height="([\d.]+)">([\s\S]*?)<\/page>/g)].map((p) => ({
    width: Number(p[1]),
    height: Number(p[2]),
    words: [
      ...p[3]!.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g),
    ].map((w) => ({
      xMin: Number(w[1]),
      yMin: Number(w[2]),
      xMax: Number(w[3]),
      yMax: Number(w[4]),
      text: unescape(w[5]!),
    })),
  }));
}

/** A page drawn in grey by `pdftoppm` (PGM), one byte a pixel, 0 black. */
export interface Gray {
  width: number;
  height: number;
  data: Uint8Array;
  /** Pixels per point. */
  scale: number;
}

export function pdfPageImage(file: string, page: number, dpi: number): Gray {
  const pgm = execFileSync('pdftoppm', ['-gray', '-r', String(dpi), '-f', String(page), '-l', String(page), file], {
    maxBuffer: 256 * 1024 * 1024,
  });
  const header = /^P5\s+(\d+)\s+(\d+)\s+255\s/.exec(pgm.subarray(0, 40).toString('latin1'));
  if (!header) throw new Error('pdftoppm did not write a PGM');
  const width = Number(header[1]);
  const height = Number(header[2]);
  return { width, height, data: new Uint8Array(pgm.subarray(header[0].length)), scale: dpi / 72 };
}

/**
 * Whether a line of text (a word of pdftotext -bbox, whose box is the CJK
 * font's: about 2.6 em tall, the glyphs in its middle half) is underlined
 * with dots: in the band between the glyphs' foot and the next line's glyphs,
 * a row holds a string of at least four short dark runs, each gap between
 * them short too. Strokes of the next line's glyphs that reach into the band
 * stand further apart.
 */
export function dottedBelow(img: Gray, line: Word): boolean {
  const { width, data, scale } = img;
  const h = line.yMax - line.yMin;
  const left = Math.max(0, Math.floor(line.xMin * scale));
  const right = Math.min(width, Math.ceil(line.xMax * scale));
  const short = 1.5 * scale;
  for (let y = Math.ceil((line.yMax - 0.245 * h) * scale); y <= Math.floor((line.yMax - 0.13 * h) * scale); y++) {
    let dots = 0;
    let run = 0;
    let gap = Infinity;
    for (let x = left; x <= right; x++) {
      if (x < right && data[y * width + x]! < 160) {
        run++;
        continue;
      }
      if (run) {
        dots = run <= short && gap <= short ? dots + 1 : run <= short ? 1 : 0;
        if (dots >= 4) return true;
        gap = 0;
        run = 0;
      }
      gap++;
    }
  }
  return false;
}

/**
 * The text of every page as pdf.js reads it: from the fonts' ToUnicode maps as they are, the way a PDF viewer
 * copies and searches it. (pdftotext maps CJK radicals to ideographs itself, so it would not show a wrong map.)
 */
export async function pdfJsText(file: string): Promise<string> {
  const task = getDocument({ data: new Uint8Array(readFileSync(file)), verbosity: 0, disableFontFace: true });
  const doc = await task.promise;
  let text = '';
  for (let i = 1; i <= doc.numPages; i++)
    for (const item of (await (await doc.getPage(i)).getTextContent()).items) if ('str' in item) text += item.str;
  await task.destroy();
  return text;
}

export interface Bookmark {
  title: string;
  /** The page it leads to, from 1. */
  page: number;
  kids: Bookmark[];
}

/** The bookmarks (outline), read by pdf.js, with the page each leads to. */
export async function pdfOutline(file: string): Promise<Bookmark[]> {
  const task = getDocument({ data: new Uint8Array(readFileSync(file)), verbosity: 0 });
  const doc = await task.promise;
  type Item = Awaited<ReturnType<typeof doc.getOutline>>[number];
  const walk = async (items: readonly Item[]): Promise<Bookmark[]> =>
    Promise.all(
      items.map(async (i) => {
        const dest = typeof i.dest === 'string' ? await doc.getDestination(i.dest) : i.dest;
        const target = dest?.[0];
        const page = target && typeof target === 'object' && 'num' in target ? (await doc.getPageIndex(target)) + 1 : 0;
        return { title: i.title, page, kids: await walk(i.items) };
      }),
    );
  const outline = await walk((await doc.getOutline()) ?? []);
  await task.destroy();
  return outline;
}
