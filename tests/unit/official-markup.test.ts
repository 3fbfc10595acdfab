import { toHtml } from 'hast-util-to-html';
import { describe, expect, it } from 'vitest';
import { block } from '../../src/lib/model.ts';
import { blockHast, inlineHast, paragraphHast } from '../../src/lib/official-markup.ts';
import { segment, type Mark } from '../../src/lib/segments.ts';
import type { PublishedBlock } from '../../src/schemas/block.ts';

const r = (start: number, end: number, id = 'C01'): Mark => ({ kind: 'restoration', start, end, id });
const t = (start: number, end: number, id = 'shisiwu'): Mark => ({ kind: 'term', start, end, id });
const n = (start: number, end: number): Mark => ({ kind: 'number', start, end });

const published = (local: string, role: PublishedBlock['role'], text: string, marks: Mark[] = []): PublishedBlock => ({
  ...block('task-01', local, role, text),
  line: 1,
  restorations: [],
  marks,
});

const term = (slug: string) => ({ href: `/glossary/${slug}/`, definition: `${slug}的定义。` });
const html = (text: string, marks: Mark[]) => toHtml(inlineHast({ id: 'task-01.p1', text, marks }, { term }));
/** A linked term as the renderer writes it: the link, then its tooltip (ours, not indexed). */
const linked = (slug: string, inner: string) =>
  `<a class="term" href="/glossary/${slug}/" aria-describedby="tip-task-01-p1-${slug}">${inner}</a>` +
  `<span class="term-tip" id="tip-task-01-p1-${slug}" role="tooltip" data-ours="" data-pagefind-ignore="">${slug}的定义。</span>`;
/** Words kept on one line (src/lib/keep-together.ts). */
const keep = (text: string) => `<span class="keep">${text}</span>`;
const g = (start: number, end: number, id = 'mubiao'): Mark => ({ kind: 'target', start, end, id });
const ins = (id: string, text: string) =>
  `<ins class="restored" title="编辑恢复（${id}），见校勘说明" data-correction="${id}">${text}</ins>`;

describe('segment', () => {
  it.each<[string, string, Mark[], Array<Record<string, unknown>>]>([
    ['no marks', '职业教育', [], [{ text: '职业教育' }]],
    ['a restoration', '体系。', [r(2, 3)], [{ text: '体系' }, { text: '。', restoration: 'C01' }]],
    ['a heading number', '1加强', [n(0, 1)], [{ text: '1', number: true }, { text: '加强' }]],
    [
      'a term that contains a restored mark',
      '关于“十四五”职业',
      [t(2, 7), r(2, 3), r(6, 7)],
      [
        { text: '关于' },
        { text: '“', term: 'shisiwu', restoration: 'C01' },
        { text: '十四五', term: 'shisiwu' },
        { text: '”', term: 'shisiwu', restoration: 'C01' },
        { text: '职业' },
      ],
    ],
    [
      'a restoration across a term edge',
      '甲乙丙丁',
      [t(0, 2), r(1, 3)],
      [
        { text: '甲', term: 'shisiwu' },
        { text: '乙', term: 'shisiwu', restoration: 'C01' },
        { text: '丙', restoration: 'C01' },
        { text: '丁' },
      ],
    ],
  ])('%s', (_, text, marks, want) => {
    const segs = segment(text, marks);
    expect(segs).toEqual(want);
    expect(segs.map((s) => s.text).join('')).toBe(text);
  });

  it.each<[string, Mark[], RegExp]>([
    ['two terms overlap', [t(0, 2), t(1, 3, 'x')], /two term marks overlap at 1/],
    ['a mark past the end', [r(3, 9)], /outside the text/],
    ['an empty mark', [r(1, 1)], /outside the text/],
  ])('refuses marks where %s', (_, marks, message) => {
    expect(() => segment('甲乙丙丁', marks)).toThrow(message);
  });
});

describe('the markup of official text', () => {
  it('links a term around the restored marks inside it', () => {
    expect(html('关于“十四五”职业', [t(2, 7), r(2, 3, 'C03'), r(6, 7, 'C03')])).toBe(
      `关于${linked('shisiwu', `${ins('C03', '“')}${keep('十四五')}${ins('C03', '”')}`)}职业`,
    );
  });

  it('splits a restoration that straddles a term edge into two <ins> with one id', () => {
    expect(html('甲乙丙丁', [t(0, 2), r(1, 3)])).toBe(
      `${linked('shisiwu', `甲${ins('C01', '乙')}`)}${ins('C01', '丙')}丁`,
    );
  });

  it('refuses to mark a term it has no link for', () => {
    expect(() => toHtml(inlineHast({ id: 'task-01.p1', text: '甲乙', marks: [t(0, 2)] }))).toThrow(
      /block task-01.p1 marks the term "shisiwu", but no term\(\) was given/,
    );
  });

  it('puts a target outermost, with its anchor, around the terms inside it', () => {
    expect(html('达到双师型教师60%。', [g(2, 10), t(2, 7, 'shuangshi')])).toBe(
      `达到<span class="target-words" id="target-mubiao">${linked('shuangshi', '双师型教师')}${keep('60%')}</span>。`,
    );
  });

  it('gives each linked term on a page its own tooltip id, from the block and the slug', () => {
    const a = toHtml(inlineHast({ id: 'task-01.p1', text: '甲乙', marks: [t(0, 2, 'x')] }, { term }));
    const b = toHtml(inlineHast({ id: 'task-02.p1', text: '甲乙', marks: [t(0, 2, 'x')] }, { term }));
    expect(a).toContain('id="tip-task-01-p1-x"');
    expect(b).toContain('id="tip-task-02-p1-x"');
  });

  it('puts the permalink outside the official element and marks restored characters', () => {
    const b = published('p2', 'paragraph', '教师，实施', [r(2, 3, 'C07')]);
    expect(toHtml(paragraphHast(b, 'p2'))).toBe(
      `<div class="para"><p id="p2" data-official="task-01.p2">教师${ins('C07', '，')}实施</p>` +
        '<a class="para-link" href="#p2" data-ours=""><span aria-hidden="true">¶</span><span class="visually-hidden">本段链接：</span>第2段</a></div>',
    );
  });

  it('sets a heading as an inline span with its number apart, and its restored marks too', () => {
    const h = published('h', 'heading', '1加强教育。', [n(0, 1), r(5, 6)]);
    expect(toHtml(blockHast(h, undefined))).toBe(
      `<span data-official="task-01.h"><span class="heading-no">1</span>加强教育${ins('C01', '。')}</span>`,
    );
  });

  it('labels the notice fields by their role and needs an anchor for any paragraph', () => {
    const signatory = published('signatory', 'signatory', '重庆市綦江区教育委员会');
    expect(toHtml(blockHast(signatory, 'signatory'))).toContain('<div class="para signatory">');
    expect(toHtml(blockHast(signatory, 'signatory'))).toContain('</span>落款</a>');
    expect(() => blockHast(signatory, undefined)).toThrow(/needs an anchor/);
  });
});
