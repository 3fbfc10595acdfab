/**
 * What npm run archive changes in the PDF Chromium prints from 全文.html,
 * as a qpdf JSON update (qpdf --update-from-json): the document's metadata
 * and dates, and the bookmarks' words and shape. Chromium makes the bookmarks
 * from the headings' drawn text, so a task's reads `1加强…` (its number has no
 * mark after it in the capture), and it nests every heading after the notice's
 * <h1> under it, the appendices included. Its ToUnicode maps name some
 * characters by the CJK radical their glyph also draws (src/lib/cjk-radicals.ts),
 * so text copied from the PDF would not be the text. Pure: the archive script
 * runs qpdf.
 */
import { z } from 'astro/zod';
import { isRadical, RADICAL_IDEOGRAPHS } from './cjk-radicals.ts';
import { separateNumber } from './editions.ts';

/** A PDF object as qpdf's JSON (version 2) writes it: `"5 0 R"` references, `"/Name"` names, `"u:…"` text. */
export type PdfValue = string | number | boolean | null | PdfValue[] | { [key: string]: PdfValue };
const pdfValue: z.ZodType<PdfValue> = z.lazy(() =>
  z.union([z.string(), z.number(), z.boolean(), z.null(), z.array(pdfValue), z.record(z.string(), pdfValue)]),
);
const dict = z.record(z.string(), pdfValue);
const ref = z.string().regex(/^\d+ \d+ R$/, 'an object reference such as "5 0 R"');

interface OutlineNode {
  object: string;
  title: string;
  kids: OutlineNode[];
}
const outlineNode: z.ZodType<OutlineNode> = z.lazy(() =>
  z.object({ object: ref, title: z.string(), kids: z.array(outlineNode) }),
);

/** The parts of `qpdf --json=2 --json-key=qpdf --json-key=outlines --json-stream-data=none` read here. */
export const qpdfJsonSchema = z.object({
  qpdf: z.tuple([
    z.object({ jsonversion: z.literal(2), maxobjectid: z.number().int() }),
    z.record(z.string(), z.object({ value: pdfValue.optional(), stream: z.object({ dict }).optional() })),
  ]),
  outlines: z.array(outlineNode),
});
export type QpdfJson = z.infer<typeof qpdfJsonSchema>;

/** The document's metadata, in words. */
export interface PdfMeta {
  title: string;
  subject: string;
  keywords: readonly string[];
  /** What made the document: the site and its version. */
  creator: string;
  /** What wrote the file: Chromium's PDF back end, then qpdf. */
  producer: string;
  /** The moment it stands for, in seconds since 1970 (the commit's, or SOURCE_DATE_EPOCH). */
  epoch: number;
}

const hex = (s: string) => /^[0-9A-Fa-f]+$/.test(s);
const utf16 = (h: string) => String.fromCharCode(...(h.match(/..../g) ?? []).map((u) => Number.parseInt(u, 16)));
const toHex = (s: string) =>
  [...s]
    .flatMap((c) => {
      const cp = c.codePointAt(0)!;
      return cp > 0xffff ? [0xd800 + ((cp - 0x10000) >> 10), 0xdc00 + ((cp - 0x10000) & 0x3ff)] : [cp];
    })
    .map((u) => u.toString(16).toUpperCase().padStart(4, '0'))
    .join('');

/**
 * A ToUnicode CMap with every radical replaced by the ideograph its glyph
 * draws, its mappings written one code each (a run of codes mapped to
 * consecutive characters may hold a radical in its middle). Throws on a
 * radical the table lacks: a PDF that copies as the wrong character is not
 * published.
 */
export function fixToUnicode(cmap: string): { cmap: string; fixed: number } {
  const mappings: Array<[string, string]> = [];
  const blocks = /\d+\s+begin(bfchar|bfrange)\s([\s\S]*?)end\1/g;
  for (const [, kind, body] of cmap.matchAll(blocks)) {
    if (kind === 'bfchar')
      for (const [, code, to] of body!.matchAll(/<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>/g))
        mappings.push([code!, utf16(to!)]);
    else
      for (const [, lo, hi, to, list] of body!.matchAll(
        /<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*(?:<([0-9A-Fa-f]+)>|\[([^\]]*)\])/g,
      )) {
        const from = Number.parseInt(lo!, 16);
        const targets = list?.match(/[0-9A-Fa-f]+/g);
        for (let code = from; code <= Number.parseInt(hi!, 16); code++) {
          const text = targets ? utf16(targets[code - from]!) : utf16(to!);
          // A range's characters count up from its first one, in its last UTF-16 unit.
          const last = text.length - 1;
          const shifted = targets
            ? text
            : text.slice(0, last) + String.fromCharCode(text.charCodeAt(last) + code - from);
          mappings.push([code.toString(16).toUpperCase().padStart(lo!.length, '0'), shifted]);
        }
      }
  }
  if (!mappings.length || !mappings.every(([c]) => hex(c))) throw new Error('a ToUnicode map without mappings');
  let fixed = 0;
  const unknown = new Set<string>();
  const mapped = mappings.map(([code, text]): [string, string] => [
    code,
    [...text]
      .map((c) => {
        if (!isRadical(c.codePointAt(0)!)) return c;
        const ideograph = RADICAL_IDEOGRAPHS.get(c);
        if (!ideograph) unknown.add(c);
        else fixed++;
        return ideograph ?? c;
      })
      .join(''),
  ]);
  if (unknown.size)
    throw new Error(`the PDF names glyphs by radicals no ideograph is known for: ${[...unknown].join(' ')}`);
  // At most 100 mappings a block, as the CMap format allows.
  const chunks = Array.from({ length: Math.ceil(mapped.length / 100) }, (_, i) => mapped.slice(i * 100, i * 100 + 100));
  const written = chunks
    .map((c) => `${c.length} beginbfchar\n${c.map(([code, t]) => `<${code}> <${toHex(t)}>`).join('\n')}\nendbfchar\n`)
    .join('');
  const start = cmap.search(/\d+\s+begin(bfchar|bfrange)/);
  const end = cmap.lastIndexOf('endcmap');
  return { cmap: `${cmap.slice(0, start)}${written}${cmap.slice(end)}`, fixed };
}

/** A PDF date for a moment, in UTC: `D:20261129093000Z`. */
export function pdfDate(epochSeconds: number): string {
  const iso = new Date(epochSeconds * 1000).toISOString();
  return `D:${iso.slice(0, 19).replace(/[-T:]/g, '')}Z`;
}

/**
 * The bookmarks as a reader wants them: the words of separateNumber, and each
 * bookmark titled one of `topLevel` (the appendices) lifted out from under the
 * notice to the top, after it.
 */
export function reshapeOutline(nodes: readonly OutlineNode[], topLevel: readonly string[]): OutlineNode[] {
  const lifted: OutlineNode[] = [];
  const keep = (list: readonly OutlineNode[], depth: number): OutlineNode[] =>
    list.flatMap((n) => {
      const node = { ...n, title: separateNumber(n.title), kids: keep(n.kids, depth + 1) };
      if (depth > 0 && topLevel.includes(n.title)) {
        lifted.push(node);
        return [];
      }
      return [node];
    });
  const top = keep(nodes, 0);
  return [...top, ...lifted];
}

const text = (s: string) => `u:${s}`;

/** Every bookmark's dictionary for a tree under `parent`: its links to its neighbours, parent and children. */
function outlineObjects(
  nodes: readonly OutlineNode[],
  parent: string,
  old: (object: string) => Record<string, PdfValue>,
): Array<[string, Record<string, PdfValue>]> {
  return nodes.flatMap((n, i) => {
    // Keep what Chromium wrote (the destination, the structure element it stands for), relink the rest.
    const rest = Object.fromEntries(
      Object.entries(old(n.object)).filter(([k]) => !/^\/(Title|Parent|Prev|Next|First|Last|Count)$/.test(k)),
    );
    const own: Record<string, PdfValue> = {
      ...rest,
      '/Title': text(n.title),
      '/Parent': parent,
      ...(i > 0 ? { '/Prev': nodes[i - 1]!.object } : {}),
      ...(i < nodes.length - 1 ? { '/Next': nodes[i + 1]!.object } : {}),
      ...(n.kids.length
        ? { '/First': n.kids[0]!.object, '/Last': n.kids.at(-1)!.object, '/Count': countAll(n.kids) }
        : {}),
    };
    const entry: [string, Record<string, PdfValue>] = [n.object, own];
    return [entry, ...outlineObjects(n.kids, n.object, old)];
  });
}

/** Every bookmark under `nodes`, all shown open: a positive /Count. */
const countAll = (nodes: readonly OutlineNode[]): number => nodes.reduce((n, k) => n + 1 + countAll(k.kids), 0);

/** A qpdf JSON update: objects replaced whole, by reference (`obj:5 0 R`): a dictionary, or a stream's new data. */
type Changed = { value: Record<string, PdfValue> } | { stream: { dict: Record<string, PdfValue>; data: string } };
export interface QpdfUpdate {
  qpdf: [
    { jsonversion: 2; pushedinheritedpageresources: false; calledgetallpages: false; maxobjectid: number },
    Record<string, Changed>,
  ];
}

/** The ToUnicode streams of a PDF's fonts, by object reference. */
export function toUnicodeRefs(json: QpdfJson): string[] {
  const refs = Object.values(json.qpdf[1]).flatMap((o) => {
    const font = z.object({ '/Type': z.literal('/Font'), '/ToUnicode': ref }).safeParse(o.value);
    return font.success ? [font.data['/ToUnicode']] : [];
  });
  return [...new Set(refs)];
}

/**
 * The qpdf JSON update for a PDF Chromium printed: its Info dictionary made
 * of `meta` (with no clock in it), its bookmarks reshaped (reshapeOutline),
 * the bookmarks pane open when the file opens, and the ToUnicode maps given in
 * `toUnicode` (by object reference; see fixToUnicode) written uncompressed, for
 * qpdf to compress.
 */
export function pdfUpdate(
  json: QpdfJson,
  meta: PdfMeta,
  topLevel: readonly string[],
  toUnicode: ReadonlyMap<string, string> = new Map(),
): QpdfUpdate {
  const [header, objects] = json.qpdf;
  const valueOf = (object: string): Record<string, PdfValue> => {
    const v = dict.safeParse(objects[`obj:${object}`]?.value);
    if (!v.success) throw new Error(`the PDF has no dictionary ${object}`);
    return v.data;
  };
  const trailer = z.object({ '/Root': ref, '/Info': ref }).parse(objects.trailer?.value);
  const root = valueOf(trailer['/Root']);
  const outlinesRef = ref.parse(root['/Outlines']);
  const outline = reshapeOutline(json.outlines, topLevel);
  if (!outline.length) throw new Error('the PDF has no bookmarks: print it with outline: true');
  const date = pdfDate(meta.epoch);
  const updates: Array<[string, Record<string, PdfValue>]> = [
    [
      trailer['/Info'],
      {
        '/Title': text(meta.title),
        '/Subject': text(meta.subject),
        '/Keywords': text(meta.keywords.join(', ')),
        '/Creator': text(meta.creator),
        '/Producer': text(meta.producer),
        '/CreationDate': text(date),
        '/ModDate': text(date),
      },
    ],
    [trailer['/Root'], { ...root, '/PageMode': '/UseOutlines' }],
    [
      outlinesRef,
      {
        ...valueOf(outlinesRef),
        '/First': outline[0]!.object,
        '/Last': outline.at(-1)!.object,
        '/Count': countAll(outline),
      },
    ],
    ...outlineObjects(outline, outlinesRef, valueOf),
  ];
  return {
    qpdf: [
      {
        jsonversion: 2,
        pushedinheritedpageresources: false,
        calledgetallpages: false,
        maxobjectid: header.maxobjectid,
      },
      Object.fromEntries([
        ...updates.map(([object, value]): [string, Changed] => [`obj:${object}`, { value }]),
        ...[...toUnicode].map(([object, cmap]): [string, Changed] => [
          `obj:${object}`,
          { stream: { dict: {}, data: Buffer.from(cmap, 'latin1').toString('base64') } },
        ]),
      ]),
    ],
  };
}

/** A link target's name as Chromium writes it in the PDF: `(node00000379)`, from the target element's DOM node id. */
const DESTINATION = /\(node(\d{8})\)/g;

/**
 * Chromium's PDF with its link targets renamed in order: the n-th lowest `(nodeNNNNNNNN)` becomes `(node0000000n)`.
 * Chromium names each target after its element's DOM node id, which now and then came out one higher in one of two
 * runs on the same commit (378 against 379, and every id after it), so the archive was not the same bytes twice.
 * The names keep their length, so every byte offset in the file holds, and their order, so the sorted name tree of
 * destinations stays sorted; they are written as plain text, outside compressed streams.
 */
export function renumberDestinations(pdf: Uint8Array): Uint8Array {
  const text = Buffer.from(pdf).toString('latin1');
  const ids = [...new Set([...text.matchAll(DESTINATION)].map((m) => m[1]!))].sort();
  if (ids.length === 0) return pdf;
  const renamed = new Map(ids.map((id, i) => [id, String(i + 1).padStart(8, '0')]));
  return new Uint8Array(
    Buffer.from(
      text.replace(DESTINATION, (_, id: string) => `(node${renamed.get(id)})`),
      'latin1',
    ),
  );
}
