import type { ElementContent, RootContent } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { toString } from 'hast-util-to-string';
import { describe, expect, it } from 'vitest';
import { keepProse, keepTogether } from '../../src/lib/keep-together.ts';

const html = (text: string) => toHtml(keepTogether(text));
const k = (s: string) => `<span class="keep">${s}</span>`;

describe('keepTogether', () => {
  it.each<[string, string, string]>([
    ['plain text stays a text node', '职业教育', '职业教育'],
    ['empty text stays empty', '', ''],
    ['the plan period', '綦江区十四五期间', `綦江区${k('十四五')}期间`],
    ['a quoted term with its quotes', '关于“十四五”职业', `关于${k('“十四五”')}职业`],
    ['a short quoted term', '打造“双师型”队伍', `打造${k('“双师型”')}队伍`],
    ['a quoted term of six characters', '即“职业技能等级”证书', `即${k('“职业技能等级”')}证书`],
    ['a quoted term of seven may wrap: it must fit a narrow line', '“着力落实五育并举”', '“着力落实五育并举”'],
    ['a long quotation may wrap', '“全面提升职业教育发展质量和水平”', '“全面提升职业教育发展质量和水平”'],
    ['a ratio', '职普比由3.2:6.8提升为4:6', `职普比由${k('3.2:6.8')}提升为${k('4:6')}`],
    ['a percent', '占比达到60%以上', `占比达到${k('60%')}以上`],
    ['a year alone needs nothing', '到2025年', '到2025年'],
    ['body text keeps no title words', '职业教育发展提升', '职业教育发展提升'],
  ])('%s', (_, text, want) => {
    expect(html(text)).toBe(want);
    // Never a character changed, added or lost.
    expect(
      keepTogether(text)
        .map((n) => toString({ type: 'root', children: [n] }))
        .join(''),
    ).toBe(text);
  });
});

describe('keepTogether in a heading', () => {
  it.each<[string, string, string]>([
    ['the title’s words', '职业教育发展提升行动计划', `${k('职业教育')}${k('发展')}${k('提升')}${k('行动计划')}`],
    ['the issuer', '重庆市綦江区教育委员会关于', `${k('重庆市')}${k('綦江区')}${k('教育委员会')}${k('关于')}`],
    ['十四五 and figures as in the body', '“十四五”占60%', `${k('“十四五”')}占${k('60%')}`],
    ['other words stay free', '加强高水平职教师资队伍建设', '加强高水平职教师资队伍建设'],
  ])('%s', (_, text, want) => {
    expect(toHtml(keepTogether(text, true))).toBe(want);
    expect(toString({ type: 'root', children: keepTogether(text, true) })).toBe(text);
  });
});

describe('keepProse', () => {
  const kept = (html: string) => toHtml(keepProse(fromHtml(html, { fragment: true })));
  it.each<[string, string, string]>([
    ['prose in any element', '<p>这是“十四五”计划，占60%</p>', `<p>这是${k('“十四五”')}计划，占${k('60%')}</p>`],
    [
      'text inside a link and beside it',
      '<li><a href="#a">4:6</a>和3.2:6.8</li>',
      `<li><a href="#a">${k('4:6')}</a>和${k('3.2:6.8')}</li>`,
    ],
    [
      'text already kept stays as it is',
      `<p>${k('十四五')}与${k('“双师型”')}</p>`,
      `<p>${k('十四五')}与${k('“双师型”')}</p>`,
    ],
    ['text beside a kept span is kept', `<p>${k('十四五')}，十四五</p>`, `<p>${k('十四五')}，${k('十四五')}</p>`],
    ['a kept span among other classes', '<span class="x keep y">十四五</span>', '<span class="x keep y">十四五</span>'],
    [
      'a class that only contains the word',
      '<span class="keeper">十四五</span>',
      `<span class="keeper">${k('十四五')}</span>`,
    ],
    [
      'scripts, styles, code and preformatted text stay',
      '<script>a="十四五"</script><style>i::after{content:"60%"}</style><code>60%</code><pre>4:6</pre>',
      '<script>a="十四五"</script><style>i::after{content:"60%"}</style><code>60%</code><pre>4:6</pre>',
    ],
    [
      'a tooltip stays as it is: a screen reader reads it as one text',
      '<span role="tooltip"><b>五唯</b>是“顽瘴痼疾”</span><p>“五唯”</p>',
      `<span role="tooltip"><b>五唯</b>是“顽瘴痼疾”</span><p>${k('“五唯”')}</p>`,
    ],
    [
      'attributes stay',
      '<a title="十四五" data-x="60%" href="/">x</a>',
      '<a title="十四五" data-x="60%" href="/">x</a>',
    ],
    ['after the end of a skipped element', '<pre>60%</pre><p>60%</p>', `<pre>60%</pre><p>${k('60%')}</p>`],
  ])('%s', (_, html, want) => {
    expect(kept(html)).toBe(want);
  });

  /** An MDX component as rehype sees it, holding one text. */
  const jsx = (name: string, value: string) =>
    ({
      type: 'mdxJsxTextElement',
      name,
      attributes: [],
      children: [{ type: 'text', value }],
    }) as unknown as RootContent;
  it.each<[string, string, string]>([
    ['the words given to a component are prose', 'Ref', `<Ref>${k('“双师型”')}占${k('60%')}</Ref>`],
    ['a Quote keeps its own words', 'Quote', '<Quote>“双师型”占60%</Quote>'],
    ['code written as a component stays', 'code', '<code>“双师型”占60%</code>'],
  ])('%s', (_, name, want) => {
    const out = keepProse({ type: 'root', children: [jsx(name, '“双师型”占60%')] });
    const node = out.children[0] as unknown as { name: string; children: ElementContent[] };
    expect(`<${node.name}>${toHtml(node.children)}</${node.name}>`).toBe(want);
  });

  it('adds only the kept spans, in a new tree: the one given is left as it was', () => {
    const tree = fromHtml('<p>“十四五”占60%</p><p>职业教育</p>', { fragment: true });
    const before = structuredClone(tree);
    const out = keepProse(tree);
    expect(tree).toEqual(before);
    expect(toString(out)).toBe(toString(tree));
    expect(
      toHtml(out)
        .replaceAll(k(''), '')
        .replace(/<span class="keep">|<\/span>/g, ''),
    ).toBe(toHtml(tree));
  });
});
