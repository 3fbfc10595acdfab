import { resolve } from 'node:path';
import type { Root } from 'hast';
import { toHtml } from 'hast-util-to-html';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { block } from '../../src/lib/model.ts';
import { paragraphHast } from '../../src/lib/official-markup.ts';
import { rehypeOfficial } from '../../src/plugins/rehype-official.ts';

describe('paragraphHast', () => {
  it('puts the permalink outside the official element and marks restored characters', () => {
    const b = block('task-01', 'p2', 'paragraph', '教师，实施');
    const html = toHtml(
      paragraphHast(b, [{ text: '教师' }, { text: '，', restoration: 'C07' }, { text: '实施' }], 'p2'),
    );
    expect(html).toBe(
      '<div class="para"><p id="p2" data-official="task-01.p2">教师<ins class="restored" title="编辑恢复（C07），见校勘说明" data-correction="C07">，</ins>实施</p>' +
        '<a class="para-link" href="#p2" data-ours=""><span aria-hidden="true">¶</span><span class="visually-hidden">本段链接：</span>2</a></div>',
    );
  });
});

describe('rehypeOfficial', () => {
  const contentDir = resolve('content');
  const run = (tree: Root, path: string, frontmatter: Record<string, unknown>) => {
    const file = new VFile({ path: resolve(contentDir, path), data: { astro: { frontmatter } } });
    rehypeOfficial({ contentDir })(tree, file);
    return toHtml(tree);
  };
  const p = (text: string) => ({
    type: 'element' as const,
    tagName: 'p',
    properties: {},
    children: [{ type: 'text' as const, value: text }],
  });

  it('turns the paragraphs of a plan file into official paragraphs with their restorations', () => {
    const text = '做到两个维护。';
    const html = run(
      { type: 'root', children: [p('甲'), { type: 'text', value: '\n' }, p(text)] },
      'plan/measures/1.mdx',
      { number: 1 },
    );
    expect(html).toContain('<p id="p1" data-official="measure-1.p1">甲</p>');
    expect(html).toContain('<p id="p2" data-official="measure-1.p2">');
  });

  it('leaves files outside the plan alone', () => {
    const tree: Root = { type: 'root', children: [p('甲')] };
    expect(run(tree, 'guides/x.mdx', {})).toBe('<p>甲</p>');
  });

  it('refuses anything but plain paragraphs in a plan file', () => {
    const tree: Root = { type: 'root', children: [{ type: 'element', tagName: 'h2', properties: {}, children: [] }] };
    expect(() => run(tree, 'plan/tasks/01.mdx', { number: 1 })).toThrow(/plan\/tasks\/01\.mdx: .* found <h2>/);
  });
});
