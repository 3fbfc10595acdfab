/**
 * Words a line must not break inside, wrapped at render time in a span that
 * CSS keeps on one line: the plan's period 十四五, a short quoted term
 * (“双师型”), and a figure with its ratio or percent sign (3.2:6.8, 60%).
 * Browsers may break between any two Chinese characters, so “十四 / 五”
 * happens in a narrow heading. Only elements are added: the text, character
 * for character, stays what it was.
 *
 * Each text is kept once, where it becomes HTML: official text by its
 * renderer (official-markup.ts), our MDX prose by the rehype plugin
 * (rehype-keep.ts, keepProse), and text that templates write from YAML, data
 * and strings by src/components/Kept.astro.
 */
import type { ElementContent, Root, RootContent } from 'hast';
// Its types add MDX's components to hast's nodes, which the tree rehype-keep is given holds.
import type {} from 'mdast-util-mdx-jsx';

/**
 * What a line keeps whole. A quoted term of at most six characters: a longer one may wrap, since a kept
 * group must fit the narrowest line, a definition in a list with text at 200% in a 640 px window (about
 * nine characters; tests/site/walk-reflow.test.ts).
 */
export const KEEP = /“[^“”\s]{1,6}”|十四五|\d+(?:[.:：]\d+)+[%％]?|\d+[%％]/g;

export const KEEP_CLASS = 'keep';

/**
 * Words of the plan's and the notice's titles that a heading keeps whole: a
 * big centred title breaks wherever its line is full, so “发 / 展” or
 * “职业教 / 育” happened on /notice/ at 360 px. Body text keeps none of
 * them, so its justified lines stay even.
 */
export const HEADING_WORDS: readonly string[] = [
  '重庆市',
  '綦江区',
  '教育委员会',
  '关于',
  '印发',
  '职业教育',
  '发展',
  '提升',
  '行动计划',
  '实施方案',
  '通知',
];

const HEADING_KEEP = new RegExp(`${KEEP.source}|${HEADING_WORDS.join('|')}`, 'g');

/**
 * The text as nodes: the words to keep whole each in a `<span class="keep">`;
 * in a heading, the words of HEADING_WORDS too.
 */
export function keepTogether(text: string, heading = false): ElementContent[] {
  const out: ElementContent[] = [];
  let from = 0;
  for (const m of text.matchAll(heading ? HEADING_KEEP : KEEP)) {
    if (m.index > from) out.push({ type: 'text', value: text.slice(from, m.index) });
    out.push({
      type: 'element',
      tagName: 'span',
      properties: { className: [KEEP_CLASS] },
      children: [{ type: 'text', value: m[0] }],
    });
    from = m.index + m[0].length;
  }
  if (from < text.length || out.length === 0) out.push({ type: 'text', value: text.slice(from) });
  return out;
}

/** Elements whose text is not prose a reader sees wrap: raw text, preformatted text, form values, metadata. */
const NOT_PROSE: ReadonlySet<string> = new Set([
  'script',
  'style',
  'title',
  'textarea',
  'option',
  'pre',
  'code',
  'svg',
  'template',
]);

/**
 * MDX components that keep their own words: `<Quote>` reads its words as plain text (the plan's exact
 * words, checked against the paragraph) and keeps them as it renders them (src/components/Quote.astro).
 */
const KEPT_BY_COMPONENT: ReadonlySet<string> = new Set(['Quote']);

/** A hast node with children: the root, an element, or an MDX component (mdxJsxFlowElement, mdxJsxTextElement). */
type Parent = Extract<Root | RootContent, { children: unknown[] }>;

const isParent = (node: Root | RootContent): node is Parent => 'children' in node;

/** Whether the text inside a node stays as it is. */
function leftAsIs(node: Parent): boolean {
  if (node.type === 'element') {
    const className = ([] as unknown[]).concat(node.properties.className ?? []);
    return (
      NOT_PROSE.has(node.tagName) ||
      (node.tagName === 'span' && className.includes(KEEP_CLASS)) ||
      // A term's tooltip is hidden until shown, and Chromium reads a hidden description with a space at every
      // element: “顽瘴痼疾” kept would be announced as ' “顽瘴痼疾” '. Its text stays as it is.
      node.properties.role === 'tooltip'
    );
  }
  if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') {
    const name = node.name ?? '';
    return NOT_PROSE.has(name) || KEPT_BY_COMPONENT.has(name);
  }
  return false;
}

/**
 * The tree with every text of prose kept as keepTogether keeps it: text
 * already kept, text that is not prose (NOT_PROSE), a tooltip's text, and
 * the words of a component that keeps its own are left as they are. A new
 * tree: the one given is not changed. What rehype-keep does to our MDX.
 */
export function keepProse<T extends Parent>(node: T): T {
  return {
    ...node,
    children: node.children.flatMap((child: RootContent): RootContent[] => {
      if (child.type === 'text') {
        const kept = keepTogether(child.value);
        return kept.length === 1 && kept[0]!.type === 'text' ? [child] : kept;
      }
      return isParent(child) && !leftAsIs(child) ? [keepProse(child)] : [child];
    }),
  };
}
