/**
 * What the PDF and EPUB editions' tests compare: the official text rebuilt
 * from the capture (tests/support/fidelity.ts), found block by block in the
 * text a reader tool extracted, and where 全文.html marks restored characters.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { realpathSync } from 'node:fs';
import { unzipSync } from 'fflate';
import type { ElementContent } from 'hast';
import { selectAll } from 'hast-util-select';
import { parse } from './dist.ts';
import { want } from './fidelity.ts';
import type { PdfPage, Word } from './pdf-read.ts';

const squeeze = (s: string) => s.replace(/\s+/g, '');

/**
 * The official blocks that `text` does not hold in order, whitespace and line
 * breaks aside: each block is looked for after the one before it. [] when all
 * are there.
 */
export function blocksNotInOrder(text: string): string[] {
  const all = squeeze(text);
  const missing: string[] = [];
  let at = 0;
  for (const b of want) {
    const found = all.indexOf(squeeze(b.text), at);
    if (found < 0) missing.push(`${b.id}: ${b.text.slice(0, 30)}…`);
    else at = found + squeeze(b.text).length;
  }
  return missing;
}

/** One character of a PDF's text, with the page (from 1) and the word (a line, or part of one) it is drawn in. */
export interface PlacedChar {
  char: string;
  page: number;
  word: Word;
}

/** The characters of the body of the pages given (margins left out by `isBody`), in reading order. */
export const placedChars = (pages: readonly PdfPage[], isBody: (w: Word, p: PdfPage) => boolean, from = 1) =>
  pages.flatMap((p, i) =>
    i + 1 < from
      ? []
      : p.words
          .filter((w) => isBody(w, p))
          .flatMap((word) => [...squeeze(word.text)].map((char): PlacedChar => ({ char, page: i + 1, word }))),
  );

/**
 * For each official block of 全文.html, the offsets (whitespace left out) of the
 * characters an editor restored, which it shows as `<ins>`; blocks with none
 * are left out.
 */
export function restoredOffsets(html: string): Array<{ id: string; offsets: number[] }> {
  const out: Array<{ id: string; offsets: number[] }> = [];
  for (const el of selectAll('[data-official]', parse(html))) {
    const offsets: number[] = [];
    let at = 0;
    const walk = (n: ElementContent, inIns: boolean) => {
      if (n.type === 'text') {
        for (const c of n.value)
          if (!/\s/.test(c)) {
            if (inIns) offsets.push(at);
            at++;
          }
      } else if (n.type === 'element' && n.properties.dataOurs === undefined)
        for (const c of n.children)
          walk(c, inIns || (n.tagName === 'ins' && n.properties.dataCorrection !== undefined));
    };
    for (const c of el.children) walk(c, false);
    if (offsets.length) out.push({ id: String(el.properties.dataOfficial), offsets });
  }
  return out;
}

/** An EPUB's files by path, and its XHTML documents in reading order (the spine of its package document). */
export function readEpub(file: Uint8Array): { files: Map<string, string>; spine: string[] } {
  const files = new Map(Object.entries(unzipSync(file)).map(([p, b]) => [p, new TextDecoder().decode(b)]));
  const container = files.get('META-INF/container.xml') ?? '';
  const opfPath = /full-path="([^"]+)"/.exec(container)?.[1] ?? '';
  const opf = files.get(opfPath) ?? '';
  const dir = opfPath.replace(/[^/]*$/, '');
  const hrefs = new Map([...opf.matchAll(/<item id="([^"]+)" href="([^"]+)"/g)].map((m) => [m[1]!, m[2]!]));
  const spine = [...opf.matchAll(/<itemref idref="([^"]+)"/g)].map((m) => `${dir}${hrefs.get(m[1]!)}`);
  return { files, spine };
}

/**
 * epubcheck's verdict: its report, and the counts of its closing line. Debian
 * installs it as a jar on PATH, which runs only where binfmt knows jars: it is
 * started with java here.
 */
export function epubcheck(file: string): { report: string; fatals: number; errors: number; warnings: number } {
  const jar = realpathSync(execFileSync('sh', ['-c', 'command -v epubcheck'], { encoding: 'utf8' }).trim());
  // One short run: the quick compiler alone and one collector thread take about half the CPU of Java's defaults.
  const r = spawnSync('java', ['-XX:TieredStopAtLevel=1', '-XX:+UseSerialGC', '-jar', jar, file], { encoding: 'utf8' });
  const report = `${r.stdout}${r.stderr}`;
  const m = /Messages: (\d+) fatals? \/ (\d+) errors? \/ (\d+) warnings?/.exec(report);
  if (!m) throw new Error(`epubcheck said nothing it could be judged by:\n${report}`);
  return { report, fatals: Number(m[1]), errors: Number(m[2]), warnings: Number(m[3]) };
}
