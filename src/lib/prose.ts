/**
 * The components our MDX prose (glossary entries, summaries, the parents'
 * pages) uses to point into the plan and the glossary, read from the tree
 * MDX makes of the source (src/lib/mdx-tree.ts) and checked before anything
 * renders, so a broken citation or a misquote names its file and line. Pure.
 */
import type { ContentProblem } from './content-problem.ts';
import {
  attribute,
  elementsOf,
  lineOf,
  mdxTree,
  piecesOf,
  wordsOf,
  type JsxElement,
  type ProseTree,
} from './mdx-tree.ts';

/** A component as written in an MDX body. */
export type ComponentUse =
  | { component: 'Ref'; /** The block id of <Ref to>. */ value: string; line: number }
  | { component: 'Term'; /** The slug of <Term slug>. */ value: string; line: number }
  | {
      component: 'FollowUps';
      /** The target of <FollowUps target>, whose official follow-ups it shows. */ value: string;
      line: number;
    }
  | {
      component: 'Background';
      /** The slug of <Background term>, the entry it rests on. */ value: string;
      line: number;
    }
  | {
      component: 'Quote';
      /** The block id of <Quote from>. */
      value: string;
      /** The words between the tags, which that block must hold exactly. */
      words: string;
      line: number;
    };

/** The attribute that names what each component points to (claims.ts reads the same). */
export const NAMED = { Ref: 'to', Term: 'slug', Background: 'term', FollowUps: 'target', Quote: 'from' } as const;

const isComponent = (name: string | null): name is keyof typeof NAMED => name !== null && Object.hasOwn(NAMED, name);

/** The component a JSX element is, with what it names, or nothing for another tag. */
function useOf(tree: ProseTree, element: JsxElement): ComponentUse | undefined {
  const component = element.name;
  if (!isComponent(component)) return undefined;
  const value = attribute(element, NAMED[component]);
  if (value === undefined) return undefined;
  const line = lineOf(tree, element);
  return component === 'Quote' ? { component, value, words: wordsOf(element), line } : { component, value, line };
}

/** Every <Ref to>, <Term slug> and <Quote from>…</Quote> in a body's tree, in order, with its line in the file. */
const usesIn = (tree: ProseTree): ComponentUse[] => elementsOf(tree).flatMap((element) => useOf(tree, element) ?? []);

/** Every <Ref to>, <Term slug> and <Quote from>…</Quote> in an MDX body, in order, with its line in the file. */
export function componentUses(body: string, bodyLine = 1): ComponentUse[] {
  const { tree } = mdxTree('', body, bodyLine);
  return tree ? usesIn(tree) : [];
}

/**
 * Prose as a reader sees it, as plain text: `<Term slug="x" />` becomes the
 * term's name (what the component renders), other tags give the words inside
 * them, Markdown's marks (list bullets, `**bold**`, `_em_`, headings' `#`, a
 * link's address) are not words, and lines are joined.
 */
export function proseText(body: string, termName: (slug: string) => string | undefined): string {
  const { tree } = mdxTree('', body);
  if (!tree) return '';
  const isName = (e: JsxElement) => e.name === 'Term' && !e.children.length && attribute(e, 'slug') !== undefined;
  return piecesOf(tree, isName)
    .map((p) => (p.kind === 'text' ? p.value : (termName(attribute(p.element, 'slug') ?? '') ?? '')))
    .join('')
    .replace(/\s+/g, ' ')
    .trim();
}

/** What prose is checked against. */
export interface ProseContext {
  /** Whether the glossary has an entry with this slug. */
  hasTerm: (slug: string) => boolean;
  /** The official text of a block by id, or undefined if the plan has none. */
  blockText: (id: string) => string | undefined;
  /** Whether the entry rests on a confirmed document (basis `source`); absent where <Background> is not allowed. */
  sourced?: (slug: string) => boolean;
  /** Whether content/follow-ups.yaml has a follow-up of this target; absent where <FollowUps> is not allowed. */
  hasFollowUps?: (target: string) => boolean;
}

/** The problems of the components in one body: unknown blocks and slugs, and quotes the block does not hold. */
export function proseProblems(file: string, body: string, bodyLine: number, ctx: ProseContext): ContentProblem[] {
  const { tree, problems } = mdxTree(file, body, bodyLine);
  for (const use of tree ? usesIn(tree) : []) {
    const at = (message: string) => problems.push({ file, line: use.line, message });
    if (use.component === 'Term') {
      if (!ctx.hasTerm(use.value))
        at(
          `<Term slug="${use.value}">: there is no glossary entry "${use.value}"; use the slug of a file in content/glossary/`,
        );
      continue;
    }
    if (use.component === 'FollowUps') {
      if (!ctx.hasFollowUps)
        at(
          `<FollowUps>: what official pages said afterwards belongs in 常见问题 or the guide, beside a question about the targets`,
        );
      else if (!ctx.hasFollowUps(use.value))
        at(
          `<FollowUps target="${use.value}">: content/follow-ups.yaml has nothing on "${use.value}"; for it the site does not know, so say so`,
        );
      continue;
    }
    if (use.component === 'Background') {
      if (!ctx.sourced)
        at(
          `<Background>: background belongs in the parents' guide (content/guide/); here, say only what the plan says`,
        );
      else if (!ctx.hasTerm(use.value))
        at(`<Background term="${use.value}">: there is no glossary entry "${use.value}"`);
      else if (!ctx.sourced(use.value))
        at(
          `<Background term="${use.value}">: that entry rests on the plan alone; background must rest on an entry whose basis is a confirmed document (kind: source)`,
        );
      continue;
    }
    const tag = use.component === 'Ref' ? `<Ref to="${use.value}">` : `<Quote from="${use.value}">`;
    const text = ctx.blockText(use.value);
    if (text === undefined) {
      at(
        `${tag}: the plan has no block "${use.value}"; ids look like task-16.p1 or section-3.h (plan.json lists them)`,
      );
      continue;
    }
    if (use.component === 'Quote' && !text.includes(use.words))
      at(
        `${tag}: ${use.value} does not hold the words “${use.words}”; quote them exactly as the plan prints them (punctuation included), or cite with <Ref> and say it in your own words`,
      );
  }
  return problems;
}
