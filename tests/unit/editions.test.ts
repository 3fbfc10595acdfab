import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { zipSync } from 'fflate';
import { afterAll, describe, expect, it } from 'vitest';
import { editionsDir } from '../../src/data/editions.ts';
import { isRadical, RADICAL_IDEOGRAPHS } from '../../src/lib/cjk-radicals.ts';
import {
  archiveEditions,
  fillSizes,
  formatBytes,
  hasSizeSlot,
  pageMarginCss,
  publishedEditions,
  separateNumber,
  titledName,
  versionedName,
} from '../../src/lib/editions.ts';
import { epubEntries, epubModified, packageDocument, uuidV5, xmlEscape } from '../../src/lib/epub.ts';
import {
  fixToUnicode,
  pdfDate,
  pdfUpdate,
  renumberDestinations,
  reshapeOutline,
  type QpdfJson,
} from '../../src/lib/pdf-edition.ts';

describe('the editions’ names and sizes', () => {
  it('names each edition for a chat and for a web server', () => {
    expect(titledName('綦教〔2023〕17号', 'pdf')).toBe('綦教〔2023〕17号-阅读版.pdf');
    expect(versionedName('qijiao-2023-17-v0.3.0', 'epub')).toBe('qijiao-2023-17-v0.3.0.epub');
    expect(archiveEditions('綦教〔2023〕17号').map((e) => e.path)).toEqual([
      '/綦教〔2023〕17号-阅读版.pdf',
      '/綦教〔2023〕17号-阅读版.epub',
    ]);
    expect(publishedEditions('綦教〔2023〕17号', [{ kind: 'pdf', file: 'a-v1.0.0.pdf', bytes: 10 }])).toEqual([
      { kind: 'pdf', path: '/editions/a-v1.0.0.pdf', bytes: 10, download: '綦教〔2023〕17号-阅读版.pdf' },
    ]);
  });

  it.each<[number, string]>([
    [1, '1 KB'],
    [1536, '2 KB'],
    [867_721, '847 KB'],
    [1024 * 1024, '1.0 MB'],
    [1_900_000, '1.8 MB'],
  ])('%d bytes read %s', (bytes, words) => {
    expect(formatBytes(bytes)).toBe(words);
  });

  it('fills each empty size slot the archive’s pages leave, and refuses a slot it has no size for', () => {
    const page =
      '<li>PDF（<span data-edition-size="pdf"></span>）</li><li>（<span data-edition-size="epub"></span>）</li>';
    expect(hasSizeSlot(page)).toBe(true);
    const filled = fillSizes(page, { pdf: 867_721, epub: 39_672 });
    expect(filled).toBe(
      '<li>PDF（<span data-edition-size="pdf">847 KB</span>）</li><li>（<span data-edition-size="epub">39 KB</span>）</li>',
    );
    expect(hasSizeSlot(filled)).toBe(false);
    expect(() => fillSizes(page, { pdf: 1 })).toThrow(/epub/);
  });

  it.each<[string, string]>([
    ['1加强职业学校思想政治教育', '1 加强职业学校思想政治教育'],
    ['26增强终身教育服务能力', '26 增强终身教育服务能力'],
    ['（一）指导思想', '（一）指导思想'],
    ['一、总体要求', '一、总体要求'],
    ['3 已分开', '3 已分开'],
    ['3.2:6.8', '3.2:6.8'],
  ])('sets a number apart in a list outside the text: %s', (title, want) => {
    expect(separateNumber(title)).toBe(want);
  });

  it('puts the document number, the copy’s kind and 第N页 共M页 in the margins of every page but the first', () => {
    const css = pageMarginCss({
      documentNumber: '綦教〔2023〕17号',
      kind: '非官方阅读版',
      pageOf: ['第', '页 共', '页'],
    });
    expect(css).toContain('@top-left{content:"綦教〔2023〕17号"');
    expect(css).toContain('@top-right{content:"非官方阅读版"');
    expect(css).toContain('content:"第" counter(page) "页 共" counter(pages) "页"');
    expect(css).toMatch(
      /@page:first\{@top-left\{content:none\}@top-right\{content:none\}@bottom-center\{content:none\}\}/,
    );
  });
});

describe('the PDF: what qpdf is told to change', () => {
  it('dates by the moment given, in UTC', () => {
    expect(pdfDate(1_764_400_000)).toBe('D:20251129070640Z');
  });

  const node = (object: string, title: string, kids: ReturnType<typeof reshapeOutline> = []) => ({
    object,
    title,
    kids,
  });
  it('sets task numbers apart and lifts the appendices from under the notice to the top', () => {
    const chromium = [
      node('1 0 R', '标记说明'),
      node('2 0 R', '通知', [
        node('3 0 R', '方案', [node('4 0 R', '1加强')]),
        node('5 0 R', '校勘说明'),
        node('6 0 R', '术语解释'),
      ]),
    ];
    expect(reshapeOutline(chromium, ['校勘说明', '术语解释'])).toEqual([
      node('1 0 R', '标记说明'),
      node('2 0 R', '通知', [node('3 0 R', '方案', [node('4 0 R', '1 加强')])]),
      node('5 0 R', '校勘说明'),
      node('6 0 R', '术语解释'),
    ]);
  });

  it('relinks every bookmark, keeps its destination, and writes the metadata without a clock', () => {
    const json: QpdfJson = {
      qpdf: [
        { jsonversion: 2, maxobjectid: 9 },
        {
          trailer: { value: { '/Root': '1 0 R', '/Info': '2 0 R' } },
          'obj:1 0 R': { value: { '/Type': '/Catalog', '/Outlines': '3 0 R', '/Lang': 'u:zh-CN' } },
          'obj:2 0 R': { value: { '/Producer': 'u:Skia/PDF m156', '/CreationDate': 'u:D:20990101000000Z' } },
          'obj:3 0 R': { value: { '/Type': '/Outlines', '/First': '4 0 R', '/Last': '4 0 R', '/Count': 3 } },
          'obj:4 0 R': {
            value: {
              '/Title': 'u:通知',
              '/Parent': '3 0 R',
              '/First': '5 0 R',
              '/Last': '6 0 R',
              '/Count': 2,
              '/Dest': ['7 0 R', '/XYZ', 0, 800, 0],
            },
          },
          'obj:5 0 R': { value: { '/Title': 'u:1加强', '/Parent': '4 0 R', '/Next': '6 0 R', '/SE': '8 0 R' } },
          'obj:6 0 R': { value: { '/Title': 'u:校勘说明', '/Parent': '4 0 R', '/Prev': '5 0 R' } },
        },
      ],
      outlines: [
        {
          object: '4 0 R',
          title: '通知',
          kids: [
            { object: '5 0 R', title: '1加强', kids: [] },
            { object: '6 0 R', title: '校勘说明', kids: [] },
          ],
        },
      ],
    };
    const meta = { title: 'T', subject: 'S', keywords: ['a', 'b'], creator: 'C', producer: 'P', epoch: 1_764_400_000 };
    const update = pdfUpdate(json, meta, ['校勘说明'], new Map([['9 0 R', 'cmap']]));
    const objects = update.qpdf[1];
    const valueOf = (ref: string) => {
      const o = objects[`obj:${ref}`];
      return o && 'value' in o ? o.value : undefined;
    };
    expect(valueOf('2 0 R')).toEqual({
      '/Title': 'u:T',
      '/Subject': 'u:S',
      '/Keywords': 'u:a, b',
      '/Creator': 'u:C',
      '/Producer': 'u:P',
      '/CreationDate': 'u:D:20251129070640Z',
      '/ModDate': 'u:D:20251129070640Z',
    });
    expect(valueOf('1 0 R')).toMatchObject({ '/PageMode': '/UseOutlines', '/Lang': 'u:zh-CN' });
    expect(valueOf('3 0 R')).toMatchObject({ '/First': '4 0 R', '/Last': '6 0 R', '/Count': 3 });
    expect(valueOf('4 0 R')).toEqual({
      '/Title': 'u:通知',
      '/Parent': '3 0 R',
      '/Next': '6 0 R',
      '/First': '5 0 R',
      '/Last': '5 0 R',
      '/Count': 1,
      '/Dest': ['7 0 R', '/XYZ', 0, 800, 0],
    });
    expect(valueOf('5 0 R')).toEqual({ '/Title': 'u:1 加强', '/Parent': '4 0 R', '/SE': '8 0 R' });
    expect(valueOf('6 0 R')).toEqual({ '/Title': 'u:校勘说明', '/Parent': '3 0 R', '/Prev': '4 0 R' });
    expect(objects['obj:9 0 R']).toEqual({ stream: { dict: {}, data: Buffer.from('cmap').toString('base64') } });
  });

  const cmap = (body: string) =>
    `/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n1 begincodespacerange\n<00> <FF>\nendcodespacerange\n${body}endcmap\nend\nend\n`;
  it('names each glyph by the character, not the radical that shares its glyph', () => {
    // ⾏ U+2F8F, ⻚ U+2EDA; a range 01–03 from U+2F44 (⽄ ⽅ ⽆) holds radicals in its middle.
    const fixed = fixToUnicode(
      cmap(
        '2 beginbfchar\n<0A> <2F8F>\n<0B> <9875>\nendbfchar\n2 beginbfrange\n<01> <03> <2F44>\n<20> <21> <3001>\nendbfrange\n',
      ),
    );
    expect(fixed.fixed).toBe(4);
    expect(fixed.cmap).toContain(
      '7 beginbfchar\n<0A> <884C>\n<0B> <9875>\n<01> <65A4>\n<02> <65B9>\n<03> <65E0>\n<20> <3001>\n<21> <3002>\nendbfchar\nendcmap',
    );
    expect(fixed.cmap.startsWith('/CIDInit')).toBe(true);
  });

  it('refuses a radical it knows no character for', () => {
    expect(() => fixToUnicode(cmap('1 beginbfchar\n<01> <2E80>\nendbfchar\n'))).toThrow(/⺀/);
  });
});

describe('radicals and the characters Noto CJK SC draws with the same glyph', () => {
  it('maps radicals only, each to a unified ideograph', () => {
    expect(RADICAL_IDEOGRAPHS.size).toBeGreaterThan(250);
    for (const [radical, ideograph] of RADICAL_IDEOGRAPHS) {
      expect(isRadical(radical.codePointAt(0)!), radical).toBe(true);
      expect(ideograph, radical).toMatch(/^[\p{Unified_Ideograph}]$/u);
    }
  });

  it.each<[string, string]>([
    ['⾏', '行'],
    ['⻚', '页'],
    ['⽅', '方'],
    ['⾮', '非'],
    // The SC faces draw 户 for the Kangxi radical, where Unicode's compatibility mapping gives 戶.
    ['⼾', '户'],
  ])('%s is %s', (radical, ideograph) => {
    expect(RADICAL_IDEOGRAPHS.get(radical)).toBe(ideograph);
  });
});

describe('the EPUB’s fixed parts', () => {
  it('names the book by a version 5 UUID, the same on every machine', () => {
    // Python: uuid.uuid5(uuid.NAMESPACE_URL, 'https://example.org/')
    expect(uuidV5('https://example.org/')).toBe('527dda32-a0de-5105-a042-cb475b5f7d11');
  });

  it('escapes XML and dates to the second', () => {
    expect(xmlEscape('a & <b> "c"')).toBe('a &amp; &lt;b&gt; &quot;c&quot;');
    expect(epubModified(1_764_400_000)).toBe('2025-11-29T07:06:40Z');
  });

  it('lists every file in the manifest and reads them in the order given, the stylesheet aside', () => {
    const opf = packageDocument(
      {
        identifier: 'urn:uuid:x',
        title: '书 & 名',
        lang: 'zh-CN',
        creator: '某机关',
        subject: ['甲'],
        description: '说明',
        epoch: 1_764_400_000,
        accessibilitySummary: '文字',
      },
      [
        { id: 'c00', href: 'cover.xhtml', mediaType: 'application/xhtml+xml', properties: 'svg', inSpine: true },
        { id: 'nav', href: 'nav.xhtml', mediaType: 'application/xhtml+xml', properties: 'nav', inSpine: true },
        { id: 'css', href: 'style.css', mediaType: 'text/css', inSpine: false },
      ],
    );
    expect(opf).toContain('<dc:title>书 &amp; 名</dc:title>');
    expect(opf).toContain('<meta property="dcterms:modified">2025-11-29T07:06:40Z</meta>');
    expect(opf).toContain('<item id="c00" href="cover.xhtml" media-type="application/xhtml+xml" properties="svg"/>');
    expect([...opf.matchAll(/<itemref idref="([^"]+)"/g)].map((m) => m[1])).toEqual(['c00', 'nav']);
  });

  it('zips mimetype first and stored, then the container, then the files in the order given', () => {
    const entries = epubEntries(
      [
        ['OEBPS/content.opf', '<package/>'],
        ['OEBPS/a.xhtml', '<html/>'],
      ],
      new Date(2025, 10, 29),
    );
    expect(Object.keys(entries)).toEqual(['mimetype', 'META-INF/container.xml', 'OEBPS/content.opf', 'OEBPS/a.xhtml']);
    const zip = Buffer.from(zipSync(entries, { level: 9 }));
    expect(zip.readUInt16LE(8)).toBe(0);
    expect(zip.subarray(30, 38).toString()).toBe('mimetype');
    expect(() => epubEntries([['mimetype', 'x']], new Date())).toThrow(/twice/);
  });
});

describe('EDITIONS_DIR, the folder a deploy publishes the editions from', () => {
  const version: string = JSON.parse(readFileSync('package.json', 'utf8')).version;
  const site = 'https://example.gov.cn/qijiang/';
  const dirs: string[] = [];
  afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));
  /** A folder as npm run archive writes it, changed by `spoil`. */
  function folder(spoil: (m: { version: string; site: string | null }, dir: string) => void = () => {}): string {
    const dir = mkdtempSync(join(tmpdir(), 'editions-'));
    dirs.push(dir);
    const editions = (['pdf', 'epub'] as const).map((kind) => {
      const bytes = Buffer.from(`${kind}!`);
      writeFileSync(join(dir, `q-v${version}.${kind}`), bytes);
      return {
        kind,
        file: `q-v${version}.${kind}`,
        bytes: bytes.length,
        sha256: createHash('sha256').update(bytes).digest('hex'),
      };
    });
    const manifest: { version: string; site: string | null; editions: typeof editions } = { version, site, editions };
    spoil(manifest, dir);
    writeFileSync(join(dir, 'editions.json'), JSON.stringify(manifest));
    return dir;
  }

  it('is not read when unset', () => {
    expect(editionsDir({})).toBeUndefined();
  });

  it('gives the files npm run archive wrote for this version and address', () => {
    expect(editionsDir({ EDITIONS_DIR: folder(), SITE_URL: site })?.manifest.editions.map((e) => e.file)).toEqual([
      `q-v${version}.pdf`,
      `q-v${version}.epub`,
    ]);
  });

  it.each<[string, Parameters<typeof folder>[0], RegExp]>([
    ['another version', (m) => (m.version = '0.0.1'), /holds the editions of version 0\.0\.1, not /],
    ['another address', (m) => (m.site = null), /was made with SITE_URL=\(unset\), not https:/],
    ['a file gone', (_, d) => rmSync(join(d, `q-v${version}.epub`)), /lacks q-v.*\.epub/],
    ['a file changed', (_, d) => writeFileSync(join(d, `q-v${version}.pdf`), 'pdf?'), /size or SHA-256 differ/],
  ])('stops the build, saying what to run, for %s', (_, spoil, message) => {
    const run = () => editionsDir({ EDITIONS_DIR: folder(spoil), SITE_URL: site });
    expect(run).toThrow(message);
    expect(run).toThrow(/run "npm run archive" with the same SITE_URL/);
  });

  it('stops the build for a folder npm run archive did not write', () => {
    expect(() => editionsDir({ EDITIONS_DIR: tmpdir() })).toThrow(/holds no editions\.json/);
  });
});

describe('renumberDestinations: Chromium’s link targets renamed in order, keeping every byte offset', () => {
  const bytes = (s: string) => new Uint8Array(Buffer.from(s, 'latin1'));
  const text = (b: Uint8Array) => Buffer.from(b).toString('latin1');
  it.each([
    [
      'one run',
      '/Names [(node00000379) 5 0 R (node00000396) 6 0 R] /Dest (node00000379)',
      '/Names [(node00000001) 5 0 R (node00000002) 6 0 R] /Dest (node00000001)',
    ],
    [
      'the run whose ids came out one lower',
      '/Names [(node00000378) 5 0 R (node00000395) 6 0 R] /Dest (node00000378)',
      '/Names [(node00000001) 5 0 R (node00000002) 6 0 R] /Dest (node00000001)',
    ],
    ['in numeric order, not order of appearance', '(node00000120) (node00000007)', '(node00000002) (node00000001)'],
    [
      'other names and shorter ids left alone',
      '(node123) /node00000005 (nodeX0000001)',
      '(node123) /node00000005 (nodeX0000001)',
    ],
    ['no target', '%PDF-1.4 \xe2\xe3', '%PDF-1.4 \xe2\xe3'],
  ])('%s', (_, from, to) => {
    const out = renumberDestinations(bytes(from));
    expect(text(out)).toBe(to);
    expect(out.length).toBe(bytes(from).length);
  });
});
